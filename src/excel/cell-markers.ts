/**
 * The flowchart fallback for Excel without shapes (before ExcelApi 1.9): the plan's cell markers
 * ("( Mulai )", "[ 3 ]", "< 10 ? >") written into the actor cells, with a thin border and a light fill.
 * A marker goes only into a cell that is empty (no value, no formula): a user's "X", "√" or note in
 * an actor cell is never overwritten. Every cell changed is remembered (memory.ts) with its fill and
 * borders, so removing the markers restores the cell exactly. Two syncs: one to read the cells and
 * protection, one to write.
 */
import type { FlowchartPlan, PlanCellMarker } from '../core/flowchart/types';
import { protectedError } from './errors';
import { EDGES, isNoFill, recall, remember, type Edge, type MarkerRecord, type SavedBorder } from './memory';
import { hostCapabilities } from './requirements';

/** A cell as read in the first sync: its formula (or value) and its fill and borders. */
interface CellRead {
  range: Excel.Range;
  fill: Excel.RangeFill;
  borders: Record<Edge, Excel.RangeBorder>;
}

function queueCellRead(ws: Excel.Worksheet, cell: string): CellRead {
  const range = ws.getRange(cell);
  range.load('formulas');
  const fill = range.format.fill.load('color');
  const borders = {} as Record<Edge, Excel.RangeBorder>;
  for (const edge of EDGES) borders[edge] = range.format.borders.getItem(edge).load('style,weight,color');
  return { range, fill, borders };
}

function formulaText(read: CellRead): string {
  const v = read.range.formulas[0]?.[0];
  return v === null || v === undefined ? '' : String(v);
}

function savedBorders(read: CellRead): Record<Edge, SavedBorder> {
  const out = {} as Record<Edge, SavedBorder>;
  for (const edge of EDGES) {
    const b = read.borders[edge];
    out[edge] = { style: b.style, weight: b.weight, color: b.color };
  }
  return out;
}

/** Puts a marker cell back as it was: text only while it still holds the marker, fill and borders always. */
function queueRestore(ws: Excel.Worksheet, record: MarkerRecord, current: string): void {
  const range = ws.getRange(record.cell);
  if (current === record.text) range.values = [['']];
  if (isNoFill(record.fill)) range.format.fill.clear();
  else range.format.fill.color = record.fill;
  for (const edge of EDGES) {
    const saved = record.borders[edge];
    const border = range.format.borders.getItem(edge);
    if (saved.style === 'None') {
      border.style = 'None';
    } else {
      border.style = saved.style as Excel.BorderLineStyle;
      border.weight = saved.weight as Excel.BorderWeight;
      border.color = saved.color;
    }
  }
}

function queueMarker(ws: Excel.Worksheet, marker: PlanCellMarker): void {
  const range = ws.getRange(marker.cell);
  range.values = [[marker.text]];
  range.format.fill.color = marker.fill;
  for (const edge of EDGES) {
    const border = range.format.borders.getItem(edge);
    border.style = 'Continuous';
    border.weight = 'Thin';
    border.color = '#7F7F7F';
  }
}

export interface MarkerResult {
  written: number;
  /** Markers not written because the cell was not empty. */
  occupied: number;
}

/** Writes the plans' markers, replacing Alur's earlier markers of the same tables. */
export async function drawMarkers(plans: FlowchartPlan[], onPhase: (done: number) => void): Promise<MarkerResult> {
  const bySheet = new Map<string, FlowchartPlan[]>();
  for (const p of plans) bySheet.set(p.sheet, [...(bySheet.get(p.sheet) ?? []), p]);
  const caps = hostCapabilities();
  const result: MarkerResult = { written: 0, occupied: 0 };
  const memories = new Map<string, MarkerRecord[]>();

  await Excel.run(async (context) => {
    const work = [...bySheet].map(([sheet, sheetPlans]) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      const protection = caps.protection ? ws.protection.load('protected') : undefined;
      const tables = new Set(sheetPlans.map((p) => p.tableRange));
      const memory = recall(sheet);
      const old = memory.markers.filter((m) => tables.has(m.table));
      const cells = new Map<string, CellRead>();
      const cellsOf = [...old.map((m) => m.cell), ...sheetPlans.flatMap((p) => p.cellMarkers.map((m) => m.cell))];
      for (const cell of cellsOf) if (!cells.has(cell)) cells.set(cell, queueCellRead(ws, cell));
      return { sheet, sheetPlans, ws, protection, memory, old, cells, tables };
    });
    await context.sync();
    onPhase(1);

    for (const w of work) if (w.protection?.protected) throw protectedError(w.sheet);

    for (const w of work) {
      const oldByCell = new Map(w.old.map((m) => [m.cell, m]));
      const kept: MarkerRecord[] = w.memory.markers.filter((m) => !w.tables.has(m.table));
      const reused = new Set<string>();
      for (const plan of w.sheetPlans) {
        for (const marker of plan.cellMarkers) {
          const read = w.cells.get(marker.cell)!;
          const current = formulaText(read);
          const previous = oldByCell.get(marker.cell);
          // A cell still holding Alur's earlier marker counts as empty; its original state is the recorded one.
          const ours = previous !== undefined && current === previous.text;
          if (current !== '' && !ours) {
            result.occupied++;
            continue;
          }
          if (reused.has(marker.cell)) continue;
          reused.add(marker.cell);
          queueMarker(w.ws, marker);
          kept.push({
            table: plan.tableRange,
            cell: marker.cell,
            text: marker.text,
            fill: ours ? previous.fill : read.fill.color,
            borders: ours ? previous.borders : savedBorders(read),
          });
          result.written++;
        }
      }
      for (const record of w.old) {
        if (!reused.has(record.cell)) queueRestore(w.ws, record, formulaText(w.cells.get(record.cell)!));
      }
      memories.set(w.sheet, kept);
    }
    await context.sync();
  });
  for (const [sheet, markers] of memories) await remember(sheet, { ...recall(sheet), markers });
  onPhase(2);
  return result;
}

/**
 * Queues the restoring of every marker Alur wrote on a sheet, after the first sync of removeFlowcharts
 * read the cells (`reads`). Returns the records restored.
 */
export function queueMarkerReads(ws: Excel.Worksheet, sheet: string): { records: MarkerRecord[]; reads: CellRead[] } {
  const records = recall(sheet).markers;
  return { records, reads: records.map((r) => queueCellRead(ws, r.cell)) };
}

export function queueMarkerRestores(ws: Excel.Worksheet, records: MarkerRecord[], reads: CellRead[]): void {
  records.forEach((r, i) => queueRestore(ws, r, formulaText(reads[i])));
}
