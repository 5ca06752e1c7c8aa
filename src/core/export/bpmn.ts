/**
 * Sop -> BPMN 2.0 XML with its diagram (bpmndi), for `alur export --format bpmn` and for opening an SOP
 * in any BPMN tool (bpmn.io, Camunda Modeler, Signavio ...). The model is built with bpmn-moddle, so
 * the XML is what the BPMN 2.0 meta-model says, and read back by the same library in the tests.
 *
 * What becomes what (choices made so that the diagram reads well in bpmn-js):
 * - The SOP is one pool (a collaboration with one participant named after the SOP) whose process has
 *   one lane per actor, in the order of the actor columns, plus a lane "(tanpa pelaksana)" when a step
 *   has no actor marked, so that no step is lost.
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
 * widths in the grid). Every node gets its own slot along the flow, in step order, so nothing overlaps;
 * sizes are bpmn-js's defaults (task 100x80, event 36x36, gateway 50x50) and pool and lane names get
 * the 30 px band bpmn-js draws them in. Ids are NCNames derived from rows and columns, so exporting the
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

/** bpmn-js's default sizes, in diagram pixels. */
export const BPMN_SIZES = {
  task: { width: 100, height: 80 },
  event: { width: 36, height: 36 },
  gateway: { width: 50, height: 50 },
} as const;

/** Width of the band bpmn-js writes a pool's or a lane's name in. */
const LABEL_BAND = 30;
/** Room along the flow for each node. */
const SLOT = 150;
/** A lane's size across the flow (horizontal layout, and the least in the vertical one). */
const LANE_SIZE = 150;
/** Where the pool's top-left corner sits (bpmn-js's own diagrams start about here). */
const ORIGIN = { x: 160, y: 80 };
/** Sheet points to screen pixels. */
const PX_PER_PT = 4 / 3;
/** How far below (or right of) the lower node a loop back runs. */
const LOOP_GAP = 25;

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

/** A point or a box in flow coordinates: `along` the flow, `across` the lanes. */
interface FlowPoint {
  along: number;
  across: number;
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

/** Lanes (actor columns left to right, then the no-actor lane if needed) and each step's lane. */
function planLanes(sop: Sop, doc: SopDoc, grid: Grid, lang: Lang, vertical: boolean) {
  const colOf = new Map(doc.actors.map((a) => [a.name, a.col]));
  const actors = sop.actors
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
      size: vertical ? Math.max(LANE_SIZE, Math.round(sheetSize)) : LANE_SIZE,
      offset: 0,
    });
  }
  const stepLane = sop.steps.map((s) => {
    const named = s.actors.find((a) => laneIndex.has(a));
    return named === undefined ? -1 : (laneIndex.get(named) as number);
  });
  if (stepLane.includes(-1) || lanes.length === 0) {
    const none = lanes.length;
    lanes.push({ id: 'Lane_none', name: TEXT[lang].noActor, size: LANE_SIZE, offset: 0 });
    for (let i = 0; i < stepLane.length; i++) if (stepLane[i] === -1) stepLane[i] = none;
  }
  let offset = 0;
  for (const lane of lanes) {
    lane.offset = offset;
    offset += lane.size;
  }
  return { lanes, stepLane, across: offset };
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

function sizeOf(kind: NodeKind): { width: number; height: number } {
  if (kind === 'task') return BPMN_SIZES.task;
  if (kind === 'gateway') return BPMN_SIZES.gateway;
  return BPMN_SIZES.event;
}

/** Sop (+ the parser's SopDoc for lanes and branches, + the grid for lane sizes) -> BPMN 2.0 XML. */
export async function toBpmn(
  sop: Sop,
  doc: SopDoc,
  grid: Grid,
  opts: BpmnOptions = {}
): Promise<string> {
  const lang = opts.lang ?? 'id';
  const vertical = opts.orientation === 'vertical';
  const { lanes, stepLane, across } = planLanes(sop, doc, grid, lang, vertical);
  const { nodes, flows } = planFlow(sop, doc, stepLane, lang);

  // --- geometry, in flow coordinates, then mapped to x/y
  const firstSlot = 2 * LABEL_BAND;
  const alongLength = firstSlot + nodes.length * SLOT;
  const toXY = (p: FlowPoint) =>
    vertical
      ? { x: ORIGIN.x + p.across, y: ORIGIN.y + p.along }
      : { x: ORIGIN.x + p.along, y: ORIGIN.y + p.across };
  /** A box given by its flow-coordinate corner and extents, as x/y/width/height. */
  const box = (along: number, acrossAt: number, alongSize: number, acrossSize: number) => {
    const { x, y } = toXY({ along, across: acrossAt });
    return vertical
      ? { x, y, width: acrossSize, height: alongSize }
      : { x, y, width: alongSize, height: acrossSize };
  };
  /** A node's centre and half extents along and across the flow. */
  const extent = (n: PlanNode) => {
    const size = sizeOf(n.kind);
    const lane = lanes[n.lane];
    return {
      along: firstSlot + n.slot * SLOT + SLOT / 2,
      across: lane.offset + lane.size / 2,
      halfAlong: (vertical ? size.height : size.width) / 2,
      halfAcross: (vertical ? size.width : size.height) / 2,
    };
  };
  const waypoints = (f: PlanFlow): FlowPoint[] => {
    const s = extent(f.from);
    const e = extent(f.to);
    if (f.to.slot > f.from.slot) {
      const from = { along: s.along + s.halfAlong, across: s.across };
      const to = { along: e.along - e.halfAlong, across: e.across };
      if (s.across === e.across) return [from, to];
      const mid = Math.round((from.along + to.along) / 2);
      return [from, { along: mid, across: s.across }, { along: mid, across: e.across }, to];
    }
    // A loop back (a "Tidak" to an earlier step): out of the source's far side, back along a line
    // just past the lower of the two nodes, into the target's far side.
    const detour = Math.max(s.across + s.halfAcross, e.across + e.halfAcross) + LOOP_GAP;
    return [
      { along: s.along, across: s.across + s.halfAcross },
      { along: s.along, across: detour },
      { along: e.along, across: detour },
      { along: e.along, across: e.across + e.halfAcross },
    ];
  };

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
    if (n.documentation)
      el.documentation = [moddle.create('bpmn:Documentation', { text: n.documentation })];
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
  const bounds = (b: { x: number; y: number; width: number; height: number }) =>
    moddle.create('dc:Bounds', b);
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
      const e = extent(n);
      const shape = moddle.create('bpmndi:BPMNShape', {
        id: `${n.id}_di`,
        bpmnElement: elements.get(n.id),
        bounds: bounds(
          box(e.along - e.halfAlong, e.across - e.halfAcross, 2 * e.halfAlong, 2 * e.halfAcross)
        ),
      });
      if (n.kind === 'gateway') shape.isMarkerVisible = true;
      return shape;
    }),
  ];
  const edges = flows.map((f, i) =>
    moddle.create('bpmndi:BPMNEdge', {
      id: `${f.id}_di`,
      bpmnElement: sequenceFlows[i],
      waypoint: waypoints(f).map((p) => moddle.create('dc:Point', toXY(p))),
    })
  );
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
