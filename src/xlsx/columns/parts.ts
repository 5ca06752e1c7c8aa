/**
 * The other parts a column insertion moves: the sheet's drawing (anchors and stored positions), its
 * comments and their VML, its tables; the workbook's defined names; and the check that no other part
 * points at the moved columns.
 */
import { colLetter } from '../../core/grid';
import type { XlsxPackage } from '../package';
import { DEFAULT_COL_POINTS, pointsToEmu, storedWidthToPoints } from '../units';
import { NS, parseXml, type XmlElement } from '../xml';
import { refused, type ColumnInsertion } from './insertion';
import { parseRange, shiftFormula, shiftRangeRef, straddles, type Shift } from './refs';
import { pointsToStoredWidth } from './sheet';
import { applySplices, attrSplice, textSplice, walk, type Splice } from './splice';

/**
 * The drawing's anchors, and the stored positions (a:xfrm) Excel and LibreOffice also read: a shape
 * right of the point moves right by the inserted width (every a:off and a:chOff inside it, so a group's
 * children stay where they are in it); one straddling the point gets wider (its own a:ext; a group's
 * children scale with it).
 */
export function shiftDrawingXml(source: string, s: Shift, insertedEmu: number): string {
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
export function insertedWidthEmu(sheet: XmlElement, insertion: ColumnInsertion): number {
  const fmt = sheet.children.find((c) => c.uri === NS.main && c.local === 'sheetFormatPr');
  const colPt =
    insertion.widthPt !== undefined
      ? storedWidthToPoints(pointsToStoredWidth(insertion.widthPt))
      : fmt?.attrs.defaultColWidth
        ? storedWidthToPoints(Number(fmt.attrs.defaultColWidth))
        : DEFAULT_COL_POINTS;
  return pointsToEmu(colPt * insertion.count);
}

export function shiftCommentsXml(source: string, s: Shift): string {
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
export function shiftVml(source: string, s: Shift): string {
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

export function shiftTableXml(source: string, path: string, s: Shift): string {
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

export function shiftWorkbookNames(source: string, sheet: string, s: Shift): string {
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
export function checkOutsideReferences(pkg: XlsxPackage, sheet: string, sheetPath: string, s: Shift): void {
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
