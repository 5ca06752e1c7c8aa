/**
 * Routing: the connectors between drawn steps (straight, elbows between lanes, pairs across a step's
 * lanes, through off-page pentagons at breaks) and the loops of decisions, each round the side and
 * corridor that crosses the fewest other connectors.
 */
import type { Branch } from '../../model';
import { SheetAxes, boxBottom, boxRight, boxesCrossed, centreX, centreY, simplify } from '../geometry';
import { CONNECTOR_LOOK } from '../look';
import { SITE, type PlanConnector, type PlanShape, type PlanWarning, type Point, type Site } from '../types';
import type { Words } from '../words';
import type { DrawnStep, Lane, BreakGap } from './parts';

/** How close (points) a connector's horizontal run may come to a row border: closer, it prints on it. */
const BORDER_CLEARANCE = 1.5;

interface Pending {
  id: string;
  from: PlanShape;
  fromSite: Site;
  to: PlanShape;
  toSite: Site;
  label: string | null;
  role: PlanConnector['role'];
  /**
   * For a route that cannot go straight down (a branch, a jump, rows out of order): the symbols it may
   * leave from and enter, by side. Its sides and corridor are chosen once the straight routes are known.
   */
  loop?: LoopEnds;
  points?: Point[];
}

/** The symbols a loop may join: the step's left-most and right-most symbol at each end. */
interface LoopEnds {
  /** How the connector's id starts ("c", "ya", "tidak"); the chosen symbols' ids follow. */
  tag: string;
  fromLeft: PlanShape;
  fromRight: PlanShape;
  toLeft: PlanShape;
  toRight: PlanShape;
}

export function routeConnectors(
  drawn: DrawnStep[],
  breaks: BreakGap[],
  lanes: Lane[],
  byId: Map<string, PlanShape>,
  axes: SheetAxes,
  w: Words,
  nameOf: (id: string) => string,
  warnings: PlanWarning[]
): PlanConnector[] {
  const shapes = [...byId.values()];
  const laneIndexOf = new Map(lanes.map((l, i) => [l.col, i]));
  const laneOfShape = (s: PlanShape): number => laneIndexOf.get(s.cell.col) ?? 0;
  const entry = (d: DrawnStep) => byId.get(d.shapeIds[0])!;
  const exit = (d: DrawnStep) => byId.get(d.shapeIds[d.shapeIds.length - 1])!;
  const rightmost = (d: DrawnStep) => byId.get(d.shapeIds[d.chain.indexOf(Math.max(...d.chain))])!;
  const leftmost = (d: DrawnStep) => byId.get(d.shapeIds[d.chain.indexOf(Math.min(...d.chain))])!;
  const indexOfKey = new Map<string, number>();
  drawn.forEach((d, i) => {
    if (!indexOfKey.has(d.key)) indexOfKey.set(d.key, i);
  });
  const gapAt = new Map(breaks.map((b) => [b.index, b]));
  const pending: Pending[] = [];

  const flow = (from: PlanShape, to: PlanShape, label: string | null, role: Pending['role'] = 'flow') => {
    if (centreY(to.box) > centreY(from.box) && to.box.top >= boxBottom(from.box)) {
      pending.push({ id: `c.${from.id}.${to.id}`, from, fromSite: SITE.bottom, to, toSite: SITE.top, label, role });
    } else {
      // Rows out of order: go round the symbols, like a loop back.
      pending.push({
        id: `c.${from.id}.${to.id}`,
        from,
        fromSite: SITE.right,
        to,
        toSite: SITE.right,
        label,
        role,
        loop: { tag: 'c', fromLeft: from, fromRight: from, toLeft: to, toRight: to },
      });
    }
  };

  drawn.forEach((d, i) => {
    // The actors of one step, joined across the row.
    for (let k = 1; k < d.shapeIds.length; k++) {
      const a = byId.get(d.shapeIds[k - 1])!;
      const b = byId.get(d.shapeIds[k])!;
      const rightwards = b.box.left > a.box.left;
      pending.push({
        id: `c.${a.id}.${b.id}`,
        from: a,
        fromSite: rightwards ? SITE.right : SITE.left,
        to: b,
        toSite: rightwards ? SITE.left : SITE.right,
        label: null,
        role: 'pair',
      });
    }
    if (d.offpageIn) flow(byId.get(d.offpageIn)!, entry(d), null);

    // Where the flow goes from this step.
    const next = i + 1 < drawn.length ? i + 1 : null;
    let downLabel: string | null = null;
    let goDown = next !== null;
    if (d.kind === 'decision') {
      const ya = firstBranch(d.step.branches, 'ya');
      const tidak = firstBranch(d.step.branches, 'tidak');
      const resolve = (b: Branch | undefined, label: string): number | null | undefined => {
        if (!b) return undefined;
        const j = b.target === null ? undefined : indexOfKey.get(b.target);
        if (j === undefined) {
          warnings.push({ code: 'branch-target', message: w.warn.branchTarget(d.key, label, b.target), step: d.key });
          return null;
        }
        return j;
      };
      const yaAt = resolve(ya, w.yes);
      const tidakAt = resolve(tidak, w.no);
      const yaElsewhere = typeof yaAt === 'number' && yaAt !== next;
      const tidakElsewhere = typeof tidakAt === 'number' && tidakAt !== next;
      if (!yaElsewhere) downLabel = w.yes;
      else if (!tidakElsewhere) downLabel = w.no;
      else goDown = false;
      const branchTo = (j: number, label: string, tag: string) => {
        if (j === i) return; // a decision looping onto itself draws nothing useful
        const from = rightmost(d);
        const to = rightmost(drawn[j]);
        pending.push({
          id: `${tag}.${from.id}.${to.id}`,
          from,
          fromSite: SITE.right,
          to,
          toSite: SITE.right,
          label,
          role: 'branch',
          loop: { tag, fromLeft: leftmost(d), fromRight: from, toLeft: leftmost(drawn[j]), toRight: to },
        });
      };
      if (yaElsewhere) branchTo(yaAt as number, w.yes, 'ya');
      if (tidakElsewhere) branchTo(tidakAt as number, w.no, 'tidak');
    }
    if (next !== null && goDown) {
      if (d.offpageOut) flow(exit(d), byId.get(d.offpageOut)!, downLabel);
      else if (!gapAt.has(next)) flow(exit(d), entry(drawn[next]), downLabel);
    } else if (d.offpageOut && next !== null) {
      // The flow does not go down from here, yet the page still ends: keep the pentagon joined.
      flow(exit(d), byId.get(d.offpageOut)!, null);
    }
  });

  // Straight runs and elbows first: the loops then pick the corridors that cross the fewest of them.
  for (const p of pending) if (!p.loop) p.points = directRoute(p, shapes, axes);
  routeLoops(pending, lanes, shapes, laneOfShape);
  return pending.map((p) => finish(p, shapes, w, nameOf, warnings));
}

function firstBranch(branches: Branch[], label: Branch['label']): Branch | undefined {
  return branches.find((b) => b.label === label);
}

/** A vertical track for loops: the free margin at one edge of a lane, beside its symbols. */
interface Corridor {
  /** The margin's inner and outer x: tracks are spread between them, the first nearest the outer edge. */
  inner: number;
  outer: number;
  routes: Pending[];
}

/** One way a loop can go: the sides it leaves and enters by and the corridor it runs along. */
interface LoopCandidate {
  from: PlanShape;
  fromSite: Site;
  to: PlanShape;
  toSite: Site;
  corridor: Corridor;
}

/**
 * Routes every loop (a branch, a jump, a flow whose rows are out of order) as: out of a side site,
 * across to a corridor in the margin at a lane's edge, along it, and into a side site of the target.
 * Each loop tries leaving and entering by the right or the left (the same side round the symbols, or
 * opposite sides when the target's lane lies that way) and every corridor its run could use, and takes
 * the one that passes through no symbol, crosses the fewest other connectors, then is clearly the
 * shortest; otherwise the classic right-hand loop. Several loops in one corridor get separate tracks.
 */
function routeLoops(pending: Pending[], lanes: Lane[], shapes: PlanShape[], laneOf: (s: PlanShape) => number): void {
  const corridors = new Map<string, Corridor>();
  const corridor = (laneIndex: number, edge: 'left' | 'right'): Corridor => {
    const key = `${laneIndex}${edge}`;
    let c = corridors.get(key);
    if (!c) {
      const lane = lanes[laneIndex];
      const mid = (lane.left + lane.right) / 2;
      let inner = mid;
      for (const s of shapes) {
        if (s.cell.col !== lane.col) continue;
        inner = edge === 'right' ? Math.max(inner, boxRight(s.box)) : Math.min(inner, s.box.left);
      }
      c = { inner, outer: edge === 'right' ? lane.right : lane.left, routes: [] };
      corridors.set(key, c);
    }
    return c;
  };
  const trackX = (c: Corridor, k: number, n: number) => c.outer + ((c.inner - c.outer) * (k + 1)) / (n + 1);
  const pathOf = (cand: LoopCandidate, x: number): Point[] => {
    const a = sitePoint(cand.from, cand.fromSite);
    const b = sitePoint(cand.to, cand.toSite);
    return [a, { x, y: a.y }, { x, y: b.y }, b];
  };

  const fixed = pending.filter((p) => !p.loop);
  for (const p of pending) {
    const ends = p.loop;
    if (!ends) continue;
    const candidates: LoopCandidate[] = [];
    const add = (
      from: PlanShape,
      fromSite: Site,
      to: PlanShape,
      toSite: Site,
      laneIndex: number,
      edge: 'left' | 'right'
    ) => candidates.push({ from, fromSite, to, toSite, corridor: corridor(laneIndex, edge) });
    const fromL = laneOf(ends.fromLeft);
    const fromR = laneOf(ends.fromRight);
    const toL = laneOf(ends.toLeft);
    const toR = laneOf(ends.toRight);
    // Round the right of both symbols: the right edge of the outer lane, or of any lane further out.
    for (let l = Math.max(fromR, toR); l < lanes.length; l++)
      add(ends.fromRight, SITE.right, ends.toRight, SITE.right, l, 'right');
    // Round the left of both symbols.
    for (let l = Math.min(fromL, toL); l >= 0; l--) add(ends.fromLeft, SITE.left, ends.toLeft, SITE.left, l, 'left');
    // Across, when the target lies wholly to one side: a corridor in a lane between them.
    for (let l = fromR; l < toL; l++) {
      add(ends.fromRight, SITE.right, ends.toLeft, SITE.left, l, 'right');
      add(ends.fromRight, SITE.right, ends.toLeft, SITE.left, l + 1, 'left');
    }
    for (let l = fromL; l > toR; l--) {
      add(ends.fromLeft, SITE.left, ends.toRight, SITE.right, l, 'left');
      add(ends.fromLeft, SITE.left, ends.toRight, SITE.right, l - 1, 'right');
    }
    const others = [...fixed, ...pending.filter((q) => q !== p && q.loop && q.points)].map((q) => q.points!);
    let best: { cand: LoopCandidate; score: number[] } | null = null;
    for (const cand of candidates) {
      const n = cand.corridor.routes.length;
      const path = pathOf(cand, trackX(cand.corridor, n, n + 1));
      const score = [
        boxesCrossed(path, shapes).length,
        others.reduce((sum, o) => sum + crossingsBetween(path, o), 0),
        pathLength(path),
      ];
      if (!best || lexLess(score, best.score)) best = { cand, score };
    }
    const chosen = best!.cand;
    p.from = chosen.from;
    p.fromSite = chosen.fromSite;
    p.to = chosen.to;
    p.toSite = chosen.toSite;
    p.id = `${ends.tag}.${chosen.from.id}.${chosen.to.id}`;
    chosen.corridor.routes.push(p);
    // Spread the corridor's tracks again, now that it holds one more.
    const n = chosen.corridor.routes.length;
    chosen.corridor.routes.forEach((q, k) => {
      const a = sitePoint(q.from, q.fromSite);
      const b = sitePoint(q.to, q.toSite);
      const x = trackX(chosen.corridor, k, n);
      q.points = [a, { x, y: a.y }, { x, y: b.y }, b];
    });
  }
}

/**
 * Scores compare item by item (counts exactly). The last item, the length, only decides when one route
 * is clearly shorter (by a tenth): a few points are not worth leaving the usual right-hand loop for.
 */
function lexLess(p: number[], q: number[]): boolean {
  for (let i = 0; i < p.length; i++) {
    const slack = i === p.length - 1 ? 0.1 * Math.min(p[i], q[i]) : 0;
    if (p[i] < q[i] - slack) return true;
    if (p[i] > q[i] + slack) return false;
  }
  return false;
}

function pathLength(points: Point[]): number {
  let sum = 0;
  for (let i = 1; i < points.length; i++)
    sum += Math.abs(points[i].x - points[i - 1].x) + Math.abs(points[i].y - points[i - 1].y);
  return sum;
}

/**
 * How many times two orthogonal polylines cross: a horizontal and a vertical segment meeting strictly
 * inside both (meeting at an end, as two connectors into one site do, is no crossing), and a run that
 * lies on top of another run (the two lines would merge into one).
 */
export function crossingsBetween(p: Point[], q: Point[]): number {
  const EPS = 0.05;
  const inside = (v: number, a: number, b: number) => v > Math.min(a, b) + EPS && v < Math.max(a, b) - EPS;
  const overlapLen = (a1: number, a2: number, b1: number, b2: number) =>
    Math.min(Math.max(a1, a2), Math.max(b1, b2)) - Math.max(Math.min(a1, a2), Math.min(b1, b2));
  let n = 0;
  for (let i = 1; i < p.length; i++) {
    const [a, b] = [p[i - 1], p[i]];
    const aH = Math.abs(a.y - b.y) < EPS;
    for (let j = 1; j < q.length; j++) {
      const [c, d] = [q[j - 1], q[j]];
      const cH = Math.abs(c.y - d.y) < EPS;
      if (aH && !cH) {
        if (inside(c.x, a.x, b.x) && inside(a.y, c.y, d.y)) n++;
      } else if (!aH && cH) {
        if (inside(a.x, c.x, d.x) && inside(c.y, a.y, b.y)) n++;
      } else if (aH && cH) {
        if (Math.abs(a.y - c.y) < EPS && overlapLen(a.x, b.x, c.x, d.x) > EPS) n++;
      } else if (Math.abs(a.x - c.x) < EPS && overlapLen(a.y, b.y, c.y, d.y) > EPS) n++;
    }
  }
  return n;
}

function sitePoint(s: PlanShape, site: Site): Point {
  const b = s.box;
  switch (site) {
    case SITE.top:
      return { x: centreX(b), y: b.top };
    case SITE.left:
      return { x: b.left, y: centreY(b) };
    case SITE.bottom:
      return { x: centreX(b), y: boxBottom(b) };
    default:
      return { x: boxRight(b), y: centreY(b) };
  }
}

/** The row borders strictly between two heights (the tops of the rows below the first). */
function rowBordersBetween(axes: SheetAxes, top: number, bottom: number): number[] {
  const out: number[] = [];
  for (let r = axes.rowAt(top) + 1; axes.rowTop(r) < bottom; r++) out.push(axes.rowTop(r));
  return out;
}

/**
 * Heights for the horizontal run of an elbow between a symbol's bottom (top) and the next one's top
 * (bottom), best first. Symbols sit centred in their rows, so the middle of the gap is usually the
 * border between the two steps' rows, where the line would print over the cell border. The run goes
 * instead through the middle of the free space in the upper cell, below the upper symbol (the line
 * turns right after leaving it, and the long drop gives the arrowhead room), else in the lower cell,
 * else the middle of a gap no border crosses; a height too close to any row border is no candidate.
 */
function elbowHeights(axes: SheetAxes, top: number, bottom: number): number[] {
  const borders = rowBordersBetween(axes, top, bottom);
  const gap = bottom - top;
  const wanted =
    borders.length > 0
      ? [(top + borders[0]) / 2, (borders[borders.length - 1] + bottom) / 2, top + gap / 2]
      : [top + gap / 2];
  const clear = (y: number) => borders.every((b) => Math.abs(y - b) >= Math.min(BORDER_CLEARANCE, gap / 4));
  const heights = wanted.filter(clear);
  // The old fallbacks: close to either symbol.
  heights.push(top + Math.min(4, gap / 4), bottom - Math.min(4, gap / 4), top + gap / 2);
  return heights;
}

/** A connector that needs no corridor: straight, or down-across-down between two rows. */
function directRoute(p: Pending, shapes: PlanShape[], axes: SheetAxes): Point[] {
  const a = sitePoint(p.from, p.fromSite);
  const b = sitePoint(p.to, p.toSite);
  if (Math.abs(a.x - b.x) < 0.01 || Math.abs(a.y - b.y) < 0.01) return [a, b];
  // Down, across in the gap between the two symbols (clear of the row borders), down.
  const heights = elbowHeights(axes, Math.min(a.y, b.y), Math.max(a.y, b.y));
  const routes = heights.map((ym) => [a, { x: a.x, y: ym }, { x: b.x, y: ym }, b]);
  return routes.find((r) => boxesCrossed(r, shapes).length === 0) ?? routes[0];
}

function finish(
  p: Pending,
  shapes: PlanShape[],
  w: Words,
  nameOf: (id: string) => string,
  warnings: PlanWarning[]
): PlanConnector {
  const simple = simplify(p.points!);
  if (boxesCrossed(simple, shapes).length > 0) {
    warnings.push({ code: 'route-blocked', message: w.warn.routeBlocked(p.id) });
  }
  return {
    id: p.id,
    name: nameOf(p.id),
    from: { shape: p.from.id, site: p.fromSite },
    to: { shape: p.to.id, site: p.toSite },
    points: simple,
    arrow: 'end',
    label: p.label,
    role: p.role,
    kind: simple.length === 2 ? 'straight' : 'elbow',
    description: `${p.from.id} → ${p.to.id}${p.label ? ` (${p.label})` : ''}`,
    look: { ...CONNECTOR_LOOK },
  };
}
