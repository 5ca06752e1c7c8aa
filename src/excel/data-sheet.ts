/**
 * The "Data SOP" worksheet in the live workbook: every step of every SOP as one row of a real Excel
 * table (ListObject), sortable and filterable, with the columns of src/core/export/data-sop.ts (the
 * same table the file mode writes). Running it again replaces that sheet; no other sheet is touched.
 * Two syncs: list the sheets, then delete the old sheet, add the new one, write and make the table.
 * The sheet named "Data SOP" is taken to be Alur's: a user's sheet of that name would be replaced.
 */
import { a1 } from '../core/grid';
import { dataSopTable, type DataCell } from '../core/export/data-sop';
import type { Lang, Sop } from '../core/model';
import { hostCapabilities } from './requirements';

/** Same names as the file mode's sheet (src/xlsx/data-sheet.ts), so both modes give one workbook shape. */
export const DATA_SHEET_NAME = 'Data SOP';
export const DATA_TABLE_NAME = 'DataSOP';
export const DATA_TABLE_STYLE = 'TableStyleMedium2';

/** Column widths in points: wide enough to read, capped so the Uraian column does not run off. */
function columnWidth(header: string, cells: DataCell[]): number {
  const longest = Math.max(header.length, ...cells.map((c) => (c === null ? 0 : String(c).length)));
  const cap = header === 'Uraian' || header === 'Description' ? 320 : 180;
  return Math.min(cap, Math.max(40, Math.round(longest * 6 + 12)));
}

/** A text a cell must show as written: "=..." would become a formula, so it gets Excel's apostrophe. */
function cellValue(v: DataCell): string | number {
  if (v === null) return '';
  if (typeof v === 'string' && /^[=+\-@]/.test(v) && v.length > 1) return `'${v}`;
  return v;
}

export async function writeDataSheet(sops: Sop[], lang: Lang): Promise<void> {
  const caps = hostCapabilities();
  const table = dataSopTable(sops, lang);
  // A table needs a data row under its header: with no steps at all it gets one empty row.
  const body = table.rows.length > 0 ? table.rows : [table.headers.map(() => null)];
  const values = [table.headers, ...body].map((row) => row.map(cellValue));
  const address = `A1:${a1(values.length, table.headers.length)}`;

  await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    const lower = DATA_SHEET_NAME.toLowerCase();
    const old = sheets.items.find((s) => s.name.toLowerCase() === lower);
    // Deleting first frees the name (sheet and table) for the new sheet in the same batch.
    old?.delete();
    const ws = context.workbook.worksheets.add(DATA_SHEET_NAME);
    const range = ws.getRange(address);
    range.values = values;
    const list = ws.tables.add(address, true);
    list.name = DATA_TABLE_NAME;
    list.style = DATA_TABLE_STYLE;
    if (caps.rangeFormatSizes) {
      table.headers.forEach((header, i) => {
        range.getColumn(i).format.columnWidth = columnWidth(
          header,
          table.rows.map((r) => r[i])
        );
      });
    }
    ws.activate();
    await context.sync();
  });
}
