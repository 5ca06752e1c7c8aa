/**
 * Turns a detected table into steps: the values of each step (over all its rows), the actors marked
 * on it (shapes or text), its symbol and where that came from, and its decision branches.
 */
import { a1, cellText, colLetter, type Grid, type GridShape } from '../grid';
import type { ActorLane, Branch, SopSymbol, StepDoc, StepMark } from '../model';
import type { DetectedTable, StepSpan } from '../detect/table';
import { fold, splitJointNames, stripMarkup } from '../text';
import { ownCaption } from '../grid/vocabulary';
import { branchesThroughOffpage } from './offpage';
import { stepKey } from '../step-key';
import {
  BRANCH_TEXT,
  BRANCH_TEXT_SOURCE,
  isBranchLabelText,
  isMarkText,
  markSymbol,
  NAMES_STEP,
  ShapeLocator,
  shapeSymbol,
} from './marks';

/** The folded, markup-free text of a column over a step's rows; null for empty, "-" or "–". */
function valueOver(grid: Grid, col: number | null, span: StepSpan): string | null {
  if (col === null) return null;
  const parts: string[] = [];
  for (let r = span.row; r <= span.rowEnd; r++) {
    const t = cellText(grid, r, col);
    if (t.trim() !== '') parts.push(t);
  }
  const v = fold(stripMarkup(parts.join('\n')).text);
  if (v === '' || /^[-–—]$/.test(v)) return null;
  return v;
}

/** Whether an Uraian reads as a decision: "jika ... jika tidak/belum ...", "apakah ...", a question, a review with rework. */
export function isDecisionText(uraian: string): boolean {
  const t = uraian.toLowerCase();
  if (/\?/.test(t) || /\bapakah\b/.test(t)) return true;
  if (isReworkText(t)) return true;
  return /\b(?:jika|apabila|bila|kalau)\b.*\b(?:tidak|belum|salah|kurang)\b/.test(t);
}

/** "jika/apabila/bila" followed by "terdapat/ada/ditemukan" and, within a few words, what calls for rework. */
const REWORK_CONDITION =
  /\b(?:jika|apabila|bila|bilamana|kalau)\s+(?:masih\s+)?(?:terdapat|ada|ditemukan)\s+(?:[\p{L}/]+\s+){0,3}?(?:revisi|perbaikan|koreksi|kesalahan|kekeliruan|kekurangan|catatan|masukan)\b/iu;
/** The rework itself: "dikerjakan kembali", "lakukan perbaikan", "diperbaiki", "direvisi". */
const REWORK_ACTION =
  /\b(?:dikerjakan\s+(?:kembali|ulang)|diperbaiki|direvisi|(?:lakukan|dilakukan|melakukan)\s+(?:perbaikan|revisi)|perbaikan|revisi)\b/i;

/**
 * A review whose Uraian says the work is redone when the reviewer finds something, without naming where
 * the flow goes back to: "Melakukan reviu ... (jika terdapat revisi perbaikan, maka dikerjakan kembali
 * oleh tim ybs)", "Pemeriksaan draft (lakukan perbaikan jika terdapat koreksi)". It is a decision; its
 * "tidak" answer returns to the step before (the work being reviewed).
 */
export function isReworkText(uraian: string): boolean {
  const m = REWORK_CONDITION.exec(uraian);
  if (!m) return false;
  // The condition names the rework ("jika terdapat revisi perbaikan") or the sentence says it elsewhere.
  return /revisi|perbaikan|koreksi|kesalahan|kekeliruan|kekurangan/i.test(m[0]) || REWORK_ACTION.test(uraian);
}

/** The lanes of a table: from the header, or from the names written in a single Pelaksana column. */
export function actorLanes(grid: Grid, table: DetectedTable): ActorLane[] {
  const cols = table.layout.columns;
  if (cols.pelaksanaText === null) {
    return table.actorNames.map((a) => ({
      name: a.name,
      column: colLetter(a.col),
      col: a.col,
      headerCell: a.headerCell,
    }));
  }
  const seen: ActorLane[] = [];
  const headerCell = table.layout.headerCells.pelaksana ?? a1(table.layout.range.top, cols.pelaksanaText);
  for (const names of pelaksanaNamesPerStep(grid, cols.pelaksanaText, table.steps)) {
    for (const name of names) {
      if (!seen.some((a) => a.name === name)) {
        seen.push({ name, column: colLetter(cols.pelaksanaText), col: cols.pelaksanaText, headerCell });
      }
    }
  }
  return seen;
}

/** Names written in a Pelaksana text cell: one per line or per ";". */
function pelaksanaNames(grid: Grid, col: number, span: StepSpan): string[] {
  const out: string[] = [];
  for (let r = span.row; r <= span.rowEnd; r++) {
    for (const line of stripMarkup(cellText(grid, r, col)).text.split(/\n|;/)) {
      const n = fold(line);
      if (n && !/^[-–—]$/.test(n) && !out.includes(n)) out.push(n);
    }
  }
  return out;
}

/**
 * The names of every step's Pelaksana cell, with a joint name ("Kasubag Umum dan Staf") split where each
 * part is also named alone in the table: two actors do that step together.
 */
export function pelaksanaNamesPerStep(grid: Grid, col: number, spans: StepSpan[]): string[][] {
  const raw = spans.map((s) => pelaksanaNames(grid, col, s));
  const known = new Set(raw.flat().map((n) => n.toLowerCase()));
  return raw.map((names) => [...new Set(names.flatMap((n) => splitJointNames(n, (p) => known.has(p.toLowerCase()))))]);
}

/**
 * The answers that take a decision's "ya" arrow, as real SOPs caption them: the question's own word
 * ("Setuju?" -> Setuju, "Valid?" -> Valid, "Berjalan Normal", "Perlu", "Butuh" in BPS Bengkulu's SOPs).
 */
const YES_WORDS =
  'ya|y|yes|iya|sesuai|lengkap|benar|sudah|setuju|disetujui|ok|valid|diterima|normal|berjalan normal|perlu|butuh';

const YES_LABEL = new RegExp(`^(?:${YES_WORDS})$`);
/** "Tidak" itself, or the negation of a yes word ("Tidak Valid", "Tidak Berjalan Normal", "Belum Sesuai"). */
const NO_LABEL = new RegExp(`^(?:tidak|tida|tdk|t|no|belum|salah|tolak|ditolak|(?:tidak|tdk|belum) (?:${YES_WORDS}))$`);

/** Ya / Tidak as a branch label, from a connector's or a cell's text. */
export function branchLabel(text: string): 'ya' | 'tidak' | null {
  const t = fold(text)
    .toLowerCase()
    .replace(/[.:!]$/, '');
  if (YES_LABEL.test(t)) return 'ya';
  if (NO_LABEL.test(t)) return 'tidak';
  return null;
}

const BRANCH_TEXT_GLOBAL = new RegExp(BRANCH_TEXT_SOURCE, 'gi');

/** Words that make the clause of a branch note the "no" answer, and those that make it the "yes" answer. */
const NO_CLAUSE =
  /\b(?:tidak|tdk|belum|kembali|dikembalikan|salah|ditolak|revisi|perbaikan|diperbaiki|ulang|ulangi|diulang)\b/i;
const YES_CLAUSE = /\b(?:ya|sesuai|lengkap|setuju|disetujui|benar|lanjut|dilanjutkan|diteruskan)\b/i;

/**
 * Branches named in a text: "Tidak: ke 5", "kembali ke langkah 3", "Ya ke no. 7", "Ya: langkah 7; Tidak:
 * langkah 5", "Tidak -> 5", "T: 5", "jika tidak sesuai kembali ke langkah 3", "(dikembalikan ke no. 2)".
 * Where the note does not say the answer, its clause does (the words since the previous target), else
 * the direction: back is "tidak", forward "ya". With `namedOnly` (an Uraian, where "ke 2 bidang" is no
 * branch) only notes that name the step ("langkah 5", "no. 5") or say the answer count.
 */
export function branchesInText(
  text: string,
  ownNo: string | null,
  knownNos: Set<string>,
  cell: string,
  namedOnly = false
): Branch[] {
  const out: Branch[] = [];
  if (!BRANCH_TEXT.test(text)) return out;
  BRANCH_TEXT_GLOBAL.lastIndex = 0;
  let clauseStart = 0;
  for (let m = BRANCH_TEXT_GLOBAL.exec(text); m; m = BRANCH_TEXT_GLOBAL.exec(text)) {
    const said = m[1] ?? m[3];
    const target = m[2] ?? m[4];
    const clause = text.slice(clauseStart, m.index + m[0].length);
    clauseStart = m.index + m[0].length;
    if (namedOnly && !said && !NAMES_STEP.test(m[0])) continue;
    let label: 'ya' | 'tidak';
    const answer = said ? branchLabel(said) : null;
    if (answer) label = answer;
    else if (NO_CLAUSE.test(clause)) label = 'tidak';
    else if (YES_CLAUSE.test(clause)) label = 'ya';
    else label = ownNo !== null && Number(target) <= Number(ownNo) ? 'tidak' : 'ya';
    out.push({ label, target: knownNos.has(target) ? target : null, source: 'text', cell });
  }
  return out;
}

interface ShapeHit {
  shape: GridShape;
  step: number;
  col: number;
  row: number;
}

/** Builds the steps of a table, with marks, symbols and branches. */
export function parseSteps(grid: Grid, table: DetectedTable, lanes: ActorLane[]): StepDoc[] {
  const cols = table.layout.columns;
  const spans = table.steps;
  const laneByCol = new Map(lanes.filter(() => cols.pelaksanaText === null).map((l) => [l.col, l]));
  const hits = shapeHits(grid, spans, laneByCol);
  // A plain box under a flowchart symbol in the same lane (a white backing box hiding the cell's
  // text, a frame) is not a second mark: where a step's lane holds a flowchart shape, it alone counts.
  const symbolLanes = new Set(hits.filter((h) => h.shape.kind !== 'other').map((h) => `${h.step},${h.col}`));
  const marking = hits.filter((h) => h.shape.kind !== 'other' || !symbolLanes.has(`${h.step},${h.col}`));

  const pelaksanaPerStep = cols.pelaksanaText === null ? [] : pelaksanaNamesPerStep(grid, cols.pelaksanaText, spans);
  const actorOrder = lanes.map((l) => l.name);
  const steps: StepDoc[] = spans.map((span, i) => {
    const noRaw = valueOver(grid, cols.no, { row: span.row, rowEnd: span.row });
    const cellOf = (col: number | null): string | null => (col === null ? null : a1(span.row, col));
    const marks: StepMark[] =
      cols.pelaksanaText !== null
        ? pelaksanaPerStep[i].map((name) => ({ actor: name, cell: a1(span.row, cols.pelaksanaText!), text: name }))
        : laneMarks(grid, span, i, spans.length, lanes, laneByCol, marking);
    const actors = [...new Set(marks.map((m) => m.actor))].sort(
      (x, y) => actorOrder.indexOf(x) - actorOrder.indexOf(y)
    );
    return {
      no: noRaw === null ? null : noRaw.replace(/[.)]$/, ''),
      row: span.row,
      rowEnd: span.rowEnd,
      uraian: valueOver(grid, cols.uraian, span) ?? '',
      actors,
      symbol: 'unknown' as SopSymbol,
      kelengkapan: valueOver(grid, cols.kelengkapan, span),
      output: valueOver(grid, cols.output, span),
      keterangan: valueOver(grid, cols.keterangan, span),
      waktu: null,
      cells: {
        no: cellOf(cols.no),
        uraian: a1(span.row, cols.uraian),
        kelengkapan: cellOf(cols.kelengkapan),
        waktu: cellOf(cols.waktu),
        output: cellOf(cols.output),
        keterangan: cellOf(cols.keterangan),
      },
      waktuText: valueOver(grid, cols.waktu, span),
      marks,
      symbolSource: 'none' as StepDoc['symbolSource'],
      branches: [],
      waktuRate: null,
      waktuProblem: null,
    };
  });
  steps.forEach((s, i) => settleSymbol(s, i, steps.length));
  addBranches(grid, steps, hits, lanes, cols.keterangan, table.layout.pageBreakRows);
  return steps;
}

/** The shapes whose centre lies in a step's rows and an actor lane (connectors and off-page pairs aside). */
function shapeHits(grid: Grid, spans: DetectedTable['steps'], laneByCol: Map<number, ActorLane>): ShapeHit[] {
  // Which step each table row belongs to, for placing shapes.
  const first = spans[0].row;
  const last = spans[spans.length - 1].rowEnd;
  const stepOfRow = new Int32Array(last - first + 1).fill(-1);
  spans.forEach((s, i) => {
    for (let r = s.row; r <= s.rowEnd; r++) stepOfRow[r - first] = i;
  });
  const hits: ShapeHit[] = [];
  const locator = new ShapeLocator(grid);
  for (const shape of grid.shapes) {
    if (shape.kind === 'connector' || shape.kind === 'offpage') continue;
    if (shape.to.row < first || shape.from.row > last) continue;
    const c = locator.centre(shape);
    const i = c.row >= first && c.row - first < stepOfRow.length ? stepOfRow[c.row - first] : -1;
    if (i >= 0 && laneByCol.has(c.col)) hits.push({ shape, step: i, col: c.col, row: c.row });
  }
  return hits;
}

/** The marks of step `i` in the actor lanes: its shapes (pictures included), then text typed in the lanes. */
function laneMarks(
  grid: Grid,
  span: DetectedTable['steps'][number],
  i: number,
  count: number,
  lanes: ActorLane[],
  laneByCol: Map<number, ActorLane>,
  marking: ShapeHit[]
): StepMark[] {
  const marks: StepMark[] = [];
  for (const h of marking.filter((x) => x.step === i)) {
    const sym = shapeSymbol(h.shape);
    if (sym === undefined) continue;
    const mark: StepMark = {
      actor: laneByCol.get(h.col)!.name,
      cell: a1(h.row, h.col),
      text: fold(h.shape.text),
      shapeId: h.shape.id,
    };
    // A picture ('mark') marks the actor; its symbol is inferred like a tick's.
    if (sym === 'terminator')
      mark.symbol = i === 0 ? 'start' : i === count - 1 ? 'end' : i < count / 2 ? 'start' : 'end';
    else if (sym !== 'mark') mark.symbol = sym;
    marks.push(mark);
  }
  const drawn = marks.length > 0;
  for (const lane of lanes) {
    for (let r = span.row; r <= span.rowEnd; r++) {
      const raw = cellText(grid, r, lane.col);
      if (raw.trim() === '') continue;
      const text = fold(stripMarkup(raw).text);
      if (!isMarkText(text)) continue;
      // Beside a drawn symbol, "Ya" / "Tidak" typed in a cell labels an arrow; alone, it marks the lane.
      if (drawn && isBranchLabelText(text)) continue;
      const mark: StepMark = { actor: lane.name, cell: a1(r, lane.col), text };
      const sym = markSymbol(text);
      if (sym) mark.symbol = sym;
      marks.push(mark);
    }
  }
  return marks;
}

/** A step's symbol: a drawn shape's, else a typed mark's, else inferred from its place and its Uraian. */
function settleSymbol(s: StepDoc, i: number, count: number): void {
  const shaped = s.marks.find((m) => m.shapeId !== undefined && m.symbol);
  const marked = s.marks.find((m) => m.shapeId === undefined && m.symbol);
  if (shaped) {
    s.symbol = shaped.symbol!;
    s.symbolSource = 'shape';
  } else if (marked) {
    s.symbol = marked.symbol!;
    s.symbolSource = 'mark';
  } else if (s.marks.length > 0) {
    s.symbolSource = 'inferred';
    if (i === 0) s.symbol = 'start';
    else if (i === count - 1) s.symbol = 'end';
    else if (isDecisionText(s.uraian)) s.symbol = 'decision';
    else s.symbol = 'process';
  }
}

/** Decision branches from connectors between step shapes, and from text naming a target step. */
function addBranches(
  grid: Grid,
  steps: StepDoc[],
  hits: ShapeHit[],
  lanes: ActorLane[],
  keteranganCol: number | null,
  headerBreaks: number[] = []
): void {
  const knownNos = new Set(steps.map((s) => s.no).filter((n): n is string => n !== null));
  const stepOfShape = new Map(hits.map((h) => [h.shape.id, h]));
  const byCell = new Map<string, ShapeHit[]>();
  for (const h of hits) {
    for (let r = h.shape.from.row; r <= h.shape.to.row; r++)
      for (let c = h.shape.from.col; c <= h.shape.to.col; c++) {
        const k = `${r},${c}`;
        byCell.set(k, [...(byCell.get(k) ?? []), h]);
      }
  }
  for (const conn of grid.shapes) {
    if (conn.kind !== 'connector') continue;
    let a = conn.startShapeId ? stepOfShape.get(conn.startShapeId) : undefined;
    let b = conn.endShapeId ? stepOfShape.get(conn.endShapeId) : undefined;
    if (!a || !b) {
      // No ids: the shapes at the corners of the connector's box; the decision is where it starts.
      const corners = [
        [conn.from.row, conn.from.col],
        [conn.to.row, conn.to.col],
        [conn.from.row, conn.to.col],
        [conn.to.row, conn.from.col],
      ];
      const found = [...new Set(corners.flatMap(([r, c]) => byCell.get(`${r},${c}`) ?? []))];
      if (found.length !== 2) continue;
      const d = found.find((h) => steps[h.step].symbol === 'decision');
      if (!d) continue;
      a = d;
      b = found.find((h) => h !== d);
    }
    if (!a || !b || a.step === b.step) continue;
    const from = steps[a.step];
    if (from.symbol !== 'decision') continue;
    const to = steps[b.step];
    let label = branchLabel(conn.text) ?? branchLabel(ownCaption(grid.shapes, conn)?.text ?? '');
    if (!label) label = nearbyLabel(grid, conn);
    if (!label) label = to.row > from.row ? 'ya' : 'tidak';
    from.branches.push({ label, target: stepKey(to), source: 'connector', cell: a1(a.row, a.col) });
  }
  // Through off-page connectors: into one pentagon, on from its partner (./offpage).
  for (const t of branchesThroughOffpage(grid, steps, hits, headerBreaks, (i) => steps[i].symbol === 'decision')) {
    const from = steps[t.from.step];
    const to = steps[t.to.step];
    const label =
      branchLabel(t.into.text) ??
      nearbyLabel(grid, t.into) ??
      branchLabel(t.outOf.text) ??
      nearbyLabel(grid, t.outOf) ??
      (to.row > from.row ? 'ya' : 'tidak');
    const target = stepKey(to);
    if (!from.branches.some((x) => x.label === label && x.target === target))
      from.branches.push({ label, target, source: 'connector', cell: a1(t.from.row, t.from.col) });
  }
  for (const s of steps) {
    const cells: string[] = [];
    if (keteranganCol !== null) for (let r = s.row; r <= s.rowEnd; r++) cells.push(a1(r, keteranganCol));
    for (const l of lanes) for (let r = s.row; r <= s.rowEnd; r++) cells.push(a1(r, l.col));
    for (const cell of [...new Set(cells)]) {
      const { row, col } = parseCell(cell);
      const raw = cellText(grid, row, col);
      if (raw.trim() === '') continue;
      for (const b of branchesInText(fold(stripMarkup(raw).text), s.no, knownNos, cell)) {
        if (!s.branches.some((x) => x.label === b.label && x.target === b.target)) s.branches.push(b);
      }
    }
    if (s.symbol === 'decision') {
      // A decision may name its targets in its own Uraian ("... jika tidak sesuai kembali ke langkah 3").
      for (const b of branchesInText(s.uraian, s.no, knownNos, s.cells.uraian, true)) {
        if (!s.branches.some((x) => x.label === b.label && x.target === b.target)) s.branches.push(b);
      }
    }
  }
  inferReworkBranches(steps);
}

/**
 * A review with rework written only in words ("Pemeriksaan draft (lakukan perbaikan jika terdapat
 * koreksi)"), where no arrow was drawn and no note names the target: its "tidak" answer returns to the
 * step before, the work under review. The branch says it was inferred, so the check can tell the user.
 */
function inferReworkBranches(steps: StepDoc[]): void {
  steps.forEach((s, i) => {
    if (i === 0 || s.symbol !== 'decision' || s.symbolSource === 'shape') return;
    if (s.branches.some((b) => b.label === 'tidak') || !isReworkText(s.uraian)) return;
    s.branches.push({ label: 'tidak', target: stepKey(steps[i - 1]), source: 'inferred', cell: s.cells.uraian });
  });
}

function parseCell(cell: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

/**
 * A "Ya" / "Tidak" written in a cell or a text box over a connector. Labels inside the connector's own
 * box count first: a decision's two arrows often leave side by side (Ya on to the next lane, Tidak
 * forward past it to a closing step), so the margin around one arrow holds the other's caption too.
 * Only when nothing inside labels it is the one-cell margin around the box read.
 */
function nearbyLabel(grid: Grid, conn: GridShape): 'ya' | 'tidak' | null {
  // Alur names a connector's caption after it ("Alur:A11:tidak.s4.s7:label"): that one says it first.
  const named = branchLabel(ownCaption(grid.shapes, conn)?.text ?? '');
  return named ?? labelAround(grid, conn, 0) ?? labelAround(grid, conn, 1);
}

/** The single branch label in the connector's box widened by `margin` cells, or null (none or both). */
function labelAround(grid: Grid, conn: GridShape, margin: number): 'ya' | 'tidak' | null {
  const labels = new Set<'ya' | 'tidak'>();
  for (let r = conn.from.row - margin; r <= conn.to.row + margin; r++) {
    for (let c = Math.max(1, conn.from.col - margin); c <= conn.to.col + margin; c++) {
      const t = cellText(grid, r, c);
      if (t && t.length <= 24) {
        const l = branchLabel(t);
        if (l) labels.add(l);
      }
    }
  }
  for (const s of grid.shapes) {
    if (s.kind === 'connector' || !s.text || s.text.length > 24) continue;
    if (
      s.from.row >= conn.from.row - margin &&
      s.to.row <= conn.to.row + margin &&
      s.from.col >= conn.from.col - margin &&
      s.to.col <= conn.to.col + margin
    ) {
      const l = branchLabel(s.text);
      if (l) labels.add(l);
    }
  }
  return labels.size === 1 ? [...labels][0] : null;
}
