/** How table detection reads single cells and rows: plain text, blank rows, step numbers, marks, times. */
import { cellText, type Grid } from '../../grid';
import { plainText } from '../../text';

export const MAX_HEADER_ROWS = 3;
export const TIME_LIKE =
  /\d\s*(?:[.,]\d+)?\s*(?:(?:-|–|s\.?\s*d\.?|sampai)\s*\d+\s*)?(?:x\s*24\s*)?(?:menit|mnt|min|jam|hari|hr|hk|minggu|mgg|bulan|bln|detik)\b/i;

/** Plain text of a cell (markup removed, white space folded). */
export function plain(grid: Grid, row: number, col: number): string {
  const t = cellText(grid, row, col);
  return t === '' ? '' : plainText(t);
}

export function rowWidth(grid: Grid, row: number): number {
  return grid.text[row - 1]?.length ?? 0;
}

/** Whether a row holds no text at all between two columns. */
export function rowBlank(grid: Grid, row: number, left: number, right: number): boolean {
  const r = grid.text[row - 1];
  if (!r) return true;
  const end = Math.min(right, r.length);
  for (let c = left; c <= end; c++) if ((r[c - 1] ?? '').trim() !== '') return false;
  return true;
}

/** A cell an actor lane may hold: empty, a marker (`√`, `X`, `Mulai`, `{ }`), never running text. */
export function markLike(text: string): boolean {
  return text.length <= 12 && text.split(/\s+/).length <= 2;
}

/** A row of column numbers under the header: "1 2 3 ... 10", at least three, counting up by one. */
export function isNumberRow(grid: Grid, row: number): boolean {
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
export function leadingNumber(text: string): number {
  const m = /^\d+/.exec(text);
  return m ? Number(m[0]) : NaN;
}

/** The row number of an A1 address. */
export function parseRowOf(address: string): number {
  return Number(/\d+$/.exec(address)?.[0] ?? 0);
}
