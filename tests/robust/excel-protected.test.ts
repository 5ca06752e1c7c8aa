/**
 * A protected sheet in live Excel (the Office.js fake): drawing, fixing and marking are refused with
 * HostError 'protected' in both languages, and the sheet keeps every cell, shape, fill and note.
 */
import { describe, expect, it } from 'vitest';
import { checkGrids } from '../../src/core/check';
import { planFlowchart } from '../../src/core/flowchart';
import { HostError } from '../../src/core/host';
import { createExcelHost } from '../../src/excel/host';
import { createFakeExcel, installFakeExcel, type FakeExcel } from '../fakes/excel';
import { specToGrid } from '../fixtures/spec';
import { dinasPerpustakaan } from '../fixtures/specs';

function snapshot(fake: FakeExcel, sheet: string): string {
  const s = fake.sheet(sheet);
  return JSON.stringify({
    text: s.text,
    shapes: s.shapes.map((x) => ({ ...x })),
    fills: [...s.fills],
    notes: [...s.notes],
    comments: [...s.comments],
    borders: [...s.borders.keys()],
    protected: s.protected,
  });
}

describe('a protected sheet in Excel', () => {
  it('refuses draw, fix and mark with HostError "protected", and changes nothing', async () => {
    const grid = specToGrid(dinasPerpustakaan.sheets[0]);
    const fake = createFakeExcel([grid], { protectedSheets: [grid.sheet] });
    const uninstall = installFakeExcel(fake);
    try {
      const host = createExcelHost();
      const before = snapshot(fake, grid.sheet);
      const grids = await host.readGrids('active');
      expect(grids[0].protected).toBe(true);
      const results = checkGrids(grids);
      expect(results.length).toBe(1);
      const { doc, sop } = results[0];
      const fixes = sop.findings.flatMap((f) => (f.fix ? [f.fix] : []));
      expect(fixes.length).toBeGreaterThan(0);

      // One at a time: the host refuses a second action while one runs.
      const attempts = [
        () => host.drawFlowcharts([planFlowchart(doc, grids[0])], { replaceHandDrawn: true }),
        () => host.applyFixes(grid.sheet, fixes),
        () =>
          host.highlightCells(
            grid.sheet,
            sop.findings.map((f) => ({ cell: f.cell, severity: f.severity, message: f.message })),
          ),
      ];
      for (const attempt of attempts) {
        const error = await attempt().then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(HostError);
        expect((error as HostError).code).toBe('protected');
        expect((error as HostError).id).toMatch(/diproteksi|dilindungi/i);
        expect((error as HostError).en).toMatch(/protected/i);
      }
      expect(snapshot(fake, grid.sheet)).toBe(before);
    } finally {
      uninstall();
    }
  });
});
