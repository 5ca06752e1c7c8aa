/**
 * Live worksheet -> Grid. Everything the core needs (displayed text, merged areas, row heights and
 * column widths, shapes, protection) is queued first and fetched in ONE context.sync(), as the
 * Office.js performance guidance asks. Two documented exceptions, both batched, never a sync per item:
 *  - a host without ExcelApi 1.9 has no getRowProperties/getColumnProperties, and the size of the
 *    sheet is only known after the first sync, so per-row/per-column formats cost a second sync
 *    (ExcelApi 1.2 to 1.8; on 1.1 RangeFormat has no sizes at all and the grid keeps the defaults);
 *  - `connections: true` asks which shapes a connector joins. Excel throws when `Shape.line` is read
 *    on a shape that is not a line, and when the connected shape of a loose end is read, so this takes
 *    one sync to learn which ends are attached and one more to read the attached shapes' ids.
 */
import {
  emptyGrid,
  fold,
  parseRangeA1,
  type CellAnchor,
  type CellRange,
  type Grid,
  type GridShape,
} from '../core/grid';
import { pageSetup, paperCodeOfName, paperOfCode, type PageSetup } from '../core/grid/page-setup';
import { hostCapabilities, type HostCapabilities } from './requirements';
import { PICTURE_GEOMETRY, classifyShape, isTextBoxName } from '../core/grid/vocabulary';
import { anchorAt, presetOfConnector, presetOfExcelShape } from './shapes';

export interface ReadOptions {
  /** Also read which shapes each connector joins (two more syncs when the sheet has lines). */
  connections?: boolean;
}

/** Reads the worksheet the user is looking at. */
export async function readActiveSheet(options: ReadOptions = {}): Promise<Grid> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    const [grid] = await readInContext(context, [sheet], options);
    return grid;
  });
}

/**
 * Reads the named worksheets (all of them when no names are given; listing them costs one more sync).
 * A missing name rejects with Excel's ItemNotFound error.
 */
export async function readSheets(names?: string[], options: ReadOptions = {}): Promise<Grid[]> {
  return Excel.run(async (context) => {
    let sheets: Excel.Worksheet[];
    if (names) {
      sheets = names.map((name) => context.workbook.worksheets.getItem(name));
    } else {
      const all = context.workbook.worksheets;
      all.load('items/name');
      await context.sync();
      sheets = all.items;
    }
    return readInContext(context, sheets, options);
  });
}

/** Selects a cell (or range) on a sheet and brings the sheet to the front, e.g. to show a finding. */
export async function selectCell(sheet: string, address: string): Promise<void> {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(address).select();
    await context.sync();
  });
}

/** What was queued for one sheet before the sync. */
interface Pending {
  sheet: Excel.Worksheet;
  /** The used range widened to start at A1, so text[r - 1][c - 1] is the cell at row r, column c. */
  area: Excel.Range;
  rows?: OfficeExtension.ClientResult<Excel.RowProperties[]>;
  cols?: OfficeExtension.ClientResult<Excel.ColumnProperties[]>;
  merged?: Excel.RangeAreas;
  shapes?: Excel.ShapeCollection;
  protection?: Excel.WorksheetProtection;
  page?: PendingPage;
}

/** Reads sheets inside a caller's batch: one sync with ExcelApi 1.9 (see the module comment). */
export async function readInContext(
  context: Excel.RequestContext,
  sheets: Excel.Worksheet[],
  options: ReadOptions
): Promise<Grid[]> {
  const caps = hostCapabilities();
  // Everything in one sync. Two things can make Excel refuse that batch, so it is tried again without
  // them: a shape whose type has no text frame (a picture, a group) when the shapes' text is loaded with
  // the rest, and getMergedAreasOrNullObject on more than 512 merged areas (merges are then absent, never
  // wrong). The shapes' text then comes in one more sync, from the shapes that can hold text.
  // The page layout and the manual page breaks are read in the same batch; should a host refuse the
  // layout, the later attempts go with the manual breaks only, then without both, and the grids say so
  // (pageKnown: false: the printed breaks are then the manual ones only).
  const layout: PageRead = caps.pageLayout ? 'layout' : 'none';
  const attempts: ReadAttempt[] = [
    { merges: caps.mergedAreas, shapeText: caps.shapes, page: layout },
    { merges: caps.mergedAreas, shapeText: false, page: layout },
    { merges: false, shapeText: false, page: layout },
    { merges: false, shapeText: false, page: caps.pageLayout ? ('breaks' as const) : ('none' as const) },
    { merges: false, shapeText: false, page: 'none' as const },
  ].filter(
    (a, i, all) =>
      i === 0 || a.merges !== all[i - 1].merges || a.shapeText !== all[i - 1].shapeText || a.page !== all[i - 1].page
  );
  const { pending, attempt } = await readFirstAccepted(context, sheets, caps, attempts);
  const grids = pending.map((p) => toGrid(p));
  if (!caps.rowColumnProperties && caps.rangeFormatSizes) await readSizesPerRowAndColumn(context, pending, grids);
  const texts = attempt.shapeText ? undefined : await readShapeTexts(context, pending);
  for (let i = 0; i < grids.length; i++) {
    const shapes = pending[i].shapes;
    if (shapes)
      grids[i].shapes = shapes.items.map((s) => toGridShape(grids[i], s, texts ? (texts.get(s) ?? '') : undefined));
  }
  if (options.connections && caps.shapes) await readConnections(context, pending, grids);
  return grids;
}

/** What of the printed pages a read asks: the page layout and manual breaks, the breaks only, or nothing. */
type PageRead = 'layout' | 'breaks' | 'none';

interface ReadAttempt {
  merges: boolean;
  shapeText: boolean;
  /** Worksheet.pageLayout and horizontalPageBreaks (ExcelApi 1.9). */
  page: PageRead;
}

/** Queues the read as the first attempt asks and syncs; when Excel refuses the batch, the next attempt. */
async function readFirstAccepted(
  context: Excel.RequestContext,
  sheets: Excel.Worksheet[],
  caps: HostCapabilities,
  attempts: ReadAttempt[]
): Promise<{ pending: Pending[]; attempt: ReadAttempt }> {
  const [attempt, ...rest] = attempts;
  const pending = sheets.map((sheet) => queueRead(sheet, caps, attempt.merges, attempt.shapeText, attempt.page));
  try {
    await context.sync();
    return { pending, attempt };
  } catch (error) {
    if (rest.length === 0) throw error;
    return readFirstAccepted(context, sheets, caps, rest);
  }
}

function queueRead(
  sheet: Excel.Worksheet,
  caps: HostCapabilities,
  merges: boolean,
  shapeText: boolean,
  page: PageRead = 'none'
): Pending {
  sheet.load('name');
  // getUsedRange (ExcelApi 1.1) answers A1 for a blank sheet instead of a null object, so the bounding
  // rectangle with A1 can be queued in the same batch.
  const area = sheet.getUsedRange().getBoundingRect('A1');
  area.load('text,rowCount,columnCount');
  const p: Pending = { sheet, area };
  if (caps.rowColumnProperties) {
    p.rows = area.getRowProperties({ format: { rowHeight: true } });
    p.cols = area.getColumnProperties({ format: { columnWidth: true } });
  }
  if (merges) {
    p.merged = area.getMergedAreasOrNullObject();
    p.merged.load('address');
  }
  if (caps.shapes) {
    p.shapes = sheet.shapes;
    p.shapes.load(
      'items/id,items/name,items/type,items/geometricShapeType,items/left,items/top,items/width,items/height,' +
        'items/altTextDescription' +
        (shapeText ? ',items/textFrame/textRange/text' : '')
    );
  }
  if (caps.protection) {
    p.protection = sheet.protection;
    p.protection.load('protected');
  }
  if (page !== 'none') p.page = queuePageLayout(sheet, page === 'layout');
  return p;
}

/** What the page layout read queues (ExcelApi 1.9). */
interface PendingPage {
  layout?: { layout: Excel.PageLayout; titleRows: Excel.Range; printArea: Excel.RangeAreas };
  breaks: Excel.PageBreakCollection;
}

function queuePageLayout(sheet: Excel.Worksheet, withLayout: boolean): PendingPage {
  const breaks = sheet.horizontalPageBreaks;
  breaks.load('items/rowIndex');
  if (!withLayout) return { breaks };
  const layout = sheet.pageLayout;
  layout.load(
    'orientation,paperSize,leftMargin,rightMargin,topMargin,bottomMargin,headerMargin,footerMargin,' +
      'centerHorizontally,centerVertically,zoom'
  );
  const titleRows = layout.getPrintTitleRowsOrNullObject();
  titleRows.load('rowIndex,rowCount');
  const printArea = layout.getPrintAreaOrNullObject();
  printArea.load('address');
  return { layout: { layout, titleRows, printArea }, breaks };
}

/** The page setup and manual breaks as the grid keeps them (margins are in points in Office.js). */
function readPage(grid: Grid, p: PendingPage): void {
  const breaks = p.breaks.items.map((b) => b.rowIndex + 1).filter((r) => r > 1);
  if (breaks.length) grid.pageBreaks = [...new Set(breaks)].sort((a, b) => a - b);
  if (p.layout) grid.page = pageSetupOf(p.layout);
}

function pageSetupOf(p: NonNullable<PendingPage['layout']>): PageSetup {
  const l = p.layout;
  const zoom = l.zoom ?? {};
  const fit = zoom.horizontalFitToPages != null || zoom.verticalFitToPages != null;
  const code = paperCodeOfName(String(l.paperSize ?? ''));
  const page = pageSetup({
    paper: paperOfCode(code),
    orientation: l.orientation === 'Landscape' ? 'landscape' : 'portrait',
    margins: {
      left: l.leftMargin,
      right: l.rightMargin,
      top: l.topMargin,
      bottom: l.bottomMargin,
      header: l.headerMargin,
      footer: l.footerMargin,
    },
    scale: zoom.scale ?? 100,
    fitToPage: fit,
    fitToWidth: fit ? (zoom.horizontalFitToPages ?? 0) : 1,
    fitToHeight: fit ? (zoom.verticalFitToPages ?? 0) : 1,
  });
  if (code !== undefined) page.paperSize = code;
  if (l.centerHorizontally) page.centerHorizontally = true;
  if (l.centerVertically) page.centerVertically = true;
  if (!p.titleRows.isNullObject && p.titleRows.rowCount > 0)
    page.titleRows = { top: p.titleRows.rowIndex + 1, bottom: p.titleRows.rowIndex + p.titleRows.rowCount };
  if (!p.printArea.isNullObject) {
    const areas = parseAreas(p.printArea.address);
    if (areas.length) page.printArea = areas;
  }
  return page;
}

function toGrid(p: Pending): Grid {
  const grid = emptyGrid(p.sheet.name);
  grid.text = trimText(p.area.text);
  if (p.rows) grid.rowHeights = p.rows.value.map((r) => r.format?.rowHeight ?? grid.defaultRowHeight);
  if (p.cols) grid.colWidths = p.cols.value.map((c) => c.format?.columnWidth ?? grid.defaultColWidth);
  if (p.merged && !p.merged.isNullObject) grid.merges = parseAreas(p.merged.address);
  grid.shapesKnown = p.shapes !== undefined;
  if (p.protection) grid.protected = p.protection.protected;
  grid.pageKnown = p.page?.layout !== undefined;
  if (p.page) readPage(grid, p.page);
  return grid;
}

/** Drops trailing empty cells of each row and trailing empty rows, as the Grid expects. */
function trimText(text: string[][]): string[][] {
  const rows = text.map((row) => {
    let end = row.length;
    while (end > 0 && (row[end - 1] ?? '') === '') end--;
    return row.slice(0, end).map((t) => t ?? '');
  });
  let last = rows.length;
  while (last > 0 && rows[last - 1].length === 0) last--;
  return rows.slice(0, last);
}

/** "Sheet1!A1:B2, 'My, sheet'!D4" -> ranges (the sheet part may hold commas, so match cell refs). */
export function parseAreas(address: string): CellRange[] {
  const out: CellRange[] = [];
  const ref = /!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)\s*(?:,|$)/g;
  for (const m of address.matchAll(ref)) out.push(parseRangeA1(m[1]));
  return out;
}

/** ExcelApi < 1.9: one more sync reading RangeFormat.rowHeight / columnWidth row by row, column by column. */
async function readSizesPerRowAndColumn(
  context: Excel.RequestContext,
  pending: Pending[],
  grids: Grid[]
): Promise<void> {
  const formats = pending.map((p) => {
    const rows: Excel.RangeFormat[] = [];
    const cols: Excel.RangeFormat[] = [];
    for (let r = 0; r < p.area.rowCount; r++) rows.push(p.area.getRow(r).format.load('rowHeight'));
    for (let c = 0; c < p.area.columnCount; c++) cols.push(p.area.getColumn(c).format.load('columnWidth'));
    return { rows, cols };
  });
  await context.sync();
  formats.forEach(({ rows, cols }, i) => {
    grids[i].rowHeights = rows.map((f) => f.rowHeight ?? grids[i].defaultRowHeight);
    grids[i].colWidths = cols.map((f) => f.columnWidth ?? grids[i].defaultColWidth);
  });
}

/** The text of the shapes that can hold text (geometric shapes), in one more sync. */
async function readShapeTexts(context: Excel.RequestContext, pending: Pending[]): Promise<Map<Excel.Shape, string>> {
  const ranges = new Map<Excel.Shape, Excel.TextRange>();
  for (const p of pending) {
    for (const shape of p.shapes?.items ?? []) {
      if (shape.type === 'GeometricShape') ranges.set(shape, shape.textFrame.textRange.load('text'));
    }
  }
  if (ranges.size > 0) await context.sync();
  return new Map([...ranges].map(([shape, range]) => [shape, range.text]));
}

/**
 * A shape as the grid has it; `text` is given when it was read apart from the shape. Excel's types are
 * translated to DrawingML names; what they mean is the core's vocabulary (core/grid/vocabulary).
 */
function toGridShape(grid: Grid, s: Excel.Shape, text?: string): GridShape {
  const isLine = s.type === 'Line';
  const isPicture = s.type === 'Image';
  const geometry = isLine
    ? presetOfConnector(undefined)
    : isPicture
      ? PICTURE_GEOMETRY
      : s.type === 'GeometricShape' && s.geometricShapeType
        ? presetOfExcelShape(s.geometricShapeType)
        : String(s.type).toLowerCase();
  const shapeText = isLine || isPicture ? '' : fold(text ?? s.textFrame?.textRange?.text ?? '');
  const shape: GridShape = {
    id: String(s.id),
    name: s.name,
    kind: classifyShape({
      geometry,
      name: s.name,
      text: shapeText,
      description: s.altTextDescription || undefined,
      connector: isLine,
      width: s.width,
      height: s.height,
    }),
    geometry,
    text: shapeText,
    from: anchorAt(grid, s.left, s.top),
    to: anchorAt(grid, s.left + s.width, s.top + s.height),
  };
  if (s.altTextDescription) shape.description = s.altTextDescription;
  if (isPicture) shape.picture = true;
  if (!isLine && !isPicture && isTextBoxName(s.name)) shape.textBox = true;
  return shape;
}

async function readConnections(context: Excel.RequestContext, pending: Pending[], grids: Grid[]): Promise<void> {
  const lines: { grid: Grid; shape: GridShape; line: Excel.Line }[] = [];
  pending.forEach((p, i) => {
    p.shapes?.items.forEach((s, j) => {
      if (s.type !== 'Line') return;
      const line = s.line;
      line.load('isBeginConnected,isEndConnected,connectorType');
      lines.push({ grid: grids[i], shape: grids[i].shapes[j], line });
    });
  });
  if (lines.length === 0) return;
  await context.sync();
  const ends = lines.map(({ line }) => ({
    begin: line.isBeginConnected ? line.beginConnectedShape.load('id') : undefined,
    end: line.isEndConnected ? line.endConnectedShape.load('id') : undefined,
  }));
  if (ends.some((e) => e.begin || e.end)) await context.sync();
  lines.forEach(({ grid, shape, line }, k) => {
    shape.geometry = presetOfConnector(line.connectorType);
    if (ends[k].begin) shape.startShapeId = String(ends[k].begin!.id);
    if (ends[k].end) shape.endShapeId = String(ends[k].end!.id);
    orientConnector(grid, shape);
  });
}

/**
 * Excel reports a line's bounding box only, so `from` is its top-left corner. When the shape the line
 * starts from is known, turn `from`/`to` so that `from` is the corner nearest that shape.
 */
function orientConnector(grid: Grid, shape: GridShape): void {
  const start = grid.shapes.find((s) => s.id === shape.startShapeId);
  const end = grid.shapes.find((s) => s.id === shape.endShapeId);
  if (!start && !end) return;
  const centre = (a: CellAnchor, b: CellAnchor) => ({
    row: (a.row + b.row) / 2,
    col: (a.col + b.col) / 2,
  });
  const line = centre(shape.from, shape.to);
  const from = { ...shape.from };
  const to = { ...shape.to };
  const towardsStart = start ? centre(start.from, start.to) : undefined;
  const awayFromEnd = end ? centre(end.from, end.to) : undefined;
  const startsBelow = towardsStart ? towardsStart.row > line.row : awayFromEnd!.row < line.row;
  const startsRight = towardsStart ? towardsStart.col > line.col : awayFromEnd!.col < line.col;
  if (startsBelow) swap(from, to, 'row', 'rowOffset');
  if (startsRight) swap(from, to, 'col', 'colOffset');
  shape.from = from;
  shape.to = to;
}

function swap(a: CellAnchor, b: CellAnchor, key: 'row' | 'col', offset: 'rowOffset' | 'colOffset'): void {
  [a[key], b[key]] = [b[key], a[key]];
  [a[offset], b[offset]] = [b[offset], a[offset]];
}
