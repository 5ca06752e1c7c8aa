/**
 * Acceptance test of the parser on real SOPs beyond the seeds: three signed SOP AP documents of BPS
 * Provinsi Bengkulu (../../../shared/corpus/pdf-text 02, 04, 09), laid out as worksheets by the fixture
 * specs (tests/fixtures/specs/corpus-*.ts), written as .xlsx by `npm run fixtures`, read back with the
 * .xlsx reader and checked with checkGrids. Every value is compared whole with what the document says;
 * the actor and symbol of each step are the specs' reconstruction (the PDFs' drawings are lost), and the
 * branches follow the PDFs' Ya/Tidak captions.
 */
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkGrids, type SopResult } from '../../src/core/check';
import { loadSpeller } from '../../src/cli/speller';
import { rangeA1 } from '../../src/core/grid';
import type { StepDoc } from '../../src/core/model';
import { readWorkbook } from '../../src/xlsx/read';

async function check(file: string): Promise<SopResult[]> {
  const bytes = new Uint8Array(await readFile(new URL(`../fixtures/xlsx/${file}`, import.meta.url)));
  return checkGrids(await readWorkbook(bytes), { speller: loadSpeller() });
}

type Row = [
  no: string,
  uraian: string,
  actors: string[],
  symbol: StepDoc['symbol'],
  kelengkapan: string | null,
  waktuText: string | null,
  output: string | null,
  keterangan: string | null,
];

function stepRows(steps: StepDoc[]): Row[] {
  return steps.map((s) => [s.no!, s.uraian, s.actors, s.symbol, s.kelengkapan, s.waktuText, s.output, s.keterangan]);
}

/** Branches of every decision, by step number. */
function branches(steps: StepDoc[]) {
  return Object.fromEntries(
    steps.filter((s) => s.symbol === 'decision').map((s) => [s.no, s.branches.map((b) => `${b.label} -> ${b.target}`)]),
  );
}

describe('corpus 02: Penanganan Laporan Gratifikasi (SOP-314/17000/2025)', () => {
  let result: SopResult[];
  beforeAll(async () => {
    result = await check('corpus-02-gratifikasi.xlsx');
  });

  it('finds one SOP, its table whole on one printed page, three actors', () => {
    expect(result).toHaveLength(1);
    const { doc, sop } = result[0];
    expect(sop.tableRange).toBe('A25:I33');
    expect(doc.table.pageBreakRows).toEqual([]);
    expect(sop.actors).toEqual([
      { name: 'Ketua / Anggota UPG', column: 'C' },
      { name: 'Anggota UPG', column: 'D' },
      { name: 'KPK', column: 'E' },
    ]);
  });

  it('reads the identity block and the six lists', () => {
    const { sop } = result[0];
    expect(sop.name).toBe('Penanganan Laporan Gratifikasi Melalui Unit Pengendalian Gratifikasi BPS Provinsi Bengkulu');
    expect(sop.identity).toEqual({
      nomor: 'SOP-314/17000/2025',
      tanggalPembuatan: '2 Januari 2025',
      tanggalRevisi: '-',
      tanggalPengesahan: '10 Januari 2025',
      disahkanOleh: 'Kepala BPS Provinsi Bengkulu',
      dasarHukum: [
        'Undang-Undang Nomor 16 Tahun 1997 Tentang Statistik;',
        'Peraturan Pemerintah Nomor 51 Tahun 1999 tentang Penyelengaraan Statistik;',
        'Peraturan Presiden Republik Indonesia Nomor 86 Tahun 2007 tentang Badan Pusat Statistik;',
        'Peraturan Komisi Pemberantasan Korupsi Nomor 2 Tahun 2014 tentang Pedoman Pelaporan dan Penetapan Status Gratifikasi',
        'Peraturan Kepala Badan Pusat Statistik Nomor 178 Tahun 2014 tentang Pengendalian Gratifikasi di Lingkungan Badan Pusat Statistik',
        'Peraturan Badan Pusat Statistik Nomor 5 Tahun 2023 tentang Organisasi dan Tata Kerja Badan Pusat Statistik Provinsi dan Badan Pusat Statistik Kabupaten/Kota.',
      ],
      kualifikasiPelaksana: [
        'Mengetahui tugas dan fungsi unit kerja',
        'Mengetahui tugas dan fungsi sistem dan prosedur pemerintahan',
        'Merupakan anggota Tim UPG sesuai Keputusan Kepala pada tahun berjalan',
        'Pernah mendapatkan sosialisasi mengenai gratifikasi.',
        'Bisa dan mampu menjaga rahasia pelapor gratifikasi.',
      ],
      keterkaitan: [
        'SOP Penanganan Laporan Gratifikasi Melalui Unit Pengendalian Gratifikasi BPS Provinsi Bengkulu',
        'SOP Pelaporan Gratifikasi Melalui Unit Pengendalian Gratifikasi',
      ],
      peralatanPerlengkapan: ['Alat Tulis', 'PC/Laptop'],
      peringatan: ['Jika prosedur tidak di ikuti, maka kualitas layanan akan terhambat'],
      pencatatanPendataan: ['Disimpan sebagai data elektronik dan manual'],
    });
  });

  it('reads the seven steps', () => {
    const F = 'Formulir Laporan Gratifikasi';
    expect(stepRows(result[0].doc.steps)).toEqual<Row[]>([
      [
        '1',
        'Anggota tim membuka e-mail UPG dan Laporan Google form, jika ditemukan adanya laporan, maka anggota tim memberitahukan ke ketua atau anggota tim lain.',
        ['Anggota UPG'],
        'start',
        F,
        '1 Jam',
        '- Formulir Laporan Gratifikasi dan bukti dukung',
        'Setiap Hari atau minimal setiap 2 x 24 Jam harus membuka e-mail dan laporan google form',
      ],
      [
        '2',
        'Membuat jadwal untuk penyelenggarakan rapat penanganan laporan gratifikasi',
        ['Ketua / Anggota UPG'],
        'process',
        F,
        '1 x 24 Jam',
        '- Notulensi - Dokumentasi - Monitoring Pelaporan Gratifikasi',
        null,
      ],
      [
        '3',
        'Mengikuti rapat penanganan laporan gratifikasi',
        ['Ketua / Anggota UPG'],
        'process',
        F,
        '2 Jam',
        '- Formulir Laporan Gratifikasi, - BAST penerimaan barang gratifikasi',
        'Meneruskan pelaporan ke email UPG BPS RI',
      ],
      [
        '4',
        'Melakukan Verifikasi substansi laporan Jika Ya, laporan diteruskan ke KPK melalui Gol KPK Jika tidak, laporan akan disimpan sebagai laporan penanganan gratifikasi, hasil penelaahan disampaikan ke pelapor, dan barang dikembalikan',
        ['Anggota UPG'],
        'decision',
        F,
        '1 Hari Kerja',
        '- Laporan kegiatan - BA penelaahan Laporan - Tanda terima Laporan dari Gol KPK',
        'SOP Rapat penanganan laporan gratifikasi',
      ],
      [
        '5',
        'Analisis laporan gratifikasi',
        ['KPK'],
        'process',
        'Laporan via Gol KPK',
        '30 hari kerja',
        '- Monitoring Pelaporan Gratifikasi',
        'Mengikuti SOP penanganan gratifikasi oleh KPK',
      ],
      ['6', 'Menerima laporan tindak lanjut dari KPK', ['Anggota UPG'], 'process', null, null, null, null],
      [
        '7',
        'Menerima laporan tindak lanjut penerimaan laporan. Jika laporan diterima KPK, maka pelapor akan mendapatkan Sertifikat penetapan gratifikasi yang diterima.',
        ['Ketua / Anggota UPG'],
        'end',
        null,
        null,
        null,
        'Syarat dan ketentuan penanganan laporan oleh KPK dan Tim UPG',
      ],
    ]);
  });

  it('follows the decision: Ya on to KPK (5), Tidak forward to the closing step (7)', () => {
    expect(branches(result[0].doc.steps)).toEqual({ '4': ['ya -> 5', 'tidak -> 7'] });
  });

  it('adds up 1 jam + 1 x 24 jam + 2 jam + 1 hari kerja + 30 hari kerja', () => {
    expect(result[0].sop.duration).toEqual({
      minMinutes: 60 + 450 + 120 + 450 + 30 * 450,
      maxMinutes: 14580,
      text: '32 hari 3 jam',
      stepsWithoutTime: ['6', '7'],
    });
  });

  it('finds what the document really lacks or misspells: Mutu Baku of steps 6 and 7, "Penyelengaraan", "di ikuti"', () => {
    expect(result[0].sop.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([
      'typo A14',
      'typo A23',
      'missing-kelengkapan F32',
      'missing-time G32',
      'missing-output H32',
      'missing-kelengkapan F33',
      'missing-time G33',
      'missing-output H33',
    ]);
  });
});

describe('corpus 04: Pengumpulan Data Capaian Kinerja 2025 (SOP-012/17000/2025)', () => {
  let result: SopResult[];
  beforeAll(async () => {
    result = await check('corpus-04-capaian-kinerja.xlsx');
  });

  it('finds one SOP whose table runs over two printed pages, with its label variants', () => {
    expect(result).toHaveLength(1);
    const { doc, sop } = result[0];
    expect(sop.tableRange).toBe('A30:J49');
    // Header, its column-number row "(1)".."(10)", and the header repeated after the page break.
    expect(doc.table.headerRows).toEqual([30, 31, 32, 42, 43, 44]);
    expect(doc.table.pageBreakRows).toEqual([42]);
    // "Sumber Data" is the Kelengkapan column, "Ket" the Keterangan.
    expect(doc.table.columns).toEqual({
      no: 1,
      uraian: 2,
      actors: [3, 4, 5, 6],
      pelaksanaText: null,
      kelengkapan: 7,
      waktu: 8,
      output: 9,
      keterangan: 10,
    });
    expect(sop.actors.map((a) => `${a.column} ${a.name}`)).toEqual([
      'C Tim Kerja',
      'D Tim Sakip',
      'E Tim Perencanaan, Penganggaran dan Pemantauan Evaluasi',
      'F Kepala',
    ]);
  });

  it('reads the identity, "Judul SOP" and "Kualifikasi Pelaksanaan" included', () => {
    const { sop } = result[0];
    expect(sop.name).toBe('Pengumpulan Data Capaian Kinerja 2025');
    expect(sop.identity).toEqual({
      nomor: 'SOP-012/17000/2025',
      tanggalPembuatan: '02 Juni 2025',
      tanggalRevisi: '-',
      tanggalPengesahan: '02 Juni 2025',
      disahkanOleh: 'Kepala BPS Provinsi Bengkulu',
      dasarHukum: [
        'Undang-Undang No 16 tahun 1997 tentang Statistik',
        'Keputusan Presiden Nomor 86 tahun 2007 tentang Badan Pusat Statistik',
        'Permenpan RB No. 88 Tahun 2021 tentang SAKIP',
        'Peraturan Kepala Badan Pusat Statistik nomor 5 tahun 2023 tentang Organisasi dan Tata Kerja Badan Pusat Statistik',
      ],
      kualifikasiPelaksana: [
        'Eselon II',
        'Eselon III / Fungsional Ahli Madya',
        'Tim Kerja',
        'Staf Pelaksana/ Fungsional Ter tentu',
        'Instansi Terkait',
      ],
      keterkaitan: [
        'Renstra Reviu 2025-2029',
        'Perjanjian Kinerja (PK)',
        'Laporan Kinerja Instansi Pemerintah (LKIP) Form Rencana Aksi (FRA)',
      ],
      peralatanPerlengkapan: ['Komputer/Laptop', 'Printer', 'ATK', 'Internet Line', 'Stempel'],
      peringatan: ['Kegiatan dilakukan sesuai POK 2025'],
      pencatatanPendataan: [
        'Melakukan pengumpulan data kinerja',
        'Melakukan reviu atas hasil yang dicapai',
        'Melaporkan kinerja instansi',
      ],
    });
  });

  it('reads the fourteen steps on both pages', () => {
    const S = 'Realisasi target tim kerja, Dokumen Sumber, FRA';
    const SN = 'Realisasi target tim kerja, Dokumen Sumber, FRA dan Notulen FRA';
    const FRA = 'Kertas Kerja FRA, Notulen FRA';
    const H = '1 – 20 Hari Kerja';
    const P = 'Tim Perencanaan, Penganggaran dan Pemantauan Evaluasi';
    const steps = result[0].doc.steps;
    expect(steps.map((s) => s.row)).toEqual([33, 34, 35, 36, 37, 38, 39, 40, 41, 45, 46, 47, 48, 49]);
    expect(stepRows(steps)).toEqual<Row[]>([
      [
        '1',
        'Menyusun laporan data kinerja triwulanan per tim dalam tim/bagian',
        ['Tim Kerja'],
        'start',
        'Realisasi target tim kerja',
        H,
        'Laporan data kinerja per tim/bagian (notulen rapat)',
        null,
      ],
      [
        '2',
        'Melakukan Reviu bersama laporan data kinerja triwulan per tim dalam tim/ bagian (jika terdapat revisi perbaikan, maka dikerjakan kembali oleh tim ybs)',
        ['Tim Kerja'],
        'decision',
        S,
        H,
        'Laporan data kinerja per tim (notulen rapat)',
        null,
      ],
      [
        '3',
        'Mengompilasi laporan data kinerja triwulan Tim/Bagian (PJ SAKIP Tim/Bagian) menjadi laporan tim/bagian',
        ['Tim Kerja'],
        'process',
        S,
        H,
        'Draft Kertas Kerja FRA, (notulen rapat)',
        null,
      ],
      [
        '4',
        'Memverifikasi dan menyetujui laporan data kinerja (Form Rencana Aksi) triwulan tim/bagian',
        ['Tim Kerja'],
        'process',
        S,
        H,
        'Kertas Kerja FRA',
        null,
      ],
      [
        '5',
        'Mengompilasi laporan data kinerja triwulan tim/bagian menjadi draft Laporan data kinerja triwulan Satker oleh Tim Perencana',
        [P],
        'process',
        S,
        H,
        FRA,
        null,
      ],
      ['6', 'Menyampaikan draft laporan data kinerja triwulan ke kepala BPS Provinsi', [P], 'process', S, H, FRA, null],
      [
        '7',
        'Melakukan rapat koordinasi dan evaluasi terintegrasi seluruh tim/bagian dalam rangka membahas laporan data kinerja triwulan per tim/bagian dan Satker secara keseluruhan',
        ['Kepala'],
        'process',
        S,
        H,
        FRA,
        null,
      ],
      [
        '8',
        'Melakukan reviu atas Form Rencana Aksi (FRA) tim/bagian berdasarkan hasil pembahasan rapat. (revisi / perbaikan dilaksanakan saat reviu atas FRA oleh tim/bagian)',
        ['Tim Kerja'],
        'process',
        S,
        H,
        FRA,
        null,
      ],
      [
        '9',
        'Mengompilasi laporan data kinerja/FRA final satker oleh Tim Perencana dan melaporkan kepada eselon II (Kepala)',
        [P],
        'process',
        S,
        H,
        FRA,
        null,
      ],
      ['10', 'Meng-upload FRA triwulan ke dalam web monitoring BPS (monev.bps.go.id)', ['Tim Sakip'], 'process', FRA, H, FRA, null],
      [
        '11',
        'Penyusunan Laporan Kinerja Instansi Pemerintah (LKIP) Satker (Setelah FRA Triwulan 4 berakhir mulai disusun)',
        ['Tim Sakip'],
        'process',
        SN,
        H,
        'Draft LKIP',
        null,
      ],
      [
        '12',
        'Pemeriksaan Draft LKIP (Lakukan perbaikan jika terdapat koreksi)',
        ['Tim Sakip'],
        'decision',
        SN,
        H,
        'Draft LKIP',
        null,
      ],
      ['13', 'Pengesahan LKIP oleh Kepala Satuan Kerja', ['Kepala'], 'process', 'Draft LKIP', '1 – 10 Hari Kerja', 'LKIP', null],
      ['14', 'Upload LKIP ke website PPID', ['Tim Sakip'], 'end', 'LKIP Final', '1 Hari Kerja', 'LKIP dapat diakses publik', null],
    ]);
  });

  it('follows both decisions: Tidak back to the step redone, Ya on', () => {
    expect(branches(result[0].doc.steps)).toEqual({ '2': ['ya -> 3', 'tidak -> 1'], '12': ['ya -> 13', 'tidak -> 11'] });
  });

  it('adds up twelve "1 – 20 Hari Kerja", one "1 – 10 Hari Kerja" and one "1 Hari Kerja"', () => {
    expect(result[0].sop.duration).toEqual({
      minMinutes: 14 * 450,
      maxMinutes: (12 * 20 + 10 + 1) * 450,
      text: '14 hari – 251 hari',
      stepsWithoutTime: [],
    });
  });

  it('finds nothing: every field is filled and every time readable', () => {
    expect(result[0].sop.findings).toEqual([]);
  });
});

describe('corpus 09: Penyelenggaraan Kegiatan NADA CERIA (SOP-329/17000/2025)', () => {
  let result: SopResult[];
  beforeAll(async () => {
    result = await check('corpus-09-nada-ceria.xlsx');
  });

  it('finds one SOP, its table on the second printed page, four actors', () => {
    expect(result).toHaveLength(1);
    const { doc, sop } = result[0];
    expect(sop.tableRange).toBe('A30:J42');
    expect(rangeA1(doc.area)).toBe('A2:J42');
    expect(doc.table.pageBreakRows).toEqual([]);
    expect(sop.actors.map((a) => `${a.column} ${a.name}`)).toEqual(['C CA (PJ NADA CERIA)', 'D Pegawai', 'E Reseptionist', 'F CC']);
  });

  it('reads the identity: Tanggal Revisi empty, Keterkaitan and Peringatan empty', () => {
    const { sop } = result[0];
    expect(sop.name).toBe('SOP Penyelenggaraan Kegiatan NADA CERIA (Reminder Kipapp)');
    expect(sop.identity).toEqual({
      nomor: 'SOP-329/17000/2025',
      tanggalPembuatan: '02 Januari 2025',
      tanggalRevisi: null,
      tanggalPengesahan: '02 Januari 2025',
      disahkanOleh: 'Kepala BPS Provinsi Bengkulu',
      dasarHukum: [
        'Undang-Undang Nomor 16 Tahun 1997 Tentang Statistik;',
        'Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan;',
        'Peraturan Pemerintah Nomor 51 Tahun 1999 tentang Penyelengaraan Statistik;',
        'Peraturan Pemerintah Nomor 28 Tahun 2012 tentang Peraturan Pelaksanaan Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan;',
        'Peraturan Presiden Republik Indonesia Nomor 86 Tahun 2007 tentang Badan Pusat Statistik;',
        'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 5 Tahun 2024 tentang Perubahan atas Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 90 Tahun 2021 tentang Pembangunan dan Evaluasi Zona Integritas Menuju Wilayah Bebas dari Korupsi dan Wilayah Birokrasi Bersih dan Melayani di Instansi Pemerintah;',
        'Peraturan Badan Pusat Statistik Nomor 1 Tahun 2023 tentang Pedoman Tata Naskah Dinas Badan Pusat Statistik;',
        'Peraturan Badan Pusat Statistik Nomor 1 Tahun 2024 tentang Penyelenggaraan Kearsipan;',
        'Peraturan Badan Pusat Statistik Nomor 5 Tahun 2023 tentang Organisasi dan Tata Kerja Badan Pusat Statistik Provinsi dan Badan Pusat Statistik Kabupaten/Kota ;',
        'Peraturan Kepala Badan Pusat Statistik Nomor 19 Tahun 2013 Tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintah di Lingkungan Badan Pusat Statistik.',
      ],
      kualifikasiPelaksana: [
        'Siap bekerja dalam tim sesuai penugasan',
        'Menunjukkan semangat kolaboratif dan melayani',
        'Menjadi bagian dari penguatan budaya berakhlak',
      ],
      keterkaitan: [],
      peralatanPerlengkapan: ['PC/Laptop', 'Jaringan/Internet', 'Aplikasi Perkantoran'],
      peringatan: [],
      pencatatanPendataan: ['Disimpan sebagai data elektronik dan manual'],
    });
  });

  it('reads the eleven steps, numbered 1-4 and 6-12 as the document numbers them', () => {
    const CA = ['CA (PJ NADA CERIA)'];
    const GF = 'Google Form Pengisian NADA CERIA';
    const HK = '1 Hari Kerja';
    expect(stepRows(result[0].doc.steps)).toEqual<Row[]>([
      ['1', 'Pembuatan Surat Pemberitahuan Pelaksanaan Program NADA CERIA', CA, 'start', 'Surat Pemberitahuan', HK, 'Surat Pemberitahuan Pelaksanaan Program NADA CERIA', null],
      ['2', 'Pembuatan Pembuatan Google Form NADA CERIA', CA, 'process', 'Aplikasi desain grafis, Aplikasi Google Form', '2 Hari Kerja', GF, null],
      ['3', 'Pembuatan Video Promosi NADA CERIA', CA, 'process', 'Aplikasi Video Grafis', '2 Hari Kerja', 'Video Promosi NADA CERIA', null],
      [
        '4',
        'Pemberitahuan Pengisian Sumbangan Pantun dan Kata Motivasi NADA CERIA di Grup Kantor',
        CA,
        'process',
        'Aplikasi Whatsapp Grup Kantor',
        HK,
        'Pengumuman Pengisian NADA CERIA',
        null,
      ],
      ['6', 'Pengisian NADA CERIA oleh pegawai BPS Provinsi Bengkulu', ['Pegawai'], 'process', GF, HK, 'Database NADA CERIA', null],
      ['7', 'Mengecek Pengumpulan Database Pantun / Kata Motivasi NADA CERIA', CA, 'process', GF, HK, 'Output Excel NADA CERIA', null],
      [
        '8',
        'Membuat Konten Materi NADA CERIA Mingguan yang bisa di akses oleh reseptionis / pembaca NADA CERIA',
        CA,
        'process',
        'Aplikasi Microsoft Word',
        HK,
        'Output Word NADA CERIA Mingguan',
        null,
      ],
      [
        '9',
        'Pengiriman Konten Materi NADA CERIA Mingguan ke Reseptionist / Pembaca NADA CERIA',
        CA,
        'process',
        'Aplikasi Whatsapp',
        HK,
        'Pengiriman Konten NADA CERIA Mingguan Melalui Whatsapp',
        'Dikirimkan setiap hari senin di awal minggu',
      ],
      [
        '10',
        'Pembacaan NADA CERIA oleh Reseptionist',
        ['Reseptionist'],
        'process',
        'Konten NADA CERIA Mingguan Melalui Whatsapp',
        HK,
        'Semua Pegawai mendengarkan NADA CERIA yang dibacakan',
        'Dilaksanakan setiap hari kerja pukul 15.00 WIB',
      ],
      ['11', 'Penyusunan Laporan Triwulanan Kegiatan NADA CERIA', CA, 'process', 'Seluruh Kelengkapan Laporan', '3-5 Hari Kerja', 'Laporan NADA CERIA Triwulanan', null],
      [
        '12',
        'Evaluasi dan Penyusunan Laporan Semesteran',
        ['CC'],
        'end',
        'Laporan NADA CERIA Triwulanan',
        'Semesteran',
        'Laporan MP Semesteran',
        'Laporan Semesteran untuk Keseluruhan Agenda Kegiatan Manajemen Perubahan',
      ],
    ]);
    expect(branches(result[0].doc.steps)).toEqual({});
  });

  it('adds up 1 + 2 + 2 + 6 × 1 hari kerja and 3-5 hari kerja; "Semesteran" is not a duration', () => {
    const { sop } = result[0];
    expect(sop.steps.at(-1)!.waktu).toEqual({ text: 'Semesteran', minMinutes: null, maxMinutes: null });
    expect(sop.duration).toEqual({
      minMinutes: (11 + 3) * 450,
      maxMinutes: (11 + 5) * 450,
      text: '14 hari – 16 hari',
      stepsWithoutTime: ['12'],
    });
  });

  it("finds the document's real anomalies: misspellings, no step 5, and a Waktu that is a recurrence", () => {
    // "Penyelengaraan", "Pembuatan Pembuatan", "di akses", "reseptionis"; "Reseptionist" (neither the
    // Indonesian "Resepsionis" nor the English "Receptionist") is flagged without a fix.
    expect(result[0].sop.findings.map((f) => `${f.rule} ${f.severity} ${f.cell}`)).toEqual([
      'typo error A15',
      'typo warning E31',
      'typo error B33',
      'numbering warning A36',
      'typo error B38',
      'typo error B38',
      // B39 names the Reseptionist in a Title Case line: left alone, as a name or term would be
      'typo warning B40',
      'unparsed-time warning H42',
    ]);
  });
});
