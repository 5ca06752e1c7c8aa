/**
 * The flowchart of an SOP as SVG, drawn from the same FlowchartPlan the hosts draw on the sheet: the
 * plan's boxes and routed connector points are used as they are (sheet points = SVG user units), so
 * the picture is what `alur draw` / `Gambar flowchart` will put on the sheet. Lanes carry the actors'
 * names; the five symbols of SOP AP; connectors with arrowheads; Ya/Tidak labels; off-page pairs.
 * No script, no external reference: the string can go inline in any HTML page.
 */
import type { PlanConnector, PlanShape } from '../flowchart/types';
import type { Lang } from '../model';
import { esc, num } from './escape';
import type { FlowchartView } from './types';

export interface SvgOptions {
  lang: Lang;
  /** Makes the ids inside (the arrowhead marker) unique in a page holding several charts. */
  idPrefix?: string;
  /** Accessible title of the picture. */
  title?: string;
}

const PAD = 6;
const HEADER_FONT = 8;
const LINE = 1.2;

/** Rough width of a text in points (Liberation Sans / Arial average), to wrap lane names. */
function textWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text)
    w += /[mwMW@]/.test(ch) ? 0.83 : /[il.,:;'|!]/.test(ch) ? 0.28 : /[A-Z]/.test(ch) ? 0.66 : 0.52;
  return w * size;
}

/** Words into lines no wider than `width` (a word longer than a line is cut). At most `max` lines. */
export function wrapText(text: string, width: number, size: number, max = 4): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, size) <= width || !line) {
      line = candidate;
    } else {
      lines.push(line);
      line = word;
    }
    while (textWidth(line, size) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && textWidth(line.slice(0, cut), size) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  if (lines.length > max) {
    const kept = lines.slice(0, max);
    kept[max - 1] = `${kept[max - 1].replace(/.$/, '')}…`;
    return kept;
  }
  return lines;
}

function shapeOutline(s: PlanShape): string {
  const { left: x, top: y, width: w, height: h } = s.box;
  switch (s.kind) {
    case 'terminator':
      return `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" rx="${num(h / 2)}" ry="${num(h / 2)}"/>`;
    case 'decision':
      return `<polygon points="${num(x + w / 2)},${num(y)} ${num(x + w)},${num(y + h / 2)} ${num(x + w / 2)},${num(y + h)} ${num(x)},${num(y + h / 2)}"/>`;
    case 'offpage':
      // flowChartOffpageConnector: a square whose lower fifth narrows to a point.
      return `<polygon points="${num(x)},${num(y)} ${num(x + w)},${num(y)} ${num(x + w)},${num(y + h * 0.8)} ${num(x + w / 2)},${num(y + h)} ${num(x)},${num(y + h * 0.8)}"/>`;
    default:
      return `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}"/>`;
  }
}

function shapeSvg(s: PlanShape, lane: number): string {
  const { left: x, top: y, width: w, height: h } = s.box;
  const size = Math.max(
    5,
    Math.min(9, h * (s.kind === 'offpage' ? 0.5 : 0.42), (w / Math.max(2, s.text.length)) * 1.6)
  );
  const cy = s.kind === 'offpage' ? y + h * 0.42 : y + h / 2;
  const text = s.text
    ? `<text x="${num(x + w / 2)}" y="${num(cy)}" font-size="${num(size)}" text-anchor="middle" dominant-baseline="central">${esc(s.text)}</text>`
    : '';
  return (
    `<g class="sym sym-${s.kind}" data-kind="${s.kind}" data-step="${esc(s.step)}" data-actor="${esc(s.actor)}" data-lane="${lane}">` +
    `<title>${esc(s.description)}</title>${shapeOutline(s)}${text}</g>`
  );
}

/** Where a branch label goes: beside the connector's first segment, just off the decision. */
function labelSvg(c: PlanConnector): string {
  if (!c.label || c.points.length < 2) return '';
  const [a, b] = c.points;
  const horizontal = Math.abs(a.y - b.y) < 0.01;
  const size = 7;
  if (horizontal) {
    const dir = b.x >= a.x ? 1 : -1;
    const x = a.x + dir * 3;
    // Above the segment, unless the label is longer than the segment and the line turns upwards
    // there (a loop back): then below it, where the line does not run.
    const fits = Math.abs(b.x - a.x) >= textWidth(c.label, size) + 4;
    const turnsUp = c.points.length > 2 && c.points[2].y < b.y;
    const y = !fits && turnsUp ? a.y + size + 1.5 : a.y - 2.5;
    return `<text class="branch-label" x="${num(x)}" y="${num(y)}" font-size="${size}" text-anchor="${dir > 0 ? 'start' : 'end'}">${esc(c.label)}</text>`;
  }
  const dir = b.y >= a.y ? 1 : -1;
  return `<text class="branch-label" x="${num(a.x + 3)}" y="${num(a.y + dir * 3 + (dir > 0 ? size * 0.8 : 0))}" font-size="${size}">${esc(c.label)}</text>`;
}

function connectorSvg(c: PlanConnector, marker: string): string {
  const pts = c.points.map((p) => `${num(p.x)},${num(p.y)}`).join(' ');
  return (
    `<g class="conn conn-${c.role}" data-from="${esc(c.from.shape)}" data-to="${esc(c.to.shape)}"${c.label ? ` data-label="${esc(c.label)}"` : ''}>` +
    `<polyline points="${pts}" marker-end="url(#${marker})"/>${labelSvg(c)}</g>`
  );
}

/** The SVG of one flowchart view, or null when the plan drew nothing (no actor columns, no steps). */
export function flowchartSvg(view: FlowchartView, opts: SvgOptions): string | null {
  if (view.shapes.length === 0 || view.lanes.length === 0) return null;
  const prefix = opts.idPrefix ?? 'fc';
  const marker = `${prefix}-arrow`;
  const left = Math.min(...view.lanes.map((l) => l.left)) - PAD;
  const right = Math.max(...view.lanes.map((l) => l.right)) + PAD;
  // Lane names, wrapped to their lanes; the header is as tall as the longest name needs.
  const names = view.lanes.map((l) => wrapText(l.name, Math.max(20, l.right - l.left - 6), HEADER_FONT));
  const headerH = Math.max(...names.map((n) => n.length)) * HEADER_FONT * LINE + 8;
  const ys = [
    view.top,
    view.bottom,
    ...view.shapes.flatMap((s) => [s.box.top, s.box.top + s.box.height]),
    ...view.connectors.flatMap((c) => c.points.map((p) => p.y)),
  ];
  const bodyTop = Math.min(...ys) - PAD;
  const bodyBottom = Math.max(...ys) + PAD;
  const top = bodyTop - headerH;
  const width = right - left;
  const height = bodyBottom - top;
  const laneIndex = new Map(view.lanes.map((l, i) => [l.name, i]));
  const laneOfShape = (s: PlanShape) => {
    const cx = s.box.left + s.box.width / 2;
    const i = view.lanes.findIndex((l) => cx >= l.left && cx <= l.right);
    return i >= 0 ? i : (laneIndex.get(s.actor) ?? -1);
  };

  const lanes = view.lanes
    .map((l, i) => {
      const lines = names[i]
        .map(
          (line, k) =>
            `<tspan x="${num((l.left + l.right) / 2)}" dy="${k === 0 ? num(HEADER_FONT) : num(HEADER_FONT * LINE)}">${esc(line)}</tspan>`
        )
        .join('');
      return (
        `<g class="lane" data-lane="${i}" data-actor="${esc(l.name)}" data-left="${num(l.left)}" data-right="${num(l.right)}">` +
        `<rect class="lane-body${i % 2 ? ' odd' : ''}" x="${num(l.left)}" y="${num(bodyTop)}" width="${num(l.right - l.left)}" height="${num(bodyBottom - bodyTop)}"/>` +
        `<rect class="lane-head" x="${num(l.left)}" y="${num(top)}" width="${num(l.right - l.left)}" height="${num(headerH)}"/>` +
        `<text class="lane-name" y="${num(top + 3)}" font-size="${HEADER_FONT}" text-anchor="middle">${lines}</text></g>`
      );
    })
    .join('');
  const title = opts.title ? `<title>${esc(opts.title)}</title>` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="flowchart" role="img" viewBox="${num(left)} ${num(top)} ${num(width)} ${num(height)}" width="${num(width)}pt" height="${num(height)}pt" style="--h:${num(height)}pt;--w:${num(width)}pt" data-width="${num(width)}" data-height="${num(height)}">` +
    title +
    `<defs><marker id="${marker}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,1 L10,5 L0,9 z" class="arrowhead"/></marker></defs>` +
    `<g class="lanes">${lanes}</g>` +
    `<g class="connectors">${view.connectors.map((c) => connectorSvg(c, marker)).join('')}</g>` +
    `<g class="symbols">${view.shapes.map((s) => shapeSvg(s, laneOfShape(s))).join('')}</g>` +
    `</svg>`
  );
}

/** Presentation of the chart; shared by the report's stylesheet and the pane's preview. */
export const FLOWCHART_CSS = `
svg.flowchart { font-family: 'Liberation Sans', Arial, Helvetica, sans-serif; }
svg.flowchart .lane-body { fill: #ffffff; stroke: #8a8886; stroke-width: 0.6; }
svg.flowchart .lane-body.odd { fill: #f7f9fc; }
svg.flowchart .lane-head { fill: #e8eef7; stroke: #8a8886; stroke-width: 0.6; }
svg.flowchart .lane-name { fill: #1b1b1b; font-weight: 600; }
svg.flowchart .sym rect, svg.flowchart .sym polygon { fill: #ffffff; stroke: #1f3864; stroke-width: 1; }
svg.flowchart .sym-terminator rect { fill: #e2efda; }
svg.flowchart .sym-decision polygon { fill: #fff2cc; }
svg.flowchart .sym-offpage polygon { fill: #deebf7; }
svg.flowchart .sym text { fill: #1b1b1b; }
svg.flowchart .conn polyline { fill: none; stroke: #1f3864; stroke-width: 0.9; }
svg.flowchart .arrowhead { fill: #1f3864; }
svg.flowchart .branch-label { fill: #7f1d1d; font-weight: 600; }
`;
