/**
 * Feature detection must match what each code path calls. The fake answers ApiNotFound for any
 * member above the ExcelApi version it is given (its gates are checked against @types/office-js in
 * tests/fakes/excel-api-sets.test.ts), so running every host action on a host of each version where a
 * capability switches on or off proves that no path uses a member its capability does not cover.
 */
import { describe, expect, it } from 'vitest';
import { checkGrids } from '../../src/core/check';
import { planFlowchart } from '../../src/core/flowchart';
import { planLanes } from '../../src/core/flowchart/lanes';
import { createExcelHost } from '../../src/excel/host';
import { hostCapabilities } from '../../src/excel/requirements';
import { specToGrid } from '../fixtures/spec';
import { pelaksanaText } from '../fixtures/specs';
import { generatedSop, install } from './helpers';

/** Each version where some capability changes, and the one just below it. */
const VERSIONS = ['1.1', '1.2', '1.8', '1.9', '1.12', '1.13', '1.17', '1.18'];

describe('hostCapabilities matches the requirement sets each action uses', () => {
  it.each(VERSIONS)(
    'ExcelApi %s: read, draw, mark, clear, remove, fix and write Data SOP without ApiNotFound',
    async (version) => {
      const { grid } = generatedSop(12);
      install([grid], { sets: { ExcelApi: version } });
      const host = createExcelHost();
      const [read] = await host.readGrids('active');
      const [result] = checkGrids([read]);
      expect(result).toBeDefined();
      const drawn = await host.drawFlowcharts([planFlowchart(result.doc, read)], { replaceHandDrawn: true });
      expect(drawn.drawn).toBe(1);
      expect(drawn.fallback).toBe(hostCapabilities().shapes ? null : 'markers');
      await host.highlightCells('SOP', [{ cell: 'B8', severity: 'warning', message: 'Periksa waktu' }]);
      expect(await host.clearHighlights('SOP')).toBe(1);
      // Shapes, or (before 1.9) the cell markers written, which are removed as well.
      const removed = await host.removeFlowcharts('SOP');
      if (hostCapabilities().shapes) expect(removed).toBeGreaterThan(0);
      else expect(removed).toBe(drawn.shapes);
      const fixed = await host.applyFixes('SOP', [{ cell: 'A1', from: 'x', to: 'y' }]);
      expect(fixed.applied + fixed.stale).toBe(1);
      await host.writeDataSheet([result.sop], 'id');
    }
  );

  it.each(VERSIONS)('ExcelApi %s: generate lanes from a Pelaksana text column without ApiNotFound', async (version) => {
    const grids = pelaksanaText.sheets.map((s) => specToGrid(s));
    const fake = install(grids, { sets: { ExcelApi: version } });
    const host = createExcelHost();
    const [grid] = await host.readGrids('active');
    const [result] = checkGrids([grid]);
    const plan = planLanes(result.doc, { grid })!;
    await host.generateLanes!(grid.sheet, plan);
    // The actor columns are there on every version (merges and widths only from 1.2, formats by hand before 1.9).
    const [after] = await host.readGrids('active');
    const widest = (g: typeof grid) => Math.max(...g.text.map((row) => row.length));
    expect(widest(after)).toBe(widest(grid) + plan.count);
    expect(fake.stats.syncs).toBeGreaterThan(0);
  });
});
