/**
 * Writing minutes back as text: "14 hari 4 jam 45 menit" / "14 days 4 hours 45 minutes". Days are
 * working days of the calendar, and the largest unit shown is the day (never minggu or bulan), as the
 * contract's `duration.text` asks.
 */
import type { Calendar, Lang } from '../model';
import { validateCalendar } from './calendar';

/** The en dash, with spaces, between the two ends of a range. */
export const RANGE_DASH = ' \u2013 ';

const NAMES: Record<Lang, { day: [string, string]; hour: [string, string]; minute: [string, string] }> = {
  id: { day: ['hari', 'hari'], hour: ['jam', 'jam'], minute: ['menit', 'menit'] },
  en: { day: ['day', 'days'], hour: ['hour', 'hours'], minute: ['minute', 'minutes'] },
};

/**
 * Whole minutes to show for an exact (possibly fractional) count: round half up ("1,5 menit" shows as
 * 2 menit), except that a time above zero but under half a minute shows as 1 menit, so that a step
 * that takes some time never reads as "0 menit". Totals are summed exactly first and rounded once here.
 */
export function displayMinutes(minutes: number): number {
  if (!(minutes > 0)) return 0;
  return Math.max(1, Math.round(minutes));
}

function assertCalendar(calendar: Calendar): void {
  const problems = validateCalendar(calendar);
  if (problems.length > 0) throw new RangeError(`Invalid calendar: ${problems.map((p) => p.en).join('; ')}`);
}

/**
 * Minutes as days, hours and minutes of the working calendar, largest first, zero parts left out;
 * 0 gives "0 menit" / "0 minutes". Negative or non-finite minutes (which no reading produces) give "-".
 * Throws a RangeError for an invalid calendar: settings are validated where they are entered.
 */
export function formatDuration(minutes: number, calendar: Calendar, lang: Lang): string {
  assertCalendar(calendar);
  if (!Number.isFinite(minutes) || minutes < 0) return '-';
  const names = NAMES[lang] ?? NAMES.id;
  const whole = displayMinutes(minutes);
  const perDay = calendar.minutesPerDay;
  const days = Math.floor(whole / perDay);
  const rest = whole - days * perDay;
  let hours = Math.floor(rest / 60);
  let mins = Math.round(rest - hours * 60);
  if (mins === 60) {
    hours += 1;
    mins = 0;
  }
  const parts: string[] = [];
  const add = (n: number, [one, many]: [string, string]) => {
    if (n > 0) parts.push(`${n} ${n === 1 ? one : many}`);
  };
  add(days, names.day);
  add(hours, names.hour);
  add(mins, names.minute);
  return parts.length > 0 ? parts.join(' ') : `0 ${names.minute[1]}`;
}

/**
 * A range "1 hari 4 jam 40 menit – 2 hari" (en dash with spaces); one value when both ends show the
 * same. The ends are put in order if given the wrong way round.
 */
export function formatRange(minMinutes: number, maxMinutes: number, calendar: Calendar, lang: Lang): string {
  const lo = Math.min(minMinutes, maxMinutes);
  const hi = Math.max(minMinutes, maxMinutes);
  const from = formatDuration(lo, calendar, lang);
  if (displayMinutes(lo) === displayMinutes(hi)) return from;
  return `${from}${RANGE_DASH}${formatDuration(hi, calendar, lang)}`;
}
