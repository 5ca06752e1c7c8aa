/**
 * planLanes: for a table that names its actors in text instead of giving each actor a column (a
 * single "Pelaksana" column, or the actor written in the Uraian), propose the actor columns a
 * swimlane needs, as plain data a host can apply before drawing: insert the columns after Uraian,
 * write the actor names in the header row, write a marker in each step's actor cell.
 */
import { a1, cellText, fold, type Grid } from '../grid';
import type { Lang, SopDoc, StepDoc } from '../model';
import { splitJointNames } from '../text';
import { markerGlyph } from './cell-markers';
import { stepKey } from '../step-key';
import { actorKey } from './plan';
import type { PlanShapeKind } from './types';
import { words } from './words';

export interface LaneColumn {
  /** The actor's name as first written (white space folded). */
  name: string;
  /** Column number after the insertion. */
  col: number;
  /** Where to write the name (after the insertion). */
  headerCell: string;
}

export interface LaneMark {
  step: string;
  actor: string;
  row: number;
  /** Column number after the insertion. */
  col: number;
  cell: string;
  /** The marker to write: the symbol glyph the parser reads back ("( Mulai )", "[ 3 ]", "< 5 ? >"). */
  text: string;
}

export interface LanePlan {
  /** Where the actors were read from. */
  source: 'pelaksana' | 'actors' | 'uraian';
  /** Insert `count` columns before this column number (the one right after Uraian). */
  insertAt: number;
  count: number;
  /** The header row the actor names go in (the row of the Uraian label). */
  headerRow: number;
  columns: LaneColumn[];
  marks: LaneMark[];
  /** Steps for which no actor could be read. */
  unmatched: string[];
}

/** Job titles that start an actor's name when it is written in the Uraian ("Kasubag Umum menerima ..."). */
const TITLE =
  /^(kepala|ka\.?|kasubag|kasubbag|kabag|kabid|kasi|kasie|kasat|sekretaris|sekdis|sekda|staf|staff|bendahara|camat|lurah|tim|petugas|pemohon|operator|pengelola|analis|pejabat|pimpinan|bupati|walikota|wali\s+kota|asisten|pelaksana|verifikator|admin|direktur|jf|jfu|jft|subbag|seksi|bagian|bidang)\b/i;
/** Indonesian verb forms that end the subject: me-/di-/ber-/ter- words written in lower case. */
const VERB = /^(me|di|ber|ter|pe)[a-z]{2,}$/;

/**
 * Rank of a job title, highest first, as seeds 000 and 001 order their lanes (Camat / Kepala Badan,
 * Sekretaris, Kasubbag, Staf). Checked in order: "Kepala Sub Bagian" is a Kasubag, not a Kepala.
 */
const RANKS: [RegExp, number][] = [
  [/^(kasubb?ag|ka\.?\s*sub\s*b?ag|kepala\s+sub\s*(bagian|bidang)|kasi|kasie|kepala\s+seksi)\b/i, 4],
  [/^(kabag|kabid|ka\.?\s*bag|ka\.?\s*bid|kepala\s+(bagian|bidang))\b/i, 3],
  [/^(sekretaris|sekdis|sekda|sekcam)\b/i, 2],
  [/^(kepala|ka\.|camat|bupati|walikota|wali\s+kota|direktur|pimpinan|lurah)\b/i, 1],
  [
    /^(jf|jfu|jft|jabatan\s+fungsional|staf|staff|analis|pengelola|pelaksana|operator|petugas|tim|bendahara|verifikator|admin)\b/i,
    5,
  ],
];

function rankOf(name: string): number | null {
  for (const [re, rank] of RANKS) if (re.test(name)) return rank;
  return null;
}

/** Trim list numbering, bullets and trailing punctuation from an actor's name. */
function cleanName(text: string): string {
  return fold(text)
    .replace(/^(\d+[.)]|[-•*·])\s*/, '')
    .replace(/[\s.,;:]+$/, '')
    .trim();
}

/** The actor named as the subject at the start of an Uraian, or after "oleh". */
function actorFromUraian(uraian: string): string | null {
  const text = fold(uraian);
  const oleh = /\boleh\s+(.+?)(?:[.,;:(]|\s+(?:untuk|dan\s+(?:di|me)\w+|kepada|ke)\b|$)/i.exec(text);
  if (oleh && TITLE.test(oleh[1])) return cleanName(oleh[1].split(/\s+/).slice(0, 6).join(' '));
  if (!TITLE.test(text)) return null;
  const subject: string[] = [];
  for (const word of text.split(/\s+/)) {
    if (VERB.test(word) || subject.length >= 6) break;
    subject.push(word);
  }
  // A title followed at once by a verb is a whole name only when it is a name on its own (e.g. "Camat").
  return subject.length > 0 && subject.length < text.split(/\s+/).length ? cleanName(subject.join(' ')) : null;
}

/** The text of a step's Pelaksana cell(s): the grid where given, otherwise the SOP's text cells. */
function pelaksanaText(doc: SopDoc, step: StepDoc, col: number, grid?: Grid): string {
  const parts: string[] = [];
  const last = Math.max(step.row, step.rowEnd);
  for (let r = step.row; r <= last; r++) {
    const t = grid ? cellText(grid, r, col) : (doc.texts.find((c) => c.row === r && c.col === col)?.text ?? '');
    if (fold(t)) parts.push(fold(t));
  }
  return parts.join(' ');
}

/** Split "A dan B", "A, B", "A/B" into its parts, but only when every part is an actor on its own. */
function splitNames(raw: string, whole: Set<string>): string[] {
  const name = cleanName(raw);
  if (!name) return [];
  return splitJointNames(name, (p) => whole.has(actorKey(cleanName(p)))).map(cleanName);
}

function kindOf(step: StepDoc): PlanShapeKind {
  if (step.symbol === 'start' || step.symbol === 'end') return 'terminator';
  return step.symbol === 'decision' ? 'decision' : 'process';
}

export function planLanes(doc: SopDoc, opts: { lang?: Lang; grid?: Grid } = {}): LanePlan | null {
  if (doc.table.columns.actors.length > 0 || doc.steps.length === 0) return null;
  const w = words(opts.lang);
  const textCol = doc.table.columns.pelaksanaText;

  // Raw actor text per step, from the best source the table has.
  let source: LanePlan['source'];
  let raw: string[][];
  if (textCol !== null) {
    source = 'pelaksana';
    raw = doc.steps.map((s) => {
      const t = pelaksanaText(doc, s, textCol, opts.grid);
      return t ? [t] : [];
    });
  } else if (doc.steps.some((s) => s.actors.length > 0)) {
    source = 'actors';
    raw = doc.steps.map((s) => s.actors);
  } else {
    source = 'uraian';
    raw = doc.steps.map((s) => {
      const a = actorFromUraian(s.uraian);
      return a ? [a] : [];
    });
  }

  const whole = new Set(raw.flat().map((t) => actorKey(cleanName(t))));
  const names = new Map<string, string>(); // key -> name as first written, in order of first appearance
  const perStep = raw.map((texts) => {
    const keys: string[] = [];
    for (const t of texts) {
      for (const n of splitNames(t, whole)) {
        const key = actorKey(n);
        if (!names.has(key)) names.set(key, n);
        if (!keys.includes(key)) keys.push(key);
      }
    }
    return keys;
  });
  if (names.size === 0) return null;

  // Highest rank first when every actor's rank is clear; otherwise the order in which they appear.
  let order = [...names];
  const ranks = order.map(([, name]) => rankOf(name));
  if (ranks.every((r) => r !== null)) {
    order = order
      .map((entry, i) => ({ entry, rank: ranks[i] as number, i }))
      .sort((p, q) => p.rank - q.rank || p.i - q.i)
      .map((x) => x.entry);
  }

  const insertAt = doc.table.columns.uraian + 1;
  const labelCell = doc.table.headerCells.uraian;
  const headerRow = labelCell ? Number(/\d+$/.exec(labelCell)?.[0] ?? doc.table.range.top) : doc.table.range.top;
  const colOf = new Map<string, number>();
  const columns: LaneColumn[] = order.map(([key, name], i) => {
    colOf.set(key, insertAt + i);
    return { name, col: insertAt + i, headerCell: a1(headerRow, insertAt + i) };
  });
  const marks: LaneMark[] = [];
  const unmatched: string[] = [];
  doc.steps.forEach((step, i) => {
    if (perStep[i].length === 0) {
      unmatched.push(stepKey(step));
      return;
    }
    const text = markerGlyph(step, kindOf(step), w);
    for (const key of perStep[i]) {
      const col = colOf.get(key)!;
      marks.push({ step: stepKey(step), actor: names.get(key)!, row: step.row, col, cell: a1(step.row, col), text });
    }
  });
  return { source, insertAt, count: columns.length, headerRow, columns, marks, unmatched };
}
