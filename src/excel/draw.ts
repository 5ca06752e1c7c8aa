/**
 * Flowchart plans -> live Excel shapes, in a fixed number of syncs whatever the number of steps:
 *   1. read: the plans' sheets (layout, sizes, shapes, protection) in one batch (read.ts), or, when
 *      the caller passes the grids the plans were made from, only the shapes and protection;
 *   2. write: delete what the core's redrawChoice says gives way (Alur's earlier shapes of those
 *      tables and, when asked, the hand-drawn ones), add every mask, symbol and connector with the look
 *      the plan gives it, glue the connectors to their symbols' connection sites and add the Ya/Tidak
 *      labels where the plan puts them, all in one batch. This file decides nothing about the drawing. Office.js lets a batch use the proxy of a shape it
 *      added earlier in the same batch, so connecting needs no sync of its own.
 * A protected sheet is found in the first sync and refused before anything is written.
 * Without ExcelApi 1.9 the plans' cell markers are written instead (cell-markers.ts).
 */
import type { Grid, GridShape } from '../core/grid';
import { PICTURE_GEOMETRY, classifyShape } from '../core/grid/vocabulary';
import { isAlurShape, redrawChoice, staleError } from '../core/flowchart';
import type { Box, FlowchartPlan, PlanConnector, PlanLook } from '../core/flowchart/types';
import type { DrawResult, ProgressCallback } from '../core/host';
import { protectedError } from './errors';
import { drawMarkers, queueMarkerReads, queueMarkerRestores } from './cell-markers';
import { recall, remember } from './memory';
import { readInContext } from './read';
import { hostCapabilities } from './requirements';
import { anchorAt, excelShapeOfPreset, presetOfExcelShape } from './shapes';

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

interface SheetWork {
  sheet: string;
  plans: FlowchartPlan[];
  ws: Excel.Worksheet;
  grid?: Grid;
  shapes?: Excel.ShapeCollection;
  protection?: Excel.WorksheetProtection;
}

/**
 * The shapes on the sheet now, in the Grid's cell anchors, classified by the core's vocabulary (the
 * redraw decision needs names, ids, kinds and places; the text is the one read with the plans' grids).
 */
function liveShapes(grid: Grid, shapes: Excel.ShapeCollection): GridShape[] {
  const before = new Map(grid.shapes.map((s) => [s.id, s]));
  return shapes.items.map((s) => {
    const known = before.get(String(s.id));
    const geometry =
      s.type === 'Line'
        ? 'line'
        : s.type === 'Image'
          ? PICTURE_GEOMETRY
          : s.geometricShapeType
            ? presetOfExcelShape(s.geometricShapeType)
            : String(s.type).toLowerCase();
    const text = known?.text ?? '';
    const shape: GridShape = {
      id: String(s.id),
      name: s.name,
      kind: classifyShape({ geometry, name: s.name, text, connector: s.type === 'Line' }),
      geometry,
      text,
      from: anchorAt(grid, s.left, s.top),
      to: anchorAt(grid, s.left + s.width, s.top + s.height),
    };
    if (s.type === 'Image') shape.picture = true;
    return shape;
  });
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
      w.shapes = w.ws.shapes.load(
        'items/id,items/name,items/type,items/geometricShapeType,items/left,items/top,items/width,items/height'
      );
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
      const ws = w.ws;
      const doomed = new Set<string>();
      const toDraw: FlowchartPlan[] = [];
      for (const plan of w.plans) {
        const choice = redrawChoice(plan, { ...grid, shapes: shapesNow }, { replaceHandDrawn: opts.replaceHandDrawn });
        if (choice.outcome === 'stale') throw staleError(plan);
        if (choice.outcome === 'hand-drawn') {
          result.skipped.push({ tableRange: plan.tableRange, reason: 'hand-drawn' });
          continue;
        }
        if (choice.outcome === 'unplaceable') {
          result.skipped.push({ tableRange: plan.tableRange, reason: 'unplaceable', shapes: choice.unplaced });
          continue;
        }
        for (const s of choice.remove) doomed.add(s.id);
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

/** Queues one plan's masks, symbols, connectors and labels, in that order (masks lie under); returns counts. */
function queuePlan(ws: Excel.Worksheet, plan: FlowchartPlan): { shapes: number; connectors: number } {
  for (const m of plan.masks) queueBox(ws, 'rect', m.name, m.description, '', m.box, m.look);
  const proxies = new Map<string, Excel.Shape>();
  for (const s of plan.shapes) proxies.set(s.id, queueBox(ws, s.preset, s.name, s.description, s.text, s.box, s.look));
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

const color = (hex: string) => `#${hex}`;

/** A box of the plan: a geometric shape (a text box for a label) with exactly the plan's look. */
function queueBox(
  ws: Excel.Worksheet,
  preset: string,
  name: string,
  description: string,
  text: string,
  box: Box,
  look: PlanLook
): Excel.Shape {
  const textBox = preset === TEXT_BOX;
  const shape = textBox
    ? ws.shapes.addTextBox(text)
    : ws.shapes.addGeometricShape(excelShapeOfPreset(preset) as Excel.GeometricShapeType);
  shape.name = name;
  shape.altTextDescription = description;
  shape.left = box.left;
  shape.top = box.top;
  shape.width = box.width;
  shape.height = box.height;
  if (look.fill) shape.fill.setSolidColor(color(look.fill));
  else shape.fill.clear();
  if (look.line) {
    shape.lineFormat.color = color(look.line);
    shape.lineFormat.weight = look.lineWidthPt;
  } else shape.lineFormat.visible = false;
  if (text) {
    const frame = shape.textFrame;
    frame.horizontalAlignment = 'Center';
    frame.verticalAlignment = 'Middle';
    if (!textBox) frame.textRange.text = text;
    frame.textRange.font.color = color(look.fontColor);
    frame.textRange.font.size = look.fontSizePt;
  }
  return shape;
}

/** Labels are text boxes (Excel's own kind for a caption), not a preset. */
const TEXT_BOX = 'textbox';

function queueConnector(ws: Excel.Worksheet, c: PlanConnector, from: Excel.Shape, to: Excel.Shape): void {
  const first = c.points[0];
  const last = c.points[c.points.length - 1];
  const shape = ws.shapes.addLine(first.x, first.y, last.x, last.y, c.kind === 'elbow' ? 'Elbow' : 'Straight');
  shape.name = c.name;
  shape.altTextDescription = c.description;
  shape.lineFormat.color = color(c.look.line ?? '000000');
  shape.lineFormat.weight = c.look.lineWidthPt;
  const line = shape.line;
  line.connectBeginShape(from, c.from.site);
  line.connectEndShape(to, c.to.site);
  line.endArrowheadStyle = 'Triangle';
  // A decision branch's "Ya"/"Tidak": Excel lines carry no text, so a text box where the plan puts it.
  const l = c.labelBox;
  if (l) queueBox(ws, TEXT_BOX, l.name, l.description, l.text, l.box, l.look);
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
