/**
 * Findings as a reviewer writes them: the same finding over many steps or cells on one line with its
 * cells (`Waktu kosong di 11 langkah: I23-I33`), ranges of consecutive cells compressed. Only for
 * reading (the CLI's text report, the pane's Temuan list): the JSON report keeps one finding per cell.
 *
 * Two findings are "the same" when they have the same rule and severity and their messages differ only
 * in the cell they name (the message with its own cell blanked out is equal).
 * Rules about steps (missing-time, missing-output, missing-kelengkapan, missing-actor) get a short
 * summary sentence of their own; any other group keeps its message with the list of cells in place of
 * the one cell it named (`Salah ketik “DTAFT”: seharusnya “DRAFT”. Perbaiki kata itu di sel H38-H41, J39-J40.`).
 */
import type { Finding, Fix, Lang, Severity } from '../model';

export interface FindingGroup {
  rule: string;
  severity: Severity;
  /** The cells, in the order the findings came (the first is the one to select). */
  cells: string[];
  /** The cells compressed for reading: `H27-H37, J39`. */
  cellsText: string;
  /** The message to show: the finding's own when it stands alone. */
  message: string;
  /** The findings of the group, in order. */
  findings: Finding[];
  /** Every fix of the group (one per fixable finding). */
  fixes: Fix[];
}

/** Summary sentences of the rules about steps: `{n}` steps, `{cells}` their cells. */
const SUMMARY: Record<string, { id: string; en: string }> = {
  'missing-time': {
    id: 'Waktu kosong di {n} langkah: {cells}. Langkah itu tidak ikut dihitung dalam total waktu; isi lama pengerjaannya (mis. “15 menit”, “1 hari”).',
    en: 'No Waktu in {n} steps: {cells}. They are left out of the total time; fill in how long each takes (e.g. “15 menit”, “1 hari”).',
  },
  'missing-output': {
    id: 'Output kosong di {n} langkah: {cells}. Isi hasil yang diserahkan tiap langkah.',
    en: 'No Output in {n} steps: {cells}. Fill in what each step hands on.',
  },
  'missing-kelengkapan': {
    id: 'Kelengkapan kosong di {n} langkah: {cells}. Isi dokumen atau bahan yang diperlukan tiap langkah.',
    en: 'No Kelengkapan in {n} steps: {cells}. Fill in the documents or material each step needs.',
  },
  'missing-actor': {
    id: 'Pelaksana tidak ditandai di {n} langkah: {cells}. Tandai kolom pelaksana yang mengerjakannya.',
    en: 'No actor marked in {n} steps: {cells}. Mark the actor column of whoever does each.',
  },
};

/** Splits "COVER!B14" / "H27" into its sheet prefix, column letters and row. */
function splitCell(cell: string): { prefix: string; col: string; row: number } | null {
  const m = /^(.*!)?\$?([A-Z]{1,3})\$?(\d+)$/.exec(cell);
  return m ? { prefix: m[1] ?? '', col: m[2], row: Number(m[3]) } : null;
}

/**
 * Cells compressed for reading: runs of consecutive rows in one column become `H27-H37`, the runs in
 * the order their first cell came; a repeated cell is named once.
 */
export function compressCells(cells: string[]): string {
  const seen = new Set<string>();
  const columns = new Map<string, { prefix: string; col: string; rows: number[] }>();
  const order: (string | { key: string })[] = [];
  for (const cell of cells) {
    if (seen.has(cell)) continue;
    seen.add(cell);
    const p = splitCell(cell);
    if (!p) {
      order.push(cell);
      continue;
    }
    const key = `${p.prefix}${p.col}`;
    let c = columns.get(key);
    if (!c) {
      c = { prefix: p.prefix, col: p.col, rows: [] };
      columns.set(key, c);
      order.push({ key });
    }
    c.rows.push(p.row);
  }
  const parts: string[] = [];
  for (const o of order) {
    if (typeof o === 'string') {
      parts.push(o);
      continue;
    }
    const c = columns.get(o.key)!;
    const rows = [...c.rows].sort((a, b) => a - b);
    for (let i = 0; i < rows.length;) {
      let j = i;
      while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
      parts.push(j > i ? `${c.prefix}${c.col}${rows[i]}-${c.col}${rows[j]}` : `${c.prefix}${c.col}${rows[i]}`);
      i = j + 1;
    }
  }
  return parts.join(', ');
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A finding's own cell inside its message, as a whole word ("H38", not the "H3" of "H38"). */
function ownCell(f: Finding): RegExp {
  return new RegExp(`(?<![A-Za-z0-9!])${escape(f.cell)}(?![0-9])`, 'g');
}

const CELL_MARK = '\u0000';

/**
 * The message with its own cell blanked: equal keys make one group. Step numbers stay: a message about
 * "langkah 6" and one about "langkah 8" are two statements (the step rules have a summary instead).
 */
function keyOf(f: Finding): string {
  return `${f.severity}\u0001${f.rule}\u0001${f.message.replace(ownCell(f), CELL_MARK)}`;
}

/**
 * Groups findings that say the same thing about different cells, keeping the order of their first
 * finding. A finding with nothing like it stays a group of one with its own message.
 */
export function groupFindings(findings: Finding[], lang: Lang): FindingGroup[] {
  const byKey = new Map<string, Finding[]>();
  for (const f of findings) {
    const k = SUMMARY[f.rule] ? `${f.severity}\u0001${f.rule}` : keyOf(f);
    const list = byKey.get(k);
    if (list) list.push(f);
    else byKey.set(k, [f]);
  }
  return [...byKey.values()].map((list) => {
    const first = list[0];
    const cells = [...new Set(list.map((f) => f.cell))];
    const cellsText = compressCells(cells);
    const fixes = list.flatMap((f) => (f.fix ? [f.fix] : []));
    let message = first.message;
    if (list.length > 1) {
      const summary = SUMMARY[first.rule];
      if (summary) {
        message = summary[lang].replace('{n}', String(list.length)).replace('{cells}', cellsText);
      } else if (ownCell(first).test(first.message)) {
        message = first.message.replace(ownCell(first), cellsText);
      } else {
        message = `${first.message} (${cellsText})`;
      }
    }
    return { rule: first.rule, severity: first.severity, cells, cellsText, message, findings: list, fixes };
  });
}
