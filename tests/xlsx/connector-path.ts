/**
 * An independent evaluator of DrawingML connectors, for tests: the path a connector preset draws
 * (formulas of ECMA-376 presetShapeDefinitions.xml), placed by its a:xfrm (flips first, then the
 * clockwise turn about the frame's centre, then the offset), in sheet points. Written apart from
 * src/core/flowchart/connector.ts, so a slip in one is not hidden by the same slip in the other.
 */
import { openXlsx, partXml, readRels, REL_TYPE } from '../../src/xlsx/package';
import { NS, child, find, findAll, parseXml, type XmlElement } from '../../src/xlsx/xml';

export interface Pt {
  x: number;
  y: number;
}

export interface WrittenConnector {
  id: string;
  name: string;
  prst: string;
  adj: number[];
  rot: number;
  flipH: boolean;
  flipV: boolean;
  off: Pt;
  ext: { w: number; h: number };
  start?: { id: string; idx: number };
  end?: { id: string; idx: number };
  tailArrow: boolean;
  /** The path the connector draws on the sheet, in points. */
  path: Pt[];
}

/** The preset's path in its own frame (w x h), from the spec's guide formulas. */
export function presetPath(prst: string, w: number, h: number, adj: number[]): Pt[] {
  const a = (i: number) => adj[i] ?? 50_000;
  switch (prst) {
    case 'straightConnector1':
    case 'line':
      return [
        { x: 0, y: 0 },
        { x: w, y: h },
      ];
    case 'bentConnector2':
      return [
        { x: 0, y: 0 },
        { x: w, y: 0 },
        { x: w, y: h },
      ];
    case 'bentConnector3': {
      const x1 = (w * a(0)) / 100_000;
      return [
        { x: 0, y: 0 },
        { x: x1, y: 0 },
        { x: x1, y: h },
        { x: w, y: h },
      ];
    }
    case 'bentConnector4': {
      const x1 = (w * a(0)) / 100_000;
      const y2 = (h * a(1)) / 100_000;
      return [
        { x: 0, y: 0 },
        { x: x1, y: 0 },
        { x: x1, y: y2 },
        { x: w, y: y2 },
        { x: w, y: h },
      ];
    }
    default:
      throw new Error(`no path for preset ${prst}`);
  }
}

/** Places a frame path on the sheet: flip inside the frame, move to the offset, turn about the centre. */
export function place(local: Pt[], c: Pick<WrittenConnector, 'rot' | 'flipH' | 'flipV' | 'off' | 'ext'>): Pt[] {
  const { w, h } = c.ext;
  const cx = c.off.x + w / 2;
  const cy = c.off.y + h / 2;
  const t = (c.rot * Math.PI) / 180;
  return local.map((p) => {
    const x = c.off.x + (c.flipH ? w - p.x : p.x);
    const y = c.off.y + (c.flipV ? h - p.y : p.y);
    const dx = x - cx;
    const dy = y - cy;
    return { x: cx + dx * Math.cos(t) - dy * Math.sin(t), y: cy + dx * Math.sin(t) + dy * Math.cos(t) };
  });
}

const pt = (emu: string | undefined) => Number(emu ?? 0) / 12_700;

function readConnector(el: XmlElement): WrittenConnector {
  const c = find(el, NS.xdr, 'cNvPr')!;
  const xfrm = find(el, NS.a, 'xfrm')!;
  const off = child(xfrm, NS.a, 'off')!;
  const ext = child(xfrm, NS.a, 'ext')!;
  const geom = find(el, NS.a, 'prstGeom')!;
  const adj = findAll(geom, NS.a, 'gd')
    .sort((p, q) => p.attrs.name.localeCompare(q.attrs.name))
    .map((g) => Number(/^val (-?\d+)$/.exec(g.attrs.fmla)![1]));
  const st = find(el, NS.a, 'stCxn');
  const en = find(el, NS.a, 'endCxn');
  const w: WrittenConnector = {
    id: c.attrs.id,
    name: c.attrs.name,
    prst: geom.attrs.prst,
    adj,
    rot: Number(xfrm.attrs.rot ?? 0) / 60_000,
    flipH: xfrm.attrs.flipH === '1',
    flipV: xfrm.attrs.flipV === '1',
    off: { x: pt(off.attrs.x), y: pt(off.attrs.y) },
    ext: { w: pt(ext.attrs.cx), h: pt(ext.attrs.cy) },
    start: st ? { id: st.attrs.id, idx: Number(st.attrs.idx) } : undefined,
    end: en ? { id: en.attrs.id, idx: Number(en.attrs.idx) } : undefined,
    tailArrow: find(el, NS.a, 'tailEnd') !== undefined,
    path: [],
  };
  w.path = place(presetPath(w.prst, w.ext.w, w.ext.h, w.adj), w);
  return w;
}

/** Every connector written on a sheet (the first sheet when none is named), by name. */
export async function writtenConnectors(bytes: Uint8Array, sheet?: string): Promise<Map<string, WrittenConnector>> {
  const pkg = await openXlsx(bytes);
  const part = sheet === undefined ? pkg.sheets[0] : pkg.sheets.find((s) => s.name === sheet);
  const out = new Map<string, WrittenConnector>();
  if (!part) return out;
  for (const rel of readRels(pkg, part.path)) {
    if (rel.type !== REL_TYPE.drawing || rel.external) continue;
    const root = partXml(pkg, rel.target);
    if (!root) continue;
    for (const el of findAll(root, NS.xdr, 'cxnSp')) {
      const c = readConnector(el);
      out.set(c.name, c);
    }
  }
  return out;
}

/** The largest distance between corresponding points of two paths (Infinity when the counts differ). */
export function pathDistance(p: Pt[], q: Pt[]): number {
  if (p.length !== q.length) return Infinity;
  return Math.max(0, ...p.map((a, i) => Math.hypot(a.x - q[i].x, a.y - q[i].y)));
}
