/**
 * The examples of a rule's doc page (docs/rules/<id>.md), read as worksheets so the docs test can run
 * them through the real pipeline. A page's `## Example` section holds fenced blocks whose info string is
 * `sop bad` or `sop good` (optionally `file=office/name.xlsx`, for the rules across SOPs):
 *
 *     ```sop bad
 *     | Nomor SOP | : 800/14/SOP/2024 |
 *     |           |                   |
 *     | No | Uraian Kegiatan | Kepala | Staf | Kelengkapan | Waktu | Output |
 *     | 1  | Menerima berkas | Mulai  |      | Berkas      | 2 menit/berkas | Berkas |
 *     ```
 *
 * Every `| ... |` line is one row of the sheet from column A (cells trimmed, `<br>` a line break inside
 * a cell); a markdown separator line (`|---|---|`) is skipped; a blank line is an empty row; a line
 * `# Name` starts a new sheet of the same workbook (the first sheet is `SOP` unless named). Symbols are
 * written the way real SOPs type them into actor cells (`Mulai`, `[ ]`, `{ }`, `Selesai`, `X`).
 */
import { gridFromRows, type Grid } from '../../src/core/grid';

export interface Example {
  kind: 'bad' | 'good';
  /** The file it stands for (rules across SOPs); default `dinas/sop.xlsx`. */
  file: string;
  sheets: Grid[];
  /** The line of the page the block starts on, for messages. */
  line: number;
}

/** The text of one `## Heading` section (up to the next `## `), or null. */
export function section(page: string, heading: string): string | null {
  const lines = page.split('\n');
  const start = lines.findIndex((l) => l.trim() === `## ${heading}`);
  if (start < 0) return null;
  const end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** Every `sop bad` / `sop good` block of a page, in order. */
export function examples(page: string): Example[] {
  const out: Example[] = [];
  const lines = page.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```sop\s+(bad|good)\b(.*)$/.exec(lines[i].trim());
    if (!open) continue;
    const file = /\bfile=(\S+)/.exec(open[2])?.[1] ?? 'dinas/sop.xlsx';
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && lines[j].trim() !== '```') body.push(lines[j++]);
    if (j >= lines.length) throw new Error(`line ${i + 1}: the example block is not closed`);
    out.push({ kind: open[1] as 'bad' | 'good', file, sheets: sheetsOf(body), line: i + 1 });
    i = j;
  }
  return out;
}

function sheetsOf(body: string[]): Grid[] {
  const sheets: { name: string; rows: string[][] }[] = [];
  let current: { name: string; rows: string[][] } | null = null;
  const sheet = () => {
    if (!current) sheets.push((current = { name: 'SOP', rows: [] }));
    return current;
  };
  for (const raw of body) {
    const line = raw.trim();
    const named = /^#\s+(.+)$/.exec(line);
    if (named) {
      sheets.push((current = { name: named[1].trim(), rows: [] }));
    } else if (line === '') {
      sheet().rows.push([]);
    } else if (/^\|[\s|:-]*$/.test(line) && line.includes('-')) {
      continue;
    } else if (line.startsWith('|')) {
      const cells = line.replace(/^\|/, '').replace(/\|$/, '').split('|');
      sheet().rows.push(cells.map((c) => c.trim().replace(/<br\s*\/?>/gi, '\n')));
    } else {
      throw new Error(`an example row must start with "|", a sheet name with "# ": ${line}`);
    }
  }
  return sheets.map((s) => gridFromRows(s.name, s.rows));
}
