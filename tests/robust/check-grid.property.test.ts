/**
 * checkGrid (src/core/check.ts) on grids no office would admit to: random text drawn from SOP vocabulary
 * and noise, random merged areas (overlapping, inverted, enormous), random shapes, ragged rows, and the
 * seed SOPs with cells knocked out. It must never throw and must finish in bounded time, and what it
 * returns must still hold together (steps inside the table, findings on real cells).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkGrid } from '../../src/core/check';
import { gridFromRows, parseRangeA1, type CellRange, type Grid, type GridShape, type ShapeKind } from '../../src/core/grid';
import { specToGrid } from '../fixtures/spec';
import { allSpecs, cleanSuratMasuk } from '../fixtures/specs';

/** Words an SOP sheet is made of, so random grids often look like (broken) SOP tables. */
const VOCABULARY = [
  'No', 'No.', 'NO', 'Uraian Kegiatan', 'Uraian Prosedur', 'URAIAN', 'Kegiatan', 'Pelaksana', 'PELAKSANA', 'Mutu Baku',
  'MUTU BUKU', 'Kelengkapan', 'Persyaratan/Kelengkapan', 'Waktu', 'Output', 'Autput', 'Keterangan', 'Ket.',
  'Nomor SOP', 'Nama SOP', 'Tanggal Pembuatan', 'Tanggal Revisi', 'Tanggal Efektif', 'Disahkan Oleh', 'Dasar Hukum:',
  'Kualifikasi Pelaksana:', 'Keterkaitan:', 'Peralatan/Perlengkapan:', 'Peringatan:', 'Pencatatan dan Pendataan:',
  'Kepala Dinas', 'Sekretaris', 'Kasubag Umum', 'Staf', 'Camat', 'X', 'x', '√', 'V', '{ }', 'Mulai', 'Selesai',
  '1', '2', '3', '1.', '2.', '10', '99', '-', '–', '5 menit', '1 jam', '1 Hari', '1-2 hari', '2 s.d 3 bulan', '3 x 24 jam',
  '2 menit/berkas', 'sesuai jadwal', '1,5 jam', '0 menit', '-1 hari', '1e308 hari', 'jika tidak, dikembalikan ke langkah 2',
  'Tidak: ke 99', 'ke langkah 0', 'Ya', 'Tidak', 'DTAFT RKT', 'Rencana Kerja Tahunan (RKAT)', '<b>tebal</b>', '<li>satu</li>',
  '&nbsp;', '#REF!', '#N/A', '45306', '2024-01-15', 'TRUE', 'UU No. 8 Tahun 1974', 'Mengumpulkan Form RKT yang', '',
];

const cellText = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...VOCABULARY) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 5 }).map((w) => w.join('\n')) },
);

const range = (maxRow: number, maxCol: number) =>
  fc.record({
    top: fc.integer({ min: -2, max: maxRow }),
    left: fc.integer({ min: -2, max: maxCol }),
    bottom: fc.integer({ min: -2, max: maxRow }),
    right: fc.integer({ min: -2, max: maxCol }),
  });

/** Merged areas: sensible, overlapping, inverted, out of the sheet, and the whole sheet. */
const merges = fc.array(
  fc.oneof(
    { weight: 5, arbitrary: range(45, 14) },
    { weight: 1, arbitrary: fc.constant<CellRange>({ top: 1, left: 1, bottom: 1_048_576, right: 16_384 }) },
    { weight: 1, arbitrary: fc.constant<CellRange>({ top: 1, left: 3, bottom: 1_048_576, right: 3 }) },
  ),
  { maxLength: 25 },
);

const shapeKind = fc.constantFrom<ShapeKind>('terminator', 'process', 'decision', 'offpage', 'connector', 'other');
const anchor = fc.record({ row: fc.integer({ min: 0, max: 50 }), col: fc.integer({ min: 0, max: 15 }) });
const shapes = fc.array(
  fc.record({ kind: shapeKind, from: anchor, to: anchor, text: fc.constantFrom('', 'Ya', 'Tidak', 'Mulai', 'Selesai', 'x'), start: fc.nat(30), end: fc.nat(30) }),
  { maxLength: 20 },
);

const grids = fc
  .record({
    rows: fc.array(fc.array(fc.option(cellText, { nil: null, freq: 3 }), { maxLength: 14 }), { maxLength: 45 }),
    merges,
    shapes,
    shapesKnown: fc.boolean(),
    pageBreaks: fc.array(fc.integer({ min: -1, max: 50 }), { maxLength: 4 }),
    rowHeights: fc.array(fc.oneof(fc.double({ min: 0, max: 400, noNaN: true }), fc.constant(0)), { maxLength: 45 }),
    header: fc.option(
      fc.record({
        at: fc.nat(20),
        col: fc.nat(3),
        actors: fc.integer({ min: 0, max: 5 }),
        steps: fc.array(fc.record({ actor: fc.nat(5), uraian: cellText, waktu: cellText, no: fc.boolean() }), { maxLength: 12 }),
      }),
      { freq: 2 },
    ),
  })
  .map(({ rows, merges, shapes, shapesKnown, pageBreaks, rowHeights, header }): Grid => {
    // Often, a real two-row SOP table header somewhere, so the random rows below it are read as steps.
    if (header) {
      const pad: null[] = Array.from({ length: header.col }, () => null);
      const actors = Array.from({ length: header.actors }, (_, i) => ['Kepala Dinas', 'Sekretaris', 'Staf', 'Camat', 'Kasubag Umum'][i]);
      const top = [...pad, 'No', 'Uraian Kegiatan', 'Pelaksana', ...actors.slice(1).map(() => null), 'Mutu Baku', null, null, 'Keterangan'];
      const second = [...pad, null, null, ...actors, 'Kelengkapan', 'Waktu', 'Output', null];
      const steps = header.steps.map((st, i) => {
        const marks = actors.map((_, a) => (a === st.actor ? 'X' : null));
        return [...pad, st.no ? String(i + 1) : null, st.uraian, ...marks, null, st.waktu, null, null];
      });
      rows.splice(Math.min(header.at, rows.length), 0, top, second, ...steps);
    }
    const gridShapes: GridShape[] = shapes.map((s, i) => ({
      id: String(i + 2),
      name: `Flowchart ${i + 2}`,
      kind: s.kind,
      geometry: s.kind === 'connector' ? 'straightConnector1' : 'flowChartProcess',
      text: s.text,
      from: s.from,
      to: s.to,
      ...(s.kind === 'connector' ? { startShapeId: String(s.start), endShapeId: String(s.end) } : {}),
    }));
    return gridFromRows('Acak', rows, { merges, shapes: gridShapes, shapesKnown, pageBreaks, rowHeights });
  });

/** Everything checkGrid returns must still make sense, however odd the grid. Returns the SOPs found. */
function expectCoherent(grid: Grid): number {
  const results = checkGrid(grid);
  for (const { sop } of results) {
    expect(() => parseRangeA1(sop.tableRange)).not.toThrow();
    for (const f of sop.findings) {
      expect(f.cell).toMatch(/^[A-Z]{1,3}[1-9]\d*$/);
      expect(f.message.length).toBeGreaterThan(0);
    }
    for (const step of sop.steps) expect(step.row).toBeGreaterThan(0);
    expect(Number.isFinite(sop.duration.minMinutes)).toBe(true);
    expect(sop.duration.minMinutes).toBeLessThanOrEqual(sop.duration.maxMinutes);
  }
  expect(() => JSON.stringify(results.map((r) => r.sop))).not.toThrow();
  return results.length;
}

/** Runs fn and fails when it takes longer than `ms` (the check is synchronous, so time it). */
function within(ms: number, fn: () => unknown): void {
  const started = performance.now();
  fn();
  expect(performance.now() - started).toBeLessThan(ms);
}

describe('checkGrid on random grids', () => {
  it('never throws and stays fast on random text, merges and shapes', { timeout: 120_000 }, () => {
    let withSops = 0;
    fc.assert(
      fc.property(grids, (grid) => within(1000, () => (withSops += expectCoherent(grid) > 0 ? 1 : 0))),
      { numRuns: 400 },
    );
    // The generator must reach the parser's deeper paths, not only sheets where no table is found.
    expect(withSops).toBeGreaterThan(40);
  });

  it('never throws on the seed SOPs with cells knocked out, moved and merged at random', { timeout: 120_000 }, () => {
    const seeds = allSpecs.flatMap((spec) => spec.sheets.map(specToGrid));
    const mutated = fc
      .record({
        seed: fc.integer({ min: 0, max: seeds.length - 1 }),
        blank: fc.array(fc.tuple(fc.nat(80), fc.nat(14)), { maxLength: 30 }),
        swap: fc.array(fc.tuple(fc.nat(80), fc.nat(80)), { maxLength: 5 }),
        write: fc.array(fc.tuple(fc.nat(80), fc.nat(14), cellText), { maxLength: 20 }),
        merges,
      })
      .map(({ seed, blank, swap, write, merges: extra }) => {
        const base = seeds[seed];
        const text = base.text.map((row) => [...row]);
        for (const [r, c] of blank) if (text[r]?.[c] !== undefined) text[r][c] = '';
        for (const [a, b] of swap) if (text[a] && text[b]) [text[a], text[b]] = [text[b], text[a]];
        for (const [r, c, t] of write) {
          while (text.length <= r) text.push([]);
          while (text[r].length <= c) text[r].push('');
          text[r][c] = t;
        }
        return { ...base, text, merges: [...base.merges, ...extra], shapes: base.shapes.map((s) => ({ ...s })) };
      });
    fc.assert(
      fc.property(mutated, (grid) => within(1000, () => expectCoherent(grid))),
      { numRuns: 200 },
    );
  });
});

describe('checkGrid on extreme sheets', () => {
  it('a clean SOP above 10,000 rows x 100 columns of noise: found, checked, in bounded time', () => {
    const base = specToGrid(cleanSuratMasuk.sheets[0]);
    const text = base.text.map((row) => [...row]);
    for (let r = text.length; r < 10_000; r++) {
      const row: string[] = [];
      for (let c = 0; c < 100; c++) row.push((r * 7 + c) % 11 === 0 ? VOCABULARY[(r + c) % VOCABULARY.length] : `${r}-${c}`);
      text.push(row);
    }
    const grid: Grid = { ...base, text };
    let results: ReturnType<typeof checkGrid> = [];
    within(5000, () => {
      results = checkGrid(grid);
    });
    expect(results.length).toBeGreaterThanOrEqual(1);
    expect(results[0].sop.name).toBe('Pengelolaan Surat Masuk');
  });

  it('the whole sheet merged over a clean SOP, plus overlapping merges: no throw, bounded time', () => {
    const base = specToGrid(cleanSuratMasuk.sheets[0]);
    const grid: Grid = {
      ...base,
      merges: [{ top: 1, left: 1, bottom: 1_048_576, right: 16_384 }, ...base.merges, ...base.merges.map((m) => ({ ...m, right: m.right + 2 }))],
    };
    within(2000, () => expectCoherent(grid));
  });
});
