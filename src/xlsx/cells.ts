/**
 * Changing the text of a few cells in a workbook file: how fixes are applied in file mode (and by any
 * tool working on .xlsx bytes). Only the worksheet part that holds the cells is rewritten, and only by
 * splicing: each edited <c> element is replaced in the source text, everything else in that part (and
 * every other part of the zip: styles, shared strings, drawings) stays byte for byte as it was.
 *
 * The new text is written as an inline string (<c t="inlineStr"><is><t>) rather than appended to the
 * shared strings, so sharedStrings.xml is not touched at all; Excel reads inline strings and turns them
 * into shared ones on its next save. The cell keeps its style index (`s`) and every other attribute.
 */
import { a1, parseA1 } from '../core/grid';
import { applyFix } from '../core/rules/fix';
import { openXlsx, partXml, readRels, zipXlsx, type XlsxLimits, type XlsxPackage } from './package';
import { NS, child, children, escapeXml, type XmlElement } from './xml';

export interface CellEdit {
  /** A1 address on the sheet ("H20"). */
  cell: string;
  /** The text the cell must still hold for the edit to apply. */
  from: string;
  to: string;
}

export interface CellEditResult {
  bytes: Uint8Array;
  /** Edits written. */
  applied: number;
  /** Edits left alone: the cell no longer holds `from` (or holds a formula, or does not exist). */
  stale: number;
  /** The addresses of the stale edits, for messages. */
  staleCells: string[];
}

const SHARED_STRINGS_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings';

/** Sets the text of cells on one sheet; edits whose cell changed since `from` was read are left out. */
export async function setCellTexts(
  data: Uint8Array | ArrayBuffer,
  sheetName: string,
  edits: CellEdit[],
  opts: { limits?: Partial<XlsxLimits> } = {}
): Promise<CellEditResult> {
  const pkg = await openXlsx(data, opts.limits);
  const sheet = pkg.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new RangeError(`no worksheet named "${sheetName}"`);
  const text = pkg.xml.get(sheet.path);
  const root = partXml(pkg, sheet.path);
  if (text === undefined || !root) throw new RangeError(`worksheet part ${sheet.path} is missing`);

  const shared = sharedStrings(pkg);
  const cells = cellElements(root);
  const splices: { start: number; end: number; xml: string }[] = [];
  const done = new Set<string>();
  let applied = 0;
  const staleCells: string[] = [];
  for (const edit of edits) {
    const address = normaliseAddress(edit.cell);
    const el = address ? cells.get(address) : undefined;
    // One edit per cell: a second edit of the same cell would start from text no longer there.
    const current = el && !done.has(address!) ? currentText(el, shared) : null;
    const next = current === null ? null : applyFix(current, edit);
    if (!el || next === null) {
      staleCells.push(edit.cell);
      continue;
    }
    done.add(address!);
    splices.push({ start: el.start, end: el.end, xml: inlineStringCell(el, next) });
    applied++;
  }
  if (applied === 0) return { bytes: pkg.bytes, applied, stale: staleCells.length, staleCells };

  let out = text;
  for (const s of splices.sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + s.xml + out.slice(s.end);
  const date = pkg.zip.file(sheet.path)?.date;
  pkg.zip.file(sheet.path, out, { date });
  const bytes = await zipXlsx(pkg.zip, { level: 6 });
  return { bytes, applied, stale: staleCells.length, staleCells };
}

/** "h20" / "$H$20" -> "H20"; null for something that is not a cell address. */
function normaliseAddress(cell: string): string | null {
  try {
    const { row, col } = parseA1(cell.replace(/\$/g, '').toUpperCase());
    return a1(row, col);
  } catch {
    return null;
  }
}

/** Every <c> of <sheetData> by its address (cells without `r` get their position, as Excel reads them). */
function cellElements(root: XmlElement): Map<string, XmlElement> {
  const out = new Map<string, XmlElement>();
  const data = child(root, NS.main, 'sheetData');
  if (!data) return out;
  let rowNo = 0;
  for (const row of children(data, NS.main, 'row')) {
    rowNo = row.attrs.r ? Number(row.attrs.r) : rowNo + 1;
    let colNo = 0;
    for (const c of children(row, NS.main, 'c')) {
      let address: string | null = null;
      if (c.attrs.r) {
        address = normaliseAddress(c.attrs.r);
        if (address) colNo = parseA1(address).col;
      } else {
        colNo++;
        address = a1(rowNo, colNo);
      }
      if (address) out.set(address, c);
    }
  }
  return out;
}

/** The text of an <si> or <is>: its <t>, or its rich-text runs' <t> joined (phonetic runs left out). */
function stringItemText(item: XmlElement | undefined): string {
  if (!item) return '';
  const t = child(item, NS.main, 't');
  if (t) return t.text;
  return children(item, NS.main, 'r')
    .map((r) => child(r, NS.main, 't')?.text ?? '')
    .join('');
}

function sharedStrings(pkg: XlsxPackage): string[] {
  const rel = readRels(pkg, 'xl/workbook.xml').find((r) => r.type === SHARED_STRINGS_TYPE && !r.external);
  const root = rel ? partXml(pkg, rel.target) : undefined;
  return root ? children(root, NS.main, 'si').map(stringItemText) : [];
}

/**
 * The cell's text as a fix sees it, or null for a cell a text fix must not overwrite (a formula, a
 * number or boolean: their shown text depends on formats, and replacing them by text changes their type).
 */
function currentText(c: XmlElement, shared: string[]): string | null {
  if (child(c, NS.main, 'f')) return null;
  const type = c.attrs.t ?? 'n';
  const v = child(c, NS.main, 'v');
  const text =
    type === 's'
      ? v
        ? (shared[Number(v.text)] ?? null)
        : null
      : type === 'inlineStr'
        ? stringItemText(child(c, NS.main, 'is'))
        : type === 'str'
          ? (v?.text ?? '')
          : v
            ? null
            : ''; // an empty styled cell
  return text === null ? null : text.replace(/\r\n?/g, '\n');
}

/** The replacement <c>: same element name and attributes except the type, holding an inline string. */
function inlineStringCell(c: XmlElement, text: string): string {
  const attrs = Object.entries(c.attrs)
    .filter(([name]) => !name.startsWith('{') && name !== 't')
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');
  const prefix = c.name.includes(':') ? c.name.slice(0, c.name.indexOf(':') + 1) : '';
  // Line breaks are kept; leading or trailing spaces need xml:space="preserve".
  return `<${c.name}${attrs} t="inlineStr"><${prefix}is><${prefix}t xml:space="preserve">${escapeXml(text)}</${prefix}t></${prefix}is></${c.name}>`;
}
