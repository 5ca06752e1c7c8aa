/**
 * Decision branches as people write them in words (issue 14): `Ya: langkah 7; Tidak: langkah 5`,
 * `Tidak -> 5`, `T: 5`, `jika tidak sesuai kembali ke langkah 3`, `(dikembalikan ke no. 2)`, and a review
 * with rework whose target is not written at all (corpus 04: "Melakukan Reviu ... (jika terdapat revisi
 * perbaikan, maka dikerjakan kembali oleh tim ybs)", "Pemeriksaan Draft LKIP (Lakukan perbaikan jika
 * terdapat koreksi)") where only an X marks the actor: a decision whose "tidak" goes back to the step
 * before, reported as info. The contract's forms (`ke langkah 5`, `kembali ke no. 5`, `Tidak: ke 5`)
 * keep working. Steps, branches and findings are compared as whole values.
 */
import { describe, expect, it } from 'vitest';
import { gridFromRows } from '../../src/core/grid';
import { checkGrid } from '../../src/core/check';
import { branchesInText, isDecisionText, isReworkText } from '../../src/core/parse/steps';
import { isMarkText } from '../../src/core/parse/marks';
import type { Lang } from '../../src/core/model';

const HEAD = [
  ['Nomor SOP', ': 1/2024'],
  ['Nama SOP', ': Contoh'],
  [],
  ['No', 'Uraian Prosedur', 'Pelaksana', '', '', 'Mutu Baku', '', '', 'Keterangan'],
  ['', '', 'Staf', 'Kasubag', 'Kepala', 'Kelengkapan', 'Waktu', 'Output', ''],
];

/** One step row: number, Uraian, the lane marked with X (0-2), Keterangan; Mutu Baku filled. */
function row(no: number, uraian: string, lane: number, keterangan = ''): string[] {
  const lanes = ['', '', ''];
  lanes[lane] = 'X';
  return [String(no), uraian, ...lanes, 'Berkas', '10 menit', 'Berkas', keterangan];
}

/** The steps (number, symbol, how it was decided, branches) and the decision-branch findings. */
function read(rows: string[][], lang: Lang = 'id') {
  const [result] = checkGrid(gridFromRows('S', [...HEAD, ...rows]), { lang });
  return {
    steps: result.doc.steps.map((s) => ({ no: s.no, symbol: s.symbol, source: s.symbolSource, branches: s.branches })),
    findings: result.sop.findings.filter((f) => f.rule === 'decision-branch'),
  };
}

const K = 'I'; // the Keterangan column

describe('branch notes as people write them', () => {
  it('reads "Ya: langkah 7; Tidak: langkah 5" in Keterangan: both answers, in the order written', () => {
    const { steps, findings } = read([
      row(1, 'Mulai', 0),
      row(2, 'Menyusun draft', 0),
      row(3, 'Apakah draft sesuai?', 1, 'Ya: langkah 4; Tidak: langkah 2'),
      row(4, 'Selesai', 2),
    ]);
    expect(steps[2]).toEqual({
      no: '3',
      symbol: 'decision',
      source: 'inferred',
      branches: [
        { label: 'ya', target: '4', source: 'text', cell: `${K}8` },
        { label: 'tidak', target: '2', source: 'text', cell: `${K}8` },
      ],
    });
    expect(findings).toEqual([]);
  });

  it.each([
    ['Tidak -> 2', [{ label: 'tidak', target: '2' }]],
    ['Tidak → langkah 2', [{ label: 'tidak', target: '2' }]],
    ['T: 2', [{ label: 'tidak', target: '2' }]],
    [
      'T = 2; Y: 4',
      [
        { label: 'tidak', target: '2' },
        { label: 'ya', target: '4' },
      ],
    ],
    ['jika tidak sesuai kembali ke langkah 2', [{ label: 'tidak', target: '2' }]],
    ['(dikembalikan ke no. 2)', [{ label: 'tidak', target: '2' }]],
    // The contract's forms.
    ['Tidak: ke 2', [{ label: 'tidak', target: '2' }]],
    ['kembali ke no. 2', [{ label: 'tidak', target: '2' }]],
    ['ke langkah 4', [{ label: 'ya', target: '4' }]],
    // Each clause answers for its own target: the "tidak" of the first does not leak into the second.
    [
      'jika tidak sesuai kembali ke langkah 2, jika sesuai lanjut ke langkah 4',
      [
        { label: 'tidak', target: '2' },
        { label: 'ya', target: '4' },
      ],
    ],
  ])('%s', (note, expected) => {
    const { steps, findings } = read([
      row(1, 'Mulai', 0),
      row(2, 'Menyusun draft', 0),
      row(3, 'Apakah draft sesuai?', 1, note),
      row(4, 'Selesai', 2),
    ]);
    expect(steps[2].branches).toEqual(expected.map((b) => ({ ...b, source: 'text', cell: `${K}8` })));
    // Only a decision with no "tidak" target is reported.
    const noTidak = !expected.some((b) => b.label === 'tidak');
    expect(findings.map((f) => f.severity)).toEqual(noTidak ? ['error'] : []);
  });

  it('does not take a count for a target ("T: 5 hari", "Ya: 2 berkas", "ke 2 bidang" in an Uraian)', () => {
    const known = new Set(['1', '2', '3', '4', '5']);
    expect(branchesInText('T: 5 hari', '3', known, 'I8')).toEqual([]);
    expect(branchesInText('Ya: 2 berkas', '3', known, 'I8')).toEqual([]);
    expect(branchesInText('Menyerahkan berkas ke 2 bidang', '3', known, 'B8', true)).toEqual([]);
    expect(branchesInText('Menyerahkan berkas ke langkah 2', '3', known, 'B8', true)).toEqual([
      { label: 'tidak', target: '2', source: 'text', cell: 'B8' },
    ]);
  });

  it('reads a target written in the decision Uraian itself', () => {
    const { steps, findings } = read([
      row(1, 'Mulai', 0),
      row(2, 'Menyusun draft', 0),
      row(3, 'Memeriksa draft, jika tidak sesuai kembali ke langkah 2', 1),
      row(4, 'Selesai', 2),
    ]);
    expect(steps[2]).toEqual({
      no: '3',
      symbol: 'decision',
      source: 'inferred',
      branches: [{ label: 'tidak', target: '2', source: 'text', cell: 'B8' }],
    });
    expect(findings).toEqual([]);
  });

  it('a branch note in an actor cell is not a mark', () => {
    expect(['T: 2', 'Tidak -> 2', 'Ya: langkah 4'].map(isMarkText)).toEqual([false, false, false]);
    expect(['X', 'T', 'Ya'].map(isMarkText)).toEqual([true, true, true]);
  });

  it('a target that does not exist is still an error', () => {
    const { steps, findings } = read([
      row(1, 'Mulai', 0),
      row(2, 'Menyusun draft', 0),
      row(3, 'Apakah draft sesuai?', 1, 'Tidak -> 9'),
      row(4, 'Selesai', 2),
    ]);
    expect(steps[2].branches).toEqual([{ label: 'tidak', target: null, source: 'text', cell: 'I8' }]);
    expect(findings.map((f) => [f.severity, f.cell])).toEqual([['error', 'B8']]);
  });
});

describe('a review with rework, where only marks show the actor', () => {
  const REVIU =
    'Melakukan Reviu bersama laporan data kinerja triwulan per tim dalam tim/ bagian (jika terdapat revisi perbaikan, maka dikerjakan kembali oleh tim ybs)';
  const PEMERIKSAAN = 'Pemeriksaan Draft LKIP (Lakukan perbaikan jika terdapat koreksi)';

  it('knows the rework forms, and not a plain review or a plain condition', () => {
    expect([REVIU, PEMERIKSAAN].map(isReworkText)).toEqual([true, true]);
    expect([REVIU, PEMERIKSAAN].map(isDecisionText)).toEqual([true, true]);
    expect(
      [
        'Melakukan reviu atas Form Rencana Aksi (FRA) tim/bagian berdasarkan hasil pembahasan rapat. (revisi / perbaikan dilaksanakan saat reviu atas FRA oleh tim/bagian)',
        'Mengoreksi dan memberi paraf draft Rencana Kinerja Tahunan',
        'Menyampaikan laporan jika ada permintaan pimpinan',
      ].map(isReworkText)
    ).toEqual([false, false, false]);
  });

  it('reads it as a decision whose Tidak returns to the step before, and says so (info)', () => {
    const { steps, findings } = read([
      row(1, 'Mulai', 0),
      row(2, 'Menyusun laporan data kinerja triwulan', 0),
      row(3, REVIU, 1),
      row(4, 'Menyusun draft LKIP', 1),
      row(5, PEMERIKSAAN, 2),
      row(6, 'Selesai', 2),
    ]);
    expect(steps).toEqual([
      { no: '1', symbol: 'start', source: 'inferred', branches: [] },
      { no: '2', symbol: 'process', source: 'inferred', branches: [] },
      {
        no: '3',
        symbol: 'decision',
        source: 'inferred',
        branches: [{ label: 'tidak', target: '2', source: 'inferred', cell: 'B8' }],
      },
      { no: '4', symbol: 'process', source: 'inferred', branches: [] },
      {
        no: '5',
        symbol: 'decision',
        source: 'inferred',
        branches: [{ label: 'tidak', target: '4', source: 'inferred', cell: 'B10' }],
      },
      { no: '6', symbol: 'end', source: 'inferred', branches: [] },
    ]);
    expect(findings).toEqual([
      {
        rule: 'decision-branch',
        severity: 'info',
        cell: 'B8',
        message:
          'Langkah 3 dibaca sebagai keputusan (pemeriksaan dengan perbaikan); cabang “Tidak” dianggap kembali ke langkah 2. Bila perbaikan dikerjakan di langkah lain, tulis di Keterangan “Tidak: ke langkah N”.',
        fix: null,
      },
      {
        rule: 'decision-branch',
        severity: 'info',
        cell: 'B10',
        message:
          'Langkah 5 dibaca sebagai keputusan (pemeriksaan dengan perbaikan); cabang “Tidak” dianggap kembali ke langkah 4. Bila perbaikan dikerjakan di langkah lain, tulis di Keterangan “Tidak: ke langkah N”.',
        fix: null,
      },
    ]);
    expect(
      read([row(1, 'Mulai', 0), row(2, 'Menyusun', 0), row(3, PEMERIKSAAN, 1), row(4, 'Selesai', 2)], 'en').findings[0]
        .message
    ).toBe(
      'Step 3 is read as a decision (a review with rework); its “Tidak” (no) branch is taken to return to step 2. If the rework is done at another step, write “Tidak: ke langkah N” in Keterangan.'
    );
  });

  it('a written target wins over the inferred one (no info then)', () => {
    const { steps, findings } = read([
      row(1, 'Mulai', 0),
      row(2, 'Menyusun laporan', 0),
      row(3, 'Menyusun draft LKIP', 1),
      row(4, PEMERIKSAAN, 2, 'Tidak: ke langkah 2'),
      row(5, 'Selesai', 2),
    ]);
    expect(steps[3].branches).toEqual([{ label: 'tidak', target: '2', source: 'text', cell: 'I9' }]);
    expect(findings).toEqual([]);
  });

  it('a decision sent back without a target (seed 001, step 6) stays an error', () => {
    const { steps, findings } = read([
      row(1, 'Mulai', 0),
      row(2, 'Menyusun draft RKT', 0),
      row(
        3,
        'Memeriksa dan mencermati draft RKT. Jika sudah baik diberikan paraf untuk diteruskan kepada kepala dan jika belum akan dikembalikan untuk diperbaiki',
        1
      ),
      row(4, 'Selesai', 2),
    ]);
    expect(steps[2]).toEqual({ no: '3', symbol: 'decision', source: 'inferred', branches: [] });
    expect(findings.map((f) => [f.severity, f.cell])).toEqual([['error', 'B8']]);
  });
});
