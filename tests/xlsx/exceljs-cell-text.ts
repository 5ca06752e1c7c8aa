/**
 * A cell's text as Excel shows it. exceljs gives values (numbers, dates, formula results, rich text);
 * its own `cell.text` ignores number formats, so numbers and dates go through numfmt, which implements
 * Excel's format codes including locale tags such as [$-421] (Indonesian month names).
 */
import type { Cell, CellValue } from 'exceljs';
import { format } from 'numfmt';

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** exceljs turns date-formatted numbers into Date objects (UTC); back to the serial number. */
function dateToSerial(d: Date): number {
  return (d.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
}

function formatNumber(value: number, numFmt: string | undefined): string {
  try {
    return format(numFmt || 'General', value);
  } catch {
    return format('General', value);
  }
}

/** The text of a value (a cell's value or a formula's result). */
function valueText(value: CellValue | undefined, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value, numFmt);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return formatNumber(dateToSerial(value), numFmt || 'yyyy-mm-dd');
  if ('error' in value) return String(value.error);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    return valueText((value as { result?: CellValue }).result as CellValue | undefined, numFmt);
  }
  if ('hyperlink' in value) {
    const t = (value as { text?: unknown }).text;
    if (t && typeof t === 'object' && 'richText' in t)
      return (t as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
    return String(t ?? value.hyperlink);
  }
  return '';
}

/** The cell's displayed text (line breaks kept as "\n"). */
export function exceljsCellText(cell: Cell): string {
  return valueText(cell.value, cell.numFmt).replace(/\r\n?/g, '\n');
}
