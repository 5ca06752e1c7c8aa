/**
 * The flow through off-page connectors. Between two printed pages authors leave rows with no step,
 * holding a pair of pentagons (flowChartOffpageConnector, homePlate, pentagon) for each lane the flow
 * crosses the break in: a connector goes into the one, and leaves from its partner. Authors also use a
 * lettered pair to jump back to an earlier step without a long arrow. The partner is the pentagon with
 * the same label ("A" and "A"); unlabelled pentagons pair with the one in the same column on the other
 * side of a printed page break (the sheet's, manual or from its page setup, or a repeated header), or
 * else the one in the same column with no step between them (the rows an author leaves at a break).
 */
import { fold, type Grid, type GridShape } from '../grid';
import { printedPageBreaks } from '../grid/pagination';
import { ShapeLocator } from './marks';

/** A step's symbol: the shape, the step index, and the cell holding its centre. */
export interface FlowHit {
  shape: GridShape;
  step: number;
  col: number;
  row: number;
}

/** A branch of a decision that runs through an off-page pair. */
export interface ThroughBranch {
  from: FlowHit;
  to: FlowHit;
  /** The connector into the first pentagon. */
  into: GridShape;
  /** The connector out of its partner towards the step. */
  outOf: GridShape;
}

interface Pentagon {
  shape: GridShape;
  row: number;
  col: number;
  label: string;
}

type End = { hit: FlowHit } | { pentagon: Pentagon };

/** A pentagon's label: a short letter or number written in it ("A", "1", "B2"), upper case; "" when none. */
function labelOf(shape: GridShape): string {
  const t = fold(shape.text).toUpperCase();
  return /^[A-Z0-9]{1,3}$/.test(t) ? t : '';
}

/** Each pentagon's partners. */
function partnersOf(pentagons: Pentagon[], breaks: number[], stepRows: Set<number>): Map<Pentagon, Pentagon[]> {
  const out = new Map<Pentagon, Pentagon[]>(pentagons.map((p) => [p, []]));
  const byLabel = new Map<string, Pentagon[]>();
  for (const p of pentagons) if (p.label) byLabel.set(p.label, [...(byLabel.get(p.label) ?? []), p]);
  const paired = new Set<Pentagon>();
  for (const group of byLabel.values()) {
    if (group.length < 2) continue;
    for (const p of group) {
      out.set(
        p,
        group.filter((q) => q !== p)
      );
      paired.add(p);
    }
  }
  const across = (a: Pentagon, b: Pentagon) => {
    const [lo, hi] = a.row < b.row ? [a.row, b.row] : [b.row, a.row];
    return breaks.some((r) => r > lo && r <= hi);
  };
  const noStepBetween = (a: Pentagon, b: Pentagon) => {
    const [lo, hi] = a.row < b.row ? [a.row, b.row] : [b.row, a.row];
    for (let r = lo; r <= hi; r++) if (stepRows.has(r)) return false;
    return true;
  };
  const loose = pentagons.filter((p) => !paired.has(p));
  // Nearest pairs first, so that two pairs stacked in one lane do not cross.
  const pairs: [Pentagon, Pentagon, number][] = [];
  for (let i = 0; i < loose.length; i++) {
    for (let j = i + 1; j < loose.length; j++) {
      const [a, b] = [loose[i], loose[j]];
      if (a.col !== b.col || a.row === b.row) continue;
      const crosses = across(a, b);
      if (!crosses && !noStepBetween(a, b)) continue;
      // Across a break first, then the nearest.
      pairs.push([a, b, Math.abs(a.row - b.row) + (crosses ? 0 : 100_000)]);
    }
  }
  pairs.sort((x, y) => x[2] - y[2]);
  for (const [a, b] of pairs) {
    if (paired.has(a) || paired.has(b)) continue;
    out.set(a, [b]);
    out.set(b, [a]);
    paired.add(a);
    paired.add(b);
  }
  return out;
}

/**
 * Every branch that leaves a decision's symbol into a pentagon and arrives, from its partner (and any
 * further pairs after it), at another step's symbol.
 */
export function branchesThroughOffpage(
  grid: Grid,
  steps: { row: number; rowEnd: number }[],
  hits: FlowHit[],
  headerBreaks: number[],
  isDecision: (step: number) => boolean
): ThroughBranch[] {
  const locator = new ShapeLocator(grid);
  const pentagons: Pentagon[] = grid.shapes
    .filter((s) => s.kind === 'offpage')
    .map((shape) => ({ shape, ...locator.centre(shape), label: labelOf(shape) }));
  if (pentagons.length === 0) return [];
  const stepRows = new Set<number>();
  for (const s of steps) for (let r = s.row; r <= s.rowEnd; r++) stepRows.add(r);
  const breaks = [...new Set([...printedPageBreaks(grid), ...headerBreaks])];
  const partners = partnersOf(pentagons, breaks, stepRows);

  const hitById = new Map(hits.map((h) => [h.shape.id, h]));
  const pentagonById = new Map(pentagons.map((p) => [p.shape.id, p]));
  const byId = (id: string | undefined): End | undefined => {
    if (id === undefined) return undefined;
    const hit = hitById.get(id);
    if (hit) return { hit };
    const pentagon = pentagonById.get(id);
    return pentagon ? { pentagon } : undefined;
  };
  const at = (row: number, col: number): End[] => [
    ...hits.filter((h) => inBox(h.shape, row, col)).map((hit) => ({ hit })),
    ...pentagons.filter((p) => inBox(p.shape, row, col)).map((pentagon) => ({ pentagon })),
  ];

  /** A connector's start and end: by the ids it is glued with, else by the symbols at its corners. */
  const ends = (conn: GridShape): { start: End; end: End } | undefined => {
    const start = byId(conn.startShapeId);
    const end = byId(conn.endShapeId);
    if (start && end) return { start, end };
    // Unglued, its ends lie on two opposite corners of its box (which two, the file's flips tell, and a
    // grid keeps only the box): the diagonal with one symbol at each end, else the symbols at all corners.
    const diagonals = [
      [at(conn.from.row, conn.from.col), at(conn.to.row, conn.to.col)],
      [at(conn.from.row, conn.to.col), at(conn.to.row, conn.from.col)],
    ].filter(([p, q]) => p.length === 1 && q.length === 1 && !same(p[0], q[0]));
    let found: End[] = [];
    if (diagonals.length === 1) found = [diagonals[0][0][0], diagonals[0][1][0]];
    else {
      for (const [p, q] of [
        [conn.from.row, conn.from.col],
        [conn.to.row, conn.to.col],
        [conn.from.row, conn.to.col],
        [conn.to.row, conn.from.col],
      ]) {
        for (const e of at(p, q)) if (!found.some((f) => same(f, e))) found.push(e);
      }
    }
    if (found.length !== 2 || !found.some((e) => 'pentagon' in e)) return undefined;
    // Unglued: a decision is where it starts; otherwise the upper symbol.
    const decision = found.find((e) => 'hit' in e && isDecision(e.hit.step));
    const [a, b] = decision
      ? [decision, found.find((e) => e !== decision)!]
      : [...found].sort((x, y) => rowOf(x) - rowOf(y));
    return { start: a, end: b };
  };
  const links = grid.shapes
    .filter((s) => s.kind === 'connector')
    .map((conn) => ({ conn, ends: ends(conn) }))
    .filter((l): l is { conn: GridShape; ends: { start: End; end: End } } => l.ends !== undefined);

  /** The steps reached from a pentagon's partners, with the connector that reaches each. */
  const onFrom = (p: Pentagon, seen: Set<Pentagon>): { hit: FlowHit; conn: GridShape }[] => {
    const out: { hit: FlowHit; conn: GridShape }[] = [];
    for (const q of partners.get(p) ?? []) {
      if (seen.has(q)) continue;
      seen.add(q);
      for (const l of links) {
        if (!('pentagon' in l.ends.start) || l.ends.start.pentagon !== q) continue;
        const e = l.ends.end;
        if ('hit' in e) out.push({ hit: e.hit, conn: l.conn });
        else if (!seen.has(e.pentagon)) {
          seen.add(e.pentagon);
          out.push(...onFrom(e.pentagon, seen));
        }
      }
    }
    return out;
  };

  const out: ThroughBranch[] = [];
  for (const l of links) {
    const { start, end } = l.ends;
    if (!('hit' in start) || !('pentagon' in end) || !isDecision(start.hit.step)) continue;
    for (const { hit, conn } of onFrom(end.pentagon, new Set([end.pentagon]))) {
      if (hit.step !== start.hit.step) out.push({ from: start.hit, to: hit, into: l.conn, outOf: conn });
    }
  }
  return out;
}

function inBox(shape: GridShape, row: number, col: number): boolean {
  return row >= shape.from.row && row <= shape.to.row && col >= shape.from.col && col <= shape.to.col;
}

function same(a: End, b: End): boolean {
  if ('hit' in a && 'hit' in b) return a.hit === b.hit;
  if ('pentagon' in a && 'pentagon' in b) return a.pentagon === b.pentagon;
  return false;
}

function rowOf(e: End): number {
  return 'hit' in e ? e.hit.row : e.pentagon.row;
}
