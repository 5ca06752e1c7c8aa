/** The primary action "Periksa SOP", the all-sheets switch and, in file mode, download / open another file. */
import { Button, Caption1, Card, Checkbox, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownload20Regular, Search20Regular } from '@fluentui/react-icons';
import type { Strings } from '../i18n';
import { OpenFileButton } from '../OpenFileButton';

const useStyles = makeStyles({
  checkCard: { rowGap: tokens.spacingVerticalS },
  primary: { width: '100%' },
  tagline: { margin: 0, color: tokens.colorNeutralForeground2 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export interface CheckCardProps {
  t: Strings;
  busy: boolean;
  checking: boolean;
  /** True once a check has run (the hint is shown until then). */
  checked: boolean;
  allSheets: boolean;
  onAllSheets(allSheets: boolean): void;
  onCheck(): void;
  /** File mode: download the workbook and open another (absent: no such buttons). */
  file?: { onDownload(): void; onFile(file: File): void };
}

export function CheckCard({ t, busy, checking, checked, allSheets, onAllSheets, onCheck, file }: CheckCardProps) {
  const styles = useStyles();
  return (
    <Card className={styles.checkCard}>
      <Button
        appearance="primary"
        size="large"
        className={styles.primary}
        icon={checking ? <Spinner size="tiny" /> : <Search20Regular />}
        disabled={busy}
        onClick={onCheck}
      >
        {t.check}
      </Button>
      <Checkbox label={t.allSheets} checked={allSheets} onChange={(_, data) => onAllSheets(data.checked === true)} />
      {!checked && <Caption1 className={styles.tagline}>{t.checkHint}</Caption1>}
      {file && (
        <div className={styles.row}>
          <Button icon={<ArrowDownload20Regular />} disabled={busy} onClick={file.onDownload}>
            {t.download}
          </Button>
          <OpenFileButton label={t.openOtherFile} appearance="subtle" onFile={file.onFile} />
        </div>
      )}
    </Card>
  );
}
