/**
 * Sheet geometry for the planner: cumulative row tops and column lefts (so a 200-step table is not
 * summed again for every symbol), conversion of a box in points to a two-cell anchor, and the
 * segment-against-box test the router uses to keep connectors out of symbols.
 */
import { colWidth, rowHeight, type Grid } from '../grid';
import type { Box, PlanAnchor, PlanAnchorPoint, Point } from './types';

/** Prefix sums of row heights and column widths, grown on demand. */
export class SheetAxes {
  private readonly tops: number[] = [0, 0]; // tops[r] = top of row r (1-based); tops[1] = 0
  private readonly lefts: number[] = [0, 0];

  constructor(private readonly grid: Grid) {}

  rowTop(row: number): number {
    while (this.tops.length <= row) {
      const r = this.tops.length - 1;
      this.tops.push(this.tops[r] + rowHeight(this.grid, r));
    }
    return this.tops[row];
  }

  colLeft(col: number): number {
    while (this.lefts.length <= col) {
      const c = this.lefts.length - 1;
      this.lefts.push(this.lefts[c] + colWidth(this.grid, c));
    }
    return this.lefts[col];
  }

  rowBottom(row: number): number {
    return this.rowTop(row + 1);
  }

  colRight(col: number): number {
    return this.colLeft(col + 1);
  }

  /** The row a y coordinate falls in (a y on a border belongs to the row below it). */
  rowAt(y: number, hint = 1): number {
    let r = Math.max(1, hint);
    while (r > 1 && this.rowTop(r) > y) r--;
    while (this.rowTop(r + 1) <= y) r++;
    return r;
  }

  colAt(x: number, hint = 1): number {
    let c = Math.max(1, hint);
    while (c > 1 && this.colLeft(c) > x) c--;
    while (this.colLeft(c + 1) <= x) c++;
    return c;
  }

  anchorPoint(x: number, y: number, rowHint: number, colHint: number): PlanAnchorPoint {
    const row = this.rowAt(y, rowHint);
    const col = this.colAt(x, colHint);
    return { row, col, rowOffPt: round2(y - this.rowTop(row)), colOffPt: round2(x - this.colLeft(col)) };
  }

  /** The two-cell anchor of a box, for hosts that place shapes by cell (DrawingML twoCellAnchor). */
  anchor(box: Box, rowHint: number, colHint: number): PlanAnchor {
    return {
      from: this.anchorPoint(box.left, box.top, rowHint, colHint),
      to: this.anchorPoint(box.left + box.width, box.top + box.height, rowHint, colHint),
    };
  }
}

/** Round to 1/100 point: plans compare equal between runs and stay readable in test output. */
export function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

export function roundBox(b: Box): Box {
  return { left: round2(b.left), top: round2(b.top), width: round2(b.width), height: round2(b.height) };
}

export function boxRight(b: Box): number {
  return b.left + b.width;
}

export function boxBottom(b: Box): number {
  return b.top + b.height;
}

export function centreX(b: Box): number {
  return b.left + b.width / 2;
}

export function centreY(b: Box): number {
  return b.top + b.height / 2;
}

/**
 * Whether an axis-parallel segment enters the inside of a box. Touching the outline does not count:
 * a connector starts and ends on its shapes' outlines.
 */
export function segmentEntersBox(a: Point, b: Point, box: Box, tolerance = 0.01): boolean {
  const l = box.left + tolerance;
  const r = box.left + box.width - tolerance;
  const t = box.top + tolerance;
  const btm = box.top + box.height - tolerance;
  const minX = Math.min(a.x, b.x);
  const maxX = Math.max(a.x, b.x);
  const minY = Math.min(a.y, b.y);
  const maxY = Math.max(a.y, b.y);
  return maxX > l && minX < r && maxY > t && minY < btm;
}

/** The boxes a polyline enters. */
export function boxesCrossed<T extends { box: Box }>(points: Point[], items: T[]): T[] {
  const hit: T[] = [];
  for (const item of items) {
    for (let i = 1; i < points.length; i++) {
      if (segmentEntersBox(points[i - 1], points[i], item.box)) {
        hit.push(item);
        break;
      }
    }
  }
  return hit;
}

/** Drop repeated points and points in the middle of a straight run. */
export function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const q = { x: round2(p.x), y: round2(p.y) };
    const last = out[out.length - 1];
    if (last && last.x === q.x && last.y === q.y) continue;
    if (out.length >= 2) {
      const prev = out[out.length - 2];
      if ((prev.x === last.x && last.x === q.x) || (prev.y === last.y && last.y === q.y)) out.pop();
    }
    out.push(q);
  }
  return out;
}
