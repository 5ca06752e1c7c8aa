import { describe, expect, it } from 'vitest';
import { checkGrids } from '../../src/core/check';
import { dataSopTable } from '../../src/core/export/data-sop';
import { DATA_SHEET_NAME, DATA_TABLE_NAME, writeDataSheet } from '../../src/excel/data-sheet';
import { readSheets } from '../../src/excel/read';
import { specToGrid } from '../fixtures/spec';
import { satpolPP, twoSheets } from '../fixtures/specs';
import { install } from './helpers';

describe('writeDataSheet', () => {
  it('creates a "Data SOP" sheet holding a real table of every step, in two syncs', async () => {
    const fake = install(satpolPP.sheets.map(specToGrid));
    const sops = checkGrids(await readSheets()).map((r) => r.sop);
    const before = fake.stats.syncs;
    await writeDataSheet(sops, 'id');
    expect(fake.stats.syncs - before).toBe(2);
    const data = fake.sheet(DATA_SHEET_NAME);
    const expected = dataSopTable(sops, 'id');
    expect(data.tables).toHaveLength(1);
    expect(data.tables[0]).toMatchObject({
      name: DATA_TABLE_NAME,
      hasHeaders: true,
      style: 'TableStyleMedium2',
    });
    expect(data.tables[0].range).toEqual({
      top: 1,
      left: 1,
      bottom: expected.rows.length + 1,
      right: expected.headers.length,
    });
    expect(data.text[0]).toEqual(expected.headers);
    expect(data.text[1]).toEqual(expected.rows[0].map((v) => (v === null ? '' : String(v))));
    expect(fake.workbook.activeSheet.name).toBe(DATA_SHEET_NAME);
  });

  it('replaces its own sheet when run again and leaves every other sheet alone', async () => {
    const fake = install(twoSheets.sheets.map(specToGrid));
    const grids = await readSheets();
    const others = fake.workbook.sheets.map((s) => ({
      name: s.name,
      text: JSON.stringify(s.text),
      shapes: s.shapes.length,
    }));
    const sops = checkGrids(grids).map((r) => r.sop);
    expect(sops.length).toBeGreaterThan(1);
    await writeDataSheet(sops, 'id');
    await writeDataSheet(sops.slice(0, 1), 'en');
    const data = fake.workbook.sheets.filter((s) => s.name === DATA_SHEET_NAME);
    expect(data).toHaveLength(1);
    expect(data[0].tables).toHaveLength(1);
    const expected = dataSopTable(sops.slice(0, 1), 'en');
    expect(data[0].text[0]).toEqual(expected.headers);
    expect(data[0].text.length).toBe(expected.rows.length + 1);
    const after = fake.workbook.sheets
      .filter((s) => s.name !== DATA_SHEET_NAME)
      .map((s) => ({ name: s.name, text: JSON.stringify(s.text), shapes: s.shapes.length }));
    expect(after).toEqual(others);
  });

  it('makes a table with one empty row when there are no steps', async () => {
    const fake = install(twoSheets.sheets.map(specToGrid));
    await writeDataSheet([], 'id');
    expect(fake.sheet(DATA_SHEET_NAME).tables[0].range.bottom).toBe(2);
  });
});
