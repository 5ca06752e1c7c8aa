/**
 * Identity dates as offices write them: `12 Januari 2023`, `Senin, 12 Jan. 2023`, `12-01-2023`,
 * `12/1/23`, `2023-01-12`, `Januari 2023`, `2023`. A date read is a span of days (a bare year is the
 * whole year), so a comparison only fires when it holds for every day the text can mean.
 */

const MONTHS: [RegExp, number][] = [
  [/^jan/, 1],
  [/^fe?b|^peb/, 2],
  [/^mar/, 3],
  [/^apr/, 4],
  [/^me[iy]$|^may$/, 5],
  [/^jun/, 6],
  [/^jul/, 7],
  [/^ag|^aug/, 8],
  [/^sep/, 9],
  [/^o[kc]t/, 10],
  [/^no[pv]/, 11],
  [/^de[sc]/, 12],
];

const MONTH_WORD =
  '(januari|january|jan|februari|pebruari|february|feb|peb|maret|march|mar|april|apr|mei|may|juni|june|jun|juli|july|jul|agustus|august|agust|agt|agu|aug|september|sept|sep|oktober|october|okt|oct|nopember|november|nop|nov|desember|december|des|dec)\\.?';

function monthOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  for (const [re, m] of MONTHS) if (re.test(w)) return m;
  return null;
}

/** A span of days, as UTC midnights. */
export interface DateSpan {
  from: Date;
  to: Date;
}

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function valid(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m);
}

function year(text: string): number {
  const n = Number(text);
  return text.length <= 2 ? 2000 + n : n;
}

/** The days an identity date names, or null when the text holds no date. */
export function parseIndonesianDate(text: string | null): DateSpan | null {
  if (!text) return null;
  const t = text.toLowerCase().replace(/\s+/g, ' ');
  let m = new RegExp(`\\b(\\d{1,2})\\s*[-/ ]?\\s*${MONTH_WORD}\\s*[-/ ,]?\\s*(\\d{4})\\b`).exec(t);
  if (m) {
    const [d, mo, y] = [Number(m[1]), monthOf(m[2])!, Number(m[3])];
    if (valid(y, mo, d)) return { from: day(y, mo, d), to: day(y, mo, d) };
  }
  m = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/.exec(t);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (valid(y, mo, d)) return { from: day(y, mo, d), to: day(y, mo, d) };
  }
  m = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})\b/.exec(t);
  if (m) {
    const [a, b, y] = [Number(m[1]), Number(m[2]), year(m[3])];
    // Indonesian order (day first); a first number that cannot be a day's month makes it month first.
    if (valid(y, b, a)) return { from: day(y, b, a), to: day(y, b, a) };
    if (valid(y, a, b)) return { from: day(y, a, b), to: day(y, a, b) };
  }
  m = new RegExp(`${MONTH_WORD}\\s*[-/ ,]?\\s*(\\d{4})\\b`).exec(t);
  if (m) {
    const [mo, y] = [monthOf(m[1])!, Number(m[2])];
    if (valid(y, mo, 1)) return { from: day(y, mo, 1), to: day(y, mo, lastDay(y, mo)) };
  }
  m = /(?:^|\D)((?:19|20|21)\d{2})(?!\d)/.exec(t);
  if (m) {
    const y = Number(m[1]);
    return { from: day(y, 1, 1), to: day(y, 12, 31) };
  }
  return null;
}

/** Today as a UTC midnight, from a clock reading in local time. */
export function dayOf(date: Date): Date {
  return day(date.getFullYear(), date.getMonth() + 1, date.getDate());
}
