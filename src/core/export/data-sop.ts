/**
 * Sop -> the rows of the "Data SOP" table: one row per step, ready for an Excel table, a CSV or a
 * grid on screen. Numbers (the step number where it is a plain integer, the minutes) are numbers so
 * that the table can be sorted and summed; an empty value is null (an empty cell).
 */
import { a1, parseA1 } from '../grid';
import type { Lang, Sop, SopSymbol, Step, StepCells } from '../model';

export type DataCell = string | number | null;

export interface DataTable {
  headers: string[];
  rows: DataCell[][];
}

const HEADERS: Record<Lang, string[]> = {
  id: [
    'No',
    'Uraian',
    'Pelaksana',
    'Simbol',
    'Kelengkapan',
    'Waktu',
    'Menit (min)',
    'Menit (max)',
    'Output',
    'Keterangan',
    'Sel',
  ],
  en: [
    'No',
    'Description',
    'Actors',
    'Symbol',
    'Requirements',
    'Time',
    'Minutes (min)',
    'Minutes (max)',
    'Output',
    'Notes',
    'Cell',
  ],
};

/** The SOP column put in front of the step columns when several SOPs share one table. */
export const SOP_HEADER: Record<Lang, string> = { id: 'SOP', en: 'SOP' };

/** Symbol names as the SOP AP format says them; `unknown` (no actor marked) stays an empty cell. */
const SYMBOL_NAMES: Record<Lang, Record<Exclude<SopSymbol, 'unknown'>, string>> = {
  id: { start: 'Mulai', process: 'Proses', decision: 'Keputusan', end: 'Selesai' },
  en: { start: 'Start', process: 'Process', decision: 'Decision', end: 'End' },
};

export function symbolName(symbol: SopSymbol, lang: Lang): string | null {
  return symbol === 'unknown' ? null : SYMBOL_NAMES[lang][symbol];
}

/** A sheet name as a formula reference needs it: always quoted, quotes doubled. */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** "12" -> 12; anything else ("3a", "row 15") stays text. */
function stepNumber(no: string | null): DataCell {
  if (no === null) return null;
  return /^[0-9]{1,9}$/.test(no) ? Number(no) : no;
}

/**
 * The cell a step comes from: its Uraian cell where the step carries the parser's cells (a StepDoc
 * passed as a Step), otherwise the step's row at the table's left edge (the No column in the SOP AP
 * layout), which is all the contract's Step says.
 */
export function stepCell(sop: Sop, step: Step): string {
  const cells = (step as Step & { cells?: StepCells }).cells;
  if (cells?.uraian) return `${quoteSheet(sop.sheet)}!${cells.uraian}`;
  const left = parseA1(sop.tableRange.split(':')[0]).col;
  return `${quoteSheet(sop.sheet)}!${a1(step.row, left)}`;
}

/** One row per step: No, Uraian, Pelaksana, Simbol, Kelengkapan, Waktu, Menit (min/max), Output, Keterangan, Sel. */
export function dataSopRows(sop: Sop, lang: Lang = 'id'): DataTable {
  const rows = sop.steps.map((step): DataCell[] => [
    stepNumber(step.no),
    step.uraian,
    step.actors.length ? step.actors.join(', ') : null,
    symbolName(step.symbol, lang),
    step.kelengkapan,
    step.waktu?.text ?? null,
    step.waktu?.minMinutes ?? null,
    step.waktu?.maxMinutes ?? null,
    step.output,
    step.keterangan,
    stepCell(sop, step),
  ]);
  return { headers: [...HEADERS[lang]], rows };
}

/** A name for an SOP in a table of several: its Nama SOP, else where it sits ("Sheet1!A14:K31"). */
export function sopLabel(sop: Sop): string {
  return sop.name ?? `${sop.sheet}!${sop.tableRange}`;
}

/**
 * Several SOPs in one table: an "SOP" column naming each, then the step columns. The SOP column is
 * there even for a single SOP, so that the table keeps the same columns from one run to the next.
 */
export function dataSopTable(sops: Sop[], lang: Lang = 'id'): DataTable {
  const headers = [SOP_HEADER[lang], ...HEADERS[lang]];
  const rows: DataCell[][] = [];
  for (const sop of sops) {
    const label = sopLabel(sop);
    for (const row of dataSopRows(sop, lang).rows) rows.push([label, ...row]);
  }
  return { headers, rows };
}
