/**
 * Every fixture workbook, as written by scripts/make-fixtures.ts, reads back as the grid its spec
 * describes: text, merges, column widths, row heights, page breaks, protection and shapes.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/core/grid';
import { readWorkbook } from '../../src/xlsx/read';
import { specToGrid } from '../fixtures/spec';
import { allSpecs } from '../fixtures/specs';

const fixture = async (file: string) => new Uint8Array(await readFile(new URL(`../fixtures/xlsx/${file}`, import.meta.url)));

/** The parts of a grid a test compares exactly (shapes by kind, text, cells and links). */
function comparable(g: Grid) {
  return {
    sheet: g.sheet,
    text: g.text,
    merges: [...g.merges].sort((a, b) => a.top - b.top || a.left - b.left),
    pageBreaks: g.pageBreaks ?? [],
    protected: g.protected ?? false,
    shapes: g.shapes.map((s) => ({
      id: s.id,
      name: s.name,
      kind: s.kind,
      geometry: s.geometry,
      text: s.text,
      from: { row: s.from.row, col: s.from.col },
      to: { row: s.to.row, col: s.to.col },
      start: s.startShapeId,
      end: s.endShapeId,
    })),
  };
}

describe.each(allSpecs.map((s) => [s.file, s] as const))('%s', (file, spec) => {
  it('reads back as its spec', async () => {
    const grids = await readWorkbook(await fixture(file));
    expect(grids.map((g) => g.sheet)).toEqual(spec.sheets.map((s) => s.name));
    grids.forEach((grid, i) => {
      const want = specToGrid(spec.sheets[i]);
      expect(comparable(grid)).toEqual(comparable(want));
      expect(grid.shapesKnown).toBe(true);
      // Sizes within rounding: Excel works in whole pixels (0.75 pt).
      expect(grid.defaultColWidth).toBeCloseTo(want.defaultColWidth, 0);
      expect(grid.colWidths.length).toBe(want.colWidths.length);
      grid.colWidths.forEach((w, c) => expect(Math.abs(w - want.colWidths[c]), `column ${c + 1}`).toBeLessThanOrEqual(0.75));
      expect(grid.rowHeights.length).toBe(want.rowHeights.length);
      grid.rowHeights.forEach((h, r) => expect(Math.abs(h - want.rowHeights[r]), `row ${r + 1}`).toBeLessThanOrEqual(0.75));
    });
  });
});
