/**
 * planFlowchart: an SOP and its sheet geometry -> the swimlane flowchart to draw over the actor columns.
 * The plan decides everything the hosts draw: besides places and routes, every shape's look, the label
 * boxes and the masks (look.ts); what a redraw replaces is decided by redraw.ts.
 *
 * Layout (SOP AP, PermenPAN-RB 35/2012): flow runs downwards, one symbol per step row, in the column of
 * the actor who does it. Choices made here:
 * - A symbol is centred in its actor's cell over the step's rows (all of them, for a step that spans
 *   rows), with a margin all round, so a box never leaves its cell. One size per kind in a plan (the
 *   smallest cell that still fits a readable symbol decides, leaving out the height of cells that share
 *   their rows with an off-page pentagon); a cell too small for that gets a smaller symbol of its own,
 *   and a warning when it is below the readable minimum.
 * - A step with several actors gets one symbol per actor lane, on the same row, joined left to right
 *   (or right to left) by straight "pair" connectors; the flow enters at the end nearest the previous
 *   step's lane and leaves from the other end. Drawing the actors as separate symbols keeps every lane
 *   honest (a "paired process" box spanning lanes would also cover the lanes in between).
 * - Flow connectors join consecutive drawn steps, bottom site to top site, as a straight line in one
 *   lane or an elbow (down, across in the gap between the two rows, down) between lanes.
 * - A decision's "Ya" goes down to the next step; its "Tidak" (and a "Ya" that jumps elsewhere, and a
 *   flow whose rows are out of order) is a loop: it leaves a side site of the step's outer symbol, runs
 *   down or up a corridor in the free margin at a lane's edge (beside the symbols, so it crosses none)
 *   and enters the target from the side. Its sides and corridor are chosen after the straight routes:
 *   round the right, round the left, or across when the target's lane lies to one side, whichever
 *   crosses the fewest other connectors, then is clearly shorter; else round the right, the usual
 *   loop. Several loops in one corridor get separate tracks.
 * - At each printed page break inside the table (a repeated header, or a manual page break) the flow
 *   is cut: the last step before it gets an off-page pentagon below its symbol, the first step after it
 *   one above its symbol, both carrying the same letter (A, B, C ...), with the flow going through them.
 */
import { a1, rangeA1, type Grid } from '../grid';
import { printedPageBreaks } from '../grid/pagination';
import type { SopDoc, StepDoc } from '../model';
import { SheetAxes } from './geometry';
import { dressPlan } from './look';
import { cellMarkersFor } from './cell-markers';
import type { FlowchartPlan, PlanOptions, PlanShapeKind, PlanWarning } from './types';
import { words, type Words } from './words';
import { stepKey } from '../step-key';
import type { DrawnStep, Lane, BreakGap } from './plan/parts';
import { layoutSlots, placeShapes } from './plan/placement';
import { routeConnectors } from './plan/routing';

export type { BreakGap } from './plan/parts';
export { crossingsBetween } from './plan/routing';

export const DEFAULT_PREFIX = 'Alur';

/** The name key of an actor: case and runs of white space do not matter. */
export function actorKey(name: string): string {
  return name
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase();
}

export function planFlowchart(doc: SopDoc, grid: Grid, opts: PlanOptions = {}): FlowchartPlan {
  const prefix = opts.prefix ?? DEFAULT_PREFIX;
  const w = words(opts.lang);
  const axes = new SheetAxes(grid);
  const tableCell = a1(doc.table.range.top, doc.table.range.left);
  const nameOf = (id: string) => `${prefix}:${tableCell}:${id}`;
  const warnings: PlanWarning[] = [];
  const plan: FlowchartPlan = {
    sheet: doc.sheet,
    tableRange: rangeA1(doc.table.range),
    prefix,
    shapes: [],
    connectors: [],
    warnings,
    cellMarkers: [],
    masks: [],
  };

  const lanes: Lane[] = [...doc.actors]
    .sort((p, q) => p.col - q.col)
    .map((actor) => ({ actor, col: actor.col, left: axes.colLeft(actor.col), right: axes.colRight(actor.col) }));
  const laneOf = new Map<string, number>();
  lanes.forEach((lane, i) => laneOf.set(actorKey(lane.actor.name), i));

  if (doc.steps.length === 0) {
    warnings.push({ code: 'no-steps', message: w.warn.noSteps() });
    return plan;
  }
  if (lanes.length === 0) {
    warnings.push({ code: 'no-lanes', message: w.warn.noLanes() });
    return plan;
  }

  const drawn = chooseLanes(doc, laneOf, w, warnings);
  const breaks = breakGaps(doc, grid, drawn);
  layoutSlots(drawn, breaks, axes);

  const shapes = placeShapes(drawn, breaks, lanes, axes, w, nameOf, warnings);
  const byId = new Map(shapes.map((s) => [s.id, s]));
  const connectors = routeConnectors(drawn, breaks, lanes, byId, axes, w, nameOf, warnings);

  plan.shapes = shapes;
  plan.connectors = connectors;
  dressPlan(plan, grid);
  const letterIn = new Map(breaks.map((b) => [b.index, b.letter]));
  const letterOut = new Map(breaks.map((b) => [b.index - 1, b.letter]));
  plan.cellMarkers = cellMarkersFor(
    drawn.map((d, i) => ({
      step: d.step,
      kind: d.kind,
      cols: d.chain.map((lane) => lanes[lane].col),
      letterIn: letterIn.get(i),
      letterOut: letterOut.get(i),
    })),
    w
  );
  return plan;
}

// ---------------------------------------------------------------------------------------------
// Lanes and shape ids

function symbolKind(step: StepDoc): PlanShapeKind {
  if (step.symbol === 'start' || step.symbol === 'end') return 'terminator';
  if (step.symbol === 'decision') return 'decision';
  return 'process';
}

/** "3" -> "3", "3.a" -> "3_a"; null when the number will not make a clean id. */
function idToken(no: string | null): string | null {
  if (no === null) return null;
  const t = no
    .trim()
    .replace(/[^0-9A-Za-z]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return t.length > 0 && t.length <= 12 ? t : null;
}

function chooseLanes(doc: SopDoc, laneOf: Map<string, number>, w: Words, warnings: PlanWarning[]): DrawnStep[] {
  // Step numbers make readable, stable ids; a number that repeats falls back to the row.
  const counts = new Map<string, number>();
  for (const s of doc.steps) {
    const t = idToken(s.no);
    if (t) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const drawn: DrawnStep[] = [];
  let prevExit: number | null = null;
  for (const step of doc.steps) {
    const key = stepKey(step);
    const lanesHere: number[] = [];
    for (const actor of step.actors) {
      const lane = laneOf.get(actorKey(actor));
      if (lane === undefined) {
        warnings.push({ code: 'unknown-actor', message: w.warn.unknownActor(key, actor), step: key });
      } else if (!lanesHere.includes(lane)) {
        lanesHere.push(lane);
      }
    }
    if (lanesHere.length === 0) {
      if (step.actors.length === 0) warnings.push({ code: 'no-actor', message: w.warn.noActor(key), step: key });
      continue;
    }
    lanesHere.sort((p, q) => p - q);
    // Enter at the end of the row nearest the previous step's lane, then cross the row.
    const first = lanesHere[0];
    const last = lanesHere[lanesHere.length - 1];
    const chain: number[] =
      prevExit !== null && Math.abs(last - prevExit) < Math.abs(first - prevExit)
        ? [...lanesHere].reverse()
        : lanesHere;
    const token = idToken(step.no);
    const base = token && counts.get(token) === 1 ? `s${token}` : `sr${step.row}`;
    const shapeIds = chain.map((_, i) => (i === 0 ? base : `${base}${String.fromCharCode(97 + i)}`));
    drawn.push({
      step,
      key,
      kind: symbolKind(step),
      chain,
      shapeIds,
      slotTop: 0,
      slotBottom: 0,
      spanTop: 0,
      spanBottom: 0,
    });
    prevExit = chain[chain.length - 1];
  }
  return drawn;
}

// ---------------------------------------------------------------------------------------------
// Page breaks

/** A, B, ..., Z, AA, AB, ... */
function letterFor(n: number): string {
  let s = '';
  let k = n + 1;
  while (k > 0) {
    const m = (k - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    k = Math.floor((k - 1) / 26);
  }
  return s;
}

/**
 * Gaps between consecutive drawn steps that a printed page break falls in: the table's repeated
 * headers and the sheet's printed breaks (manual, and automatic from its page setup: printedPageBreaks)
 * inside the table. Several breaks in one gap (a repeated header right after a manual break) make one
 * pair.
 */
function breakGaps(doc: SopDoc, grid: Grid, drawn: DrawnStep[]): BreakGap[] {
  const range = doc.table.range;
  const rows = new Set<number>(doc.table.pageBreakRows);
  for (const r of printedPageBreaks(grid)) if (r > range.top && r <= range.bottom) rows.add(r);
  const indexes = new Set<number>();
  for (const r of rows) {
    const i = drawn.findIndex((d) => d.step.row >= r);
    if (i > 0) indexes.add(i);
  }
  return [...indexes].sort((p, q) => p - q).map((index, k) => ({ index, letter: letterFor(k), pair: k + 1 }));
}
