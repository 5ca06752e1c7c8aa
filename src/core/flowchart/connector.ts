/**
 * A routed connector as ONE DrawingML connector shape: which preset draws the plan's orthogonal
 * polyline, how its frame is turned, and its adjust values. Excel keeps a single glued connector
 * attached when a symbol moves; a chain of straight pieces falls apart.
 *
 * The bent presets (ECMA-376 presetShapeDefinitions.xml) all start at the frame's top-left corner (l,t),
 * end at its bottom-right corner (r,b) and leave horizontally:
 *   bentConnector2  (l,t) (r,t) (r,b)                              H V
 *   bentConnector3  (l,t) (x1,t) (x1,b) (r,b)                      H V H,   x1 = w·adj1/100000
 *   bentConnector4  (l,t) (x1,t) (x1,y2) (r,y2) (r,b)              H V H V, y2 = h·adj2/100000
 * A path that leaves vertically uses the same preset in a frame turned by 90° or 270° (a:xfrm rot);
 * flips then put the frame's start corner on the path's first point (the host works them out from the
 * direction, see the xlsx layer). The adjust values are fractions of the path from its start to its
 * end, measured along the frame's own axes, so they do not depend on the flips: adj1 is where the first
 * bend lies between start and end along the first segment's axis (beyond 0..100000 when the middle
 * segment runs outside the box, as a loop round the symbols does), adj2 the same for the second bend.
 */
import type { Point } from './types';

export type ConnectorPreset = 'straightConnector1' | 'bentConnector2' | 'bentConnector3' | 'bentConnector4';

export interface ConnectorGeometry {
  preset: ConnectorPreset;
  /** Clockwise turn of the preset's frame in degrees: 0 when the path leaves horizontally, else 90 or 270. */
  rotation: 0 | 90 | 270;
  /** adj1, adj2 ... in 1/100000 of the frame's extent (whole numbers, as a:gd "val" stores them). */
  adjust: number[];
  /** The connector's first and last point (the last moved by `NUDGE` when the box had no width). */
  start: Point;
  end: Point;
}

/**
 * A bend measured against a box edge of zero length has no adjust value (w·adj is 0 whatever adj is),
 * as when a loop leaves one symbol's right side and enters the right side of a symbol straight above
 * it. The end is then moved this far (points) along that axis, into the target's outline, which makes
 * the box wide enough to measure; Office does the same with its own connectors.
 */
export const NUDGE = 0.1;

const EPS = 0.005;
const horizontal = (p: Point, q: Point) => Math.abs(p.y - q.y) < EPS;
const vertical = (p: Point, q: Point) => Math.abs(p.x - q.x) < EPS;

/**
 * The preset, turn and adjust values that draw `points` (an orthogonal polyline, already simplified:
 * no repeated points, no straight runs split in two). Null when no single preset draws it (five or
 * more segments, or a segment that is not horizontal or vertical); the host then draws pieces.
 */
export function connectorGeometry(points: Point[]): ConnectorGeometry | null {
  const n = points.length - 1;
  if (n < 1 || n > 4) return null;
  for (let i = 1; i <= n; i++)
    if (!horizontal(points[i - 1], points[i]) && !vertical(points[i - 1], points[i])) return null;
  const start = points[0];
  if (n === 1) return { preset: 'straightConnector1', rotation: 0, adjust: [], start, end: points[1] };
  for (let i = 2; i <= n; i++) {
    // Bends must alternate: a path going on in the same direction was not simplified.
    if (horizontal(points[i - 2], points[i - 1]) === horizontal(points[i - 1], points[i])) return null;
  }
  const leavesHorizontally = horizontal(points[0], points[1]);
  // Along the frame's x axis (the first segment's axis) and its y axis, in sheet coordinates.
  const u = (p: Point) => (leavesHorizontally ? p.x : p.y);
  const v = (p: Point) => (leavesHorizontally ? p.y : p.x);
  let end = { ...points[n] };
  const setU = (p: Point, value: number) => (leavesHorizontally ? { ...p, x: value } : { ...p, y: value });
  const setV = (p: Point, value: number) => (leavesHorizontally ? { ...p, y: value } : { ...p, x: value });
  // A bent preset's frame needs a length along each axis its adjust values measure.
  if (n >= 3 && Math.abs(u(end) - u(start)) < NUDGE)
    end = setU(end, u(start) + Math.sign(u(start) - u(points[1]) || 1) * NUDGE);
  if (n === 4 && Math.abs(v(end) - v(start)) < NUDGE)
    end = setV(end, v(start) + Math.sign(v(start) - v(points[2]) || 1) * NUDGE);
  const fraction = (value: number, from: number, to: number) => Math.round(((value - from) / (to - from)) * 100_000);
  const adjust: number[] = [];
  if (n >= 3) adjust.push(fraction(u(points[1]), u(start), u(end)));
  if (n === 4) adjust.push(fraction(v(points[2]), v(start), v(end)));
  const preset: ConnectorPreset = n === 2 ? 'bentConnector2' : n === 3 ? 'bentConnector3' : 'bentConnector4';
  // Turned frames: 90° for a path going down and to the left (no flip needed), else 270° (Excel's own
  // choice for a down-right elbow: rot 270 with flipH).
  const rotation = leavesHorizontally ? 0 : end.y > start.y && end.x < start.x ? 90 : 270;
  return { preset, rotation, adjust, start, end };
}
