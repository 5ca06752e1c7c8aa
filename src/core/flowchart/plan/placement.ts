/**
 * Placement: each drawn step's band of rows (less the off-page slots at printed breaks) and its symbols,
 * centred in their actors' cells, one size per kind where the cells allow, smaller (with a warning) where not.
 */
import { SheetAxes, centreY, roundBox } from '../geometry';
import { symbolLook } from '../look';
import { PRESET_GEOMETRY, type Box, type PlanShape, type PlanShapeKind, type PlanWarning } from '../types';
import type { Words } from '../words';
import type { Size, DrawnStep, Lane, BreakGap } from './parts';

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

function offpageSlotHeight(span: number): number {
  return Math.min(PREFERRED.offpage.h + 2 * MARGIN_Y, span * 0.4);
}

export function layoutSlots(drawn: DrawnStep[], breaks: BreakGap[], axes: SheetAxes): void {
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

export function placeShapes(
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
