/**
 * Reading a Waktu cell ("3 Hari", "45-90 menit", "1 x 24 Jam", "2 menit/berkas", "1 hari 2 jam") into
 * minutes under a working calendar.
 *
 * The reader is a small hand-written tokenizer and parser rather than one big regular expression, so
 * that it runs in time linear in the text (it also gives up early on text longer than any Waktu cell),
 * never throws, and can say why a text is not a duration.
 */
import { DEFAULT_CALENDAR, type Calendar } from '../model';
import { isValidCalendar, minutesPerUnit, type TimeUnit } from './calendar';
import {
  JOIN_WORDS,
  NUMBER_WORDS,
  QUALIFIER_PREFIXES,
  RANGE_FILLERS,
  RANGE_WORDS,
  RATE_WORDS,
  RECURRENCE_WORDS,
  SE_UNITS,
  UNIT_PREFIXES,
  UNIT_SUFFIXES,
  UNIT_WORDS,
} from './lexicon';

/** Why a Waktu text is not a duration (short English codes; see describeWaktuProblem for messages). */
export type WaktuProblem =
  | 'too-long' // longer than any real Waktu cell
  | 'no-number' // free text: "sesuai jadwal"
  | 'recurrence' // "setiap hari senin": a schedule, which belongs in Keterangan
  | 'no-unit' // a bare number and no unit in the Waktu header
  | 'unknown-word' // a word that is neither a unit nor a connecting word
  | 'unexpected-symbol' // a character that has no place in a duration: "(", ":", ...
  | 'malformed' // the right words in the wrong order: "jam 2", "1 2 hari", "1-2-3 hari"
  | 'too-large' // a number with more than nine digits
  | 'empty-rate' // "2 menit/" with nothing after the slash
  | 'bad-calendar'; // the calendar given is not valid

export type WaktuReading =
  | { kind: 'empty' }
  | {
      kind: 'duration';
      minMinutes: number;
      maxMinutes: number;
      /** The unit a rate is given per ("berkas" for "2 menit/berkas"); null when it is not a rate. */
      rate: string | null;
    }
  | {
      kind: 'unparsed';
      reason: WaktuProblem;
      /** The word or character that stopped the reading, where there is one. */
      detail?: string;
    };

export interface ParseWaktuOptions {
  calendar?: Calendar;
  /** The unit written in the Waktu header ("Waktu (Jam)", or just "Jam"), for cells holding a bare number. */
  unitHint?: string | null;
}

/** No real Waktu cell is this long; longer text is refused before any other work. */
export const MAX_WAKTU_LENGTH = 500;
/** More digits than this in one number is not a time anyone writes. */
const MAX_DIGITS = 9;

type Token =
  | { t: 'num'; v: number; start: number; end: number; tooLarge: boolean }
  | { t: 'word'; w: string; start: number; end: number }
  | { t: 'dash' | 'slash' | 'times' | 'join'; start: number; end: number }
  | { t: 'sym'; ch: string; start: number; end: number };

interface Term {
  count: number;
  /** The second number of "N x M jam", where written. */
  factor: number | null;
  unit: TimeUnit | null;
}

class Unparsed {
  constructor(
    readonly reason: WaktuProblem,
    readonly detail?: string
  ) {}
}

const DASHES = '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212~';
const VULGAR: Record<string, number> = { '\u00bd': 0.5, '\u00bc': 0.25, '\u00be': 0.75 };
const LETTER = /[\p{L}\p{M}]/u;
const HALF: ReadonlySet<string> = new Set(['setengah']);

/** Fold white space (trim; runs become one space), as the contract folds every cell value. */
export function foldText(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** True for text that means "no time": empty, or only dashes ("-", "–", "—"). */
export function isEmptyWaktu(text: string): boolean {
  for (const ch of text) {
    if (ch !== ' ' && !DASHES.includes(ch)) return false;
  }
  return true;
}

/**
 * Read a Waktu text. Never throws. Ranges give minMinutes <= maxMinutes (a range written high to low,
 * "5-3 hari", is read low to high). Rules worth knowing:
 * - hari, hari kerja, HK and hari kalender are one working day (calendar.minutesPerDay, 450 by default);
 *   minggu and bulan are calendar.daysPerWeek / daysPerMonth working days.
 * - jam written as a whole multiple of 24 (`24 jam`, `48 jam`, `N x 24 jam`) means calendar days and
 *   counts as that many hari; any other number of jam is working hours (`30 jam` = 1800 minutes). When
 *   one text holds several jam numbers (`12-24 jam`), they count as calendar days only if all are
 *   multiples of 24, so that both ends of a range are read the same way.
 * - A unit written only after the second number of a range applies to both (`1-2 hari`).
 * - A bare number takes its unit from `unitHint` (the Waktu header), or is `no-unit`.
 * - Minutes are exact (fractions kept, `1,5 menit` = 1.5); rounding is left to formatting.
 */
export function parseWaktu(text: string, opts: ParseWaktuOptions = {}): WaktuReading {
  try {
    return read(typeof text === 'string' ? text : String(text ?? ''), opts);
  } catch {
    // Nothing above is expected to throw; this keeps the promise if a future edit slips.
    return { kind: 'unparsed', reason: 'malformed' };
  }
}

function read(raw: string, opts: ParseWaktuOptions): WaktuReading {
  const calendar = opts.calendar ?? DEFAULT_CALENDAR;
  if (!isValidCalendar(calendar)) return { kind: 'unparsed', reason: 'bad-calendar' };
  const folded = foldText(raw);
  if (isEmptyWaktu(folded)) return { kind: 'empty' };
  if (folded.length > MAX_WAKTU_LENGTH) return { kind: 'unparsed', reason: 'too-long' };

  const text = stripQualifiers(normaliseRangeWords(folded.toLowerCase()));
  const result = interpret(tokenize(text), text, calendar, opts.unitHint ?? null);
  return result instanceof Unparsed ? { kind: 'unparsed', reason: result.reason, ...detailOf(result) } : result;
}

function detailOf(u: Unparsed): { detail?: string } {
  return u.detail === undefined ? {} : { detail: u.detail };
}

/** `s.d`, `s.d.`, `s/d`, `s d` (between numbers or units) all become the range word `sd`. */
function normaliseRangeWords(s: string): string {
  return s.replace(/(?<![\p{L}\p{M}])s ?[./] ?d\.?(?![\p{L}\p{M}])/gu, ' sd ');
}

/** Remove leading qualifiers ("kurang lebih", "maks.", "±") that do not change the count. */
function stripQualifiers(s: string): string {
  let out = s;
  for (let pass = 0; pass < 3; pass++) {
    const q = QUALIFIER_PREFIXES.find((p) => out.startsWith(p) && !LETTER.test(out.charAt(p.length)));
    if (q === undefined) break;
    out = out.slice(q.length).trimStart();
  }
  return out;
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/** Split lower-cased text into numbers, words and symbols, one left-to-right pass. */
function tokenize(s: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    const start = i;
    if (ch === ' ' || ch === '.') {
      // A dot outside a number ends an abbreviation ("mnt.", "1 hari.") and carries no meaning.
      i++;
    } else if (isDigit(ch)) {
      i = readNumber(s, i, tokens);
    } else if (ch in VULGAR) {
      const prev = tokens[tokens.length - 1];
      if (prev?.t === 'num' && prev.end === i) {
        prev.v += VULGAR[ch]; // "1½"
        prev.end = i + 1;
      } else {
        tokens.push({ t: 'num', v: VULGAR[ch], start, end: i + 1, tooLarge: false });
      }
      i++;
    } else if (LETTER.test(ch)) {
      while (i < s.length && LETTER.test(s[i])) i++;
      const w = s.slice(start, i);
      tokens.push(w === 'x' ? { t: 'times', start, end: i } : { t: 'word', w, start, end: i });
    } else if (DASHES.includes(ch)) {
      tokens.push({ t: 'dash', start, end: ++i });
    } else if (ch === '/') {
      tokens.push({ t: 'slash', start, end: ++i });
    } else if (ch === '\u00d7' || ch === '*') {
      tokens.push({ t: 'times', start, end: ++i });
    } else if (ch === '+' || ch === ',' || ch === '&') {
      tokens.push({ t: 'join', start, end: ++i });
    } else {
      // One token per code point, so a surrogate pair is reported whole.
      const cp = s.codePointAt(i) ?? 0;
      const width = cp > 0xffff ? 2 : 1;
      tokens.push({ t: 'sym', ch: s.slice(i, i + width), start, end: i + width });
      i += width;
    }
  }
  return tokens;
}

/** Digits, an optional decimal part after a comma or point, and an optional "/digits" fraction. */
function readNumber(s: string, from: number, tokens: Token[]): number {
  let i = from;
  while (i < s.length && isDigit(s[i])) i++;
  let tooLarge = i - from > MAX_DIGITS;
  let v = Number(s.slice(from, i));
  if ((s[i] === ',' || s[i] === '.') && isDigit(s[i + 1] ?? '')) {
    const fracStart = i + 1;
    i = fracStart;
    while (i < s.length && isDigit(s[i])) i++;
    // Only the leading digits of a long decimal part matter; the rest cannot change a minute count.
    v = Number(`${s.slice(from, fracStart - 1)}.${s.slice(fracStart, Math.min(i, fracStart + MAX_DIGITS))}`);
  }
  if (s[i] === '/' && isDigit(s[i + 1] ?? '')) {
    const denStart = i + 1;
    i = denStart;
    while (i < s.length && isDigit(s[i])) i++;
    tooLarge ||= i - denStart > MAX_DIGITS;
    const den = Number(s.slice(denStart, i));
    v = den === 0 ? Number.NaN : v / den; // "1/2 jam"
  }
  tokens.push({ t: 'num', v, start: from, end: i, tooLarge });
  return i;
}

function isWord(tok: Token | undefined, set: ReadonlySet<string>): boolean {
  return tok?.t === 'word' && set.has(tok.w);
}

const VOCABULARY: readonly (ReadonlySet<string> | ReadonlyMap<string, unknown>)[] = [
  UNIT_WORDS,
  UNIT_SUFFIXES,
  UNIT_PREFIXES,
  SE_UNITS,
  NUMBER_WORDS,
  RANGE_WORDS,
  RANGE_FILLERS,
  JOIN_WORDS,
];

/** A word Waktu text may hold (units, number words, joining and range words). */
function isTimeWord(w: string): boolean {
  return VOCABULARY.some((set) => set.has(w));
}

function isQuantityStart(tok: Token | undefined): boolean {
  return tok?.t === 'num' || (tok?.t === 'word' && (NUMBER_WORDS.has(tok.w) || SE_UNITS.has(tok.w)));
}

function interpret(
  tokens: Token[],
  text: string,
  calendar: Calendar,
  unitHint: string | null
): WaktuReading | Unparsed {
  // A leading dash is a list bullet ("- 2 hari"), not a minus sign or a range.
  if (tokens[0]?.t === 'dash') tokens = tokens.slice(1);

  // A rate: "/" or "per"/"tiap" after a quantity. Everything after it names what the time is per.
  let rate: string | null = null;
  const rateAt = tokens.findIndex((tok) => tok.t === 'slash' || isWord(tok, RATE_WORDS));
  if (rateAt >= 0 && tokens.slice(0, rateAt).some(isQuantityStart)) {
    rate = text
      .slice(tokens[rateAt].end)
      .replace(/^[\s.,;:]+|[\s.,;:]+$/g, '')
      .trim();
    if (!/[\p{L}\p{N}]/u.test(rate)) return new Unparsed('empty-rate');
    // "2 jam setiap senin" is a schedule, not a time per unit of work.
    const scheduleWord = rate.split(/[^\p{L}]+/u).find((w) => RECURRENCE_WORDS.has(w) && !RATE_WORDS.has(w));
    if (scheduleWord !== undefined) return new Unparsed('recurrence', scheduleWord);
    tokens = tokens.slice(0, rateAt);
  }

  const recurrence = tokens.find((tok) => isWord(tok, RECURRENCE_WORDS));
  if (recurrence) return new Unparsed('recurrence', (recurrence as { w: string }).w);
  if (!tokens.some(isQuantityStart)) {
    const stray = tokens.find((tok) => tok.t === 'word' && !UNIT_WORDS.has(tok.w));
    return new Unparsed('no-number', stray?.t === 'word' ? stray.w : undefined);
  }
  // A word outside the time vocabulary, or a stray symbol, says more than any structural complaint.
  const stranger = tokens.find((tok) => tok.t === 'sym' || (tok.t === 'word' && !isTimeWord(tok.w)));
  if (stranger?.t === 'sym') return new Unparsed('unexpected-symbol', stranger.ch);
  if (stranger?.t === 'word') return new Unparsed('unknown-word', stranger.w);
  if (tokens.some((tok) => tok.t === 'num' && tok.tooLarge)) return new Unparsed('too-large');
  if (tokens.some((tok) => tok.t === 'num' && !Number.isFinite(tok.v))) return new Unparsed('malformed', '/0');

  // Split at the range separator: a dash or a range word, at most one.
  const separators = tokens.flatMap((tok, i) => (tok.t === 'dash' || isWord(tok, RANGE_WORDS) ? [i] : []));
  if (separators.length > 1) return new Unparsed('malformed', 'more than one range separator');
  let sides: Token[][];
  if (separators.length === 1) {
    const at = separators[0];
    const afterSep = isWord(tokens[at + 1], RANGE_FILLERS) ? at + 2 : at + 1;
    sides = [tokens.slice(0, at), tokens.slice(afterSep)];
  } else {
    sides = [tokens];
  }

  const parsed: Term[][] = [];
  for (const side of sides) {
    const terms = parseSide(side);
    if (terms instanceof Unparsed) return terms;
    parsed.push(terms);
  }
  const filled = fillUnits(parsed, unitHint);
  if (filled instanceof Unparsed) return filled;

  const jamTerms = filled.flat().filter((term) => term.unit === 'jam');
  const jamAsDays = jamTerms.length > 0 && jamTerms.every(isWholeDaysOfJam);
  const totals = filled.map((terms) =>
    clean(terms.reduce((sum, term) => sum + termMinutes(term, calendar, jamAsDays), 0))
  );
  if (!totals.every(Number.isFinite)) return new Unparsed('too-large');
  return { kind: 'duration', minMinutes: Math.min(...totals), maxMinutes: Math.max(...totals), rate };
}

/**
 * One side of a range: one or more terms "NUMBER [x NUMBER] UNIT", optionally joined by "dan", "+" or
 * ",". Only a lone term may lack its unit (it borrows one from the other side or the header).
 */
function parseSide(tokens: Token[]): Term[] | Unparsed {
  if (tokens.length === 0) return new Unparsed('malformed', 'range without an end');
  const terms: Term[] = [];
  let i = 0;
  while (i < tokens.length) {
    const tok = tokens[i];
    if (tok.t === 'join' || isWord(tok, JOIN_WORDS)) {
      if (terms.length === 0 || i === tokens.length - 1) return new Unparsed('malformed', 'dangling joiner');
      i++;
      continue;
    }
    if (terms.length > 0 && terms[terms.length - 1].unit === null)
      return new Unparsed('malformed', 'number without a unit');

    if (tok.t === 'word' && SE_UNITS.has(tok.w)) {
      terms.push({ count: 1, factor: null, unit: SE_UNITS.get(tok.w)! });
      i = skipSuffixes(tokens, i + 1);
      continue;
    }
    const count = quantity(tok);
    if (count === null) return unexpected(tok);
    i++;
    let value = count;
    if (isWord(tokens[i], HALF) && count >= 1) {
      value += 0.5; // "satu setengah jam", "2 setengah hari"
      i++;
    }
    let factor: number | null = null;
    if (tokens[i]?.t === 'times') {
      factor = quantity(tokens[i + 1]);
      if (factor === null) return new Unparsed('malformed', 'x without a number');
      i += 2;
    }
    if (tokens[i]?.t === 'word' && UNIT_PREFIXES.has((tokens[i] as { w: string }).w) && unitOf(tokens[i + 1]) !== null)
      i++;
    const unit = unitOf(tokens[i]);
    if (unit !== null) i = skipSuffixes(tokens, i + 1);
    terms.push({ count: value, factor, unit });
  }
  if (terms.length > 1 && terms[terms.length - 1].unit === null)
    return new Unparsed('malformed', 'number without a unit');
  return terms;
}

function quantity(tok: Token | undefined): number | null {
  if (tok?.t === 'num') return tok.v;
  if (tok?.t === 'word') return NUMBER_WORDS.get(tok.w) ?? null;
  return null;
}

function unitOf(tok: Token | undefined): TimeUnit | null {
  return tok?.t === 'word' ? (UNIT_WORDS.get(tok.w) ?? null) : null;
}

/** Step over "kerja"/"kalender" after a unit ("hari kerja"). */
function skipSuffixes(tokens: Token[], from: number): number {
  let i = from;
  while (isWord(tokens[i], UNIT_SUFFIXES)) i++;
  return i;
}

function unexpected(tok: Token): Unparsed {
  switch (tok.t) {
    case 'word':
      return UNIT_WORDS.has(tok.w)
        ? new Unparsed('malformed', `unit without a number: ${tok.w}`)
        : new Unparsed('unknown-word', tok.w);
    case 'sym':
      return new Unparsed('unexpected-symbol', tok.ch);
    default:
      return new Unparsed('malformed', tok.t);
  }
}

/**
 * Give unit-less sides a unit: "1-2 hari" (the left end takes the right end's unit, and its "x 24"),
 * "3 jam - 5" (the right takes the left's), or the header's unit for bare numbers.
 */
/** A side of a range that is a bare number ("1" of "1-2 hari"). */
function lone(terms: Term[]): boolean {
  return terms.length === 1 && terms[0].unit === null;
}

/** A bare number takes the unit (and "x 24" factor) of the other side. */
function borrow(term: Term, from: Term): Term {
  return { count: term.count, factor: term.factor ?? from.factor, unit: from.unit };
}

function fillUnits(sides: Term[][], unitHint: string | null): Term[][] | Unparsed {
  let out = sides;
  if (sides.length === 2) {
    const [left, right] = sides;
    if (lone(left) && !lone(right)) out = [[borrow(left[0], right[0])], right];
    else if (lone(right) && !lone(left)) out = [left, [borrow(right[0], left[left.length - 1])]];
  }
  if (out.some(lone)) {
    const hint = resolveUnitHint(unitHint);
    if (hint === null) return new Unparsed('no-unit');
    out = out.map((terms) => (lone(terms) ? [{ ...terms[0], unit: hint }] : terms));
  }
  return out;
}

/** The unit named in a Waktu header or hint ("Waktu (Jam)" -> jam, "menit" -> menit), or null. */
export function resolveUnitHint(hint: string | null | undefined): TimeUnit | null {
  if (typeof hint !== 'string' || hint.length > MAX_WAKTU_LENGTH) return null;
  for (const tok of tokenize(foldText(hint).toLowerCase())) {
    const unit = unitOf(tok) ?? (tok.t === 'word' ? (SE_UNITS.get(tok.w) ?? null) : null);
    if (unit !== null) return unit;
  }
  return null;
}

function isWholeMultipleOf24(v: number): boolean {
  return v > 0 && Number.isInteger(v) && v % 24 === 0;
}

/** `24 jam`, `48 jam`, `N x 24 jam`: written as whole calendar days. */
function isWholeDaysOfJam(term: Term): boolean {
  return isWholeMultipleOf24(term.factor ?? term.count);
}

function termMinutes(term: Term, calendar: Calendar, jamAsDays: boolean): number {
  const amount = term.count * (term.factor ?? 1);
  if (term.unit === 'jam' && jamAsDays) return (amount / 24) * calendar.minutesPerDay;
  return amount * minutesPerUnit(term.unit ?? 'menit', calendar);
}

/** Remove floating-point noise (1,1 jam is 66 minutes, not 66.00000000000001). */
function clean(minutes: number): number {
  return Math.round(minutes * 1e6) / 1e6;
}
