/**
 * Issue 13: a fix, a mark or a selection on a cover cell (`Lembar1!H13`) goes to the cover sheet, in
 * both hosts: file mode (the .xlsx bytes) and live Excel (the fake).
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkGrids } from '../../src/core/check';
import { loadSpeller } from '../../src/cli/speller';

const speller = loadSpeller();
import { cellText } from '../../src/core/grid';
import { createExcelHost } from '../../src/excel/host';
import { createFileHost } from '../../src/xlsx/file-host';
import { specToGrid } from '../fixtures/spec';
import { realCoverByContent } from '../fixtures/specs';
import { install } from '../excel/helpers';

const bytes = async () => new Uint8Array(await readFile('tests/fixtures/xlsx/real-cover-by-content.xlsx'));
const FROM = 'Memahami adminstrasi kependudukan';
const TO = 'Memahami administrasi kependudukan';

describe('fixes on a cover sheet', () => {
  it('file mode: applies a COVER!A1 fix on the cover sheet and leaves the flowchart sheet alone', async () => {
    const host = await createFileHost(await bytes(), 'cover.xlsx');
    const grids = await host.readGrids('all');
    const [first] = checkGrids(grids, { speller });
    const typo = first.sop.findings.find((f) => f.rule === 'typo')!;
    expect(typo.fix).toEqual({ cell: 'Lembar1!H13', from: FROM, to: TO });
    expect(await host.applyFixes(first.sop.sheet, [typo.fix!])).toEqual({ applied: 1, stale: 0 });
    const after = await host.readGrids('all');
    expect(cellText(after[0], 13, 8)).toBe(TO);
    expect(after[1].text).toEqual(grids[1].text);
    expect(checkGrids(after, { speller })[0].sop.findings.filter((f) => f.rule === 'typo')).toEqual([]);
    // Applied again, the cell no longer holds the old text: stale, nothing written.
    expect(await host.applyFixes(first.sop.sheet, [typo.fix!])).toEqual({ applied: 0, stale: 1 });
    await host.selectCell(first.sop.sheet, 'Lembar1!G4');
    await host.highlightCells(first.sop.sheet, [{ cell: 'Lembar1!G4', severity: 'warning', message: 'x' }]);
    expect(await host.clearHighlights('Lembar1')).toBe(1);
  });

  it('live Excel: applies the fix on the cover sheet and selects a cover cell there', async () => {
    const fake = install(realCoverByContent.sheets.map(specToGrid));
    const host = createExcelHost();
    const grids = await host.readGrids('all');
    const [first] = checkGrids(grids, { speller });
    const typo = first.sop.findings.find((f) => f.rule === 'typo')!;
    expect(await host.applyFixes(first.sop.sheet, [typo.fix!])).toEqual({ applied: 1, stale: 0 });
    const after = await host.readGrids('all');
    expect(cellText(after[0], 13, 8)).toBe(TO);
    expect(after[1].text).toEqual(grids[1].text);
    await host.selectCell(first.sop.sheet, 'Lembar1!G4');
    expect(fake.workbook.selection).toEqual({ sheet: 'Lembar1', address: 'G4' });
  });
});
