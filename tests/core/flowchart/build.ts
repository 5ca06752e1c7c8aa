/**
 * Hand-built SOPs for the planner's tests (the parser is written in parallel): a SopDoc and the Grid it
 * came from, laid out like seed 002 (Satpol PP Balangan, "Penyusunan RKT"): No | Uraian | five actor
 * lanes | Kelengkapan | Waktu | Output | Ket, two header rows, one row per step.
 */
import { a1, gridFromRows, type Grid } from '../../../src/core/grid';
import type { Branch, SopDoc, SopSymbol, StepDoc, TextCell } from '../../../src/core/model';

export interface StepSpec {
  no?: string | null;
  uraian: string;
  actors: string[];
  symbol?: SopSymbol;
  /** Rows the step spans (default 1). */
  rows?: number;
  branches?: { label: 'ya' | 'tidak'; target: string | null }[];
  /** Text of the Pelaksana cell, for tables without actor columns. */
  pelaksana?: string;
}

export interface BuildOptions {
  sheet?: string;
  actors?: string[];
  steps?: StepSpec[];
  /** Step numbers before which the header is repeated (two rows) for a new printed page. */
  repeatHeaderBefore?: string[];
  /** Step numbers at whose first row a manual page break starts a new page (grid.pageBreaks). */
  manualBreakBefore?: string[];
  /** Height of a step row in points (default 40). */
  stepRowHeight?: number;
  /** Width of an actor column in points (default 78). */
  actorWidth?: number;
  /** No actor columns: a single "Pelaksana" text column holding each step's `pelaksana`. */
  pelaksanaColumn?: boolean;
}

export const SEED_002_ACTORS = [
  'TIM',
  'KASUBAG PERENCANAAN DAN PELAPORAN',
  'KABID/ KASUBAG/ JF PENYETARAAN',
  'SEKRETARIS',
  'KEPALA DINAS',
];
const [TIM, KASUBAG, KABID, SEKRETARIS, KEPALA] = SEED_002_ACTORS;

/** Seed 002's eleven steps: starts with the Sekretaris, step 8 by two actors, a decision at step 10. */
export const SEED_002_STEPS: StepSpec[] = [
  { no: '1', uraian: 'Disposisi Kepada Kasubag Perencanaan dan Pelaporan untuk melakukan penyusunan RKT', actors: [SEKRETARIS], symbol: 'start' },
  { no: '2', uraian: 'Perencanaan Kegiatan Penyusunan RKT', actors: [KASUBAG] },
  { no: '3', uraian: 'Rapat Sosialisasi Penyusunan RKT Kegiatan', actors: [TIM] },
  { no: '4', uraian: 'Mengisi Format RKT kegiatan', actors: [KABID] },
  { no: '5', uraian: 'Mengumpulkan Format RKT yang sudah di susun semua Bidang', actors: [TIM] },
  { no: '6', uraian: 'Mengkompilasi Format RKT dari masing masing Bidang atau Sub Bagian', actors: [TIM] },
  { no: '7', uraian: 'Koreksi draf RKT dari Bidang dan Sekretariat', actors: [KASUBAG] },
  { no: '8', uraian: 'mMenyusun Draf RKT', actors: [TIM, KASUBAG] },
  { no: '9', uraian: 'Koreksi Draf RKT', actors: [SEKRETARIS] },
  {
    no: '10',
    uraian: 'Menerima dan Menandatangani RKT',
    actors: [KEPALA],
    symbol: 'decision',
    branches: [{ label: 'tidak', target: '9' }],
  },
  { no: '11', uraian: 'Mengarsipkan RKT', actors: [TIM], symbol: 'end' },
];

const HEADER_TOP = 14;
const TAIL = ['KELENGKAPAN DAN PERALATAN', 'WAKTU', 'OUTPUT', 'KET'];

export function buildSop(opts: BuildOptions = {}): { doc: SopDoc; grid: Grid } {
  const actors = opts.pelaksanaColumn ? [] : (opts.actors ?? SEED_002_ACTORS);
  const specs = opts.steps ?? SEED_002_STEPS;
  const laneCols = opts.pelaksanaColumn ? ['PELAKSANA'] : actors;
  const firstTail = 3 + laneCols.length;
  const rows: string[][] = [];
  const heights: number[] = [];
  const put = (row: number, cells: string[], height: number) => {
    while (rows.length < row) rows.push([]);
    rows[row - 1] = cells;
    heights[row - 1] = height;
  };
  const headerRows: number[] = [];
  const pageBreakRows: number[] = [];
  const writeHeader = (row: number) => {
    put(row, ['NO', 'URAIAN PROSEDUR', opts.pelaksanaColumn ? 'PELAKSANA' : 'PELAKSANA', ...laneCols.slice(1).map(() => ''), 'MUTU BAKU'], 20);
    put(row + 1, ['', '', ...laneCols, ...TAIL], 30);
    if (opts.pelaksanaColumn) rows[row - 1][2] = '';
    headerRows.push(row, row + 1);
  };
  writeHeader(HEADER_TOP);
  let row = HEADER_TOP + 2;
  const steps: StepDoc[] = [];
  const manualBreaks: number[] = [];
  for (const spec of specs) {
    const no = spec.no === undefined ? null : spec.no;
    if (no !== null && opts.repeatHeaderBefore?.includes(no)) {
      pageBreakRows.push(row);
      writeHeader(row);
      row += 2;
    }
    if (no !== null && opts.manualBreakBefore?.includes(no)) manualBreaks.push(row);
    const span = spec.rows ?? 1;
    const stepHeight = opts.stepRowHeight ?? 40;
    const cells = [no ?? '', spec.uraian, ...laneCols.map(() => ''), 'Dokumen', '1 Hari', 'Berkas', ''];
    if (opts.pelaksanaColumn) cells[2] = spec.pelaksana ?? '';
    else for (const a of spec.actors) cells[2 + actors.indexOf(a)] = '√';
    put(row, cells, span > 1 ? stepHeight / 2 : stepHeight);
    for (let k = 1; k < span; k++) put(row + k, [], stepHeight / 2);
    const branches: Branch[] = (spec.branches ?? []).map((b) => ({
      label: b.label,
      target: b.target,
      source: 'text',
      cell: a1(row, firstTail + 3),
    }));
    steps.push({
      no,
      row,
      rowEnd: row + span - 1,
      uraian: spec.uraian,
      actors: opts.pelaksanaColumn ? [] : spec.actors,
      symbol: spec.actors.length === 0 && !opts.pelaksanaColumn ? 'unknown' : (spec.symbol ?? 'process'),
      kelengkapan: 'Dokumen',
      output: 'Berkas',
      keterangan: null,
      waktu: { text: '1 Hari', minMinutes: 450, maxMinutes: 450 },
      cells: {
        no: a1(row, 1),
        uraian: a1(row, 2),
        kelengkapan: a1(row, firstTail),
        waktu: a1(row, firstTail + 1),
        output: a1(row, firstTail + 2),
        keterangan: a1(row, firstTail + 3),
      },
      waktuText: '1 Hari',
      marks: opts.pelaksanaColumn
        ? []
        : spec.actors.map((a) => ({ actor: a, cell: a1(row, 3 + actors.indexOf(a)), text: '√' })),
      symbolSource: 'inferred',
      branches,
      waktuRate: null,
      waktuProblem: null,
    });
    row += span;
  }
  const lastCol = firstTail + TAIL.length - 1;
  const colWidths = [24, 180, ...laneCols.map(() => opts.actorWidth ?? 78), 90, 50, 90, 60];
  const grid = gridFromRows(opts.sheet ?? 'SOP RKT', rows, {
    colWidths,
    rowHeights: heights.map((h) => h ?? 15),
    pageBreaks: manualBreaks,
  });
  const texts: TextCell[] = [];
  rows.forEach((r, i) =>
    r.forEach((t, j) => {
      if (t && i + 1 >= HEADER_TOP) {
        texts.push({ cell: a1(i + 1, j + 1), row: i + 1, col: j + 1, text: t, role: headerRows.includes(i + 1) ? 'header' : 'step' });
      }
    }),
  );
  const range = { top: HEADER_TOP, left: 1, bottom: row - 1, right: lastCol };
  const doc: SopDoc = {
    sheet: grid.sheet,
    area: { top: 1, left: 1, bottom: row - 1, right: lastCol },
    table: {
      range,
      headerRows,
      pageBreakRows,
      columns: {
        no: 1,
        uraian: 2,
        actors: opts.pelaksanaColumn ? [] : actors.map((_, i) => 3 + i),
        pelaksanaText: opts.pelaksanaColumn ? 3 : null,
        kelengkapan: firstTail,
        waktu: firstTail + 1,
        output: firstTail + 2,
        keterangan: firstTail + 3,
      },
      waktuUnit: null,
      headerCells: { no: a1(HEADER_TOP, 1), uraian: a1(HEADER_TOP, 2) },
    },
    name: 'SOP Penyusunan RKT',
    identity: {
      nomor: '800/13/Satpol PP- BLG/2023',
      tanggalPembuatan: '03 Januari 2023',
      tanggalRevisi: null,
      tanggalPengesahan: '03 Januari 2023',
      disahkanOleh: 'Kepala Satuan Polisi Pamong Praja',
      dasarHukum: [],
      kualifikasiPelaksana: [],
      keterkaitan: [],
      peralatanPerlengkapan: [],
      peringatan: [],
      pencatatanPendataan: [],
    },
    identityCells: {},
    actors: actors.map((name, i) => ({ name, column: a1(1, 3 + i).replace(/\d+$/, ''), col: 3 + i, headerCell: a1(HEADER_TOP + 1, 3 + i) })),
    steps,
    texts,
  };
  return { doc, grid };
}

/** An SOP of n steps over `lanes` lanes, cycling through the lanes, with a decision every 7th step. */
export function longSop(n: number, lanes = 5, opts: BuildOptions = {}): { doc: SopDoc; grid: Grid } {
  const actors = Array.from({ length: lanes }, (_, i) => `Pelaksana ${i + 1}`);
  const steps: StepSpec[] = Array.from({ length: n }, (_, i) => {
    const no = String(i + 1);
    const decision = i > 2 && i < n - 1 && (i + 1) % 7 === 0;
    return {
      no,
      uraian: `Langkah nomor ${no}`,
      actors: [actors[(i * 2) % lanes]],
      symbol: i === 0 ? 'start' : i === n - 1 ? 'end' : decision ? 'decision' : 'process',
      branches: decision ? [{ label: 'tidak', target: String(i - 2) }] : undefined,
    };
  });
  return buildSop({ actors, steps, ...opts });
}
