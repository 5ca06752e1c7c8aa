/**
 * What the SOP is at a glance: its name and place, steps, actors, the total time (contract: an element
 * named "Total waktu" whose text holds duration.text) and the time per actor.
 */
import { Caption1, Card, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { formatRange } from '../../core/duration';
import type { Calendar, Lang, Sop, SopDoc } from '../../core/model';
import { format, type Strings } from '../i18n';
import { ActorTimeChart } from './ActorTimeChart';

const useStyles = makeStyles({
  card: { rowGap: tokens.spacingVerticalM },
  name: { margin: 0, overflowWrap: 'anywhere' },
  where: { color: tokens.colorNeutralForeground3 },
  stats: {
    display: 'grid',
    gridTemplateColumns: '1fr 1fr',
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  stat: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  total: { gridColumn: '1 / -1', backgroundColor: tokens.colorBrandBackground2 },
  label: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  value: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
  },
  totalValue: { color: tokens.colorBrandForeground2 },
  warn: { color: tokens.colorPaletteDarkOrangeForeground2 },
  section: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

export interface SummaryCardProps {
  sop: Sop;
  /** The parsed SOP, for the per-actor times (parallel steps counted once). */
  doc?: Pick<SopDoc, 'actors' | 'steps'>;
  calendar: Calendar;
  lang: Lang;
  t: Strings;
}

export function SummaryCard({ sop, doc, calendar, lang, t }: SummaryCardProps) {
  const styles = useStyles();
  const missing = sop.duration.stepsWithoutTime;
  return (
    <Card className={styles.card} aria-label={t.summaryTitle}>
      <div>
        <Subtitle2 as="h2" block className={styles.name}>
          {sop.name ?? t.unnamedSop}
        </Subtitle2>
        <Caption1 className={styles.where}>{format(t.sopWhere, { sheet: sop.sheet, range: sop.tableRange })}</Caption1>
      </div>
      <div className={styles.stats}>
        <div className={styles.stat}>
          <span className={styles.label}>{t.steps}</span>
          <span className={styles.value}>{sop.steps.length}</span>
        </div>
        <div className={styles.stat}>
          <span className={styles.label}>{t.actors}</span>
          <span className={styles.value}>{sop.actors.length}</span>
        </div>
        <div className={`${styles.stat} ${styles.total}`} role="group" aria-label={t.totalTime}>
          <span className={styles.label} aria-hidden="true">
            {t.totalTime}
          </span>
          <span className={`${styles.value} ${styles.totalValue}`}>{sop.duration.text}</span>
          {lang !== 'id' && sop.duration.text !== '-' && (
            // The SOP's own words (and the report's duration.text) are Indonesian.
            <span className={styles.label} lang="id">
              {formatRange(sop.duration.minMinutes, sop.duration.maxMinutes, calendar, 'id')}
            </span>
          )}
        </div>
      </div>
      {missing.length > 0 && (
        <Text size={200} className={styles.warn}>
          {format(t.stepsWithoutTime, { count: missing.length, list: missing.join(', ') })}
        </Text>
      )}
      {sop.actors.length > 0 && (
        <div>
          <h3 className={styles.section}>{t.timePerActor}</h3>
          <ActorTimeChart sop={sop} doc={doc} calendar={calendar} lang={lang} t={t} />
        </div>
      )}
    </Card>
  );
}
