/**
 * Reads the identity block (Bagian Identitas) of an SOP from the rows above its table: the five text
 * fields, the SOP's name and the six lists, whatever the layout ("Label : value" in one cell, the value
 * in the next cell, a ":" cell between them; lists one item per row or all in one cell, in one or two
 * columns).
 */
import { a1, cellText, type CellRange, type Grid } from '../grid';
import type { Identity, IdentityCells, IdentityField, IdentityListField, IdentityTextField } from '../model';
import { fold, plainText, splitListItems } from '../text';
import {
  IDENTITY_HINT,
  identityLabel,
  isBareHeading,
  isSignatureLine,
  isUnitLine,
  LINE_HINT,
  titleName,
} from './labels';
import { mergeIndex } from './table';

/** A list line that starts with its number or a bullet. */
const LIST_NUMBER = /^(?:\(?\d{1,2}[.)]|\d{1,2}\s|[a-z][.)]\s|[-–•●▪◦·*])/i;

export interface IdentityResult {
  identity: Identity;
  identityCells: Partial<Record<IdentityField, IdentityCells>>;
  /** The Nama SOP / Judul SOP value, or the name read from a title line. */
  name: string | null;
  /** Every cell that holds an identity label, and every cell holding an identity value or list item. */
  labelCells: Set<string>;
  valueCells: Set<string>;
}

const LIST_FIELDS: IdentityListField[] = [
  'dasarHukum',
  'kualifikasiPelaksana',
  'keterkaitan',
  'peralatanPerlengkapan',
  'peringatan',
  'pencatatanPendataan',
];

export function emptyIdentity(): Identity {
  return {
    nomor: null,
    tanggalPembuatan: null,
    tanggalRevisi: null,
    tanggalPengesahan: null,
    disahkanOleh: null,
    dasarHukum: [],
    kualifikasiPelaksana: [],
    keterkaitan: [],
    peralatanPerlengkapan: [],
    peringatan: [],
    pencatatanPendataan: [],
  };
}

/** A value as the contract keeps it: leading ":" removed, folded, empty -> null; "-" stays "-". */
function cleanValue(text: string): string | null {
  const v = fold(text.replace(/^\s*:\s*/, ''));
  return v === '' ? null : v;
}

/** How many lines under a bare heading the SOP's name may be written. */
const NAME_REACH = 3;

/** Whether a cell is an item of a list: its number in the cell left of it, or a number in front of it. */
function isListItem(grid: Grid, row: number, col: number, plain: string): boolean {
  if (/^\(?\d{1,2}[.)]\s*\S/.test(plain)) return true;
  return col > 1 && /^\s*\(?\d{1,2}[.)]?\s*$/.test(cellText(grid, row, col - 1));
}

/** How far right of a label its value may sit (label, ":", value, with a spare empty cell). */
const VALUE_REACH = 4;
const MAX_LEADING_BLANKS = 3;

/**
 * Reads the identity block between rows `top` and `bottom` (inclusive) of the grid.
 */
export function readIdentity(grid: Grid, top: number, bottom: number): IdentityResult {
  const identity = emptyIdentity();
  const merges = mergeIndex(grid);
  const identityCells: Partial<Record<IdentityField, IdentityCells>> = {};
  const labelCells = new Set<string>();
  const valueCells = new Set<string>();
  let nama: string | null = null;
  let title: string | null = null;

  // First pass: every label cell in the block, so a list knows where the next label starts.
  const labels: { row: number; col: number; field: IdentityField; inline: string | null }[] = [];
  const labelRows = new Set<number>();
  /** The row of a bare "STANDAR OPERASIONAL PROSEDUR" heading whose name is on a line under it. */
  let headingRow: number | null = null;
  for (let r = top; r <= bottom; r++) {
    const cells = grid.text[r - 1];
    if (!cells) continue;
    for (let c = 1; c <= cells.length; c++) {
      const raw = cells[c - 1];
      if (!raw || raw.trim() === '') continue;
      const maybeLabel = IDENTITY_HINT.test(raw);
      const underHeading = title === null && headingRow !== null && r > headingRow && r <= headingRow + NAME_REACH;
      if (!maybeLabel && !underHeading && (title !== null || !LINE_HINT.test(raw))) continue;
      const p = plainText(raw);
      // A list item that starts with a label-like word ("2." | "Peralatan : printer") is an item.
      const hit = maybeLabel && !isListItem(grid, r, c, p) ? identityLabel(p) : null;
      if (hit) {
        labels.push({ row: r, col: c, field: hit.field, inline: hit.inline });
        labelRows.add(r);
        labelCells.add(a1(r, c));
      } else if (title === null) {
        if (isBareHeading(p)) {
          headingRow ??= r;
        } else if (underHeading) {
          // Not a label's value (a cover lays its labels beside the heading), a unit or a signature line.
          const words = p.split(/\s+/).filter((w) => /[a-z]{2}/i.test(w)).length;
          if (!labelRows.has(r) && words >= 2 && !isUnitLine(p) && !isSignatureLine(p)) title = fold(p);
        } else if (!/^sop\s+[^:\s]/i.test(p) || (labels.length === 0 && !isListItem(grid, r, c, p))) {
          // "SOP <name>" names the SOP only as a title above the identity block, not as a list item
          // ("Keterkaitan: SOP Pengamanan Informasi").
          title = titleName(p);
        }
      }
    }
  }

  for (const lab of labels) {
    if (identityCells[lab.field]) continue; // the first label of a field wins
    const labelCell = a1(lab.row, lab.col);
    if ((LIST_FIELDS as string[]).includes(lab.field)) {
      const field = lab.field as IdentityListField;
      const twoColumns = labels.some((o) => o.row === lab.row && o.col !== lab.col);
      const { items, firstCell } = readList(grid, lab, bottom, labelRows, valueCells, merges, twoColumns);
      identity[field] = items;
      identityCells[field] = { label: labelCell, value: firstCell };
      continue;
    }
    let value: string | null = null;
    let valueCell: string | null = null;
    if (lab.inline !== null && cleanValue(lab.inline) !== null) {
      value = cleanValue(lab.inline);
      valueCell = labelCell;
    } else {
      // The value sits to the right: the next cell, or the one after a lone ":" cell.
      const cells = grid.text[lab.row - 1] ?? [];
      for (let c = lab.col + 1; c <= Math.min(cells.length, lab.col + VALUE_REACH); c++) {
        const raw = cells[c - 1];
        if (!raw || raw.trim() === '') continue;
        if (labelCells.has(a1(lab.row, c))) break;
        const p = plainText(raw);
        valueCell = a1(lab.row, c);
        value = cleanValue(p);
        if (value !== null) break;
      }
    }
    if (valueCell && valueCell !== labelCell) valueCells.add(valueCell);
    identityCells[lab.field] = { label: labelCell, value: valueCell };
    if (lab.field === 'nama') nama = value;
    else identity[lab.field as IdentityTextField] = value;
  }

  return { identity, identityCells, name: nama ?? title, labelCells, valueCells };
}

/**
 * The items of a list label: its inline value, or the cells below it in its column (skipping blank
 * rows right under the label) until the next label row or a blank row.
 */
function readList(
  grid: Grid,
  lab: { row: number; col: number; inline: string | null },
  bottom: number,
  labelRows: Set<number>,
  valueCells: Set<string>,
  merges: Map<string, CellRange>,
  twoColumns: boolean
): { items: string[]; firstCell: string | null } {
  if (lab.inline !== null && cleanValue(lab.inline) !== null) {
    return { items: splitListItems(lab.inline), firstCell: a1(lab.row, lab.col) };
  }
  const items: string[] = [];
  let firstCell: string | null = null;
  let numbered: boolean | null = null;
  let blanks = 0;
  const spanRight = (r: number, c: number): number => merges.get(`${r},${c}`)?.right ?? c;
  const labelRight = spanRight(lab.row, lab.col);
  const pageBreaks = new Set(grid.pageBreaks ?? []);
  for (let r = lab.row + 1; r <= bottom; r++) {
    if (labelRows.has(r) || pageBreaks.has(r)) break;
    const cells = grid.text[r - 1] ?? [];
    if (cells.every((v) => !v || v.trim() === '')) {
      if (items.length || ++blanks > MAX_LEADING_BLANKS) break;
      continue;
    }
    let raw = cellText(grid, r, lab.col);
    let col = lab.col;
    // Numbering in its own column ("1." | "Peraturan ..."): the text is in the next cell.
    if (/^\s*\d{1,2}[.)]?\s*$/.test(raw) && cellText(grid, r, lab.col + 1).trim() !== '') {
      col = lab.col + 1;
      raw = cellText(grid, r, col);
    }
    if (raw.trim() === '') continue;
    // A line wider than the list's column (a title merged over both list columns) is not an item.
    if (twoColumns && spanRight(r, col) > labelRight) break;
    // After numbered items, an unnumbered line is something else (a title right under the list).
    const startsNumbered = LIST_NUMBER.test(plainText(raw));
    if (numbered === true && !startsNumbered) break;
    numbered ??= startsNumbered;
    const found = splitListItems(raw);
    if (found.length === 0) continue;
    valueCells.add(a1(r, col));
    if (col !== lab.col) valueCells.add(a1(r, lab.col));
    firstCell ??= a1(r, col);
    items.push(...found);
  }
  return { items, firstCell };
}
