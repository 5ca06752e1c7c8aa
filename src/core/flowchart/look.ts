/**
 * How a plan looks, decided once for every host: font sizes fitted to each symbol, black outlines on
 * white as SOP AP examples are printed, thin black connectors, the "Ya"/"Tidak" label boxes in dark grey
 * beside the start of their branch, and the white masks under symbols standing on cells that hold text.
 * src/excel and src/xlsx draw exactly these boxes, colours and sizes; they decide nothing.
 */
import { cellText, colLeft, colWidth, mergeAt, rowHeight, rowTop, type Grid } from '../grid';
import { cellAtPoint } from '../grid/vocabulary';
import type { Box, FlowchartPlan, PlanConnector, PlanLabel, PlanLook, PlanMask, PlanShape, Point } from './types';

/** Font sizes in points: the largest and smallest inside symbols, and the branch labels. */
export const FONT_PT = Object.freeze({ max: 9, min: 6, label: 8 });
/** The workbook theme's body font (Calibri in Office's default theme; LibreOffice maps it to Carlito). */
export const FONT_FACE = '+mn-lt';
/** Black outlines and text on white; labels dark grey, so they read as annotations of the line. */
export const COLORS = Object.freeze({ fill: 'FFFFFF', line: '000000', text: '000000', label: '262626' });
export const LINE_PT = Object.freeze({ symbol: 0.75, connector: 0.75 });
/** A branch label's box beside its connector, in points. */
export const LABEL = Object.freeze({ w: 24, h: 11, gap: 1.5 });
/** How far a mask stays inside its cell's borders, in points, so the grid lines still print. */
export const MASK_INSET = 1;

/**
 * A font size for a symbol's text: as large as fits (at most 9 pt, at least 6) on the lines the
 * symbol's text area holds. A character is about 0.55 em wide in Calibri; the usable part of a box
 * is about half of a diamond, three quarters of a terminator or pentagon, most of a rectangle.
 */
export function symbolFontSize(text: string, box: Pick<Box, 'width' | 'height'>, kind: PlanShape['kind']): number {
  const usable = kind === 'decision' ? 0.5 : kind === 'process' ? 0.85 : 0.75;
  const w = box.width * usable;
  const h = box.height * (kind === 'decision' ? 0.6 : 0.85);
  const chars = Math.max(1, ...text.split('\n').map((t) => t.length));
  for (let size: number = FONT_PT.max; size > FONT_PT.min; size -= 0.5) {
    const perLine = Math.max(1, Math.floor(w / (size * 0.55)));
    const lines = Math.ceil(chars / perLine);
    if (lines * size * 1.2 <= h && (lines > 1 || chars * size * 0.55 <= w)) return size;
  }
  return FONT_PT.min;
}

export function symbolLook(s: Pick<PlanShape, 'text' | 'box' | 'kind'>): PlanLook {
  return {
    fill: COLORS.fill,
    line: COLORS.line,
    lineWidthPt: LINE_PT.symbol,
    fontSizePt: symbolFontSize(s.text, s.box, s.kind),
    fontColor: COLORS.text,
    fontFace: FONT_FACE,
  };
}

export const CONNECTOR_LOOK: Readonly<PlanLook> = Object.freeze({
  fill: null,
  line: COLORS.line,
  lineWidthPt: LINE_PT.connector,
  fontSizePt: FONT_PT.label,
  fontColor: COLORS.label,
  fontFace: FONT_FACE,
});

const LABEL_LOOK: Readonly<PlanLook> = Object.freeze({
  fill: null,
  line: null,
  lineWidthPt: 0,
  fontSizePt: FONT_PT.label,
  fontColor: COLORS.label,
  fontFace: FONT_FACE,
});

const MASK_LOOK: Readonly<PlanLook> = Object.freeze({
  fill: COLORS.fill,
  line: null,
  lineWidthPt: 0,
  fontSizePt: FONT_PT.label,
  fontColor: COLORS.text,
  fontFace: FONT_FACE,
});

/** Gives a plan's shapes and connectors their look, its labels their boxes and its symbols their masks. */
export function dressPlan(plan: FlowchartPlan, grid: Grid): void {
  for (const s of plan.shapes) s.look = symbolLook(s);
  const byId = new Map(plan.shapes.map((s) => [s.id, s]));
  for (const c of plan.connectors) {
    c.look = { ...CONNECTOR_LOOK };
    if (c.label) c.labelBox = labelFor(c, grid, byId.get(c.from.shape), plan.shapes, plan.connectors);
  }
  plan.masks = plan.shapes.flatMap((s) => masksFor(s, grid));
}

/**
 * White borderless rectangles over the cells under a symbol that hold text, inside their borders: the
 * symbol then stands on a clean cell instead of over the text markers some SOPs keep in actor cells.
 */
export function masksFor(s: PlanShape, grid: Grid): PlanMask[] {
  const out: PlanMask[] = [];
  const seen = new Set<string>();
  const col = s.cell.col;
  for (let row = s.anchor.from.row; row <= s.anchor.to.row; row++) {
    const merge = mergeAt(grid, row, col);
    const top = merge ? merge.top : row;
    const left = merge ? merge.left : col;
    const key = `${top}:${left}`;
    if (seen.has(key) || cellText(grid, top, left).trim() === '') continue;
    seen.add(key);
    const bottom = merge ? merge.bottom : row;
    const right = merge ? merge.right : col;
    const x = colLeft(grid, left);
    const y = rowTop(grid, top);
    const width = colLeft(grid, right) + colWidth(grid, right) - x;
    const height = rowTop(grid, bottom) + rowHeight(grid, bottom) - y;
    if (width <= 2 * MASK_INSET || height <= 2 * MASK_INSET) continue;
    out.push({
      name: `${s.name}:mask${seen.size > 1 ? seen.size : ''}`,
      description: `${s.description} (latar)`,
      under: s.id,
      box: round({
        left: x + MASK_INSET,
        top: y + MASK_INSET,
        width: width - 2 * MASK_INSET,
        height: height - 2 * MASK_INSET,
      }),
      look: { ...MASK_LOOK },
    });
  }
  return out;
}

/**
 * A branch label next to the decision's exit, on clear paper: the first of a few places beside the
 * route that overlaps no symbol and no connector. Below and to the right of a line leaving downwards,
 * inside the column it starts in; for a line leaving sideways (a loop), above (else below) its first
 * segment, starting at the exit and no longer than that segment, else beside its vertical run near
 * the start, inside the column.
 */
export function labelFor(
  c: PlanConnector,
  grid: Grid,
  from: PlanShape | undefined,
  shapes: PlanShape[],
  connectors: PlanConnector[]
): PlanLabel {
  const { w, h, gap } = LABEL;
  const [a, b] = [c.points[0], c.points[1] ?? c.points[0]];
  const down = Math.abs(b.x - a.x) < 0.5;
  const candidates: Box[] = [];
  /** Candidates on the first segment may reach past the column, as long as the segment runs under them. */
  const onFirstSegment = new Set<Box>();
  if (down) {
    candidates.push(
      { left: a.x + gap, top: a.y + gap, width: w, height: h },
      { left: a.x - gap - w, top: a.y + gap, width: w, height: h }
    );
  } else {
    const right = b.x > a.x;
    const left = right ? a.x + gap : a.x - gap - w;
    for (const top of [a.y - h - gap, a.y + gap]) {
      const box = { left, top, width: w, height: h };
      candidates.push(box);
      onFirstSegment.add(box);
    }
    const next = c.points[2];
    if (next) {
      // Beside the vertical run, towards the symbols (left of a run on the right), nearer its start.
      for (const t of [0.2, 0.5]) {
        const y = b.y + (next.y - b.y) * t;
        candidates.push({ left: right ? b.x - gap - w : b.x + gap, top: y - h / 2, width: w, height: h });
      }
    }
  }
  const col = cellAtPoint(grid, a.x + (down ? 0 : Math.sign(b.x - a.x) * 0.5), a.y).col;
  const colL = colLeft(grid, col);
  const colR = colL + colWidth(grid, col);
  const segments = connectors.flatMap((k) => k.points.slice(1).map((q, i) => segmentBox(k.points[i], q)));
  const within = (box: Box) =>
    onFirstSegment.has(box)
      ? box.left >= Math.min(a.x, b.x) - 0.01 && box.left + box.width <= Math.max(a.x, b.x) + 0.01
      : box.left >= colL - 0.01 && box.left + box.width <= colR + 0.01;
  const clear = (box: Box) =>
    within(box) &&
    box.top >= 0 &&
    shapes.every((s) => !overlaps(box, s.box)) &&
    segments.every((sb) => !overlaps(box, sb));
  const box = candidates.find(clear) ?? candidates[0];
  return {
    name: `${c.name}:label`,
    description: `${c.label} (${from?.step ?? c.from.shape})`,
    text: c.label ?? '',
    box: round({ ...box, top: Math.max(0, box.top) }),
    look: { ...LABEL_LOOK },
  };
}

/** A segment as a box (of zero width or height). */
function segmentBox(p: Point, q: Point): Box {
  return { left: Math.min(p.x, q.x), top: Math.min(p.y, q.y), width: Math.abs(p.x - q.x), height: Math.abs(p.y - q.y) };
}

function overlaps(p: Box, q: Box): boolean {
  return p.left < q.left + q.width && q.left < p.left + p.width && p.top < q.top + q.height && q.top < p.top + p.height;
}

function round(b: Box): Box {
  const r = (n: number) => Math.round(n * 100) / 100;
  return { left: r(b.left), top: r(b.top), width: r(b.width), height: r(b.height) };
}
