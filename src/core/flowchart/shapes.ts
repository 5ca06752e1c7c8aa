/**
 * Which shapes on a sheet are whose. Alur names everything it draws "<prefix>:<table cell>:<id>", so a
 * redraw or a remove touches only its own shapes. Anything else lying over an SOP's actor cells is the
 * user's hand-drawn flowchart: the contract says `alur draw` leaves such an SOP alone unless --replace.
 */
import { colWidth, rowHeight, type CellAnchor, type Grid, type GridShape } from '../grid';
import type { SopDoc } from '../model';
import { DEFAULT_PREFIX } from './plan';

/** True for a shape Alur drew (its name starts with the prefix and a colon). */
export function isAlurShape(name: string, prefix: string = DEFAULT_PREFIX): boolean {
  return name.startsWith(`${prefix}:`);
}

/** True for a shape drawn by Alur for this very table ("Alur:A14:..."), not for another SOP on the sheet. */
export function isAlurShapeOfTable(name: string, tableTopLeft: string, prefix: string = DEFAULT_PREFIX): boolean {
  return name.startsWith(`${prefix}:${tableTopLeft}:`);
}

/** A point of an anchor as a fractional (row, col): row 15 with half its height as offset -> 15.5. */
function fractional(grid: Grid, a: CellAnchor): { row: number; col: number } {
  const rh = rowHeight(grid, a.row) || 1;
  const cw = colWidth(grid, a.col) || 1;
  return { row: a.row + Math.min(1, (a.rowOffset ?? 0) / rh), col: a.col + Math.min(1, (a.colOffset ?? 0) / cw) };
}

/**
 * The shapes not drawn by Alur that lie over the SOP's actor cells: the step rows (first step row to
 * the table's last row) of the actor columns. A box counts when its centre is inside that area; a
 * connector when either end is, since a connector from lane to lane has its middle anywhere.
 */
export function shapesOverActorCells(doc: SopDoc, grid: Grid, prefix: string = DEFAULT_PREFIX): GridShape[] {
  if (doc.actors.length === 0 || doc.steps.length === 0) return [];
  const cols = doc.actors.map((a) => a.col);
  const left = Math.min(...cols);
  const right = Math.max(...cols) + 1; // exclusive, in fractional columns
  const top = Math.min(...doc.steps.map((s) => s.row));
  const bottom = doc.table.range.bottom + 1;
  const inside = (p: { row: number; col: number }) => p.row >= top && p.row < bottom && p.col >= left && p.col < right;
  return grid.shapes.filter((shape) => {
    if (isAlurShape(shape.name, prefix)) return false;
    const a = fractional(grid, shape.from);
    const b = fractional(grid, shape.to);
    if (shape.kind === 'connector') return inside(a) || inside(b);
    return inside({ row: (a.row + b.row) / 2, col: (a.col + b.col) / 2 });
  });
}
