/**
 * Printed pages as Excel paginates a sheet: the rows that start a new printed page, from the sheet's
 * page setup (./page-setup: paper, orientation, margins, scale or fit-to-pages, print titles, print
 * area) and its row heights and column widths, plus the manual breaks. Pure: hosts read the setup into
 * `grid.page` (src/xlsx/page-setup.ts from the file, src/excel/read.ts from `worksheet.pageLayout`).
 *
 * The model (Excel's, which LibreOffice follows when it prints an .xlsx):
 *  - the printable box is the paper (turned for landscape) less the left/right/top/bottom margins; the
 *    header and footer sit inside the top and bottom margins and take nothing from it;
 *  - a zoom in whole percent: `scale`, or with fit-to-page the largest zoom (10..100) at which the
 *    printed columns fit `fitToWidth` pages across and the rows `fitToHeight` pages down (0: no limit);
 *  - rows fill a page until the next one would overflow it; that row starts the next page. A row taller
 *    than a page gets a page of its own;
 *  - print-title rows are printed again on top of every page that starts below them, so such pages
 *    hold that much less;
 *  - each area of the print area starts its own pages; without one, the used part of the sheet prints;
 *  - a manual break starts a new page and the automatic count starts again from it. With fit-to-page
 *    and a fixed number of pages tall, Excel ignores manual breaks (its Page Setup help says so).
 */
import { colWidth, rowHeight, type CellRange, type Grid } from './index';
import type { PageSetup } from './page-setup';

/** The printable box of a page, in points on paper. */
export function printableSize(page: PageSetup): { width: number; height: number } {
  const land = page.orientation === 'landscape';
  const w = land ? page.paper.height : page.paper.width;
  const h = land ? page.paper.width : page.paper.height;
  const m = page.margins;
  return { width: Math.max(1, w - m.left - m.right), height: Math.max(1, h - m.top - m.bottom) };
}

/** The last row and column that print when no print area is set: text, merged areas and shapes. */
export function usedExtent(grid: Grid): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  grid.text.forEach((line, i) => {
    for (let c = (line?.length ?? 0) - 1; c >= 0; c--) {
      if (line[c] && line[c].trim() !== '') {
        rows = i + 1;
        cols = Math.max(cols, c + 1);
        break;
      }
    }
  });
  for (const m of grid.merges) {
    rows = Math.max(rows, m.bottom);
    cols = Math.max(cols, m.right);
  }
  for (const s of grid.shapes) {
    rows = Math.max(rows, s.to.row);
    cols = Math.max(cols, s.to.col);
  }
  return { rows, cols };
}

/** The ranges that print: the print area, or the used part of the sheet from A1. */
export function printedAreas(grid: Grid): CellRange[] {
  const areas = grid.page?.printArea?.filter((a) => a.bottom >= a.top && a.right >= a.left);
  if (areas && areas.length) return areas;
  const used = usedExtent(grid);
  if (used.rows === 0) return [];
  return [{ top: 1, left: 1, bottom: used.rows, right: used.cols }];
}

interface Axis {
  /** Size of line i in points. */
  size: (i: number) => number;
  first: number;
  last: number;
  /** Lines repeated on every page that starts after them. */
  titles?: { from: number; to: number };
  /** Lines starting a page by hand (the automatic count restarts there). */
  manual: Set<number>;
}

/** The lines starting each page after the first, at zoom `zoom` percent with `avail` points of paper. */
function paginateAxis(axis: Axis, avail: number, zoom: number): number[] {
  const room = (avail * 100) / zoom; // the page's length in sheet points
  const titles = axis.titles;
  let titleSize = 0;
  if (titles) for (let i = titles.from; i <= titles.to; i++) titleSize += axis.size(i);
  const starts: number[] = [];
  let start = axis.first;
  let used = 0;
  // A hair of tolerance so that sums of decimal sizes do not overflow a page they exactly fill.
  const EPS = 1e-6;
  for (let i = axis.first; i <= axis.last; i++) {
    const size = axis.size(i);
    const limit = titles && start > titles.to ? room - titleSize : room;
    if (i > start && (axis.manual.has(i) || used + size > limit + EPS)) {
      starts.push(i);
      start = i;
      used = 0;
    }
    used += size;
  }
  return starts;
}

/** Per printed area: the row axis and the column axis. */
function axesOf(grid: Grid, area: CellRange, honourManual: boolean): { rows: Axis; cols: Axis } {
  const page = grid.page;
  const manualRows = new Set(honourManual ? (grid.pageBreaks ?? []) : []);
  const manualCols = new Set(honourManual ? (page?.colBreaks ?? []) : []);
  const tr = page?.titleRows;
  const tc = page?.titleCols;
  return {
    rows: {
      size: (r) => Math.max(0, rowHeight(grid, r)),
      first: area.top,
      last: area.bottom,
      titles: tr && tr.bottom >= tr.top ? { from: tr.top, to: tr.bottom } : undefined,
      manual: manualRows,
    },
    cols: {
      size: (c) => Math.max(0, colWidth(grid, c)),
      first: area.left,
      last: area.right,
      titles: tc && tc.right >= tc.left ? { from: tc.left, to: tc.right } : undefined,
      manual: manualCols,
    },
  };
}

/** Excel's zoom for the sheet: `scale`, or the largest whole percent (10..100) that fits the pages asked for. */
export function printZoom(grid: Grid): number {
  const page = grid.page;
  if (!page) return 100;
  if (!page.fitToPage) return Math.min(400, Math.max(10, Math.round(page.scale || 100)));
  const box = printableSize(page);
  const honour = page.fitToHeight === 0;
  const areas = printedAreas(grid).map((a) => axesOf(grid, a, honour));
  const fits = (zoom: number) =>
    areas.every(
      ({ rows, cols }) =>
        (page.fitToWidth <= 0 || paginateAxis(cols, box.width, zoom).length + 1 <= page.fitToWidth) &&
        (page.fitToHeight <= 0 || paginateAxis(rows, box.height, zoom).length + 1 <= page.fitToHeight)
    );
  for (let zoom = 100; zoom > 10; zoom--) if (fits(zoom)) return zoom;
  return 10;
}

/**
 * The rows (1-based, ascending) that start a new printed page, as Excel prints the sheet: the manual
 * breaks, plus, when the host read the sheet's page setup (`grid.page`), the automatic ones. Without a
 * page setup only the manual breaks are known.
 */
export function printedPageBreaks(grid: Grid): number[] {
  const manual = (grid.pageBreaks ?? []).filter((r) => Number.isInteger(r) && r > 1);
  const page = grid.page;
  if (!page) return [...new Set(manual)].sort((a, b) => a - b);
  const honour = !(page.fitToPage && page.fitToHeight > 0);
  const zoom = printZoom(grid);
  const box = printableSize(page);
  const out = new Set<number>();
  const areas = printedAreas(grid);
  areas.forEach((area, k) => {
    if (k > 0) out.add(area.top);
    for (const r of paginateAxis(axesOf(grid, area, honour).rows, box.height, zoom)) out.add(r);
  });
  if (areas.length === 0 && honour) for (const r of manual) out.add(r);
  return [...out].sort((a, b) => a - b);
}
