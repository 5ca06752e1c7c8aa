/**
 * Hand-built export inputs (the parser is written in parallel, so these do not come from it): the
 * SopDoc the parser would give for a table, the contract Sop projected from it, and a Grid holding the
 * table's text and column widths. Two SOPs modelled on the seeds:
 *
 * - seed 002 (Satpol PP Balangan, "SOP Penyusunan RKT"): five actor lanes, 11 steps, "Mulai" on step 1,
 *   a diamond on step 10 (no branch target written), two actors on step 8, "Selesai" on step 11;
 * - seed 001 (Dinas Perpustakaan, "Pelaksanaan Penyusunan RKT"): four lanes, 10 steps over two printed
 *   pages, text decisions on steps 6 and 8 whose "jika belum ... dikembalikan" goes back to steps 5 and 7.
 *   The seed's text only shows "MULAI" in the Kasubag Program cell; the other actors are assigned here
 *   from the Uraian (who checks, who revises) so that the decisions have lanes.
 */
import { emptyIdentity } from '../../../src/core/detect/identity';
import { a1, colLetter, gridFromRows, type Grid } from '../../../src/core/grid';
import type {
  ActorLane,
  Branch,
  Identity,
  Sop,
  SopDoc,
  SopSymbol,
  Step,
  StepDoc,
  TableColumns,
} from '../../../src/core/model';

export interface Built {
  sop: Sop;
  doc: SopDoc;
  grid: Grid;
}

interface StepInput {
  no: string;
  uraian: string;
  /** Actor names (must be lanes of the table). */
  actors: string[];
  /** The marker text in the first actor's cell ("↓ Mulai", "[]", "X"). */
  mark: string;
  symbol: SopSymbol;
  symbolSource: StepDoc['symbolSource'];
  kelengkapan: string | null;
  waktu: string | null;
  minutes: number | null;
  output: string | null;
  keterangan: string | null;
  branches?: { label: 'ya' | 'tidak'; target: string | null; source: 'connector' | 'text' }[];
}

interface TableInput {
  sheet: string;
  name: string;
  identity: Identity;
  /** First header row; the header takes `headerRows` rows, steps follow (one row each). */
  headerTop: number;
  headerRows: number;
  /** Rows where the header is repeated (a printed page break), each taking `headerRows` rows. */
  repeatHeaderBefore?: string[];
  actors: string[];
  /** Column widths in points for A.. (No, Uraian, actors..., Kelengkapan, Waktu, Output, Keterangan). */
  widths: number[];
  steps: StepInput[];
  durationText: string;
}


/** The contract's view of a step: exactly its fields, none of the parser's extras. */
export function contractStep(s: StepDoc): Step {
  return {
    no: s.no,
    row: s.row,
    uraian: s.uraian,
    actors: [...s.actors],
    symbol: s.symbol,
    kelengkapan: s.kelengkapan,
    output: s.output,
    keterangan: s.keterangan,
    waktu: s.waktu ? { ...s.waktu } : null,
  };
}

function buildTable(t: TableInput): Built {
  const nActors = t.actors.length;
  const cols: TableColumns = {
    no: 1,
    uraian: 2,
    actors: t.actors.map((_, i) => 3 + i),
    pelaksanaText: null,
    kelengkapan: 3 + nActors,
    waktu: 4 + nActors,
    output: 5 + nActors,
    keterangan: 6 + nActors,
  };
  const lastCol = cols.keterangan as number;
  const lanes: ActorLane[] = t.actors.map((name, i) => ({
    name,
    column: colLetter(cols.actors[i]),
    col: cols.actors[i],
    headerCell: a1(t.headerTop + 1, cols.actors[i]),
  }));
  const laneOf = new Map(lanes.map((l) => [l.name, l]));

  const rows: (string | null)[][] = [];
  const put = (row: number, col: number, text: string | null) => {
    while (rows.length < row) rows.push([]);
    rows[row - 1][col - 1] = text;
  };
  const headerRowsAt = (top: number): number[] => {
    put(top, 1, 'NO');
    put(top, 2, 'URAIAN PROSEDUR');
    put(top, cols.actors[0], 'PELAKSANA');
    put(top, cols.kelengkapan as number, 'MUTU BAKU');
    put(top, lastCol, 'KETERANGAN');
    t.actors.forEach((name, i) => put(top + 1, cols.actors[i], name));
    put(top + 1, cols.kelengkapan as number, 'KELENGKAPAN');
    put(top + 1, cols.waktu as number, 'WAKTU');
    put(top + 1, cols.output as number, 'OUTPUT');
    if (t.headerRows > 2) for (let c = 1; c <= lastCol; c++) put(top + 2, c, String(c));
    return Array.from({ length: t.headerRows }, (_, i) => top + i);
  };

  const headerRows = headerRowsAt(t.headerTop);
  const pageBreakRows: number[] = [];
  let row = t.headerTop + t.headerRows;
  const steps: StepDoc[] = [];
  for (const s of t.steps) {
    if (t.repeatHeaderBefore?.includes(s.no)) {
      pageBreakRows.push(row);
      headerRows.push(...headerRowsAt(row));
      row += t.headerRows;
    }
    put(row, 1, s.no);
    put(row, 2, s.uraian);
    s.actors.forEach((name, i) =>
      put(row, (laneOf.get(name) as ActorLane).col, i === 0 ? s.mark : '↓ []')
    );
    put(row, cols.kelengkapan as number, s.kelengkapan ?? '-');
    put(row, cols.waktu as number, s.waktu ?? '-');
    put(row, cols.output as number, s.output ?? '-');
    put(row, lastCol, s.keterangan ?? '-');
    const cell = (col: number | null) => (col === null ? null : a1(row, col));
    const step: StepDoc = {
      no: s.no,
      row,
      rowEnd: row,
      uraian: s.uraian,
      actors: [...s.actors],
      symbol: s.symbol,
      kelengkapan: s.kelengkapan,
      output: s.output,
      keterangan: s.keterangan,
      waktu:
        s.waktu === null ? null : { text: s.waktu, minMinutes: s.minutes, maxMinutes: s.minutes },
      cells: {
        no: cell(cols.no),
        uraian: a1(row, cols.uraian),
        kelengkapan: cell(cols.kelengkapan),
        waktu: cell(cols.waktu),
        output: cell(cols.output),
        keterangan: cell(cols.keterangan),
      },
      waktuText: s.waktu,
      marks: s.actors.map((name, i) => {
        const lane = laneOf.get(name) as ActorLane;
        return { actor: name, cell: a1(row, lane.col), text: i === 0 ? s.mark : '↓ []' };
      }),
      symbolSource: s.symbolSource,
      branches: (s.branches ?? []).map((b): Branch => ({
        ...b,
        cell: b.source === 'text' ? a1(row, cols.uraian) : a1(row, cols.actors[0]),
      })),
      waktuRate: null,
      waktuProblem: null,
    };
    steps.push(step);
    row++;
  }
  const range = { top: t.headerTop, left: 1, bottom: row - 1, right: lastCol };
  const tableRange = `A${range.top}:${colLetter(lastCol)}${range.bottom}`;

  const doc: SopDoc = {
    sheet: t.sheet,
    area: { top: 1, left: 1, bottom: range.bottom, right: lastCol },
    table: {
      range,
      headerRows,
      pageBreakRows,
      columns: cols,
      waktuUnit: null,
      headerCells: { no: a1(t.headerTop, 1), uraian: a1(t.headerTop, 2) },
    },
    name: t.name,
    identity: t.identity,
    identityCells: {},
    actors: lanes,
    steps,
    texts: [],
  };

  const minutes = steps.map((s) => s.waktu?.minMinutes ?? null);
  const sop: Sop = {
    sheet: t.sheet,
    tableRange,
    name: t.name,
    identity: t.identity,
    actors: lanes.map((l) => ({ name: l.name, column: l.column })),
    steps: steps.map(contractStep),
    duration: {
      minMinutes: minutes.reduce<number>((a, m) => a + (m ?? 0), 0),
      maxMinutes: minutes.reduce<number>((a, m) => a + (m ?? 0), 0),
      text: t.durationText,
      stepsWithoutTime: steps
        .filter((s) => s.waktu?.minMinutes == null)
        .map((s) => s.no ?? `row ${s.row}`),
    },
    findings: [],
  };

  put(1, 1, t.name);
  const grid = gridFromRows(t.sheet, rows, { colWidths: t.widths });
  return { sop, doc, grid };
}

const process = (
  no: string,
  uraian: string,
  actors: string[],
  kelengkapan: string | null,
  waktu: string | null,
  minutes: number | null,
  output: string | null,
  keterangan: string | null = null
): StepInput => ({
  no,
  uraian,
  actors,
  mark: '↓ []',
  symbol: 'process',
  symbolSource: 'mark',
  kelengkapan,
  waktu,
  minutes,
  output,
  keterangan,
});

const TIM = 'TIM';
const KASUBAG = 'KASUBAG PERENCANAAN DAN PELAPORAN';
const KABID = 'KABID/ KASUBAG/ JF PENYETARAAN';
const SEKRETARIS = 'SEKRETARIS';
const KADIS = 'KEPALA DINAS';

/** Seed 002: five lanes, 11 steps, a diamond on step 10, two actors on step 8. */
export function seed002(): Built {
  const built = buildTable({
    sheet: 'SOP RKT',
    name: 'SOP Penyusunan RKT',
    identity: {
      ...emptyIdentity(),
      nomor: '800/13/Satpol PP- BLG/2023',
      tanggalPembuatan: '03 Januari 2023',
      tanggalPengesahan: '03 Januari 2023',
      disahkanOleh: 'Kepala Satuan Polisi Pamong Praja',
      dasarHukum: ['Permendagri No 86 Tahun 2017 Tentang tatacara Perencanaan'],
      keterkaitan: ['SOP Penyusunan Laporan Kinerja'],
      peralatanPerlengkapan: ['RENSTRA, IKU', 'DPA', 'Komputer, Printer, LCD, HVS'],
    },
    headerTop: 30,
    headerRows: 2,
    actors: [TIM, KASUBAG, KABID, SEKRETARIS, KADIS],
    widths: [24, 220, 60, 80, 80, 70, 70, 120, 50, 120, 80],
    steps: [
      {
        ...process(
          '1',
          'Disposisi Kepada Kasubag Perencanaan dan Pelaporan untuk melakukan penyusunan RKT',
          [SEKRETARIS],
          'Dok Program Kerja',
          '15 Menit',
          15,
          'Disposisi',
          'SOP Surat Masuk'
        ),
        mark: '↓ Mulai',
        symbol: 'start',
      },
      process(
        '2',
        'Perencanaan Kegiatan Penyusunan RKT',
        [KASUBAG],
        'Disposisi',
        '30 Menit',
        30,
        'Lembar Disposisi Dokumen Perencanaan dan Program Kerja'
      ),
      process(
        '3',
        'Rapat Sosialisasi Penyusunan RKT Kegiatan',
        [TIM],
        'Dokumen Perencanaan dan Program Kerja',
        '1 Hari',
        450,
        'FORMAT RKT'
      ),
      process(
        '4',
        'Mengisi Format RKT kegiatan',
        [KABID],
        'FORMAT RKT',
        '3 Hari',
        1350,
        'FORMAT RKT'
      ),
      process(
        '5',
        'Mengumpulkan Format RKT yang sudah di susun semua Bidang',
        [TIM],
        'FORMAT RKT',
        '3 Hari',
        1350,
        'FORMAT RKT'
      ),
      process(
        '6',
        'Mengkompilasi Format RKT dari masing masing Bidang atau Sub Bagian',
        [TIM],
        'DTAFT RKT',
        '3 Hari',
        1350,
        'DRAFT RKT'
      ),
      process(
        '7',
        'Koreksi draf RKT dari Bidang dan Sekretariat',
        [KASUBAG],
        'DTAFT RKT',
        '3 Hari',
        1350,
        'DTAFT RKT'
      ),
      process('8', 'mMenyusun Draf RKT', [TIM, KASUBAG], 'DTAFT RKT', '3 Hari', 1350, 'DTAFT RKT'),
      process('9', 'Koreksi Draf RKT', [SEKRETARIS], 'DTAFT RKT', '1 Minggu', 2250, 'RKT'),
      {
        ...process(
          '10',
          'Menerima dan Menandatangani RKT',
          [KADIS],
          'RKT',
          '1 Hari',
          450,
          'Dokumen RKT/ Koreksi RKT'
        ),
        mark: '↓ { } (Diamond)',
        symbol: 'decision',
      },
      {
        ...process(
          '11',
          'Mengarsipkan RKT',
          [TIM],
          'RKT yang sudah di Tanda tangani',
          '1 Hari',
          450,
          'Berkas RKT'
        ),
        mark: '↓ Selesai',
        symbol: 'end',
      },
    ],
    durationText: '23 hari 45 menit',
  });
  const h37 = built.doc.steps[5].cells.kelengkapan as string;
  built.sop.findings = [
    {
      rule: 'typo',
      severity: 'error',
      cell: h37,
      message: 'Salah ketik: "DTAFT"',
      fix: { cell: h37, from: 'DTAFT RKT', to: 'DRAFT RKT' },
    },
    {
      rule: 'decision-branch',
      severity: 'warning',
      cell: built.doc.steps[9].cells.uraian,
      message: 'Keputusan tanpa tujuan "tidak"',
      fix: null,
    },
  ];
  return built;
}

const KEPALA = 'Kepala Badan';
const SEKR = 'Sekretaris';
const KASUBAG_PROGRAM = 'Kasubag Program';
const STAF = 'Staf/Jabatan Fungsional Umum';

export interface Seed001Options {
  /** Step numbers whose actor cells are left empty (symbol "unknown", as the contract says). */
  withoutActor?: string[];
}

/** Seed 001: four lanes, 10 steps on two printed pages, text decisions on 6 and 8 going back to 5 and 7. */
export function seed001(options: Seed001Options = {}): Built {
  const inferred = (s: StepInput): StepInput => ({ ...s, mark: 'X', symbolSource: 'inferred' });
  const written: StepInput[] = [
    {
      ...process(
        '1.',
        'Membuat konsep format RKT yang memuat : sasaran strategis, indikator kinerja dan target pencapaiannya',
        [KASUBAG_PROGRAM],
        'Rancangan Renstra Komputer, ATK',
        '3 Hari',
        1350,
        'Konsep RKT'
      ),
      mark: 'MULAI',
      symbol: 'start',
    },
    inferred(
      process(
        '2.',
        'Mengadakan dan menyampaikan konsep format RKT ke masing-masing bagian untuk diisi',
        [STAF],
        'Konsep RKT, Komputer',
        '3 Hari',
        1350,
        'Konsep RKT'
      )
    ),
    inferred(
      process(
        '3.',
        'Mengumpulkan format isian dan membuat konsep RKT untuk bahan rapat internal penyusunan RKT',
        [STAF],
        'Konsep RKT, Komputer',
        '2 Hari',
        900,
        'Konsep RKT'
      )
    ),
    inferred(
      process(
        '4.',
        'Melaksanakan rapat koordinasi penyusunan RKT mencakup pembagian tugas, jadwal penyelesaian, jadwal pertemuan progres',
        [KASUBAG_PROGRAM],
        'Konsep RKT, Ruang rapat, Makan, Minum, LCD, Komputer',
        '3 Jam',
        180,
        'Konsep RKT Notulen',
        'SOP Rapat Internal'
      )
    ),
    inferred(
      process(
        '5.',
        'Memperbaharui konsep RKT berdasarkan masukan hasil rapat menjadi draft RKT dan mengajukannya kepada Kasubag untuk dinilai dan diperiksa',
        [STAF],
        'Konsep RKT, Notulen, Komputer, ATK',
        '3 Hari',
        1350,
        'Draft Konsep RKT'
      )
    ),
    {
      ...inferred(
        process(
          '6.',
          'Memeriksa dan mencermati draft RKT. Jika sudah baik diberikan paraf untuk diteruskan kepada kepala dan jika belum akan dikembalikan untuk diperbaiki',
          [KASUBAG_PROGRAM],
          'Draft Konsep RKT',
          '20 Menit',
          20,
          'Disposisi Draft Konsep RKT'
        )
      ),
      symbol: 'decision',
      branches: [{ label: 'tidak', target: '5', source: 'text' }],
    },
    inferred(
      process(
        '7.',
        'Memperbaiki draft RKT kembali dan menyerahkannya kepada kepala untuk dinilai dan diberi tanda tangan',
        [STAF],
        'Disposisi Draft Konsep RKT',
        '1 Jam',
        60,
        'Draft Konsep RKT'
      )
    ),
    {
      ...inferred(
        process(
          '8.',
          'Menilai dan mencermati draft RKT. Jika draft sudah sesuai akan diberi tanda tangan dan jika belum akan dikembalikan untuk diperbaiki',
          [KEPALA],
          'Draft Konsep RKT',
          '20 Menit',
          20,
          'RKT'
        )
      ),
      symbol: 'decision',
      branches: [{ label: 'tidak', target: '7', source: 'text' }],
    },
    inferred(
      process(
        '9.',
        'Menerima, menggandakan dan mendistribusikan RKT ke masing-masing bagian dan pengadministrasi umum',
        [SEKR],
        'Disposisi RKT Fotocopy, penjilidan',
        '3 Hari',
        1350,
        'Dokumen RKT',
        'Pelaksanaan terkait percetakan'
      )
    ),
    {
      ...inferred(
        process(
          '10.',
          'Menerima RKT dan menyimpannya sebagai dokumen arsip',
          [STAF],
          'Buku RKT',
          '5 Menit',
          5,
          'Arsip'
        )
      ),
      symbol: 'end',
    },
  ];
  const steps = written.map((s): StepInput => {
    const no = s.no.replace(/\.$/, '');
    const stripped = { ...s, no };
    return options.withoutActor?.includes(no)
      ? { ...stripped, actors: [], symbol: 'unknown', symbolSource: 'none' }
      : stripped;
  });
  return buildTable({
    sheet: 'RKT',
    name: 'Pelaksanaan Penyusunan Rencana Kinerja Tahunan (RKT)',
    identity: {
      ...emptyIdentity(),
      nomor: '2023',
      tanggalPembuatan: 'September 2023',
      tanggalRevisi: '-',
      tanggalPengesahan: 'September 2023',
      disahkanOleh: 'KEPALA DINAS PERPUSTAKAAN DAN KEARSIPAN',
      keterkaitan: ['SOP Rapat Internal'],
    },
    headerTop: 27,
    headerRows: 3,
    repeatHeaderBefore: ['6'],
    actors: [KEPALA, SEKR, KASUBAG_PROGRAM, STAF],
    widths: [30, 250, 80, 80, 80, 90, 110, 60, 100, 100],
    steps,
    durationText: '14 hari 4 jam 45 menit',
  });
}
