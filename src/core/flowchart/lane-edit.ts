/**
 * laneEdit: what a host must change on a sheet to apply a LanePlan, worked out once here so that the
 * live Excel host and the .xlsx writer produce the same sheet. The host inserts `count` whole columns
 * before `insertAt`, sizes them `widthPt`, gives each new cell of the table the style of the cell of
 * `styleFrom` in the same row, writes `cells` and merges `merges` (all addresses after the insertion).
 *
 * The header follows the table's own: with a one-row header the actor names go in that row; with a
 * two-row header (the Uraian label merged down over both rows) a "Pelaksana" group label is merged over
 * the new columns in the top row and the names go in the row below, as in seeds 000 to 004. A header
 * repeated inside the table for a new printed page gets the names too. Each step's actor cell gets
 * "√", the mark SOP AP tables use: the symbol is inferred from the step on the next read, exactly as
 * the plan's own glyph said (first start, last end, a question a decision).
 */
import { inRange, mergeAt, type CellRange, type Grid } from '../grid';
import { findSops } from '../parse';
import type { LanePlan } from './lanes';

/** The mark written in a step's actor cell. */
export const LANE_MARK = '√';

/** Width of a generated lane, in points, when there is no Pelaksana column to take it from. */
export const LANE_WIDTH_PT = 96;

export interface LaneCellWrite {
  row: number;
  col: number;
  text: string;
  role: 'group' | 'name' | 'mark';
}

export interface LaneEdit {
  sheet: string;
  insertAt: number;
  count: number;
  /** Width of every new column, in points. */
  widthPt: number;
  /** Column (after the insertion) whose cell style each new cell of the table copies, row by row. */
  styleFrom: number;
  /** The table rows whose new cells get that style (first header row to the last step). */
  rows: { top: number; bottom: number };
  /** Header rows (names, group labels), for hosts that set a header format apart. */
  headerRows: number[];
  cells: LaneCellWrite[];
  /** Merged areas to create (after the insertion): the "Pelaksana" group label. */
  merges: CellRange[];
}

export type LaneEditProblem = 'no-table' | 'has-actors';

/** A message for a plan that no longer fits its sheet, in both languages. */
export function laneEditProblemText(problem: LaneEditProblem, sheet: string): { id: string; en: string } {
  return problem === 'has-actors'
    ? {
        id: `Tabel SOP di lembar "${sheet}" sudah memiliki kolom pelaksana: tidak ada yang diubah.`,
        en: `The SOP table on sheet "${sheet}" already has actor columns: nothing was changed.`,
      }
    : {
        id: `Tabel SOP yang direncanakan tidak ditemukan lagi di lembar "${sheet}" (lembar sudah berubah): periksa ulang.`,
        en: `The planned SOP table is no longer on sheet "${sheet}" (the sheet has changed): check it again.`,
      };
}

/**
 * The edit for `plan` on the sheet as it is now (`grid`, read before the insertion), or the reason it
 * no longer applies: the table is gone or moved, or it has actor columns already (a second generate
 * would insert a second set of lanes).
 */
export function laneEdit(plan: LanePlan, grid: Grid): LaneEdit | LaneEditProblem {
  const uraianCol = plan.insertAt - 1;
  const doc = findSops(grid).find(
    (d) => d.table.columns.uraian === uraianCol && inRange(d.table.range, plan.headerRow, uraianCol)
  );
  if (!doc) return 'no-table';
  if (doc.table.columns.actors.length > 0) return 'has-actors';
  const count = plan.count;
  const shift = (col: number) => (col >= plan.insertAt ? col + count : col);
  const table = doc.table.range;

  // One header row, or a group row over a names row: the Uraian label merged down tells which.
  const uraianMerge = mergeAt(grid, plan.headerRow, uraianCol);
  const nameOffset = uraianMerge && uraianMerge.top === plan.headerRow ? uraianMerge.bottom - plan.headerRow : 0;
  const blocks = [plan.headerRow, ...doc.table.pageBreakRows.filter((r) => r > plan.headerRow)];
  const cells: LaneCellWrite[] = [];
  const merges: CellRange[] = [];
  const headerRows: number[] = [];
  // The SOP's own language, whatever the user's: the parser reads this label back.
  const group = 'Pelaksana';
  for (const top of blocks) {
    if (nameOffset > 0) {
      cells.push({ row: top, col: plan.insertAt, text: group, role: 'group' });
      if (count > 1) merges.push({ top, left: plan.insertAt, bottom: top, right: plan.insertAt + count - 1 });
      headerRows.push(top);
    }
    for (const c of plan.columns) cells.push({ row: top + nameOffset, col: c.col, text: c.name, role: 'name' });
    headerRows.push(top + nameOffset);
  }
  for (const m of plan.marks) cells.push({ row: m.row, col: m.col, text: LANE_MARK, role: 'mark' });

  // Style and width from the column right of Uraian when it is part of the table (the Pelaksana text
  // column, usually), else from Uraian itself.
  const right = uraianCol < table.right ? plan.insertAt : uraianCol;
  const textCol = doc.table.columns.pelaksanaText;
  const textWidth = textCol !== null ? (grid.colWidths[textCol - 1] ?? grid.defaultColWidth) : LANE_WIDTH_PT;
  return {
    sheet: grid.sheet,
    insertAt: plan.insertAt,
    count,
    widthPt: Math.min(110, Math.max(72, textWidth)),
    styleFrom: shift(right),
    rows: { top: table.top, bottom: Math.max(table.bottom, ...plan.marks.map((m) => m.row)) },
    headerRows,
    cells,
    merges,
  };
}
