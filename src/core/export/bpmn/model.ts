/**
 * What the BPMN diagram holds, before any geometry: the pool's lanes (one per actor who carries a
 * step), each step's lane, and the nodes and sequence flows in step order, with their names and
 * documentation in the user's language.
 */
import { colWidth, type Grid } from '../../grid';
import type { Lang, Sop, SopDoc, Step, StepDoc } from '../../model';
import { stepCell } from '../data-sop';
import { sizeForName } from './metrics';

/** A lane's least size across the flow. */
const LANE_SIZE = 150;
/** Sheet points to screen pixels. */
const PX_PER_PT = 4 / 3;

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

export interface PlanNode {
  id: string;
  kind: NodeKind;
  name: string;
  documentation: string | null;
  lane: number;
  /** Position along the flow, 0 for the start event. */
  slot: number;
}

export interface PlanFlow {
  id: string;
  from: PlanNode;
  to: PlanNode;
  name: string | null;
}

export interface PlanLane {
  id: string;
  name: string;
  /** Size across the flow. */
  size: number;
  /** Offset across the flow from the pool's edge. */
  offset: number;
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
export function poolLanes(sop: Sop, doc: SopDoc, grid: Grid, lang: Lang, vertical: boolean) {
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
export function planFlow(sop: Sop, doc: SopDoc, stepLane: number[], lang: Lang) {
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
