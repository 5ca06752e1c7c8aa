/**
 * Issue 6, "lanes from text", in live Excel: give an SOP that names its actors in a Pelaksana text
 * column the actor columns a swimlane needs. What changes is worked out once by the core (laneEdit),
 * so this host and the .xlsx writer produce the same sheet; this module only applies it, in two syncs
 * whatever the SOP's length:
 *  1. read the sheet as a grid (readInContext: text, merges, sizes, shapes, protection), and decide:
 *     a protected sheet is refused (HostError 'protected'), a plan that no longer fits the sheet is
 *     refused (HostError 'stale', e.g. a second run: the table has actor columns now); nothing written;
 *  2. one batch: insert whole columns (Excel shifts cells, merges, widths, formulas and shapes itself),
 *     give the new cells the Pelaksana column's formats, size them, write the names and the marks,
 *     merge the group label.
 * Formats are copied with Range.copyFrom (ExcelApi 1.9). Before 1.9 the style of the Pelaksana
 * column's header cell and first step cell is loaded in the read sync and set by hand (fill, bold,
 * alignment, thin borders where the source has them). Before 1.2 there are no merges or widths: the
 * names and marks are still written.
 */
import { a1, colLetter, type CellRange, type Grid } from '../core/grid';
import { laneEdit, laneEditProblemText, type LaneEdit } from '../core/flowchart/lane-edit';
import type { LanePlan } from '../core/flowchart/lanes';
import { HostError } from '../core/host';
import { protectedError } from './errors';
import { readInContext } from './read';
import { hostCapabilities } from './requirements';

/** The style of one source cell, read before ExcelApi 1.9 (no copyFrom). */
interface CellStyle {
  fill: string | null;
  bold: boolean | null;
  horizontal: Excel.RangeFormat['horizontalAlignment'] | null;
  vertical: Excel.RangeFormat['verticalAlignment'] | null;
  wrap: boolean | null;
  bordered: boolean;
}

/** Formats of the candidate source cells, queued before the read sync (only where copyFrom is missing). */
interface StyleProbe {
  /** Keyed by "row,col", addresses before the insertion. */
  cells: Map<string, { format: Excel.RangeFormat; edge: Excel.RangeBorder }>;
}

/** Applies `plan` to the named sheet; see the module comment for the syncs and the refusals. */
export async function generateLanes(sheet: string, plan: LanePlan): Promise<void> {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    const caps = hostCapabilities();
    const probe = caps.copyFormats ? null : queueStyleProbe(ws, plan);
    const [grid] = await readInContext(context, [ws], {});
    if (grid.protected) throw protectedError(sheet);
    const edit = laneEdit(plan, grid);
    if (typeof edit === 'string') {
      const text = laneEditProblemText(edit, sheet);
      throw new HostError('stale', text.id, text.en);
    }
    queueLaneEdit(ws, edit, grid, {
      copy: caps.copyFormats,
      merges: caps.mergeCells,
      widths: caps.rangeFormatSizes,
      probe,
    });
    await context.sync();
  });
}

/** Where a column of the edit (numbered after the insertion) was before it. */
function before(edit: LaneEdit, col: number): number {
  return col >= edit.insertAt + edit.count ? col - edit.count : col;
}

function columns(left: number, right: number): string {
  return `${colLetter(left)}:${colLetter(right)}`;
}

function area(r: CellRange): string {
  return `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;
}

/** Queues every write of the edit; the caller syncs once. */
function queueLaneEdit(
  ws: Excel.Worksheet,
  edit: LaneEdit,
  grid: Grid,
  opts: { copy: boolean; merges: boolean; widths: boolean; probe: StyleProbe | null }
): void {
  const first = edit.insertAt;
  const last = edit.insertAt + edit.count - 1;
  const { top, bottom } = edit.rows;
  // Excel moves everything at or right of `first` itself: cells, merges, widths, formulas, shapes.
  ws.getRange(columns(first, last)).insert('Right');
  const block = ws.getRange(area({ top, bottom, left: first, right: last }));
  const sourceCol = before(edit, edit.styleFrom);

  if (opts.copy) {
    // One copy for all the new columns: a destination a whole multiple of the source repeats it.
    const source = colLetter(edit.styleFrom);
    block.copyFrom(ws.getRange(`${source}${top}:${source}${bottom}`), 'Formats');
    // Copying formats copies merged areas too; a step's Pelaksana cell merged down over its rows
    // would merge its actor cells, which the file host does not do. Undo exactly those copies.
    if (opts.merges) {
      for (const m of sourceMerges(grid, sourceCol, top, bottom)) {
        ws.getRange(area({ top: m.top, bottom: m.bottom, left: first, right: last })).unmerge();
      }
    }
  } else if (opts.probe) {
    applyProbedStyles(block, ws, edit, opts.probe, sourceCol);
  }

  if (opts.widths) ws.getRange(columns(first, last)).format.columnWidth = edit.widthPt;

  // All names, group labels and marks in one write; null leaves a cell as it is.
  const values: (string | null)[][] = Array.from({ length: bottom - top + 1 }, () =>
    Array<string | null>(edit.count).fill(null)
  );
  for (const cell of edit.cells) values[cell.row - top][cell.col - first] = cell.text;
  block.values = values;

  if (opts.merges) for (const m of edit.merges) ws.getRange(area(m)).merge(false);
}

/** Merged areas wholly inside the source column between the table's rows, taller than one cell. */
function sourceMerges(grid: Grid, col: number, top: number, bottom: number): CellRange[] {
  return grid.merges.filter(
    (m) => m.left === col && m.right === col && m.top >= top && m.bottom <= bottom && m.bottom > m.top
  );
}

/**
 * Before ExcelApi 1.9: load the style of the cells a lane may take its format from. The plan names the
 * header row and the step rows; the source column is the one right of Uraian (or Uraian itself when it
 * ends the table), both queued since which one only the grid tells.
 */
function queueStyleProbe(ws: Excel.Worksheet, plan: LanePlan): StyleProbe {
  const cells: StyleProbe['cells'] = new Map();
  const rows = [plan.headerRow, ...(plan.marks.length ? [plan.marks[0].row] : [])];
  for (const row of rows) {
    for (const col of [plan.insertAt - 1, plan.insertAt]) {
      const range = ws.getRange(a1(row, col));
      const format = range.format.load('horizontalAlignment,verticalAlignment,wrapText,fill/color,font/bold');
      const edge = range.format.borders.getItem('EdgeBottom').load('style');
      cells.set(`${row},${col}`, { format, edge });
    }
  }
  return { cells };
}

function styleOf(probe: StyleProbe, row: number, col: number): CellStyle | null {
  const p = probe.cells.get(`${row},${col}`);
  if (!p) return null;
  return {
    fill: p.format.fill.color,
    bold: p.format.font.bold,
    horizontal: p.format.horizontalAlignment,
    vertical: p.format.verticalAlignment,
    wrap: p.format.wrapText,
    bordered: p.edge.style !== 'None',
  };
}

/** Sets on `range` what was read of a source cell: a minimal stand-in for copyFrom(formats). */
function setStyle(range: Excel.Range, style: CellStyle): void {
  if (style.fill && style.fill.toUpperCase() !== '#FFFFFF') range.format.fill.color = style.fill;
  if (style.bold !== null) range.format.font.bold = style.bold;
  if (style.horizontal) range.format.horizontalAlignment = style.horizontal;
  if (style.vertical) range.format.verticalAlignment = style.vertical;
  if (style.wrap !== null) range.format.wrapText = style.wrap;
}

function applyProbedStyles(
  block: Excel.Range,
  ws: Excel.Worksheet,
  edit: LaneEdit,
  probe: StyleProbe,
  sourceCol: number
): void {
  const header = styleOf(probe, Math.min(...edit.headerRows), sourceCol);
  const markRows = edit.cells.filter((c) => c.role === 'mark').map((c) => c.row);
  const body = markRows.length ? styleOf(probe, Math.min(...markRows), sourceCol) : null;
  const first = edit.insertAt;
  const last = edit.insertAt + edit.count - 1;
  if (body) {
    setStyle(block, body);
    // A mark is a symbol, not a sentence: centred in its cell whatever the text column did.
    block.format.horizontalAlignment = 'Center';
  }
  if (header) {
    for (const row of edit.headerRows)
      setStyle(ws.getRange(area({ top: row, bottom: row, left: first, right: last })), header);
  }
  if (header?.bordered || body?.bordered) {
    for (const index of [
      'EdgeTop',
      'EdgeBottom',
      'EdgeLeft',
      'EdgeRight',
      'InsideVertical',
      'InsideHorizontal',
    ] as const) {
      const border = block.format.borders.getItem(index);
      border.style = 'Continuous';
      border.weight = 'Thin';
    }
  }
}
