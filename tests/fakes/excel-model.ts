/**
 * The readable in-memory workbook behind the Excel API fake. Tests build it from Grids and inspect it
 * directly (`fake.sheet('SOP').cellText('B4')`, `.shapes`, `.fills`, `.selection`); the proxies in
 * excel-proxies.ts read and write it only inside context.sync(). Pure TypeScript (no Node APIs) so a
 * browser harness can bundle it.
 */
import {
  a1,
  colLeft,
  colLetter,
  colNumber,
  colWidth,
  parseA1,
  rowHeight,
  rowTop,
  type CellAnchor,
  type CellRange,
  type Grid,
} from '../../src/core/grid';
import { excelShapeOfPreset } from '../../src/excel/shapes';
import type { PageSetup } from '../../src/core/grid/page-setup';

export interface FakeLine {
  startLeft: number;
  startTop: number;
  endLeft: number;
  endTop: number;
  connectorType: 'Straight' | 'Elbow' | 'Curve';
  beginShapeId?: string;
  endShapeId?: string;
  beginArrowheadStyle: string;
  endArrowheadStyle: string;
}

export interface FakeShape {
  id: string;
  name: string;
  type: 'GeometricShape' | 'Line' | 'Image' | 'Group';
  /** Excel.GeometricShapeType ("FlowChartProcess"), null for lines and images. */
  geometricShapeType: string | null;
  left: number;
  top: number;
  width: number;
  height: number;
  text: string;
  altTextDescription: string;
  fillColor?: string;
  lineColor?: string;
  lineWeight?: number;
  lineVisible?: boolean;
  /** TextFrame alignment and the text's font (unset: Excel's defaults, left/top, 11 pt black). */
  textAlign?: string;
  textVerticalAlign?: string;
  fontSize?: number;
  fontColor?: string;
  fontBold?: boolean;
  line?: FakeLine;
}

/** One edge of a cell's border (RangeBorder): style "None" when there is none. */
export interface FakeBorder {
  style: string;
  weight: string;
  color: string;
}

/** Font and alignment of one cell, as far as the fake models them (unset: Excel's defaults). */
export interface FakeCellFormat {
  bold?: boolean;
  fontColor?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
}

/** The last column of a worksheet (XFD). */
export const MAX_COLUMNS = 16384;

export interface FakeTable {
  id: string;
  name: string;
  range: CellRange;
  hasHeaders: boolean;
  /** Table style name (Excel's default for a new table is TableStyleMedium2). */
  style?: string;
}

/** What Worksheet.pageLayout answers: Office.js names and units (margins in points). */
export interface FakePageLayoutModel {
  orientation: 'Portrait' | 'Landscape';
  paperSize: string;
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  centerHorizontally: boolean;
  centerVertically: boolean;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** Rows repeated at the top of each page, or null. */
  printTitleRows: CellRange | null;
  /** The print area, or null when none is set. */
  printArea: CellRange[] | null;
}

/** A new sheet's page layout in Excel: Letter, portrait, 100 %, "Normal" margins. */
export function defaultPageLayout(): FakePageLayoutModel {
  return {
    orientation: 'Portrait',
    paperSize: 'Letter',
    leftMargin: 50.4,
    rightMargin: 50.4,
    topMargin: 54,
    bottomMargin: 54,
    headerMargin: 21.6,
    footerMargin: 21.6,
    centerHorizontally: false,
    centerVertically: false,
    zoom: { scale: 100 },
    printTitleRows: null,
    printArea: null,
  };
}

/** Office.js paper names by Excel's paperSize code (the ones Office.js lists). */
const PAPER_NAMES: Record<number, string> = {
  1: 'Letter',
  5: 'Legal',
  8: 'A3',
  9: 'A4',
  11: 'A5',
  12: 'B4',
  13: 'B5',
  14: 'Folio',
};

/** The page layout Excel shows for a grid's page setup. */
export function pageLayoutOf(page: PageSetup): FakePageLayoutModel {
  const m = page.margins;
  return {
    orientation: page.orientation === 'landscape' ? 'Landscape' : 'Portrait',
    paperSize: PAPER_NAMES[page.paperSize ?? 1] ?? 'Letter',
    leftMargin: m.left,
    rightMargin: m.right,
    topMargin: m.top,
    bottomMargin: m.bottom,
    headerMargin: m.header,
    footerMargin: m.footer,
    centerHorizontally: page.centerHorizontally ?? false,
    centerVertically: page.centerVertically ?? false,
    zoom: page.fitToPage
      ? { horizontalFitToPages: page.fitToWidth, verticalFitToPages: page.fitToHeight }
      : { scale: page.scale },
    printTitleRows: page.titleRows
      ? { top: page.titleRows.top, bottom: page.titleRows.bottom, left: 1, right: 16384 }
      : null,
    printArea: page.printArea ? page.printArea.map((a) => ({ ...a })) : null,
  };
}

export class FakeSheet {
  /** Cell text, row-major and 0-based inside the arrays (text[r-1][c-1]). */
  text: string[][] = [];
  formulas = new Map<string, string>();
  merges: CellRange[] = [];
  colWidths: number[] = [];
  rowHeights: number[] = [];
  defaultColWidth = 48;
  defaultRowHeight = 15;
  shapes: FakeShape[] = [];
  /** Cell fills by A1 address -> "#RRGGBB". */
  fills = new Map<string, string>();
  notes = new Map<string, string>();
  /** Cell borders by "A1|EdgeTop" (only edges that were set). */
  borders = new Map<string, FakeBorder>();
  comments = new Map<string, { id: string; content: string }>();
  /** Fonts and alignment by A1 address (only cells where one was set). */
  formats = new Map<string, FakeCellFormat>();
  tables: FakeTable[] = [];
  protected = false;
  /** Worksheet.pageLayout (ExcelApi 1.9): Excel's defaults until a test sets it. Margins in points. */
  pageLayout: FakePageLayoutModel = defaultPageLayout();
  /** Rows (1-based) where a manual page break starts a new page (Worksheet.horizontalPageBreaks). */
  rowBreaks: number[] = [];

  constructor(
    readonly id: string,
    public name: string
  ) {}

  cellText(address: string): string {
    const { row, col } = parseA1(address);
    return this.textAt(row, col);
  }

  textAt(row: number, col: number): string {
    return this.text[row - 1]?.[col - 1] ?? '';
  }

  setText(row: number, col: number, value: string): void {
    while (this.text.length < row) this.text.push([]);
    const r = this.text[row - 1];
    while (r.length < col) r.push('');
    r[col - 1] = value;
  }

  colWidth(col: number): number {
    return this.colWidths[col - 1] ?? this.defaultColWidth;
  }

  rowHeight(row: number): number {
    return this.rowHeights[row - 1] ?? this.defaultRowHeight;
  }

  /** The smallest range holding every value, merge and fill, or null for a blank sheet (like Excel). */
  usedRange(valuesOnly = false): CellRange | null {
    let box: CellRange | null = null;
    const add = (r: CellRange) => {
      box = box
        ? {
            top: Math.min(box.top, r.top),
            left: Math.min(box.left, r.left),
            bottom: Math.max(box.bottom, r.bottom),
            right: Math.max(box.right, r.right),
          }
        : { ...r };
    };
    this.text.forEach((row, i) =>
      row.forEach((t, j) => {
        if (t !== '') add({ top: i + 1, left: j + 1, bottom: i + 1, right: j + 1 });
      })
    );
    if (!valuesOnly) {
      this.merges.forEach(add);
      for (const address of this.fills.keys()) {
        const { row, col } = parseA1(address);
        add({ top: row, left: col, bottom: row, right: col });
      }
    }
    return box;
  }

  /** Points from the sheet's top-left corner to a cell anchor (offsets default to `fraction` of the cell). */
  pointOf(anchor: CellAnchor, fraction: number): { x: number; y: number } {
    const grid = this.asSizes();
    return {
      x: colLeft(grid, anchor.col) + (anchor.colOffset ?? colWidth(grid, anchor.col) * fraction),
      y: rowTop(grid, anchor.row) + (anchor.rowOffset ?? rowHeight(grid, anchor.row) * fraction),
    };
  }

  /** A Grid-shaped view of the sizes, for the core's geometry helpers. */
  asSizes(): Grid {
    return {
      sheet: this.name,
      text: [],
      merges: [],
      colWidths: this.colWidths,
      rowHeights: this.rowHeights,
      defaultColWidth: this.defaultColWidth,
      defaultRowHeight: this.defaultRowHeight,
      shapes: [],
      shapesKnown: true,
    };
  }

  /**
   * A copy of everything a structural edit (inserting columns, merging, copying formats) can change,
   * and a function that puts it back: the undo of a failing batch.
   */
  saveState(): () => void {
    const saved = {
      text: this.text.map((row) => [...row]),
      formulas: new Map(this.formulas),
      merges: this.merges.map((m) => ({ ...m })),
      colWidths: [...this.colWidths],
      shapes: this.shapes.map((s) => ({ ...s, line: s.line ? { ...s.line } : undefined })),
      fills: new Map(this.fills),
      notes: new Map(this.notes),
      borders: new Map(this.borders),
      comments: new Map(this.comments),
      formats: new Map(this.formats),
      tables: this.tables.map((t) => ({ ...t, range: { ...t.range } })),
    };
    return () => {
      this.text = saved.text;
      this.formulas = saved.formulas;
      this.merges = saved.merges;
      this.colWidths = saved.colWidths;
      this.shapes.splice(0, this.shapes.length, ...saved.shapes);
      this.fills = saved.fills;
      this.notes = saved.notes;
      this.borders = saved.borders;
      this.comments = saved.comments;
      this.formats = saved.formats;
      this.tables = saved.tables;
    };
  }

  /**
   * Inserts `count` whole columns before column `at`, as Excel's Range.insert(Right) on whole columns
   * does: every cell value, formula, fill, border, font, note and comment at or right of `at` moves
   * right, and formulas' references to those columns follow; merged areas and tables right of the
   * point move, those straddling it grow; column widths move with their columns; shapes are anchored
   * to cells (Excel's default "move and size with cells"), so a shape right of the point moves right by
   * the width inserted and one straddling it stretches. The new columns take the format and width of
   * the column to their left (Excel's default, xlFormatFromLeftOrAbove). The caller refuses an insert
   * that would push cells past XFD, as Excel does.
   */
  insertColumns(at: number, count: number): void {
    const x = colLeft(this.asSizes(), at);
    const leftWidth = at > 1 ? this.colWidth(at - 1) : this.defaultColWidth;
    const shift = (c: number) => (c >= at ? c + count : c);
    const shiftRect = (r: CellRange): CellRange => ({ ...r, left: shift(r.left), right: r.right >= at ? r.right + count : r.right });

    for (const row of this.text) if (row.length >= at) row.splice(at - 1, 0, ...Array<string>(count).fill(''));
    const rekey = <V>(map: Map<string, V>, copyLeft: boolean): Map<string, V> => {
      const out = new Map<string, V>();
      for (const [key, value] of map) {
        const [address, rest] = key.split('|');
        const { row, col } = parseA1(address);
        const moved = a1(row, shift(col)) + (rest !== undefined ? `|${rest}` : '');
        out.set(moved, value);
        if (copyLeft && col === at - 1) {
          for (let c = at; c < at + count; c++) out.set(a1(row, c) + (rest !== undefined ? `|${rest}` : ''), value);
        }
      }
      return out;
    };
    const formulas = new Map<string, string>();
    for (const [address, formula] of rekey(this.formulas, false)) formulas.set(address, shiftFormulaColumns(formula, at, count));
    this.formulas = formulas;
    this.fills = rekey(this.fills, true);
    this.borders = rekey(this.borders, true);
    this.formats = rekey(this.formats, true);
    this.notes = rekey(this.notes, false);
    this.comments = rekey(this.comments, false);
    this.merges = this.merges.map(shiftRect);
    for (const t of this.tables) t.range = shiftRect(t.range);

    if (this.colWidths.length >= at - 1 || leftWidth !== this.defaultColWidth) {
      while (this.colWidths.length < at - 1) this.colWidths.push(this.defaultColWidth);
      this.colWidths.splice(at - 1, 0, ...Array<number>(count).fill(leftWidth));
    }
    this.moveShapesRightOf(x, leftWidth * count);
  }

  /** Sets a column's width; shapes anchored right of its right edge move with it (Excel's anchoring). */
  setColumnWidth(col: number, width: number): void {
    const edge = colLeft(this.asSizes(), col + 1);
    const delta = width - this.colWidth(col);
    while (this.colWidths.length < col) this.colWidths.push(this.defaultColWidth);
    this.colWidths[col - 1] = width;
    if (delta !== 0) this.moveShapesRightOf(edge, delta);
  }

  /**
   * Moves every shape point at or right of `x` (points from the sheet's left edge) by `delta`: a shape
   * wholly right of it moves, one that starts left of it and ends right of it stretches. Lines move
   * each end on its own.
   */
  private moveShapesRightOf(x: number, delta: number): void {
    const move = (p: number, isEnd: boolean) => ((isEnd ? p > x : p >= x) ? p + delta : p);
    for (const s of this.shapes) {
      if (s.line) {
        const l = s.line;
        const starts = l.startLeft <= l.endLeft;
        l.startLeft = move(l.startLeft, !starts);
        l.endLeft = move(l.endLeft, starts);
        s.left = Math.min(l.startLeft, l.endLeft);
        s.width = Math.abs(l.endLeft - l.startLeft);
      } else {
        const right = move(s.left + s.width, true);
        s.left = move(s.left, false);
        s.width = right - s.left;
      }
    }
  }

  shape(nameOrId: string): FakeShape | undefined {
    return this.shapes.find((s) => s.id === nameOrId || s.name === nameOrId);
  }

  /** Cells with a note or comment, for assertions. */
  noteAt(address: string): string | undefined {
    return this.notes.get(address.replace(/\$/g, '').toUpperCase());
  }
}

export class FakeWorkbookModel {
  sheets: FakeSheet[] = [];
  /** Office.context.document.settings as saved in the document (saveAsync), and as the open pane sees them. */
  savedSettings = new Map<string, unknown>();
  settings = new Map<string, unknown>();
  activeSheetId = '';
  selection: { sheet: string; address: string } | undefined;
  private nextId = 1;

  newId(): string {
    return String(this.nextId++);
  }

  /** Makes sure later ids do not collide with ids that came from a Grid. */
  reserveId(id: string): void {
    const n = Number(id);
    if (Number.isInteger(n) && n >= this.nextId) this.nextId = n + 1;
  }

  sheet(name: string): FakeSheet {
    const s = this.findSheet(name);
    if (!s) throw new Error(`no sheet named ${name}`);
    return s;
  }

  findSheet(nameOrId: string): FakeSheet | undefined {
    const lower = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.id === nameOrId || s.name.toLowerCase() === lower);
  }

  get activeSheet(): FakeSheet {
    return this.sheets.find((s) => s.id === this.activeSheetId) ?? this.sheets[0];
  }

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(`{sheet-${this.sheets.length + 1}-${this.newId()}}`, name);
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  /** Adds a sheet holding a Grid: its text, merges, sizes and shapes placed in points. */
  addGrid(grid: Grid): FakeSheet {
    const sheet = this.addSheet(grid.sheet);
    sheet.text = grid.text.map((row) => row.map((t) => t ?? ''));
    sheet.merges = grid.merges.map((m) => ({ ...m }));
    sheet.colWidths = [...grid.colWidths];
    sheet.rowHeights = [...grid.rowHeights];
    sheet.defaultColWidth = grid.defaultColWidth;
    sheet.defaultRowHeight = grid.defaultRowHeight;
    sheet.protected = grid.protected ?? false;
    if (grid.page) sheet.pageLayout = pageLayoutOf(grid.page);
    sheet.rowBreaks = [...(grid.pageBreaks ?? [])];
    for (const g of grid.shapes) {
      this.reserveId(g.id);
      if (g.kind === 'connector') {
        // A connector runs from the middle of its first cell to the middle of its last one.
        const p = sheet.pointOf(g.from, 0.5);
        const q = sheet.pointOf(g.to, 0.5);
        sheet.shapes.push(
          lineShape(g.id, g.name, p.x, p.y, q.x, q.y, {
            beginShapeId: g.startShapeId,
            endShapeId: g.endShapeId,
            endArrowheadStyle: 'Triangle',
          })
        );
      } else {
        // A box sits inside its cells, a quarter of a cell in from the first and last cell's edges.
        const p = sheet.pointOf(g.from, 0.25);
        const q = sheet.pointOf(g.to, 0.75);
        sheet.shapes.push({
          id: g.id,
          name: g.name,
          type: g.picture ? 'Image' : 'GeometricShape',
          geometricShapeType: g.picture ? null : excelShapeOfPreset(g.geometry),
          left: p.x,
          top: p.y,
          width: q.x - p.x,
          height: q.y - p.y,
          text: g.text,
          altTextDescription: g.description ?? '',
        });
      }
    }
    return sheet;
  }

  /** The text of a cell on a sheet, e.g. workbook.cellText('SOP', 'B4'). */
  cellText(sheet: string, address: string): string {
    return this.sheet(sheet).cellText(address);
  }
}

export function lineShape(
  id: string,
  name: string,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  extra: Partial<FakeLine> = {}
): FakeShape {
  return {
    id,
    name,
    type: 'Line',
    geometricShapeType: null,
    left: Math.min(x1, x2),
    top: Math.min(y1, y2),
    width: Math.abs(x2 - x1),
    height: Math.abs(y2 - y1),
    text: '',
    altTextDescription: '',
    line: {
      startLeft: x1,
      startTop: y1,
      endLeft: x2,
      endTop: y2,
      connectorType: 'Straight',
      beginArrowheadStyle: 'None',
      endArrowheadStyle: 'None',
      ...extra,
    },
  };
}

/**
 * A formula's A1 cell references (single cells and both ends of areas, relative or $absolute, without a sheet
 * name) shifted for `count` columns inserted before column `at`, as Excel adjusts them on insert.
 * String literals are left alone. References naming a sheet are not modelled (the fake's formulas
 * are stored, not calculated).
 */
export function shiftFormulaColumns(formula: string, at: number, count: number): string {
  const shift = (letters: string) => {
    const c = colNumber(letters);
    return c >= at ? colLetter(c + count) : letters;
  };
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(?<![A-Za-z0-9_.$!'\]])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(!])/g,
            (_m, d1: string, col: string, d2: string, row: string) => `${d1}${shift(col)}${d2}${row}`
          )
    )
    .join('');
}

/** Every cell of a range as an A1 address. */
export function cellsOf(range: CellRange): string[] {
  const out: string[] = [];
  for (let r = range.top; r <= range.bottom; r++)
    for (let c = range.left; c <= range.right; c++) out.push(a1(r, c));
  return out;
}
