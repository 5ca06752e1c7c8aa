/**
 * The BPMN diagram's geometry in flow coordinates (`along` the flow, `across` the lanes), so that one
 * layout serves both orientations: each node its own slot along the flow, lanes as big as their biggest
 * node, flows to the next slot as elbows and loops back past the nodes, labels placed off the flows.
 */
import { BPMN_SIZES, FONT, lineCount, roundUp10, taskSize, textHeight, textWidth } from './metrics';
import type { PlanFlow, PlanLane, PlanNode } from './model';

/** Width of the band bpmn-js writes a pool's or a lane's name in (two lines of its 12 px text). */
export const LABEL_BAND = 30;
/** Least room along the flow for each node. */
const SLOT = 150;
/** Free space along the flow between two nodes' boxes (and their labels). */
const GAP = 50;
/** Space kept between a lane's edge and the boxes in it (room for the loops that run below). */
const LANE_MARGIN = 25;
/** How far past the nodes it passes a loop back (or a jump ahead) runs. */
const LOOP_GAP = 20;
/** The widest a task grows before it grows taller instead (horizontal layout). */
const TASK_MAX_WIDTH = 160;

/** A point in flow coordinates: `along` the flow, `across` the lanes. */
export interface FlowPoint {
  along: number;
  across: number;
}

/** A box in flow coordinates: where it starts along and across, and its extents. */
export interface FlowBox {
  along: number;
  across: number;
  alongSize: number;
  acrossSize: number;
}

/** A node placed: its centre and half extents along and across, and its external label if any. */
export interface Placed {
  along: number;
  across: number;
  halfAlong: number;
  halfAcross: number;
  label: FlowBox | null;
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
export function layout(nodes: PlanNode[], flows: PlanFlow[], lanes: PlanLane[], vertical: boolean) {
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
