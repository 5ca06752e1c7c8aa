/**
 * .xlsx file -> one Grid per worksheet. Works on bytes only (Node and the browser alike): the file is
 * first checked and unpacked by ./package (refusing unsafe files with an XlsxError), then exceljs reads
 * the cells, merges, sizes and protection, and ./shapes reads the drawing parts exceljs drops. Manual
 * page breaks are read from the sheet XML as exceljs does not keep them when reading.
 */
import ExcelJS from 'exceljs';
import { DEFAULT_ROW_HEIGHT, emptyGrid, parseRangeA1, type Grid } from '../core/grid';
import { XlsxError } from './errors';
import { openXlsx, partXml, readRels, REL_TYPE, type XlsxLimits, type XlsxPackage } from './package';
import { readDrawingShapes } from './shapes';
import { cellDisplayText } from './cell-text';
import { DEFAULT_COL_POINTS, storedWidthToPoints } from './units';
import { NS, child, children, type XmlElement } from './xml';
import { repairMerges } from './merges';

export interface ReadOptions {
  /** Size limits against zip bombs (defaults: 200 MB in total, 50 MB per part). */
  limits?: Partial<XlsxLimits>;
  /** Skip the drawing parts (faster; grids then say shapesKnown: false). */
  shapes?: boolean;
}

/** Reads every worksheet of a workbook, in tab order. Throws XlsxError for a file it must refuse. */
export async function readWorkbook(data: Uint8Array | ArrayBuffer, opts: ReadOptions = {}): Promise<Grid[]> {
  const pkg = await openXlsx(data, opts.limits);
  const sheetTrees = new Map<string, XmlElement | undefined>();
  let repaired = false;
  for (const part of pkg.sheets) {
    let tree = partXml(pkg, part.path);
    const repair = tree && repairMerges(pkg.xml.get(part.path) ?? '', tree);
    if (repair) {
      // Clipped or dropped merges (see ./merges): exceljs reads the repaired part, the file stays as it was.
      pkg.xml.set(part.path, repair.xml);
      pkg.zip.file(part.path, repair.xml);
      tree = partXml(pkg, part.path);
      repaired = true;
    }
    sheetTrees.set(part.path, tree);
  }
  const bytes = repaired ? await pkg.zip.generateAsync({ type: 'uint8array' }) : pkg.bytes;
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs' type asks for a Node Buffer; it hands the data to JSZip, which takes any byte array.
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new XlsxError(
      'unreadable',
      'Isi workbook ini tidak dapat dibaca.',
      'The contents of this workbook cannot be read.',
      {
        cause: e,
      }
    );
  }
  return pkg.sheets.map((part) => {
    const ws = wb.getWorksheet(part.name);
    const grid = ws ? gridOf(ws) : emptyGrid(part.name);
    grid.sheet = part.name;
    const sheetXml = sheetTrees.get(part.path);
    const breaks = sheetXml ? manualRowBreaks(sheetXml) : [];
    if (breaks.length) grid.pageBreaks = breaks;
    if (opts.shapes === false) {
      grid.shapesKnown = false;
    } else {
      grid.shapes = readSheetShapes(pkg, part.path, grid);
    }
    return grid;
  });
}

function gridOf(ws: ExcelJS.Worksheet): Grid {
  const grid = emptyGrid(ws.name);
  const defaultHeight = ws.properties.defaultRowHeight || DEFAULT_ROW_HEIGHT;
  grid.defaultRowHeight = defaultHeight;
  const defaultWidth = ws.properties.defaultColWidth;
  grid.defaultColWidth = defaultWidth ? storedWidthToPoints(defaultWidth) : DEFAULT_COL_POINTS;

  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.height !== undefined && row.height !== null) grid.rowHeights[r - 1] = row.hidden ? 0 : row.height;
    else if (row.hidden) grid.rowHeights[r - 1] = 0;
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // A merged area's other cells echo the top-left cell's value in exceljs; the grid keeps one.
      if (cell.isMerged && cell.master !== cell) return;
      const text = cellDisplayText(cell);
      if (text === '') return;
      while (grid.text.length < r) grid.text.push([]);
      const line = grid.text[r - 1];
      while (line.length < c) line.push('');
      line[c - 1] = text;
    });
  });
  for (let i = 0; i < grid.rowHeights.length; i++) grid.rowHeights[i] ??= defaultHeight;

  const columns = ws.columns ?? [];
  columns.forEach((col, i) => {
    if (col.hidden) grid.colWidths[i] = 0;
    else if (col.width !== undefined) grid.colWidths[i] = storedWidthToPoints(col.width);
  });
  for (let i = 0; i < grid.colWidths.length; i++) grid.colWidths[i] ??= grid.defaultColWidth;

  const merges: string[] = (ws.model as { merges?: string[] }).merges ?? [];
  grid.merges = merges.map((m) => parseRangeA1(m));
  // Read by exceljs from <sheetProtection sheet="1">, though missing from its typings.
  const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
  grid.protected = Boolean(protection?.sheet);
  return grid;
}

/** Rows (1-based) where a manual page break starts a new page: `<brk id>` is the 0-based row above. */
function manualRowBreaks(sheet: ReturnType<typeof partXml>): number[] {
  const rowBreaks = sheet && child(sheet, NS.main, 'rowBreaks');
  if (!rowBreaks) return [];
  return children(rowBreaks, NS.main, 'brk')
    .filter((b) => b.attrs.man === '1' || b.attrs.man === 'true')
    .map((b) => Number(b.attrs.id) + 1)
    .filter((n) => Number.isInteger(n) && n > 1)
    .sort((a, b) => a - b);
}

function readSheetShapes(pkg: XlsxPackage, sheetPath: string, grid: Grid) {
  const drawings = readRels(pkg, sheetPath).filter((r) => r.type === REL_TYPE.drawing && !r.external);
  return drawings.flatMap((rel) => {
    const drawing = partXml(pkg, rel.target);
    return drawing ? readDrawingShapes(drawing, grid) : [];
  });
}
