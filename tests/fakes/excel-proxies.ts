/**
 * The Excel object model subset Alur uses, as fake proxies over the FakeWorkbookModel. Member names,
 * API-set versions and shapes of results follow @types/office-js; scalar properties are checked
 * against Excel's own declarations with `implements Pick<Excel.X, ...>`.
 */
import { a1, colLeft, colNumber, parseA1, parseRangeA1, rowTop, type CellRange } from '../../src/core/grid';
import {
  cellsOf,
  lineShape,
  MAX_COLUMNS,
  type FakeCellFormat,
  type FakeShape as ShapeModel,
  type FakeSheet,
  type FakeTable,
} from './excel-model';
import { isEnumValue } from './excel-enums';
import {
  checkEnum,
  clientResult,
  FakeCollection,
  FakeObject,
  FakeOfficeError,
  invalidEnum,
  type FakeClientResult,
  type FakeHost,
  type FakeRequestContext,
  type Scalar,
} from './excel-runtime';

/** Sheet names with anything but letters, digits, _ and . are quoted in addresses, as Excel does. */
export function qualified(sheet: string, range: CellRange): string {
  const name = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  const single = range.top === range.bottom && range.left === range.right;
  return `${name}!${single ? a1(range.top, range.left) : `${a1(range.top, range.left)}:${a1(range.bottom, range.right)}`}`;
}

/** The last row of a worksheet. */
const MAX_ROWS = 1048576;

/**
 * An address as Worksheet.getRange takes it: a cell or area ("B4", "B4:G9"), whole columns ("D:G")
 * or whole rows ("4:5"), with or without a sheet name.
 */
export function parseAddress(address: string): CellRange {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const columns = /^\$?([A-Za-z]{1,3})(?::\$?([A-Za-z]{1,3}))?$/.exec(bare);
  if (columns) {
    const a = colNumber(columns[1]);
    const b = colNumber(columns[2] ?? columns[1]);
    return { top: 1, bottom: MAX_ROWS, left: Math.min(a, b), right: Math.max(a, b) };
  }
  const rows = /^\$?(\d+)(?::\$?(\d+))?$/.exec(bare);
  if (rows) {
    const a = Number(rows[1]);
    const b = Number(rows[2] ?? rows[1]);
    return { top: Math.min(a, b), bottom: Math.max(a, b), left: 1, right: MAX_COLUMNS };
  }
  return parseRangeA1(bare);
}

function localAddress(range: CellRange): string {
  return qualified('x', range).slice(2);
}

function intersects(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && a.bottom >= b.top && a.left <= b.right && a.right >= b.left;
}

function union(a: CellRange, b: CellRange): CellRange {
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

/** Snapshot of some cells' text and formulas, for undo. */
function snapshot(sheet: FakeSheet, range: CellRange): () => void {
  const saved = cellsOf(range).map((addr) => {
    const { top: row, left: col } = parseRangeA1(addr);
    return { row, col, addr, text: sheet.textAt(row, col), formula: sheet.formulas.get(addr) };
  });
  return () => {
    for (const s of saved) {
      if (s.text !== '' || sheet.textAt(s.row, s.col) !== '') sheet.setText(s.row, s.col, s.text);
      if (s.formula === undefined) sheet.formulas.delete(s.addr);
      else sheet.formulas.set(s.addr, s.formula);
    }
  };
}

function displayText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

function rawValue(text: string): string | number {
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

// ------------------------------------------------------------------------------------------------
// Workbook and worksheets

export class FakeWorkbook extends FakeObject<true> implements Pick<Excel.Workbook, 'name'> {
  protected readonly entity = 'Workbook';
  constructor(context: FakeRequestContext) {
    super(context, () => true);
  }
  protected override scalars(): Record<string, Scalar<true>> {
    return { name: { set: '1.7', get: () => 'Book1.xlsx' } };
  }
  protected override navigations(): string[] {
    return ['worksheets', 'notes', 'comments'];
  }
  get name(): string {
    return this.read('name');
  }
  get worksheets(): FakeWorksheetCollection {
    return this.nav('worksheets', () => new FakeWorksheetCollection(this.context));
  }
  get notes(): FakeNoteCollection {
    this.host.need('1.18', 'Workbook.notes');
    return this.nav('notes', () => new FakeNoteCollection(this.context, () => this.host.model.sheets));
  }
  get comments(): FakeCommentCollection {
    this.host.need('1.10', 'Workbook.comments');
    return this.nav('comments', () => new FakeCommentCollection(this.context, () => this.host.model.sheets));
  }
  /** The selected range (the fake's selection, or A1 of the active sheet). */
  getSelectedRange(): FakeRange {
    const model = this.host.model;
    const sheet = new FakeWorksheet(
      this.context,
      () => model.findSheet(model.selection?.sheet ?? '') ?? model.activeSheet
    );
    return new FakeRange(this.context, sheet, () =>
      model.selection ? parseRangeA1(model.selection.address) : parseRangeA1('A1')
    );
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeSheet, FakeWorksheet> {
  protected readonly entity = 'WorksheetCollection';
  constructor(context: FakeRequestContext) {
    super(context, () => context.host.model.sheets);
  }
  protected makeItem(locate: () => FakeSheet | null): FakeWorksheet {
    return new FakeWorksheet(this.context, locate);
  }
  protected idOf(sheet: FakeSheet): string {
    return sheet.id;
  }
  getItem(key: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.context, () => this.host.model.findSheet(key) ?? null);
    this.context.enqueue('lookup', () => void ws.target());
    return ws;
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    this.host.need('1.4', 'WorksheetCollection.getItemOrNullObject');
    return new FakeWorksheet(this.context, () => this.host.model.findSheet(key) ?? null, true);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.host.model.activeSheet);
  }
  add(name?: string): FakeWorksheet {
    const model = this.host.model;
    const handle: { id?: string } = {};
    this.act(() => {
      const wanted = name ?? `Sheet${model.sheets.length + 1}`;
      if (model.findSheet(wanted))
        throw new FakeOfficeError('ItemAlreadyExists', `A sheet named '${wanted}' already exists.`);
      const sheet = model.addSheet(wanted);
      handle.id = sheet.id;
      return () => {
        model.sheets.splice(model.sheets.indexOf(sheet), 1);
      };
    });
    return new FakeWorksheet(this.context, () => (handle.id ? (model.findSheet(handle.id) ?? null) : null));
  }
}

export class FakeWorksheet extends FakeObject<FakeSheet> implements Pick<Excel.Worksheet, 'name' | 'id' | 'position'> {
  protected readonly entity = 'Worksheet';
  constructor(context: FakeRequestContext, locate: () => FakeSheet | null, nullable = false) {
    super(context, locate, nullable);
  }
  protected override scalars(): Record<string, Scalar<FakeSheet>> {
    return {
      name: {
        set: '1.1',
        get: (s) => s.name,
        put: (s, v) => {
          this.host.assertWritable(s);
          const old = s.name;
          s.name = String(v);
          return () => {
            s.name = old;
          };
        },
      },
      id: { set: '1.1', get: (s) => s.id },
      position: { set: '1.1', get: (s) => this.host.model.sheets.indexOf(s) },
    };
  }
  protected override navigations(): string[] {
    return ['protection', 'shapes', 'tables', 'notes', 'comments', 'pageLayout', 'horizontalPageBreaks'];
  }
  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.write('name', v);
  }
  get id(): string {
    return this.read('id');
  }
  get position(): number {
    return this.read('position');
  }
  get protection(): FakeWorksheetProtection {
    this.host.need('1.2', 'Worksheet.protection');
    return this.nav('protection', () => new FakeWorksheetProtection(this.context, () => this.locate()));
  }
  get shapes(): FakeShapeCollection {
    this.host.need('1.9', 'Worksheet.shapes');
    return this.nav('shapes', () => new FakeShapeCollection(this.context, this));
  }
  get tables(): FakeTableCollection {
    return this.nav('tables', () => new FakeTableCollection(this.context, this));
  }
  get pageLayout(): FakePageLayout {
    this.host.need('1.9', 'Worksheet.pageLayout');
    return this.nav('pageLayout', () => new FakePageLayout(this.context, this));
  }
  get horizontalPageBreaks(): FakePageBreakCollection {
    this.host.need('1.9', 'Worksheet.horizontalPageBreaks');
    return this.nav('horizontalPageBreaks', () => new FakePageBreakCollection(this.context, () => this.locate()));
  }
  get notes(): FakeNoteCollection {
    this.host.need('1.18', 'Worksheet.notes');
    return this.nav('notes', () => new FakeNoteCollection(this.context, () => [this.target()]));
  }
  get comments(): FakeCommentCollection {
    this.host.need('1.10', 'Worksheet.comments');
    return this.nav('comments', () => new FakeCommentCollection(this.context, () => [this.target()]));
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, this, () => (address ? parseAddress(address) : parseRangeA1('A1:XFD1048576')));
  }
  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, this, () => ({
      top: row + 1,
      left: column + 1,
      bottom: row + 1,
      right: column + 1,
    }));
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    this.host.need('1.7', 'Worksheet.getRangeByIndexes');
    return new FakeRange(this.context, this, () => ({
      top: startRow + 1,
      left: startColumn + 1,
      bottom: startRow + rowCount,
      right: startColumn + columnCount,
    }));
  }
  /** A blank sheet answers A1 (ExcelApi 1.1 never returns a null object here). */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== undefined) this.host.need('1.2', 'Worksheet.getUsedRange(valuesOnly)');
    return new FakeRange(this.context, this, (s) => s.usedRange(valuesOnly) ?? parseRangeA1('A1'));
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.host.need('1.4', 'Worksheet.getUsedRangeOrNullObject');
    return new FakeRange(this.context, this, (s) => s.usedRange(valuesOnly), true);
  }
  /** Deletes the sheet (Excel refuses to delete the last visible sheet). */
  delete(): void {
    this.act(() => {
      const model = this.host.model;
      const sheet = this.target();
      if (model.sheets.length === 1)
        throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      const index = model.sheets.indexOf(sheet);
      const active = model.activeSheetId;
      model.sheets.splice(index, 1);
      if (active === sheet.id) model.activeSheetId = model.sheets[Math.max(0, index - 1)].id;
      return () => {
        model.sheets.splice(index, 0, sheet);
        model.activeSheetId = active;
      };
    });
  }
  activate(): void {
    this.act(() => {
      const model = this.host.model;
      const old = model.activeSheetId;
      model.activeSheetId = this.target().id;
      return () => {
        model.activeSheetId = old;
      };
    });
  }
}

type PageLayoutScalar =
  | 'orientation'
  | 'paperSize'
  | 'leftMargin'
  | 'rightMargin'
  | 'topMargin'
  | 'bottomMargin'
  | 'headerMargin'
  | 'footerMargin'
  | 'centerHorizontally'
  | 'centerVertically'
  | 'zoom';

/** Worksheet.pageLayout (ExcelApi 1.9), read-only in this fake: the tests set the model. */
export class FakePageLayout extends FakeObject<FakeSheet> implements Pick<Excel.PageLayout, PageLayoutScalar> {
  protected readonly entity = 'PageLayout';
  constructor(
    context: FakeRequestContext,
    private readonly worksheet: FakeWorksheet
  ) {
    super(context, () => worksheet['locate']());
  }
  protected override scalars(): Record<string, Scalar<FakeSheet>> {
    const names: PageLayoutScalar[] = [
      'orientation',
      'paperSize',
      'leftMargin',
      'rightMargin',
      'topMargin',
      'bottomMargin',
      'headerMargin',
      'footerMargin',
      'centerHorizontally',
      'centerVertically',
      'zoom',
    ];
    return Object.fromEntries(
      names.map((n) => [
        n,
        { set: '1.9', get: (s: FakeSheet) => (n === 'zoom' ? { ...s.pageLayout.zoom } : s.pageLayout[n]) },
      ])
    );
  }
  get orientation(): Excel.PageOrientation {
    return this.read('orientation');
  }
  get paperSize(): Excel.PaperType {
    return this.read('paperSize');
  }
  get leftMargin(): number {
    return this.read('leftMargin');
  }
  get rightMargin(): number {
    return this.read('rightMargin');
  }
  get topMargin(): number {
    return this.read('topMargin');
  }
  get bottomMargin(): number {
    return this.read('bottomMargin');
  }
  get headerMargin(): number {
    return this.read('headerMargin');
  }
  get footerMargin(): number {
    return this.read('footerMargin');
  }
  get centerHorizontally(): boolean {
    return this.read('centerHorizontally');
  }
  get centerVertically(): boolean {
    return this.read('centerVertically');
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this.read('zoom');
  }
  getPrintTitleRowsOrNullObject(): FakeRange {
    return new FakeRange(this.context, this.worksheet, (s) => s.pageLayout.printTitleRows, true);
  }
  getPrintAreaOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      const s = this.target();
      return s.pageLayout.printArea ? { sheet: s, areas: s.pageLayout.printArea } : null;
    });
  }
}

/** One manual page break: `rowIndex` is the 0-based row the new page starts with. */
export class FakePageBreak
  extends FakeObject<{ sheet: FakeSheet; row: number }>
  implements Pick<Excel.PageBreak, 'rowIndex'>
{
  protected readonly entity = 'PageBreak';
  protected override scalars(): Record<string, Scalar<{ sheet: FakeSheet; row: number }>> {
    return { rowIndex: { set: '1.9', get: (b) => b.row - 1 } };
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
}

/** Worksheet.horizontalPageBreaks (ExcelApi 1.9): the manual breaks between rows. */
export class FakePageBreakCollection extends FakeCollection<{ sheet: FakeSheet; row: number }, FakePageBreak> {
  protected readonly entity = 'PageBreakCollection';
  constructor(context: FakeRequestContext, sheet: () => FakeSheet | null) {
    super(context, () => {
      const s = sheet();
      return s ? s.rowBreaks.map((row) => ({ sheet: s, row })) : null;
    });
  }
  protected makeItem(locate: () => { sheet: FakeSheet; row: number } | null): FakePageBreak {
    return new FakePageBreak(this.context, locate);
  }
  protected idOf(b: { sheet: FakeSheet; row: number }): string {
    return String(b.row);
  }
}

export class FakeWorksheetProtection
  extends FakeObject<FakeSheet>
  implements Pick<Excel.WorksheetProtection, 'protected'>
{
  protected readonly entity = 'WorksheetProtection';
  protected override scalars(): Record<string, Scalar<FakeSheet>> {
    return { protected: { set: '1.2', get: (s) => s.protected } };
  }
  get protected(): boolean {
    return this.read('protected');
  }
  protect(): void {
    this.setProtected(true);
  }
  unprotect(): void {
    this.setProtected(false);
  }
  private setProtected(on: boolean): void {
    this.host.need('1.2', 'WorksheetProtection.protect');
    this.act(() => {
      const s = this.target();
      const old = s.protected;
      s.protected = on;
      return () => {
        s.protected = old;
      };
    });
  }
}

// ------------------------------------------------------------------------------------------------
// Ranges

export interface RangeTarget {
  sheet: FakeSheet;
  rect: CellRange;
}

export class FakeRange
  extends FakeObject<RangeTarget>
  implements
    Pick<
      Excel.Range,
      | 'address'
      | 'text'
      | 'values'
      | 'formulas'
      | 'rowIndex'
      | 'columnIndex'
      | 'rowCount'
      | 'columnCount'
      | 'cellCount'
      | 'left'
      | 'top'
      | 'width'
      | 'height'
    >
{
  protected readonly entity = 'Range';
  constructor(
    context: FakeRequestContext,
    readonly worksheetProxy: FakeWorksheet,
    readonly rectOf: (sheet: FakeSheet) => CellRange | null,
    nullable = false
  ) {
    super(
      context,
      () => {
        const sheet = worksheetProxy.target();
        const rect = rectOf(sheet);
        return rect ? { sheet, rect } : null;
      },
      nullable
    );
  }
  protected override scalars(): Record<string, Scalar<RangeTarget>> {
    const size = (t: RangeTarget) => this.pointsOf(t);
    return {
      address: { set: '1.1', get: (t) => qualified(t.sheet.name, t.rect) },
      text: { set: '1.1', get: (t) => this.cells(t, (r, c) => t.sheet.textAt(r, c)) },
      values: {
        set: '1.1',
        get: (t) => this.cells(t, (r, c) => rawValue(t.sheet.textAt(r, c))),
        put: (t, v) => this.put(t, v as unknown[][], false),
      },
      formulas: {
        set: '1.1',
        get: (t) => this.cells(t, (r, c) => t.sheet.formulas.get(a1(r, c)) ?? rawValue(t.sheet.textAt(r, c))),
        put: (t, v) => this.put(t, v as unknown[][], true),
      },
      rowIndex: { set: '1.1', get: (t) => t.rect.top - 1 },
      columnIndex: { set: '1.1', get: (t) => t.rect.left - 1 },
      rowCount: { set: '1.1', get: (t) => t.rect.bottom - t.rect.top + 1 },
      columnCount: { set: '1.1', get: (t) => t.rect.right - t.rect.left + 1 },
      cellCount: {
        set: '1.1',
        get: (t) => (t.rect.bottom - t.rect.top + 1) * (t.rect.right - t.rect.left + 1),
      },
      left: { set: '1.10', get: (t) => size(t).left },
      top: { set: '1.10', get: (t) => size(t).top },
      width: { set: '1.10', get: (t) => size(t).width },
      height: { set: '1.10', get: (t) => size(t).height },
    };
  }
  protected override navigations(): string[] {
    return ['format', 'worksheet'];
  }

  private cells<V>(t: RangeTarget, f: (row: number, col: number) => V): V[][] {
    const out: V[][] = [];
    for (let r = t.rect.top; r <= t.rect.bottom; r++) {
      const row: V[] = [];
      for (let c = t.rect.left; c <= t.rect.right; c++) row.push(f(r, c));
      out.push(row);
    }
    return out;
  }

  private pointsOf(t: RangeTarget): { left: number; top: number; width: number; height: number } {
    const g = t.sheet.asSizes();
    const left = colLeft(g, t.rect.left);
    const top = rowTop(g, t.rect.top);
    return {
      left,
      top,
      width: colLeft(g, t.rect.right + 1) - left,
      height: rowTop(g, t.rect.bottom + 1) - top,
    };
  }

  private put(t: RangeTarget, values: unknown[][], asFormulas: boolean): () => void {
    this.host.assertWritable(t.sheet);
    const rows = t.rect.bottom - t.rect.top + 1;
    const cols = t.rect.right - t.rect.left + 1;
    if (
      !Array.isArray(values) ||
      values.length !== rows ||
      values.some((r) => !Array.isArray(r) || r.length !== cols)
    ) {
      throw new FakeOfficeError(
        'InvalidArgument',
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range.`
      );
    }
    const undo = snapshot(t.sheet, t.rect);
    values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null) return; // null leaves a cell unchanged, as in Office.js
        const r = t.rect.top + i;
        const c = t.rect.left + j;
        const text = displayText(v);
        if (asFormulas && text.startsWith('=')) t.sheet.formulas.set(a1(r, c), text);
        else t.sheet.formulas.delete(a1(r, c));
        t.sheet.setText(r, c, text); // formulas are not calculated: the cell shows the formula
      })
    );
    return undo;
  }

  get address(): string {
    return this.read('address');
  }
  get text(): string[][] {
    return this.read('text');
  }
  get values(): any[][] {
    return this.read('values');
  }
  set values(v: any[][]) {
    this.write('values', v);
  }
  get formulas(): any[][] {
    return this.read('formulas');
  }
  set formulas(v: any[][]) {
    this.write('formulas', v);
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get cellCount(): number {
    return this.read('cellCount');
  }
  get left(): number {
    return this.read('left');
  }
  get top(): number {
    return this.read('top');
  }
  get width(): number {
    return this.read('width');
  }
  get height(): number {
    return this.read('height');
  }
  get format(): FakeRangeFormat {
    return this.nav('format', () => new FakeRangeFormat(this.context, () => this.locate()));
  }
  get worksheet(): FakeWorksheet {
    return this.worksheetProxy;
  }

  private derived(f: (rect: CellRange, sheet: FakeSheet) => CellRange): FakeRange {
    return new FakeRange(this.context, this.worksheetProxy, (sheet) => {
      const rect = this.rectOf(sheet);
      return rect ? f(rect, sheet) : null;
    });
  }
  getRow(row: number): FakeRange {
    return this.derived((r) => ({ ...r, top: r.top + row, bottom: r.top + row }));
  }
  getColumn(column: number): FakeRange {
    return this.derived((r) => ({ ...r, left: r.left + column, right: r.left + column }));
  }
  getCell(row: number, column: number): FakeRange {
    return this.derived((r) => ({
      top: r.top + row,
      left: r.left + column,
      bottom: r.top + row,
      right: r.left + column,
    }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived((r) => ({
      top: r.top + rowOffset,
      left: r.left + columnOffset,
      bottom: r.bottom + rowOffset,
      right: r.right + columnOffset,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    this.host.need('1.2', 'Range.getResizedRange');
    return this.derived((r) => ({
      ...r,
      bottom: r.bottom + deltaRows,
      right: r.right + deltaColumns,
    }));
  }
  getBoundingRect(anotherRange: FakeRange | string): FakeRange {
    return this.derived((r, sheet) => {
      const other = typeof anotherRange === 'string' ? parseRangeA1(anotherRange) : anotherRange.rectOf(sheet);
      return other ? union(r, other) : r;
    });
  }
  getRowProperties(options: Excel.RowPropertiesLoadOptions): FakeClientResult<Excel.RowProperties[]> {
    this.host.need('1.9', 'Range.getRowProperties');
    return clientResult(this.context, () => {
      const t = this.target();
      const out: Excel.RowProperties[] = [];
      for (let r = t.rect.top; r <= t.rect.bottom; r++) {
        const p: Excel.RowProperties = {};
        if (options.rowIndex) p.rowIndex = r - 1;
        if (options.rowHidden) p.rowHidden = false;
        if (options.address) p.address = qualified(t.sheet.name, { ...t.rect, top: r, bottom: r });
        if (options.format?.rowHeight) p.format = { rowHeight: t.sheet.rowHeight(r) };
        out.push(p);
      }
      return out;
    });
  }
  getColumnProperties(options: Excel.ColumnPropertiesLoadOptions): FakeClientResult<Excel.ColumnProperties[]> {
    this.host.need('1.9', 'Range.getColumnProperties');
    return clientResult(this.context, () => {
      const t = this.target();
      const out: Excel.ColumnProperties[] = [];
      for (let c = t.rect.left; c <= t.rect.right; c++) {
        const p: Excel.ColumnProperties = {};
        if (options.columnIndex) p.columnIndex = c - 1;
        if (options.columnHidden) p.columnHidden = false;
        if (options.address) p.address = qualified(t.sheet.name, { ...t.rect, left: c, right: c });
        if (options.format?.columnWidth) p.format = { columnWidth: t.sheet.colWidth(c) };
        out.push(p);
      }
      return out;
    });
  }
  /** Addresses and fill colours only (what Alur asks for). */
  getCellProperties(options: Excel.CellPropertiesLoadOptions): FakeClientResult<Excel.CellProperties[][]> {
    this.host.need('1.9', 'Range.getCellProperties');
    return clientResult(this.context, () => {
      const t = this.target();
      return this.cells(t, (r, c) => {
        const p: Excel.CellProperties = {};
        if (options.address) p.address = qualified(t.sheet.name, { top: r, left: c, bottom: r, right: c });
        if (options.format?.fill?.color) p.format = { fill: { color: t.sheet.fills.get(a1(r, c)) ?? '#FFFFFF' } };
        return p;
      });
    });
  }
  /** Merged areas touching the range; more than 512 makes the sync fail, as Excel documents. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.host.need('1.13', 'Range.getMergedAreasOrNullObject');
    return new FakeRangeAreas(this.context, () => {
      const t = this.target();
      const areas = t.sheet.merges.filter(
        (m) => m.top <= t.rect.bottom && m.bottom >= t.rect.top && m.left <= t.rect.right && m.right >= t.rect.left
      );
      if (areas.length > 512) throw new FakeOfficeError('GeneralException', 'More than 512 merged areas in the range.');
      return areas.length ? { sheet: t.sheet, areas } : null;
    });
  }
  /**
   * Inserts blank cells in place of the range and shifts the others (ExcelApi 1.1); returns the blank
   * range. The fake models whole columns shifted right (Excel's "Insert sheet columns"): see
   * FakeSheet.insertColumns for what moves. Anything else throws InvalidArgument ("not modelled").
   */
  insert(shift: Excel.InsertShiftDirection | 'Down' | 'Right'): FakeRange {
    this.act(() => {
      checkEnum('InsertShiftDirection', shift, 'Range.insert(shift)');
      const t = this.target();
      this.host.assertWritable(t.sheet);
      if (String(shift) !== 'Right' || t.rect.top !== 1 || t.rect.bottom !== MAX_ROWS) {
        throw new FakeOfficeError(
          'InvalidArgument',
          `The fake models Range.insert of whole columns to the right only, not ${shift} on ${localAddress(t.rect)}.`
        );
      }
      const count = t.rect.right - t.rect.left + 1;
      const used = t.sheet.usedRange();
      if (used && used.right + count > MAX_COLUMNS) {
        throw new FakeOfficeError(
          'InvalidOperation',
          'To prevent possible loss of data, Excel cannot shift nonblank cells off of the worksheet.'
        );
      }
      const undo = t.sheet.saveState();
      t.sheet.insertColumns(t.rect.left, count);
      return undo;
    });
    return this.derived((r) => r);
  }
  /**
   * Merges the range (ExcelApi 1.2), or each of its rows with `across`. Like Excel, only the upper-left
   * value of each merged area is kept; merged areas inside the range are replaced. The fake refuses a
   * merge that cuts through another merged area (Excel would widen it).
   */
  merge(across = false): void {
    this.host.need('1.2', 'Range.merge');
    this.act(() => {
      const t = this.target();
      this.host.assertWritable(t.sheet);
      const r = t.rect;
      const undo = t.sheet.saveState();
      const inside = (m: CellRange) => m.top >= r.top && m.bottom <= r.bottom && m.left >= r.left && m.right <= r.right;
      if (t.sheet.merges.some((m) => intersects(m, r) && !inside(m))) {
        undo();
        throw new FakeOfficeError(
          'InvalidOperation',
          `The fake does not merge ${localAddress(r)} across another merged area.`
        );
      }
      t.sheet.merges = t.sheet.merges.filter((m) => !inside(m));
      const areas = across
        ? Array.from({ length: r.bottom - r.top + 1 }, (_, i) => ({ ...r, top: r.top + i, bottom: r.top + i }))
        : [r];
      for (const area of areas) {
        if (area.top === area.bottom && area.left === area.right) continue;
        for (const addr of cellsOf(area).slice(1)) {
          const { row, col } = parseA1(addr);
          if (t.sheet.textAt(row, col) !== '') t.sheet.setText(row, col, '');
          t.sheet.formulas.delete(addr);
        }
        t.sheet.merges.push({ ...area });
      }
      return undo;
    });
  }
  /** Unmerges every merged area that touches the range (ExcelApi 1.2). */
  unmerge(): void {
    this.host.need('1.2', 'Range.unmerge');
    this.act(() => {
      const t = this.target();
      this.host.assertWritable(t.sheet);
      const undo = t.sheet.saveState();
      t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.rect));
      return undo;
    });
  }
  /**
   * Copies values and/or formats from another range (ExcelApi 1.9), as documented: a destination that
   * is an exact multiple of the source in rows or columns gets the source repeated; otherwise the
   * destination takes the source's size from its top-left cell. Formats are what the fake models:
   * fills, borders, fonts and alignment, and merged areas wholly inside the source. Transposing is not
   * modelled.
   */
  copyFrom(
    sourceRange: FakeRange | string,
    copyType: Excel.RangeCopyType | 'All' | 'Formulas' | 'Values' | 'Formats' | 'Link' = 'All',
    skipBlanks = false,
    transpose = false
  ): void {
    this.host.need('1.9', 'Range.copyFrom');
    if (transpose) throw new FakeOfficeError('InvalidArgument', 'The fake does not model a transposing copy.');
    const type = String(copyType);
    if (!isEnumValue('RangeCopyType', type)) {
      // Excel refuses it when the batch runs; the fake queues the refusal so it surfaces at the sync too.
      this.act(() => {
        throw invalidEnum('RangeCopyType', copyType, 'Range.copyFrom(copyType)');
      });
      return;
    }
    if (type === 'Link') throw new FakeOfficeError('InvalidArgument', 'The fake does not model a linking copy.');
    this.act(() => {
      const dest = this.target();
      this.host.assertWritable(dest.sheet);
      const src = this.sourceOf(sourceRange, dest.sheet);
      const rows = src.rect.bottom - src.rect.top + 1;
      const cols = src.rect.right - src.rect.left + 1;
      const dRows = dest.rect.bottom - dest.rect.top + 1;
      const dCols = dest.rect.right - dest.rect.left + 1;
      const tilesDown = dRows % rows === 0 ? dRows / rows : 1;
      const tilesAcross = dCols % cols === 0 ? dCols / cols : 1;
      // Read everything first: the source and the destination may overlap.
      const cells = cellsOf(src.rect).map((addr) => {
        const { row, col } = parseA1(addr);
        const borders = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'].map(
          (e) => [e, src.sheet.borders.get(`${addr}|${e}`)] as const
        );
        return {
          dr: row - src.rect.top,
          dc: col - src.rect.left,
          text: src.sheet.textAt(row, col),
          formula: src.sheet.formulas.get(addr),
          fill: src.sheet.fills.get(addr),
          format: src.sheet.formats.get(addr),
          borders,
        };
      });
      const merges = src.sheet.merges.filter(
        (m) =>
          m.top >= src.rect.top && m.bottom <= src.rect.bottom && m.left >= src.rect.left && m.right <= src.rect.right
      );
      const undo = dest.sheet.saveState();
      const values = type === 'All' || type === 'Values' || type === 'Formulas';
      const formats = type === 'All' || type === 'Formats';
      const area = {
        top: dest.rect.top,
        left: dest.rect.left,
        bottom: dest.rect.top + rows * tilesDown - 1,
        right: dest.rect.left + cols * tilesAcross - 1,
      };
      if (formats) dest.sheet.merges = dest.sheet.merges.filter((m) => !intersects(m, area));
      const setOrDelete = <V>(map: Map<string, V>, key: string, value: V | undefined) =>
        value === undefined ? map.delete(key) : map.set(key, value);
      for (let i = 0; i < tilesDown; i++) {
        for (let j = 0; j < tilesAcross; j++) {
          const top = dest.rect.top + i * rows;
          const left = dest.rect.left + j * cols;
          for (const c of cells) {
            const row = top + c.dr;
            const col = left + c.dc;
            const addr = a1(row, col);
            if (values && !(skipBlanks && c.text === '')) {
              dest.sheet.setText(row, col, c.text);
              setOrDelete(dest.sheet.formulas, addr, type === 'Values' ? undefined : c.formula);
            }
            if (formats) {
              setOrDelete(dest.sheet.fills, addr, c.fill);
              setOrDelete(dest.sheet.formats, addr, c.format ? { ...c.format } : undefined);
              for (const [edge, b] of c.borders)
                setOrDelete(dest.sheet.borders, `${addr}|${edge}`, b ? { ...b } : undefined);
            }
          }
          if (formats) {
            for (const m of merges) {
              const dr = top - src.rect.top;
              const dc = left - src.rect.left;
              dest.sheet.merges.push({
                top: m.top + dr,
                bottom: m.bottom + dr,
                left: m.left + dc,
                right: m.right + dc,
              });
            }
          }
        }
      }
      return undo;
    });
  }
  private sourceOf(source: FakeRange | string, destSheet: FakeSheet): RangeTarget {
    if (typeof source !== 'string') return source.target();
    const sheetName = source.includes('!')
      ? source.slice(0, source.lastIndexOf('!')).replace(/^'|'$/g, '').replace(/''/g, "'")
      : null;
    const sheet = sheetName ? this.host.model.findSheet(sheetName) : destSheet;
    if (!sheet) throw new FakeOfficeError('ItemNotFound', `The requested worksheet ${sheetName} does not exist.`);
    return { sheet, rect: parseAddress(source) };
  }
  select(): void {
    this.act(() => {
      const t = this.target();
      const model = this.host.model;
      const old = { selection: model.selection, active: model.activeSheetId };
      model.selection = { sheet: t.sheet.name, address: localAddress(t.rect) };
      model.activeSheetId = t.sheet.id;
      return () => {
        model.selection = old.selection;
        model.activeSheetId = old.active;
      };
    });
  }
}

export class FakeRangeAreas
  extends FakeObject<{ sheet: FakeSheet; areas: CellRange[] }>
  implements Pick<Excel.RangeAreas, 'address' | 'areaCount'>
{
  protected readonly entity = 'RangeAreas';
  constructor(context: FakeRequestContext, locate: () => { sheet: FakeSheet; areas: CellRange[] } | null) {
    super(context, locate, true);
  }
  protected override scalars(): Record<string, Scalar<{ sheet: FakeSheet; areas: CellRange[] }>> {
    return {
      address: {
        set: '1.9',
        get: (t) => t.areas.map((a) => qualified(t.sheet.name, a)).join(', '),
      },
      areaCount: { set: '1.9', get: (t) => t.areas.length },
    };
  }
  get address(): string {
    return this.read('address');
  }
  get areaCount(): number {
    return this.read('areaCount');
  }
}

/** A font or alignment property kept per cell (reads: the value when all cells agree, else null). */
function cellFormat<K extends keyof FakeCellFormat>(
  host: FakeHost,
  key: K,
  fallback: NonNullable<FakeCellFormat[K]>
): Scalar<RangeTarget> {
  return {
    set: '1.1',
    get: (t) => {
      const values = new Set(cellsOf(t.rect).map((addr) => t.sheet.formats.get(addr)?.[key] ?? fallback));
      return values.size === 1 ? [...values][0] : null;
    },
    put: (t, v) => {
      host.assertWritable(t.sheet);
      const before = new Map(t.sheet.formats);
      for (const addr of cellsOf(t.rect)) t.sheet.formats.set(addr, { ...t.sheet.formats.get(addr), [key]: v });
      return () => {
        t.sheet.formats = before;
      };
    },
  };
}

export class FakeRangeFormat
  extends FakeObject<RangeTarget>
  implements
    Pick<Excel.RangeFormat, 'rowHeight' | 'columnWidth' | 'horizontalAlignment' | 'verticalAlignment' | 'wrapText'>
{
  protected readonly entity = 'RangeFormat';
  protected override scalars(): Record<string, Scalar<RangeTarget>> {
    const uniform = (xs: number[]) => (xs.every((x) => x === xs[0]) ? xs[0] : null);
    const span = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
    return {
      rowHeight: {
        set: '1.2',
        get: (t) => uniform(span(t.rect.top, t.rect.bottom).map((r) => t.sheet.rowHeight(r))),
        put: (t, v) =>
          this.resize(t, t.sheet.rowHeights, t.sheet.defaultRowHeight, span(t.rect.top, t.rect.bottom), Number(v)),
      },
      columnWidth: {
        set: '1.2',
        get: (t) => uniform(span(t.rect.left, t.rect.right).map((c) => t.sheet.colWidth(c))),
        // Through the sheet, so that shapes anchored right of a widened column move as in Excel.
        put: (t, v) => {
          this.host.assertWritable(t.sheet);
          const undo = t.sheet.saveState();
          for (const c of span(t.rect.left, t.rect.right).reverse()) t.sheet.setColumnWidth(c, Number(v));
          return undo;
        },
      },
      horizontalAlignment: {
        ...cellFormat(this.host, 'horizontalAlignment', 'General'),
        values: 'HorizontalAlignment',
      },
      verticalAlignment: { ...cellFormat(this.host, 'verticalAlignment', 'Bottom'), values: 'VerticalAlignment' },
      wrapText: cellFormat(this.host, 'wrapText', false),
    };
  }
  private resize(t: RangeTarget, sizes: number[], fallback: number, indexes: number[], value: number): () => void {
    this.host.assertWritable(t.sheet);
    const before = [...sizes];
    for (const i of indexes) {
      while (sizes.length < i) sizes.push(fallback);
      sizes[i - 1] = value;
    }
    return () => {
      sizes.length = 0;
      sizes.push(...before);
    };
  }
  protected override navigations(): string[] {
    return ['fill', 'borders', 'font'];
  }
  get rowHeight(): number {
    return this.read('rowHeight');
  }
  set rowHeight(v: number) {
    this.write('rowHeight', v);
  }
  get columnWidth(): number {
    return this.read('columnWidth');
  }
  set columnWidth(v: number) {
    this.write('columnWidth', v);
  }
  get horizontalAlignment(): Excel.HorizontalAlignment {
    return this.read('horizontalAlignment');
  }
  set horizontalAlignment(v: Excel.HorizontalAlignment) {
    this.write('horizontalAlignment', v);
  }
  get verticalAlignment(): Excel.VerticalAlignment {
    return this.read('verticalAlignment');
  }
  set verticalAlignment(v: Excel.VerticalAlignment) {
    this.write('verticalAlignment', v);
  }
  get wrapText(): boolean {
    return this.read('wrapText');
  }
  set wrapText(v: boolean) {
    this.write('wrapText', v);
  }
  get fill(): FakeRangeFill {
    return this.nav('fill', () => new FakeRangeFill(this.context, () => this.locate()));
  }
  get font(): FakeRangeFont {
    return this.nav('font', () => new FakeRangeFont(this.context, () => this.locate()));
  }
  get borders(): FakeRangeBorderCollection {
    return this.nav('borders', () => new FakeRangeBorderCollection(this.context, () => this.locate()));
  }
}

/** Range.format.font: bold and colour, kept per cell like the alignment. */
export class FakeRangeFont extends FakeObject<RangeTarget> implements Pick<Excel.RangeFont, 'bold' | 'color'> {
  protected readonly entity = 'RangeFont';
  protected override scalars(): Record<string, Scalar<RangeTarget>> {
    return {
      bold: cellFormat(this.host, 'bold', false),
      color: cellFormat(this.host, 'fontColor', '#000000'),
    };
  }
  get bold(): boolean {
    return this.read('bold');
  }
  set bold(v: boolean) {
    this.write('bold', v);
  }
  get color(): string {
    return this.read('color');
  }
  set color(v: string) {
    this.write('color', v);
  }
}

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;

/**
 * Range.format.borders: the four outer edges and the two inside ones (getItem by Excel.BorderIndex);
 * diagonals are not modelled. Each cell keeps its own four edges.
 */
export class FakeRangeBorderCollection extends FakeObject<RangeTarget> {
  protected readonly entity = 'RangeBorderCollection';
  getItem(index: Excel.BorderIndex | string): FakeRangeBorder {
    checkEnum('BorderIndex', index, 'RangeBorderCollection.getItem(index)');
    if (!(EDGES as readonly string[]).includes(String(index))) {
      throw new FakeOfficeError('InvalidArgument', `The fake models the outer edges only, not ${index}.`);
    }
    return new FakeRangeBorder(this.context, () => this.locate(), String(index));
  }
}

/**
 * One edge of a range's border. For a range of several cells the fake reads the first cell and writes
 * the edge on the cells along that side, as Excel draws an outer edge.
 */
export class FakeRangeBorder
  extends FakeObject<RangeTarget>
  implements Pick<Excel.RangeBorder, 'style' | 'weight' | 'color'>
{
  protected readonly entity = 'RangeBorder';
  constructor(
    context: FakeRequestContext,
    locate: () => RangeTarget | null,
    readonly sideIndex: string
  ) {
    super(context, locate);
  }
  /** Reads look at the first cell: an inside border as that cell's right or bottom edge. */
  private key(t: RangeTarget): string {
    const edge = { InsideVertical: 'EdgeRight', InsideHorizontal: 'EdgeBottom' }[this.sideIndex] ?? this.sideIndex;
    return `${a1(t.rect.top, t.rect.left)}|${edge}`;
  }
  private prop(name: 'style' | 'weight' | 'color', fallback: string): Scalar<RangeTarget> {
    return {
      set: '1.1',
      get: (t) => t.sheet.borders.get(this.key(t))?.[name] ?? fallback,
      put: (t, v) => {
        this.host.assertWritable(t.sheet);
        const before = new Map(t.sheet.borders);
        const side = this.sideIndex;
        for (const addr of cellsOf(t.rect)) {
          const { top: r, left: c } = parseRangeA1(addr);
          // The cell edges this border index stands for: an inside border is the edges between cells.
          const edges: string[] = [];
          if (side === 'EdgeTop' && r === t.rect.top) edges.push('EdgeTop');
          if (side === 'EdgeBottom' && r === t.rect.bottom) edges.push('EdgeBottom');
          if (side === 'EdgeLeft' && c === t.rect.left) edges.push('EdgeLeft');
          if (side === 'EdgeRight' && c === t.rect.right) edges.push('EdgeRight');
          if (side === 'InsideHorizontal') {
            if (r > t.rect.top) edges.push('EdgeTop');
            if (r < t.rect.bottom) edges.push('EdgeBottom');
          }
          if (side === 'InsideVertical') {
            if (c > t.rect.left) edges.push('EdgeLeft');
            if (c < t.rect.right) edges.push('EdgeRight');
          }
          for (const edge of edges) {
            const k = `${addr}|${edge}`;
            const old = t.sheet.borders.get(k) ?? { style: 'None', weight: 'Thin', color: '#000000' };
            const next = { ...old, [name]: String(v) };
            if (next.style === 'None') t.sheet.borders.delete(k);
            else t.sheet.borders.set(k, next);
          }
        }
        return () => {
          t.sheet.borders.clear();
          for (const [k, b] of before) t.sheet.borders.set(k, b);
        };
      },
    };
  }
  protected override scalars(): Record<string, Scalar<RangeTarget>> {
    return {
      style: { ...this.prop('style', 'None'), values: 'BorderLineStyle' },
      weight: { ...this.prop('weight', 'Thin'), values: 'BorderWeight' },
      color: this.prop('color', '#000000'),
    };
  }
  get style(): Excel.BorderLineStyle {
    return this.read('style');
  }
  set style(v: Excel.BorderLineStyle) {
    this.write('style', v);
  }
  get weight(): Excel.BorderWeight {
    return this.read('weight');
  }
  set weight(v: Excel.BorderWeight) {
    this.write('weight', v);
  }
  get color(): string {
    return this.read('color');
  }
  set color(v: string) {
    this.write('color', v);
  }
}

export class FakeRangeFill extends FakeObject<RangeTarget> implements Pick<Excel.RangeFill, 'color'> {
  protected readonly entity = 'RangeFill';
  protected override scalars(): Record<string, Scalar<RangeTarget>> {
    return {
      color: {
        set: '1.1',
        get: (t) => {
          const colors = new Set(cellsOf(t.rect).map((addr) => t.sheet.fills.get(addr) ?? '#FFFFFF'));
          return colors.size === 1 ? [...colors][0] : null;
        },
        put: (t, v) => this.paint(t, String(v).toUpperCase()),
      },
    };
  }
  private paint(t: RangeTarget, color: string | undefined): () => void {
    this.host.assertWritable(t.sheet);
    const before = new Map(t.sheet.fills);
    for (const addr of cellsOf(t.rect)) {
      if (color === undefined) t.sheet.fills.delete(addr);
      else t.sheet.fills.set(addr, color);
    }
    return () => {
      t.sheet.fills.clear();
      for (const [k, v] of before) t.sheet.fills.set(k, v);
    };
  }
  get color(): string {
    return this.read('color');
  }
  set color(v: string) {
    this.write('color', v);
  }
  clear(): void {
    this.act(() => this.paint(this.target(), undefined));
  }
}

// ------------------------------------------------------------------------------------------------
// Shapes

interface ShapeTarget {
  sheet: FakeSheet;
  shape: ShapeModel;
}

export class FakeShapeCollection extends FakeCollection<ShapeModel, FakeShape> {
  protected readonly entity = 'ShapeCollection';
  constructor(
    context: FakeRequestContext,
    private readonly worksheet: FakeWorksheet
  ) {
    super(context, () => worksheet.target().shapes);
  }
  protected makeItem(locate: () => ShapeModel | null): FakeShape {
    return new FakeShape(this.context, this.worksheet, locate);
  }
  protected idOf(shape: ShapeModel): string {
    return shape.id;
  }
  getItem(key: string): FakeShape {
    const shape = new FakeShape(this.context, this.worksheet, () => this.worksheet.target().shape(key) ?? null);
    this.context.enqueue('lookup', () => void shape.target());
    return shape;
  }
  private addShape(make: (id: string) => ShapeModel): FakeShape {
    const handle: { id?: string } = {};
    this.act(() => {
      const sheet = this.worksheet.target();
      this.host.assertWritable(sheet);
      const shape = make(this.host.model.newId());
      sheet.shapes.push(shape);
      handle.id = shape.id;
      return () => {
        sheet.shapes.splice(sheet.shapes.indexOf(shape), 1);
      };
    });
    return new FakeShape(this.context, this.worksheet, () =>
      handle.id ? (this.worksheet.target().shape(handle.id) ?? null) : null
    );
  }
  addGeometricShape(geometricShapeType: Excel.GeometricShapeType | string): FakeShape {
    this.host.need('1.9', 'ShapeCollection.addGeometricShape');
    return this.addShape((id) => {
      checkEnum('GeometricShapeType', geometricShapeType, 'ShapeCollection.addGeometricShape(geometricShapeType)');
      return {
        id,
        name: `${geometricShapeType} ${id}`,
        type: 'GeometricShape',
        geometricShapeType: String(geometricShapeType),
        left: 0,
        top: 0,
        width: 72,
        height: 72,
        text: '',
        altTextDescription: '',
      };
    });
  }
  addTextBox(text?: string): FakeShape {
    this.host.need('1.9', 'ShapeCollection.addTextBox');
    return this.addShape((id) => ({
      id,
      name: `TextBox ${id}`,
      type: 'GeometricShape',
      geometricShapeType: 'Rectangle',
      left: 0,
      top: 0,
      width: 72,
      height: 18,
      text: text ?? '',
      altTextDescription: '',
    }));
  }
  /** A picture from base64 PNG/JPEG/SVG text (ExcelApi 1.9), placed at the top-left, sized 48 x 48. */
  addImage(base64ImageString: string): FakeShape {
    this.host.need('1.9', 'ShapeCollection.addImage');
    return this.addShape((id) => {
      if (typeof base64ImageString !== 'string' || !/^[A-Za-z0-9+/=\s]+$/.test(base64ImageString) || !base64ImageString)
        throw new FakeOfficeError('InvalidArgument', 'The image is not base64 text.', 'ShapeCollection.addImage');
      return {
        id,
        name: `Picture ${id}`,
        type: 'Image',
        geometricShapeType: null,
        left: 0,
        top: 0,
        width: 48,
        height: 48,
        text: '',
        altTextDescription: '',
      };
    });
  }
  addLine(
    startLeft: number,
    startTop: number,
    endLeft: number,
    endTop: number,
    connectorType: Excel.ConnectorType | string = 'Straight'
  ): FakeShape {
    this.host.need('1.9', 'ShapeCollection.addLine');
    return this.addShape((id) => {
      checkEnum('ConnectorType', connectorType, 'ShapeCollection.addLine(connectorType)');
      return lineShape(id, `${connectorType} Connector ${id}`, startLeft, startTop, endLeft, endTop, {
        connectorType: connectorType as 'Straight' | 'Elbow' | 'Curve',
      });
    });
  }
}

export class FakeShape
  extends FakeObject<ShapeModel>
  implements
    Pick<
      Excel.Shape,
      | 'id'
      | 'name'
      | 'type'
      | 'geometricShapeType'
      | 'left'
      | 'top'
      | 'width'
      | 'height'
      | 'altTextDescription'
      | 'connectionSiteCount'
    >
{
  protected readonly entity = 'Shape';
  constructor(
    context: FakeRequestContext,
    readonly worksheetProxy: FakeWorksheet,
    locate: () => ShapeModel | null
  ) {
    super(context, locate);
  }
  private edit(apply: (s: ShapeModel) => void): (s: ShapeModel) => () => void {
    return (s) => {
      this.host.assertWritable(this.worksheetProxy.target());
      const before = structuredCloneShape(s);
      apply(s);
      return () => Object.assign(s, before);
    };
  }
  protected override scalars(): Record<string, Scalar<ShapeModel>> {
    const box = (key: 'left' | 'top' | 'width' | 'height'): Scalar<ShapeModel> => ({
      set: '1.9',
      get: (s) => s[key],
      put: (s, v) => this.edit((m) => moveBox(m, key, Number(v)))(s),
    });
    return {
      id: { set: '1.9', get: (s) => s.id },
      name: {
        set: '1.9',
        get: (s) => s.name,
        put: (s, v) => this.edit((m) => (m.name = String(v)))(s),
      },
      type: { set: '1.9', get: (s) => s.type },
      geometricShapeType: {
        set: '1.9',
        values: 'GeometricShapeType',
        get: (s) => s.geometricShapeType,
        put: (s, v) => this.edit((m) => (m.geometricShapeType = String(v)))(s),
      },
      left: box('left'),
      top: box('top'),
      width: box('width'),
      height: box('height'),
      altTextDescription: {
        set: '1.9',
        get: (s) => s.altTextDescription,
        put: (s, v) => this.edit((m) => (m.altTextDescription = String(v)))(s),
      },
      connectionSiteCount: { set: '1.9', get: (s) => (s.type === 'Line' ? 0 : 4) },
      zOrderPosition: { set: '1.9', get: (s) => this.worksheetProxy.target().shapes.indexOf(s) },
    };
  }
  protected override navigations(): string[] {
    return ['textFrame', 'lineFormat', 'fill', 'line'];
  }
  get id(): string {
    return this.read('id');
  }
  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.write('name', v);
  }
  get type(): Excel.ShapeType | 'Unsupported' | 'Image' | 'GeometricShape' | 'Group' | 'Line' {
    return this.read('type');
  }
  get geometricShapeType(): Excel.GeometricShapeType {
    return this.read('geometricShapeType');
  }
  set geometricShapeType(v: Excel.GeometricShapeType) {
    this.write('geometricShapeType', v);
  }
  get left(): number {
    return this.read('left');
  }
  set left(v: number) {
    this.write('left', v);
  }
  get top(): number {
    return this.read('top');
  }
  set top(v: number) {
    this.write('top', v);
  }
  get width(): number {
    return this.read('width');
  }
  set width(v: number) {
    this.write('width', v);
  }
  get height(): number {
    return this.read('height');
  }
  set height(v: number) {
    this.write('height', v);
  }
  get altTextDescription(): string {
    return this.read('altTextDescription');
  }
  set altTextDescription(v: string) {
    this.write('altTextDescription', v);
  }
  get connectionSiteCount(): number {
    return this.read('connectionSiteCount');
  }
  get textFrame(): FakeTextFrame {
    return this.nav('textFrame', () => new FakeTextFrame(this.context, this));
  }
  get lineFormat(): FakeShapeLineFormat {
    return this.nav('lineFormat', () => new FakeShapeLineFormat(this.context, this));
  }
  get fill(): FakeShapeFill {
    return this.nav('fill', () => new FakeShapeFill(this.context, this));
  }
  /** Excel fails the sync when `line` is used on a shape that is not a line. */
  get line(): FakeLine {
    return this.nav('line', () => new FakeLine(this.context, this));
  }
  /** Deleting a shape also detaches the connectors glued to it, as Excel does. */
  delete(): void {
    this.act(() => {
      const sheet = this.worksheetProxy.target();
      this.host.assertWritable(sheet);
      const shape = this.target();
      const index = sheet.shapes.indexOf(shape);
      const detached: {
        line: NonNullable<ShapeModel['line']>;
        end: 'beginShapeId' | 'endShapeId';
      }[] = [];
      for (const s of sheet.shapes) {
        for (const end of ['beginShapeId', 'endShapeId'] as const) {
          if (s.line && s.line[end] === shape.id) {
            detached.push({ line: s.line, end });
            s.line[end] = undefined;
          }
        }
      }
      sheet.shapes.splice(index, 1);
      return () => {
        sheet.shapes.splice(index, 0, shape);
        for (const d of detached) d.line[d.end] = shape.id;
      };
    });
  }
  /** The model behind the proxy, for the sheet's writes (shape and its sheet). */
  shapeTarget(): ShapeTarget {
    return { sheet: this.worksheetProxy.target(), shape: this.target() };
  }
}

function structuredCloneShape(s: ShapeModel): ShapeModel {
  return { ...s, line: s.line ? { ...s.line } : undefined };
}

/** Moves or resizes a shape; a line's end points follow its box. */
function moveBox(s: ShapeModel, key: 'left' | 'top' | 'width' | 'height', value: number): void {
  const old = { left: s.left, top: s.top, width: s.width, height: s.height };
  s[key] = value;
  if (!s.line) return;
  const mapX = (x: number) => s.left + (old.width ? ((x - old.left) / old.width) * s.width : 0);
  const mapY = (y: number) => s.top + (old.height ? ((y - old.top) / old.height) * s.height : 0);
  s.line.startLeft = mapX(s.line.startLeft);
  s.line.endLeft = mapX(s.line.endLeft);
  s.line.startTop = mapY(s.line.startTop);
  s.line.endTop = mapY(s.line.endTop);
}

export class FakeTextFrame
  extends FakeObject<ShapeModel>
  implements Pick<Excel.TextFrame, 'hasText' | 'horizontalAlignment' | 'verticalAlignment'>
{
  protected readonly entity = 'TextFrame';
  /**
   * A picture or a group has no text frame: using it fails the whole batch. (PowerPoint's API is known to
   * refuse text frames of pictures; the fake assumes Excel does the same, so Alur is tested against it.)
   */
  constructor(
    context: FakeRequestContext,
    readonly shape: FakeShape
  ) {
    super(context, () => {
      const s = shape.target();
      if (s.type === 'Image' || s.type === 'Group') {
        throw new FakeOfficeError('InvalidArgument', `Shape ${s.id} (${s.type}) has no text frame.`, 'Shape.textFrame');
      }
      return s;
    });
  }
  protected override scalars(): Record<string, Scalar<ShapeModel>> {
    return {
      hasText: { set: '1.9', get: (s) => s.text !== '' },
      horizontalAlignment: { ...shapeProp(this.shape, 'textAlign', 'Left'), values: 'ShapeTextHorizontalAlignment' },
      verticalAlignment: { ...shapeProp(this.shape, 'textVerticalAlign', 'Top'), values: 'ShapeTextVerticalAlignment' },
    };
  }
  protected override navigations(): string[] {
    return ['textRange'];
  }
  get hasText(): boolean {
    return this.read('hasText');
  }
  get horizontalAlignment(): Excel.ShapeTextHorizontalAlignment {
    return this.read('horizontalAlignment');
  }
  set horizontalAlignment(v: Excel.ShapeTextHorizontalAlignment) {
    this.write('horizontalAlignment', v);
  }
  get verticalAlignment(): Excel.ShapeTextVerticalAlignment {
    return this.read('verticalAlignment');
  }
  set verticalAlignment(v: Excel.ShapeTextVerticalAlignment) {
    this.write('verticalAlignment', v);
  }
  get textRange(): FakeTextRange {
    return this.nav('textRange', () => new FakeTextRange(this.context, this.shape));
  }
}

export class FakeTextRange extends FakeObject<ShapeModel> implements Pick<Excel.TextRange, 'text'> {
  protected readonly entity = 'TextRange';
  constructor(
    context: FakeRequestContext,
    private readonly shape: FakeShape
  ) {
    super(context, () => shape.target());
  }
  protected override scalars(): Record<string, Scalar<ShapeModel>> {
    return {
      text: {
        set: '1.9',
        get: (s) => s.text,
        put: (s, v) => {
          this.host.assertWritable(this.shape.worksheetProxy.target());
          const old = s.text;
          s.text = String(v);
          return () => {
            s.text = old;
          };
        },
      },
    };
  }
  get text(): string {
    return this.read('text');
  }
  set text(v: string) {
    this.write('text', v);
  }
  protected override navigations(): string[] {
    return ['font'];
  }
  get font(): FakeShapeFont {
    return this.nav('font', () => new FakeShapeFont(this.context, this.shape));
  }
}

/** The font of a shape's text (the whole text: the fake keeps one font per shape). */
export class FakeShapeFont extends FakeObject<ShapeModel> implements Pick<Excel.ShapeFont, 'size' | 'color' | 'bold'> {
  protected readonly entity = 'ShapeFont';
  constructor(
    context: FakeRequestContext,
    private readonly shape: FakeShape
  ) {
    super(context, () => shape.target());
  }
  protected override scalars(): Record<string, Scalar<ShapeModel>> {
    return {
      size: shapeProp(this.shape, 'fontSize', 11),
      color: shapeProp(this.shape, 'fontColor', '#000000'),
      bold: shapeProp(this.shape, 'fontBold', false),
    };
  }
  get size(): number {
    return this.read('size');
  }
  set size(v: number) {
    this.write('size', v);
  }
  get color(): string {
    return this.read('color');
  }
  set color(v: string) {
    this.write('color', v);
  }
  get bold(): boolean {
    return this.read('bold');
  }
  set bold(v: boolean) {
    this.write('bold', v);
  }
}

/** Shared by the small shape-format objects: a property of the shape model, written with undo. */
function shapeProp<K extends keyof ShapeModel>(shape: FakeShape, key: K, fallback: ShapeModel[K]): Scalar<ShapeModel> {
  return {
    set: '1.9',
    get: (s) => s[key] ?? fallback,
    put: (s, v) => {
      const host = shape.context.host;
      host.assertWritable(shape.worksheetProxy.target());
      const old = s[key];
      s[key] = v as ShapeModel[K];
      return () => {
        s[key] = old;
      };
    },
  };
}

export class FakeShapeLineFormat
  extends FakeObject<ShapeModel>
  implements Pick<Excel.ShapeLineFormat, 'color' | 'weight' | 'visible'>
{
  protected readonly entity = 'ShapeLineFormat';
  constructor(
    context: FakeRequestContext,
    private readonly shape: FakeShape
  ) {
    super(context, () => shape.target());
  }
  protected override scalars(): Record<string, Scalar<ShapeModel>> {
    return {
      color: shapeProp(this.shape, 'lineColor', '#000000'),
      weight: shapeProp(this.shape, 'lineWeight', 0.75),
      visible: shapeProp(this.shape, 'lineVisible', true),
    };
  }
  get visible(): boolean {
    return this.read('visible');
  }
  set visible(v: boolean) {
    this.write('visible', v);
  }
  get color(): string {
    return this.read('color');
  }
  set color(v: string) {
    this.write('color', v);
  }
  get weight(): number {
    return this.read('weight');
  }
  set weight(v: number) {
    this.write('weight', v);
  }
}

export class FakeShapeFill extends FakeObject<ShapeModel> implements Pick<Excel.ShapeFill, 'foregroundColor'> {
  protected readonly entity = 'ShapeFill';
  constructor(
    context: FakeRequestContext,
    private readonly shape: FakeShape
  ) {
    super(context, () => shape.target());
  }
  protected override scalars(): Record<string, Scalar<ShapeModel>> {
    return { foregroundColor: shapeProp(this.shape, 'fillColor', '#FFFFFF') };
  }
  get foregroundColor(): string {
    return this.read('foregroundColor');
  }
  set foregroundColor(v: string) {
    this.write('foregroundColor', v);
  }
  setSolidColor(color: string): void {
    this.act(() => this.scalars().foregroundColor.put!(this.target(), color));
  }
  clear(): void {
    this.act(() => this.scalars().foregroundColor.put!(this.target(), undefined));
  }
}

type LineModel = NonNullable<ShapeModel['line']>;

export class FakeLine
  extends FakeObject<ShapeModel>
  implements
    Pick<
      Excel.Line,
      'id' | 'connectorType' | 'isBeginConnected' | 'isEndConnected' | 'beginArrowheadStyle' | 'endArrowheadStyle'
    >
{
  protected readonly entity = 'Line';
  constructor(
    context: FakeRequestContext,
    private readonly shape: FakeShape
  ) {
    super(context, () => {
      const s = shape.target();
      if (!s.line) throw new FakeOfficeError('GeneralException', `Shape ${s.id} is not a line.`, 'Shape.line');
      return s;
    });
  }
  private lineProp<K extends keyof LineModel>(key: K): Scalar<ShapeModel> {
    return {
      set: '1.9',
      get: (s) => s.line![key],
      put: (s, v) => {
        this.host.assertWritable(this.shape.worksheetProxy.target());
        const old = s.line![key];
        s.line![key] = v as LineModel[K];
        return () => {
          s.line![key] = old;
        };
      },
    };
  }
  protected override scalars(): Record<string, Scalar<ShapeModel>> {
    return {
      id: { set: '1.9', get: (s) => s.id },
      connectorType: { ...this.lineProp('connectorType'), values: 'ConnectorType' },
      beginArrowheadStyle: { ...this.lineProp('beginArrowheadStyle'), values: 'ArrowheadStyle' },
      endArrowheadStyle: { ...this.lineProp('endArrowheadStyle'), values: 'ArrowheadStyle' },
      isBeginConnected: { set: '1.9', get: (s) => s.line!.beginShapeId !== undefined },
      isEndConnected: { set: '1.9', get: (s) => s.line!.endShapeId !== undefined },
    };
  }
  protected override navigations(): string[] {
    return ['beginConnectedShape', 'endConnectedShape'];
  }
  get id(): string {
    return this.read('id');
  }
  get connectorType(): Excel.ConnectorType {
    return this.read('connectorType');
  }
  set connectorType(v: Excel.ConnectorType) {
    this.write('connectorType', v);
  }
  get beginArrowheadStyle(): Excel.ArrowheadStyle {
    return this.read('beginArrowheadStyle');
  }
  set beginArrowheadStyle(v: Excel.ArrowheadStyle) {
    this.write('beginArrowheadStyle', v);
  }
  get endArrowheadStyle(): Excel.ArrowheadStyle {
    return this.read('endArrowheadStyle');
  }
  set endArrowheadStyle(v: Excel.ArrowheadStyle) {
    this.write('endArrowheadStyle', v);
  }
  get isBeginConnected(): boolean {
    return this.read('isBeginConnected');
  }
  get isEndConnected(): boolean {
    return this.read('isEndConnected');
  }
  /** The glued shape; reading it for a loose end fails the sync (ItemNotFound). */
  get beginConnectedShape(): FakeShape {
    return this.nav('beginConnectedShape', () => this.connected('beginShapeId'));
  }
  get endConnectedShape(): FakeShape {
    return this.nav('endConnectedShape', () => this.connected('endShapeId'));
  }
  private connected(end: 'beginShapeId' | 'endShapeId'): FakeShape {
    const ws = this.shape.worksheetProxy;
    return new FakeShape(this.context, ws, () => {
      const id = this.target().line![end];
      return id === undefined ? null : (ws.target().shape(id) ?? null);
    });
  }
  connectBeginShape(shape: FakeShape, connectionSite: number): void {
    this.glue('begin', shape, connectionSite);
  }
  connectEndShape(shape: FakeShape, connectionSite: number): void {
    this.glue('end', shape, connectionSite);
  }
  disconnectBeginShape(): void {
    this.glue('begin', undefined, 0);
  }
  disconnectEndShape(): void {
    this.glue('end', undefined, 0);
  }
  /**
   * Glues an end to a shape's connection site and moves that end there. Sites are numbered like
   * Excel's rectangle: 0 top, 1 left, 2 bottom, 3 right (middles of the sides).
   */
  private glue(end: 'begin' | 'end', shape: FakeShape | undefined, site: number): void {
    this.host.need('1.9', `Line.connect${end === 'begin' ? 'Begin' : 'End'}Shape`);
    this.act(() => {
      const me = this.target();
      this.host.assertWritable(this.shape.worksheetProxy.target());
      const before = structuredCloneShape(me);
      const line = me.line!;
      if (!shape) {
        line[end === 'begin' ? 'beginShapeId' : 'endShapeId'] = undefined;
      } else {
        const other = shape.target();
        if (other.type === 'Line')
          throw new FakeOfficeError('InvalidArgument', 'A connector cannot be glued to a line.');
        if (site < 0 || site >= 4)
          throw new FakeOfficeError('InvalidArgument', `Connection site ${site} is out of range.`);
        const points = [
          [other.left + other.width / 2, other.top],
          [other.left, other.top + other.height / 2],
          [other.left + other.width / 2, other.top + other.height],
          [other.left + other.width, other.top + other.height / 2],
        ];
        const [x, y] = points[site];
        if (end === 'begin') {
          line.beginShapeId = other.id;
          line.startLeft = x;
          line.startTop = y;
        } else {
          line.endShapeId = other.id;
          line.endLeft = x;
          line.endTop = y;
        }
        me.left = Math.min(line.startLeft, line.endLeft);
        me.top = Math.min(line.startTop, line.endTop);
        me.width = Math.abs(line.endLeft - line.startLeft);
        me.height = Math.abs(line.endTop - line.startTop);
      }
      return () => Object.assign(me, before);
    });
  }
}

// ------------------------------------------------------------------------------------------------
// Tables, notes, comments

interface TableTarget {
  sheet: FakeSheet;
  table: FakeTable;
}

export class FakeTableCollection extends FakeCollection<FakeTable, FakeTableProxy> {
  protected readonly entity = 'TableCollection';
  constructor(
    context: FakeRequestContext,
    private readonly worksheet: FakeWorksheet
  ) {
    super(context, () => worksheet.target().tables);
  }
  protected makeItem(locate: () => FakeTable | null): FakeTableProxy {
    return new FakeTableProxy(this.context, this.worksheet, locate);
  }
  protected idOf(table: FakeTable): string {
    return table.id;
  }
  getItemOrNullObject(key: string): FakeTableProxy {
    this.host.need('1.4', 'TableCollection.getItemOrNullObject');
    return new FakeTableProxy(
      this.context,
      this.worksheet,
      () => this.worksheet.target().tables.find((t) => t.id === key || t.name === key) ?? null,
      true
    );
  }
  /** Only tables whose first row is the header row (hasHeaders true) are modelled. */
  add(address: FakeRange | string, hasHeaders: boolean): FakeTableProxy {
    const handle: { id?: string } = {};
    this.act(() => {
      const sheet = this.worksheet.target();
      this.host.assertWritable(sheet);
      if (!hasHeaders) throw new FakeOfficeError('InvalidArgument', 'The fake models tables with a header row only.');
      const range = typeof address === 'string' ? parseRangeA1(address) : address.target().rect;
      const all = this.host.model.sheets.flatMap((s) => s.tables);
      const table: FakeTable = {
        id: this.host.model.newId(),
        name: `Table${all.length + 1}`,
        range,
        hasHeaders,
      };
      sheet.tables.push(table);
      handle.id = table.id;
      return () => {
        sheet.tables.splice(sheet.tables.indexOf(table), 1);
      };
    });
    return new FakeTableProxy(this.context, this.worksheet, () =>
      handle.id ? (this.worksheet.target().tables.find((t) => t.id === handle.id) ?? null) : null
    );
  }
}

export class FakeTableProxy extends FakeObject<FakeTable> implements Pick<Excel.Table, 'id' | 'name' | 'style'> {
  protected readonly entity = 'Table';
  constructor(
    context: FakeRequestContext,
    private readonly worksheet: FakeWorksheet,
    locate: () => FakeTable | null,
    nullable = false
  ) {
    super(context, locate, nullable);
  }
  protected override scalars(): Record<string, Scalar<FakeTable>> {
    return {
      id: { set: '1.1', get: (t) => t.id },
      style: {
        set: '1.1',
        get: (t) => t.style ?? 'TableStyleMedium2',
        put: (t, v) => {
          this.host.assertWritable(this.worksheet.target());
          const old = t.style;
          t.style = String(v);
          return () => {
            t.style = old;
          };
        },
      },
      name: {
        set: '1.1',
        get: (t) => t.name,
        put: (t, v) => {
          this.host.assertWritable(this.worksheet.target());
          const old = t.name;
          t.name = String(v);
          return () => {
            t.name = old;
          };
        },
      },
    };
  }
  get id(): string {
    return this.read('id');
  }
  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.write('name', v);
  }
  get style(): string {
    return this.read('style');
  }
  set style(v: string) {
    this.write('style', v);
  }
  private part(f: (r: CellRange) => CellRange): FakeRange {
    return new FakeRange(this.context, this.worksheet, () => f(this.target().range));
  }
  getRange(): FakeRange {
    return this.part((r) => r);
  }
  getHeaderRowRange(): FakeRange {
    return this.part((r) => ({ ...r, bottom: r.top }));
  }
  getDataBodyRange(): FakeRange {
    return this.part((r) => ({ ...r, top: r.top + 1 }));
  }
  get rows(): {
    add: (index: number | undefined, values: unknown[][]) => void;
    getCount: () => FakeClientResult<number>;
  } {
    return {
      /** Appends rows under the table (the only position the fake models) and grows the table. */
      add: (_index, values) => {
        this.act(() => {
          const table = this.target();
          const sheet = this.worksheet.target();
          this.host.assertWritable(sheet);
          const before = { ...table.range };
          const rect = {
            ...table.range,
            top: table.range.bottom + 1,
            bottom: table.range.bottom + values.length,
          };
          const undo = snapshot(sheet, rect);
          values.forEach((row, i) => row.forEach((v, j) => sheet.setText(rect.top + i, rect.left + j, displayText(v))));
          table.range = { ...table.range, bottom: rect.bottom };
          return () => {
            undo();
            table.range = before;
          };
        });
      },
      getCount: () => clientResult(this.context, () => this.target().range.bottom - this.target().range.top),
    };
  }
}

interface CellNoteTarget {
  sheet: FakeSheet;
  address: string;
}

/** "Sheet1!B4", a Range, or "B4" on a default sheet -> sheet and bare address. */
function cellOf(host: FakeRequestContext['host'], where: FakeRange | string, sheets: FakeSheet[]): CellNoteTarget {
  if (typeof where !== 'string') {
    const t = where.target();
    return { sheet: t.sheet, address: a1(t.rect.top, t.rect.left) };
  }
  const bang = where.lastIndexOf('!');
  const sheetName = bang >= 0 ? where.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'") : undefined;
  const sheet = sheetName ? host.model.findSheet(sheetName) : sheets[0];
  if (!sheet) throw new FakeOfficeError('ItemNotFound', `No sheet for ${where}.`);
  const r = parseRangeA1(where);
  if (r.top !== r.bottom || r.left !== r.right)
    throw new FakeOfficeError('InvalidArgument', 'A note or comment belongs to one cell.');
  return { sheet, address: a1(r.top, r.left) };
}

export class FakeNoteCollection extends FakeCollection<CellNoteTarget, FakeNote> {
  protected readonly entity = 'NoteCollection';
  constructor(
    context: FakeRequestContext,
    private readonly sheets: () => FakeSheet[]
  ) {
    super(context, () => sheets().flatMap((sheet) => [...sheet.notes.keys()].map((address) => ({ sheet, address }))));
  }
  protected makeItem(locate: () => CellNoteTarget | null): FakeNote {
    return new FakeNote(this.context, locate);
  }
  protected idOf(n: CellNoteTarget): string {
    return `${n.sheet.id}!${n.address}`;
  }
  add(cellAddress: FakeRange | string, content: string): FakeNote {
    const handle: { target?: CellNoteTarget } = {};
    this.act(() => {
      const t = cellOf(this.host, cellAddress, this.sheets());
      this.host.assertWritable(t.sheet);
      if (t.sheet.notes.has(t.address))
        throw new FakeOfficeError('InvalidArgument', `${t.address} already has a note.`);
      t.sheet.notes.set(t.address, String(content));
      handle.target = t;
      return () => {
        t.sheet.notes.delete(t.address);
      };
    });
    return new FakeNote(this.context, () => handle.target ?? null);
  }
  getItemOrNullObject(key: string): FakeNote {
    return new FakeNote(
      this.context,
      () => {
        const t = cellOf(this.host, key, this.sheets());
        return t.sheet.notes.has(t.address) ? t : null;
      },
      true
    );
  }
}

export class FakeNote extends FakeObject<CellNoteTarget> implements Pick<Excel.Note, 'content'> {
  protected readonly entity = 'Note';
  constructor(context: FakeRequestContext, locate: () => CellNoteTarget | null, nullable = false) {
    super(context, locate, nullable);
  }
  protected override scalars(): Record<string, Scalar<CellNoteTarget>> {
    return {
      content: {
        set: '1.18',
        get: (t) => t.sheet.notes.get(t.address),
        put: (t, v) => {
          this.host.assertWritable(t.sheet);
          const old = t.sheet.notes.get(t.address)!;
          t.sheet.notes.set(t.address, String(v));
          return () => void t.sheet.notes.set(t.address, old);
        },
      },
    };
  }
  get content(): string {
    return this.read('content');
  }
  set content(v: string) {
    this.write('content', v);
  }
  delete(): void {
    this.act(() => {
      const t = this.target();
      this.host.assertWritable(t.sheet);
      const old = t.sheet.notes.get(t.address)!;
      t.sheet.notes.delete(t.address);
      return () => void t.sheet.notes.set(t.address, old);
    });
  }
}

export class FakeCommentCollection extends FakeCollection<CellNoteTarget, FakeComment> {
  protected readonly entity = 'CommentCollection';
  constructor(
    context: FakeRequestContext,
    private readonly sheets: () => FakeSheet[]
  ) {
    super(context, () =>
      sheets().flatMap((sheet) => [...sheet.comments.keys()].map((address) => ({ sheet, address })))
    );
  }
  protected makeItem(locate: () => CellNoteTarget | null): FakeComment {
    return new FakeComment(this.context, locate);
  }
  protected idOf(n: CellNoteTarget): string {
    return n.sheet.comments.get(n.address)!.id;
  }
  add(cellAddress: FakeRange | string, content: string): FakeComment {
    const handle: { target?: CellNoteTarget } = {};
    this.act(() => {
      const t = cellOf(this.host, cellAddress, this.sheets());
      this.host.assertWritable(t.sheet);
      if (t.sheet.comments.has(t.address))
        throw new FakeOfficeError('InvalidArgument', `${t.address} already has a comment.`);
      t.sheet.comments.set(t.address, { id: this.host.model.newId(), content: String(content) });
      handle.target = t;
      return () => void t.sheet.comments.delete(t.address);
    });
    return new FakeComment(this.context, () => handle.target ?? null);
  }
  getItemByCell(cellAddress: FakeRange | string): FakeComment {
    const c = new FakeComment(this.context, () => {
      const t = cellOf(this.host, cellAddress, this.sheets());
      return t.sheet.comments.has(t.address) ? t : null;
    });
    this.context.enqueue('lookup', () => void c.target());
    return c;
  }
}

export class FakeComment extends FakeObject<CellNoteTarget> implements Pick<Excel.Comment, 'content' | 'id'> {
  protected readonly entity = 'Comment';
  protected override scalars(): Record<string, Scalar<CellNoteTarget>> {
    return {
      id: { set: '1.10', get: (t) => t.sheet.comments.get(t.address)!.id },
      content: {
        set: '1.10',
        get: (t) => t.sheet.comments.get(t.address)!.content,
        put: (t, v) => {
          this.host.assertWritable(t.sheet);
          const entry = t.sheet.comments.get(t.address)!;
          const old = entry.content;
          entry.content = String(v);
          return () => {
            entry.content = old;
          };
        },
      },
    };
  }
  get id(): string {
    return this.read('id');
  }
  get content(): string {
    return this.read('content');
  }
  set content(v: string) {
    this.write('content', v);
  }
  delete(): void {
    this.act(() => {
      const t = this.target();
      this.host.assertWritable(t.sheet);
      const old = t.sheet.comments.get(t.address)!;
      t.sheet.comments.delete(t.address);
      return () => void t.sheet.comments.set(t.address, old);
    });
  }
}
