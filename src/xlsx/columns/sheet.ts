/**
 * The sheet splice of a column insertion: the worksheet part with its cells, widths, merges, ranges and
 * formulas moved, and the new cells and merges written (see ../columns for what moves and what is refused).
 */
import { a1, colLetter, type CellRange } from '../../core/grid';
import { NS, escapeXml, parseXml, type XmlElement } from '../xml';
import { refused, type NewCell } from './insertion';
import { col, parseRange, shiftCellRef, shiftFormula, shiftRangeRef, shiftSqref, straddles, type Shift } from './refs';
import { applySplices, attrSplice, startTagEnd, selfClosing, textSplice, walk, type Splice } from './splice';

const X14_MAIN = 'http://schemas.microsoft.com/office/excel/2006/main';

/** Attributes holding references, by element local name. */
const REF_ATTRS: Record<string, Record<string, 'cell' | 'range' | 'sqref'>> = {
  dimension: { ref: 'range' },
  selection: { activeCell: 'cell', sqref: 'sqref' },
  pane: { topLeftCell: 'cell' },
  mergeCell: { ref: 'range' },
  conditionalFormatting: { sqref: 'sqref' },
  dataValidation: { sqref: 'sqref' },
  hyperlink: { ref: 'range' },
  autoFilter: { ref: 'range' },
  sortState: { ref: 'range' },
  sortCondition: { ref: 'range' },
  protectedRange: { sqref: 'sqref' },
  ignoredError: { sqref: 'sqref' },
};

/** Elements whose text is a formula on the sheet (conditional formats, validations, x14 formulas). */
const FORMULA_ELEMENTS = new Set(['formula', 'formula1', 'formula2']);

/** Points to the stored <col width>, the inverse of units.storedWidthToPoints (7 px digits). */
export function pointsToStoredWidth(pt: number): number {
  return Math.trunc((pt / 0.75 / 7) * 256) / 256;
}

interface SheetEdit {
  sheet: string;
  shift: Shift;
  widthPt?: number;
  cells: NewCell[];
  merges: CellRange[];
}

const prefixOf = (el: XmlElement) => (el.name.includes(':') ? el.name.slice(0, el.name.indexOf(':') + 1) : '');
const main = (el: XmlElement, local: string) => el.uri === NS.main && el.local === local;

/** The worksheet XML with the columns inserted and the new cells and merges written. */
export function shiftWorksheetXml(source: string, edit: SheetEdit): string {
  const root = parseXml(source);
  const splices: Splice[] = [];
  const sheetData = root.children.find((c) => main(c, 'sheetData'));
  // Attributes and formulas anywhere in the part (sheetData is handled below).
  walk(root, (el) => splices.push(...referenceSplices(source, el, edit)), sheetData);
  colsSplices(source, root, edit, splices);
  // <sheetData>: cell addresses, row spans, shared formula ranges, formulas; the new cells.
  if (sheetData) sheetDataSplices(source, sheetData, edit, splices);
  if (edit.merges.length) mergeSplices(source, root, edit.merges, splices);
  return applySplices(source, splices);
}

/** The references one element holds (attributes, an x14 sqref, a formula), shifted. */
function referenceSplices(source: string, el: XmlElement, edit: SheetEdit): Splice[] {
  const s = edit.shift;
  const out: Splice[] = [];
  if (el.uri === NS.main && REF_ATTRS[el.local]) {
    const changes: Record<string, string> = {};
    for (const [name, kind] of Object.entries(REF_ATTRS[el.local])) {
      const v = el.attrs[name];
      if (v === undefined) continue;
      changes[name] = kind === 'cell' ? shiftCellRef(v, s) : kind === 'range' ? shiftRangeRef(v, s) : shiftSqref(v, s);
    }
    // An internal link's target ("SOP!C5", "'SOP Izin'!A1:B2"; no sheet name: this sheet).
    if (el.local === 'hyperlink' && el.attrs.location !== undefined) {
      changes.location = shiftFormula(el.attrs.location, edit.sheet, true, s);
    }
    const sp = attrSplice(source, el, changes);
    if (sp) out.push(sp);
  }
  if (el.uri === X14_MAIN && el.local === 'sqref' && el.children.length === 0) {
    const sp = textSplice(source, el, shiftSqref(el.text, s));
    if (sp && el.text !== shiftSqref(el.text, s)) out.push(sp);
  }
  const isFormula = (el.uri === NS.main && FORMULA_ELEMENTS.has(el.local)) || (el.uri === X14_MAIN && el.local === 'f');
  if (isFormula && el.children.length === 0) {
    const next = shiftFormula(el.text, edit.sheet, true, s);
    if (next !== el.text) {
      const sp = textSplice(source, el, next);
      if (sp) out.push(sp);
    }
  }
  return out;
}

/** <cols>: shift, split a run that straddles the point, add the new columns' width. */
function colsSplices(source: string, root: XmlElement, edit: SheetEdit, splices: Splice[]): void {
  const s = edit.shift;
  const cols = root.children.find((c) => main(c, 'cols'));
  const newCol = (p: string) =>
    edit.widthPt !== undefined
      ? `<${p}col min="${s.at}" max="${s.at + s.count - 1}" width="${pointsToStoredWidth(edit.widthPt)}" customWidth="1"/>`
      : '';
  if (cols) {
    const p = prefixOf(cols);
    let added = false;
    const out: string[] = [];
    for (const c of cols.children.filter((x) => main(x, 'col'))) {
      const min = Number(c.attrs.min);
      const max = Number(c.attrs.max);
      const xml = source.slice(c.start, c.end);
      const withRange = (lo: number, hi: number) =>
        xml.replace(/(\smin\s*=\s*["'])\d+/, `$1${lo}`).replace(/(\smax\s*=\s*["'])\d+/, `$1${hi}`);
      if (max < s.at) out.push(xml);
      else if (min >= s.at) {
        if (!added) out.push(newCol(p));
        added = true;
        out.push(withRange(min + s.count, max + s.count));
      } else {
        out.push(withRange(min, s.at - 1));
        out.push(newCol(p));
        added = true;
        out.push(withRange(s.at + s.count, max + s.count));
      }
    }
    if (!added) out.push(newCol(p));
    splices.push({ start: startTagEnd(source, cols), end: source.lastIndexOf('</', cols.end - 1), text: out.join('') });
  } else if (edit.widthPt !== undefined) {
    const before = root.children.find((c) => main(c, 'sheetData'));
    const p = prefixOf(root);
    if (before) splices.push({ start: before.start, end: before.start, text: `<${p}cols>${newCol(p)}</${p}cols>` });
  }
}

/** mergeCells follows sheetData and its siblings up to dataConsolidate/customSheetViews (CT_Worksheet). */
const BEFORE_MERGE_CELLS = new Set([
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
]);

/** The new merges, added to <mergeCells> (its count kept true) or in a new one at its place. */
function mergeSplices(source: string, root: XmlElement, merges: CellRange[], splices: Splice[]): void {
  const mergeCells = root.children.find((c) => main(c, 'mergeCells'));
  const p = prefixOf(root);
  const xml = merges.map((m) => `<${p}mergeCell ref="${a1(m.top, m.left)}:${a1(m.bottom, m.right)}"/>`).join('');
  const whole = `<${p}mergeCells count="${merges.length}">${xml}</${p}mergeCells>`;
  if (mergeCells && !selfClosing(source, mergeCells)) {
    const at = source.lastIndexOf('</', mergeCells.end - 1);
    splices.push({ start: at, end: at, text: xml });
    const n = mergeCells.children.filter((c) => main(c, 'mergeCell')).length + merges.length;
    const sp = attrSplice(source, mergeCells, mergeCells.attrs.count !== undefined ? { count: String(n) } : {});
    if (sp) splices.push(sp);
  } else if (mergeCells) {
    splices.push({ start: mergeCells.start, end: mergeCells.end, text: whole });
  } else {
    const prev = [...root.children].reverse().find((c) => c.uri === NS.main && BEFORE_MERGE_CELLS.has(c.local));
    const at = prev ? prev.end : source.lastIndexOf('</');
    splices.push({ start: at, end: at, text: whole });
  }
}

function sheetDataSplices(source: string, sheetData: XmlElement, edit: SheetEdit, splices: Splice[]): void {
  const s = edit.shift;
  const p = prefixOf(sheetData);
  const byRow = new Map<number, NewCell[]>();
  for (const c of edit.cells) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
  for (const list of byRow.values()) list.sort((a, b) => a.col - b.col);
  /** Original column of a column numbered after the insertion. */
  const before = (c: number) => (c >= s.at + s.count ? c - s.count : c < s.at ? c : null);

  const cellXml = (cell: NewCell, style: string | undefined) => {
    const sAttr = style !== undefined ? ` s="${style}"` : '';
    const address = a1(cell.row, cell.col);
    if (cell.text === undefined) return `<${p}c r="${address}"${sAttr}/>`;
    return `<${p}c r="${address}"${sAttr} t="inlineStr"><${p}is><${p}t xml:space="preserve">${escapeXml(cell.text)}</${p}t></${p}is></${p}c>`;
  };

  const rows = sheetData.children.filter((r) => r.uri === NS.main && r.local === 'row');
  let rowNo = 0;
  const seen = new Set<number>();
  for (const row of rows) {
    rowNo = row.attrs.r ? Number(row.attrs.r) : rowNo + 1;
    seen.add(rowNo);
    const styles = new Map<number, string | undefined>();
    let lastLeft: XmlElement | null = null;
    let colNo = 0;
    for (const c of row.children.filter((x) => x.uri === NS.main && x.local === 'c')) {
      if (!c.attrs.r) {
        throw refused(
          `sel tanpa alamat di baris ${rowNo} lembar "${edit.sheet}".`,
          `a cell without an address in row ${rowNo} of sheet "${edit.sheet}".`
        );
      }
      const ref = parseRange(c.attrs.r);
      colNo = ref ? ref.left : colNo + 1;
      styles.set(colNo, c.attrs.s);
      if (colNo < s.at) lastLeft = c;
      const sp = attrSplice(source, c, { r: shiftCellRef(c.attrs.r, s) });
      if (sp) splices.push(sp);
      const f = c.children.find((x) => x.uri === NS.main && x.local === 'f');
      if (f) {
        const ref = f.attrs.ref;
        if (f.attrs.t === 'shared' && ref) {
          const r = parseRange(ref);
          if (r && straddles(r, s)) {
            throw refused(
              `formula bersama ${ref} di lembar "${edit.sheet}" melintasi kolom ${colLetter(s.at)}.`,
              `the shared formula ${ref} on sheet "${edit.sheet}" spans column ${colLetter(s.at)}.`
            );
          }
        }
        const next = shiftFormula(f.text, edit.sheet, true, s);
        const changes: Record<string, string> = ref ? { ref: shiftRangeRef(ref, s) } : {};
        const tag = attrSplice(source, f, changes);
        if (next !== f.text) {
          const open = tag ? tag.text : source.slice(f.start, startTagEnd(source, f));
          const close = source.slice(source.lastIndexOf('</', f.end - 1), f.end);
          splices.push({ start: f.start, end: f.end, text: `${open}${escapeXml(next)}${close}` });
        } else if (tag) splices.push(tag);
      }
    }
    const news = byRow.get(rowNo) ?? [];
    const spanChange: Record<string, string> = {};
    if (row.attrs.spans) {
      const [lo, hi] = row.attrs.spans.split(':').map(Number);
      spanChange.spans = `${Math.min(lo, ...news.map((n) => n.col))}:${Math.max(col(s, hi), ...news.map((n) => n.col))}`;
    }
    const rowTag = attrSplice(source, row, spanChange);
    if (news.length === 0) {
      if (rowTag) splices.push(rowTag);
      continue;
    }
    const xml = news
      .map((n) => cellXml(n, n.styleFrom !== undefined ? styles.get(before(n.styleFrom) ?? -1) : undefined))
      .join('');
    if (selfClosing(source, row)) {
      const open = (rowTag ? rowTag.text : source.slice(row.start, startTagEnd(source, row))).replace(/\s*\/>$/, '>');
      splices.push({ start: row.start, end: row.end, text: `${open}${xml}</${row.name}>` });
    } else {
      if (rowTag) splices.push(rowTag);
      const at = lastLeft ? lastLeft.end : startTagEnd(source, row);
      splices.push({ start: at, end: at, text: xml });
    }
  }
  // Rows that do not exist yet (a header or step row with no cell at all): create them in order.
  const missing = [...byRow.keys()].filter((r) => !seen.has(r)).sort((a, b) => a - b);
  for (const r of missing) {
    const next = rows.find((row) => Number(row.attrs.r) > r);
    const at = next ? next.start : source.lastIndexOf('</', sheetData.end - 1);
    const xml = byRow
      .get(r)!
      .map((n) => cellXml(n, undefined))
      .join('');
    splices.push({ start: at, end: at, text: `<${p}row r="${r}">${xml}</${p}row>` });
  }
}
