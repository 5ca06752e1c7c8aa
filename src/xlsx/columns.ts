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
import { a1, colLetter, colNumber, type CellRange } from '../core/grid';
import type { LaneEdit } from '../core/flowchart/lane-edit';
import { HostError } from '../core/host';
import { openXlsx, partXml, readRels, zipXlsx, type XlsxLimits, type XlsxPackage } from './package';
import { DEFAULT_COL_POINTS, pointsToEmu, storedWidthToPoints } from './units';
import { NS, escapeXml, parseXml, type XmlElement } from './xml';

const X14_MAIN = 'http://schemas.microsoft.com/office/excel/2006/main';
const REL = {
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  vml: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing',
  table: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table',
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
};

/** Where to insert: `count` columns before column `at` (1-based) of the sheet named `sheet`. */
export interface ColumnInsertion {
  sheet: string;
  at: number;
  count: number;
  /** Width of the new columns, in points (default: the sheet's default width). */
  widthPt?: number;
}

/** A cell to write after the insertion (address after it): inline text and/or another column's style. */
export interface NewCell {
  row: number;
  col: number;
  /** Text to write; undefined leaves the cell empty (style only). */
  text?: string;
  /** Copy the style (s) of the cell in this column of the same row, numbered after the insertion. */
  styleFrom?: number;
}

function refused(id: string, en: string): HostError {
  return new HostError('failed', `Kolom tidak dapat disisipkan: ${id}`, `The columns cannot be inserted: ${en}`);
}

// ---------------------------------------------------------------------------------------------
// References

/** Column shifter for one insertion. */
interface Shift {
  at: number;
  count: number;
}

const col = (s: Shift, c: number) => (c >= s.at ? c + s.count : c);

/** "E5" / "$E$5" -> shifted, keeping the $ signs; anything else unchanged. */
export function shiftCellRef(ref: string, s: Shift): string {
  const m = /^(\$?)([A-Z]{1,3})(\$?)(\d+)$/.exec(ref);
  if (!m) return ref;
  return `${m[1]}${colLetter(col(s, colNumber(m[2])))}${m[3]}${m[4]}`;
}

/** "C3:F9" (or a single cell, or whole columns "C:F") shifted; a range straddling the point grows. */
export function shiftRangeRef(ref: string, s: Shift): string {
  const parts = ref.split(':');
  if (parts.length === 1) return shiftCellRef(ref, s);
  if (parts.length !== 2) return ref;
  const wholeCol = /^(\$?)([A-Z]{1,3})$/;
  const shiftPart = (p: string) => {
    const w = wholeCol.exec(p);
    return w ? `${w[1]}${colLetter(col(s, colNumber(w[2])))}` : shiftCellRef(p, s);
  };
  return `${shiftPart(parts[0])}:${shiftPart(parts[1])}`;
}

/** A space-separated list of ranges (sqref). */
export function shiftSqref(sqref: string, s: Shift): string {
  return sqref
    .split(/(\s+)/)
    .map((p) => (/^\s*$/.test(p) ? p : shiftRangeRef(p, s)))
    .join('');
}

/**
 * A1 references in a formula: optional sheet prefix (Name! or 'Quoted Name'!), a cell or area, or
 * whole columns. Not preceded by a name character (so "LOG10" inside "XLOG10" is no match) and not
 * followed by "(" (a function such as LOG10( ) or a name character.
 */
const FORMULA_REF =
  /(?<![A-Za-z0-9_.$'\]])((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?[A-Z]{1,3})(\$?\d+)?(?::(\$?[A-Z]{1,3})(\$?\d+)?)?(?![A-Za-z0-9_(!])/g;

const unquoteSheet = (prefix: string) => {
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
};

/**
 * Shifts the references of a formula that point at `sheet`: those naming it, and (when the formula
 * lives on that sheet, `local`) those naming no sheet. String literals are left alone.
 */
export function shiftFormula(formula: string, sheet: string, local: boolean, s: Shift): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => {
      if (i % 2 === 1) return part; // a string literal
      return part.replace(
        FORMULA_REF,
        (match, prefix: string | undefined, c1: string, r1?: string, c2?: string, r2?: string) => {
          const onSheet = prefix ? unquoteSheet(prefix) === sheet : local;
          if (!onSheet) return match;
          const isCell = r1 !== undefined && (c2 === undefined || r2 !== undefined);
          const isColumns = r1 === undefined && c2 !== undefined && r2 === undefined;
          if (!isCell && !isColumns) return match; // a name such as TRUE or Pajak
          const ref = `${c1}${r1 ?? ''}${c2 !== undefined ? `:${c2}${r2 ?? ''}` : ''}`;
          return `${prefix ?? ''}${shiftRangeRef(ref, s)}`;
        }
      );
    })
    .join('');
}

// ---------------------------------------------------------------------------------------------
// Splicing

interface Splice {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping splices (zero-length inserts at one point keep their order). */
function applySplices(source: string, splices: Splice[]): string {
  const sorted = splices.map((sp, i) => ({ ...sp, i })).sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  let out = '';
  let at = 0;
  for (const sp of sorted) {
    if (sp.start < at) throw new Error(`overlapping XML edits at ${sp.start}`);
    out += source.slice(at, sp.start) + sp.text;
    at = sp.end;
  }
  return out + source.slice(at);
}

/** End (just after ">") of an element's start tag. */
function startTagEnd(source: string, el: XmlElement): number {
  let quote = '';
  for (let i = el.start; i < el.end; i++) {
    const ch = source[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return i + 1;
  }
  return el.end;
}

const selfClosing = (source: string, el: XmlElement) => source[startTagEnd(source, el) - 2] === '/';

/** A splice that rewrites attributes of an element's start tag (only the ones given). */
function attrSplice(source: string, el: XmlElement, changes: Record<string, string>): Splice | null {
  const end = startTagEnd(source, el);
  let tag = source.slice(el.start, end);
  let changed = false;
  for (const [name, value] of Object.entries(changes)) {
    if (el.attrs[name] === value) continue;
    const re = new RegExp(`(\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*)(["'])[^"']*\\2`);
    if (re.test(tag)) tag = tag.replace(re, (_m, lead: string, q: string) => `${lead}${q}${escapeXml(value)}${q}`);
    else tag = tag.replace(/\s*(\/?)>$/, ` ${name}="${escapeXml(value)}"$1>`);
    changed = true;
  }
  return changed ? { start: el.start, end, text: tag } : null;
}

/** A splice that replaces an element's text content (for a non-empty, non-self-closing element). */
function textSplice(source: string, el: XmlElement, text: string): Splice | null {
  if (selfClosing(source, el)) return null;
  const start = startTagEnd(source, el);
  const end = source.lastIndexOf('</', el.end - 1);
  return { start, end, text: escapeXml(text) };
}

/** Visits an element and its descendants; `skip` leaves a subtree out. */
function walk(el: XmlElement, f: (e: XmlElement) => void, skip?: XmlElement): void {
  if (el === skip) return;
  f(el);
  for (const c of el.children) walk(c, f, skip);
}

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

// ---------------------------------------------------------------------------------------------
// The worksheet part

function parseRange(ref: string): CellRange | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(ref);
  if (!m) return null;
  const left = colNumber(m[1]);
  const top = Number(m[2]);
  return { top, left, bottom: m[4] ? Number(m[4]) : top, right: m[3] ? colNumber(m[3]) : left };
}

const straddles = (r: CellRange, s: Shift) => r.left < s.at && r.right >= s.at;

/** Points to the stored <col width>, the inverse of units.storedWidthToPoints (7 px digits). */
function pointsToStoredWidth(pt: number): number {
  return Math.trunc((pt / 0.75 / 7) * 256) / 256;
}

interface SheetEdit {
  sheet: string;
  shift: Shift;
  widthPt?: number;
  cells: NewCell[];
  merges: CellRange[];
}

/** The worksheet XML with the columns inserted and the new cells and merges written. */
export function shiftWorksheetXml(source: string, edit: SheetEdit): string {
  const root = parseXml(source);
  const s = edit.shift;
  const splices: Splice[] = [];
  const prefixOf = (el: XmlElement) => (el.name.includes(':') ? el.name.slice(0, el.name.indexOf(':') + 1) : '');
  const main = (el: XmlElement, local: string) => el.uri === NS.main && el.local === local;

  // Attributes and formulas anywhere in the part (sheetData is handled below).
  const sheetData = root.children.find((c) => main(c, 'sheetData'));
  walk(
    root,
    (el) => {
      if (el.uri === NS.main && REF_ATTRS[el.local]) {
        const changes: Record<string, string> = {};
        for (const [name, kind] of Object.entries(REF_ATTRS[el.local])) {
          const v = el.attrs[name];
          if (v === undefined) continue;
          changes[name] =
            kind === 'cell' ? shiftCellRef(v, s) : kind === 'range' ? shiftRangeRef(v, s) : shiftSqref(v, s);
        }
        // An internal link's target ("SOP!C5", "'SOP Izin'!A1:B2"; no sheet name: this sheet).
        if (el.local === 'hyperlink' && el.attrs.location !== undefined) {
          changes.location = shiftFormula(el.attrs.location, edit.sheet, true, s);
        }
        const sp = attrSplice(source, el, changes);
        if (sp) splices.push(sp);
      }
      if (el.uri === X14_MAIN && el.local === 'sqref' && el.children.length === 0) {
        const sp = textSplice(source, el, shiftSqref(el.text, s));
        if (sp && el.text !== shiftSqref(el.text, s)) splices.push(sp);
      }
      const isFormula =
        (el.uri === NS.main && FORMULA_ELEMENTS.has(el.local)) || (el.uri === X14_MAIN && el.local === 'f');
      if (isFormula && el.children.length === 0) {
        const next = shiftFormula(el.text, edit.sheet, true, s);
        if (next !== el.text) {
          const sp = textSplice(source, el, next);
          if (sp) splices.push(sp);
        }
      }
    },
    sheetData
  );

  // <cols>: shift, split a run that straddles the point, add the new columns' width.
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

  // <sheetData>: cell addresses, row spans, shared formula ranges, formulas; the new cells.
  if (sheetData) sheetDataSplices(source, sheetData, edit, splices);

  // New merges.
  if (edit.merges.length) {
    const mergeCells = root.children.find((c) => main(c, 'mergeCells'));
    const p = prefixOf(root);
    const xml = edit.merges.map((m) => `<${p}mergeCell ref="${a1(m.top, m.left)}:${a1(m.bottom, m.right)}"/>`).join('');
    if (mergeCells && !selfClosing(source, mergeCells)) {
      const at = source.lastIndexOf('</', mergeCells.end - 1);
      splices.push({ start: at, end: at, text: xml });
      const n = mergeCells.children.filter((c) => main(c, 'mergeCell')).length + edit.merges.length;
      const sp = attrSplice(source, mergeCells, mergeCells.attrs.count !== undefined ? { count: String(n) } : {});
      if (sp) splices.push(sp);
    } else if (mergeCells) {
      splices.push({
        start: mergeCells.start,
        end: mergeCells.end,
        text: `<${p}mergeCells count="${edit.merges.length}">${xml}</${p}mergeCells>`,
      });
    } else {
      // mergeCells follows sheetData and its siblings up to dataConsolidate/customSheetViews (CT_Worksheet).
      const AFTER = new Set([
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
      const prev = [...root.children].reverse().find((c) => c.uri === NS.main && AFTER.has(c.local));
      const at = prev ? prev.end : source.lastIndexOf('</');
      splices.push({
        start: at,
        end: at,
        text: `<${p}mergeCells count="${edit.merges.length}">${xml}</${p}mergeCells>`,
      });
    }
  }
  return applySplices(source, splices);
}

function sheetDataSplices(source: string, sheetData: XmlElement, edit: SheetEdit, splices: Splice[]): void {
  const s = edit.shift;
  const p = sheetData.name.includes(':') ? sheetData.name.slice(0, sheetData.name.indexOf(':') + 1) : '';
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

// ---------------------------------------------------------------------------------------------
// Other parts of the sheet: drawing, comments, VML, tables; the workbook's names

/**
 * The drawing's anchors, and the stored positions (a:xfrm) Excel and LibreOffice also read: a shape
 * right of the point moves right by the inserted width (every a:off and a:chOff inside it, so a group's
 * children stay where they are in it); one straddling the point gets wider (its own a:ext; a group's
 * children scale with it).
 */
function shiftDrawingXml(source: string, s: Shift, insertedEmu: number): string {
  const root = parseXml(source);
  const splices: Splice[] = [];
  const isXdr = (c: XmlElement, local: string) => c.uri === NS.xdr && c.local === local;
  const colOf = (anchor: XmlElement | undefined) => anchor?.children.find((c) => isXdr(c, 'col'));
  const emuSplice = (el: XmlElement | undefined, attr: string) => {
    const v = el?.attrs[attr];
    if (!el || v === undefined || !/^-?\d+$/.test(v)) return;
    const sp = attrSplice(source, el, { [attr]: String(Number(v) + insertedEmu) });
    if (sp) splices.push(sp);
  };
  for (const anchor of root.children) {
    if (anchor.uri !== NS.xdr) continue;
    const from = colOf(anchor.children.find((c) => isXdr(c, 'from')));
    const to = colOf(anchor.children.find((c) => isXdr(c, 'to')));
    if (!from) continue;
    const fromCol = Number(from.text) + 1;
    const moves = fromCol >= s.at;
    // Right of the point: the whole shape moves. Straddling it: its right edge moves (it stretches).
    for (const el of moves ? [from, to] : [to]) {
      if (!el) continue;
      const c = Number(el.text) + 1;
      if (c < s.at) continue;
      const sp = textSplice(source, el, String(c + s.count - 1));
      if (sp) splices.push(sp);
    }
    if (!insertedEmu) continue;
    if (moves) {
      walk(anchor, (el) => {
        if (el.uri === NS.a && (el.local === 'off' || el.local === 'chOff')) emuSplice(el, 'x');
      });
    } else if (to && Number(to.text) + 1 >= s.at) {
      // The shape's own transform: spPr/xfrm, grpSpPr/xfrm, or xdr:xfrm of a graphic frame.
      const shape = anchor.children.find(
        (c) => c.uri === NS.xdr && !['from', 'to', 'pos', 'ext', 'clientData'].includes(c.local)
      );
      const props = shape?.children.find((c) => c.local === 'spPr' || c.local === 'grpSpPr' || c.local === 'xfrm');
      const xfrm = props?.local === 'xfrm' ? props : props?.children.find((c) => c.uri === NS.a && c.local === 'xfrm');
      emuSplice(
        xfrm?.children.find((c) => c.uri === NS.a && c.local === 'ext'),
        'cx'
      );
    }
  }
  return applySplices(source, splices);
}

/** The width, in EMUs, of the columns an insertion adds, as Excel lays them out (whole pixels). */
function insertedWidthEmu(sheet: XmlElement, insertion: ColumnInsertion): number {
  const fmt = sheet.children.find((c) => c.uri === NS.main && c.local === 'sheetFormatPr');
  const colPt =
    insertion.widthPt !== undefined
      ? storedWidthToPoints(pointsToStoredWidth(insertion.widthPt))
      : fmt?.attrs.defaultColWidth
        ? storedWidthToPoints(Number(fmt.attrs.defaultColWidth))
        : DEFAULT_COL_POINTS;
  return pointsToEmu(colPt * insertion.count);
}

function shiftCommentsXml(source: string, s: Shift): string {
  const root = parseXml(source);
  const splices: Splice[] = [];
  walk(root, (el) => {
    if (el.uri === NS.main && el.local === 'comment' && el.attrs.ref) {
      const sp = attrSplice(source, el, { ref: shiftRangeRef(el.attrs.ref, s) });
      if (sp) splices.push(sp);
    }
  });
  return applySplices(source, splices);
}

/** Legacy VML notes: <x:Column> (0-based) and <x:Anchor> "LeftColumn, off, TopRow, off, RightColumn, off, BottomRow, off". */
function shiftVml(source: string, s: Shift): string {
  const shift0 = (c: number) => (c + 1 >= s.at ? c + s.count : c);
  return source
    .replace(
      /(<x:Column>)\s*(\d+)\s*(<\/x:Column>)/g,
      (_m, a: string, c: string, b: string) => `${a}${shift0(Number(c))}${b}`
    )
    .replace(/(<x:Anchor>)([^<]*)(<\/x:Anchor>)/g, (m, a: string, body: string, b: string) => {
      const n = body.split(',').map((x) => x.trim());
      if (n.length !== 8 || n.some((x) => !/^\d+$/.test(x))) return m;
      n[0] = String(shift0(Number(n[0])));
      n[4] = String(shift0(Number(n[4])));
      return `${a}${n.join(', ')}${b}`;
    });
}

function shiftTableXml(source: string, path: string, s: Shift): string {
  const root = parseXml(source);
  const ref = parseRange(root.attrs.ref ?? '');
  if (ref && straddles(ref, s)) {
    throw refused(
      `tabel Excel "${root.attrs.displayName ?? path}" (${root.attrs.ref}) melintasi kolom ${colLetter(s.at)}.`,
      `the Excel table "${root.attrs.displayName ?? path}" (${root.attrs.ref}) spans column ${colLetter(s.at)}.`
    );
  }
  const splices: Splice[] = [];
  walk(root, (el) => {
    if (
      (el.local === 'table' || el.local === 'autoFilter' || el.local === 'sortState' || el.local === 'sortCondition') &&
      el.attrs.ref
    ) {
      const sp = attrSplice(source, el, { ref: shiftRangeRef(el.attrs.ref, s) });
      if (sp) splices.push(sp);
    }
  });
  return applySplices(source, splices);
}

function shiftWorkbookNames(source: string, sheet: string, s: Shift): string {
  const root = parseXml(source);
  const splices: Splice[] = [];
  walk(root, (el) => {
    if (el.uri === NS.main && el.local === 'definedName') {
      const next = shiftFormula(el.text, sheet, false, s);
      if (next !== el.text) {
        const sp = textSplice(source, el, next);
        if (sp) splices.push(sp);
      }
    }
  });
  return applySplices(source, splices);
}

/** Refuses when another part's formulas point at the moved columns of `sheet` (they are left as they are). */
function checkOutsideReferences(pkg: XlsxPackage, sheet: string, sheetPath: string, s: Shift): void {
  const quoted = sheet.replace(/'/g, "''");
  for (const [path, text] of pkg.xml) {
    if (path === sheetPath) continue;
    const isSheet = pkg.sheets.some((x) => x.path === path);
    const isChart = /^xl\/charts\/chart[^/]*\.xml$/.test(path);
    if (!isSheet && !isChart) continue;
    if (!text.includes(`${sheet}!`) && !text.includes(`'${quoted}'!`)) continue;
    for (const m of text.matchAll(/<(?:[A-Za-z]+:)?f\b[^>]*>([^<]*)<\//g)) {
      const formula = m[1]
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'");
      if (shiftFormula(formula, sheet, false, s) !== formula) {
        throw refused(
          `${path} merujuk kolom yang akan bergeser di lembar "${sheet}" (${formula}).`,
          `${path} refers to columns of sheet "${sheet}" that would move (${formula}).`
        );
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The public functions

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
