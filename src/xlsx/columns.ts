/**
 * Inserting whole columns into one worksheet of an .xlsx file, as Excel's "Insert sheet columns" does,
 * and then writing a few cells: how generated swimlanes (issue 6) reach a file. Everything that names a
 * cell of that sheet at or right of the insertion point moves right by the number of columns inserted;
 * a range that straddles the point (a merge, a print area, a conditional format over the whole table)
 * grows, as in Excel. What is shifted:
 *   - cells (<c r>) and their row spans, the dimension, the selection and the frozen pane's corner;
 *   - <cols> widths (split where a width run straddles the point; the new columns get their own);
 *   - merged areas; conditional formatting and data validation ranges (x14 ones too) and the A1
 *     references in their formulas; hyperlinks (their cells and internal `location` targets); the autoFilter and its sort state; protected ranges;
 *     ignored-error ranges;
 *   - formulas of cells of that sheet: plain A1 references (relative or $absolute, cells, areas, whole
 *     columns) without a sheet name or naming that sheet; shared formulas' ranges;
 *   - defined names (print area, titles, user names) referring to that sheet (xl/workbook.xml);
 *   - the anchors of that sheet's drawing and the a:xfrm positions stored beside them (shapes and
 *     pictures right of the point move; one straddling it is stretched), its comments (legacy notes) and their VML anchors, and its tables (moved; a
 *     table the point falls inside is refused: its column list would need a new column).
 * Refused (HostError 'failed', nothing changed): a reference to that sheet's moved columns from another
 * sheet's formula or a chart (those parts are left byte-identical, so they would point at the wrong
 * cells), a shared formula whose range straddles the point, a table the point falls inside, a cell
 * without an address. Every other part of the package is left byte for byte as it was; the edited parts
 * are spliced, not re-serialised, so what this code does not know about stays as written.
 */
import type { CellRange } from '../core/grid';
import type { LaneEdit } from '../core/flowchart/lane-edit';
import { HostError } from '../core/host';
import { openXlsx, partXml, readRels, zipXlsx, type XlsxLimits } from './package';
import { parseXml } from './xml';
import type { ColumnInsertion, NewCell } from './columns/insertion';
import {
  checkOutsideReferences,
  insertedWidthEmu,
  shiftCommentsXml,
  shiftDrawingXml,
  shiftTableXml,
  shiftVml,
  shiftWorkbookNames,
} from './columns/parts';
import type { Shift } from './columns/refs';
import { shiftWorksheetXml } from './columns/sheet';

export type { ColumnInsertion, NewCell } from './columns/insertion';
export { shiftCellRef, shiftFormula, shiftRangeRef, shiftSqref } from './columns/refs';
export { shiftWorksheetXml } from './columns/sheet';

const REL = {
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  vml: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing',
  table: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table',
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
};

/**
 * Inserts `count` whole columns before column `at` of one worksheet, then writes `cells` and adds
 * `merges` (addresses after the insertion). Returns the new file; parts it does not need to change are
 * kept byte for byte.
 */
export async function insertColumns(
  data: Uint8Array | ArrayBuffer,
  insertion: ColumnInsertion,
  extra: { cells?: NewCell[]; merges?: CellRange[] } = {},
  opts: { limits?: Partial<XlsxLimits> } = {}
): Promise<Uint8Array> {
  if (
    !Number.isInteger(insertion.at) ||
    insertion.at < 1 ||
    !Number.isInteger(insertion.count) ||
    insertion.count < 1
  ) {
    throw new RangeError(`bad column insertion at ${insertion.at} count ${insertion.count}`);
  }
  const pkg = await openXlsx(data, opts.limits);
  const sheet = pkg.sheets.find((x) => x.name === insertion.sheet);
  if (!sheet)
    throw new HostError(
      'not-found',
      `Lembar "${insertion.sheet}" tidak ada.`,
      `There is no sheet "${insertion.sheet}".`
    );
  const s: Shift = { at: insertion.at, count: insertion.count };
  checkOutsideReferences(pkg, sheet.name, sheet.path, s);

  const changed = new Map<string, string>();
  const sheetXml = pkg.xml.get(sheet.path);
  if (sheetXml === undefined) throw new RangeError(`worksheet part ${sheet.path} is missing`);
  changed.set(
    sheet.path,
    shiftWorksheetXml(sheetXml, {
      sheet: sheet.name,
      shift: s,
      widthPt: insertion.widthPt,
      cells: extra.cells ?? [],
      merges: extra.merges ?? [],
    })
  );
  for (const rel of readRels(pkg, sheet.path)) {
    if (rel.external) continue;
    const text = pkg.xml.get(rel.target);
    if (text === undefined) continue;
    if (rel.type === REL.drawing)
      changed.set(rel.target, shiftDrawingXml(text, s, insertedWidthEmu(parseXml(sheetXml), insertion)));
    else if (rel.type === REL.comments) changed.set(rel.target, shiftCommentsXml(text, s));
    else if (rel.type === REL.vml) changed.set(rel.target, shiftVml(text, s));
    else if (rel.type === REL.table) changed.set(rel.target, shiftTableXml(text, rel.target, s));
  }
  const wb = pkg.xml.get('xl/workbook.xml');
  if (wb !== undefined && partXml(pkg, 'xl/workbook.xml'))
    changed.set('xl/workbook.xml', shiftWorkbookNames(wb, sheet.name, s));

  let any = false;
  for (const [path, text] of changed) {
    if (text === pkg.xml.get(path)) continue;
    any = true;
    pkg.zip.file(path, text, { date: pkg.zip.file(path)?.date });
  }
  if (!any) return pkg.bytes;
  return zipXlsx(pkg.zip, { level: 6 });
}

/** Applies a LaneEdit (src/core/flowchart/lane-edit) to a workbook file: columns, styles, names, marks. */
export async function applyLaneEdit(
  data: Uint8Array | ArrayBuffer,
  edit: LaneEdit,
  opts: { limits?: Partial<XlsxLimits> } = {}
): Promise<Uint8Array> {
  const cells = new Map<string, NewCell>();
  for (let row = edit.rows.top; row <= edit.rows.bottom; row++) {
    for (let c = edit.insertAt; c < edit.insertAt + edit.count; c++)
      cells.set(`${row},${c}`, { row, col: c, styleFrom: edit.styleFrom });
  }
  for (const w of edit.cells) {
    const known = cells.get(`${w.row},${w.col}`);
    cells.set(`${w.row},${w.col}`, {
      row: w.row,
      col: w.col,
      text: w.text,
      styleFrom: known?.styleFrom ?? edit.styleFrom,
    });
  }
  return insertColumns(
    data,
    { sheet: edit.sheet, at: edit.insertAt, count: edit.count, widthPt: edit.widthPt },
    { cells: [...cells.values()], merges: edit.merges },
    opts
  );
}
