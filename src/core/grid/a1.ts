/**
 * A1 addresses and cell ranges: "D15" <-> (row 15, column 4), "A14:K31" <-> a CellRange. Rows and
 * columns are 1-based, as in Excel. Needs nothing else of the grid; re-exported by ./index.
 */

/** A rectangle of cells, 1-based and inclusive on both ends. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 1 -> "A", 27 -> "AA". */
export function colLetter(col: number): string {
  if (!Number.isInteger(col) || col < 1) throw new RangeError(`bad column number ${col}`);
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" -> 1, "AA" -> 27 (case-insensitive). */
export function colNumber(letters: string): number {
  const s = letters.toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(s)) throw new RangeError(`bad column letters ${letters}`);
  let n = 0;
  for (const ch of s) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** (15, 4) -> "D15". */
export function a1(row: number, col: number): string {
  return `${colLetter(col)}${row}`;
}

/** "D15" -> {row: 15, col: 4}; also accepts "$D$15" and a sheet prefix ("Sheet1!D15"). */
export function parseA1(address: string): { row: number; col: number } {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const m = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]*)$/.exec(bare.trim());
  if (!m) throw new RangeError(`bad cell address ${address}`);
  return { row: Number(m[2]), col: colNumber(m[1]) };
}

/** A range as "A14:K31" (a single cell as "A14:A14" stays a range). */
export function rangeA1(range: CellRange): string {
  return `${a1(range.top, range.left)}:${a1(range.bottom, range.right)}`;
}

/** "A14:K31" (or a single cell) -> CellRange. */
export function parseRangeA1(address: string): CellRange {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a, b] = bare.split(':');
  const p = parseA1(a);
  const q = b ? parseA1(b) : p;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

export function inRange(range: CellRange, row: number, col: number): boolean {
  return row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;
}
