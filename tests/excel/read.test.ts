import { afterEach, describe, expect, it } from 'vitest';
import {
  cellText,
  colCount,
  colWidth,
  gridFromRows,
  rowCount,
  rowHeight,
  type Grid,
  type GridShape,
} from '../../src/core/grid';
import { parseAreas, readActiveSheet, readSheets, selectCell } from '../../src/excel/read';
import { hostCapabilities } from '../../src/excel/requirements';
import { kindOfPreset } from '../../src/excel/shapes';
import { specToGrid } from '../fixtures/spec';
import { allSpecs } from '../fixtures/specs';
import { createFakeExcel, installFakeExcel, type FakeExcel, type FakeExcelOptions } from '../fakes/excel';

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

function install(grids: Grid[], opts?: FakeExcelOptions): FakeExcel {
  const fake = createFakeExcel(grids, opts);
  uninstall = installFakeExcel(fake);
  return fake;
}

/** A small SOP-like sheet that does not start at A1, with merges, sizes and a three-symbol flowchart. */
function smallSop(): Grid {
  const rows: (string | null)[][] = [
    [],
    [],
    [null, 'No', 'Uraian Kegiatan', 'Pelaksana', null, 'Waktu'],
    [null, null, null, 'Camat', 'Sekretaris', null],
    [null, '1', 'Menerima surat', null, null, '10 menit'],
    [null, '2', 'Memeriksa berkas', null, null, '1 jam'],
    [null, '3', 'Selesai', null, null, '-'],
  ];
  const grid = gridFromRows('SOP', rows, {
    merges: [
      { top: 3, left: 2, bottom: 4, right: 2 },
      { top: 3, left: 4, bottom: 3, right: 5 },
    ],
    colWidths: [20, 30, 200, 80, 90, 60],
    rowHeights: [15, 15, 30, 20, 40, 40, 40],
  });
  const box = (
    id: string,
    kind: GridShape['kind'],
    geometry: string,
    text: string,
    row: number,
    col: number
  ): GridShape => ({
    id,
    name: `Flowchart ${id}`,
    kind,
    geometry,
    text,
    from: { row, col },
    to: { row, col },
  });
  grid.shapes = [
    box('2', 'terminator', 'flowChartTerminator', 'Mulai', 5, 4),
    box('3', 'decision', 'flowChartDecision', 'Lengkap?', 6, 5),
    box('4', 'process', 'flowChartProcess', '', 7, 4),
    {
      id: '5',
      name: 'Straight Arrow Connector 5',
      kind: 'connector',
      geometry: 'straightConnector1',
      text: '',
      from: { row: 5, col: 4 },
      to: { row: 6, col: 5 },
      startShapeId: '2',
      endShapeId: '3',
    },
  ];
  return grid;
}

/** What a reader must give back: texts, merges, sizes over the text area, shapes' kind/text/cells. */
function expectSameSheet(actual: Grid, expected: Grid): void {
  expect(actual.sheet).toBe(expected.sheet);
  expect(actual.text).toEqual(trimmed(expected.text));
  expect(sortRanges(actual.merges)).toEqual(sortRanges(expected.merges));
  for (let c = 1; c <= colCount(expected); c++)
    expect(colWidth(actual, c), `width of column ${c}`).toBeCloseTo(colWidth(expected, c), 2);
  for (let r = 1; r <= rowCount(expected); r++)
    expect(rowHeight(actual, r), `height of row ${r}`).toBeCloseTo(rowHeight(expected, r), 2);
  expect(actual.shapes.map(shapeSummary)).toEqual(expected.shapes.map(shapeSummary));
}

/** Rows without trailing empty cells, no trailing empty rows (both are the same sheet to Excel). */
function trimmed(text: string[][]): string[][] {
  const rows = text.map((r) => {
    const out = [...r];
    while (out.length && out[out.length - 1] === '') out.pop();
    return out;
  });
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

function sortRanges<T extends { top: number; left: number }>(ranges: T[]): T[] {
  return [...ranges].sort((a, b) => a.top - b.top || a.left - b.left);
}

/**
 * The comparable part of a shape. A box's cells must match exactly; a connector's box is only known
 * as its bounding rectangle, so its corners are compared as such.
 */
function shapeSummary(s: GridShape) {
  // A plain rectangle is the SOP process symbol (domain README), whatever a spec called it.
  const kind = s.kind === 'other' ? kindOfPreset(s.geometry) : s.kind;
  const rows = [s.from.row, s.to.row].sort((a, b) => a - b);
  const cols = [s.from.col, s.to.col].sort((a, b) => a - b);
  return { id: s.id, name: s.name, kind, text: s.text, rows, cols };
}

describe('readActiveSheet', () => {
  it('reads text, merges, sizes and shapes in exactly one sync with ExcelApi 1.9+', async () => {
    const grid = smallSop();
    const fake = install([grid]);
    const read = await readActiveSheet();
    expect(fake.stats.syncs).toBe(1);
    expectSameSheet(read, grid);
    expect(read.shapesKnown).toBe(true);
    expect(read.protected).toBe(false);
    expect(cellText(read, 5, 3)).toBe('Menerima surat');
    const mulai = read.shapes.find((s) => s.text === 'Mulai')!;
    expect(mulai).toMatchObject({
      kind: 'terminator',
      geometry: 'flowChartTerminator',
      from: { row: 5, col: 4 },
      to: { row: 5, col: 4 },
    });
    // The offset inside the cell is a quarter of the cell, where the fake put it.
    expect(mulai.from.colOffset).toBeCloseTo(20, 2);
    expect(mulai.from.rowOffset).toBeCloseTo(10, 2);
  });

  it('places a used range that does not start at A1 (columns A, rows 1-2 empty)', async () => {
    const grid = gridFromRows('Data', [[], [], [null, null, null, 'x', 'y'], [null, null, null, null, 'z']]);
    install([grid]);
    const read = await readActiveSheet();
    expect(read.text).toEqual([[], [], ['', '', '', 'x', 'y'], ['', '', '', '', 'z']]);
    expect(cellText(read, 3, 4)).toBe('x');
  });

  it('gives an empty grid for a blank sheet', async () => {
    const fake = install([gridFromRows('Kosong', [])]);
    const read = await readActiveSheet();
    expect(read.text).toEqual([]);
    expect(read.merges).toEqual([]);
    expect(read.shapes).toEqual([]);
    expect(fake.stats.syncs).toBe(1);
  });

  it('reads the active sheet, not the first', async () => {
    install([gridFromRows('A', [['a']]), gridFromRows('B', [['b']])], { activeSheet: 'B' });
    expect((await readActiveSheet()).text).toEqual([['b']]);
  });

  it('takes two syncs on ExcelApi 1.2-1.8: sizes row by row and column by column, no shapes, no merges', async () => {
    const grid = smallSop();
    const fake = install([grid], { sets: { ExcelApi: '1.8' } });
    const read = await readActiveSheet();
    expect(fake.stats.syncs).toBe(2);
    expect(read.shapesKnown).toBe(false);
    expect(read.shapes).toEqual([]);
    expect(read.merges).toEqual([]);
    expect(read.protected).toBe(false);
    expectSameSheet(read, { ...grid, merges: [], shapes: [] });
  });

  it('reads text only on ExcelApi 1.1 (no sizes, shapes, merges or protection exist there), in one sync', async () => {
    const grid = smallSop();
    const fake = install([grid], { sets: { ExcelApi: '1.1' } });
    const read = await readActiveSheet();
    expect(fake.stats.syncs).toBe(1);
    expect(read.text).toEqual(trimmed(grid.text));
    expect(read.shapesKnown).toBe(false);
    expect(read.merges).toEqual([]);
    expect(read.protected).toBeUndefined();
    expect(read.colWidths).toEqual([]);
    expect(read.rowHeights).toEqual([]);
  });

  it('leaves merges out (not wrong) without ExcelApi 1.13, still in one sync with 1.9', async () => {
    const grid = smallSop();
    const fake = install([grid], { sets: { ExcelApi: '1.12' } });
    const read = await readActiveSheet();
    expect(fake.stats.syncs).toBe(1);
    expect(read.merges).toEqual([]);
    expect(read.shapes).toHaveLength(4);
  });

  it('reads connectors with their joined shapes on request, oriented from the start shape', async () => {
    const grid = smallSop();
    // An arrow going up and left: from the decision (row 6, E) back to the terminator (row 5, D).
    grid.shapes[3] = {
      ...grid.shapes[3],
      from: { row: 6, col: 5 },
      to: { row: 5, col: 4 },
      startShapeId: '3',
      endShapeId: '2',
    };
    const fake = install([grid]);
    const read = await readActiveSheet({ connections: true });
    const arrow = read.shapes.find((s) => s.kind === 'connector')!;
    expect(arrow).toMatchObject({ startShapeId: '3', endShapeId: '2', geometry: 'straightConnector1' });
    expect([arrow.from.row, arrow.from.col, arrow.to.row, arrow.to.col]).toEqual([6, 5, 5, 4]);
    expect(fake.stats.syncs).toBe(3);
  });

  it('marks a protected sheet', async () => {
    install([smallSop()], { protectedSheets: ['SOP'] });
    expect((await readActiveSheet()).protected).toBe(true);
  });

  it('falls back to a read without merges when Excel refuses more than 512 merged areas', async () => {
    const many = gridFromRows('Besar', [], {
      merges: Array.from({ length: 600 }, (_, i) => ({ top: i + 1, left: 1, bottom: i + 1, right: 2 })),
    });
    many.text = Array.from({ length: 600 }, (_, i) => [`baris ${i + 1}`]);
    const fake = install([many]);
    const read = await readActiveSheet();
    expect(read.merges).toEqual([]);
    expect(read.text).toHaveLength(600);
    // Refused with merges and shape text, refused with merges alone, read without both.
    expect(fake.stats.syncs).toBe(3);
  });

  it('reads a sheet holding a picture (no text frame): the text of the shapes comes in one more sync', async () => {
    const [spec] = allSpecs.filter((w) => w.file.startsWith('000'));
    const fake = install([specToGrid(spec.sheets[0])]);
    const sheet = fake.sheet(spec.sheets[0].name);
    sheet.shapes.push({ ...sheet.shapes[0], id: '999', name: 'Logo', type: 'Image', geometricShapeType: null, text: '' });
    const read = await readActiveSheet();
    expect(fake.stats.syncs).toBe(3);
    const logo = read.shapes.find((s) => s.name === 'Logo');
    expect(logo).toMatchObject({ text: '' });
    const symbols = read.shapes.filter((s) => s.name !== 'Logo');
    expect(symbols.map((s) => s.text)).toEqual(specToGrid(spec.sheets[0]).shapes.map((s) => s.text));
  });

  it('reads a 10,000 x 100 used range in one sync in reasonable time', async () => {
    const rows = Array.from({ length: 10_000 }, (_, r) => Array.from({ length: 100 }, (_, c) => `${r + 1}:${c + 1}`));
    const fake = install([gridFromRows('Besar', rows)]);
    const started = performance.now();
    const read = await readActiveSheet();
    const ms = performance.now() - started;
    expect(fake.stats.syncs).toBe(1);
    expect(rowCount(read)).toBe(10_000);
    expect(cellText(read, 10_000, 100)).toBe('10000:100');
    expect(ms).toBeLessThan(5000);
  });
});

describe('readSheets', () => {
  it('reads the named sheets in one sync', async () => {
    const fake = install([gridFromRows('A', [['a']]), gridFromRows('B', [['b']]), gridFromRows('C', [['c']])]);
    const grids = await readSheets(['C', 'A']);
    expect(grids.map((g) => g.text)).toEqual([[['c']], [['a']]]);
    expect(fake.stats.syncs).toBe(1);
  });

  it('reads every sheet with one more sync to list them', async () => {
    const fake = install([gridFromRows('A', [['a']]), gridFromRows('B', [['b']])]);
    const grids = await readSheets();
    expect(grids.map((g) => g.sheet)).toEqual(['A', 'B']);
    expect(fake.stats.syncs).toBe(2);
  });

  it('rejects with ItemNotFound for a missing sheet', async () => {
    install([gridFromRows('A', [['a']])]);
    await expect(readSheets(['Tidak Ada'])).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('gives back every fixture spec sheet as specToGrid describes it, in one sync per workbook', async () => {
    expect(allSpecs.length).toBeGreaterThan(0);
    for (const spec of allSpecs) {
      const grids = spec.sheets.map((s) => specToGrid(s));
      const fake = install(grids);
      const read = await readSheets(grids.map((g) => g.sheet));
      // A sheet with pictures: Excel may refuse the text frame of a picture, so the read is tried again
      // without the shapes' text and the text comes from the shapes that hold it (3 syncs, documented).
      const pictures = spec.sheets.some((sh) => sh.shapes?.some((x) => x.picture));
      expect(fake.stats.syncs, spec.file).toBe(pictures ? 3 : 1);
      read.forEach((g, i) => expectSameSheet(g, grids[i]));
      uninstall?.();
      uninstall = undefined;
    }
  });
});

describe('selectCell', () => {
  it('activates the sheet and selects the cell in one sync', async () => {
    const fake = install([gridFromRows('A', [['a']]), gridFromRows('B', [['b']])]);
    await selectCell('B', 'C7');
    expect(fake.workbook.selection).toEqual({ sheet: 'B', address: 'C7' });
    expect(fake.workbook.activeSheet.name).toBe('B');
    expect(fake.stats.syncs).toBe(1);
  });
});

describe('hostCapabilities', () => {
  it('answers from the host requirement sets', () => {
    install([], { sets: { ExcelApi: '1.10' } });
    expect(hostCapabilities()).toEqual({
      protection: true,
      rangeFormatSizes: true,
      mergeCells: true,
      shapes: true,
      rowColumnProperties: true,
      copyFormats: true,
      pageLayout: true,
      mergedAreas: false,
      notes: false,
    });
  });

  it('asks the host once', () => {
    const fake = install([]);
    let asked = 0;
    const original = fake.fakeOffice.context.requirements.isSetSupported;
    fake.fakeOffice.context.requirements.isSetSupported = (name, version) => {
      asked++;
      return original(name, version);
    };
    hostCapabilities();
    const first = asked;
    hostCapabilities();
    expect(first).toBeGreaterThan(0);
    expect(asked).toBe(first);
  });
});

describe('parseAreas', () => {
  it('reads quoted sheet names with commas and single cells', () => {
    expect(parseAreas("'Data, SOP'!A1:B2, 'Data, SOP'!$D$4")).toEqual([
      { top: 1, left: 1, bottom: 2, right: 2 },
      { top: 4, left: 4, bottom: 4, right: 4 },
    ]);
  });
});
