/**
 * Finds the flowchart tables of a sheet and works out each column's role and where each step starts
 * and ends. Real sheets vary a lot: one to three header rows, merged group labels ("Pelaksana" over
 * the actor lanes, "Mutu Baku" / "MUTU BUKU" over Kelengkapan, Waktu, Output), a row of column numbers,
 * labels shifted against the data, the header repeated for a new printed page, steps continued over
 * several rows, blank rows inside the table. Everything here reads the grid only.
 */
import { cellText, type CellRange, type Grid } from '../grid';
import type { TableColumns, TableLayout } from '../model';
import { plainText } from '../text';
import { headerRole, IDENTITY_HINT, identityLabel, isSignatureLine, LINE_HINT, isSopTitle } from './labels';
import { isStepNumber, leadingNumber, plain, rowBlank } from './table/cells';
import { columnsFromHeader, headerBlock, rolesFromData, timeShare } from './table/columns';
import type { DetectedTable, HeaderCandidate, StepSpan } from './table/types';

export type { DetectedTable, HeaderCandidate, StepSpan } from './table/types';
export { isStepNumber, plain } from './table/cells';
export { findHeaderCandidates } from './table/header';

/** How many blank rows a table may hold before what follows no longer belongs to it. */
const MAX_BLANK_GAP = 5;

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
