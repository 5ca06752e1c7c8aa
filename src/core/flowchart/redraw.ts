/**
 * What drawing a plan over a sheet replaces, decided once for both hosts from the shapes on the sheet
 * now (src/excel reads them again in its first sync; src/xlsx has them in the file's grid):
 * - the table is no longer where the plan says: 'stale' (the sheet changed since it was checked);
 * - Alur's own shapes of the table (named "Alur:<table cell>:...", or lying in the table after it moved)
 *   are always replaced, so drawing twice leaves one flowchart;
 * - the user's shapes over the SOP's actor cells are a hand-drawn flowchart: the SOP is left alone
 *   ('hand-drawn') unless replacing is asked for, and then exactly those shapes are replaced, unless one of
 *   them marks something the SOP as read does not hold (a symbol or picture on no step's actor), which
 *   redrawing would lose: then the SOP is left alone ('unplaceable') and the shapes are named.
 */
import { rangeA1, type Grid, type GridShape } from '../grid';
import { shapeMark } from '../grid/vocabulary';
import { HostError } from '../host';
import type { SopDoc } from '../model';
import { findSops } from '../parse';
import { ShapeLocator } from '../parse/marks';
import { isAlurShape, isAlurShapeOfTable, shapesOverActorCells } from './shapes';
import type { FlowchartPlan } from './types';

export type RedrawOutcome = 'draw' | 'stale' | 'hand-drawn' | 'unplaceable';

export interface RedrawChoice {
  outcome: RedrawOutcome;
  /** The shapes on the sheet that give way (outcome 'draw' only): Alur's earlier ones, the hand-drawn ones. */
  remove: GridShape[];
  /** The user's shapes over the actor cells. */
  handDrawn: GridShape[];
  /** For 'unplaceable': the hand-drawn shapes no step holds, by name. */
  unplaced: string[];
}

/** The SOP of a plan on the sheet as it is now, or undefined when its table is no longer there. */
export function planDoc(plan: FlowchartPlan, grid: Grid): SopDoc | undefined {
  return findSops(grid).find((d) => rangeA1(d.table.range) === plan.tableRange);
}

/**
 * Decides what drawing `plan` over `grid` (whose shapes are the sheet's shapes now) replaces.
 * `doc` may be given when the caller already found it.
 */
export function redrawChoice(
  plan: FlowchartPlan,
  grid: Grid,
  opts: { replaceHandDrawn: boolean; doc?: SopDoc }
): RedrawChoice {
  const doc = opts.doc ?? planDoc(plan, grid);
  if (!doc) return { outcome: 'stale', remove: [], handDrawn: [], unplaced: [] };
  const tableCell = plan.tableRange.split(':')[0];
  const handDrawn = shapesOverActorCells(doc, grid, plan.prefix);
  const own = grid.shapes.filter(
    (s) =>
      isAlurShapeOfTable(s.name, tableCell, plan.prefix) || (isAlurShape(s.name, plan.prefix) && topLeftInTable(s, doc))
  );
  if (handDrawn.length > 0) {
    // Removed by id: an id the sheet uses twice cannot be told apart, and then the SOP is left alone.
    const ids = new Set(handDrawn.map((s) => s.id));
    const ambiguous = grid.shapes.some((s) => ids.has(s.id) && !handDrawn.includes(s));
    if (!opts.replaceHandDrawn || ambiguous) return { outcome: 'hand-drawn', remove: [], handDrawn, unplaced: [] };
    const unplaced = unplacedShapes(doc, grid, handDrawn);
    if (unplaced.length > 0)
      return { outcome: 'unplaceable', remove: [], handDrawn, unplaced: unplaced.map((s) => s.name || `#${s.id}`) };
  }
  return { outcome: 'draw', remove: [...own, ...handDrawn], handDrawn, unplaced: [] };
}

/**
 * Hand-drawn symbols and pictures the SOP as read does not hold: a mark on no step (in no step's rows,
 * or in the lane of an actor the step does not have). Off-page pentagons, arrows and labels are redrawn
 * from the flow and need no place of their own.
 */
function unplacedShapes(doc: SopDoc, grid: Grid, handDrawn: GridShape[]): GridShape[] {
  const held = new Set(doc.steps.flatMap((s) => s.marks.map((m) => m.shapeId).filter((id) => id !== undefined)));
  const laneOf = new Map(doc.actors.map((a) => [a.col, a.name]));
  const locator = new ShapeLocator(grid);
  return handDrawn.filter((s) => {
    const mark = shapeMark(s);
    if (mark === null || mark === 'offpage' || held.has(s.id)) return false;
    const c = locator.centre(s);
    const actor = laneOf.get(c.col);
    const step = doc.steps.find((st) => c.row >= st.row && c.row <= Math.max(st.row, st.rowEnd));
    return !(step && actor && step.actors.includes(actor));
  });
}

function topLeftInTable(s: GridShape, doc: SopDoc): boolean {
  const r = doc.table.range;
  return s.from.row >= r.top && s.from.row <= r.bottom && s.from.col >= r.left && s.from.col <= r.right;
}

/** The error both hosts raise for a plan whose table is no longer where it was read. */
export function staleError(plan: FlowchartPlan): HostError {
  return new HostError(
    'stale',
    `Tabel SOP di ${plan.sheet}!${plan.tableRange} tidak ada lagi di tempat itu: lembar sudah berubah sejak diperiksa. Periksa ulang, lalu gambar lagi.`,
    `The SOP table at ${plan.sheet}!${plan.tableRange} is no longer there: the sheet changed since it was checked. Check again, then draw.`
  );
}
