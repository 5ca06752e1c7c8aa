/**
 * Drawing and removing the swimlane flowchart, with a progress bar while shapes are drawn and an
 * option to replace a hand-drawn chart (left alone by default).
 */
import {
  Button,
  Caption1,
  Card,
  CardHeader,
  Checkbox,
  Field,
  ProgressBar,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Delete20Regular, Flowchart20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { Strings } from '../i18n';

const useStyles = makeStyles({
  card: { rowGap: tokens.spacingVerticalS },
  title: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  buttons: {
    display: 'grid',
    // Stacked: side by side, the two labels wrap inside a 320 px pane.
    gridTemplateColumns: '1fr',
    gap: tokens.spacingHorizontalS,
  },
  button: { minWidth: 0, paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS },
});

export interface FlowchartCardProps {
  t: Strings;
  busy: boolean;
  /** The last action's outcome, when it was about this card. */
  notice?: ReactNode;
  drawing: boolean;
  progress: { done: number; total: number } | null;
  /** The host cannot draw shapes (Excel before ExcelApi 1.9): say so before the user draws. */
  markersOnly?: boolean;
  onDraw: (replaceHandDrawn: boolean) => void;
  onRemove: () => void;
}

export function FlowchartCard({
  t,
  busy,
  drawing,
  progress,
  onDraw,
  onRemove,
  notice,
  markersOnly = false,
}: FlowchartCardProps) {
  const styles = useStyles();
  const [replace, setReplace] = useState(false);
  return (
    <Card className={styles.card}>
      <CardHeader
        image={<Flowchart20Regular aria-hidden="true" />}
        header={
          <Subtitle2 as="h2" className={styles.title}>
            {t.flowchartTitle}
          </Subtitle2>
        }
      />
      <Caption1 className={styles.hint}>{markersOnly ? t.markersOnlyHint : t.flowchartHint}</Caption1>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          className={styles.button}
          icon={<Flowchart20Regular />}
          disabled={busy}
          onClick={() => onDraw(replace)}
        >
          {t.draw}
        </Button>
        <Button className={styles.button} icon={<Delete20Regular />} disabled={busy} onClick={onRemove}>
          {t.remove}
        </Button>
      </div>
      {notice}
      <Checkbox
        label={t.replaceHandDrawn}
        checked={replace}
        onChange={(_, data) => setReplace(data.checked === true)}
      />
      {drawing && (
        <Field validationMessage={t.drawing} validationState="none">
          <ProgressBar
            aria-label={t.drawing}
            value={progress && progress.total > 0 ? progress.done / progress.total : undefined}
          />
        </Field>
      )}
    </Card>
  );
}
