/**
 * Issue 13: layouts real office workbooks use. Cover sheets (identity and lists read from the cover,
 * linked to the flowchart sheets, findings written `COVER!B14`), the name as a title, tables found by
 * their structure, parallel steps. Whole values throughout.
 */
import { describe, expect, it } from 'vitest';
import { checkGrid, checkGrids, checkWorkbook } from '../../src/core/check';
import { loadSpeller } from '../../src/cli/speller';
import {
  applyCover,
  fixesBySheet,
  linkCovers,
  readCover,
  sameSopName,
  sheetRef,
  splitSheetRef,
} from '../../src/core/detect/cover';
import { cellText, parseA1, type Grid } from '../../src/core/grid';
import { durationPerActor, totalDuration } from '../../src/core/duration';
import { DEFAULT_CALENDAR, type Identity } from '../../src/core/model';
import { findSops } from '../../src/core/parse';
import { applyFix } from '../../src/core/rules/fix';
import { specToGrid, type WorkbookSpec } from '../fixtures/spec';
import {
  allSpecs,
  realCoverBasic,
  realCoverByContent,
  realCoverColon,
  realCoverTwoSops,
  realOddTables,
  realParallel,
  realSpecs,
  realTitles,
} from '../fixtures/specs';

const gridsOf = (spec: WorkbookSpec) => spec.sheets.map(specToGrid);
/** The check as the CLI runs it: with the dictionary (cover text is spell-checked like the rest). */
const speller = loadSpeller();
const check = (spec: WorkbookSpec) => checkWorkbook(gridsOf(spec), { speller });

describe('a cover sheet', () => {
  it('gives its identity and six lists to the SOP it fronts (COVER + one flowchart sheet)', () => {
    const [r, ...rest] = check(realCoverBasic);
    expect(rest).toEqual([]);
    expect(r.sop.sheet).toBe('SOP');
    expect(r.sop.name).toBe('PENGELOLAAN PERSANDIAN');
    const want: Identity = {
      nomor: '800/014/DISKOMINFO/2024',
      tanggalPembuatan: '02 Januari 2024',
      tanggalRevisi: '-',
      tanggalPengesahan: '15 Januari 2024',
      disahkanOleh: 'KEPALA DINAS KOMUNIKASI DAN INFORMATIKA',
      dasarHukum: [
        'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;',
        'Peraturan Badan Siber dan Sandi Negara Nomor 10 Tahun 2019 tentang Pelaksanaan Persandian;',
        'Peraturan Bupati Balangan Nomor 45 Tahun 2021 tentang Tugas dan Fungsi Dinas.',
      ],
      kualifikasiPelaksana: ['Memahami tugas persandian', 'Mampu mengoperasikan komputer'],
      keterkaitan: ['SOP Pengamanan Informasi'],
      // "Peralatan : printer dan kertas" is an item of the list, not a new label.
      peralatanPerlengkapan: ['Komputer', 'Peralatan : printer dan kertas', 'Jaringan internet'],
      peringatan: ['Apabila SOP tidak dilaksanakan, informasi berklasifikasi dapat bocor'],
      pencatatanPendataan: ['Buku agenda persandian', 'Arsip elektronik'],
    };
    expect(r.sop.identity).toEqual(want);
    // No identity-missing (the five false errors of the issue) and no other finding: the SOP is clean.
    expect(r.sop.findings).toEqual([]);
    expect(r.doc.cover).toEqual({ sheet: 'COVER', by: 'name', guess: false, name: 'PENGELOLAAN PERSANDIAN', anchor: 'COVER!G10' });
    expect(r.doc.identityCells.nomor).toEqual({ label: 'COVER!G1', value: 'COVER!H1' });
    expect(r.doc.identityCells.dasarHukum).toEqual({ label: 'COVER!A12', value: 'COVER!B13' });
  });

  it('links two covers to two flowchart sheets by the names they share, whatever the order', () => {
    const results = check(realCoverTwoSops);
    expect(
      results.map((r) => ({
        sheet: r.sop.sheet,
        name: r.sop.name,
        nomor: r.sop.identity.nomor,
        disahkanOleh: r.sop.identity.disahkanOleh,
        cover: r.doc.cover,
        findings: r.sop.findings,
      }))
    ).toEqual([
      {
        sheet: 'Alur Cuti',
        name: 'PELAYANAN CUTI TAHUNAN',
        nomor: '800/021/BKPSDM/2024',
        disahkanOleh: 'KEPALA BADAN',
        cover: { sheet: 'Sampul SOP', by: 'name', guess: false, name: 'PELAYANAN CUTI TAHUNAN', anchor: "'Sampul SOP'!G10" },
        findings: [],
      },
      {
        sheet: 'Alur Kendaraan',
        name: 'PEMINJAMAN KENDARAAN DINAS',
        nomor: '000.2/007/UMUM/2024',
        disahkanOleh: 'SEKRETARIS DAERAH',
        cover: { sheet: 'Cover SOP', by: 'name', guess: false, name: 'PEMINJAMAN KENDARAAN DINAS', anchor: "'Cover SOP'!G10" },
        findings: [],
      },
    ]);
  });

  it('finds a cover by its content (sheet Lembar1), checks its text, reports each finding once and says the link is a guess', () => {
    const [ktp, kk] = check(realCoverByContent);
    expect([ktp.sop.name, kk.sop.name]).toEqual([
      'PELAYANAN ADMINISTRASI KEPENDUDUKAN',
      'PELAYANAN ADMINISTRASI KEPENDUDUKAN',
    ]);
    expect(kk.sop.identity).toEqual(ktp.sop.identity);
    expect(ktp.sop.identity.tanggalPengesahan).toBe('-');
    expect(ktp.sop.findings.map((f) => [f.rule, f.severity, f.cell, f.fix])).toEqual([
      ['identity-missing', 'warning', 'Lembar1!G4', null],
      ['cover-link', 'info', 'Lembar1!G10', null],
      ['superseded-law', 'error', 'Lembar1!B13', null],
      [
        'typo',
        'error',
        'Lembar1!H13',
        { cell: 'Lembar1!H13', from: 'Memahami adminstrasi kependudukan', to: 'Memahami administrasi kependudukan' },
      ],
    ]);
    expect(kk.sop.findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([['cover-link', 'info', 'Lembar1!G10']]);
    expect(ktp.sop.findings[1].message).toBe(
      'Identitas SOP ini (lembar Pelayanan KTP) diambil dari lembar sampul Lembar1 (“PELAYANAN ADMINISTRASI KEPENDUDUKAN”) menurut urutan lembar: tidak ada nama yang sama yang menghubungkannya. Pastikan sampul itu milik SOP ini.'
    );
    // The info finding follows the rule settings.
    const off = checkWorkbook(gridsOf(realCoverByContent), { rules: { 'cover-link': 'off' }, speller });
    expect(off.flatMap((r) => r.sop.findings).filter((f) => f.rule === 'cover-link')).toEqual([]);
  });

  it('a fix on a cover cell, applied to the cover sheet, makes its finding go away', () => {
    const grids = gridsOf(realCoverByContent);
    const typo = check(realCoverByContent)[0].sop.findings.find((f) => f.rule === 'typo')!;
    const groups = fixesBySheet('Pelayanan KTP', [typo.fix!]);
    expect([...groups]).toEqual([
      ['Lembar1', [{ cell: 'H13', from: 'Memahami adminstrasi kependudukan', to: 'Memahami administrasi kependudukan' }]],
    ]);
    const [[sheet, [fix]]] = [...groups];
    const grid = grids.find((g) => g.sheet === sheet)!;
    const { row, col } = parseA1(fix.cell);
    grid.text[row - 1][col - 1] = applyFix(cellText(grid, row, col), fix)!;
    const again = checkWorkbook(grids, { speller })[0].sop;
    expect(again.findings.map((f) => f.rule)).toEqual(['identity-missing', 'cover-link', 'superseded-law']);
    expect(again.identity.kualifikasiPelaksana).toEqual(['Memahami administrasi kependudukan']);
  });

  it('reads an Identitas sheet with ":" cells and no NAMA SOP; the name comes from the misspelt heading', () => {
    const [r] = check(realCoverColon);
    expect(r.sop.name).toBe('PEMINJAMAN BUKU PERPUSTAKAAN');
    expect(r.sop.identity).toEqual({
      nomor: '041/12/DISPERSIP/2024',
      tanggalPembuatan: '08 Februari 2024',
      tanggalRevisi: '01 Maret 2024',
      tanggalPengesahan: '04 Maret 2024',
      disahkanOleh: 'KEPALA DINAS',
      dasarHukum: ['Undang-Undang Nomor 43 Tahun 2007 tentang Perpustakaan.'],
      kualifikasiPelaksana: ['Pustakawan terampil'],
      keterkaitan: ['-'],
      peralatanPerlengkapan: ['Komputer', 'Barcode scanner'],
      peringatan: ['-'],
      pencatatanPendataan: ['Aplikasi SLiMS'],
    });
    // One cover, one SOP, no name to contradict: a sure link. The misspelt heading is a typo finding.
    expect(r.doc.cover).toEqual({ sheet: 'Identitas', by: 'order', guess: false, name: null, anchor: 'Identitas!G1' });
    expect(r.sop.findings.map((f) => [f.rule, f.cell, f.fix?.to])).toEqual([
      ['typo', 'A1', 'STANDAR OPRASIONAL PROSEDUR'],
      ['typo', 'A1', 'STANDART OPERASIONAL PROSEDUR'],
    ]);
  });

  it('is not read from a sheet holding a flowchart table, nor from a sheet of a few identity words', () => {
    for (const spec of [realCoverBasic, realCoverTwoSops, realCoverByContent, realCoverColon]) {
      const covers = gridsOf(spec)
        .filter((g) => findSops(g).length === 0)
        .map((g) => readCover(g)?.sheet);
      expect(covers.every((c) => c !== undefined)).toBe(true);
    }
    const few: Grid = {
      ...specToGrid(realCoverBasic.sheets[0]),
      sheet: 'Catatan',
      text: [['Nomor SOP', '12'], ['Dasar Hukum', ''], ['1.', 'UU 5/2014']],
    };
    expect(readCover(few)).toBeNull();
  });

  it('writes cells on another sheet as Excel writes references, and reads them back', () => {
    expect(sheetRef('COVER', 'B14')).toBe('COVER!B14');
    expect(sheetRef('Sampul SOP', 'I2')).toBe("'Sampul SOP'!I2");
    expect(sheetRef("Bu'Ani", 'A1')).toBe("'Bu''Ani'!A1");
    expect(sheetRef('A1', 'B2')).toBe("'A1'!B2");
    expect(splitSheetRef("'Sampul SOP'!I2")).toEqual({ sheet: 'Sampul SOP', cell: 'I2' });
    expect(splitSheetRef("'Bu''Ani'!A1")).toEqual({ sheet: "Bu'Ani", cell: 'A1' });
    expect(splitSheetRef('H20')).toEqual({ sheet: null, cell: 'H20' });
    const fixes = [
      { cell: 'H20', from: 'a', to: 'b' },
      { cell: "'Sampul SOP'!I2", from: 'c', to: 'd' },
    ];
    expect([...fixesBySheet('SOP', fixes)]).toEqual([
      ['SOP', [{ cell: 'H20', from: 'a', to: 'b' }]],
      ['Sampul SOP', [{ cell: 'I2', from: 'c', to: 'd' }]],
    ]);
  });

  it('links by name first, then one to one in order, else to the nearest cover before', () => {
    const c = (sheetIndex: number, name: string | null) => ({ sheetIndex, name });
    // Covers first, flowcharts after, names crosswise.
    expect(linkCovers([c(0, 'Cuti'), c(1, 'Kendaraan Dinas')], [c(2, 'SOP KENDARAAN DINAS'), c(3, 'cuti')])).toEqual([
      { cover: 1, by: 'name', guess: false },
      { cover: 0, by: 'name', guess: false },
    ]);
    // One name matches; the other SOP takes the cover left over.
    expect(linkCovers([c(0, 'A B'), c(2, 'C D')], [c(1, 'X Y'), c(3, 'C D')])).toEqual([
      { cover: 0, by: 'order', guess: true },
      { cover: 1, by: 'name', guess: false },
    ]);
    // Cover, flowchart, cover, flowchart, no names: each takes the cover before it (a guess).
    expect(linkCovers([c(0, null), c(2, null)], [c(1, null), c(3, null)])).toEqual([
      { cover: 0, by: 'order', guess: true },
      { cover: 1, by: 'order', guess: true },
    ]);
    // One cover, one SOP: sure, unless their names disagree.
    expect(linkCovers([c(0, 'A B')], [c(1, null)])).toEqual([{ cover: 0, by: 'order', guess: false }]);
    expect(linkCovers([c(0, 'A B')], [c(1, 'E F')])).toEqual([{ cover: 0, by: 'order', guess: true }]);
    expect(linkCovers([], [c(0, 'A')])).toEqual([null]);
    expect(sameSopName('STANDAR OPERASIONAL PROSEDUR Pelayanan Cuti', 'SOP PELAYANAN CUTI')).toBe(true);
    expect(sameSopName('Cuti', 'Cuti Tahunan')).toBe(false);
  });

  it('keeps what the flowchart sheet gives itself (its own Nama SOP label wins)', () => {
    const grids = gridsOf(realCoverBasic);
    const cover = readCover(grids[0])!;
    const [doc] = findSops(grids[1]);
    doc.identityCells.nama = { label: 'A2', value: 'B2' };
    doc.name = 'Nama Sendiri';
    doc.identity.nomor = '1/2/3';
    doc.identityCells.nomor = { label: 'A3', value: 'B3' };
    applyCover(doc, cover, { cover: 0, by: 'name', guess: false });
    expect([doc.name, doc.identity.nomor, doc.identity.disahkanOleh]).toEqual([
      'Nama Sendiri',
      '1/2/3',
      'KEPALA DINAS KOMUNIKASI DAN INFORMATIKA',
    ]);
    expect(doc.texts.filter((t) => t.sheet === 'COVER').every((t) => t.cell.startsWith('COVER!'))).toBe(true);
  });
});

describe('the name as a title', () => {
  it('reads the line under STANDAR OPERASIONAL PROSEDUR (or a misspelling), and SOP <name>', () => {
    expect(check(realTitles).map((r) => [r.sop.sheet, r.sop.name, r.sop.tableRange])).toEqual([
      ['SOP 1', 'Penerbitan Surat Keterangan Domisili', 'A3:I7'],
      ['SOP 2', 'PENANGANAN PENGADUAN MASYARAKAT', 'A3:I6'],
      ['SOP 3', 'PELAYANAN INFORMASI PUBLIK', 'A4:I7'],
    ]);
    // The name is no longer reported missing; the misspelt heading is.
    const third = check(realTitles)[2].sop.findings;
    expect(third.filter((f) => f.rule === 'typo').map((f) => [f.cell, f.fix?.to])).toEqual([
      ['A1', 'STANDAR OPERASIONAL PROSEDUR'],
    ]);
    expect(check(realTitles).flatMap((r) => r.sop.findings).filter((f) => f.message.startsWith('Nama SOP'))).toEqual([]);
  });

  it('does not take the unit line under the heading for the name', () => {
    const grid: Grid = {
      ...specToGrid(realTitles.sheets[0]),
      text: specToGrid(realTitles.sheets[0]).text.map((row) => [...row]),
    };
    grid.text.splice(1, 0, ['DINAS KOMUNIKASI DAN INFORMATIKA']);
    const [r] = checkGrid(grid);
    expect(r.sop.name).toBe('Penerbitan Surat Keterangan Domisili');
  });
});

describe('tables that do not look like the seeds', () => {
  it('finds all four tables and reads their columns, actors and times', () => {
    const results = check(realOddTables);
    expect(
      results.map((r) => ({
        sheet: r.sop.sheet,
        range: r.sop.tableRange,
        columns: r.doc.table.columns,
        actors: r.sop.actors,
        steps: r.sop.steps.map((s) => [s.no, s.actors, s.symbol, s.waktu]),
      }))
    ).toEqual([
      {
        sheet: 'Tabel 1',
        range: 'A1:H4',
        columns: { no: 1, uraian: 2, actors: [3, 4], pelaksanaText: null, kelengkapan: 5, waktu: 6, output: 7, keterangan: 8 },
        actors: [
          { name: 'Pemohon', column: 'C' },
          { name: 'Petugas Loket', column: 'D' },
        ],
        steps: [
          ['1', ['Pemohon'], 'start', { text: '5 Menit', minMinutes: 5, maxMinutes: 5 }],
          ['2', ['Petugas Loket'], 'process', { text: '10 Menit', minMinutes: 10, maxMinutes: 10 }],
          ['3', ['Pemohon'], 'end', { text: '2 Menit', minMinutes: 2, maxMinutes: 2 }],
        ],
      },
      {
        sheet: 'Tabel 2',
        range: 'A2:H6',
        columns: { no: 1, uraian: 2, actors: [3, 4], pelaksanaText: null, kelengkapan: 5, waktu: 6, output: 7, keterangan: 8 },
        actors: [
          { name: 'Pemohon', column: 'C' },
          { name: 'Kepala Sekolah', column: 'D' },
        ],
        steps: [
          ['1', ['Pemohon'], 'start', { text: '5 Menit', minMinutes: 5, maxMinutes: 5 }],
          ['2', ['Kepala Sekolah'], 'end', { text: '1 Hari', minMinutes: 450, maxMinutes: 450 }],
        ],
      },
      {
        sheet: 'Tabel 3',
        range: 'A1:I5',
        columns: { no: 1, uraian: 2, actors: [3, 4, 5], pelaksanaText: null, kelengkapan: 6, waktu: 7, output: 8, keterangan: 9 },
        actors: [
          { name: 'Operator', column: 'C' },
          { name: 'Verifikator', column: 'D' },
          { name: 'Kepala UPT', column: 'E' },
        ],
        steps: [
          ['1', ['Operator'], 'start', { text: '15 Menit', minMinutes: 15, maxMinutes: 15 }],
          ['2', ['Verifikator'], 'process', { text: '30 Menit', minMinutes: 30, maxMinutes: 30 }],
          ['3', ['Kepala UPT'], 'end', { text: '1 Jam', minMinutes: 60, maxMinutes: 60 }],
        ],
      },
      {
        sheet: 'Tabel 4',
        range: 'A3:H5',
        columns: { no: 1, uraian: 2, actors: [3, 4], pelaksanaText: null, kelengkapan: 5, waktu: 6, output: 7, keterangan: 8 },
        actors: [
          { name: 'Pengadministrasi', column: 'C' },
          { name: 'Arsiparis', column: 'D' },
        ],
        steps: [
          ['1', ['Pengadministrasi'], 'start', { text: '10 Menit', minMinutes: 10, maxMinutes: 10 }],
          ['2', ['Arsiparis'], 'end', { text: '15 Menit', minMinutes: 15, maxMinutes: 15 }],
        ],
      },
    ]);
    expect(results.map((r) => r.sop.name)).toEqual([null, 'LEGALISIR IJAZAH', null, 'PENGARSIPAN SURAT KELUAR']);
  });

  it('needs the whole structure: no table without a column of times, or without a lane of marks', () => {
    const base = specToGrid(realOddTables.sheets[3]);
    const without = (col: number): Grid => ({ ...base, text: base.text.map((row) => row.filter((_, c) => c !== col - 1)) });
    expect(findSops(base)).toHaveLength(1);
    expect(findSops(without(6))).toEqual([]); // no Waktu column
    expect(findSops(without(3)).length).toBe(1); // one lane left is still a table
    const noLanes: Grid = { ...base, text: base.text.map((row) => row.filter((_, c) => c !== 2 && c !== 3)) };
    expect(findSops(noLanes)).toEqual([]);
    // A numbered list of text with dates beside it is no table either.
    const list: Grid = {
      ...base,
      text: [
        ['No', 'Kegiatan', 'Tanggal'],
        ['1', 'Rapat koordinasi bulanan', '3 Januari 2024'],
        ['2', 'Penyusunan laporan kegiatan', '5 Januari 2024'],
      ],
      merges: [],
      shapes: [],
    };
    expect(findSops(list)).toEqual([]);
  });

  it('reads every existing fixture exactly as before: the workbook path equals the per-sheet path', () => {
    for (const spec of allSpecs.filter((s) => !realSpecs.includes(s))) {
      const grids = gridsOf(spec);
      const perSheet = grids.flatMap((g) => checkGrid(g)).map((r) => r.sop);
      expect(
        checkGrids(grids).map((r) => r.sop),
        spec.file
      ).toEqual(perSheet);
    }
  });
});

describe('parallel steps', () => {
  it('count once, by their longest time: "simultan" on two cells, one merged "bersamaan", "paralel"', () => {
    const results = check(realParallel);
    expect(results.map((r) => [r.sop.sheet, r.sop.duration])).toEqual([
      // 1 jam + max(2 hari, 1 hari) + 2 jam + 30 menit
      ['Simultan', { minMinutes: 1110, maxMinutes: 1110, text: '2 hari 3 jam 30 menit', stepsWithoutTime: [] }],
      // 30 menit + max(1 jam, 2 jam, 1-3 jam) + 15 menit
      ['Bersamaan', { minMinutes: 165, maxMinutes: 225, text: '2 jam 45 menit – 3 jam 45 menit', stepsWithoutTime: [] }],
      // 1 hari + max(2 jam, 3 jam) + 30 menit + 1 hari (a lone "bersamaan" counts as itself)
      ['Paralel', { minMinutes: 1110, maxMinutes: 1110, text: '2 hari 3 jam 30 menit', stepsWithoutTime: [] }],
    ]);
    expect(results.map((r) => r.doc.steps.map((s) => s.parallel ?? null))).toEqual([
      [null, 'run J4', 'run J4', null, null],
      [null, 'merge J4', 'merge J4', 'merge J4', null],
      [null, 'run J4', 'run J4', null, 'run J7'],
    ]);
  });

  it('per actor: each actor its own steps; one actor doing two parallel steps spends the longer', () => {
    const [simultan] = check(realParallel);
    const names = simultan.sop.actors.map((a) => a.name);
    expect(durationPerActor(simultan.doc.steps, names)).toEqual([
      { actor: 'Kasubag Umum', minMinutes: 180, maxMinutes: 180 },
      { actor: 'Bendahara', minMinutes: 900, maxMinutes: 900 },
      { actor: 'Pengurus Barang', minMinutes: 450, maxMinutes: 450 },
      { actor: 'Sekretaris', minMinutes: 30, maxMinutes: 30 },
    ]);
    const w = (m: number) => ({ text: `${m} menit`, minMinutes: m, maxMinutes: m });
    const steps = [
      { no: '1', row: 1, actors: ['A'], waktu: w(10), parallel: 'g' },
      { no: '2', row: 2, actors: ['A'], waktu: w(30), parallel: 'g' },
      { no: '3', row: 3, actors: ['B'], waktu: w(20), parallel: 'g' },
      { no: '4', row: 4, actors: ['B'], waktu: w(5) },
    ];
    expect(durationPerActor(steps, ['A', 'B'])).toEqual([
      { actor: 'A', minMinutes: 30, maxMinutes: 30 },
      { actor: 'B', minMinutes: 25, maxMinutes: 25 },
    ]);
    expect(totalDuration(steps, DEFAULT_CALENDAR, 'id')).toEqual({
      minMinutes: 35,
      maxMinutes: 35,
      text: '35 menit',
      stepsWithoutTime: [],
    });
  });

  it('"tidak bersamaan" is not parallel', () => {
    const grid = specToGrid(realParallel.sheets[0]);
    grid.text = grid.text.map((row) => row.map((v) => (v === 'Dilaksanakan secara simultan' ? 'Tidak dilaksanakan bersamaan' : v)));
    const [r] = checkGrid(grid);
    expect(r.doc.steps.map((s) => s.parallel ?? null)).toEqual([null, null, null, null, null]);
    expect(r.sop.duration.minMinutes).toBe(60 + 900 + 450 + 120 + 30);
  });
});

describe('what is not a cover', () => {
  it('a row of identity words (a table header, a register of SOPs) is not a cover', () => {
    const base = specToGrid(realCoverBasic.sheets[0]);
    const register: Grid = {
      ...base,
      sheet: 'Daftar SOP',
      text: [
        ['Nomor SOP', 'Nama SOP', 'Tanggal Pembuatan', 'Dasar Hukum', 'Peralatan', 'Peringatan'],
        ['1/2024', 'Cuti', '2 Januari 2024', 'UU 20/2023', 'Komputer', '-'],
      ],
      merges: [],
    };
    expect(readCover(register)).toBeNull();
    const flowchart = gridsOf(realCoverBasic)[1];
    expect(checkWorkbook([register, flowchart]).map((r) => r.doc.cover ?? null)).toEqual([null]);
  });
});

describe('findings of an SOP with a cover', () => {
  it('lists the cover (the first printed page) first, then the flowchart sheet', () => {
    const [cover, sheet] = gridsOf(realCoverBasic);
    cover.text[0][7] = '-'; // NOMOR SOP value
    cover.text[12][1] = 'Peraturan Pemerintah Nomor 58 Tahun 2005 tentang Pengelolaan Keuangan Daerah;';
    sheet.text[5][6] = ''; // step 1's Waktu (row 6, column G)
    const [r] = checkWorkbook([cover, sheet]);
    expect(r.sop.findings.map((f) => [f.rule, f.cell])).toEqual([
      ['identity-missing', 'COVER!G1'],
      ['superseded-law', 'COVER!B13'],
      ['missing-time', 'G6'],
    ]);
    expect(r.sop.duration.stepsWithoutTime).toEqual(['1']);
  });
});

describe('a heading on the cover itself', () => {
  it('does not take a label value beside it for the name; NAMA SOP gives it', () => {
    const [cover, sheet] = gridsOf(realCoverBasic);
    // A cover whose first row is the heading, the identity rows under it.
    const withHeading: Grid = { ...cover, text: [['STANDAR OPERASIONAL PROSEDUR'], ...cover.text.map((row) => [...row])] };
    const read = readCover(withHeading)!;
    expect([read.name, read.identity.nomor, read.identity.tanggalPembuatan]).toEqual([
      'PENGELOLAAN PERSANDIAN',
      '800/014/DISKOMINFO/2024',
      '02 Januari 2024',
    ]);
    withHeading.text = withHeading.text.map((row) => row.map((v) => (v === 'NAMA SOP' ? '' : v)));
    expect(readCover(withHeading)!.name).toBeNull();
    expect(checkWorkbook([withHeading, sheet])[0].sop.name).toBe('PENGELOLAAN PERSANDIAN');
  });
});

describe('parallel steps named in Keterangan', () => {
  it('"simultan dengan langkah 4" groups steps that are not next to each other', () => {
    const grid = specToGrid(realParallel.sheets[0]);
    // Step 2 (row 4) names step 4; step 3 (row 5) is no longer parallel; step 4 (row 6) names step 2.
    grid.text[3][9] = 'Simultan dengan langkah 4';
    grid.text[4][9] = '';
    grid.text[5][9] = 'Simultan dengan langkah 2';
    const [r] = checkGrid(grid);
    expect(r.doc.steps.map((s) => s.parallel ?? null)).toEqual([null, 'run J4', null, 'run J4', null]);
    // 1 jam + max(2 hari, 2 jam) + 1 hari + 30 menit
    expect(r.sop.duration.minMinutes).toBe(60 + 900 + 450 + 30);
    grid.text[3][9] = 'Dilaksanakan paralel dengan langkah 3 s.d. 4';
    grid.text[5][9] = '';
    expect(checkGrid(grid)[0].doc.steps.map((s) => s.parallel ?? null)).toEqual([null, 'run J4', 'run J4', 'run J4', null]);
  });
});
