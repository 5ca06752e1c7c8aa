/**
 * The exceljs-based reader Alur used before its streaming reader (src/xlsx/read.ts), kept for one test
 * only: every fixture must read to the same grids through both (tests/xlsx/read-stream.test.ts).
 */
import ExcelJS from 'exceljs';
import { DEFAULT_ROW_HEIGHT, emptyGrid, parseRangeA1, type Grid } from '../../src/core/grid';
import { openXlsx, partXml } from '../../src/xlsx/package';
import { DEFAULT_COL_POINTS, storedWidthToPoints } from '../../src/xlsx/units';
import { NS, child, children, type XmlElement } from '../../src/xlsx/xml';
import { repairMerges } from '../../src/xlsx/merges';
import { pageSetupParts, readPageSetup } from '../../src/xlsx/page-setup';
import { exceljsCellText } from './exceljs-cell-text';

/** Grids without shapes (the shape reader is shared by both paths). */
export async function readWorkbookExceljs(data: Uint8Array): Promise<Grid[]> {
  const pkg = await openXlsx(data);
  const sheetTrees = new Map<string, XmlElement | undefined>();
  let repaired = false;
  for (const part of pkg.sheets) {
    let tree = partXml(pkg, part.path);
    const repair = tree && repairMerges(pkg.xml.get(part.path) ?? '', tree);
    if (repair) {
      pkg.xml.set(part.path, repair.xml);
      pkg.zip.file(part.path, repair.xml);
      tree = partXml(pkg, part.path);
      repaired = true;
    }
    sheetTrees.set(part.path, tree);
  }
  const bytes = repaired ? await pkg.zip.generateAsync({ type: 'uint8array' }) : pkg.bytes;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return pkg.sheets.map((part) => {
    const ws = wb.getWorksheet(part.name);
    const grid = ws ? gridOf(ws) : emptyGrid(part.name);
    grid.sheet = part.name;
    const sheetXml = sheetTrees.get(part.path);
    const breaks = sheetXml ? manualRowBreaks(sheetXml) : [];
    if (breaks.length) grid.pageBreaks = breaks;
    const names = child(partXml(pkg, 'xl/workbook.xml'), NS.main, 'definedNames');
    if (sheetXml) grid.page = readPageSetup(pageSetupParts(sheetXml, names, part.index));
    grid.shapesKnown = false;
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
      if (cell.isMerged && cell.master !== cell) return;
      const text = exceljsCellText(cell);
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
  const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
  grid.protected = Boolean(protection?.sheet);
  return grid;
}

function manualRowBreaks(sheet: XmlElement): number[] {
  const rowBreaks = child(sheet, NS.main, 'rowBreaks');
  if (!rowBreaks) return [];
  return children(rowBreaks, NS.main, 'brk')
    .filter((b) => b.attrs.man === '1' || b.attrs.man === 'true')
    .map((b) => Number(b.attrs.id) + 1)
    .filter((n) => Number.isInteger(n) && n > 1)
    .sort((a, b) => a - b);
}
