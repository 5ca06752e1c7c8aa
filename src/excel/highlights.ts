/**
 * Highlights ("Tandai di lembar", the pane's "mark on sheet"): the cells of findings get a fill by severity and, with ExcelApi 1.18, a note with
 * the message ("Alur: ..."). What each cell looked like before is remembered in the document
 * settings (memory.ts), so clearHighlights restores exactly those cells and deletes exactly Alur's notes,
 * even after the pane was closed. Two syncs each (read the cells, then write), whatever the count.
 *  - A cell already highlighted keeps its first recorded state, so highlighting twice never records Alur's own
 *    fill as "the user's".
 *  - A cell that has a user's note keeps it: the message is not added there (one note per cell).
 *  - On clear, a fill is put back only while the cell still has Alur's colour; a user who recoloured
 *    the cell meanwhile keeps their colour.
 */
import type { CellHighlight } from '../core/host';
import type { Severity } from '../core/model';
import { protectedError } from './errors';
import { isNoFill, recall, remember, sameColor, type HighlightRecord } from './memory';
import { hostCapabilities } from './requirements';

/** Light fills that keep the text readable: red, amber, blue. */
export const HIGHLIGHT_FILL: Readonly<Record<Severity, string>> = Object.freeze({
  error: '#F8CBAD',
  warning: '#FFE699',
  info: '#DDEBF7',
});

export const NOTE_PREFIX = 'Alur: ';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** One highlight per cell: the most severe colour, every message (each once) in the note. */
function byCell(highlights: CellHighlight[]): Map<string, { severity: Severity; messages: string[] }> {
  const out = new Map<string, { severity: Severity; messages: string[] }>();
  for (const m of highlights) {
    const cell = m.cell.replace(/\$/g, '').toUpperCase();
    const entry = out.get(cell);
    if (!entry) out.set(cell, { severity: m.severity, messages: [m.message] });
    else {
      if (RANK[m.severity] < RANK[entry.severity]) entry.severity = m.severity;
      if (!entry.messages.includes(m.message)) entry.messages.push(m.message);
    }
  }
  return out;
}

interface CellRead {
  fill: Excel.RangeFill;
  note?: Excel.Note;
}

function queueRead(ws: Excel.Worksheet, cell: string, notes: boolean): CellRead {
  const fill = ws.getRange(cell).format.fill.load('color');
  const note = notes ? ws.notes.getItemOrNullObject(cell).load('content') : undefined;
  return { fill, note };
}

function queueRestore(ws: Excel.Worksheet, record: HighlightRecord, read: CellRead): void {
  if (sameColor(read.fill.color, record.markFill)) {
    const fill = ws.getRange(record.cell).format.fill;
    if (isNoFill(record.fill)) fill.clear();
    else fill.color = record.fill;
  }
  if (record.alurNote && read.note && !read.note.isNullObject && read.note.content.startsWith(NOTE_PREFIX)) {
    read.note.delete();
  }
}

export async function highlightCells(sheet: string, highlights: CellHighlight[]): Promise<void> {
  const caps = hostCapabilities();
  const wanted = byCell(highlights);
  const memory = recall(sheet);
  const old = new Map(memory.marks.map((m) => [m.cell, m]));
  const records: HighlightRecord[] = [];
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    const protection = caps.protection ? ws.protection.load('protected') : undefined;
    const reads = new Map<string, CellRead>();
    for (const cell of new Set([...old.keys(), ...wanted.keys()])) reads.set(cell, queueRead(ws, cell, caps.notes));
    await context.sync();
    if (protection?.protected) throw protectedError(sheet);

    for (const [cell, record] of old) if (!wanted.has(cell)) queueRestore(ws, record, reads.get(cell)!);
    for (const [cell, highlight] of wanted) {
      const read = reads.get(cell)!;
      const before = old.get(cell);
      const highlightFill = HIGHLIGHT_FILL[highlight.severity];
      ws.getRange(cell).format.fill.color = highlightFill;
      let alurNote = false;
      if (caps.notes) {
        const content = `${NOTE_PREFIX}${highlight.messages.join('\n')}`;
        const note = read.note!;
        const ours = !note.isNullObject && (before?.alurNote ?? false) && note.content.startsWith(NOTE_PREFIX);
        if (ours) {
          note.content = content;
          alurNote = true;
        } else if (note.isNullObject) {
          ws.notes.add(cell, content);
          alurNote = true;
        }
      }
      records.push({ cell, fill: before ? before.fill : read.fill.color, markFill: highlightFill, alurNote });
    }
    await context.sync();
  });
  await remember(sheet, { ...recall(sheet), marks: records });
}

/** Undoes highlightCells on a sheet; returns how many cells were restored. */
export async function clearHighlights(sheet: string): Promise<number> {
  const caps = hostCapabilities();
  const memory = recall(sheet);
  if (memory.marks.length === 0) return 0;
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    const protection = caps.protection ? ws.protection.load('protected') : undefined;
    const reads = memory.marks.map((m) => queueRead(ws, m.cell, caps.notes));
    await context.sync();
    if (protection?.protected) throw protectedError(sheet);
    memory.marks.forEach((m, i) => queueRestore(ws, m, reads[i]));
    await context.sync();
  });
  await remember(sheet, { ...recall(sheet), marks: [] });
  return memory.marks.length;
}
