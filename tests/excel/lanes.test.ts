/**
 * Issue 6 in live Excel (the Office.js fake): generateLanes inserts the actor columns of an SOP that
 * names its actors in a Pelaksana text column, in two syncs whatever its length, and the sheet then
 * reads, checks and draws like one with real lanes. Protected sheets and a second run are refused with
 * nothing changed.
 */
import { describe, expect, it } from 'vitest';
import { checkGrids } from '../../src/core/check';
import { isAlurShape, planFlowchart } from '../../src/core/flowchart';
import { LANE_MARK } from '../../src/core/flowchart/lane-edit';
import { planLanes } from '../../src/core/flowchart/lanes';
import { a1, cellText, gridFromRows, mergeAt, type Grid } from '../../src/core/grid';
import { HostError, type SopHost } from '../../src/core/host';
import { createExcelHost } from '../../src/excel/host';
import type { FakeExcel } from '../fakes/excel';
import { specToGrid } from '../fixtures/spec';
import { pelaksanaText } from '../fixtures/specs';
import { install } from './helpers';

const SHEET = pelaksanaText.sheets[0].name;
/** Step number -> the new lanes (letters) its actors are marked in (Kepala Badan C ... Staf F). */
const EXPECTED: Record<string, string[]> = {
  '1': ['F'],
  '2': ['E'],
  '3': ['E'],
  '4': ['E', 'F'],
  '5': ['D'],
  '6': ['C'],
  '7': ['F'],
};
const letter = (col: number) => String.fromCharCode(64 + col);

/** Reads the sheet, checks it and plans its lanes, as the task pane does before generateLanes. */
async function readAndPlan(host: SopHost) {
  const [grid] = await host.readGrids('active');
  const [result] = checkGrids([grid]);
  const plan = planLanes(result.doc, { grid })!;
  expect(plan).not.toBeNull();
  return { grid, plan };
}

/** Everything generateLanes could touch, for "nothing changed". */
function state(fake: FakeExcel, sheet: string): string {
  const s = fake.sheet(sheet);
  return JSON.stringify({
    text: s.text,
    merges: s.merges,
    widths: s.colWidths,
    shapes: s.shapes,
    fills: [...s.fills],
    borders: [...s.borders],
    formats: [...s.formats],
    notes: [...s.notes],
  });
}

/** The refusal generateLanes rejects with. */
async function refusal(run: Promise<unknown>): Promise<HostError> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(HostError);
  return error as HostError;
}

/**
 * A Pelaksana-text SOP of `n` steps (No | Uraian | Pelaksana | Kelengkapan | Waktu | Output |
 * Keterangan) with the actors going round four offices.
 */
function textSop(n: number): Grid {
  const actors = ['Staf', 'Kasubag Umum', 'Sekretaris', 'Kepala Badan'];
  const rows: (string | number)[][] = [
    ['Nama SOP', 'Pelayanan Surat'],
    [],
    ['No', 'Uraian Kegiatan', 'Pelaksana', 'Kelengkapan', 'Waktu', 'Output', 'Keterangan'],
  ];
  for (let i = 1; i <= n; i++)
    rows.push([i, `Memproses berkas tahap ${i}`, actors[i % actors.length], 'Berkas', '10 menit', 'Berkas', '']);
  return gridFromRows('SOP', rows, { colWidths: [24, 230, 90, 90, 50, 80, 80] });
}

describe('generateLanes in live Excel', () => {
  it('inserts one column per actor after Uraian and marks every step, in two syncs; the SOP then checks and draws in those lanes', async () => {
    const fake = install([specToGrid(pelaksanaText.sheets[0])]);
    const host = createExcelHost();
    const { grid, plan } = await readAndPlan(host);
    expect(plan.headerRow).toBe(20);
    const uraianWidth = grid.colWidths[1];

    const syncs = fake.stats.syncs;
    await host.generateLanes!(SHEET, plan);
    expect(fake.stats.syncs - syncs).toBe(2);

    const [after] = await host.readGrids('active');
    const [{ doc, sop }] = checkGrids([after]);
    expect(after.text[19].slice(0, 11)).toEqual([
      'No',
      'Uraian Kegiatan',
      'Kepala Badan',
      'Sekretaris',
      'Kasubag Umum',
      'Staf',
      'Pelaksana',
      'Kelengkapan',
      'Waktu',
      'Output',
      'Keterangan',
    ]);
    expect(doc.actors.map((a) => `${a.column}:${a.name}`)).toEqual([
      'C:Kepala Badan',
      'D:Sekretaris',
      'E:Kasubag Umum',
      'F:Staf',
    ]);
    expect(doc.table.columns).toMatchObject({ uraian: 2, kelengkapan: 8, waktu: 9, output: 10, keterangan: 11 });
    for (const step of doc.steps) {
      const marked = [3, 4, 5, 6].filter((c) => cellText(after, step.row, c) === LANE_MARK).map(letter);
      expect(marked, `step ${step.no}`).toEqual(EXPECTED[step.no!]);
      expect(step.actors.length, `step ${step.no}`).toBe(EXPECTED[step.no!].length);
    }
    // The symbols are inferred as before: the first step starts, the question decides, the last ends.
    expect(doc.steps.map((s) => s.symbol)).toEqual([
      'start',
      'process',
      'decision',
      'process',
      'process',
      'process',
      'end',
    ]);
    // The values stayed with their steps, the totals with them.
    expect(doc.steps[5].waktuText).toBe('1 jam');
    expect(sop.steps.map((s) => s.waktu?.minMinutes)).toEqual([10, 15, 5, 30, 15, 60, 10]);
    expect(sop.steps.map((s) => s.actors)).toEqual(doc.steps.map((s) => s.actors));
    expect(doc.identity.nomor).toBe('070/021/SOP-KESBANGPOL/2024');
    // Widths: the lanes got a lane width, Uraian and the moved Pelaksana column kept theirs.
    for (const c of [2, 3, 4, 5]) expect(after.colWidths[c]).toBe(Math.min(110, Math.max(72, grid.colWidths[2])));
    expect(after.colWidths[1]).toBe(uraianWidth);
    expect(after.colWidths[6]).toBe(grid.colWidths[2]);
    // Excel moved the shapes and merges right of the point: the logo stays in A1, the stamp F -> J.
    const logo = after.shapes.find((s) => s.name === 'Logo Kabupaten')!;
    expect([logo.from.row, logo.from.col]).toEqual([1, 1]);
    const stamp = after.shapes.find((s) => s.name === 'Stempel Dinas')!;
    expect([stamp.from.row, stamp.from.col]).toEqual([30, 10]);
    expect(mergeAt(after, 32, 10)).toMatchObject({ left: 10, right: 11 });

    // Drawing: one symbol per (step, actor), each in its actor's new lane.
    const drawn = await host.drawFlowcharts([planFlowchart(doc, after)], { replaceHandDrawn: false });
    expect(drawn.drawn).toBe(1);
    const [final] = await host.readGrids('active');
    const symbols = final.shapes.filter((s) => isAlurShape(s.name) && /:s\d+b?$/.test(s.name));
    expect(symbols.length).toBe(Object.values(EXPECTED).flat().length);
    for (const step of doc.steps) {
      const cols = symbols
        .filter((s) => s.from.row === step.row)
        .map((s) => letter(s.from.col))
        .sort();
      expect(cols, `step ${step.no}`).toEqual(EXPECTED[step.no!]);
    }
    expect(symbols.some((s) => s.kind === 'terminator') && symbols.some((s) => s.kind === 'decision')).toBe(true);
    expect(
      final.shapes
        .filter((s) => !isAlurShape(s.name))
        .map((s) => s.name)
        .sort()
    ).toEqual(['Logo Kabupaten', 'Stempel Dinas']);
  });

  it("gives the new cells the Pelaksana column's formats with one copy, but not its merged cells", async () => {
    const fake = install([textSop(5)]);
    const s = fake.sheet('SOP');
    // The table as an office formats it: a grey bold header, thin borders; step 2's Pelaksana merged over two rows.
    for (let r = 3; r <= 8; r++) {
      for (let c = 1; c <= 7; c++)
        for (const e of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'])
          s.borders.set(`${a1(r, c)}|${e}`, { style: 'Continuous', weight: 'Thin', color: '#000000' });
    }
    for (let c = 1; c <= 7; c++) {
      s.fills.set(a1(3, c), '#D9D9D9');
      s.formats.set(a1(3, c), { bold: true, horizontalAlignment: 'Center' });
    }
    s.fills.set('B5', '#FFF2CC'); // a highlighted Uraian: Excel's insert gives its format to the new cells, the copy replaces it
    s.merges.push({ top: 5, bottom: 6, left: 3, right: 3 });
    s.setText(6, 3, '');
    const host = createExcelHost();
    const { plan } = await readAndPlan(host);
    await host.generateLanes!('SOP', plan);

    for (let c = 3; c < 3 + plan.count; c++) {
      expect(s.fills.get(a1(3, c))).toBe('#D9D9D9');
      expect(s.formats.get(a1(3, c))).toMatchObject({ bold: true, horizontalAlignment: 'Center' });
      expect(s.fills.get(a1(5, c))).toBeUndefined();
      for (let r = 3; r <= 8; r++) expect(s.borders.get(`${a1(r, c)}|EdgeLeft`)?.style, a1(r, c)).toBe('Continuous');
    }
    // The text column's merge moved with it; its copies in the lanes were undone.
    expect(s.merges).toContainEqual({ top: 5, bottom: 6, left: 3 + plan.count, right: 3 + plan.count });
    expect(s.merges.filter((m) => m.left < 3 + plan.count && m.right >= 3)).toEqual([]);
  });

  it('before ExcelApi 1.9 (no copyFrom) sets the header fill, bold and borders by hand, in a fixed number of syncs', async () => {
    const counts: number[] = [];
    for (const n of [7, 200]) {
      const fake = install([textSop(n)], { sets: { ExcelApi: '1.8' } });
      const s = fake.sheet('SOP');
      s.fills.set('C3', '#D9D9D9');
      s.formats.set('C3', { bold: true, horizontalAlignment: 'Center', wrapText: true });
      s.borders.set('C4|EdgeBottom', { style: 'Continuous', weight: 'Thin', color: '#000000' });
      const host = createExcelHost();
      const { plan } = await readAndPlan(host);
      const before = fake.stats.syncs;
      await host.generateLanes!('SOP', plan);
      counts.push(fake.stats.syncs - before);
      expect(s.textAt(3, 3)).toBe('Kepala Badan');
      expect(s.textAt(3, 7)).toBe('Pelaksana');
      for (let c = 3; c <= 6; c++) {
        expect(s.fills.get(a1(3, c))).toBe('#D9D9D9');
        expect(s.formats.get(a1(3, c))).toMatchObject({ bold: true, horizontalAlignment: 'Center', wrapText: true });
        expect(s.formats.get(a1(4, c))?.horizontalAlignment).toBe('Center');
        expect(s.borders.get(`${a1(3 + n, c)}|EdgeBottom`)?.style).toBe('Continuous');
        expect(s.borders.get(`${a1(4, c)}|EdgeTop`)?.style).toBe('Continuous');
      }
      const [after] = await host.readGrids('active');
      expect(checkGrids([after])[0].doc.actors.length).toBe(4);
    }
    // The read takes two syncs without getColumnProperties (ExcelApi 1.9), then one write.
    expect(counts).toEqual([3, 3]);
  });

  it('takes the same two syncs for 7 and for 200 steps', async () => {
    const counts: number[] = [];
    for (const n of [7, 200]) {
      const fake = install([textSop(n)]);
      const host = createExcelHost();
      const { plan } = await readAndPlan(host);
      expect(plan.marks.length).toBe(n);
      const before = fake.stats.syncs;
      await host.generateLanes!('SOP', plan);
      counts.push(fake.stats.syncs - before);
      const [after] = await host.readGrids('active');
      const [{ doc }] = checkGrids([after]);
      expect(doc.steps.length).toBe(n);
      expect(doc.steps.every((step) => step.actors.length === 1)).toBe(true);
      expect(doc.steps.at(-1)!.symbol).toBe('end');
    }
    expect(counts).toEqual([2, 2]);
  });

  it('writes a "Pelaksana" group label merged over the lanes when the header has two rows', async () => {
    const grid = gridFromRows('SOP', [
      ['Nama SOP', 'Pelayanan Surat'],
      [],
      ['No', 'Uraian Kegiatan', 'Pelaksana', 'Mutu Baku', '', '', 'Keterangan'],
      ['', '', '', 'Kelengkapan', 'Waktu', 'Output', ''],
      [1, 'Menerima surat permohonan', 'Staf', 'Surat', '5 menit', 'Surat', ''],
      [2, 'Memeriksa berkas', 'Kasubag Umum', 'Surat', '10 menit', 'Berkas', ''],
      [3, 'Menandatangani surat', 'Kepala Badan', 'Konsep', '15 menit', 'Surat', ''],
    ]);
    grid.merges = [
      { top: 3, bottom: 4, left: 1, right: 1 },
      { top: 3, bottom: 4, left: 2, right: 2 },
      { top: 3, bottom: 4, left: 3, right: 3 },
      { top: 3, bottom: 3, left: 4, right: 6 },
      { top: 3, bottom: 4, left: 7, right: 7 },
    ];
    const fake = install([grid]);
    const host = createExcelHost();
    const { plan } = await readAndPlan(host);
    await host.generateLanes!('SOP', plan);
    const [after] = await host.readGrids('active');
    expect(cellText(after, 3, 3)).toBe('Pelaksana');
    expect(mergeAt(after, 3, 3)).toEqual({ top: 3, bottom: 3, left: 3, right: 5 });
    expect([3, 4, 5].map((c) => cellText(after, 4, c))).toEqual(['Kepala Badan', 'Kasubag Umum', 'Staf']);
    // The text column, merged down over the header, moved right as it was; the lanes' copies were undone.
    expect(mergeAt(after, 3, 6)).toEqual({ top: 3, bottom: 4, left: 6, right: 6 });
    expect(mergeAt(after, 4, 4)).toBeUndefined();
    expect(mergeAt(after, 3, 7)).toEqual({ top: 3, bottom: 3, left: 7, right: 9 });
    const [{ doc }] = checkGrids([after]);
    expect(doc.actors.map((a) => `${a.column}:${a.name}`)).toEqual(['C:Kepala Badan', 'D:Kasubag Umum', 'E:Staf']);
    expect(doc.steps.map((s) => s.actors)).toEqual([['Staf'], ['Kasubag Umum'], ['Kepala Badan']]);
    expect(fake.sheet('SOP').textAt(5, 5)).toBe(LANE_MARK);
  });

  it('refuses a protected sheet with HostError "protected" and changes nothing', async () => {
    for (const sets of [{ ExcelApi: '1.18' }, { ExcelApi: '1.1' }]) {
      // With 1.2 the read sees the protection; on 1.1 Excel refuses the insert and the batch changes nothing.
      const fake = install([specToGrid(pelaksanaText.sheets[0])], { sets });
      const host = createExcelHost();
      const { plan } = await readAndPlan(host);
      fake.sheet(SHEET).protected = true;
      const before = state(fake, SHEET);
      const error = await refusal(host.generateLanes!(SHEET, plan));
      expect(error.code, sets.ExcelApi).toBe('protected');
      expect(error.id).toMatch(/diproteksi/);
      expect(error.en).toMatch(/protected/);
      expect(state(fake, SHEET)).toBe(before);
    }
  });

  it('refuses a second run ("stale": the table has actor columns now) and a plan for a table that is gone', async () => {
    const fake = install([specToGrid(pelaksanaText.sheets[0])]);
    const host = createExcelHost();
    const { plan } = await readAndPlan(host);
    await host.generateLanes!(SHEET, plan);
    const once = state(fake, SHEET);
    const again = await refusal(host.generateLanes!(SHEET, plan));
    expect(again.code).toBe('stale');
    expect(again.id).toMatch(/sudah memiliki kolom pelaksana/);
    expect(again.en).toMatch(/already has actor columns/);
    expect(state(fake, SHEET)).toBe(once);

    const moved = { ...plan, headerRow: plan.headerRow + 40 };
    const gone = await refusal(host.generateLanes!(SHEET, moved));
    expect(gone.code).toBe('stale');
    expect(gone.en).toMatch(/no longer on sheet/);
    expect(state(fake, SHEET)).toBe(once);
  });
});
