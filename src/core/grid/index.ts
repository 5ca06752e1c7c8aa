/**
 * The sheet snapshot the core works on. Hosts (src/excel for a live workbook, src/xlsx for a file)
 * build a Grid; the core only ever reads one. Rows and columns are 1-based, as in Excel.
 */

/** A rectangle of cells, 1-based and inclusive on both ends. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** What a shape drawn over the sheet is, as far as an SOP flowchart is concerned. */
export type ShapeKind = 'terminator' | 'process' | 'decision' | 'offpage' | 'connector' | 'other';

/** A position inside the sheet: the cell, plus an offset in points from that cell's top-left corner. */
export interface CellAnchor {
  row: number;
  col: number;
  /** Offset inside the cell, in points. */
  rowOffset?: number;
  colOffset?: number;
}

export interface GridShape {
  /** Host id (Excel shape id, or the drawing's cNvPr id in an .xlsx). */
  id: string;
  /** Shape name as the host knows it ("Alur:step:3", "Flowchart: Process 12", ...). */
  name: string;
  kind: ShapeKind;
  /** The DrawingML preset geometry or Excel's shape type, as read (e.g. "flowChartProcess", "rect"). */
  geometry: string;
  /** Text inside the shape, white space folded. */
  text: string;
  /** Top-left and bottom-right cell the shape covers. */
  from: CellAnchor;
  to: CellAnchor;
  /** For connectors: the ids of the shapes it joins, where the file or host says so. */
  startShapeId?: string;
  endShapeId?: string;
  /** Alternative text (description), where known. */
  description?: string;
  /** A picture (<xdr:pic>, or an Excel shape of type Image): its kind comes from core/grid/vocabulary. */
  picture?: boolean;
  /** A text box (<xdr:cNvSpPr txBox="1">): a label, never a mark. */
  textBox?: boolean;
}

export interface Grid {
  /** Sheet name. */
  sheet: string;
  /**
   * Cell text as the user sees it (formatted), row-major: text[r - 1][c - 1] is the cell at row r,
   * column c. Rows may be shorter than the widest row; a missing entry is an empty cell.
   */
  text: string[][];
  /** Merged areas. Only the top-left cell of a merged area holds text. */
  merges: CellRange[];
  /** Column widths in points, index c - 1; missing entries use defaultColWidth. */
  colWidths: number[];
  /** Row heights in points, index r - 1; missing entries use defaultRowHeight. */
  rowHeights: number[];
  defaultColWidth: number;
  defaultRowHeight: number;
  /** Shapes over the sheet (empty when the host cannot read them). */
  shapes: GridShape[];
  /** Whether the host could read shapes at all (false on old Excel without ExcelApi 1.9). */
  shapesKnown: boolean;
  /** True when the sheet is protected (drawing and fixing will be refused by the host). */
  protected?: boolean;
  /** Rows (1-based) where a manual page break starts a new printed page, where known. */
  pageBreaks?: number[];
  /**
   * The sheet's page setup (paper, orientation, margins, zoom or fit-to-pages, print titles, print
   * area), where the host read it: `printedPageBreaks` (./pagination) adds the automatic breaks it gives.
   */
  page?: PageSetup;
  /** False when the host could not read the page setup (old Excel): printed breaks are the manual ones only. */
  pageKnown?: boolean;
}

export type { PageSetup, PageMargins } from './pagination';
import type { PageSetup } from './pagination';

export const DEFAULT_COL_WIDTH = 48; // points: 8.43 characters of Calibri 11
export const DEFAULT_ROW_HEIGHT = 15; // points

export function emptyGrid(sheet: string): Grid {
  return {
    sheet,
    text: [],
    merges: [],
    colWidths: [],
    rowHeights: [],
    defaultColWidth: DEFAULT_COL_WIDTH,
    defaultRowHeight: DEFAULT_ROW_HEIGHT,
    shapes: [],
    shapesKnown: true,
  };
}

/** Number of rows that hold anything. */
export function rowCount(grid: Grid): number {
  return grid.text.length;
}

/** Width of the widest row. */
export function colCount(grid: Grid): number {
  let max = 0;
  for (const row of grid.text) if (row && row.length > max) max = row.length;
  return max;
}

/** The text of a cell ("" when empty or outside the grid). */
export function cellText(grid: Grid, row: number, col: number): string {
  const r = grid.text[row - 1];
  if (!r) return '';
  return r[col - 1] ?? '';
}

/** The merged area a cell belongs to, or undefined. */
export function mergeAt(grid: Grid, row: number, col: number): CellRange | undefined {
  for (const m of grid.merges) {
    if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return m;
  }
  return undefined;
}

export function colWidth(grid: Grid, col: number): number {
  return grid.colWidths[col - 1] ?? grid.defaultColWidth;
}

export function rowHeight(grid: Grid, row: number): number {
  return grid.rowHeights[row - 1] ?? grid.defaultRowHeight;
}

/** Distance in points from the sheet's left edge to the left edge of a column. */
export function colLeft(grid: Grid, col: number): number {
  let x = 0;
  for (let c = 1; c < col; c++) x += colWidth(grid, c);
  return x;
}

/** Distance in points from the sheet's top edge to the top edge of a row. */
export function rowTop(grid: Grid, row: number): number {
  let y = 0;
  for (let r = 1; r < row; r++) y += rowHeight(grid, r);
  return y;
}

// ---------------------------------------------------------------------------------------------
// A1 addresses

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

/** Fold white space the way the contract asks: trim, and runs of white space become one space. */
export function fold(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * Build a grid from rows of text (tests, fixtures): `gridFromRows('Sheet1', [['No', 'Uraian'], ...])`.
 */
export function gridFromRows(
  sheet: string,
  rows: (string | number | null | undefined)[][],
  extra: Partial<Grid> = {}
): Grid {
  const g = emptyGrid(sheet);
  g.text = rows.map((r) => r.map((v) => (v === null || v === undefined ? '' : String(v))));
  return { ...g, ...extra };
}
