/** The report's words, Indonesian first, English second. */
import { pick } from '../i18n';
import type { Lang, Severity } from '../model';

export type SopStatus = 'ready' | 'fix' | 'unreadable';

export interface ReportWords {
  title: string;
  generated: (date: string, version: string) => string;
  summary: (files: number, sops: number, errors: number, warnings: number, infos: number) => string;
  overview: string;
  overviewHint: string;
  office: string;
  officeRoot: string;
  col: {
    no: string;
    file: string;
    sheet: string;
    name: string;
    nomor: string;
    steps: string;
    actors: string;
    total: string;
    errors: string;
    warnings: string;
    infos: string;
    status: string;
  };
  status: Record<SopStatus, string>;
  statusLegend: string;
  cross: string;
  crossHint: string;
  crossNone: string;
  rule: string;
  severityCol: string;
  message: string;
  places: string;
  severity: Record<Severity, string>;
  unnamed: string;
  where: (file: string, sheet: string, range: string) => string;
  identity: string;
  ident: {
    nomor: string;
    tanggalPembuatan: string;
    tanggalRevisi: string;
    tanggalPengesahan: string;
    disahkanOleh: string;
    nama: string;
  };
  lists: {
    dasarHukum: string;
    kualifikasiPelaksana: string;
    keterkaitan: string;
    peralatanPerlengkapan: string;
    peringatan: string;
    pencatatanPendataan: string;
  };
  empty: string;
  flowchart: string;
  flowchartHint: string;
  noFlowchart: string;
  planNotes: string;
  mutuBaku: string;
  step: {
    no: string;
    uraian: string;
    pelaksana: string;
    kelengkapan: string;
    waktu: string;
    output: string;
    keterangan: string;
  };
  totalRow: string;
  withoutTime: (list: string) => string;
  perActor: string;
  perActorNote: string;
  noTime: string;
  findings: string;
  findingsNone: string;
  cell: string;
  fix: string;
  crossHere: string;
  monitoring: string;
  monitoringSource: string;
  monitoringFields: { unit: string; date: string; assessor: string };
  mon: { no: string; prosedur: string; penilaian: string; catatan: string; tindakan: string; paraf: string };
  good: string;
  bad: string;
  unreadable: string;
  page: string;
  contents: string;
  /** Month names, January first, for the report's date. */
  months: string[];
}

const ID: ReportWords = {
  title: 'Laporan Tinjauan SOP',
  generated: (d, v) => `Dibuat ${d} oleh Alur ${v}`,
  summary: (f, s, e, w, i) => `${f} berkas · ${s} SOP · ${e} kesalahan · ${w} peringatan · ${i} info`,
  overview: 'Ikhtisar',
  overviewHint: 'Satu baris per SOP, dikelompokkan per folder kantor. Tabel ini dapat disalin ke Excel.',
  office: 'Kantor (folder)',
  officeRoot: '(folder kerja)',
  col: {
    no: 'No',
    file: 'Berkas',
    sheet: 'Sheet',
    name: 'Nama SOP',
    nomor: 'Nomor SOP',
    steps: 'Langkah',
    actors: 'Pelaksana',
    total: 'Total waktu',
    errors: 'Galat',
    warnings: 'Peringatan',
    infos: 'Info',
    status: 'Status',
  },
  status: { ready: 'Siap disahkan', fix: 'Perlu perbaikan', unreadable: 'Tidak terbaca' },
  statusLegend:
    'Siap disahkan: tanpa kesalahan dan peringatan. Perlu perbaikan: ada kesalahan atau peringatan (termasuk temuan lintas SOP). Tidak terbaca: berkasnya tidak dapat dibuka atau tidak berisi tabel SOP.',
  cross: 'Temuan lintas SOP',
  crossHint:
    'Pemeriksaan yang membandingkan SOP satu dengan yang lain: nomor dan nama ganda, keterkaitan, penulisan pelaksana, tanggal.',
  crossNone: 'Tidak ada temuan lintas SOP.',
  rule: 'Aturan',
  severityCol: 'Tingkat',
  message: 'Pesan',
  places: 'Tempat',
  severity: { error: 'kesalahan', warning: 'peringatan', info: 'info' },
  unnamed: '(tanpa nama)',
  where: (f, s, r) => `${f} · sheet ${s} · tabel ${r}`,
  identity: 'Identitas',
  ident: {
    nomor: 'Nomor SOP',
    tanggalPembuatan: 'Tanggal Pembuatan',
    tanggalRevisi: 'Tanggal Revisi',
    tanggalPengesahan: 'Tanggal Pengesahan/Efektif',
    disahkanOleh: 'Disahkan Oleh',
    nama: 'Nama SOP',
  },
  lists: {
    dasarHukum: 'Dasar Hukum',
    kualifikasiPelaksana: 'Kualifikasi Pelaksana',
    keterkaitan: 'Keterkaitan',
    peralatanPerlengkapan: 'Peralatan/Perlengkapan',
    peringatan: 'Peringatan',
    pencatatanPendataan: 'Pencatatan dan Pendataan',
  },
  empty: '–',
  flowchart: 'Flowchart',
  flowchartHint: 'Digambar dari rencana yang sama dengan yang dipakai “Gambar flowchart” dan alur draw.',
  noFlowchart: 'Tidak ada flowchart untuk digambar: tabel ini tidak punya kolom pelaksana atau langkah berpelaksana.',
  planNotes: 'Catatan penggambaran',
  mutuBaku: 'Mutu Baku',
  step: {
    no: 'No',
    uraian: 'Uraian Kegiatan',
    pelaksana: 'Pelaksana',
    kelengkapan: 'Kelengkapan',
    waktu: 'Waktu',
    output: 'Output',
    keterangan: 'Keterangan',
  },
  totalRow: 'Total waktu',
  withoutTime: (l) => `Langkah tanpa waktu terbaca (tidak ikut dihitung): ${l}.`,
  perActor: 'Waktu per pelaksana',
  perActorNote: 'Langkah yang dikerjakan beberapa pelaksana dihitung penuh untuk masing-masing.',
  noTime: 'Tidak ada waktu yang terbaca.',
  findings: 'Temuan',
  findingsNone: 'Tidak ada temuan.',
  cell: 'Sel',
  fix: 'Perbaikan',
  crossHere: 'Temuan lintas SOP tentang SOP ini',
  monitoring: 'Formulir Monitoring Pelaksanaan SOP AP',
  monitoringSource:
    'Sumber: Lampiran Peraturan Menteri PANRB Nomor 35 Tahun 2012, Bab IV (Monitoring dan Evaluasi Penerapan SOP AP), Tabel 7 “Monitoring Pelaksanaan SOP AP”. Monitoring dilakukan setiap 6 (enam) bulan. Kolom 2 diisi dengan langkah-langkah SOP ini.',
  monitoringFields: { unit: 'Unit kerja / berkas', date: 'Tanggal monitoring', assessor: 'Nama penilai' },
  mon: {
    no: 'No.',
    prosedur: 'Prosedur',
    penilaian: 'Penilaian terhadap Penerapan',
    catatan: 'Catatan Hasil Penilaian',
    tindakan: 'Tindakan yang Harus Diambil',
    paraf: 'Paraf Penilai',
  },
  good: 'Berjalan dengan baik',
  bad: 'Tidak berjalan dengan baik',
  unreadable: 'Berkas tidak terbaca',
  page: 'Halaman',
  contents: 'Daftar SOP',
  months: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
};

const EN: ReportWords = {
  title: 'SOP Review Report',
  generated: (d, v) => `Made ${d} by Alur ${v}`,
  summary: (f, s, e, w, i) => `${f} file(s) · ${s} SOP(s) · ${e} error(s) · ${w} warning(s) · ${i} info`,
  overview: 'Overview',
  overviewHint: 'One row per SOP, grouped by office folder. The table can be pasted into Excel.',
  office: 'Office (folder)',
  officeRoot: '(working folder)',
  col: {
    no: 'No',
    file: 'File',
    sheet: 'Sheet',
    name: 'Nama SOP',
    nomor: 'Nomor SOP',
    steps: 'Steps',
    actors: 'Actors',
    total: 'Total time',
    errors: 'Errors',
    warnings: 'Warnings',
    infos: 'Infos',
    status: 'Status',
  },
  status: { ready: 'Ready to sign', fix: 'Needs fixing', unreadable: 'Unreadable' },
  statusLegend:
    'Ready to sign: no error and no warning. Needs fixing: errors or warnings (findings across SOPs included). Unreadable: the file could not be opened or holds no SOP table.',
  cross: 'Findings across SOPs',
  crossHint:
    'Checks comparing the SOPs with each other: repeated numbers and names, Keterkaitan, how actors are written, dates.',
  crossNone: 'No findings across SOPs.',
  rule: 'Rule',
  severityCol: 'Severity',
  message: 'Message',
  places: 'Places',
  severity: { error: 'error', warning: 'warning', info: 'info' },
  unnamed: '(no name)',
  where: (f, s, r) => `${f} · sheet ${s} · table ${r}`,
  identity: 'Identity',
  ident: {
    nomor: 'Nomor SOP',
    tanggalPembuatan: 'Tanggal Pembuatan (made)',
    tanggalRevisi: 'Tanggal Revisi (revised)',
    tanggalPengesahan: 'Tanggal Pengesahan/Efektif (effective)',
    disahkanOleh: 'Disahkan Oleh (signed by)',
    nama: 'Nama SOP',
  },
  lists: {
    dasarHukum: 'Dasar Hukum (legal basis)',
    kualifikasiPelaksana: 'Kualifikasi Pelaksana (qualifications)',
    keterkaitan: 'Keterkaitan (related SOPs)',
    peralatanPerlengkapan: 'Peralatan/Perlengkapan (equipment)',
    peringatan: 'Peringatan (warnings)',
    pencatatanPendataan: 'Pencatatan dan Pendataan (records)',
  },
  empty: '–',
  flowchart: 'Flowchart',
  flowchartHint: 'Drawn from the same plan that “Draw flowchart” and alur draw use.',
  noFlowchart: 'No flowchart to draw: this table has no actor columns or no step with an actor.',
  planNotes: 'Drawing notes',
  mutuBaku: 'Mutu Baku',
  step: {
    no: 'No',
    uraian: 'Activity (Uraian)',
    pelaksana: 'Actors',
    kelengkapan: 'Kelengkapan (input)',
    waktu: 'Waktu (time)',
    output: 'Output',
    keterangan: 'Keterangan (notes)',
  },
  totalRow: 'Total time',
  withoutTime: (l) => `Steps with no readable time (not counted): ${l}.`,
  perActor: 'Time per actor',
  perActorNote: 'A step done by several actors counts in full for each of them.',
  noTime: 'No time could be read.',
  findings: 'Findings',
  findingsNone: 'No findings.',
  cell: 'Cell',
  fix: 'Fix',
  crossHere: 'Findings across SOPs about this SOP',
  monitoring: 'Formulir Monitoring Pelaksanaan SOP AP (monitoring form)',
  monitoringSource:
    'Source: Annex of Regulation of the Minister of PANRB No. 35 of 2012, chapter IV (monitoring and evaluation of SOP AP), Table 7 “Monitoring Pelaksanaan SOP AP”. Monitoring is done every six months. Column 2 lists the steps of this SOP.',
  monitoringFields: { unit: 'Unit / file', date: 'Date of monitoring', assessor: 'Assessor' },
  mon: {
    no: 'No.',
    prosedur: 'Prosedur (procedure)',
    penilaian: 'Penilaian terhadap Penerapan (assessment)',
    catatan: 'Catatan Hasil Penilaian (notes)',
    tindakan: 'Tindakan yang Harus Diambil (action)',
    paraf: 'Paraf Penilai (initials)',
  },
  good: 'Berjalan dengan baik (works well)',
  bad: 'Tidak berjalan dengan baik (does not work well)',
  unreadable: 'File unreadable',
  page: 'Page',
  contents: 'SOPs',
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

export function reportWords(lang: Lang): ReportWords {
  return pick({ id: ID, en: EN }, lang);
}
