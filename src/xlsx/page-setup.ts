/**
 * A worksheet's page setup from the file, as Excel writes it: `<sheetPr><pageSetUpPr fitToPage>`,
 * `<printOptions>`, `<pageMargins>` (inches), `<pageSetup>` (paperSize or paperWidth/paperHeight,
 * orientation, scale, fitToWidth/fitToHeight), `<colBreaks>`, and the workbook's defined names
 * `_xlnm.Print_Titles` / `_xlnm.Print_Area` for the sheet (localSheetId: the sheet's position in
 * workbook.xml's `<sheets>`). Works on the small element trees the reader keeps (SheetExtras).
 */
import { colNumber, type CellRange } from '../core/grid';
import { DEFAULT_MARGINS, pageSetup, paperOfCode, type PageSetup } from '../core/grid/page-setup';
import { NS, child, children, type XmlElement } from './xml';

export interface DefinedName {
  name: string;
  /** The 0-based position of the sheet the name is local to (`localSheetId`); undefined for a global name. */
  localSheetId?: number;
  /** The formula text, e.g. "'SOP RKT'!$1:$3" or "Sheet1!$A$1:$K$40,Sheet1!$A$50:$K$90". */
  value: string;
}

/** The names of workbook.xml's `<definedNames>`. */
export function definedNamesOf(list: XmlElement | undefined): DefinedName[] {
  if (!list) return [];
  return children(list, NS.main, 'definedName').map((d) => {
    const idx = d.attrs.localSheetId === undefined ? NaN : Number(d.attrs.localSheetId);
    const out: DefinedName = { name: d.attrs.name ?? '', value: d.text.trim() };
    if (Number.isInteger(idx)) out.localSheetId = idx;
    return out;
  });
}

/** The print-related elements of one sheet, as the reader keeps them (src/xlsx/read.ts SheetExtras). */
export interface PageSetupParts {
  sheetPr?: XmlElement;
  pageSetUpPr?: XmlElement;
  pageMargins?: XmlElement;
  pageSetup?: XmlElement;
  printOptions?: XmlElement;
  colBreaks?: XmlElement;
  /** The workbook's `<definedNames>`. */
  definedNames?: XmlElement;
  /** The sheet's 0-based position among the workbook's `<sheet>` elements. */
  localSheetId: number;
}

/** The parts of a whole sheet tree (tests, and readers that keep the tree). */
export function pageSetupParts(
  sheet: XmlElement,
  definedNames: XmlElement | undefined,
  localSheetId: number
): PageSetupParts {
  const sheetPr = child(sheet, NS.main, 'sheetPr');
  return {
    sheetPr,
    pageSetUpPr: child(sheetPr, NS.main, 'pageSetUpPr'),
    pageMargins: child(sheet, NS.main, 'pageMargins'),
    pageSetup: child(sheet, NS.main, 'pageSetup'),
    printOptions: child(sheet, NS.main, 'printOptions'),
    colBreaks: child(sheet, NS.main, 'colBreaks'),
    definedNames,
    localSheetId,
  };
}

/** One reference of a defined name: rows ($1:$3), columns ($A:$B) or cells ($A$1:$K$40). */
type Ref =
  | { kind: 'rows'; top: number; bottom: number }
  | { kind: 'cols'; left: number; right: number }
  | { kind: 'cells'; range: CellRange };

/** The references of a formula like "'My sheet'!$1:$3,'My sheet'!$A:$A" (the sheet part may hold commas). */
export function parseRefs(formula: string): Ref[] {
  const out: Ref[] = [];
  const re =
    /(?:^|,)\s*(?:(?:'(?:[^']|'')*'|[^'!,]+)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?\d+:\$?\d+|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3})\s*(?=,|$)/g;
  for (const m of formula.matchAll(re)) {
    const ref = m[1].replace(/\$/g, '');
    let mm: RegExpExecArray | null;
    if ((mm = /^(\d+):(\d+)$/.exec(ref))) {
      const [a, b] = [Number(mm[1]), Number(mm[2])];
      out.push({ kind: 'rows', top: Math.min(a, b), bottom: Math.max(a, b) });
    } else if ((mm = /^([A-Za-z]+):([A-Za-z]+)$/.exec(ref))) {
      const [a, b] = [colNumber(mm[1]), colNumber(mm[2])];
      out.push({ kind: 'cols', left: Math.min(a, b), right: Math.max(a, b) });
    } else if ((mm = /^([A-Za-z]+)(\d+)(?::([A-Za-z]+)(\d+))?$/.exec(ref))) {
      const [c1, r1] = [colNumber(mm[1]), Number(mm[2])];
      const [c2, r2] = mm[3] ? [colNumber(mm[3]), Number(mm[4])] : [c1, r1];
      out.push({
        kind: 'cells',
        range: { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) },
      });
    }
  }
  return out;
}

/** "330mm", "13in", "21cm", "936pt" -> points; undefined when unreadable. */
export function measureToPoints(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const m = /^\s*([0-9]*\.?[0-9]+)\s*(mm|cm|in|pt|pc|pi)\s*$/i.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = m[2].toLowerCase();
  const factor = unit === 'mm' ? 72 / 25.4 : unit === 'cm' ? 72 / 2.54 : unit === 'in' ? 72 : unit === 'pt' ? 1 : 12;
  return n * factor;
}

const truthy = (v: string | undefined): boolean => v === '1' || v === 'true';

function num(v: string | undefined): number | undefined {
  if (v === undefined || v.trim() === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

/** Manual breaks of `<rowBreaks>` / `<colBreaks>`: the first row/column of each new page (id + 1). */
function manualBreaks(el: XmlElement | undefined): number[] {
  if (!el) return [];
  return children(el, NS.main, 'brk')
    .filter((b) => truthy(b.attrs.man))
    .map((b) => Number(b.attrs.id) + 1)
    .filter((n) => Number.isInteger(n) && n > 1)
    .sort((a, b) => a - b);
}

/**
 * The page setup of one worksheet from its print elements and the workbook's defined names. Excel's
 * defaults fill what the file leaves out (Letter, portrait, 100 %, "Normal" margins).
 */
export function readPageSetup(parts: PageSetupParts): PageSetup {
  const setup = parts.pageSetup;
  const margins = parts.pageMargins;
  const options = parts.printOptions;
  const fit = parts.pageSetUpPr ?? child(parts.sheetPr, NS.main, 'pageSetUpPr');
  const a = setup?.attrs ?? {};
  const paperSize = num(a.paperSize);
  const width = measureToPoints(a.paperWidth);
  const height = measureToPoints(a.paperHeight);
  const inch = (v: string | undefined, dflt: number) => {
    const n = num(v);
    return n === undefined ? dflt : n * 72;
  };
  const m = margins?.attrs ?? {};
  const page = pageSetup({
    paper:
      width && height
        ? { width: Math.min(width, height), height: Math.max(width, height) }
        : paperOfCode(paperSize ?? 1),
    orientation: a.orientation === 'landscape' ? 'landscape' : 'portrait',
    margins: {
      left: inch(m.left, DEFAULT_MARGINS.left),
      right: inch(m.right, DEFAULT_MARGINS.right),
      top: inch(m.top, DEFAULT_MARGINS.top),
      bottom: inch(m.bottom, DEFAULT_MARGINS.bottom),
      header: inch(m.header, DEFAULT_MARGINS.header),
      footer: inch(m.footer, DEFAULT_MARGINS.footer),
    },
    scale: num(a.scale) ?? 100,
    fitToPage: truthy(fit?.attrs.fitToPage),
    fitToWidth: num(a.fitToWidth) ?? 1,
    fitToHeight: num(a.fitToHeight) ?? 1,
  });
  if (paperSize !== undefined) page.paperSize = paperSize;
  if (options && truthy(options.attrs.horizontalCentered)) page.centerHorizontally = true;
  if (options && truthy(options.attrs.verticalCentered)) page.centerVertically = true;
  const colBreaks = manualBreaks(parts.colBreaks);
  if (colBreaks.length) page.colBreaks = colBreaks;
  const names = definedNamesOf(parts.definedNames);
  const own = (n: string) =>
    names.find((d) => d.localSheetId === parts.localSheetId && d.name.toLowerCase() === n.toLowerCase());
  const titles = own('_xlnm.Print_Titles');
  for (const ref of titles ? parseRefs(titles.value) : []) {
    if (ref.kind === 'rows') page.titleRows = { top: ref.top, bottom: ref.bottom };
    if (ref.kind === 'cols') page.titleCols = { left: ref.left, right: ref.right };
  }
  const area = own('_xlnm.Print_Area');
  const areas = area ? parseRefs(area.value).flatMap((r) => (r.kind === 'cells' ? [r.range] : [])) : [];
  if (areas.length) page.printArea = areas;
  return page;
}
