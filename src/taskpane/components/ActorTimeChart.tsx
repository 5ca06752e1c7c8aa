/**
 * Time per actor as small horizontal bars, longest first. Each row is a list item whose text says the
 * actor and the time, so a screen reader reads the same values the bars show; the bars are decoration.
 */
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { actorTimes, formatRange } from '../../core/duration';
import type { Calendar, Lang, Sop, SopDoc } from '../../core/model';
import type { Strings } from '../i18n';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', rowGap: tokens.spacingVerticalS },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalS,
    rowGap: '2px',
  },
  name: {
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
  },
  value: {
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: 'right',
    fontVariantNumeric: 'tabular-nums',
  },
  track: {
    gridColumn: '1 / -1',
    height: '8px',
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground5,
    overflow: 'hidden',
  },
  bar: {
    height: '100%',
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground,
    // High contrast: forced colours drop backgrounds, so draw the bar with the text colour.
    '@media (forced-colors: active)': { backgroundColor: 'CanvasText' },
  },
  note: { color: tokens.colorNeutralForeground3 },
});

export interface ActorTimeChartProps {
  sop: Sop;
  /** The parsed SOP: its steps carry the parallel groups the per-actor times honour (else `sop`'s steps, each in full). */
  doc?: Pick<SopDoc, 'actors' | 'steps'>;
  calendar: Calendar;
  lang: Lang;
  t: Strings;
}

export function ActorTimeChart({ sop, doc, calendar, lang, t }: ActorTimeChartProps) {
  const styles = useStyles();
  const rows = actorTimes(doc ?? sop);
  const longest = Math.max(0, ...rows.map((r) => r.maxMinutes));
  if (longest === 0) return <Caption1 className={styles.note}>{t.noTime}</Caption1>;
  const shared = sop.steps.some((s) => s.actors.length > 1);
  return (
    <>
      <ul className={styles.list} aria-label={t.timePerActor}>
        {rows.map((r) => {
          const value = formatRange(r.minMinutes, r.maxMinutes, calendar, lang);
          return (
            <li key={r.actor} className={styles.row}>
              <span className={styles.name} title={r.actor}>
                {r.actor}
              </span>
              <span className={styles.value}>{r.maxMinutes === 0 ? '–' : value}</span>
              <span className={styles.track} aria-hidden="true">
                <span
                  className={styles.bar}
                  style={{
                    display: 'block',
                    width: `${Math.max(r.maxMinutes > 0 ? 2 : 0, (100 * r.maxMinutes) / longest)}%`,
                  }}
                />
              </span>
            </li>
          );
        })}
      </ul>
      {shared && <Caption1 className={styles.note}>{t.timePerActorNote}</Caption1>}
    </>
  );
}
