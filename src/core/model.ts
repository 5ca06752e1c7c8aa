/**
 * The data Alur works with. The first half is the outside contract (../shared/contract: the JSON
 * report), exactly; the second half is the richer internal form the parser produces, which keeps the
 * cell of every value so that rules, the flowchart planner and the hosts can point at cells.
 */
import type { CellRange } from './grid';

// ---------------------------------------------------------------------------------------------
// The contract (report.schema.json)

export type Lang = 'id' | 'en';
export type Severity = 'error' | 'warning' | 'info';
export type SopSymbol = 'start' | 'process' | 'decision' | 'end' | 'unknown';

export interface Calendar {
  minutesPerDay: number;
  daysPerWeek: number;
  daysPerMonth: number;
}

/** 1 hari = 7.5 jam = 450 minutes; 1 minggu = 5 hari; 1 bulan = 20 hari. */
export const DEFAULT_CALENDAR: Calendar = Object.freeze({ minutesPerDay: 450, daysPerWeek: 5, daysPerMonth: 20 });

export interface Identity {
  nomor: string | null;
  tanggalPembuatan: string | null;
  tanggalRevisi: string | null;
  tanggalPengesahan: string | null;
  disahkanOleh: string | null;
  dasarHukum: string[];
  kualifikasiPelaksana: string[];
  keterkaitan: string[];
  peralatanPerlengkapan: string[];
  peringatan: string[];
  pencatatanPendataan: string[];
}

export type IdentityTextField = 'nomor' | 'tanggalPembuatan' | 'tanggalRevisi' | 'tanggalPengesahan' | 'disahkanOleh';
export type IdentityListField =
  | 'dasarHukum'
  | 'kualifikasiPelaksana'
  | 'keterkaitan'
  | 'peralatanPerlengkapan'
  | 'peringatan'
  | 'pencatatanPendataan';
export type IdentityField = IdentityTextField | IdentityListField | 'nama';

export interface Actor {
  name: string;
  /** Column letters, e.g. "D". */
  column: string;
}

export interface Waktu {
  /** The Waktu cell's text (folded). */
  text: string;
  /** null when the text is not a duration. */
  minMinutes: number | null;
  maxMinutes: number | null;
}

export interface Step {
  no: string | null;
  /** 1-based sheet row of the step's first line. */
  row: number;
  uraian: string;
  actors: string[];
  symbol: SopSymbol;
  kelengkapan: string | null;
  output: string | null;
  keterangan: string | null;
  waktu: Waktu | null;
}

export interface Duration {
  minMinutes: number;
  maxMinutes: number;
  text: string;
  /** Step numbers (or, for an unnumbered step, its row as "row N") with no readable time. */
  stepsWithoutTime: string[];
}

export interface Fix {
  cell: string;
  from: string;
  to: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  /** A1 address on the SOP's sheet. */
  cell: string;
  message: string;
  fix: Fix | null;
}

export interface Sop {
  sheet: string;
  tableRange: string;
  name: string | null;
  identity: Identity;
  actors: Actor[];
  steps: Step[];
  duration: Duration;
  findings: Finding[];
}

export interface FileError {
  code: 'unreadable' | 'not-xlsx' | 'encrypted' | 'too-large' | 'unsafe-xml' | 'not-found' | string;
  message: string;
}

export interface FileReport {
  path: string;
  error: FileError | null;
  sops: Sop[];
}

export interface Report {
  tool: 'alur';
  version: string;
  calendar: Calendar;
  files: FileReport[];
  summary: { files: number; sops: number; errors: number; warnings: number; infos: number };
}

// ---------------------------------------------------------------------------------------------
// The internal form: what the parser finds, with the cell of everything

/** Where each role sits in the flowchart table (1-based column numbers). */
export interface TableColumns {
  no: number | null;
  uraian: number;
  /** One column per actor lane, left to right. Empty when the table has no actor columns. */
  actors: number[];
  /** A single "Pelaksana" text column naming the actor(s), where the table has one instead of lanes. */
  pelaksanaText: number | null;
  kelengkapan: number | null;
  waktu: number | null;
  output: number | null;
  keterangan: number | null;
}

export interface TableLayout {
  /** tableRange: first header row to the last row of the last step. */
  range: CellRange;
  /** Every header row, including a column-number row and headers repeated for a new printed page. */
  headerRows: number[];
  /** The first row of each repeated header block (a printed page break inside the table). */
  pageBreakRows: number[];
  columns: TableColumns;
  /** A unit written in the Waktu header ("Waktu (Jam)"), used when a Waktu cell holds a bare number. */
  waktuUnit: string | null;
  /** Cells of the header labels, by role ("uraian" -> "B14"), for findings about a header. */
  headerCells: Record<string, string>;
}

export interface ActorLane extends Actor {
  /** 1-based column number. */
  col: number;
  /** The header cell holding the actor's name. */
  headerCell: string;
}

/** What marks an actor on a step: a shape over the cell, or text in it. */
export interface StepMark {
  actor: string;
  /** A1 address of the actor cell. */
  cell: string;
  /** The marker text in the cell (folded), or the shape's text. */
  text: string;
  /** The shape's id, when a shape marks the cell. */
  shapeId?: string;
  /** The symbol this mark says, where it says one. */
  symbol?: SopSymbol;
}

export interface Branch {
  label: 'ya' | 'tidak';
  /** The target step's number (or "row N" for an unnumbered step); null when it points nowhere. */
  target: string | null;
  /**
   * Where the branch was read from. 'inferred': not written anywhere; a review with rework ("lakukan
   * perbaikan jika terdapat koreksi") goes back to the step before.
   */
  source: 'connector' | 'text' | 'inferred';
  /** The cell the branch was read from. */
  cell: string;
}

export interface StepCells {
  no: string | null;
  uraian: string;
  kelengkapan: string | null;
  waktu: string | null;
  output: string | null;
  keterangan: string | null;
}

export interface StepDoc extends Step {
  /** Last sheet row the step spans (merged cells, text continued over rows). */
  rowEnd: number;
  /** The cell of each value (present even when the value is empty, where the column exists). */
  cells: StepCells;
  /** The Waktu cell's text before any reading (null when empty or "-"). */
  waktuText: string | null;
  marks: StepMark[];
  /** How the symbol was decided. */
  symbolSource: 'shape' | 'mark' | 'inferred' | 'none';
  branches: Branch[];
  /** A rate such as "menit/berkas", where the Waktu is given per unit. */
  waktuRate: string | null;
  /** Why the Waktu could not be read, where it could not. */
  waktuProblem: string | null;
  /**
   * Steps run at the same time (Keterangan `simultan`, `bersamaan`, `paralel`, or one merged Keterangan
   * saying so over several steps) share a key: they count once in the total, their longest time.
   */
  parallel?: string;
}

/** A non-empty cell inside the SOP's area, for the rules that read every text (typo, markup). */
export interface TextCell {
  cell: string;
  row: number;
  col: number;
  /** Raw text as in the grid (not folded, markup kept). */
  text: string;
  /** What this cell is: a header label, an identity label or value, a step value, a title ... */
  role: 'title' | 'identity-label' | 'identity-value' | 'header' | 'step' | 'mark' | 'signature' | 'other';
  /** The sheet the cell is on, where it is not the SOP's own sheet (a cover); `cell` is then `COVER!B14`. */
  sheet?: string;
}

export interface IdentityCells {
  /** The label's cell. */
  label: string;
  /** The value's cell (null when the label has no value next to it). */
  value: string | null;
}

export interface SopDoc {
  sheet: string;
  /** The whole SOP: from the first row of its title or identity block to the end of its table / signature. */
  area: CellRange;
  table: TableLayout;
  name: string | null;
  identity: Identity;
  /** Cells of each identity field that was found ("nama" for Nama SOP). */
  identityCells: Partial<Record<IdentityField, IdentityCells>>;
  actors: ActorLane[];
  steps: StepDoc[];
  texts: TextCell[];
  /**
   * The cover sheet this SOP's identity was read from (issue 13), how the two were linked, the cover's
   * SOP name and the cell a finding about the link is shown on (`COVER!B14`: its NAMA SOP label, else
   * its Nomor SOP label, else its first text).
   */
  cover?: { sheet: string; by: 'name' | 'order'; guess: boolean; name: string | null; anchor: string };
}
