/**
 * Flowchart plans -> live Excel shapes, in a fixed number of syncs whatever the number of steps:
 *   1. read: the plans' sheets (layout, sizes, shapes, protection) in one batch (read.ts), or, when
 *      the caller passes the grids the plans were made from, only the shapes and protection;
 *   2. write: delete Alur's earlier shapes of those tables (and, when asked, the hand-drawn ones),
 *      add every symbol, every connector, glue the connectors to their symbols' connection sites and
 *      add the Ya/Tidak labels, all in one batch. Office.js lets a batch use the proxy of a shape it
 *      added earlier in the same batch, so connecting needs no sync of its own.
 * A protected sheet is found in the first sync and refused before anything is written.
 * Without ExcelApi 1.9 the plans' cell markers are written instead (markers.ts).
 */
import { rangeA1, type Grid, type GridShape } from '../core/grid';
import { isAlurShape, isAlurShapeOfTable, shapesOverActorCells } from '../core/flowchart';
import type { FlowchartPlan, PlanConnector, PlanShape } from '../core/flowchart/types';
import { HostError, type DrawResult, type ProgressCallback } from '../core/host';
import { findSops } from '../core/parse';
import { protectedError } from './errors';
import { drawMarkers, queueMarkerReads, queueMarkerRestores } from './markers';
import { recall, remember } from './memory';
import { readInContext } from './read';
import { hostCapabilities } from './requirements';
import { anchorAt, excelShapeOfPreset } from './shapes';

export interface DrawOptions {
  /** Delete hand-drawn shapes lying over an SOP's actor cells and draw anyway (else that SOP is skipped). */
  replaceHandDrawn: boolean;
  /** Called after each phase (read, write) with (phases done, phases in all). */
  onProgress?: ProgressCallback;
  /**
   * The grids the plans were made from: the SOP layout and sizes are taken from them and only the
   * shapes and protection are read again. Without them the sheets are read afresh.
   */
  grids?: Grid[];
}

/** Black outlines on white, as the SOP AP examples are printed; labels in dark grey. */
const STYLE = {
  fill: '#FFFFFF',
  line: '#000000',
  lineWeight: 1,
  connectorWeight: 1,
  text: '#000000',
  label: '#404040',
  labelSize: 8,
};

/**
 * A font size that fits `text` in `box`: at most 10 pt, at least 6, small enough that the text fits
 * on the lines the box has room for (a character is about 0.55 em wide; the usable area of a decision
 * diamond is about half its box).
 */
export function fitFontSize(text: string, box: { width: number; height: number }, kind: PlanShape['kind']): number {
  const usable = kind === 'decision' ? 0.5 : kind === 'terminator' ? 0.75 : 0.85;
  const w = box.width * usable;
  const h = box.height * usable;
  const chars = Math.max(1, text.length);
  let size = 10;
  while (size > 6) {
    const perLine = Math.max(1, Math.floor(w / (size * 0.55)));
    const lines = Math.ceil(chars / perLine);
    if (lines * size * 1.2 <= h) break;
    size -= 0.5;
  }
  return size;
}

interface SheetWork {
  sheet: string;
  plans: FlowchartPlan[];
  ws: Excel.Worksheet;
  grid?: Grid;
  shapes?: Excel.ShapeCollection;
  protection?: Excel.WorksheetProtection;
}

/** The shapes on the sheet now, in the Grid's cell anchors (only what telling Alur's from the user's needs). */
function liveShapes(grid: Grid, shapes: Excel.ShapeCollection): GridShape[] {
  return shapes.items.map((s) => ({
    id: String(s.id),
    name: s.name,
    kind: s.type === 'Line' ? 'connector' : 'other',
    geometry: '',
    text: '',
    from: anchorAt(grid, s.left, s.top),
    to: anchorAt(grid, s.left + s.width, s.top + s.height),
  }));
}

function tableTopLeft(plan: FlowchartPlan): string {
  return plan.tableRange.split(':')[0];
}

function staleError(plan: FlowchartPlan): HostError {
  return new HostError(
    'stale',
    `Tabel SOP di ${plan.sheet}!${plan.tableRange} tidak ada lagi di tempat itu: lembar sudah berubah sejak diperiksa. Periksa ulang, lalu gambar lagi.`,
    `The SOP table at ${plan.sheet}!${plan.tableRange} is no longer there: the sheet changed since it was checked. Check again, then draw.`
  );
}

/** Draws every plan (see the module comment for the syncs). */
export async function drawPlans(plans: FlowchartPlan[], opts: DrawOptions): Promise<DrawResult> {
  const caps = hostCapabilities();
  const progress = (done: number) => opts.onProgress?.(done, 2);
  const result: DrawResult = { drawn: 0, shapes: 0, connectors: 0, fallback: null, skipped: [] };
  const drawable = plans.filter((p) => {
    if (p.shapes.length > 0) return true;
    result.skipped.push({ tableRange: p.tableRange, reason: 'no-steps' });
    return false;
  });
  if (drawable.length === 0) return result;
  progress(0);

  if (!caps.shapes) {
    const markers = await drawMarkers(drawable, progress);
    return { ...result, drawn: drawable.length, shapes: markers.written, fallback: 'markers' };
  }

  const bySheet = new Map<string, FlowchartPlan[]>();
  for (const p of drawable) bySheet.set(p.sheet, [...(bySheet.get(p.sheet) ?? []), p]);

  await Excel.run(async (context) => {
    // Phase 1: read.
    const given = new Map((opts.grids ?? []).map((g) => [g.sheet, g]));
    const work: SheetWork[] = [...bySheet].map(([sheet, sheetPlans]) => ({
      sheet,
      plans: sheetPlans,
      ws: context.workbook.worksheets.getItem(sheet),
      grid: given.get(sheet),
    }));
    for (const w of work) {
      if (!w.grid) continue;
      w.shapes = w.ws.shapes.load('items/id,items/name,items/type,items/left,items/top,items/width,items/height');
      if (caps.protection) w.protection = w.ws.protection.load('protected');
    }
    // readInContext syncs once for its reads and for the loads queued just above.
    const toRead = work.filter((w) => !w.grid);
    const fresh = toRead.length
      ? await readInContext(
          context,
          toRead.map((w) => w.ws),
          {}
        )
      : await context.sync().then(() => [] as Grid[]);
    toRead.forEach((w, i) => (w.grid = fresh[i]));
    progress(1);

    for (const w of work) {
      const isProtected = w.protection ? w.protection.protected : w.grid!.protected === true;
      if (isProtected) throw protectedError(w.sheet);
    }

    // Phase 2: decide, then delete and draw in one batch (no sync at all when every SOP is skipped).
    let changes = false;
    for (const w of work) {
      const grid = w.grid!;
      const shapesNow = w.shapes ? liveShapes(grid, w.shapes) : grid.shapes;
      const docs = findSops(grid);
      const ws = w.ws;
      const doomed = new Set<string>();
      const toDraw: FlowchartPlan[] = [];
      for (const plan of w.plans) {
        const doc = docs.find((d) => rangeA1(d.table.range) === plan.tableRange);
        if (!doc) throw staleError(plan);
        const handDrawn = shapesOverActorCells(doc, { ...grid, shapes: shapesNow }, plan.prefix);
        if (handDrawn.length > 0 && !opts.replaceHandDrawn) {
          result.skipped.push({ tableRange: plan.tableRange, reason: 'hand-drawn' });
          continue;
        }
        for (const s of handDrawn) doomed.add(s.id);
        for (const s of shapesNow) if (isAlurShapeOfTable(s.name, tableTopLeft(plan), plan.prefix)) doomed.add(s.id);
        toDraw.push(plan);
      }
      if (doomed.size > 0 || toDraw.length > 0) changes = true;
      for (const id of doomed) ws.shapes.getItem(id).delete();
      for (const plan of toDraw) {
        const drawn = queuePlan(ws, plan);
        result.drawn++;
        result.shapes += drawn.shapes;
        result.connectors += drawn.connectors;
      }
    }
    if (changes) await context.sync();
    progress(2);
  });
  return result;
}

/** Queues one plan's shapes, connectors and labels; returns how many of each. */
function queuePlan(ws: Excel.Worksheet, plan: FlowchartPlan): { shapes: number; connectors: number } {
  const proxies = new Map<string, Excel.Shape>();
  for (const s of plan.shapes) proxies.set(s.id, queueShape(ws, s));
  let connectors = 0;
  for (const c of plan.connectors) {
    const from = proxies.get(c.from.shape);
    const to = proxies.get(c.to.shape);
    if (!from || !to || c.points.length < 2) continue;
    queueConnector(ws, c, from, to);
    connectors++;
  }
  return { shapes: plan.shapes.length, connectors };
}

function queueShape(ws: Excel.Worksheet, s: PlanShape): Excel.Shape {
  const shape = ws.shapes.addGeometricShape(excelShapeOfPreset(s.preset) as Excel.GeometricShapeType);
  shape.name = s.name;
  shape.altTextDescription = s.description;
  shape.left = s.box.left;
  shape.top = s.box.top;
  shape.width = s.box.width;
  shape.height = s.box.height;
  shape.fill.setSolidColor(STYLE.fill);
  shape.lineFormat.color = STYLE.line;
  shape.lineFormat.weight = STYLE.lineWeight;
  const frame = shape.textFrame;
  frame.horizontalAlignment = 'Center';
  frame.verticalAlignment = 'Middle';
  frame.textRange.text = s.text;
  frame.textRange.font.color = STYLE.text;
  frame.textRange.font.size = fitFontSize(s.text, s.box, s.kind);
  return shape;
}

function queueConnector(ws: Excel.Worksheet, c: PlanConnector, from: Excel.Shape, to: Excel.Shape): void {
  const first = c.points[0];
  const last = c.points[c.points.length - 1];
  const shape = ws.shapes.addLine(first.x, first.y, last.x, last.y, c.kind === 'elbow' ? 'Elbow' : 'Straight');
  shape.name = c.name;
  shape.lineFormat.color = STYLE.line;
  shape.lineFormat.weight = STYLE.connectorWeight;
  const line = shape.line;
  line.connectBeginShape(from, c.from.site);
  line.connectEndShape(to, c.to.site);
  line.endArrowheadStyle = 'Triangle';
  if (c.label) queueLabel(ws, c);
}

/**
 * A decision branch's "Ya"/"Tidak" as a small borderless text box beside the start of the branch
 * (Excel lines carry no text). Named after the connector, so it is removed with Alur's shapes.
 */
function queueLabel(ws: Excel.Worksheet, c: PlanConnector): void {
  const [p, q] = c.points;
  const horizontal = Math.abs(q.x - p.x) > Math.abs(q.y - p.y);
  const width = 34;
  const height = 14;
  const box = ws.shapes.addTextBox(c.label!);
  box.name = `${c.name}:label`;
  // Beside a vertical first segment, above a horizontal one, so the label never sits on the line.
  box.left = horizontal ? Math.min(p.x, q.x) + 2 : p.x + 2;
  box.top = horizontal ? p.y - height - 1 : Math.min(p.y, q.y) + 1;
  box.width = width;
  box.height = height;
  box.fill.clear();
  box.lineFormat.visible = false;
  box.textFrame.textRange.font.size = STYLE.labelSize;
  box.textFrame.textRange.font.color = STYLE.label;
}

/**
 * Removes everything Alur drew on a sheet: its shapes (names "Alur:...") and its cell markers (cells
 * restored as they were). Two syncs. Returns how many shapes and marker cells were removed.
 */
export async function removeFlowcharts(sheet: string, prefix?: string): Promise<number> {
  const caps = hostCapabilities();
  let removed = 0;
  let markersCleared = false;
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    const shapes = caps.shapes ? ws.shapes.load('items/id,items/name') : undefined;
    const protection = caps.protection ? ws.protection.load('protected') : undefined;
    const markers = queueMarkerReads(ws, sheet);
    await context.sync();
    const ours = shapes ? shapes.items.filter((s) => isAlurShape(s.name, prefix)) : [];
    const count = ours.length + markers.records.length;
    if (count === 0) return;
    if (protection?.protected) throw protectedError(sheet);
    for (const s of ours) s.delete();
    queueMarkerRestores(ws, markers.records, markers.reads);
    await context.sync();
    removed = count;
    markersCleared = markers.records.length > 0;
  });
  if (markersCleared) await remember(sheet, { ...recall(sheet), markers: [] });
  return removed;
}
