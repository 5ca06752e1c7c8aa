/**
 * An independent checker of a flowchart plan's geometry, written apart from the planner's own helpers
 * so that a bug in one is not hidden by the same bug in the other.
 */
import { colLeft, colWidth, rowTop, type Grid } from '../../../src/core/grid';
import type { SopDoc } from '../../../src/core/model';
import type { Box, FlowchartPlan, PlanConnector, PlanShape, Point } from '../../../src/core/flowchart';

const EPS = 0.02;

export function inside(inner: Box, outer: Box): boolean {
  return (
    inner.left >= outer.left - EPS &&
    inner.top >= outer.top - EPS &&
    inner.left + inner.width <= outer.left + outer.width + EPS &&
    inner.top + inner.height <= outer.top + outer.height + EPS
  );
}

export function overlap(a: Box, b: Box): boolean {
  return (
    a.left < b.left + b.width - EPS &&
    b.left < a.left + a.width - EPS &&
    a.top < b.top + b.height - EPS &&
    b.top < a.top + a.height - EPS
  );
}

/** The actor cell a step's symbol must lie in: the lane's column over all the step's rows. */
export function stepCell(doc: SopDoc, grid: Grid, shape: PlanShape): Box {
  const step = doc.steps.find((s) => (s.no ?? `row ${s.row}`) === shape.step)!;
  const top = rowTop(grid, step.row);
  return {
    left: colLeft(grid, shape.cell.col),
    top,
    width: colWidth(grid, shape.cell.col),
    height: rowTop(grid, step.rowEnd + 1) - top,
  };
}

/** Where DrawingML puts connection site `site` (0 top, 1 left, 2 bottom, 3 right) on a box. */
export function site(box: Box, n: number): Point {
  const cx = box.left + box.width / 2;
  const cy = box.top + box.height / 2;
  return [
    { x: cx, y: box.top },
    { x: box.left, y: cy },
    { x: cx, y: box.top + box.height },
    { x: box.left + box.width, y: cy },
  ][n];
}

function near(p: Point, q: Point): boolean {
  return Math.abs(p.x - q.x) < 0.05 && Math.abs(p.y - q.y) < 0.05;
}

/** Whether the open segment p-q passes through the inside of a box (touching its outline is allowed). */
function crosses(p: Point, q: Point, b: Box): boolean {
  const x1 = Math.min(p.x, q.x);
  const x2 = Math.max(p.x, q.x);
  const y1 = Math.min(p.y, q.y);
  const y2 = Math.max(p.y, q.y);
  return x2 > b.left + EPS && x1 < b.left + b.width - EPS && y2 > b.top + EPS && y1 < b.top + b.height - EPS;
}

/** Every problem with a connector, as readable strings (empty when it is fine). */
export function connectorProblems(plan: FlowchartPlan, c: PlanConnector): string[] {
  const problems: string[] = [];
  const from = plan.shapes.find((s) => s.id === c.from.shape);
  const to = plan.shapes.find((s) => s.id === c.to.shape);
  if (!from || !to) return [`${c.id}: joins a shape that is not in the plan`];
  if (c.points.length < 2) problems.push(`${c.id}: fewer than two points`);
  if (!near(c.points[0], site(from.box, c.from.site))) problems.push(`${c.id}: does not start on ${from.id} site ${c.from.site}`);
  if (!near(c.points[c.points.length - 1], site(to.box, c.to.site))) problems.push(`${c.id}: does not end on ${to.id} site ${c.to.site}`);
  for (let i = 1; i < c.points.length; i++) {
    const p = c.points[i - 1];
    const q = c.points[i];
    if (Math.abs(p.x - q.x) > EPS && Math.abs(p.y - q.y) > EPS) problems.push(`${c.id}: segment ${i} is not orthogonal`);
    for (const s of plan.shapes) if (crosses(p, q, s.box)) problems.push(`${c.id}: segment ${i} passes through ${s.id}`);
  }
  if (c.kind === 'straight' && c.points.length !== 2) problems.push(`${c.id}: straight with ${c.points.length} points`);
  return problems;
}

export function allConnectorProblems(plan: FlowchartPlan): string[] {
  return plan.connectors.flatMap((c) => connectorProblems(plan, c));
}

/**
 * Whether two segments properly intersect: they cross at one point inside both (touching at an end
 * point, or an end lying on the other segment, is not a crossing). Works for any segments, not only
 * orthogonal ones, by the signs of the cross products.
 */
export function segmentsCross(p1: Point, p2: Point, q1: Point, q2: Point): boolean {
  const orient = (a: Point, b: Point, c: Point) => {
    const v = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
    return Math.abs(v) < 1e-6 ? 0 : Math.sign(v);
  };
  const d1 = orient(q1, q2, p1);
  const d2 = orient(q1, q2, p2);
  const d3 = orient(p1, p2, q1);
  const d4 = orient(p1, p2, q2);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

/** The pairs of connectors whose lines cross, as "id × id" strings (one per crossing point). */
export function connectorCrossings(plan: FlowchartPlan): string[] {
  const out: string[] = [];
  const cs = plan.connectors;
  for (let i = 0; i < cs.length; i++)
    for (let j = i + 1; j < cs.length; j++)
      for (let a = 1; a < cs[i].points.length; a++)
        for (let b = 1; b < cs[j].points.length; b++)
          if (segmentsCross(cs[i].points[a - 1], cs[i].points[a], cs[j].points[b - 1], cs[j].points[b]))
            out.push(`${cs[i].id} × ${cs[j].id}`);
  return out;
}
