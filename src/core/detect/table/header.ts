/**
 * Where tables start: the rows that open a flowchart table header, found by their labels (Uraian with a
 * No to its left and a Pelaksana / Mutu Baku group) or, for tables without such labels, by their
 * structure (a column of step numbers with an Uraian column and actor lanes of marks beside it).
 */
import { cellText, type Grid } from '../../grid';
import { plainText } from '../../text';
import { headerRole, URAIAN_HINT } from '../labels';
import {
  isNumberRow,
  isStepNumber,
  leadingNumber,
  markLike,
  MAX_HEADER_ROWS,
  plain,
  rowWidth,
  TIME_LIKE,
} from './cells';
import type { HeaderCandidate } from './types';

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
