/** Structured data: the "Data SOP" table sheet, and JSON / BPMN downloads of the checked SOPs. */
import { Button, Caption1, Card, CardHeader, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import {
  ArrowDownload16Regular,
  DataUsage20Regular,
  DocumentText16Regular,
  TableAdd16Regular,
} from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import type { Strings } from '../i18n';

const useStyles = makeStyles({
  card: { rowGap: tokens.spacingVerticalS },
  title: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  buttons: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalS },
  wide: { gridColumn: '1 / -1' },
});

export interface DataCardProps {
  t: Strings;
  busy: boolean;
  /** The last action's outcome, when it was about this card. */
  notice?: ReactNode;
  canWriteSheet: boolean;
  onWriteSheet: () => void;
  onJson: () => void;
  onBpmn: () => void;
  /** Issue 15: download the review report (HTML) of the workbook's SOPs. */
  onReport?: () => void;
}

export function DataCard({ t, busy, canWriteSheet, onWriteSheet, onJson, onBpmn, onReport, notice }: DataCardProps) {
  const styles = useStyles();
  return (
    <Card className={styles.card}>
      <CardHeader
        image={<DataUsage20Regular aria-hidden="true" />}
        header={
          <Subtitle2 as="h2" className={styles.title}>
            {t.dataTitle}
          </Subtitle2>
        }
      />
      <Caption1 className={styles.hint}>{t.dataHint}</Caption1>
      <div className={styles.buttons}>
        {canWriteSheet && (
          <Button
            size="small"
            className={styles.wide}
            icon={<TableAdd16Regular />}
            disabled={busy}
            onClick={onWriteSheet}
          >
            {t.writeDataSheet}
          </Button>
        )}
        <Button size="small" icon={<ArrowDownload16Regular />} disabled={busy} onClick={onJson}>
          {t.downloadJson}
        </Button>
        <Button size="small" icon={<ArrowDownload16Regular />} disabled={busy} onClick={onBpmn}>
          {t.downloadBpmn}
        </Button>
        {onReport && (
          <Button
            size="small"
            className={styles.wide}
            icon={<DocumentText16Regular />}
            disabled={busy}
            onClick={onReport}
          >
            {t.downloadReport}
          </Button>
        )}
      </div>
      {notice}
    </Card>
  );
}
