/**
 * The task pane shell: heading, tagline and the entry point of the current mode. In file mode that is
 * the .xlsx picker; in Excel mode the live workbook is used. The check/draw/fix screens plug in below.
 */
import { useState } from 'react';
import {
  Badge,
  Body1,
  Caption1,
  Card,
  CardHeader,
  Subtitle2,
  Text,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  DocumentTable20Regular,
  LockClosed16Regular,
  PlugConnected20Regular,
} from '@fluentui/react-icons';
import { format, strings, type Language } from './i18n';
import type { HostMode } from './office';
import { OpenFileButton } from './OpenFileButton';

export interface AppProps {
  mode: HostMode;
  language: Language;
  /** Called with the workbook the user picked in file mode. */
  onOpenFile?: (file: File) => void;
}

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalM },
  logo: { width: '40px', height: '40px', flexShrink: 0, marginTop: '2px' },
  heading: { margin: 0 },
  sectionTitle: { margin: 0 },
  tagline: { margin: 0, color: tokens.colorNeutralForeground2 },
  cardBody: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalM,
  },
  note: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground3,
  },
  footer: { marginTop: 'auto', color: tokens.colorNeutralForeground3 },
});

export function App({ mode, language, onOpenFile }: AppProps) {
  const t = strings[language];
  const styles = useStyles();
  const [fileName, setFileName] = useState<string>();

  return (
    <main className={styles.page} lang={language}>
      <header className={styles.header}>
        <img className={styles.logo} src="assets/icon-80.png" alt="" />
        <div>
          <Title2 as="h1" block className={styles.heading}>
            {t.appName}
          </Title2>
          <Body1 as="p" block className={styles.tagline}>
            {t.tagline}
          </Body1>
        </div>
      </header>

      {mode === 'file' ? (
        <Card>
          <CardHeader
            image={<DocumentTable20Regular />}
            header={
              <Subtitle2 as="h2" className={styles.sectionTitle}>
                {t.fileModeTitle}
              </Subtitle2>
            }
            action={
              <Badge appearance="tint" color="brand">
                .xlsx
              </Badge>
            }
          />
          <div className={styles.cardBody}>
            <Body1>{t.fileModeHint}</Body1>
            <OpenFileButton
              label={t.openFile}
              onFile={(file) => {
                setFileName(file.name);
                onOpenFile?.(file);
              }}
            />
            {fileName && <Text role="status">{format(t.fileChosen, { name: fileName })}</Text>}
            <Caption1 className={styles.note}>
              <LockClosed16Regular /> {t.privacyNote}
            </Caption1>
          </div>
        </Card>
      ) : (
        <Card>
          <CardHeader
            image={<PlugConnected20Regular />}
            header={
              <Subtitle2 as="h2" className={styles.sectionTitle}>
                {t.excelModeTitle}
              </Subtitle2>
            }
          />
          <Body1>{t.excelModeHint}</Body1>
        </Card>
      )}

      <Caption1 as="p" block className={styles.footer}>
        {t.footer}
      </Caption1>
    </main>
  );
}
