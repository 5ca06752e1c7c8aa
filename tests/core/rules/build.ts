/**
 * Hand-built SopDoc objects for rule tests, laid out like the seeds: identity labels in column A with
 * values in column C (rows 1-6), Dasar Hukum label in A8 with its items in A9, the table header in
 * rows 11-12 (No | Uraian | actor lanes | Kelengkapan | Waktu | Output | Keterangan) and steps from
 * row 13. Every value gets its cell, and every non-empty cell a TextCell, as the parser gives them.
 */
import { readStepTime } from '../../../src/core/duration';
import { a1 } from '../../../src/core/grid';
import { DEFAULT_CALENDAR } from '../../../src/core/model';
import type {
  ActorLane,
  Branch,
  IdentityCells,
  IdentityField,
  SopDoc,
  SopSymbol,
  StepDoc,
  StepMark,
  TextCell,
} from '../../../src/core/model';

export interface StepSpec {
  no?: string | null;
  uraian: string;
  /** Actor names marked on the step (must be among the doc's actors). */
  actors?: string[];
  symbol?: SopSymbol;
  /** Mark text written in the first actor's cell (e.g. "Mula"). */
  mark?: string;
  kelengkapan?: string | null;
  /** The Waktu cell's text; read by a tiny reader below ("1 Hari", "15 menit", "2 menit/berkas"). */
  waktu?: string | null;
  output?: string | null;
  keterangan?: string | null;
  branches?: Omit<Branch, 'cell' | 'source'>[];
}

export interface DocSpec {
  nomor?: string | null;
  nama?: string | null;
  tanggalPembuatan?: string | null;
  tanggalRevisi?: string | null;
  tanggalPengesahan?: string | null;
  disahkanOleh?: string | null;
  /** Identity fields whose label is absent from the sheet. */
  absent?: IdentityField[];
  dasarHukum?: string[];
  actors?: string[];
  /** Which Mutu Baku columns the table has (all by default). */
  columns?: { kelengkapan?: boolean; waktu?: boolean; output?: boolean; keterangan?: boolean };
  steps: StepSpec[];
  /** Extra raw texts (a title, a header) placed in rows above the identity (row 0 is not used). */
  texts?: Omit<TextCell, 'row' | 'col'>[];
  /** Raw text overrides for cells (markup kept), by address. */
  raw?: Record<string, string>;
}

/** The Waktu as the pipeline reads it (src/core/duration), so rules are tested on real readings. */
function readWaktu(text: string | null | undefined) {
  return readStepTime(text ?? null, DEFAULT_CALENDAR, null);
}

export const CLEAN_ACTORS = ['Kepala Dinas', 'Sekretaris', 'Pelaksana'];

export function buildDoc(spec: DocSpec): SopDoc {
  const texts: TextCell[] = [];
  const raw = spec.raw ?? {};
  const put = (row: number, col: number, text: string | null | undefined, role: TextCell['role']) => {
    const cell = a1(row, col);
    const value = raw[cell] ?? text;
    if (value !== null && value !== undefined && value !== '') texts.push({ cell, row, col, text: value, role });
    return cell;
  };
  for (const t of spec.texts ?? []) {
    const m = /^([A-Z]+)(\d+)$/.exec(t.cell) as RegExpExecArray;
    texts.push({ ...t, row: Number(m[2]), col: m[1].charCodeAt(0) - 64 });
  }

  // Identity block.
  const fields: [IdentityField, string, string | null | undefined][] = [
    ['nomor', 'Nomor SOP', spec.nomor === undefined ? '800/14/SOP/2024' : spec.nomor],
    ['tanggalPembuatan', 'Tanggal Pembuatan', spec.tanggalPembuatan === undefined ? '8 Januari 2024' : spec.tanggalPembuatan],
    ['tanggalRevisi', 'Tanggal Revisi', spec.tanggalRevisi === undefined ? '-' : spec.tanggalRevisi],
    ['tanggalPengesahan', 'Tanggal Pengesahan', spec.tanggalPengesahan === undefined ? '15 Januari 2024' : spec.tanggalPengesahan],
    ['disahkanOleh', 'Disahkan Oleh', spec.disahkanOleh === undefined ? 'Kepala Dinas' : spec.disahkanOleh],
    ['nama', 'Nama SOP', spec.nama === undefined ? 'Pengelolaan Surat Masuk' : spec.nama],
  ];
  const identityCells: Partial<Record<IdentityField, IdentityCells>> = {};
  const values: Record<string, string | null> = {};
  fields.forEach(([field, label, value], i) => {
    const row = i + 1;
    if (spec.absent?.includes(field)) {
      values[field] = null;
      return;
    }
    const labelCell = put(row, 1, label, 'identity-label');
    const valueCell = put(row, 3, value, 'identity-value');
    identityCells[field] = { label: labelCell, value: valueCell };
    values[field] = value === undefined || value === '' ? null : value;
  });
  const dasarHukum = spec.dasarHukum ?? ['Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan'];
  identityCells.dasarHukum = { label: put(8, 1, 'Dasar Hukum', 'identity-label'), value: 'A9' };
  put(9, 1, dasarHukum.map((d, i) => `${i + 1}. ${d}`).join('\n'), 'identity-value');

  // Table layout.
  const actorNames = spec.actors ?? CLEAN_ACTORS;
  const has = { kelengkapan: true, waktu: true, output: true, keterangan: true, ...spec.columns };
  let col = 3;
  const actors: ActorLane[] = actorNames.map((name) => {
    const c = col++;
    return { name, column: a1(1, c).replace(/\d+$/, ''), col: c, headerCell: a1(12, c) };
  });
  const colOf = (on: boolean) => (on ? col++ : null);
  const columns = {
    no: 1,
    uraian: 2,
    actors: actors.map((a) => a.col),
    pelaksanaText: null,
    kelengkapan: colOf(has.kelengkapan),
    waktu: colOf(has.waktu),
    output: colOf(has.output),
    keterangan: colOf(has.keterangan),
  };
  const headerCells: Record<string, string> = { no: put(11, 1, 'No', 'header'), uraian: put(11, 2, 'Uraian Kegiatan', 'header') };
  for (const a of actors) put(12, a.col, a.name, 'header');
  for (const [role, label] of [['kelengkapan', 'Kelengkapan'], ['waktu', 'Waktu'], ['output', 'Output'], ['keterangan', 'Keterangan']] as const) {
    const c = columns[role];
    if (c !== null) headerCells[role] = put(12, c, label, 'header');
  }

  const steps: StepDoc[] = spec.steps.map((s, i) => {
    const row = 13 + i;
    const no = s.no === undefined ? String(i + 1) : s.no;
    const cellOf = (c: number | null, value: string | null | undefined) => (c === null ? null : (put(row, c, value, 'step'), a1(row, c)));
    const marks: StepMark[] = [];
    const stepActors = s.actors ?? [actorNames[i % actorNames.length]];
    stepActors.forEach((name, k) => {
      const lane = actors.find((a) => a.name === name);
      if (!lane) return;
      const text = k === 0 && s.mark ? s.mark : 'X';
      const cell = put(row, lane.col, text, 'mark');
      marks.push({ actor: name, cell, text });
    });
    const time = readWaktu(s.waktu === undefined ? '15 menit' : s.waktu);
    const n = spec.steps.length;
    const symbol = s.symbol ?? (stepActors.length === 0 ? 'unknown' : i === 0 ? 'start' : i === n - 1 ? 'end' : 'process');
    const kelengkapan = s.kelengkapan === undefined ? 'Surat masuk' : s.kelengkapan;
    const output = s.output === undefined ? 'Agenda surat' : s.output;
    const keterangan = s.keterangan === undefined ? null : s.keterangan;
    const cells = {
      no: cellOf(1, no),
      uraian: cellOf(2, s.uraian) as string,
      kelengkapan: cellOf(columns.kelengkapan, kelengkapan),
      waktu: cellOf(columns.waktu, s.waktu === undefined ? '15 menit' : s.waktu),
      output: cellOf(columns.output, output),
      keterangan: cellOf(columns.keterangan, keterangan),
    };
    const blank = (v: string | null) => (v === null || /^\s*[-–]?\s*$/.test(v) ? null : v);
    return {
      no,
      row,
      rowEnd: row,
      uraian: s.uraian,
      actors: stepActors.filter((a) => actorNames.includes(a)),
      symbol,
      kelengkapan: columns.kelengkapan === null ? null : blank(kelengkapan),
      output: columns.output === null ? null : blank(output),
      keterangan: columns.keterangan === null ? null : blank(keterangan),
      waktu: columns.waktu === null ? null : time.waktu,
      cells,
      waktuText: columns.waktu === null ? null : time.waktu?.text ?? null,
      marks,
      symbolSource: s.mark ? 'mark' : 'inferred',
      branches: (s.branches ?? []).map((b) => ({ ...b, source: 'text' as const, cell: cells.keterangan ?? cells.uraian })),
      waktuRate: time.rate,
      waktuProblem: time.problem,
    };
  });

  const bottom = 12 + Math.max(1, steps.length);
  return {
    sheet: 'SOP',
    area: { top: 1, left: 1, bottom, right: Math.max(col - 1, 2) },
    table: {
      range: { top: 11, left: 1, bottom, right: Math.max(col - 1, 2) },
      headerRows: [11, 12],
      pageBreakRows: [],
      columns,
      waktuUnit: null,
      headerCells,
    },
    name: values.nama ?? null,
    identity: {
      nomor: values.nomor ?? null,
      tanggalPembuatan: values.tanggalPembuatan ?? null,
      tanggalRevisi: values.tanggalRevisi ?? null,
      tanggalPengesahan: values.tanggalPengesahan ?? null,
      disahkanOleh: values.disahkanOleh ?? null,
      dasarHukum,
      kualifikasiPelaksana: [],
      keterkaitan: [],
      peralatanPerlengkapan: [],
      peringatan: [],
      pencatatanPendataan: [],
    },
    identityCells,
    actors,
    steps,
    texts: texts.sort((a, b) => a.row - b.row || a.col - b.col),
  };
}

/** A small correct SOP: start, a decision looping back to step 2, end. Every rule must be silent on it. */
export function cleanSpec(): DocSpec {
  return {
    steps: [
      { uraian: 'Menerima surat masuk', actors: ['Pelaksana'], mark: 'Mulai' },
      { uraian: 'Mencatat surat dalam agenda', actors: ['Pelaksana'] },
      {
        uraian: 'Memeriksa agenda surat',
        actors: ['Sekretaris'],
        symbol: 'decision',
        keterangan: 'Tidak: kembali ke langkah 2',
        branches: [
          { label: 'ya', target: '4' },
          { label: 'tidak', target: '2' },
        ],
      },
      { uraian: 'Mendisposisikan surat kepada bidang', actors: ['Kepala Dinas'], waktu: '1 jam' },
      { uraian: 'Mengarsipkan surat', actors: ['Pelaksana'], mark: 'Selesai' },
    ],
  };
}
