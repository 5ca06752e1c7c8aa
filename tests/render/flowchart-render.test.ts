/**
 * The drawn flowchart as LibreOffice prints it: every step's symbol must show up inside its actor's cell
 * on the rendered page. The cell boxes come from the sheet geometry (column widths, row heights) mapped
 * onto the page by calibrating on the table's own printed borders; fonts-crosextra-carlito makes
 * LibreOffice's column widths match Excel's, so the mapping holds (the test checks it on the table's
 * bottom border too). "Ink" is what the drawing added: dark pixels in the drawn render that are not
 * dark in the render of the same workbook without the flowchart.
 *
 * ALUR_SCREENSHOTS=docs/screenshots npx vitest run tests/render  also saves the pages as PNG.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkGrids } from '../../src/core/check';
import { planFlowchart, type PlanShape } from '../../src/core/flowchart';
import { colLeft, rowTop, type Grid } from '../../src/core/grid';
import type { SopDoc } from '../../src/core/model';
import { drawPlans } from '../../src/xlsx/flowchart';
import { readWorkbook } from '../../src/xlsx/read';
import { renderPages, requireTool, savePng, type Page } from './render';

const DARK = 128;
const dark = (p: Page, x: number, y: number) => p.pixels[y * p.width + x] < DARK;

/** Longest run of dark pixels along each column (vertical) or row (horizontal) of a page. */
function longestRuns(p: Page, vertical: boolean): number[] {
  const [n, m] = vertical ? [p.width, p.height] : [p.height, p.width];
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    let best = 0;
    let run = 0;
    for (let j = 0; j < m; j++) {
      run = (vertical ? dark(p, i, j) : dark(p, j, i)) ? run + 1 : 0;
      if (run > best) best = run;
    }
    out.push(best);
  }
  return out;
}

interface Calibration {
  x(pt: number): number;
  y(pt: number): number;
  /** x positions of the long vertical lines found (the table's column borders). */
  verticals: number[];
}

/**
 * Points -> pixels on the page, from the table's outer borders: its left and right edges give the
 * horizontal scale, its top line and the last line printed on the page (the bottom of `lastRow`) the
 * vertical one. The two differ a little (LibreOffice turns Excel's character widths into its own units,
 * about 5% wider here); the inner borders are then checked against the mapping.
 */
function calibrate(p: Page, grid: Grid, doc: SopDoc, lastRow: number): Calibration {
  const v = longestRuns(p, true);
  const vmax = Math.max(...v);
  const xs = v.flatMap((run, x) => (run >= 0.5 * vmax ? [x] : []));
  const xl = Math.min(...xs);
  const xr = Math.max(...xs);
  const h = longestRuns(p, false);
  const ys = h.flatMap((run, y) => (run >= 0.8 * (xr - xl) ? [y] : []));
  const yt = Math.min(...ys);
  const yb = Math.max(...ys);
  const r = doc.table.range;
  const left = colLeft(grid, r.left);
  const sx = (xr - xl) / (colLeft(grid, r.right + 1) - left);
  const top = rowTop(grid, r.top);
  const sy = (yb - yt) / (rowTop(grid, lastRow + 1) - top);
  return { x: (pt) => xl + (pt - left) * sx, y: (pt) => yt + (pt - top) * sy, verticals: xs };
}

/** Dark pixels in `drawn` not dark in `plain`, inside a box (pixels), less a border of `inset`. */
function addedInk(drawn: Page, plain: Page, x0: number, y0: number, x1: number, y1: number, inset = 2): number {
  let n = 0;
  for (let y = Math.ceil(y0 + inset); y <= Math.floor(y1 - inset); y++)
    for (let x = Math.ceil(x0 + inset); x <= Math.floor(x1 - inset); x++) if (dark(drawn, x, y) && !dark(plain, x, y)) n++;
  return n;
}

/**
 * Rows (of pixels) in a box where the drawing added ink at two places at least `apart` pixels from each
 * other: the left and right outline of a symbol. A connector passing through adds one such row at most
 * per horizontal segment (a vertical segment adds one pixel per row), so this tells symbols from lines.
 */
function outlineRows(drawn: Page, plain: Page, x0: number, y0: number, x1: number, y1: number, inset = 2, apart = 8): number {
  let rows = 0;
  for (let y = Math.ceil(y0 + inset); y <= Math.floor(y1 - inset); y++) {
    let first = -1;
    let last = -1;
    for (let x = Math.ceil(x0 + inset); x <= Math.floor(x1 - inset); x++) {
      if (dark(drawn, x, y) && !dark(plain, x, y)) {
        if (first < 0) first = x;
        last = x;
      }
    }
    if (first >= 0 && last - first >= apart) rows++;
  }
  return rows;
}

/** Any ink: a 0.75 pt line printed at 72 dpi scaled to the page is anti-aliased grey, not dark. */
const FAINT = 230;

/**
 * Ink the drawing added in a symbol's lane cell (the rows its box spans), outside the symbol's box grown
 * by 1.5 pt: where a connector glued to the symbol leaves or arrives, whichever side LibreOffice picks.
 */
function laneInk(drawn: Page, plain: Page, cal: Calibration, grid: Grid, s: PlanShape): number {
  const x0 = Math.ceil(cal.x(colLeft(grid, s.cell.col)) + 1);
  const x1 = Math.floor(cal.x(colLeft(grid, s.cell.col + 1)) - 1);
  const y0 = Math.ceil(cal.y(rowTop(grid, s.anchor.from.row)) + 1);
  const y1 = Math.floor(cal.y(rowTop(grid, s.anchor.to.row + 1)) - 1);
  const bx0 = cal.x(s.box.left - 1.5);
  const bx1 = cal.x(s.box.left + s.box.width + 1.5);
  const by0 = cal.y(s.box.top - 1.5);
  const by1 = cal.y(s.box.top + s.box.height + 1.5);
  let n = 0;
  for (let y = Math.max(0, y0); y <= Math.min(drawn.height - 1, y1); y++)
    for (let x = Math.max(0, x0); x <= Math.min(drawn.width - 1, x1); x++) {
      if (x >= bx0 && x <= bx1 && y >= by0 && y <= by1) continue;
      const i = y * drawn.width + x;
      if (drawn.pixels[i] < FAINT && plain.pixels[i] >= FAINT) n++;
    }
  return n;
}

const SCREENSHOTS = process.env.ALUR_SCREENSHOTS;

describe('the drawn flowchart as LibreOffice prints it', () => {
  beforeAll(() => {
    requireTool('libreoffice');
    requireTool('pdftoppm');
  });

  for (const name of ['002-satpol-pp', '001-dinas-perpustakaan']) {
    it(`${name}: a symbol inside every actor cell of a step, nothing comparable in the other lanes`, async () => {
      const bytes = new Uint8Array(await readFile(`tests/fixtures/xlsx/${name}.xlsx`));
      const grids = await readWorkbook(bytes);
      const [{ doc }] = checkGrids(grids);
      const grid = grids.find((g) => g.sheet === doc.sheet)!;
      const plan = planFlowchart(doc, grid);
      const { bytes: drawnBytes } = await drawPlans(bytes, [plan], { grids, replaceHandDrawn: true });
      const plain = await renderPages(bytes, `${name}-plain`);
      const drawn = await renderPages(drawnBytes, `${name}-drawn`);
      expect(drawn.pages.length).toBe(plain.pages.length);

      // Steps by printed page: the page the table starts on, and pages after it at each page break.
      const inkOf = (k: number) => addedInk(drawn.pages[k], plain.pages[k], 0, 0, drawn.pages[k].width - 1, drawn.pages[k].height - 1, 0);
      const inked = drawn.pages.map((_, k) => k).filter((k) => inkOf(k) > 50);
      expect(inked.length).toBeGreaterThan(0);
      const k = inked[0];
      const page = drawn.pages[k];
      const breakRow = (grid.pageBreaks ?? []).find((r) => r > doc.table.range.top && r <= doc.table.range.bottom);
      const lastRowOnPage = breakRow ? breakRow - 1 : doc.table.range.bottom;
      const cal = calibrate(page, grid, doc, lastRowOnPage);
      // The mapping holds inside the table: every lane's borders print where the geometry says.
      for (const lane of doc.actors) {
        for (const edge of [lane.col, lane.col + 1]) {
          const x = cal.x(colLeft(grid, edge));
          expect(Math.min(...cal.verticals.map((v) => Math.abs(v - x))), `border of column ${edge}`).toBeLessThanOrEqual(3);
        }
      }

      let checked = 0;
      const minima: number[] = [];
      const others: number[] = [];
      for (const step of doc.steps) {
        if (step.row > lastRowOnPage) continue;
        const y0 = cal.y(rowTop(grid, step.row));
        const y1 = cal.y(rowTop(grid, Math.max(step.row, step.rowEnd) + 1));
        for (const lane of doc.actors) {
          const ink = outlineRows(page, plain.pages[k], cal.x(colLeft(grid, lane.col)), y0, cal.x(colLeft(grid, lane.col + 1)), y1);
          if (step.actors.includes(lane.name)) {
            minima.push(ink);
            checked++;
          } else others.push(ink);
        }
      }
      expect(checked).toBeGreaterThan(0);
      // A symbol 20 pt tall (5 pt free above and below it in a 30 pt row, room for an elbow to turn)
      // spans about 15 pixel rows at 72 dpi scaled to the page, a diamond's outline fewer rows wide
      // apart; a connector passing through a cell gives at most a row or two per horizontal segment.
      expect(Math.min(...minima), `symbol rows in actor cells: ${minima}`).toBeGreaterThanOrEqual(8);

      // Connectors, judged the way LibreOffice 7.4 draws glued connectors: it re-routes a glued connector
      // its own way and picks its own glue points (it leaves a flowchart box by a side where Excel uses
      // the bottom), so neither the path nor the site is compared. What must hold: every connector on the
      // page puts ink in the lanes it starts and ends in, next to its two symbols, and not inside them.
      const onPage = (sh: { cell: { row: number } }) => sh.cell.row <= lastRowOnPage;
      const byId = new Map(plan.shapes.map((sh) => [sh.id, sh]));
      const missing: string[] = [];
      let ends = 0;
      for (const c of plan.connectors) {
        const from = byId.get(c.from.shape)!;
        const to = byId.get(c.to.shape)!;
        if (!onPage(from) || !onPage(to)) continue;
        for (const sh of [from, to]) {
          ends++;
          if (laneInk(page, plain.pages[k], cal, grid, sh) < 3) missing.push(`${c.id}:${sh.id}`);
        }
      }
      // A lane cell holding a symbol but glued to nothing stays clean around it: the check can fail.
      const glued = new Set(plan.connectors.flatMap((c) => [c.from.shape, c.to.shape]));
      for (const sh of plan.shapes) if (!glued.has(sh.id) && onPage(sh)) expect(laneInk(page, plain.pages[k], cal, grid, sh)).toBeLessThan(3);
      if (plan.connectors.length > 0) expect(ends).toBeGreaterThan(0);
      expect(missing, 'connector ends without ink in their lanes').toEqual([]);
      expect(Math.max(0, ...others), `symbol rows in other lanes: ${others}`).toBeLessThanOrEqual(3);

      if (SCREENSHOTS) {
        await mkdir(SCREENSHOTS, { recursive: true });
        for (const n of inked) savePng(drawn.pdf, n + 1, join(SCREENSHOTS, `drawn-${name}${inked.length > 1 ? `-p${n + 1}` : ''}.png`));
      }
    }, 120_000);
  }
});
