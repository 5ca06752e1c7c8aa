/** The pane's header: logo, name, where the workbook comes from (live Excel, the opened file) and settings. */
import { Button, Caption1, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentTable20Regular, PlugConnected16Regular, Settings20Regular } from '@fluentui/react-icons';
import type { Strings } from '../i18n';
import type { HostMode } from '../office';

const useStyles = makeStyles({
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  logo: { width: '32px', height: '32px', flexShrink: 0 },
  titles: { flexGrow: 1, minWidth: 0 },
  heading: { margin: 0 },
  tagline: { margin: 0, color: tokens.colorNeutralForeground2 },
  source: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground3,
    minWidth: 0,
  },
  fileName: {
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    fontWeight: tokens.fontWeightSemibold,
  },
});

export interface PaneHeaderProps {
  mode: HostMode;
  /** File mode: the name of the workbook that is open (none until one is). */
  openFileName: string | null;
  t: Strings;
  onSettings(): void;
}

export function PaneHeader({ mode, openFileName, t, onSettings }: PaneHeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <img className={styles.logo} src="assets/icon-80.png" alt="" />
      <div className={styles.titles}>
        <Title3 as="h1" block className={styles.heading}>
          {t.appName}
        </Title3>
        {mode === 'excel' ? (
          <Caption1 className={styles.source}>
            <PlugConnected16Regular aria-hidden="true" /> {t.excelModeTitle}
          </Caption1>
        ) : openFileName ? (
          <Caption1 className={styles.source} title={openFileName}>
            <DocumentTable20Regular aria-hidden="true" />
            <span className={styles.fileName}>{openFileName}</span>
          </Caption1>
        ) : (
          <Caption1 as="p" block className={styles.tagline}>
            {t.tagline}
          </Caption1>
        )}
      </div>
      <Button
        appearance="subtle"
        icon={<Settings20Regular />}
        aria-label={t.settings}
        title={t.settings}
        onClick={onSettings}
      />
    </header>
  );
}
