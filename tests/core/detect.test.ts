import { describe, expect, it } from 'vitest';
import { gridFromRows, parseRangeA1, type Grid } from '../../src/core/grid';
import { detectTable, findHeaderCandidates, headerRole, identityLabel, mergeIndex, readIdentity } from '../../src/core/detect';

/** The single table of a grid (the test fails when there is not exactly one). */
function onlyTable(grid: Grid) {
  const cands = findHeaderCandidates(grid);
  expect(cands).toHaveLength(1);
  const t = detectTable(grid, cands[0], mergeIndex(grid));
  expect(t).not.toBeNull();
  return t!;
}

describe('header labels', () => {
  it.each([
    ['Uraian Prosedur', 'uraian'],
    ['URAIAN KEGIATAN', 'uraian'],
    ['Kegiatan', 'uraian'],
    ['aktivitas', 'uraian'],
    ['Tahapan Kegiatan', 'uraian'],
    ['No.', 'no'],
    ['MUTU BUKU', 'mutuBaku'],
    ['Mutu Baku', 'mutuBaku'],
    ['Persyaratan/Kelengkapan', 'kelengkapan'],
    ['Kelengkapan dan Peralatan', 'kelengkapan'],
    ['Waktu (Jam)', 'waktu'],
    ['Autput', 'output'],
    ['Keluaran', 'output'],
    ['KET', 'keterangan'],
    ['Camat', null],
  ])('%s -> %s', (text, role) => {
    expect(headerRole(text)).toBe(role);
  });
});

describe('identity labels', () => {
  it.each([
    ['Nomor SOP : -', 'nomor', '-'],
    ['Tgl. Efektip', 'tanggalPengesahan', null],
    ['Tanggal Efektif', 'tanggalPengesahan', null],
    ['di Sahkan Oleh', 'disahkanOleh', null],
    ['Ditetapkan Oleh :', 'disahkanOleh', ''],
    ['Judul SOP', 'nama', null],
    ['Keterkaitan SOP', 'keterkaitan', null],
    ['PERALATAN / PERLENGKAPAN :', 'peralatanPerlengkapan', ''],
    ['Pencatatan dan Pemdataan', 'pencatatanPendataan', null],
    ['Pencatatan & Pendataan', 'pencatatanPendataan', null],
    ['Kualifikasi Pelaksana :', 'kualifikasiPelaksana', ''],
  ])('%s', (text, field, inline) => {
    expect(identityLabel(text)).toEqual({ field, inline });
  });

  it('ignores text that only mentions a label', () => {
    expect(identityLabel('Alamat : Jln. A. Yani')).toBeNull();
    expect(identityLabel('SOP Penyusunan Renstra')).toBeNull();
  });
});

describe('table layout', () => {
  it('reads a two-row header with merged groups, actor lanes and Mutu Baku', () => {
    const grid = gridFromRows('S', [
      ['No', 'Uraian Kegiatan', 'Pelaksana', '', 'Mutu Baku', '', '', 'Keterangan'],
      ['', '', 'Camat', 'Pelaksana', 'Kelengkapan', 'Waktu', 'Output', ''],
      ['1', 'Disposisi', 'X', '', 'Surat', '1 Hari', 'Disposisi', ''],
      ['2', 'Menyusun', '', 'X', 'Form', '2 Hari', 'Draf', 'catatan'],
    ]);
    grid.merges = ['C1:D1', 'E1:G1', 'A1:A2', 'B1:B2', 'H1:H2'].map(parseRangeA1);
    const t = onlyTable(grid);
    expect(t.layout.columns).toEqual({ no: 1, uraian: 2, actors: [3, 4], pelaksanaText: null, kelengkapan: 5, waktu: 6, output: 7, keterangan: 8 });
    expect(t.actorNames.map((a) => a.name)).toEqual(['Camat', 'Pelaksana']);
    expect(t.layout.headerRows).toEqual([1, 2]);
    expect(t.layout.range).toEqual({ top: 1, left: 1, bottom: 4, right: 8 });
    expect(t.steps).toEqual([
      { row: 3, rowEnd: 3 },
      { row: 4, rowEnd: 4 },
    ]);
    expect(t.layout.headerCells).toMatchObject({ no: 'A1', uraian: 'B1', pelaksana: 'C1', mutuBaku: 'E1', waktu: 'F2', keterangan: 'H1' });
  });

  it('accepts a single header row naming the actors directly, with a Waktu unit', () => {
    const grid = gridFromRows('S', [
      ['NO.', 'AKTIVITAS', 'Kasubag', 'Sekretaris', 'Kelengkapan', 'Waktu (Jam)', 'Output', 'Ket'],
      ['1.', 'Menerima', 'v', '', 'Surat', '1', 'Agenda', ''],
    ]);
    // A single-row header needs a group label only in the sense of Mutu Baku sub-labels, found above.
    const t = onlyTable(grid);
    expect(t.layout.columns.actors).toEqual([3, 4]);
    expect(t.layout.waktuUnit).toBe('jam');
  });

  it('reads "Pelaksana" beside named actors of a one-row header as an actor when its cells hold marks', () => {
    const grid = gridFromRows('S', [
      ['No', 'Uraian', 'Camat', 'Sekretaris', 'Kasubbag', 'Pelaksana', 'Kelengkapan', 'Waktu', 'Output'],
      ['1', 'Menerima surat', 'Mulai', '', '', '', 'Surat', '5 menit', 'Surat'],
      ['2', 'Mencatat surat', '', '', '', '[ ]', 'Surat', '5 menit', 'Agenda'],
      ['3', 'Mengarsipkan', '', '', '', 'Selesai', 'Agenda', '5 menit', 'Arsip'],
    ]);
    const t = onlyTable(grid);
    expect(t.actorNames.map((a) => [a.col, a.name])).toEqual([[3, 'Camat'], [4, 'Sekretaris'], [5, 'Kasubbag'], [6, 'Pelaksana']]);
    expect(t.layout.columns.pelaksanaText).toBeNull();
  });

  it('but not when its cells name the other actors (the text column left beside generated lanes)', () => {
    const grid = gridFromRows('S', [
      ['No', 'Uraian', 'Kepala Badan', 'Staf', 'Pelaksana', 'Kelengkapan', 'Waktu', 'Output'],
      ['1', 'Menerima surat', 'X', '', 'Kepala Badan', 'Surat', '5 menit', 'Surat'],
      ['2', 'Mencatat surat', '', 'X', 'staf', 'Surat', '5 menit', 'Agenda'],
    ]);
    expect(onlyTable(grid).actorNames.map((a) => a.name)).toEqual(['Kepala Badan', 'Staf']);
  });

  it('reads a single Pelaksana text column instead of lanes', () => {
    const grid = gridFromRows('S', [
      ['No', 'Tahapan Kegiatan', 'Pelaksana', 'Mutu Baku', '', ''],
      ['', '', '', 'Kelengkapan', 'Waktu', 'Output'],
      ['1', 'Menerima berkas', 'Petugas Loket', 'Berkas', '5 menit', 'Tanda terima'],
    ]);
    grid.merges = ['C1:C2'].map(parseRangeA1);
    const t = onlyTable(grid);
    expect(t.layout.columns.pelaksanaText).toBe(3);
    expect(t.layout.columns.actors).toEqual([]);
  });

  it('uses the SOP AP order when Keterangan is labelled left of Output (seed 002)', () => {
    const grid = gridFromRows('S', [
      ['NO', 'URAIAN PROSEDUR', 'PELAKSANA', '', 'MUTU BUKU', '', '', 'KET', ''],
      ['', '', 'TIM', 'KEPALA', 'KELENGKAPAN', 'WAKTU', '', '', 'OUTPUT'],
      ['1', 'Disposisi', '↓ Mulai', '', 'Dok', '15 Menit', '', 'Disposisi', 'SOP Surat Masuk'],
    ]);
    const t = onlyTable(grid);
    expect(t.layout.columns).toMatchObject({ kelengkapan: 5, waktu: 6, output: 8, keterangan: 9 });
  });

  it('confirms the Waktu column from the data', () => {
    const grid = gridFromRows('S', [
      ['No', 'Uraian', 'Pelaksana', 'Kelengkapan', 'Waktu', 'Output'],
      ['', '', 'A', '', '', ''],
      ['1', 'Satu', 'X', 'Surat', 'Agenda', '10 menit'],
      ['2', 'Dua', 'X', 'Agenda', 'Arsip', '1 hari'],
    ]);
    const t = onlyTable(grid);
    expect(t.layout.columns).toMatchObject({ waktu: 6, output: 5 });
  });

  it('skips a column-number row and reads a repeated header as a page break, not a new SOP', () => {
    const head = [
      ['NO', 'URAIAN PROSEDUR', 'PELAKSANA', 'MUTU BAKU', '', ''],
      ['', '', 'Kasubag', 'Kelengkapan', 'Waktu', 'Output'],
      ['1', '2', '3', '4', '5', '6'],
    ];
    const grid = gridFromRows('S', [
      ...head,
      ['1.', 'Satu', 'MULAI', 'a', '1 jam', 'b'],
      ['2.', 'Dua', 'X', 'a', '1 jam', 'b'],
      [],
      [],
      ...head,
      ['3.', 'Tiga', 'X', 'a', '1 jam', 'b'],
      [],
      ['Paringin, 3 Januari 2023'],
    ]);
    const cands = findHeaderCandidates(grid);
    expect(cands.map((c) => c.row)).toEqual([1, 8]);
    const t = detectTable(grid, cands[0], mergeIndex(grid))!;
    expect(t.layout.headerRows).toEqual([1, 2, 3, 8, 9, 10]);
    expect(t.layout.pageBreakRows).toEqual([8]);
    expect(t.steps.map((s) => s.row)).toEqual([4, 5, 11]);
    expect(t.layout.range.bottom).toBe(11);
  });

  it('joins merged and continued rows into one step', () => {
    const grid = gridFromRows('S', [
      ['No', 'Kegiatan', 'Pelaksana', 'Mutu Baku', '', ''],
      ['', '', 'Staf', 'Kelengkapan', 'Waktu', 'Output'],
      ['1', 'Menerima surat', 'X', 'Surat', '5 menit', 'Agenda'],
      ['', '', '', 'Buku agenda', '', ''],
      ['2', 'Memeriksa surat', 'X', 'Agenda', '10 menit', 'Paraf'],
      ['', 'dan memberi paraf', '', '', '', ''],
      ['3', 'Menyimpan', 'X', 'Arsip', '5 menit', 'Arsip'],
      ['', '', '', '', '', ''],
      ['4', 'Merged', 'X', 'Arsip', '5 menit', 'Arsip'],
      ['', '', '', '', '', ''],
      [],
      [],
      [],
      [],
      [],
      [],
      ['9', 'Far away', 'X', '', '', ''],
    ]);
    grid.merges = ['A9:A10', 'B9:B10'].map(parseRangeA1);
    const t = onlyTable(grid);
    expect(t.steps).toEqual([
      { row: 3, rowEnd: 4 },
      { row: 5, rowEnd: 6 },
      { row: 7, rowEnd: 7 },
      { row: 9, rowEnd: 10 },
    ]);
  });

  it('ends at a new SOP title or identity label right under the table', () => {
    const grid = gridFromRows('S', [
      ['No', 'Kegiatan', 'Pelaksana', 'Waktu'],
      ['', '', 'Staf', ''],
      ['1', 'Satu', 'X', '5 menit'],
      ['', 'Nomor SOP : 2', '', ''],
    ]);
    expect(onlyTable(grid).steps).toEqual([{ row: 3, rowEnd: 3 }]);
  });

  it('needs a No label and a group label to call a row a header', () => {
    expect(findHeaderCandidates(gridFromRows('S', [['Uraian Kegiatan', 'Pelaksana']]))).toEqual([]);
    expect(findHeaderCandidates(gridFromRows('S', [['No', 'Kegiatan', 'Tanggal']]))).toEqual([]);
  });
});

describe('identity block', () => {
  it('reads values inline, in the next cell and after a ":" cell; lists in two columns', () => {
    const grid = gridFromRows('S', [
      ['Nomor SOP : 12/SOP/2024'],
      ['Tanggal Pembuatan', ': 2 Januari 2024'],
      ['Tanggal Revisi', ':', ''],
      ['Tgl. Efektip', ':', '3 Januari 2024'],
      ['UNIT', 'Ditetapkan Oleh', '<b>Kepala Dinas</b>'],
      ['Judul SOP', 'Pelayanan Surat'],
      ['Dasar Hukum :', '', 'Kualifikasi Pelaksana :'],
      ['1. UU Nomor 23 Tahun 2014', '', '1. Mengetahui tugas'],
      ['2. PP Nomor 12 Tahun 2019', '', ''],
      ['', '', ''],
      ['Keterkaitan', '', 'Peralatan/Perlengkapan'],
      ['-', '', '1. Komputer 2. Printer'],
      ['Peringatan', '', 'Pencatatan & Pendataan'],
      ['Jika tidak dilaksanakan, surat terlambat', '', 'Disimpan'],
    ]);
    const id = readIdentity(grid, 1, grid.text.length);
    expect(id.name).toBe('Pelayanan Surat');
    expect(id.identity).toEqual({
      nomor: '12/SOP/2024',
      tanggalPembuatan: '2 Januari 2024',
      tanggalRevisi: null,
      tanggalPengesahan: '3 Januari 2024',
      disahkanOleh: 'Kepala Dinas',
      dasarHukum: ['UU Nomor 23 Tahun 2014', 'PP Nomor 12 Tahun 2019'],
      kualifikasiPelaksana: ['Mengetahui tugas'],
      keterkaitan: ['-'],
      peralatanPerlengkapan: ['Komputer', 'Printer'],
      peringatan: ['Jika tidak dilaksanakan, surat terlambat'],
      pencatatanPendataan: ['Disimpan'],
    });
    expect(id.identityCells.nomor).toEqual({ label: 'A1', value: 'A1' });
    expect(id.identityCells.tanggalRevisi).toEqual({ label: 'A3', value: 'B3' });
    expect(id.identityCells.tanggalPengesahan).toEqual({ label: 'A4', value: 'C4' });
    expect(id.identityCells.disahkanOleh).toEqual({ label: 'B5', value: 'C5' });
    expect(id.identityCells.dasarHukum).toEqual({ label: 'A7', value: 'A8' });
  });

  it('takes the name from a title line when there is no Nama SOP', () => {
    const grid = gridFromRows('S', [['STANDAR OPERASIONAL PROSEDUR (SOP) PENGELOLAAN ARSIP'], ['Nomor SOP', '1/2024']]);
    expect(readIdentity(grid, 1, 2).name).toBe('PENGELOLAAN ARSIP');
    expect(readIdentity(gridFromRows('S', [['SOP : Cuti Pegawai']]), 1, 1).name).toBe('Cuti Pegawai');
  });

  it('gives nulls and empty lists when nothing is there', () => {
    const id = readIdentity(gridFromRows('S', [['PEMERINTAH KOTA']]), 1, 1);
    expect(id.name).toBeNull();
    expect(id.identity.nomor).toBeNull();
    expect(id.identity.dasarHukum).toEqual([]);
    expect(id.identityCells).toEqual({});
  });
});
