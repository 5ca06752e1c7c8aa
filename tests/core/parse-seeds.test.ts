/**
 * Acceptance test of the parser: every seed SOP (../../shared/seeds, as written in the fixture specs)
 * read into whole values — steps, actors, identity — compared with what the seed says, field by field.
 * For 000 and 004 the actor of each step comes from the shapes the specs reconstruct (the seed text lost them).
 */
import { describe, expect, it } from 'vitest';
import { rangeA1 } from '../../src/core/grid';
import type { StepDoc } from '../../src/core/model';
import { findSops } from '../../src/core/parse';
import { specToGrid } from '../fixtures/spec';
import { kecamatanParingin } from '../fixtures/specs/000-kecamatan-paringin';
import { dinasPerpustakaan } from '../fixtures/specs/001-dinas-perpustakaan';
import { satpolPP } from '../fixtures/specs/002-satpol-pp';
import { diskominfo } from '../fixtures/specs/003-diskominfo';
import { setdaBanjarbaru } from '../fixtures/specs/004-setda-banjarbaru';

/** The step fields the seeds pin down. */
function stepValues(s: StepDoc) {
  const { no, row, uraian, actors, symbol, kelengkapan, waktuText, output, keterangan } = s;
  return { no, row, uraian, actors, symbol, kelengkapan, waktuText, output, keterangan };
}

function step(
  no: string | null,
  row: number,
  uraian: string,
  actors: string[],
  symbol: StepDoc['symbol'],
  kelengkapan: string | null,
  waktuText: string | null,
  output: string | null,
  keterangan: string | null,
) {
  return { no, row, uraian, actors, symbol, kelengkapan, waktuText, output, keterangan };
}

describe('seed SOPs', () => {
  describe('000-kecamatan-paringin.xlsx', () => {
    const sops = findSops(specToGrid(kecamatanParingin.sheets[0]));
    const sop = sops[0];
    it('finds exactly one SOP with its table where the seed has it', () => {
      expect(sops).toHaveLength(1);
      expect(rangeA1(sop.table.range)).toBe("A43:J51");
      // The area runs from the kop to the signature block (its NIP line) under the table.
      expect(sop.area).toEqual({ top: 2, left: 1, bottom: 51, right: 10 });
      expect(sop.table.headerRows).toEqual([43,44]);
      expect(sop.table.pageBreakRows).toEqual([]);
      expect(sop.table.columns).toEqual({"no":1,"uraian":2,"actors":[3,4,5,6],"pelaksanaText":null,"kelengkapan":7,"waktu":8,"output":9,"keterangan":10});
    });
    it('reads the identity block item by item', () => {
      expect(sop.name).toBe("Penyusunan Rencana Kinerja Tahunan (RKT)");
      expect(sop.identity).toEqual({
        "nomor": "-",
        "tanggalPembuatan": "02 Januari 2023",
        "tanggalRevisi": "-",
        "tanggalPengesahan": "02 Januari 2023",
        "disahkanOleh": "CAMAT PARINGIN",
        "dasarHukum": [
          "Peraturan Presiden RI Nomor 29 Tahun 2014 Tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah;",
          "Peraturan MenPAN-RB Nomor 53 Tahun 2014 Tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu Atas Laporan Kinerja Instansi Pemerintah;",
          "Peraturan Bupati Nomor 19 Tahun 2016 Tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah;"
        ],
        "kualifikasiPelaksana": [
          "Memahami tentang penyusunan RKT.",
          "S1 Sederajat",
          "SMA"
        ],
        "keterkaitan": [
          "SOP Penyusunan Renstra"
        ],
        "peralatanPerlengkapan": [
          "Lembar Kerja",
          "IKU dan Renstra",
          "Perangkat Komputer/ Printer/ Scanner"
        ],
        "peringatan": [
          "Melaksanakan Program Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)"
        ],
        "pencatatanPendataan": [
          "Rencana Kerja Tahunan (RKT)"
        ]
      });
    });
    it('reads the actors with their columns', () => {
      expect(sop.actors.map(({ name, column }) => ({ name, column }))).toEqual([{"name":"Camat","column":"C"},{"name":"Sekretaris","column":"D"},{"name":"Kasubbag Perencanaan dan Keuangan","column":"E"},{"name":"Pelaksana","column":"F"}]);
    });
    it('reads every step', () => {
      expect(sop.steps.map(stepValues)).toEqual([
        step("1", 45, "Disposisi kepada Kasubbag Perencanaan untuk melakukan Penyusunan RKT", ["Camat"], "start", "Disposisi Surat", "1 Hari", "Surat Terdisposisi", null),
        step("2", 46, "Menyusun Rencana Kerja Tahunan (RKAT)", ["Kasubbag Perencanaan dan Keuangan"], "process", "Form RKT", "1 Hari", "Form RKT", null),
        step("3", 47, "Rapat pengisian Form RKT dan mengisi Form", ["Pelaksana"], "process", "Form RKT", "3 Hari", "Form RKT", null),
        step("4", 48, "Menyusun Draf RKT", ["Kasubbag Perencanaan dan Keuangan"], "process", "Draf RKT", "2 Hari", "Draf RKT", null),
        step("5", 49, "Mengoreksi Draf RKT", ["Sekretaris"], "process", "Draf RKT", "1 Hari", "Draf RKT", null),
        step("6", 50, "Menandatangani RKT", ["Camat"], "process", "Draf RKT", "1 Hari", "Dokumen Ditandatangani", null),
        step("7", 51, "Mengoreksi Dokumen", ["Pelaksana"], "end", "Dokumen RKT", "1 Hari", "Dokumen RKT", null),
      ]);
    });
  });
  describe('001-dinas-perpustakaan.xlsx', () => {
    const sops = findSops(specToGrid(dinasPerpustakaan.sheets[0]));
    const sop = sops[0];
    it('finds exactly one SOP with its table where the seed has it', () => {
      expect(sops).toHaveLength(1);
      expect(rangeA1(sop.table.range)).toBe("A29:J44");
      // The area runs from the kop to the signature block (its NIP line) under the table.
      expect(sop.area).toEqual({ top: 2, left: 1, bottom: 53, right: 10 });
      expect(sop.table.headerRows).toEqual([29,30,31,37,38,39]);
      expect(sop.table.pageBreakRows).toEqual([37]);
      expect(sop.table.columns).toEqual({"no":1,"uraian":2,"actors":[3,4,5,6],"pelaksanaText":null,"kelengkapan":7,"waktu":8,"output":9,"keterangan":10});
    });
    it('reads the identity block item by item', () => {
      expect(sop.name).toBe("Pelaksanaan Penyusunan Rencana Kinerja Tahunan (RKT)");
      expect(sop.identity).toEqual({
        "nomor": "2023",
        "tanggalPembuatan": "September 2023",
        "tanggalRevisi": "-",
        "tanggalPengesahan": "September 2023",
        "disahkanOleh": "KEPALA DINAS PERPUSTAKAAN DAN KEARSIPAN",
        "dasarHukum": [
          "Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintahan",
          "Undang-Undang Republik Indonesia Nomor 23 Tahun 2014 tentang Pemerintahan Daerah.",
          "Peraturan Pemerintahan Nomor 8 Tahun 2008 tentang Tahapan Tatacara Penyusunan, Pengendalian, dan Evaluasi Pelaksanaan Rencana Pembangunan Daerah",
          "Peraturan Pemerintahan Republik Indonesia Nomor 12 Tahun 2019 Tentang Pengelolaan Keuangan Daerah",
          "Peraturan Menteri Dalam Negeri Nomor 52 Tahun 2011 tentang Standar Operasional Prosedur Di Lingkungan Pemerintahan Provinsi dan Kabupaten/Kota;",
          "Peraturan Menteri Dalam Negeri Republik Indonesia Nomor 86 Tahun 2017 Tentang Tata Cara perencanaan, Pengendalian Dan Evaluasi Pembangunan Daerah, Tata Cara Evaluasi Rancangan Peraturan Daerah Tentang Rencana Pembangunan Jangka Panjang Daerah Dan Rencana Pembangunan Jangka Menengah Daerah, Serta Tata Cara Perubahan Rencana Pembangunan"
        ],
        "kualifikasiPelaksana": [
          "Mengetahui tugas dan fungsi penyusunan program",
          "Mengetahui tugas dan fungsi jabatan",
          "Mengetahui penggunaan perangkat komputer"
        ],
        "keterkaitan": [
          "SOP Rapat Internal"
        ],
        "peralatanPerlengkapan": [
          "Lembaran Kerja",
          "Ruang Rapat Internal",
          "Komputer, Printer, LCD dan ATK",
          "Jaringan Internet"
        ],
        "peringatan": [
          "Apabila draft RKT yang disampaikan tidak sesuai dengan prioritas pembangunan maka draft RKT akan sering dikembalikan dan menghambat jadwal Finalisasi"
        ],
        "pencatatanPendataan": [
          "Disimpan sebagai dokumen RKT"
        ]
      });
    });
    it('reads the actors with their columns', () => {
      expect(sop.actors.map(({ name, column }) => ({ name, column }))).toEqual([{"name":"Kepala Badan","column":"C"},{"name":"Sekretaris","column":"D"},{"name":"Kasubag Program","column":"E"},{"name":"Staf/Jabatan Fungsional Umum","column":"F"}]);
    });
    it('reads every step', () => {
      expect(sop.steps.map(stepValues)).toEqual([
        step("1", 32, "Membuat konsep format RKT yang memuat : sasaran strategis, indikator kinerja dan target pencapaiannya", ["Kasubag Program"], "start", "Rancangan Renstra Komputer, ATK", "3 Hari", "Konsep RKT", null),
        step("2", 33, "Mengadakan dan menyampaikan konsep format RKT ke masing-masing bagian untuk diisi", [], "unknown", "Konsep RKT, Komputer", "3 Hari", "Konsep RKT", null),
        step("3", 34, "Mengumpulkan format isian dan membuat konsep RKT untuk bahan rapat internal penyusunan RKT", [], "unknown", "Konsep RKT, Komputer", "2 Hari", "Konsep RKT", null),
        step("4", 35, "Melaksanakan rapat koordinasi penyusunan RKT mencakup pembagian tugas, jadwal penyelesaian, jadwal pertemuan progres", [], "unknown", "Konsep RKT, Ruang rapat, Makan, Minum, LCD, Komputer", "3 Jam", "Konsep RKT Notulen", "SOP Rapat Internal"),
        step("5", 36, "Memperbaharui konsep RKT berdasarkan masukan hasil rapat menjadi draft RKT dan mengajukannya kepada Kasubag untuk dinilai dan diperiksa", [], "unknown", "Konsep RKT, Notulen, Komputer, ATK", "3 Hari", "Draft Konsep RKT", null),
        step("6", 40, "Memeriksa dan mencermati draft RKT. Jika sudah baik diberikan paraf untuk diteruskan kepada kepala dan jika belum akan dikembalikan untuk diperbaiki", [], "unknown", "Draft Konsep RKT", "20 Menit", "Disposisi Draft Konsep RKT", null),
        step("7", 41, "Memperbaiki draft RKT kembali dan menyerahkannya kepada kepala untuk dinilai dan diberi tanda tangan", [], "unknown", "Disposisi Draft Konsep RKT", "1 Jam", "Draft Konsep RKT", null),
        step("8", 42, "Menilai dan mencermati draft RKT. Jika draft sudah sesuai akan diberi tanda tangan dan jika belum akan dikembalikan untuk diperbaiki", [], "unknown", "Draft Konsep RKT", "20 Menit", "RKT", null),
        step("9", 43, "Menerima, menggandakan dan mendistribusikan RKT ke masing-masing bagian dan pengadministrasi umum", [], "unknown", "Disposisi RKT Fotocopy, penjilidan", "3 Hari", "Dokumen RKT", "Pelaksanaan terkait percetakan"),
        step("10", 44, "Menerima RKT dan menyimpannya sebagai dokumen arsip", [], "unknown", "Buku RKT", "5 Menit", "Arsip", null),
      ]);
    });
  });
  describe('002-satpol-pp.xlsx', () => {
    const sops = findSops(specToGrid(satpolPP.sheets[0]));
    const sop = sops[0];
    it('finds exactly one SOP with its table where the seed has it', () => {
      expect(sops).toHaveLength(1);
      expect(rangeA1(sop.table.range)).toBe("A31:K43");
      // The area runs from the kop to the signature block (its NIP line) under the table.
      expect(sop.area).toEqual({ top: 2, left: 1, bottom: 45, right: 11 });
      expect(sop.table.headerRows).toEqual([31,32]);
      expect(sop.table.pageBreakRows).toEqual([]);
      expect(sop.table.columns).toEqual({"no":1,"uraian":2,"actors":[3,4,5,6,7],"pelaksanaText":null,"kelengkapan":8,"waktu":9,"output":10,"keterangan":11});
    });
    it('reads the identity block item by item', () => {
      expect(sop.name).toBe("SOP Penyusunan RKT");
      expect(sop.identity).toEqual({
        "nomor": "800/13/Satpol PP- BLG/2023",
        "tanggalPembuatan": "03 Januari 2023",
        "tanggalRevisi": null,
        "tanggalPengesahan": "03 Januari 2023",
        "disahkanOleh": "Kepala Satuan Polisi Pamong Praja",
        "dasarHukum": [
          "Permendagri No 86 Tahun 2017 Tentang tatacara Perencanaan",
          "Peraturan Menteri Dalam Negeri Nomor 90 Tahun 2019 Tentang Kalsifikasi Kodefikasi, dan Nomenklator Perencanaan Pembangunan dan Keuangan Daerah ;",
          "Keputusan Menteri Dalam Negeri Nomor 050-5889 tahun 2021 tentang hasil verifikasi, Validasi, dan Inventarisasi pemutakhiran klasifikasi kodefikasi dan nomenklator, Perencanaan Pembangunan dan Keuangan Daerah",
          "Peraturan Daerah Kabupaten Balangan no 11 Tahun 2022 tentang Anggaran Pendapatan dan belanja Daerah tahun Anggaran 2023",
          "Peraturan Bupati Balangan Nomor 106 Tahun 2022 Tentang Penjabaran Anggaran Pendapatan dan Belanja Daerah Tahun Anggaran 2023",
          "Rencana Strategis Satuan Polisi Pamong Praja Kabupaten Balangan 2021 - 2026"
        ],
        "kualifikasiPelaksana": [
          "Mengetahui tugas dan fungsi penyusun Perencanaan",
          "Mengetahui tugas dan fungsi Jabatan",
          "Mengetahui penggunaan perangkat Komputer",
          "Mengetahui aplikasi komputer penyusunan RENJA"
        ],
        "keterkaitan": [
          "SOP Penyusunan Laporan Kinerja"
        ],
        "peralatanPerlengkapan": [
          "RENSTRA, IKU",
          "DPA",
          "Komputer, Printer, LCD, HVS"
        ],
        "peringatan": [
          "Jika SOP tidak dilaksanakan maka Realisasi Kinerja Tidak Optimal dokumen RPJMD dan RESTRA dan apabila ada perubahan penetapan kinerja harus segera di sesuaikan."
        ],
        "pencatatanPendataan": [
          "Disimpan sebagai dokumen pengendalian dan evaluasi kinerja"
        ]
      });
    });
    it('reads the actors with their columns', () => {
      expect(sop.actors.map(({ name, column }) => ({ name, column }))).toEqual([{"name":"TIM","column":"C"},{"name":"KASUBAG PERENCANAAN DAN PELAPORAN","column":"D"},{"name":"KABID/ KASUBAG/ JF PENYETARAAN","column":"E"},{"name":"SEKRETARIS","column":"F"},{"name":"KEPALA DINAS","column":"G"}]);
    });
    it('reads every step', () => {
      expect(sop.steps.map(stepValues)).toEqual([
        step("1", 33, "Disposisi Kepada Kasubag Perencanaan dan Pelaporan untuk melakukan penyusunan RKT", ["SEKRETARIS"], "start", "Dok Program Kerja", "15 Menit", "Disposisi", "SOP Surat Masuk"),
        step("2", 34, "Perencanaan Kegiatan Penyusunan RKT", ["KASUBAG PERENCANAAN DAN PELAPORAN"], "process", "Disposisi", "30 Menit", "Lembar Disposisi Dokumen Perencanaan dan Program Kerja", null),
        step("3", 35, "Rapat Sosialisasi Penyusunan RKT Kegiatan", ["TIM"], "process", "Dokumen Perencanaan dan Program Kerja", "1 Hari", "FORMAT RKT", null),
        step("4", 36, "Mengisi Format RKT kegiatan", ["KABID/ KASUBAG/ JF PENYETARAAN"], "process", "FORMAT RKT", "3 Hari", "FORMAT RKT", null),
        step("5", 37, "Mengumpulkan Format RKT yang sudah di susun semua Bidang", ["TIM"], "process", "FORMAT RKT", "3 Hari", "FORMAT RKT", null),
        step("6", 38, "Mengkompilasi Format RKT dari masing masing Bidang atau Sub Bagian", ["TIM"], "process", "DTAFT RKT", "3 Hari", "DRAFT RKT", null),
        step("7", 39, "Koreksi draf RKT dari Bidang dan Sekretariat", ["KASUBAG PERENCANAAN DAN PELAPORAN"], "process", "DTAFT RKT", "3 Hari", "DTAFT RKT", null),
        step("8", 40, "mMenyusun Draf RKT", ["TIM","KASUBAG PERENCANAAN DAN PELAPORAN"], "process", "DTAFT RKT", "3 Hari", "DTAFT RKT", null),
        step("9", 41, "Koreksi Draf RKT", ["SEKRETARIS"], "process", "DTAFT RKT", "1 Minggu", "RKT", null),
        step("10", 42, "Menerima dan Menandatangani RKT", ["KEPALA DINAS"], "decision", "RKT", "1 Hari", "Dokumen RKT/ Koreksi RKT", null),
        step("11", 43, "Mengarsipkan RKT", ["TIM"], "end", "RKT yang sudah di Tanda tangani", "1 Hari", "Berkas RKT", null),
      ]);
    });
  });
  describe('003-diskominfo.xlsx', () => {
    const sops = findSops(specToGrid(diskominfo.sheets[0]));
    const sop = sops[0];
    it('finds exactly one SOP with its table where the seed has it', () => {
      expect(sops).toHaveLength(1);
      expect(rangeA1(sop.table.range)).toBe("A21:J33");
      // The area runs from the kop to the signature block (its NIP line) under the table.
      expect(sop.area).toEqual({ top: 2, left: 1, bottom: 39, right: 10 });
      expect(sop.table.headerRows).toEqual([21,22]);
      expect(sop.table.pageBreakRows).toEqual([]);
      expect(sop.table.columns).toEqual({"no":1,"uraian":2,"actors":[3,4,5,6,7],"pelaksanaText":null,"kelengkapan":8,"waktu":9,"output":null,"keterangan":10});
    });
    it('reads the identity block item by item', () => {
      expect(sop.name).toBe("Rencana Kinerja Tahunan (RKT)");
      expect(sop.identity).toEqual({
        "nomor": "003/SOP/Diskominfo/BLG/2023",
        "tanggalPembuatan": "01 Januari 2023",
        "tanggalRevisi": "-",
        "tanggalPengesahan": "01 Januari 2023",
        "disahkanOleh": "Diskominfo",
        "dasarHukum": [
          "Perencanaan Pembangunan Nasional (SPPN)",
          "Undang-undang Nomor 23 Tahun 2014 tentang Pemerintah Daerah",
          "Peraturan Pemerintah Nomor 8 Tahun 2008 tentang Tahapan Tata Cara Penyusunan, Pengendalian dan Evaluasi Pelaksanaan Rencana Pembangunan Daerah"
        ],
        "kualifikasiPelaksana": [
          "Memahami Tentang Penyusunan RKT",
          "S1- Sarjana Sederajat",
          "D III – Diploma Sederajat"
        ],
        "keterkaitan": [
          "SOP Penyusunan Renstra",
          "SOP Penyusunan RPJMD"
        ],
        "peralatanPerlengkapan": [
          "Lembar Kerja/ Rencana Kerja dan Anggaran",
          "IKU, RENSTRA",
          "Komputer/Printer/Scanner"
        ],
        "peringatan": [
          "Tepat Waktu"
        ],
        "pencatatanPendataan": [
          "Rencana Kinerja Tahunan"
        ]
      });
    });
    it('reads the actors with their columns', () => {
      expect(sop.actors.map(({ name, column }) => ({ name, column }))).toEqual([{"name":"TIM","column":"C"},{"name":"Kasub Bag","column":"D"},{"name":"Kabid/Kasub","column":"E"},{"name":"Sekretaris","column":"F"},{"name":"Kepala Dinas","column":"G"}]);
    });
    it('reads every step', () => {
      expect(sop.steps.map(stepValues)).toEqual([
        step("1", 23, "Disposisi kepada kasubbag", ["Sekretaris"], "start", null, null, null, null),
        step("2", 24, "Perencanaan kegiatan penyusunan", [], "unknown", null, null, null, null),
        step("3", 25, "Rapat Sosialisasi Pengisian Form RKT Kegiatan", [], "unknown", null, null, null, null),
        step("4", 26, "Mengisi Form RKT", [], "unknown", null, null, null, null),
        step("5", 27, "Mengumpulkan Form RKT yang", [], "unknown", null, null, null, null),
        step("6", 28, "Mengkompilasi Form RKT dari", [], "unknown", null, null, null, null),
        step("7", 29, "Koreksi draft RKT dari Bidang-Bidang", [], "unknown", null, null, null, null),
        step("8", 30, "Penyusunan draft", [], "unknown", null, null, null, null),
        step("9", 31, "Koreksi draft RKT", ["Sekretaris"], "process", null, null, null, null),
        step("10", 32, "Menerima dan Menandatangani", [], "unknown", null, null, null, null),
        step("11", 33, "Pengarsipan RKT", [], "unknown", null, null, null, null),
      ]);
    });
  });
  describe('004-setda-banjarbaru.xlsx', () => {
    const sops = findSops(specToGrid(setdaBanjarbaru.sheets[0]));
    const sop = sops[0];
    it('finds exactly one SOP with its table where the seed has it', () => {
      expect(sops).toHaveLength(1);
      expect(rangeA1(sop.table.range)).toBe("A21:K33");
      // The area runs from the kop to the signature block (its NIP line) under the table.
      expect(sop.area).toEqual({ top: 2, left: 1, bottom: 33, right: 11 });
      expect(sop.table.headerRows).toEqual([21,22]);
      expect(sop.table.pageBreakRows).toEqual([]);
      expect(sop.table.columns).toEqual({"no":1,"uraian":2,"actors":[3,4,5,6,7],"pelaksanaText":null,"kelengkapan":8,"waktu":9,"output":10,"keterangan":11});
    });
    it('reads the identity block item by item', () => {
      expect(sop.name).toBe("Penyusunan Rencana Kinerja Tahunan");
      expect(sop.identity).toEqual({
        "nomor": "SOP- 070/Setda",
        "tanggalPembuatan": "7-Nov-2018",
        "tanggalRevisi": null,
        "tanggalPengesahan": "31 Desember 2018",
        "disahkanOleh": "Sekretaris Daerah, Drs. H. SAID ABDULLAH, M.Si NIP. 19650928 199203 1 008",
        "dasarHukum": [
          "Undang-Undang No. 17 Tahun 2003 tentang Keuangan Negara",
          "Undang-Undang No. 25 Tahun 2004 tentang Sistem Perencanaan Pembangunan Nasional",
          "Permendagri Nomor 12 Tahun 2011 tentang Perubahan Kedua atas Permendagri Nomor 13 Tahun 2006 tentang Pedoman Pengelolaan Keuangan Daerah",
          "Permendagri Nomor 54 Tahun 2010 tentang Pelaksanaan Peraturan Pemerintah Nomor 8 Tahun 2008 tentang Tahapan, Tata Cara Penyusunan, Pengendalian, Evaluasi Pelaksanaan Rencana Pembangunan Daerah",
          "Peraturan Pemerintah No. 58 Tahun 2005 tentang Pengelolaan Keuangan Daerah"
        ],
        "kualifikasiPelaksana": [
          "Memiliki kewenangan dalam penyusunan Rencana Kinerja Tahunan",
          "Memiliki kemampuan pengolahan data sederhana",
          "Mengetahui tugas dan fungsi mekanisme penyusunan Rencana Kinerja Tahunan"
        ],
        "keterkaitan": [
          "SOP Penyusunan Laporan Kinerja"
        ],
        "peralatanPerlengkapan": [
          "Komputer yang dilengkapi program Microsoft Office",
          "Printer",
          "ATK",
          "Renstra Setdako Banjarbaru"
        ],
        "peringatan": [
          "Jika tidak dilaksanakan sesuai SOP, maka proses penyusunan Rencana Kinerja Tahunan ini tidak akan berjalan lancar"
        ],
        "pencatatanPendataan": [
          "Disimpan sebagai data elektronik, manual dan di arsipkan di ordner"
        ]
      });
    });
    it('reads the actors with their columns', () => {
      expect(sop.actors.map(({ name, column }) => ({ name, column }))).toEqual([{"name":"Kepala Sub Bagian Perencanaan","column":"C"},{"name":"Pelaksana","column":"D"},{"name":"Sekretaris Daerah","column":"E"},{"name":"Kepala Bagian Umum","column":"F"},{"name":"Asisten III","column":"G"}]);
    });
    it('reads every step', () => {
      expect(sop.steps.map(stepValues)).toEqual([
        step("1", 23, "Melaksanakan koordinasi dengan masing-masing bagian dan meminta data usulan kegiatan", ["Kepala Sub Bagian Perencanaan"], "start", "Nota dinas", "15 menit", "Data usulan RKT", null),
        step("2", 24, "Menerima data usulan dari masing-masing bagian", ["Pelaksana"], "process", "Data usulan RKT", "15 menit", "Data usulan RKT", null),
        step("3", 25, "Mengundang Seluruh Kabag dan Kasubbag untuk rapat pembahasan Rencana Kinerja Tahunan", ["Kepala Sub Bagian Perencanaan"], "process", "Data usulan RKT", "5 menit", "Undangan Rapat", null),
        step("4", 26, "Melaksanakan rapat koordinasi perihal penetapan prioritas program dan target program/ kegiatan", ["Kepala Bagian Umum"], "process", "Undangan Rapat", "1 jam", "Draft RKT", null),
        step("5", 27, "Menghimpun data dan informasi dari masing-masing bagian", ["Pelaksana"], "process", "Draft RKT", "2 jam", "Draft RKT", null),
        step("6", 28, "Membuat konsep Rencana Kinerja Tahunan", ["Pelaksana"], "process", "Draft RKT", "1 hari", "Draft RKT", null),
        step("7", 29, "Mengoreksi dan memberi paraf draft Rencana Kinerja Tahunan", ["Kepala Bagian Umum"], "process", "Draft RKT", "5 menit", "Draft RKT", null),
        step("8", 30, "Mengoreksi dan memberi paraf draft Rencana Kinerja Tahunan", ["Asisten III"], "process", "Draft RKT", "5 menit", "Draft RKT", null),
        step("9", 31, "Menyusun Draft Akhir Rencana Kinerja Tahunan", ["Pelaksana"], "process", "Draft RKT", "20 menit", "Draft Akhir RKT", null),
        step("10", 32, "Menandatangani dokumen Rencana Kinerja Tahunan", ["Sekretaris Daerah"], "process", "Draft Akhir RKT", "5 menit", "Draft Akhir RKT", null),
        step("11", 33, "Menggandakan, membukukan dan mengarsipkan dokumen Rencana Kinerja Tahunan", ["Pelaksana"], "end", "Draft Akhir RKT", "30 menit", "Dokumen RKT", null),
      ]);
    });
  });
});
