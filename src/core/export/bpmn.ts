/**
 * Sop -> BPMN 2.0 XML with its diagram (bpmndi), for `alur export --format bpmn` and for opening an SOP
 * in any BPMN tool (bpmn.io, Camunda Modeler, Signavio ...). The model is built with bpmn-moddle, so
 * the XML is what the BPMN 2.0 meta-model says, and read back by the same library in the tests.
 *
 * What becomes what (choices made so that the diagram reads well in bpmn-js):
 * - The SOP is one pool (a collaboration with one participant named after the SOP) whose process has
 *   one lane per actor who carries a step, in the order of the actor columns, plus a lane
 *   "(tanpa pelaksana)" when a step has no actor marked, so that no step is lost.
 * - Every step whose Uraian is an activity is a task named with its Uraian, with the step's
 *   Kelengkapan, Waktu, Output, Keterangan and source cell in its documentation. The "Mulai" and
 *   "Selesai" terminators of the SOP AP format mark the first and last activity, they are not steps
 *   of their own: so the diagram always opens with a startEvent before the first step's task and
 *   closes with an endEvent after the last one (a circle with a long Uraian under it reads badly).
 * - A decision step is an exclusiveGateway named with its Uraian; its "Ya" flow goes to the next step
 *   (or to the branch's target where the SOP names one), its "Tidak" flow to the branch target the
 *   parser read (often back to an earlier step). A decision without a readable target has only "Ya".
 * - A step with two actors is one task in the first actor's lane; its documentation names them all
 *   (one task per lane joined by flows would invent a hand-over the SOP does not describe).
 *
 * Layout: lanes as rows and the flow left to right by default (`orientation: 'vertical'` gives lanes
 * as columns and the flow top to bottom, like the sheet, with lane widths following the actor columns'
 * widths in the grid as the least). Every node gets its own slot along the flow, in step order, so
 * nothing overlaps; flows to the next slot bend in the gap between slots, loops back and jumps run
 * past the nodes on the far side. Events and gateways have bpmn-js's sizes; a task is 100x80 or as
 * big as its Uraian needs in bpmn-js's 12 px Arial (estimated from Arial's widths, checked in
 * bpmn-js itself by tests/e2e/bpmn.test.ts); lanes grow to hold their biggest node and to write their
 * name in two lines of the 30 px band bpmn-js draws it in. Labels (a gateway's question, Ya/Tidak)
 * have explicit bounds off the flows. Ids are NCNames derived from rows and columns, so exporting the
 * same SOP twice gives the same XML.
 */
import { BpmnModdle } from 'bpmn-moddle';
import { colWidth, type Grid } from '../grid';
import type { Lang, Sop, SopDoc, Step, StepDoc } from '../model';
import { stepCell } from './data-sop';

export interface BpmnOptions {
  lang?: Lang;
  /** 'horizontal' (default): lanes as rows, flow left to right. 'vertical': lanes as columns. */
  orientation?: 'horizontal' | 'vertical';
}

/** bpmn-js's default sizes, in diagram pixels: the least a node gets. */
export const BPMN_SIZES = {
  task: { width: 100, height: 80 },
  event: { width: 36, height: 36 },
  gateway: { width: 50, height: 50 },
} as const;

/** Width of the band bpmn-js writes a pool's or a lane's name in (two lines of its 12 px text). */
const LABEL_BAND = 30;
/** Least room along the flow for each node. */
const SLOT = 150;
/** Free space along the flow between two nodes' boxes (and their labels). */
const GAP = 50;
/** A lane's least size across the flow. */
const LANE_SIZE = 150;
/** Space kept between a lane's edge and the boxes in it (room for the loops that run below). */
const LANE_MARGIN = 25;
/** Where the pool's top-left corner sits (bpmn-js's own diagrams start about here). */
const ORIGIN = { x: 160, y: 80 };
/** Sheet points to screen pixels. */
const PX_PER_PT = 4 / 3;
/** How far past the nodes it passes a loop back (or a jump ahead) runs. */
const LOOP_GAP = 20;
/** The widest a task grows before it grows taller instead (horizontal layout). */
const TASK_MAX_WIDTH = 160;

/**
 * bpmn-js's text: Arial (Liberation Sans on Linux) at 12 px inside tasks and lane bands, 11 px for the
 * labels outside a shape (events, gateways, flows), 1.2 lines, 7 px padding inside a task.
 */
const FONT = { inside: 12, outside: 11, lineHeight: 1.2, taskPadding: 7 } as const;

/** Advance widths of Arial's characters in 1/1000 em (the few the SOPs use; others count as 'n'). */
const ARIAL_WIDTHS: Record<string, number> = (() => {
  const w: Record<string, number> = { ' ': 278 };
  const groups: [string, number][] = [
    ["ijl'", 222],
    ['ft/.,:;!I[]', 278],
    ['r()-"', 333],
    ['ckszvxyJ', 500],
    ['abdeghnopqu0123456789?$#_L', 556],
    ['FTZ', 611],
    ['ABEKPSVXY&', 667],
    ['CDHNRUw', 722],
    ['GOQ', 778],
    ['mM', 833],
    ['W', 944],
  ];
  for (const [chars, width] of groups) for (const c of chars) w[c] = width;
  return w;
})();

/** Estimated width of a text in px at a font size, a little generous so that a fit is a real fit. */
export function textWidth(text: string, fontSize: number): number {
  let units = 0;
  for (const c of text) units += ARIAL_WIDTHS[c] ?? 556;
  return (units / 1000) * fontSize * 1.04;
}

/**
 * How many lines bpmn-js needs for a text in a box `width` px wide: words are laid greedily as
 * diagram-js does, and a word wider than the box is cut over several lines.
 */
export function lineCount(text: string, width: number, fontSize: number): number {
  const space = textWidth(' ', fontSize);
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let used = -1;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const w = textWidth(word, fontSize);
      if (used >= 0 && used + space + w <= width) {
        used += space + w;
        continue;
      }
      if (used >= 0) lines++;
      const extra = Math.max(0, Math.ceil(w / width) - 1);
      lines += extra;
      used = w - extra * width;
    }
  }
  return lines;
}

/** Height of `lines` lines of text. */
const textHeight = (lines: number, fontSize: number) => Math.ceil(lines * fontSize * FONT.lineHeight);

/** Rounds up to a multiple of ten, so sizes stay tidy numbers. */
const roundUp10 = (n: number) => Math.ceil(n / 10) * 10;

/**
 * A task big enough for its name: bpmn-js's 100x80 when the name fits, else wider (up to `maxWidth`),
 * then taller, so that a long Uraian is read whole inside its box instead of spilling over the lane,
 * and a long word is not cut in two.
 */
export function taskSize(name: string, maxWidth: number): { width: number; height: number } {
  const { width: minWidth, height: minHeight } = BPMN_SIZES.task;
  const inner = (w: number) => w - 2 * FONT.taskPadding;
  const needed = (w: number) => textHeight(lineCount(name, inner(w), FONT.inside), FONT.inside) + 2 * FONT.taskPadding;
  // bpmn-js cuts a word wider than the box ("Mendistribusika / n"): widen for the longest word too
  const longestWord = Math.max(0, ...name.split(/\s+/).map((w) => textWidth(w, FONT.inside)));
  let width = minWidth;
  while (longestWord > inner(width) || (needed(width) > minHeight && width + 20 <= Math.max(minWidth, maxWidth)))
    width += 20;
  return { width, height: Math.max(minHeight, roundUp10(needed(width) + 4)) };
}

/** The least lane (or pool) size across the flow for its name to fit the label band in two lines. */
function sizeForName(name: string, least: number): number {
  let size = least;
  while (lineCount(name, size - 10, FONT.inside) > 2 && size < 1000) size += 10;
  return size;
}

const TEXT: Record<
  Lang,
  {
    start: string;
    end: string;
    noActor: string;
    yes: string;
    no: string;
    fields: Record<string, string>;
  }
> = {
  id: {
    start: 'Mulai',
    end: 'Selesai',
    noActor: '(tanpa pelaksana)',
    yes: 'Ya',
    no: 'Tidak',
    fields: {
      no: 'No',
      actors: 'Pelaksana',
      kelengkapan: 'Kelengkapan',
      waktu: 'Waktu',
      output: 'Output',
      keterangan: 'Keterangan',
      cell: 'Sel',
    },
  },
  en: {
    start: 'Start',
    end: 'End',
    noActor: '(no actor)',
    yes: 'Yes',
    no: 'No',
    fields: {
      no: 'No',
      actors: 'Actors',
      kelengkapan: 'Requirements',
      waktu: 'Time',
      output: 'Output',
      keterangan: 'Notes',
      cell: 'Cell',
    },
  },
};

type NodeKind = 'start' | 'end' | 'task' | 'gateway';

interface PlanNode {
  id: string;
  kind: NodeKind;
  name: string;
  documentation: string | null;
  lane: number;
  /** Position along the flow, 0 for the start event. */
  slot: number;
}

interface PlanFlow {
  id: string;
  from: PlanNode;
  to: PlanNode;
  name: string | null;
}

interface PlanLane {
  id: string;
  name: string;
  /** Size across the flow. */
  size: number;
  /** Offset across the flow from the pool's edge. */
  offset: number;
}

/** A point in flow coordinates: `along` the flow, `across` the lanes. */
interface FlowPoint {
  along: number;
  across: number;
}

/** A box in flow coordinates: where it starts along and across, and its extents. */
interface FlowBox {
  along: number;
  across: number;
  alongSize: number;
  acrossSize: number;
}

/** A node placed: its centre and half extents along and across, and its external label if any. */
interface Placed {
  along: number;
  across: number;
  halfAlong: number;
  halfAcross: number;
  label: FlowBox | null;
}

/** Keep only the characters an NCName allows, so ids built from names stay valid. */
function ncName(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9_.-]/g, '_');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
}

/** "5", "5." and "row 15" all name a step; returns its index, or -1. */
function findStep(steps: Step[], target: string): number {
  const t = target.trim().replace(/\.$/, '');
  const byRow = /^row\s+([0-9]+)$/i.exec(t);
  if (byRow) return steps.findIndex((s) => s.row === Number(byRow[1]));
  return steps.findIndex((s) => s.no !== null && s.no.replace(/\.$/, '') === t);
}

function documentationFor(sop: Sop, step: Step, lang: Lang): string {
  const f = TEXT[lang].fields;
  const lines: [string, string | null][] = [
    [f.no, step.no],
    [f.actors, step.actors.length ? step.actors.join(', ') : null],
    [f.kelengkapan, step.kelengkapan],
    [f.waktu, step.waktu?.text ?? null],
    [f.output, step.output],
    [f.keterangan, step.keterangan],
    [f.cell, stepCell(sop, step)],
  ];
  return lines
    .filter((l): l is [string, string] => l[1] !== null)
    .map(([label, value]) => `${label}: ${value}`)
    .join('\n');
}

/**
 * Lanes (actor columns left to right, then the no-actor lane if needed) and each step's lane. Only
 * actors who carry a step get a lane: an empty lane says nothing about the procedure and, when the
 * sheet marks few actors (as seeds 001 and 003 do), would bury the steps among blank rows.
 */
function planLanes(sop: Sop, doc: SopDoc, grid: Grid, lang: Lang, vertical: boolean) {
  const colOf = new Map(doc.actors.map((a) => [a.name, a.col]));
  const laneOfStep = (s: Step) => s.actors.find((a) => sop.actors.some((x) => x.name === a));
  const used = new Set(sop.steps.map(laneOfStep).filter((a): a is string => a !== undefined));
  const actors = sop.actors
    .filter((a) => used.has(a.name))
    .map((a, i) => ({ actor: a, col: colOf.get(a.name) ?? Number.MAX_SAFE_INTEGER, i }))
    .sort((p, q) => p.col - q.col || p.i - q.i);
  const laneIndex = new Map<string, number>();
  const lanes: PlanLane[] = [];
  const usedIds = new Set<string>();
  for (const { actor, col } of actors) {
    if (laneIndex.has(actor.name)) continue;
    let id = ncName(`Lane_${actor.column}`);
    while (usedIds.has(id)) id = `${id}_${lanes.length + 1}`;
    usedIds.add(id);
    const sheetSize = col === Number.MAX_SAFE_INTEGER ? 0 : colWidth(grid, col) * PX_PER_PT;
    laneIndex.set(actor.name, lanes.length);
    lanes.push({
      id,
      name: actor.name,
      size: sizeForName(actor.name, vertical ? Math.max(LANE_SIZE, Math.round(sheetSize)) : LANE_SIZE),
      offset: 0,
    });
  }
  const stepLane = sop.steps.map((s) => {
    const named = laneOfStep(s);
    return named === undefined ? -1 : (laneIndex.get(named) as number);
  });
  if (stepLane.includes(-1) || lanes.length === 0) {
    const none = lanes.length;
    const name = TEXT[lang].noActor;
    lanes.push({ id: 'Lane_none', name, size: sizeForName(name, LANE_SIZE), offset: 0 });
    for (let i = 0; i < stepLane.length; i++) if (stepLane[i] === -1) stepLane[i] = none;
  }
  return { lanes, stepLane };
}

/** Nodes and flows, in step order. */
function planFlow(sop: Sop, doc: SopDoc, stepLane: number[], lang: Lang) {
  const t = TEXT[lang];
  const docByRow = new Map<number, StepDoc>(doc.steps.map((s) => [s.row, s]));
  const steps = sop.steps;
  const start: PlanNode = {
    id: 'StartEvent_1',
    kind: 'start',
    name: t.start,
    documentation: null,
    lane: stepLane[0] ?? 0,
    slot: 0,
  };
  const stepNodes: PlanNode[] = steps.map((s, i) => ({
    id: `${s.symbol === 'decision' ? 'Gateway' : 'Task'}_row${s.row}`,
    kind: s.symbol === 'decision' ? 'gateway' : 'task',
    name: s.uraian,
    // the parser's step, where there is one, knows its Uraian cell
    documentation: documentationFor(sop, docByRow.get(s.row) ?? s, lang),
    lane: stepLane[i],
    slot: i + 1,
  }));
  const end: PlanNode = {
    id: 'EndEvent_1',
    kind: 'end',
    name: t.end,
    documentation: null,
    lane: stepLane[steps.length - 1] ?? 0,
    slot: steps.length + 1,
  };
  const nodes = [start, ...stepNodes, end];
  const next = (i: number): PlanNode => stepNodes[i + 1] ?? end;

  const flows: PlanFlow[] = [];
  const ids = new Set<string>();
  const link = (from: PlanNode, to: PlanNode, name: string | null) => {
    let id = `Flow_${from.id}_${to.id}`;
    for (let n = 2; ids.has(id); n++) id = `Flow_${from.id}_${to.id}_${n}`;
    ids.add(id);
    flows.push({ id, from, to, name });
  };

  link(start, stepNodes[0] ?? end, null);
  steps.forEach((step, i) => {
    const node = stepNodes[i];
    if (node.kind !== 'gateway') {
      link(node, next(i), null);
      return;
    }
    const branches = docByRow.get(step.row)?.branches ?? [];
    const targetOf = (label: 'ya' | 'tidak'): PlanNode | null => {
      const b = branches.find((x) => x.label === label && x.target !== null);
      if (!b) return null;
      const k = findStep(steps, b.target as string);
      return k >= 0 ? stepNodes[k] : null;
    };
    link(node, targetOf('ya') ?? next(i), t.yes);
    const no = targetOf('tidak');
    if (no) link(node, no, t.no);
  });
  return { nodes, flows };
}

/** A node's box in x/y: tasks sized for their names, events and gateways at bpmn-js's sizes. */
function nodeSize(n: PlanNode, taskMaxWidth: number): { width: number; height: number } {
  if (n.kind === 'task') return taskSize(n.name, taskMaxWidth);
  if (n.kind === 'gateway') return BPMN_SIZES.gateway;
  return BPMN_SIZES.event;
}

/** Width of the external label of a gateway (its question) and of an event. */
const GATEWAY_LABEL_WIDTH = { horizontal: 120, vertical: 80 };
const EVENT_LABEL_WIDTH = 90;

/**
 * Where an event's or a gateway's name goes, relative to the node's centre. Events keep bpmn-js's
 * place (under the circle, or right of it when the flow runs down). A gateway's question goes on the
 * side no flow uses: the flow comes in before it and goes on after it along the flow, and a "Tidak"
 * leaves from its far side across, so the question sits on the near side (above, or left).
 */
function externalLabel(n: PlanNode, halfAcross: number, vertical: boolean): FlowBox | null {
  if (n.kind === 'task' || !n.name) return null;
  const width =
    n.kind === 'gateway'
      ? // never narrower than its longest word, which bpmn-js would cut in two
        Math.max(
          GATEWAY_LABEL_WIDTH[vertical ? 'vertical' : 'horizontal'],
          ...n.name.split(/\s+/).map((w) => Math.ceil(textWidth(w, FONT.outside)) + 4)
        )
      : // an event's label is as wide as its (short) name, so that it stays beside the circle
        Math.min(EVENT_LABEL_WIDTH, Math.ceil(textWidth(n.name, FONT.outside)) + 4);
  const height = textHeight(lineCount(n.name, width, FONT.outside), FONT.outside);
  const alongSize = vertical ? height : width;
  const acrossSize = vertical ? width : height;
  const acrossAt = n.kind === 'gateway' ? -(halfAcross + 6 + acrossSize) : halfAcross + 5;
  return { along: -alongSize / 2, across: acrossAt, alongSize, acrossSize };
}

/** The diagram's geometry in flow coordinates: node places, lane offsets, flow paths and labels. */
function layout(nodes: PlanNode[], flows: PlanFlow[], lanes: PlanLane[], vertical: boolean) {
  // sizes first: a lane must hold its biggest node (and that node's label) with a margin each side
  const sized = nodes.map((n) => {
    const size = nodeSize(
      n,
      vertical ? Math.min(TASK_MAX_WIDTH, lanes[n.lane].size - 2 * LANE_MARGIN) : TASK_MAX_WIDTH
    );
    const halfAlong = (vertical ? size.height : size.width) / 2;
    const halfAcross = (vertical ? size.width : size.height) / 2;
    const label = externalLabel(n, halfAcross, vertical);
    return {
      halfAlong,
      halfAcross,
      label,
      before: Math.max(halfAcross, label ? -label.across : 0),
      after: Math.max(halfAcross, label ? label.across + label.acrossSize : 0),
      alongReach: Math.max(halfAlong, label ? label.alongSize / 2 : 0),
    };
  });
  nodes.forEach((n, i) => {
    const lane = lanes[n.lane];
    const need = 2 * Math.max(sized[i].before, sized[i].after) + 2 * LANE_MARGIN;
    lane.size = Math.max(lane.size, roundUp10(need));
  });
  let across = 0;
  for (const lane of lanes) {
    lane.offset = across;
    across += lane.size;
  }

  // along the flow: each node its own slot, wide enough for it and its label
  const slotStart: number[] = [];
  let along = 2 * LABEL_BAND;
  for (let i = 0; i < nodes.length; i++) {
    slotStart.push(along);
    along += Math.max(SLOT, roundUp10(2 * sized[i].alongReach + GAP));
  }
  slotStart.push(along);
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const placed = new Map<string, Placed>(
    nodes.map((n, i) => {
      const lane = lanes[n.lane];
      const { halfAlong, halfAcross, label } = sized[i];
      const centre = {
        along: (slotStart[i] + slotStart[i + 1]) / 2,
        across: lane.offset + lane.size / 2,
      };
      return [
        n.id,
        {
          ...centre,
          halfAlong,
          halfAcross,
          label: label && {
            ...label,
            along: centre.along + label.along,
            across: centre.across + label.across,
          },
        },
      ];
    })
  );

  // flow paths: to the next slot by an elbow in the gap between the two slots; any other (a loop
  // back, a jump ahead) out of the far side, along a line past every node it passes in the lower of
  // the two lanes, and into the target's far side, so that no path runs through a node
  const detoursInLane = new Map<number, number>();
  const paths = flows.map((f): { points: FlowPoint[]; label: FlowBox | null } => {
    const si = index.get(f.from.id) as number;
    const ei = index.get(f.to.id) as number;
    const s = placed.get(f.from.id) as Placed;
    const e = placed.get(f.to.id) as Placed;
    let points: FlowPoint[];
    if (ei === si + 1) {
      const from = { along: s.along + s.halfAlong, across: s.across };
      const to = { along: e.along - e.halfAlong, across: e.across };
      const gap = slotStart[ei];
      points =
        s.across === e.across
          ? [from, to]
          : [from, { along: gap, across: s.across }, { along: gap, across: e.across }, to];
    } else {
      const low = lanes[f.from.lane].offset >= lanes[f.to.lane].offset ? f.from.lane : f.to.lane;
      let reach = Math.max(s.across + s.halfAcross, e.across + e.halfAcross);
      for (let k = Math.min(si, ei); k <= Math.max(si, ei); k++) {
        if (nodes[k].lane !== low) continue;
        const p = placed.get(nodes[k].id) as Placed;
        reach = Math.max(reach, p.across + sized[k].after);
      }
      const earlier = detoursInLane.get(low) ?? 0;
      detoursInLane.set(low, earlier + 1);
      // a second or third detour in the same lane runs a little closer to the nodes, not on top
      const detour = reach + LOOP_GAP - 6 * Math.min(earlier, 2);
      points = [
        { along: s.along, across: s.across + s.halfAcross },
        { along: s.along, across: detour },
        { along: e.along, across: detour },
        { along: e.along, across: e.across + e.halfAcross },
      ];
    }
    return { points, label: f.name ? flowLabel(f.name, points, vertical) : null };
  });
  return { placed, paths, across, alongLength: along };
}

/**
 * A "Ya"/"Tidak" beside the start of its flow, where the eye leaves the gateway: on the near side of
 * a flow leaving along the flow (above it, or left of it), just past the corner of one leaving across.
 */
function flowLabel(name: string, points: FlowPoint[], vertical: boolean): FlowBox {
  const width = Math.ceil(textWidth(name, FONT.outside)) + 2;
  const height = textHeight(1, FONT.outside);
  const alongSize = vertical ? height : width;
  const acrossSize = vertical ? width : height;
  const [start, next] = points;
  const leavesAlong = next.across === start.across;
  return leavesAlong
    ? { along: start.along + 4, across: start.across - 4 - acrossSize, alongSize, acrossSize }
    : { along: start.along + 4, across: start.across + 4, alongSize, acrossSize };
}

/** Sop (+ the parser's SopDoc for lanes and branches, + the grid for lane sizes) -> BPMN 2.0 XML. */
export async function toBpmn(sop: Sop, doc: SopDoc, grid: Grid, opts: BpmnOptions = {}): Promise<string> {
  const lang = opts.lang ?? 'id';
  const vertical = opts.orientation === 'vertical';
  const { lanes, stepLane } = planLanes(sop, doc, grid, lang, vertical);
  const { nodes, flows } = planFlow(sop, doc, stepLane, lang);
  const { placed, paths, across, alongLength } = layout(nodes, flows, lanes, vertical);

  // flow coordinates -> x/y
  const toXY = (p: FlowPoint) =>
    vertical ? { x: ORIGIN.x + p.across, y: ORIGIN.y + p.along } : { x: ORIGIN.x + p.along, y: ORIGIN.y + p.across };
  /** A box given by its flow-coordinate corner and extents, as x/y/width/height. */
  const box = (along: number, acrossAt: number, alongSize: number, acrossSize: number) => {
    const { x, y } = toXY({ along, across: acrossAt });
    return vertical ? { x, y, width: acrossSize, height: alongSize } : { x, y, width: alongSize, height: acrossSize };
  };
  const flowBox = (b: FlowBox) => box(b.along, b.across, b.alongSize, b.acrossSize);

  // --- the model
  const moddle = new BpmnModdle();
  const elements = new Map<string, ReturnType<typeof createNode>>();
  function createNode(n: PlanNode) {
    const type =
      n.kind === 'start'
        ? 'bpmn:StartEvent'
        : n.kind === 'end'
          ? 'bpmn:EndEvent'
          : n.kind === 'gateway'
            ? 'bpmn:ExclusiveGateway'
            : 'bpmn:Task';
    const el = moddle.create(type, { id: n.id, name: n.name });
    el.incoming = [];
    el.outgoing = [];
    if (n.documentation) el.documentation = [moddle.create('bpmn:Documentation', { text: n.documentation })];
    return el;
  }
  for (const n of nodes) elements.set(n.id, createNode(n));

  const sequenceFlows = flows.map((f) => {
    const source = elements.get(f.from.id);
    const target = elements.get(f.to.id);
    const flow = moddle.create('bpmn:SequenceFlow', {
      id: f.id,
      sourceRef: source,
      targetRef: target,
    });
    if (f.name) flow.name = f.name;
    source?.outgoing?.push(flow);
    target?.incoming?.push(flow);
    return flow;
  });

  const bpmnLanes = lanes.map((lane, i) =>
    moddle.create('bpmn:Lane', {
      id: lane.id,
      name: lane.name,
      flowNodeRef: nodes.filter((n) => n.lane === i).map((n) => elements.get(n.id)),
    })
  );
  const process = moddle.create('bpmn:Process', {
    id: 'Process_1',
    isExecutable: false,
    laneSets: [moddle.create('bpmn:LaneSet', { id: 'LaneSet_1', lanes: bpmnLanes })],
    flowElements: [...elements.values(), ...sequenceFlows],
  });
  const participant = moddle.create('bpmn:Participant', {
    id: 'Participant_1',
    name: sop.name ?? `SOP ${sop.sheet}!${sop.tableRange}`,
    processRef: process,
  });
  const collaboration = moddle.create('bpmn:Collaboration', {
    id: 'Collaboration_1',
    participants: [participant],
  });

  // --- the diagram
  const bounds = (b: { x: number; y: number; width: number; height: number }) => moddle.create('dc:Bounds', b);
  const shapes = [
    moddle.create('bpmndi:BPMNShape', {
      id: 'Participant_1_di',
      bpmnElement: participant,
      isHorizontal: !vertical,
      bounds: bounds(box(0, 0, alongLength, across)),
    }),
    ...lanes.map((lane, i) =>
      moddle.create('bpmndi:BPMNShape', {
        id: `${lane.id}_di`,
        bpmnElement: bpmnLanes[i],
        isHorizontal: !vertical,
        bounds: bounds(box(LABEL_BAND, lane.offset, alongLength - LABEL_BAND, lane.size)),
      })
    ),
    ...nodes.map((n) => {
      const e = placed.get(n.id) as Placed;
      const shape = moddle.create('bpmndi:BPMNShape', {
        id: `${n.id}_di`,
        bpmnElement: elements.get(n.id),
        bounds: bounds(box(e.along - e.halfAlong, e.across - e.halfAcross, 2 * e.halfAlong, 2 * e.halfAcross)),
      });
      if (n.kind === 'gateway') shape.isMarkerVisible = true;
      if (e.label) shape.label = moddle.create('bpmndi:BPMNLabel', { bounds: bounds(flowBox(e.label)) });
      return shape;
    }),
  ];
  const edges = flows.map((f, i) => {
    const { points, label } = paths[i];
    const edge = moddle.create('bpmndi:BPMNEdge', {
      id: `${f.id}_di`,
      bpmnElement: sequenceFlows[i],
      waypoint: points.map((p) => moddle.create('dc:Point', toXY(p))),
    });
    if (label) edge.label = moddle.create('bpmndi:BPMNLabel', { bounds: bounds(flowBox(label)) });
    return edge;
  });
  const diagram = moddle.create('bpmndi:BPMNDiagram', {
    id: 'BPMNDiagram_1',
    plane: moddle.create('bpmndi:BPMNPlane', {
      id: 'BPMNPlane_1',
      bpmnElement: collaboration,
      planeElement: [...shapes, ...edges],
    }),
  });
  const definitions = moddle.create('bpmn:Definitions', {
    id: 'Definitions_1',
    targetNamespace: 'http://bpmn.io/schema/bpmn',
    exporter: 'Alur',
    rootElements: [collaboration, process],
    diagrams: [diagram],
  });
  const { xml } = await moddle.toXML(definitions, { format: true });
  return xml;
}
