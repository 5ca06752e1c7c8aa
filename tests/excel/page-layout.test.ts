/**
 * The page setup from a live sheet (Worksheet.pageLayout and horizontalPageBreaks, ExcelApi 1.9), read
 * in the one read sync, gives the same printed page breaks as the .xlsx file of the same sheet; without
 * ExcelApi 1.9 the grid says it does not know them.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printedPageBreaks } from '../../src/core/grid/pagination';
import { readSheets } from '../../src/excel/read';
import { readWorkbook } from '../../src/xlsx/read';
import { specToGrid } from '../fixtures/spec';
import { offpageAutoBreak, offpageLetters } from '../fixtures/specs/offpage';
import { pagePrintArea, pagePrintTitles, pageSetupSpecs, pageTallRows } from '../fixtures/specs/page-setup';
import { install } from './helpers';

describe('reading the page layout of a live sheet', () => {
  for (const spec of [...pageSetupSpecs, offpageAutoBreak, offpageLetters]) {
    it(`${spec.file}: the breaks of the file, in one sync`, async () => {
      const grid = specToGrid(spec.sheets[0]);
      const fake = install([grid]);
      const [live] = await readSheets([grid.sheet]);
      expect(fake.stats.syncs).toBe(1);
      expect(live.pageKnown).toBe(true);
      const [file] = await readWorkbook(await readFile(join('tests/fixtures/xlsx', spec.file)));
      expect(printedPageBreaks(live)).toEqual(printedPageBreaks(file));
      expect(printedPageBreaks(live).length).toBeGreaterThan(0);
    });
  }

  it('reads paper, orientation, margins, zoom, print titles, print area and manual breaks as they are', async () => {
    const grid = specToGrid(pagePrintTitles.sheets[0]);
    const fake = install([grid]);
    const layout = fake.workbook.sheet('Judul').pageLayout;
    layout.printArea = [{ top: 3, left: 1, bottom: 90, right: 8 }];
    fake.workbook.sheet('Judul').rowBreaks = [40];
    const [live] = await readSheets(['Judul']);
    expect(live.page).toEqual({ ...grid.page, printArea: [{ top: 3, left: 1, bottom: 90, right: 8 }] });
    expect(live.pageBreaks).toEqual([40]);
  });

  it('without ExcelApi 1.9: no page setup, and the grid says so', async () => {
    for (const spec of [pageTallRows, pagePrintArea]) {
      const grid = specToGrid(spec.sheets[0]);
      install([grid], { sets: { ExcelApi: '1.8' } });
      const [live] = await readSheets([grid.sheet]);
      expect([live.pageKnown, live.page, live.pageBreaks]).toEqual([false, undefined, undefined]);
      expect(printedPageBreaks(live)).toEqual([]);
    }
  });
});
