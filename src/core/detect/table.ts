/**
 * Finds the flowchart tables of a sheet and works out each column's role and where each step starts
 * and ends. Real sheets vary a lot: one to three header rows, merged group labels ("Pelaksana" over
 * the actor lanes, "Mutu Baku" / "MUTU BUKU" over Kelengkapan, Waktu, Output), a row of column numbers,
 * labels shifted against the data, the header repeated for a new printed page, steps continued over
 * several rows, blank rows inside the table. Everything here reads the grid only.
 */
import { a1, cellText, type CellRange, type Grid } from '../grid';
import type { TableColumns, TableLayout } from '../model';
import { plainText } from '../text';
import {
  headerRole,
  IDENTITY_HINT,
  identityLabel,
  isSignatureLine,
  LINE_HINT,
  isSopTitle,
  URAIAN_HINT,
  waktuUnit,
  type ColumnRole,
} from './labels';

/** One step's rows inside a table: `row` is its first line, `rowEnd` its last. */
export interface StepSpan {
  row: number;
  rowEnd: number;
}

/** A table found on the sheet: its layout, the step spans, and the actor lane names from the header. */
export interface DetectedTable {
  layout: TableLayout;
  steps: StepSpan[];
  /** Actor lane names, one per `layout.columns.actors` entry, and the cell holding each. */
  actorNames: { name: string; col: number; headerCell: string }[];
}

/** A row that opens a table header: where its Uraian and No labels are. */
export interface HeaderCandidate {
  row: number;
  uraianCol: number;
  noCol: number | null;
}

/** How many blank rows a table may hold before what follows no longer belongs to it. */
const MAX_BLANK_GAP = 5;
const MAX_HEADER_ROWS = 3;
const TIME_LIKE =
  /\d\s*(?:[.,]\d+)?\s*(?:(?:-|–|s\.?\s*d\.?|sampai)\s*\d+\s*)?(?:x\s*24\s*)?(?:menit|mnt|min|jam|hari|hr|hk|minggu|mgg|bulan|bln|detik)\b/i;

/** Plain text of a cell (markup removed, white space folded). */
export function plain(grid: Grid, row: number, col: number): string {
  const t = cellText(grid, row, col);
  return t === '' ? '' : plainText(t);
}

function rowWidth(grid: Grid, row: number): number {
  return grid.text[row - 1]?.length ?? 0;
}

/** Whether a row holds no text at all between two columns. */
function rowBlank(grid: Grid, row: number, left: number, right: number): boolean {
  const r = grid.text[row - 1];
  if (!r) return true;
  const end = Math.min(right, r.length);
  for (let c = left; c <= end; c++) if ((r[c - 1] ?? '').trim() !== '') return false;
  return true;
}

/**
 * Every row that opens a flowchart table header: an Uraian-like label with a No label to its left, and
 * a Pelaksana / Mutu Baku group (or one of their sub-labels) in that row or the next one. Linear in cells.
 */
export function findHeaderCandidates(grid: Grid): HeaderCandidate[] {
  const out: HeaderCandidate[] = [];
  let shapeCells: Set<string> | undefined;
  let ones: number[] | undefined;
  for (let r = 1; r <= grid.text.length; r++) {
    const cells = grid.text[r - 1];
    if (!cells) continue;
    // The No label first (short cells only): most rows of a sheet have none and are skipped at once.
    let noCol: number | null = null;
    for (let c = 1; c <= cells.length && noCol === null; c++) {
      const v = cells[c - 1];
      if (v && v.length <= 12 && /^\W*n/i.test(v) && headerRole(v) === 'no') noCol = c;
    }
    let found = false;
    if (noCol !== null) {
      for (let c = noCol + 1; c <= cells.length; c++) {
        const t = cells[c - 1];
        if (!t || t.length > 60 || !URAIAN_HINT.test(t) || headerRole(t) !== 'uraian') continue;
        if (hasGroupLabels(grid, r, c)) {
          out.push({ row: r, uraianCol: c, noCol });
          found = true;
        }
        break;
      }
    }
    if (found) continue;
    // No known labels: a header row whose structure says "flowchart table" (issue 13). Only rows with a
    // step "1" (or "(1)") right under them, in one of the leftmost columns, are looked at.
    ones ??= stepOneColumns(grid);
    let near = 0;
    for (let k = r + 1; k <= r + MAX_HEADER_ROWS + 1 && k <= grid.text.length; k++) near |= ones[k - 1];
    if (near === 0) continue;
    shapeCells ??= coveredCells(grid);
    const cand = structuralCandidate(grid, r, shapeCells, near);
    if (cand) out.push(cand);
  }
  return out;
}

/** Cells under a symbol (not a connector), as "row,col" keys, for "cells that hold marks or shapes". */
function coveredCells(grid: Grid): Set<string> {
  const out = new Set<string>();
  for (const s of grid.shapes ?? []) {
    if (s.kind === 'connector' || !s.from || !s.to) continue;
    for (let r = s.from.row; r <= s.to.row; r++) for (let c = s.from.col; c <= s.to.col; c++) out.add(`${r},${c}`);
  }
  return out;
}

/** Leftmost columns searched for a number column in the structural reading. */
const STRUCT_NO_REACH = 8;

/** Per row, a bit mask of the leftmost columns holding a step "1", "1." or "(1)". One pass over the grid. */
function stepOneColumns(grid: Grid): number[] {
  return grid.text.map((cells) => {
    let mask = 0;
    if (!cells) return mask;
    for (let c = 1; c <= Math.min(cells.length, STRUCT_NO_REACH); c++) {
      const v = cells[c - 1];
      if (v && v.length <= 6 && /^\s*\(?1[.)]?\s*$/.test(v)) mask |= 1 << c;
    }
    return mask;
  });
}
/** Rows looked at under a header for its steps, in the structural reading. */
const STRUCT_STEP_ROWS = 40;

/** A cell an actor lane may hold: empty, a marker (`√`, `X`, `Mulai`, `{ }`), never running text. */
function markLike(text: string): boolean {
  return text.length <= 12 && text.split(/\s+/).length <= 2;
}

/**
 * A header row read from the table's structure alone, whatever its labels say: a short label over a
 * column whose rows below hold step numbers counting up from 1 (at least two steps), the next labelled
 * column holding running text (the Uraian), and right of it a block of labelled columns whose step cells
 * hold only marks or shapes (the actor lanes) followed by a column of times (Waktu). Returns null when
 * any part is missing, so ordinary rows of text never start a table.
 */
function structuralCandidate(grid: Grid, row: number, shapeCells: Set<string>, ones: number): HeaderCandidate | null {
  const cells = grid.text[row - 1];
  if (!cells) return null;
  for (let c = 1; c <= Math.min(cells.length, STRUCT_NO_REACH); c++) {
    // A step "1" (or a column-number row) within the rows right under the header, in this column.
    if ((ones & (1 << c)) === 0) continue;
    const head = (cells[c - 1] ?? '').trim();
    if (head === '' || head.length > 12 || isStepNumber(head)) continue;
    // The step rows: numbers counting up from 1 below the header (a number row and sub-labels allowed).
    const stepRows: number[] = [];
    let expected = 1;
    let r = row + 1;
    for (; r <= Math.min(grid.text.length, row + STRUCT_STEP_ROWS); r++) {
      if (stepRows.length === 0 && r - row > MAX_HEADER_ROWS + 1) break;
      const raw = cellText(grid, r, c);
      if (raw.length > 12) break; // running text: no step number (checked before any markup is removed)
      const t = raw.trim() === '' ? '' : plainText(raw);
      if (t === '') continue;
      // A column-number row ("(1) (2) ..." or "1 2 3 ...") under the header is not a step.
      if (stepRows.length === 0 && /^\(?\d{1,2}\)?$/.test(t) && isNumberRow(grid, r)) continue;
      if (!isStepNumber(t) || leadingNumber(t) !== expected) break;
      stepRows.push(r);
      expected++;
    }
    if (stepRows.length < 2) continue;
    // The Uraian: the next labelled column, holding running text on the steps.
    let uraianCol: number | null = null;
    for (let u = c + 1; u <= Math.min(cells.length, c + 2); u++) {
      if (plain(grid, row, u) === '') continue;
      const texts = stepRows.map((s) => plain(grid, s, u));
      if (texts.every((t) => t.length >= 8 && /[a-z]{3}/i.test(t))) uraianCol = u;
      break;
    }
    if (uraianCol === null) return null;
    // Right of it: labelled columns, an actor block (marks or shapes only) and a column of times.
    let lanes = 0;
    let waktu = false;
    const width = Math.max(rowWidth(grid, row), rowWidth(grid, row + 1));
    for (let k = uraianCol + 1; k <= width; k++) {
      const label = plain(grid, row, k) || plain(grid, row + 1, k);
      if (label === '' || label.length > 40) continue;
      const texts = stepRows.map((s) => plain(grid, s, k));
      const times = texts.filter((t) => TIME_LIKE.test(t)).length;
      if (headerRole(label) === 'waktu' || times * 2 >= stepRows.length) {
        waktu = true;
        break;
      }
      const marked = stepRows.some((s, i) => shapeCells.has(`${s},${k}`) || texts[i] !== '');
      if (marked && texts.every(markLike)) lanes++;
    }
    return lanes > 0 && waktu ? { row, uraianCol, noCol: c } : null;
  }
  return null;
}

function hasGroupLabels(grid: Grid, row: number, uraianCol: number): boolean {
  for (const r of [row, row + 1]) {
    const cells = grid.text[r - 1] ?? [];
    for (let c = uraianCol + 1; c <= cells.length; c++) {
      const v = cells[c - 1];
      if (!v || v.length > 60) continue;
      const role = headerRole(v);
      if (role && role !== 'no' && role !== 'uraian') return true;
    }
  }
  return false;
}

/** A row of column numbers under the header: "1 2 3 ... 10", at least three, counting up by one. */
function isNumberRow(grid: Grid, row: number): boolean {
  const cells = grid.text[row - 1];
  if (!cells) return false;
  const nums: number[] = [];
  for (const v of cells) {
    const t = (v ?? '').trim();
    if (t === '') continue;
    if (!/^\(?\d{1,2}\)?$/.test(t)) return false;
    nums.push(Number(t.replace(/[()]/g, '')));
  }
  if (nums.length < 3) return false;
  return nums.every((n, i) => i === 0 || n === nums[i - 1] + 1);
}

/** A step number as written: "1", "1.", "2)", "3a", "1.2". */
export function isStepNumber(text: string): boolean {
  return /^\d{1,3}(?:\.\d{1,2})?[a-z]?[.)]?$/i.test(text);
}

/** The number a step number starts with, for "does the numbering continue" checks. */
function leadingNumber(text: string): number {
  const m = /^\d+/.exec(text);
  return m ? Number(m[0]) : NaN;
}

interface HeaderBlock {
  rows: number[];
  labelRows: number[];
}

/** The header rows from `row` on: the label row, up to two more label rows, and a column-number row. */
function headerBlock(grid: Grid, row: number, noCol: number | null, uraianCol: number): HeaderBlock {
  const rows = [row];
  const labelRows = [row];
  for (let r = row + 1; r < row + MAX_HEADER_ROWS && r <= grid.text.length; r++) {
    if (isNumberRow(grid, r)) {
      rows.push(r);
      break; // the number row is always the last header row
    }
    const noText = noCol ? plain(grid, r, noCol) : '';
    const uraianText = plain(grid, r, uraianCol);
    if (noText !== '' || uraianText !== '') break;
    if (rowBlank(grid, r, uraianCol + 1, rowWidth(grid, r))) break;
    rows.push(r);
    labelRows.push(r);
  }
  return { rows, labelRows };
}

const VALUE_ROLES: ColumnRole[] = ['kelengkapan', 'waktu', 'output', 'keterangan'];

/** Column roles from the header labels (the lowest label of each column wins). */
function columnsFromHeader(
  grid: Grid,
  cand: HeaderCandidate,
  block: HeaderBlock
): {
  columns: TableColumns;
  actorNames: DetectedTable['actorNames'];
  headerCells: Record<string, string>;
  right: number;
  waktuUnit: string | null;
} {
  const top = block.labelRows[0];
  const sub = block.labelRows.slice(1);
  let width = 0;
  for (const r of block.labelRows) width = Math.max(width, rowWidth(grid, r));
  const headerCells: Record<string, string> = {};
  headerCells.uraian = a1(top, cand.uraianCol);
  if (cand.noCol) headerCells.no = a1(top, cand.noCol);

  /** The label of a column: the lowest non-empty label row, and which row that was. */
  const labelOf = (c: number): { text: string; row: number } | null => {
    for (let i = block.labelRows.length - 1; i >= 0; i--) {
      const r = block.labelRows[i];
      const t = plain(grid, r, c);
      if (t) return { text: t, row: r };
    }
    return null;
  };

  const roleCols: Partial<Record<ColumnRole, number>> = {};
  const named: { col: number; text: string; row: number }[] = [];
  let pelaksanaCol: number | null = null;
  let unit: string | null = null;
  for (let c = cand.uraianCol + 1; c <= width; c++) {
    // Group labels in the top row (Pelaksana, Mutu Baku) are recorded for findings.
    const topText = plain(grid, top, c);
    const topRole = topText ? headerRole(topText) : null;
    if (topRole === 'pelaksana') {
      pelaksanaCol ??= c;
      headerCells.pelaksana ??= a1(top, c);
    }
    if (topRole === 'mutuBaku') headerCells.mutuBaku ??= a1(top, c);
    const label = labelOf(c);
    if (!label) continue;
    const role = headerRole(label.text);
    // Under a group label, "Pelaksana" is the name of an actor (seed 000 has an actor called so).
    const isSub = label.row !== top;
    if (role && VALUE_ROLES.includes(role)) {
      if (roleCols[role] === undefined) {
        roleCols[role] = c;
        headerCells[role] = a1(label.row, c);
        if (role === 'waktu') unit = waktuUnit(label.text);
      }
      continue;
    }
    if (role === 'mutuBaku' || (role === 'pelaksana' && !isSub)) continue;
    named.push({ col: c, text: label.text, row: label.row });
  }

  // Actor lanes: named columns left of the first Mutu Baku column.
  const valueCols = VALUE_ROLES.map((r) => roleCols[r]).filter((c): c is number => c !== undefined);
  const firstValueCol = valueCols.length ? Math.min(...valueCols) : Infinity;
  const lanes = named.filter(
    (n) => n.col < firstValueCol && (sub.length === 0 || n.row !== top || n.col !== pelaksanaCol)
  );
  const actorNames = lanes.map((n) => ({ name: n.text, col: n.col, headerCell: a1(n.row, n.col) }));
  let pelaksanaText: number | null = null;
  if (actorNames.length === 0 && pelaksanaCol !== null) pelaksanaText = pelaksanaCol;

  // Labels shifted against the data (seed 002: KET written left of OUTPUT): SOP AP's order wins.
  if (roleCols.output !== undefined && roleCols.keterangan !== undefined && roleCols.keterangan < roleCols.output) {
    const present = VALUE_ROLES.filter((r) => roleCols[r] !== undefined);
    const cols = present.map((r) => roleCols[r]!).sort((x, y) => x - y);
    present.forEach((r, i) => (roleCols[r] = cols[i]));
  }

  let right = Math.max(cand.uraianCol, ...valueCols, ...actorNames.map((a) => a.col), pelaksanaText ?? 0);
  right = Math.max(right, width);
  return {
    columns: {
      no: cand.noCol,
      uraian: cand.uraianCol,
      actors: actorNames.map((a) => a.col),
      pelaksanaText,
      kelengkapan: roleCols.kelengkapan ?? null,
      waktu: roleCols.waktu ?? null,
      output: roleCols.output ?? null,
      keterangan: roleCols.keterangan ?? null,
    },
    actorNames,
    headerCells,
    right,
    waktuUnit: unit,
  };
}

/** Bottom row of a merged area starting at (row, col), or row itself. */
function mergedBottom(merges: Map<string, CellRange>, row: number, col: number): number {
  return merges.get(`${row},${col}`)?.bottom ?? row;
}

/** Whether a row repeats the table's header (a new printed page). */
function isHeaderRepeat(grid: Grid, row: number, cols: TableColumns): boolean {
  if (headerRole(cellText(grid, row, cols.uraian).slice(0, 60)) !== 'uraian') return false;
  return cols.no === null || headerRole(cellText(grid, row, cols.no).slice(0, 12)) === 'no';
}

/** Whether any cell of a row ends a table: a signature or date line, a new SOP's title or identity label. */
function endsTable(grid: Grid, row: number, left: number, right: number): boolean {
  const cells = grid.text[row - 1] ?? [];
  for (let c = left; c <= Math.min(right, cells.length); c++) {
    const raw = cells[c - 1];
    if (!raw || raw.length > 400 || (!IDENTITY_HINT.test(raw) && !LINE_HINT.test(raw))) continue;
    const t = plainText(raw);
    if (isSignatureLine(t) || isSopTitle(t) || identityLabel(t)) return true;
  }
  return false;
}

/** Share of the values of a column, over the step spans, that read like a time. */
function timeShare(grid: Grid, col: number | null, steps: StepSpan[]): number {
  if (col === null || steps.length === 0) return 0;
  let hits = 0;
  for (const s of steps) if (TIME_LIKE.test(plain(grid, s.row, col))) hits++;
  return hits / steps.length;
}

/**
 * Reads the table whose header starts at `cand`: header rows, column roles, steps, repeated headers,
 * and where it ends. Returns null when no step follows the header.
 */
export function detectTable(grid: Grid, cand: HeaderCandidate, merges: Map<string, CellRange>): DetectedTable | null {
  const block = headerBlock(grid, cand.row, cand.noCol, cand.uraianCol);
  if (!stepFollows(grid, block.rows[block.rows.length - 1] + 1, cand)) return null;
  const head = columnsFromHeader(grid, cand, block);
  const cols = head.columns;
  const left = Math.min(cand.noCol ?? cand.uraianCol, cand.uraianCol);
  const right = head.right;
  const headerRows = [...block.rows];
  const pageBreakRows: number[] = [];
  const steps: StepSpan[] = [];
  const lastRow = grid.text.length;
  let numbered: boolean | null = null;
  let r = block.rows[block.rows.length - 1] + 1;

  while (r <= lastRow) {
    if (rowBlank(grid, r, left, right)) {
      // A blank gap: the table goes on only if a repeated header or the next numbered step follows.
      let next = r + 1;
      while (next <= lastRow && next - r <= MAX_BLANK_GAP && rowBlank(grid, next, left, right)) next++;
      if (next > lastRow || next - r > MAX_BLANK_GAP) break;
      if (isHeaderRepeat(grid, next, cols) || continuesNumbering(grid, next, cols, steps)) {
        r = next;
        continue;
      }
      break;
    }
    if (isHeaderRepeat(grid, r, cols)) {
      const again = headerBlock(grid, r, cols.no, cols.uraian);
      const after = again.rows[again.rows.length - 1] + 1;
      // A header followed by a step "1" after numbered steps is another table, not a new page.
      if (
        steps.length &&
        !continuesNumbering(grid, after, cols, steps) &&
        cols.no !== null &&
        plain(grid, after, cols.no) !== ''
      )
        break;
      pageBreakRows.push(r);
      headerRows.push(...again.rows);
      r = after;
      continue;
    }
    const noText = cols.no ? plain(grid, r, cols.no) : '';
    const uraianText = plain(grid, r, cols.uraian);
    if (noText !== '') {
      const sectionLetter = /^[A-Za-z][.)]?$/.test(noText) && uraianText !== '';
      if (!isStepNumber(noText) && !sectionLetter) break;
      numbered = true;
      const end = Math.max(mergedBottom(merges, r, cols.no!), mergedBottom(merges, r, cols.uraian));
      steps.push({ row: r, rowEnd: end });
      r = end + 1;
      continue;
    }
    if (endsTable(grid, r, left, right)) break;
    const last = steps[steps.length - 1];
    if (numbered !== true && uraianText !== '') {
      // A table without numbers: every row with an Uraian is a step.
      numbered = false;
      const end = mergedBottom(merges, r, cols.uraian);
      steps.push({ row: r, rowEnd: end });
      r = end + 1;
      continue;
    }
    if (!last || last.rowEnd !== r - 1) break;
    last.rowEnd = r; // a continuation line of the step above
    r++;
  }

  if (steps.length === 0) return null;

  // Confirm the Waktu column from the data: if it holds no times but another value column does, swap.
  if (cols.waktu !== null && timeShare(grid, cols.waktu, steps) === 0) {
    for (const role of ['kelengkapan', 'output', 'keterangan'] as const) {
      const c = cols[role];
      if (c !== null && timeShare(grid, c, steps) >= 0.5) {
        cols[role] = cols.waktu;
        cols.waktu = c;
        break;
      }
    }
  }

  if (cols.waktu === null) rolesFromData(grid, cols, head, steps);

  const bottom = steps[steps.length - 1].rowEnd;
  const layout: TableLayout = {
    range: { top: cand.row, left, bottom, right },
    headerRows,
    pageBreakRows,
    columns: cols,
    waktuUnit: head.waktuUnit,
    headerCells: head.headerCells,
  };
  return { layout, steps, actorNames: head.actorNames };
}

/**
 * A table whose labels name no Waktu (`Durasi`, or no known word at all): the column of times found in
 * the data is the Waktu, and the labelled columns around it take the SOP AP order (issue 13): the text
 * column right before it is the Kelengkapan, the ones after it the Output and the Keterangan. Only lanes
 * whose step cells hold marks stay actors. Tables whose labels name a Waktu are left exactly as read.
 */
function rolesFromData(
  grid: Grid,
  cols: TableColumns,
  head: { actorNames: DetectedTable['actorNames']; headerCells: Record<string, string> },
  steps: StepSpan[]
): void {
  const laneCols = head.actorNames.map((a) => a.col);
  const waktu = laneCols.find((c) => timeShare(grid, c, steps) >= 0.5);
  if (waktu === undefined) return;
  const texty = (c: number) => steps.some((s) => !markLike(plain(grid, s.row, c)));
  const before = head.actorNames.filter((a) => a.col < waktu);
  const after = head.actorNames.filter((a) => a.col > waktu);
  cols.waktu = waktu;
  head.headerCells.waktu ??= head.actorNames.find((a) => a.col === waktu)!.headerCell;
  const last = before[before.length - 1];
  if (cols.kelengkapan === null && last && texty(last.col)) {
    cols.kelengkapan = last.col;
    head.headerCells.kelengkapan ??= last.headerCell;
    before.pop();
  }
  for (const a of after) {
    const role = cols.output === null ? 'output' : cols.keterangan === null ? 'keterangan' : null;
    if (role === null) break;
    cols[role] = a.col;
    head.headerCells[role] ??= a.headerCell;
  }
  // A Keterangan with a label no vocabulary knows, right after the Output.
  const headerRow = parseRowOf(head.headerCells.uraian);
  if (cols.keterangan === null && cols.output !== null && plain(grid, headerRow, cols.output + 1) !== '') {
    cols.keterangan = cols.output + 1;
    head.headerCells.keterangan ??= a1(headerRow, cols.output + 1);
  }
  head.actorNames.splice(0, head.actorNames.length, ...before);
  cols.actors = before.map((a) => a.col);
}

/** The row number of an A1 address. */
function parseRowOf(address: string): number {
  return Number(/\d+$/.exec(address)?.[0] ?? 0);
}

/** Cheap check before the full read: a numbered step (or an Uraian) within a few rows under the header. */
function stepFollows(grid: Grid, from: number, cand: HeaderCandidate): boolean {
  for (let r = from; r <= Math.min(grid.text.length, from + MAX_BLANK_GAP); r++) {
    const no = cand.noCol ? plain(grid, r, cand.noCol) : '';
    if (no !== '') return isStepNumber(no) || /^[A-Za-z][.)]?$/.test(no);
    if (plain(grid, r, cand.uraianCol) !== '') return true;
  }
  return false;
}

/** Whether the row holds a step whose number continues the numbering of the steps so far. */
function continuesNumbering(grid: Grid, row: number, cols: TableColumns, steps: StepSpan[]): boolean {
  if (cols.no === null) return false;
  const t = plain(grid, row, cols.no);
  if (!isStepNumber(t)) return false;
  if (steps.length === 0) return true;
  const prev = plain(grid, steps[steps.length - 1].row, cols.no);
  const a = leadingNumber(prev);
  const b = leadingNumber(t);
  return Number.isNaN(a) || b === a + 1 || b === a;
}

/** Merged areas keyed by their top-left cell ("row,col"), for quick lookups. */
export function mergeIndex(grid: Grid): Map<string, CellRange> {
  const out = new Map<string, CellRange>();
  for (const m of grid.merges) out.set(`${m.top},${m.left}`, m);
  return out;
}
