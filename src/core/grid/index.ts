/**
 * The sheet snapshot the core works on. Hosts (src/excel for a live workbook, src/xlsx for a file)
 * build a Grid; the core only ever reads one. Rows and columns are 1-based, as in Excel.
 */

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

export type { PageSetup, PageMargins } from './page-setup';
import type { PageSetup } from './page-setup';
export { colLetter, colNumber, a1, parseA1, rangeA1, parseRangeA1, inRange, type CellRange } from './a1';
import type { CellRange } from './a1';

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
