/**
 * .xlsx file -> one Grid per worksheet. Works on bytes only (Node and the browser alike): the file is
 * first checked and unpacked by ./package (refusing unsafe files with an XlsxError), then each sheet
 * part is read as a stream of XML events (saxes) straight into the Grid: no element tree and no cell
 * objects for the sheet's data, so a 10 000 x 100 data sheet costs its text and little more. Read are
 * only what an SOP needs: cell text as displayed (shared strings, number formats, formula results,
 * rich text, links), merges, column widths, row heights and hidden rows, protection and manual page
 * breaks; ./shapes reads the drawing parts. The small print-setting elements are kept as element trees
 * (SheetExtras) for the pagination code.
 */
import { DEFAULT_ROW_HEIGHT, emptyGrid, type Grid } from '../core/grid';
import { XlsxError } from './errors';
import {
  checkUnloadedParts,
  loadParts,
  openXlsx,
  partXml,
  readRels,
  relsPathOf,
  REL_TYPE,
  type XlsxLimits,
  type XlsxPackage,
} from './package';
import { readDrawingShapes } from './shapes';
import { scanSheet } from './sheet-scan';
import { DEFAULT_COL_POINTS, storedWidthToPoints } from './units';
import { NS, child, children, nsAttr, parseXml, type XmlElement } from './xml';
import { readPageSetup } from './page-setup';
import { safeMerges } from './merges';
import { BOOK_PARTS, readBook, type Book } from './read-book';

export interface ReadOptions {
  /** Size limits against zip bombs (defaults: 200 MB in total, 50 MB per part). */
  limits?: Partial<XlsxLimits>;
  /** Skip the drawing parts (faster; grids then say shapesKnown: false). */
  shapes?: boolean;
}

/**
 * The small elements of a sheet and workbook that describe printing, as parsed trees (namespace-aware,
 * see ./xml; offsets refer to a small wrapper text, not to the part). Absent when the file has none.
 */
export interface SheetExtras {
  /** `<sheetPr>` (its `<pageSetUpPr fitToPage>` child says whether to fit to pages). */
  sheetPr?: XmlElement;
  /** `<sheetPr><pageSetUpPr>`. */
  pageSetUpPr?: XmlElement;
  pageMargins?: XmlElement;
  pageSetup?: XmlElement;
  printOptions?: XmlElement;
  rowBreaks?: XmlElement;
  colBreaks?: XmlElement;
  /** The workbook's `<definedNames>` (print areas and titles: _xlnm.Print_Area, _xlnm.Print_Titles). */
  definedNames?: XmlElement;
  /** 0-based position of the sheet among the workbook's `<sheet>` elements (definedName@localSheetId). */
  localSheetId: number;
}

export interface WorkbookRead {
  grids: Grid[];
  /** extras[i] belongs to grids[i]. */
  extras: SheetExtras[];
}

/** Reads every worksheet of a workbook, in tab order. Throws XlsxError for a file it must refuse. */
export async function readWorkbook(data: Uint8Array | ArrayBuffer, opts: ReadOptions = {}): Promise<Grid[]> {
  return (await readWorkbookDetailed(data, opts)).grids;
}

/** readWorkbook, with each sheet's print settings as small element trees beside its grid. */
export async function readWorkbookDetailed(
  data: Uint8Array | ArrayBuffer,
  opts: ReadOptions = {}
): Promise<WorkbookRead> {
  // Only the parts an SOP needs are inflated: the workbook, its sheets, shared strings and styles, and
  // the sheets' drawings (themes, pictures, printer settings, document properties stay packed).
  const pkg = await openXlsx(data, opts.limits, { lazy: true });
  const wbRels = readRels(pkg, 'xl/workbook.xml');
  const wanted = wbRels.filter((r) => !r.external && BOOK_PARTS.has(r.type)).map((r) => r.target);
  wanted.push('xl/sharedStrings.xml', 'xl/styles.xml', ...pkg.sheets.map((s) => s.path));
  if (opts.shapes !== false) {
    for (const s of pkg.sheets) {
      wanted.push(
        ...readRels(pkg, s.path)
          .filter((r) => r.type === REL_TYPE.drawing && !r.external)
          .map((r) => r.target)
      );
    }
  }
  await loadParts(pkg, wanted);
  await checkUnloadedParts(pkg);
  const book = readBook(pkg);
  const grids: Grid[] = [];
  const extras: SheetExtras[] = [];
  for (const part of pkg.sheets) {
    const source = pkg.xml.get(part.path);
    let grid: Grid;
    let small: Omit<SheetExtras, 'definedNames' | 'localSheetId'> = {};
    if (source === undefined) {
      grid = emptyGrid(part.name);
    } else {
      try {
        ({ grid, extras: small } = readSheet(source, part.name, book, sheetHyperlinks(pkg, part.path, source)));
      } catch (e) {
        throw new XlsxError(
          'unreadable',
          'Isi workbook ini tidak dapat dibaca.',
          'The contents of this workbook cannot be read.',
          {
            cause: e,
          }
        );
      }
    }
    if (opts.shapes === false) grid.shapesKnown = false;
    else grid.shapes = readSheetShapes(pkg, part.path, grid);
    grids.push(grid);
    extras.push({ ...small, definedNames: book.definedNames, localSheetId: part.index });
    if (source !== undefined) grid.page = readPageSetup(extras[extras.length - 1]);
  }
  return { grids, extras };
}

/** The sheet's external links by cell (`<hyperlink ref r:id>`): a linked cell without a value shows its target. */
function sheetHyperlinks(pkg: XlsxPackage, sheetPath: string, source: string): Map<string, string> {
  const links = new Map<string, string>();
  const close = source.lastIndexOf('hyperlinks>');
  if (close < 0 || !pkg.xml.has(relsPathOf(sheetPath))) return links;
  const open = /<([A-Za-z_][\w.-]*:)?hyperlinks[\s>]/g;
  let start = -1;
  for (let m = open.exec(source); m; m = open.exec(source)) {
    if (m.index > close) break;
    start = m.index;
  }
  if (start < 0) return links;
  const tree = wrapped(source, source.slice(start, close + 'hyperlinks>'.length));
  const targets = new Map<string, string>();
  const relsRoot = partXml(pkg, relsPathOf(sheetPath));
  for (const r of relsRoot ? children(relsRoot, NS.pkgRels, 'Relationship') : [])
    targets.set(r.attrs.Id ?? '', r.attrs.Target ?? '');
  for (const h of children(child(tree, NS.main, 'hyperlinks') ?? tree, NS.main, 'hyperlink')) {
    const id = nsAttr(h, NS.r, 'id');
    const target = id === undefined ? undefined : targets.get(id);
    if (h.attrs.ref && target !== undefined) links.set(h.attrs.ref, target);
  }
  return links;
}

/** Parses `inner` (elements cut out of a sheet part) inside a copy of the part's root tag, so prefixes resolve. */
function wrapped(source: string, inner: string): XmlElement {
  const rootStart = source.search(/<[A-Za-z_]/);
  const rootOpenEnd = source.indexOf('>', rootStart);
  let rootOpen = source.slice(rootStart, rootOpenEnd + 1);
  if (rootOpen.endsWith('/>')) rootOpen = `${rootOpen.slice(0, -2)}>`;
  const rootName = /^<([^\s/>]+)/.exec(rootOpen)?.[1] ?? 'worksheet';
  return parseXml(`${rootOpen}${inner}</${rootName}>`);
}

/** Reads one sheet part into a Grid: the scan (./sheet-scan), then merges, sizes and print settings. */
function readSheet(
  source: string,
  name: string,
  book: Book,
  links: Map<string, string>
): { grid: Grid; extras: Omit<SheetExtras, 'definedNames' | 'localSheetId'> } {
  const grid = emptyGrid(name);
  const scan = scanSheet(source, book, links);
  const text = scan.text;
  grid.text = text;
  const { heights, cols, mergeRefs, defaultRowHeight, defaultColWidth, isProtected, usedRows, usedCols, kept } = scan;

  // Merges made safe against the used cells (see ./merges); only a merged area's top-left cell keeps text.
  const { kept: merges } = safeMerges(mergeRefs, { rows: usedRows, cols: usedCols });
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom && r <= text.length; r++) {
      const line = text[r - 1];
      for (let c = m.left; c <= m.right && c <= line.length; c++) if (r !== m.top || c !== m.left) line[c - 1] = '';
    }
  }
  for (const line of text) while (line.length && line[line.length - 1] === '') line.pop();
  while (text.length && text[text.length - 1].length === 0) text.pop();
  grid.merges = merges;

  grid.defaultRowHeight = defaultRowHeight || DEFAULT_ROW_HEIGHT;
  grid.defaultColWidth = defaultColWidth ? storedWidthToPoints(defaultColWidth) : DEFAULT_COL_POINTS;
  for (let i = 0; i < heights.length; i++) grid.rowHeights[i] = heights[i] ?? grid.defaultRowHeight;
  // Column definitions sorted by their first column; an overlapping later one fills only what is left.
  cols.sort((x, y) => x.min - y.min);
  let next = 1;
  for (const col of cols) {
    next = Math.max(next, col.min);
    for (; next <= col.max; next++) {
      if (col.hidden) grid.colWidths[next - 1] = 0;
      else if (col.width !== undefined) grid.colWidths[next - 1] = storedWidthToPoints(col.width);
    }
  }
  for (let i = 0; i < grid.colWidths.length; i++) grid.colWidths[i] ??= grid.defaultColWidth;
  grid.protected = isProtected;

  const extras: Omit<SheetExtras, 'definedNames' | 'localSheetId'> = {};
  if (kept.length) {
    const tree = wrapped(source, kept.join(''));
    extras.sheetPr = child(tree, NS.main, 'sheetPr');
    extras.pageSetUpPr = child(extras.sheetPr, NS.main, 'pageSetUpPr');
    extras.pageMargins = child(tree, NS.main, 'pageMargins');
    extras.pageSetup = child(tree, NS.main, 'pageSetup');
    extras.printOptions = child(tree, NS.main, 'printOptions');
    extras.rowBreaks = child(tree, NS.main, 'rowBreaks');
    extras.colBreaks = child(tree, NS.main, 'colBreaks');
    for (const k of Object.keys(extras) as (keyof typeof extras)[]) if (!extras[k]) delete extras[k];
    const breaks = manualRowBreaks(extras.rowBreaks);
    if (breaks.length) grid.pageBreaks = breaks;
  }
  return { grid, extras };
}

/** Rows (1-based) where a manual page break starts a new page: `<brk id>` is the 0-based row above. */
function manualRowBreaks(rowBreaks: XmlElement | undefined): number[] {
  if (!rowBreaks) return [];
  return children(rowBreaks, NS.main, 'brk')
    .filter((b) => b.attrs.man === '1' || b.attrs.man === 'true')
    .map((b) => Number(b.attrs.id) + 1)
    .filter((n) => Number.isInteger(n) && n > 1)
    .sort((a, b) => a - b);
}

function readSheetShapes(pkg: XlsxPackage, sheetPath: string, grid: Grid) {
  const drawings = readRels(pkg, sheetPath).filter((r) => r.type === REL_TYPE.drawing && !r.external);
  return drawings.flatMap((rel) => {
    const drawing = partXml(pkg, rel.target);
    return drawing ? readDrawingShapes(drawing, grid) : [];
  });
}
