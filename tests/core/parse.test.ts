import { describe, expect, it } from 'vitest';
import { emptyGrid, gridFromRows, type Grid, type GridShape, type ShapeKind } from '../../src/core/grid';
import { branchesInText, findSops, isDecisionText, markSymbol } from '../../src/core/parse';
import { specToGrid } from '../fixtures/spec';
import { cleanSuratMasuk } from '../fixtures/specs/clean';
import { twoSopsOneSheet } from '../fixtures/specs/two-sops-one-sheet';
import { emptyWorkbook } from '../fixtures/specs/empty';
import { identityOnly } from '../fixtures/specs/identity-only';
import { budget } from '../fixtures/specs/budget';

const HEAD = [
  ['Nomor SOP', ': 1/2024'],
  ['Nama SOP', ': Contoh'],
  [],
  ['No', 'Uraian Prosedur', 'Pelaksana', '', '', 'Mutu Baku', '', '', 'Keterangan'],
  ['', '', 'Staf', 'Kasubag', 'Kepala', 'Kelengkapan', 'Waktu', 'Output', ''],
];

/** A small SOP: the identity lines, a header in rows 4-5, and steps from row 6. */
function sopGrid(steps: (string | null)[][], extra: Partial<Grid> = {}): Grid {
  return gridFromRows('S', [...HEAD, ...steps], extra);
}

let nextId = 100;
function shape(kind: ShapeKind, row: number, col: number, more: Partial<GridShape> = {}): GridShape {
  const id = String(nextId++);
  return { id, name: `${kind} ${id}`, kind, geometry: kind, text: '', from: { row, col }, to: { row, col }, ...more };
}

describe('text markers', () => {
  it.each([
    ['Mulai', 'start'],
    ['MULAI', 'start'],
    ['Mula', 'start'],
    ['↓ Mulai', 'start'],
    ['↓ Selesai', 'end'],
    ['↓ { } (Diamond)', 'decision'],
    ['{ }', 'decision'],
    ['(Diamond)', 'decision'],
    ['↓ []', 'process'],
    ['[]', 'process'],
    ['X', undefined],
    ['√', undefined],
    ['tida', undefined],
  ])('%s -> %s', (text, symbol) => {
    expect(markSymbol(text)).toBe(symbol);
  });

  it('reads marks, symbols and two actors on one step', () => {
    const [sop] = findSops(
      sopGrid([
        ['1', 'Menerima berkas', '↓ Mulai', '', '', 'Berkas', '5 menit', 'Agenda', '-'],
        ['2.', 'Memeriksa berkas', '', '↓ []', '', 'Agenda', '–', 'Paraf', ''],
        ['3', 'Rapat bersama', '√', '✓', '', 'Undangan', '1 jam', 'Notulen', 'di ruang rapat'],
        ['4', 'Menilai: jika sesuai diteruskan, jika tidak dikembalikan', '', '', 'tida', '', '', '', ''],
        ['5', 'Tanpa pelaksana', '', '', '', '', '', '', ''],
        ['6', 'Mengarsipkan', 'x', '', '', '', '', '', ''],
      ]),
    );
    expect(sop.steps.map((s) => [s.no, s.actors, s.symbol, s.symbolSource])).toEqual([
      ['1', ['Staf'], 'start', 'mark'],
      ['2', ['Kasubag'], 'process', 'mark'],
      ['3', ['Staf', 'Kasubag'], 'process', 'inferred'],
      ['4', ['Kepala'], 'decision', 'inferred'],
      ['5', [], 'unknown', 'none'],
      ['6', ['Staf'], 'end', 'inferred'],
    ]);
    const s1 = sop.steps[0];
    expect(s1.keterangan).toBeNull();
    expect(s1.cells).toEqual({ no: 'A6', uraian: 'B6', kelengkapan: 'F6', waktu: 'G6', output: 'H6', keterangan: 'I6' });
    expect(s1.marks).toEqual([{ actor: 'Staf', cell: 'C6', text: '↓ Mulai', symbol: 'start' }]);
    expect(sop.steps[1].waktuText).toBeNull();
    expect(sop.steps[0].waktuText).toBe('5 menit');
    expect(sop.steps.every((s) => s.waktu === null && s.waktuRate === null && s.waktuProblem === null)).toBe(true);
  });

  it('infers start and end for the first and last step marked only with a cross', () => {
    const [sop] = findSops(
      sopGrid([
        ['1', 'Satu', 'X', '', '', '', '', '', ''],
        ['2', 'Apakah berkas lengkap?', '', 'X', '', '', '', '', ''],
        ['3', 'Tiga', '', '', 'X', '', '', '', ''],
      ]),
    );
    expect(sop.steps.map((s) => s.symbol)).toEqual(['start', 'decision', 'end']);
  });

  it('strips markup from Uraian and values', () => {
    const [sop] = findSops(sopGrid([['1', '<b>Menerima</b>&nbsp;surat', 'X', '', '', '<ol><li>Surat</li><li>Agenda</li></ol>', '5 menit', '', '']]));
    expect(sop.steps[0].uraian).toBe('Menerima surat');
    expect(sop.steps[0].kelengkapan).toBe('Surat Agenda');
  });
});

describe('shapes', () => {
  it('reads the symbol from the shape over the actor cell', () => {
    const grid = sopGrid([
      ['1', 'Satu', '', '', '', '', '', '', ''],
      ['2', 'Dua', '', '', '', '', '', '', ''],
      ['3', 'Tiga', '', '', '', '', '', '', ''],
      ['4', 'Empat', '', '', '', '', '', '', ''],
    ]);
    grid.shapes = [
      shape('terminator', 6, 3),
      shape('process', 7, 4),
      shape('decision', 8, 5),
      shape('terminator', 9, 3, { text: 'Selesai' }),
      shape('offpage', 9, 4),
    ];
    const [sop] = findSops(grid);
    expect(sop.steps.map((s) => [s.actors, s.symbol, s.symbolSource])).toEqual([
      [['Staf'], 'start', 'shape'],
      [['Kasubag'], 'process', 'shape'],
      [['Kepala'], 'decision', 'shape'],
      [['Staf'], 'end', 'shape'],
    ]);
    expect(sop.steps[1].marks[0]).toMatchObject({ actor: 'Kasubag', cell: 'D7', shapeId: grid.shapes[1].id, symbol: 'process' });
  });

  it('places a shape by its centre when it overlaps the next cell', () => {
    const grid = sopGrid([
      ['1', 'Satu', '', '', '', '', '', '', ''],
      ['2', 'Dua', '', '', '', '', '', '', ''],
    ]);
    // From the middle of C6 to a little into D6: its centre lies in C6... then one mostly in D7.
    grid.shapes = [
      shape('process', 6, 3, { from: { row: 6, col: 3, colOffset: 10, rowOffset: 2 }, to: { row: 6, col: 4, colOffset: 5, rowOffset: 12 } }),
      shape('process', 7, 3, { from: { row: 7, col: 3, colOffset: 40, rowOffset: 2 }, to: { row: 7, col: 4, colOffset: 40, rowOffset: 12 } }),
    ];
    const [sop] = findSops(grid);
    expect(sop.steps.map((s) => s.actors)).toEqual([['Staf'], ['Kasubag']]);
  });
});

describe('decision branches', () => {
  it('reads connectors from a decision, labelled by text or by direction', () => {
    const grid = sopGrid([
      ['1', 'Satu', '', '', '', '', '', '', ''],
      ['2', 'Dua', '', '', '', '', '', '', ''],
      ['3', 'Periksa', '', '', '', '', '', '', ''],
      ['4', 'Empat', '', '', '', '', '', '', ''],
    ]);
    const s1 = shape('terminator', 6, 3);
    const s2 = shape('process', 7, 4);
    const d = shape('decision', 8, 5);
    const s4 = shape('terminator', 9, 3);
    grid.shapes = [
      s1,
      s2,
      d,
      s4,
      shape('connector', 8, 3, { to: { row: 9, col: 5 }, startShapeId: d.id, endShapeId: s4.id, text: 'Ya' }),
      shape('connector', 7, 4, { to: { row: 8, col: 5 }, startShapeId: d.id, endShapeId: s2.id }),
    ];
    const [sop] = findSops(grid);
    expect(sop.steps[2].branches).toEqual([
      { label: 'ya', target: '4', source: 'connector', cell: 'E8' },
      { label: 'tidak', target: '2', source: 'connector', cell: 'E8' },
    ]);
    expect(sop.steps[0].branches).toEqual([]);
  });

  it('reads targets named in Keterangan and actor cells', () => {
    const [sop] = findSops(
      sopGrid([
        ['1', 'Satu', 'X', '', '', '', '', '', ''],
        ['2', 'Apakah lengkap?', '', 'X', '', '', '', '', 'Tidak: ke 1'],
        ['3', 'Jika tidak sesuai', '', '', 'X', '', '', '', 'jika tidak sesuai kembali ke langkah 9'],
        ['4', 'Empat', 'kembali ke no. 2', '', '', '', '', '', ''],
      ]),
    );
    expect(sop.steps[1].branches).toEqual([{ label: 'tidak', target: '1', source: 'text', cell: 'I7' }]);
    expect(sop.steps[2].branches).toEqual([{ label: 'tidak', target: null, source: 'text', cell: 'I8' }]);
    expect(sop.steps[3].branches).toEqual([{ label: 'tidak', target: '2', source: 'text', cell: 'C9' }]);
    // A branch note is not a mark: step 4 has no actor.
    expect(sop.steps[3].actors).toEqual([]);
  });

  it('reads labels from branch text', () => {
    const known = new Set(['1', '2', '5']);
    expect(branchesInText('Ya ke langkah 5', '3', known, 'J1')).toEqual([{ label: 'ya', target: '5', source: 'text', cell: 'J1' }]);
    expect(branchesInText('ke 5', '3', known, 'J1')[0].label).toBe('ya');
    expect(branchesInText('ke 1', '3', known, 'J1')[0].label).toBe('tidak');
    expect(branchesInText('SOP Rapat Internal', '3', known, 'J1')).toEqual([]);
  });

  it('knows a decision when it reads one', () => {
    expect(isDecisionText('Memeriksa draft. Jika sudah baik diparaf dan jika belum dikembalikan')).toBe(true);
    expect(isDecisionText('Apakah berkas lengkap')).toBe(true);
    expect(isDecisionText('Berkas lengkap?')).toBe(true);
    expect(isDecisionText('Menyusun draft RKT')).toBe(false);
  });

  it('reads the clean fixture: a diamond with Ya/Tidak connectors and text boxes', () => {
    const [sop] = findSops(specToGrid(cleanSuratMasuk.sheets[0]));
    const decision = sop.steps.find((s) => s.symbol === 'decision')!;
    expect(decision.no).toBe('3');
    expect(decision.branches.map((b) => [b.label, b.target])).toEqual([
      ['ya', '4'],
      ['tidak', '2'],
    ]);
    expect(sop.steps.every((s) => s.actors.length === 1)).toBe(true);
  });
});

describe('several SOPs, areas and texts', () => {
  it('finds two SOPs on one sheet, each with its own identity and area', () => {
    const sops = findSops(specToGrid(twoSopsOneSheet.sheets[0]));
    expect(sops.map((s) => s.name)).toEqual(['Pelayanan Cuti Tahunan', 'Peminjaman Kendaraan Dinas']);
    expect(sops[0].area.bottom).toBeLessThan(sops[1].area.top);
    expect(sops[1].identityCells.nomor!.label.slice(1) > String(sops[0].area.bottom)).toBe(true);
    expect(sops.map((s) => s.steps.length)).toEqual([4, 4]);
  });

  it('gives every text cell of the area a role', () => {
    const grid = sopGrid([
      ['1', 'Satu', 'X', '', '', 'a', '5 menit', 'b', ''],
      [],
      ['Paringin, 3 Januari 2023'],
      ['Kepala Dinas'],
      ['NIP. 1972'],
      [],
      [],
      [],
      ['Catatan lain jauh di bawah'],
    ]);
    const [sop] = findSops(grid);
    expect(sop.area).toEqual({ top: 1, left: 1, bottom: 10, right: 9 });
    const roles = Object.fromEntries(sop.texts.map((t) => [t.cell, t.role]));
    expect(roles).toMatchObject({
      A1: 'identity-label',
      B1: 'identity-value',
      A4: 'header',
      C5: 'header',
      A6: 'step',
      C6: 'mark',
      A8: 'signature',
      A10: 'signature',
    });
    expect(roles.A14).toBeUndefined();
    expect(sop.texts.find((t) => t.cell === 'B1')!.text).toBe(': 1/2024');
  });
});

describe('sheets without an SOP', () => {
  it('returns [] for an empty grid, noise, an identity block without a table, a budget sheet', () => {
    expect(findSops(emptyGrid('E'))).toEqual([]);
    expect(findSops(gridFromRows('N', [['a', 'b'], ['Uraian', 'No']]))).toEqual([]);
    expect(findSops(specToGrid(emptyWorkbook.sheets[0]))).toEqual([]);
    expect(findSops(specToGrid(identityOnly.sheets[0]))).toEqual([]);
    expect(findSops(specToGrid(budget.sheets[0]))).toEqual([]);
    expect(findSops({ ...emptyGrid('X'), text: undefined as unknown as string[][] })).toEqual([]);
  });

  it('is fast on a large sheet of noise', () => {
    const rows: string[][] = [];
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    // Words an SOP also uses, numbers, dates, markup: everything but a table header.
    const words = ['kegiatan', 'Uraian', 'uraian x', '12', 'Pelaksana', 'Waktu', '5 menit', 'lorem ipsum', 'Rp 1.250.000', '3 Januari 2023', '<b>x</b>', 'Nomor SOP', '', ''];
    for (let r = 0; r < 10_000; r++) {
      const row: string[] = [];
      for (let c = 0; c < 100; c++) row.push(words[Math.floor(rand() * words.length)]);
      rows.push(row);
    }
    const grid = gridFromRows('Noise', rows);
    const t0 = performance.now();
    const sops = findSops(grid);
    const ms = performance.now() - t0;
    expect(sops).toEqual([]);
    // Measured at about 0.1 s; the bound is loose because the test machine is shared.
    expect(ms).toBeLessThan(1000);
  });
});

describe('a single Pelaksana text column instead of actor lanes', () => {
  it('reads the names as actors, splitting a joint name only where each part is named alone', async () => {
    const { pelaksanaText } = await import('../fixtures/specs/pelaksana-text');
    const [doc] = findSops(specToGrid(pelaksanaText.sheets[0]));
    expect(doc.table.columns.actors).toEqual([]);
    expect(doc.table.columns.pelaksanaText).toBe(3);
    expect(doc.actors.map((a) => [a.name, a.column])).toEqual([
      ['Staf', 'C'],
      ['Kasubag Umum', 'C'],
      ['Sekretaris', 'C'],
      ['Kepala Badan', 'C'],
    ]);
    expect(doc.steps.map((s) => s.actors)).toEqual([
      ['Staf'],
      ['Kasubag Umum'],
      ['Kasubag Umum'],
      ['Staf', 'Kasubag Umum'],
      ['Sekretaris'],
      ['Kepala Badan'],
      ['Staf'],
    ]);
  });

  it('keeps a joint name whole when its parts are not actors on their own', () => {
    const grid = gridFromRows('S', [
      ['No', 'Uraian Kegiatan', 'Pelaksana', 'Kelengkapan', 'Waktu', 'Output'],
      ['1', 'Menerima surat', 'Kepala Bagian Umum dan Keuangan', 'Surat', '5 menit', 'Surat'],
      ['2', 'Mengarsipkan surat', 'Staf', 'Surat', '5 menit', 'Arsip'],
    ]);
    const [doc] = findSops(grid);
    expect(doc.actors.map((a) => a.name)).toEqual(['Kepala Bagian Umum dan Keuangan', 'Staf']);
  });
});
