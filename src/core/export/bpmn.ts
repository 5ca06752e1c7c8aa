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
import type { Grid } from '../grid';
import type { Lang, Sop, SopDoc } from '../model';
import { LABEL_BAND, layout, type FlowBox, type FlowPoint, type Placed } from './bpmn/layout';
import { planFlow, poolLanes, type PlanFlow, type PlanLane, type PlanNode } from './bpmn/model';

export { BPMN_SIZES, lineCount, taskSize, textWidth } from './bpmn/metrics';

export interface BpmnOptions {
  lang?: Lang;
  /** 'horizontal' (default): lanes as rows, flow left to right. 'vertical': lanes as columns. */
  orientation?: 'horizontal' | 'vertical';
}

/** Where the pool's top-left corner sits (bpmn-js's own diagrams start about here). */
const ORIGIN = { x: 160, y: 80 };

/** Sop (+ the parser's SopDoc for lanes and branches, + the grid for lane sizes) -> BPMN 2.0 XML. */
export async function toBpmn(sop: Sop, doc: SopDoc, grid: Grid, opts: BpmnOptions = {}): Promise<string> {
  const lang = opts.lang ?? 'id';
  const vertical = opts.orientation === 'vertical';
  const { lanes, stepLane } = poolLanes(sop, doc, grid, lang, vertical);
  const { nodes, flows } = planFlow(sop, doc, stepLane, lang);
  const moddle = new BpmnModdle();
  const model = buildModel(moddle, sop, nodes, flows, lanes);
  const diagram = buildDiagram(moddle, model, { nodes, flows, lanes }, layout(nodes, flows, lanes, vertical), vertical);
  const definitions = moddle.create('bpmn:Definitions', {
    id: 'Definitions_1',
    targetNamespace: 'http://bpmn.io/schema/bpmn',
    exporter: 'Alur',
    rootElements: [model.collaboration, model.process],
    diagrams: [diagram],
  });
  const { xml } = await moddle.toXML(definitions, { format: true });
  return xml;
}

type Moddle = InstanceType<typeof BpmnModdle>;

const NODE_TYPES = {
  start: 'bpmn:StartEvent',
  end: 'bpmn:EndEvent',
  gateway: 'bpmn:ExclusiveGateway',
  task: 'bpmn:Task',
} as const satisfies Record<PlanNode['kind'], string>;

function createNode(moddle: Moddle, n: PlanNode) {
  const el = moddle.create(NODE_TYPES[n.kind], { id: n.id, name: n.name });
  el.incoming = [];
  el.outgoing = [];
  if (n.documentation) el.documentation = [moddle.create('bpmn:Documentation', { text: n.documentation })];
  return el;
}

/** The semantic model: one pool (participant + process) with a lane per actor, its nodes and flows. */
function buildModel(moddle: Moddle, sop: Sop, nodes: PlanNode[], flows: PlanFlow[], lanes: PlanLane[]) {
  const elements = new Map(nodes.map((n) => [n.id, createNode(moddle, n)]));
  const sequenceFlows = flows.map((f) => {
    const source = elements.get(f.from.id);
    const target = elements.get(f.to.id);
    const flow = moddle.create('bpmn:SequenceFlow', { id: f.id, sourceRef: source, targetRef: target });
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
  const collaboration = moddle.create('bpmn:Collaboration', { id: 'Collaboration_1', participants: [participant] });
  return { elements, sequenceFlows, bpmnLanes, process, participant, collaboration };
}

/** The diagram (bpmndi): the pool, lanes and nodes as shapes, the flows as edges, from the layout. */
function buildDiagram(
  moddle: Moddle,
  model: ReturnType<typeof buildModel>,
  plan: { nodes: PlanNode[]; flows: PlanFlow[]; lanes: PlanLane[] },
  geometry: ReturnType<typeof layout>,
  vertical: boolean
) {
  const { placed, paths, across, alongLength } = geometry;
  // flow coordinates -> x/y
  const toXY = (p: FlowPoint) =>
    vertical ? { x: ORIGIN.x + p.across, y: ORIGIN.y + p.along } : { x: ORIGIN.x + p.along, y: ORIGIN.y + p.across };
  /** A box given by its flow-coordinate corner and extents, as dc:Bounds. */
  const bounds = (along: number, acrossAt: number, alongSize: number, acrossSize: number) => {
    const { x, y } = toXY({ along, across: acrossAt });
    const size = vertical ? { width: acrossSize, height: alongSize } : { width: alongSize, height: acrossSize };
    return moddle.create('dc:Bounds', { x, y, ...size });
  };
  const flowBounds = (b: FlowBox) => bounds(b.along, b.across, b.alongSize, b.acrossSize);
  const shapes = [
    moddle.create('bpmndi:BPMNShape', {
      id: 'Participant_1_di',
      bpmnElement: model.participant,
      isHorizontal: !vertical,
      bounds: bounds(0, 0, alongLength, across),
    }),
    ...plan.lanes.map((lane, i) =>
      moddle.create('bpmndi:BPMNShape', {
        id: `${lane.id}_di`,
        bpmnElement: model.bpmnLanes[i],
        isHorizontal: !vertical,
        bounds: bounds(LABEL_BAND, lane.offset, alongLength - LABEL_BAND, lane.size),
      })
    ),
    ...plan.nodes.map((n) => {
      const e = placed.get(n.id) as Placed;
      const shape = moddle.create('bpmndi:BPMNShape', {
        id: `${n.id}_di`,
        bpmnElement: model.elements.get(n.id),
        bounds: bounds(e.along - e.halfAlong, e.across - e.halfAcross, 2 * e.halfAlong, 2 * e.halfAcross),
      });
      if (n.kind === 'gateway') shape.isMarkerVisible = true;
      if (e.label) shape.label = moddle.create('bpmndi:BPMNLabel', { bounds: flowBounds(e.label) });
      return shape;
    }),
  ];
  const edges = plan.flows.map((f, i) => {
    const { points, label } = paths[i];
    const edge = moddle.create('bpmndi:BPMNEdge', {
      id: `${f.id}_di`,
      bpmnElement: model.sequenceFlows[i],
      waypoint: points.map((p) => moddle.create('dc:Point', toXY(p))),
    });
    if (label) edge.label = moddle.create('bpmndi:BPMNLabel', { bounds: flowBounds(label) });
    return edge;
  });
  return moddle.create('bpmndi:BPMNDiagram', {
    id: 'BPMNDiagram_1',
    plane: moddle.create('bpmndi:BPMNPlane', {
      id: 'BPMNPlane_1',
      bpmnElement: model.collaboration,
      planeElement: [...shapes, ...edges],
    }),
  });
}
