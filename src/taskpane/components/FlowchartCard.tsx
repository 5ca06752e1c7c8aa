/**
 * Drawing and removing the swimlane flowchart, with a progress bar while shapes are drawn and an
 * option to replace a hand-drawn chart (left alone by default). A table that names its actors only
 * in text (issue 6) first gets the offer to generate its actor columns: without them there is no lane
 * to draw in, so that offer is the primary action until it is taken.
 */
import {
  Button,
  Caption1,
  Card,
  CardHeader,
  Checkbox,
  Field,
  ProgressBar,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Delete20Regular, Flowchart20Regular, TableInsertColumn20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { LanePlan } from '../../core/flowchart/lanes';
import { FLOWCHART_CSS } from '../../core/report/svg';
import { format, type Strings } from '../i18n';

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
  offer: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
  },
  offerText: { margin: 0 },
  offerNote: { margin: 0, color: tokens.colorNeutralForeground2 },
  names: { fontWeight: tokens.fontWeightSemibold },
  preview: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  previewBox: {
    maxHeight: '360px',
    overflow: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: '#ffffff',
    '& svg': { display: 'block', width: '100%', height: 'auto' },
  },
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
  /** The selected SOP's actor columns can be generated from its text (null: it has them, or the host can't). */
  lanePlan?: LanePlan | null;
  /** The actor columns are being generated. */
  generating?: boolean;
  onGenerateLanes?: () => void;
  /**
   * Issue 15: the selected SOP's flowchart as SVG (src/core/report/svg, from the same plan "Gambar
   * flowchart" draws), shown before anything is written: Excel keeps no undo for an add-in's edits.
   */
  previewSvg?: string | null;
}

/** The offer's sentence with the actors' names set in bold where the template says `{names}`. */
function OfferText({ template, names, className }: { template: string; names: string; className: string }) {
  const [before, after = ''] = template.split('{names}');
  return (
    <>
      {before}
      <span className={className}>{names}</span>
      {after}
    </>
  );
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
  lanePlan = null,
  generating = false,
  onGenerateLanes,
  previewSvg = null,
}: FlowchartCardProps) {
  const styles = useStyles();
  const [replace, setReplace] = useState(false);
  const offer = lanePlan && onGenerateLanes ? lanePlan : null;
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
      {previewSvg && (
        <figure className={styles.preview} aria-label={t.flowchartPreview}>
          <div
            className={styles.previewBox}
            role="img"
            aria-label={t.flowchartPreview}
            // The SVG is built by src/core/report/svg.ts, which escapes every text from the workbook.
            dangerouslySetInnerHTML={{ __html: `<style>${FLOWCHART_CSS}</style>${previewSvg}` }}
          />
          <figcaption>
            <Caption1 className={styles.hint}>{t.flowchartPreviewHint}</Caption1>
          </figcaption>
        </figure>
      )}
      {offer && (
        <section className={styles.offer} aria-label={t.generateLanes}>
          <Text as="p" block className={styles.offerText}>
            <OfferText
              template={t.lanesOffer[offer.source]}
              names={offer.columns.map((c) => c.name).join(', ')}
              className={styles.names}
            />
          </Text>
          <Caption1 as="p" block className={styles.offerNote}>
            {t.lanesWhere}
          </Caption1>
          {offer.unmatched.length > 0 && (
            <Caption1 as="p" block className={styles.offerNote}>
              {format(t.lanesUnmatched, { count: offer.unmatched.length, list: offer.unmatched.join(', ') })}
            </Caption1>
          )}
          <Button
            appearance="primary"
            className={styles.button}
            icon={generating ? <Spinner size="tiny" /> : <TableInsertColumn20Regular />}
            disabled={busy}
            onClick={onGenerateLanes}
          >
            {t.generateLanes}
          </Button>
        </section>
      )}
      <div className={styles.buttons}>
        <Button
          appearance={offer ? 'secondary' : 'primary'}
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
