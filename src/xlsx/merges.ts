/**
 * Merged areas as a file may hold them, made safe to read. Excel allows a whole column to be merged
 * (K1:K1048576): taken as written, one such merge in a 10 KB file would make the grid (and every tool
 * that materialises merged cells, exceljs among them) cover a million cells, a whole-sheet merge never
 * finishes. Overlapping areas are something Excel repairs when it opens the file.
 *
 * So each area is clipped to the sheet's used cells, areas that end up as a single cell or outside the
 * used cells are dropped, and an area overlapping one kept before it is dropped (what Excel's repair
 * does). safeMerges does it on a list (the streaming reader); repairMerges rewrites a sheet part, only
 * when something changed; the text of the cells is never touched.
 */
import { a1, parseRangeA1, type CellRange } from '../core/grid';
import { NS, children, child, type XmlElement } from './xml';

export interface MergeRepair {
  /** The sheet XML with the mergeCells element rewritten. */
  xml: string;
  kept: number;
  clipped: number;
  dropped: number;
}

/** The last row and column that hold a cell element (1-based); {0, 0} for an empty sheet. */
function usedExtent(sheet: XmlElement): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  const data = child(sheet, NS.main, 'sheetData');
  if (!data) return { rows, cols };
  for (const row of children(data, NS.main, 'row')) {
    for (const c of children(row, NS.main, 'c')) {
      const ref = c.attrs.r;
      if (!ref) continue;
      const m = /^([A-Z]{1,3})([0-9]+)$/.exec(ref);
      if (!m) continue;
      const r = Number(m[2]);
      let col = 0;
      for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
      if (r > rows) rows = r;
      if (col > cols) cols = col;
    }
  }
  return { rows, cols };
}

/**
 * The sheet's merges made safe, or null when they already are (the common case: nothing to rewrite).
 * `sheetXml` is the part's text and `sheet` its parsed root (offsets refer to that text).
 */
export function repairMerges(sheetXml: string, sheet: XmlElement): MergeRepair | null {
  const mergeCells = child(sheet, NS.main, 'mergeCells');
  if (!mergeCells) return null;
  const refs = children(mergeCells, NS.main, 'mergeCell').map((el) => el.attrs.ref ?? '');
  const { kept, clipped, dropped } = safeMerges(refs, usedExtent(sheet));
  if (clipped === 0 && dropped === 0) return null;
  const prefix = mergeCells.name.includes(':') ? mergeCells.name.slice(0, mergeCells.name.indexOf(':') + 1) : '';
  const body = kept.map((m) => `<${prefix}mergeCell ref="${a1(m.top, m.left)}:${a1(m.bottom, m.right)}"/>`).join('');
  const replacement = kept.length ? `<${prefix}mergeCells count="${kept.length}">${body}</${prefix}mergeCells>` : '';
  const xml = sheetXml.slice(0, mergeCells.start) + replacement + sheetXml.slice(mergeCells.end);
  return { xml, kept: kept.length, clipped, dropped };
}

/**
 * The merges (`ref` values in file order) made safe against the sheet's used extent (last row and
 * column holding a cell element): clipped, single cells and areas outside dropped, overlaps dropped.
 */
export function safeMerges(
  refs: string[],
  extent: { rows: number; cols: number }
): { kept: CellRange[]; clipped: number; dropped: number } {
  const { rows, cols } = extent;
  const kept: CellRange[] = [];
  const covered = new Set<number>();
  let clipped = 0;
  let dropped = 0;
  for (const ref of refs) {
    let area: CellRange;
    try {
      area = parseRangeA1(ref);
    } catch {
      dropped++;
      continue;
    }
    const bottom = Math.min(area.bottom, Math.max(rows, area.top));
    const right = Math.min(area.right, Math.max(cols, area.left));
    if (bottom !== area.bottom || right !== area.right) clipped++;
    const box = { ...area, bottom, right };
    const single = box.top === box.bottom && box.left === box.right;
    if (single || box.top > rows || box.left > cols || overlaps(box, covered)) {
      dropped++;
      continue;
    }
    for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) covered.add(r * 20000 + c);
    kept.push(box);
  }
  return { kept, clipped, dropped };
}

function overlaps(box: CellRange, covered: Set<number>): boolean {
  for (let r = box.top; r <= box.bottom; r++)
    for (let c = box.left; c <= box.right; c++) if (covered.has(r * 20000 + c)) return true;
  return false;
}
