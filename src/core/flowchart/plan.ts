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
import type { ActorLane, Branch, SopDoc, StepDoc } from '../model';
import { SheetAxes, boxBottom, boxRight, boxesCrossed, centreX, centreY, roundBox, simplify } from './geometry';
import { CONNECTOR_LOOK, dressPlan, symbolLook } from './look';
import { markersFor } from './markers';
import {
  PRESET_GEOMETRY,
  SITE,
  type Box,
  type FlowchartPlan,
  type PlanConnector,
  type PlanOptions,
  type PlanShape,
  type PlanShapeKind,
  type PlanWarning,
  type Point,
  type Site,
} from './types';
import { words, type Words } from './words';
import { stepKey } from '../step-key';

export const DEFAULT_PREFIX = 'Alur';

interface Size {
  w: number;
  h: number;
}

/** Preferred symbol sizes in points: a decision a bit larger, a terminator wider than tall. */
const PREFERRED: Record<PlanShapeKind, Size> = {
  terminator: { w: 60, h: 24 },
  process: { w: 60, h: 28 },
  decision: { w: 66, h: 36 },
  offpage: { w: 20, h: 18 },
};

/** Below these a symbol is hard to read: a cell that cannot hold them gets a warning. */
const MINIMUM: Record<PlanShapeKind, Size> = {
  terminator: { w: 24, h: 10 },
  process: { w: 20, h: 10 },
  decision: { w: 24, h: 14 },
  offpage: { w: 10, h: 9 },
};

const MARGIN_X = 6;
/**
 * Above and below a symbol: enough free space in the cell for an elbow to turn in (between the symbol
 * and the cell's border, never on it), a sixth of a low row at most.
 */
const MARGIN_Y = 5;
/** How close (points) a connector's horizontal run may come to a row border: closer, it prints on it. */
const BORDER_CLEARANCE = 1.5;

/** The name key of an actor: case and runs of white space do not matter. */
export function actorKey(name: string): string {
  return name
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** A drawn step: its lanes in the order the flow passes them. */
interface DrawnStep {
  step: StepDoc;
  key: string;
  kind: PlanShapeKind;
  /** Lane indexes (into the sorted lanes) in chain order: chain[0] is entered, the last is left. */
  chain: number[];
  shapeIds: string[];
  /** Vertical band the step's symbols are centred in (its rows, less any off-page slots). */
  slotTop: number;
  slotBottom: number;
  spanTop: number;
  spanBottom: number;
  offpageIn?: string;
  offpageOut?: string;
}

interface Lane {
  actor: ActorLane;
  col: number;
  left: number;
  right: number;
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
  plan.cellMarkers = markersFor(
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

/** A page break between drawn steps `index - 1` and `index`, with its off-page letter. */
export interface BreakGap {
  index: number;
  letter: string;
  pair: number;
}

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

// ---------------------------------------------------------------------------------------------
// Geometry

function offpageSlotHeight(span: number): number {
  return Math.min(PREFERRED.offpage.h + 2 * MARGIN_Y, span * 0.4);
}

function layoutSlots(drawn: DrawnStep[], breaks: BreakGap[], axes: SheetAxes): void {
  const before = new Set(breaks.map((b) => b.index - 1));
  const after = new Set(breaks.map((b) => b.index));
  drawn.forEach((d, i) => {
    d.spanTop = axes.rowTop(d.step.row);
    d.spanBottom = axes.rowBottom(Math.max(d.step.row, d.step.rowEnd));
    const op = offpageSlotHeight(d.spanBottom - d.spanTop);
    d.slotTop = d.spanTop + (after.has(i) ? op : 0);
    d.slotBottom = d.spanBottom - (before.has(i) ? op : 0);
  });
}

function marginX(width: number): number {
  return Math.min(MARGIN_X, width * 0.12);
}

function marginY(height: number): number {
  return Math.min(MARGIN_Y, height * 0.16);
}

/** Room for a symbol in a band of a lane: the band less the margins. */
function room(lane: Lane, top: number, bottom: number): Size {
  const width = lane.right - lane.left;
  const height = bottom - top;
  return { w: Math.max(0, width - 2 * marginX(width)), h: Math.max(0, height - 2 * marginY(height)) };
}

/** One size per kind: the preferred size, shrunk to the smallest room that still fits the minimum. */
function uniformSize(kind: PlanShapeKind, rooms: Size[]): Size {
  const pref = PREFERRED[kind];
  const min = MINIMUM[kind];
  let w = pref.w;
  let h = pref.h;
  for (const r of rooms) {
    if (r.w >= min.w) w = Math.min(w, r.w);
    if (r.h >= min.h) h = Math.min(h, r.h);
  }
  if (kind === 'terminator') h = Math.min(h, w * 0.6);
  return { w, h };
}

function centredBox(cx: number, cy: number, size: Size): Box {
  return { left: cx - size.w / 2, top: cy - size.h / 2, width: size.w, height: size.h };
}

function truncate(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

function placeShapes(
  drawn: DrawnStep[],
  breaks: BreakGap[],
  lanes: Lane[],
  axes: SheetAxes,
  w: Words,
  nameOf: (id: string) => string,
  warnings: PlanWarning[]
): PlanShape[] {
  // Rooms first, so that each kind gets one size for the whole plan. A step that shares its rows with
  // an off-page pentagon has only part of their height for its symbol: that one crowded cell must not
  // shrink every symbol of its kind, so it counts for the width alone and, where it needs to, gets a
  // lower symbol of its own (fit below).
  const rooms: Record<PlanShapeKind, Size[]> = { terminator: [], process: [], decision: [], offpage: [] };
  const stepRoom = drawn.map((d) => d.chain.map((lane) => room(lanes[lane], d.slotTop, d.slotBottom)));
  const atBreak = new Set(breaks.flatMap((b) => [b.index - 1, b.index]));
  drawn.forEach((d, i) =>
    rooms[d.kind].push(...stepRoom[i].map((r) => (atBreak.has(i) ? { w: r.w, h: Number.POSITIVE_INFINITY } : r)))
  );
  const opRoom = (d: DrawnStep, lane: number) => room(lanes[lane], 0, offpageSlotHeight(d.spanBottom - d.spanTop));
  for (const b of breaks) {
    const out = drawn[b.index - 1];
    const inn = drawn[b.index];
    rooms.offpage.push(opRoom(out, out.chain[out.chain.length - 1]), opRoom(inn, inn.chain[0]));
  }
  const sizes = {
    terminator: uniformSize('terminator', rooms.terminator),
    process: uniformSize('process', rooms.process),
    decision: uniformSize('decision', rooms.decision),
    offpage: uniformSize('offpage', rooms.offpage),
  };
  const fit = (kind: PlanShapeKind, r: Size, key: string, actor: string): Size => {
    const s = { w: Math.min(sizes[kind].w, r.w), h: Math.min(sizes[kind].h, r.h) };
    if (r.w < MINIMUM[kind].w || r.h < MINIMUM[kind].h) {
      warnings.push({ code: 'small-cell', message: w.warn.smallCell(key, actor), step: key });
    }
    return s;
  };

  const shapes: PlanShape[] = [];
  const make = (
    id: string,
    kind: PlanShapeKind,
    text: string,
    description: string,
    d: DrawnStep,
    lane: Lane,
    box: Box
  ): PlanShape => {
    const rounded = roundBox(box);
    return {
      id,
      name: nameOf(id),
      description,
      kind,
      preset: PRESET_GEOMETRY[kind],
      text,
      step: d.key,
      actor: lane.actor.name,
      cell: { row: axes.rowAt(centreY(box), d.step.row), col: lane.col },
      box: rounded,
      anchor: axes.anchor(rounded, d.step.row, lane.col),
      look: symbolLook({ text, box: rounded, kind }),
    };
  };
  const breakIn = new Map(breaks.map((b) => [b.index, b]));
  const breakOut = new Map(breaks.map((b) => [b.index - 1, b]));

  drawn.forEach((d, i) => {
    const opH = offpageSlotHeight(d.spanBottom - d.spanTop);
    const bin = breakIn.get(i);
    if (bin) {
      const lane = lanes[d.chain[0]];
      const size = fit('offpage', opRoom(d, d.chain[0]), d.key, lane.actor.name);
      const id = `p${bin.pair}b`;
      d.offpageIn = id;
      const box = centredBox((lane.left + lane.right) / 2, d.spanTop + opH / 2, size);
      shapes.push(make(id, 'offpage', bin.letter, w.offpageIn(bin.letter), d, lane, box));
    }
    const kindWord = d.step.symbol === 'start' ? w.kind.start : d.step.symbol === 'end' ? w.kind.end : w.kind[d.kind];
    const text =
      d.kind === 'terminator'
        ? d.step.symbol === 'end'
          ? w.end
          : d.step.symbol === 'start'
            ? w.start
            : (d.step.no ?? '')
        : (d.step.no ?? '');
    d.chain.forEach((laneIndex, k) => {
      const lane = lanes[laneIndex];
      const size = fit(d.kind, stepRoom[i][k], d.key, lane.actor.name);
      const box = centredBox((lane.left + lane.right) / 2, (d.slotTop + d.slotBottom) / 2, size);
      const description = `${w.step} ${d.key}: ${truncate(d.step.uraian, 90)} (${kindWord}, ${lane.actor.name})`;
      shapes.push(make(d.shapeIds[k], d.kind, text, description, d, lane, box));
    });
    const bout = breakOut.get(i);
    if (bout) {
      const laneIndex = d.chain[d.chain.length - 1];
      const lane = lanes[laneIndex];
      const size = fit('offpage', opRoom(d, laneIndex), d.key, lane.actor.name);
      const id = `p${bout.pair}a`;
      d.offpageOut = id;
      const box = centredBox((lane.left + lane.right) / 2, d.spanBottom - opH / 2, size);
      shapes.push(make(id, 'offpage', bout.letter, w.offpageOut(bout.letter), d, lane, box));
    }
  });
  return shapes;
}

// ---------------------------------------------------------------------------------------------
// Connectors

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

function routeConnectors(
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
