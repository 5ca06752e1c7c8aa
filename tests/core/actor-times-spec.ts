/** A flowchart sheet where one actor (Bendahara) does both steps of a "simultan" group. */
import type { WorkbookSpec } from '../fixtures/spec';
import { SheetBuilder } from '../fixtures/specs/build';
import { writeRealTable } from '../fixtures/specs/real-common';

function spec(): WorkbookSpec {
  const b = new SheetBuilder('Simultan', { A: 5, B: 36, C: 13, D: 13, E: 13, F: 16, G: 10, H: 16, I: 18 });
  b.text('A', 'SOP PENYUSUNAN LAPORAN AKHIR TAHUN', { to: 'J', bold: true, center: true });
  writeRealTable(b, {
    no: 'No',
    uraian: 'Uraian Kegiatan',
    actors: ['Kasubag Umum', 'Bendahara', 'Pengurus Barang', 'Sekretaris'],
    tail: ['Kelengkapan', 'Waktu', 'Output', 'Keterangan'],
    steps: [
      ['Menyiapkan format laporan', 0, 'Format', '1 Jam', 'Format laporan'],
      ['Menyusun laporan keuangan', 1, 'Buku kas', '2 Hari', 'Laporan keuangan', 'Dilaksanakan secara simultan'],
      ['Menyusun laporan kas kecil', 1, 'Buku kas kecil', '1 Hari', 'Laporan kas kecil', 'Dilaksanakan secara simultan'],
      ['Menggabungkan laporan', 0, 'Laporan', '2 Jam', 'Laporan akhir tahun'],
      ['Menandatangani laporan', 3, 'Laporan akhir tahun', '30 Menit', 'Laporan ditandatangani'],
    ],
  });
  return { file: 'bendahara-parallel.xlsx', source: 'test: one actor doing both steps of a parallel group', sheets: [b.build()] };
}

export const bendaharaParallel = spec();
