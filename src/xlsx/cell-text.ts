/**
 * A cell's text as Excel shows it, from the values the sheet XML stores: numbers and dates go through
 * numfmt, which implements Excel's format codes including locale tags such as [$-421] (Indonesian month
 * names). Built-in format ids (14 = short date, ...) map to their codes as exceljs maps them, so the grids
 * read by ./read are those the earlier exceljs-based reader gave.
 */
import { format } from 'numfmt';

/** Excel's built-in number formats by id (ECMA-376 18.8.30), the ids that have one code in every locale. */
export const BUILTIN_NUM_FMTS: Readonly<Record<number, string>> = Object.freeze({
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
});

/** Whether a format code shows a date or time (tokens outside quotes and brackets). */
export function isDateFormat(code: string | undefined): boolean {
  if (!code) return false;
  const bare = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(bare);
}

function formatUncached(value: number, numFmt: string): string {
  try {
    return format(numFmt, value);
  } catch {
    return format('General', value);
  }
}

/**
 * Formatted values by format code. A big sheet repeats values (dates, categories, small numbers) and
 * formatting is most of the cost of reading it, so results are remembered, a bounded number per code.
 */
const memo = new Map<string, Map<number, string>>();
const MEMO_SIZE = 20_000;

function formatNumber(value: number, numFmt: string | undefined): string {
  const code = numFmt || 'General';
  // Whole numbers of up to 11 digits show as written under General (Excel's General width).
  if (code === 'General' && Number.isInteger(value) && Math.abs(value) < 1e11) return String(value === 0 ? 0 : value);
  let byValue = memo.get(code);
  if (!byValue) memo.set(code, (byValue = new Map()));
  let text = byValue.get(value);
  if (text === undefined) {
    text = formatUncached(value, code);
    if (byValue.size >= MEMO_SIZE) byValue.clear();
    byValue.set(value, text);
  }
  return text;
}

const DAY_MS = 86_400_000;

/**
 * A stored number as displayed under its format. Date-formatted numbers are first rounded to the
 * millisecond (as a date value is), and 1904-based serials moved onto the 1900 calendar numfmt uses.
 */
export function numberText(value: number, numFmt: string | undefined, date1904 = false): string {
  if (isDateFormat(numFmt)) {
    const ms = Math.round((value - 25569 + (date1904 ? 1462 : 0)) * DAY_MS);
    return formatNumber((ms + 25569 * DAY_MS) / DAY_MS, numFmt);
  }
  return formatNumber(value, numFmt);
}

/** The value a cell holds once its type is applied ("b" -> boolean, "e" -> an error code, ...). */
export type CellValue = string | number | boolean | { error: string } | undefined;

/** A cell value's displayed text (line breaks kept as "\n"). */
export function valueText(value: CellValue, numFmt: string | undefined, date1904 = false): string {
  let text: string;
  if (value === undefined) text = '';
  else if (typeof value === 'string') text = value;
  else if (typeof value === 'number') text = numberText(value, numFmt, date1904);
  else if (typeof value === 'boolean') text = value ? 'TRUE' : 'FALSE';
  else text = String(value.error);
  return text.replace(/\r\n?/g, '\n');
}

/** "_x000D_" escapes of shared strings and rich text runs (ECMA-376 22.9.2.19) to their characters. */
export function decodeEscapes(text: string): string {
  return text.includes('_x')
    ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

/**
 * Entity references left in a "str" value after XML parsing (writers that escape twice): decoded once
 * more, as exceljs did, so grids stay those of the earlier reader.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    /&([a-z]*);/g,
    (c) => ({ '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" })[c] ?? c
  );
}
