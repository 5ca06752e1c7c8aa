/**
 * Drawing flowchart plans (src/core/flowchart) into a workbook file, and removing them again. The plan
 * says what goes where; this file only maps it onto DrawingML shapes (./drawing addShapes), decides
 * which existing shapes give way, and counts what was done.
 *
 * Whose shapes are whose:
 * - Alur's own shapes (named "Alur:<table cell>:<id>") of the tables being drawn are always replaced,
 *   so drawing twice leaves one flowchart. An Alur shape of another table on the same sheet stays.
 * - The user's shapes stay, except where an SOP's actor cells already hold a hand-drawn flowchart: that
 *   SOP is skipped (result.skipped) unless `replaceHandDrawn`, and then exactly the shapes over that
 *   table's actor cells (core shapesOverActorCells) are removed.
 *
 * Connectors: each plan connector becomes ONE DrawingML connector glued to both symbols (stCxn/endCxn
 * with the plan's sites), so Excel keeps it attached when a symbol is moved: a straight one, or the
 * bent preset (bentConnector2/3/4, its frame turned and flipped, its bends as adjust values) that draws
 * exactly the plan's route (core connectorGeometry). Only a route no preset draws (five or more
 * segments) falls back to a chain of straight pieces "...#k/n", the first and last glued. LibreOffice
 * re-routes glued bent connectors its own way on import; Excel draws them as written. Branch labels
 * ("Ya" / "Tidak") are small borderless text boxes beside the start of their connector, as DrawingML
 * connectors carry no text.
 *
 * Looks: symbols have a solid white fill, a thin black outline and their text in the theme's body font
 * (Calibri) at a size fitted to the symbol. Where an actor cell under a symbol holds text (seed 002 keeps
 * "↓ []" style markers there), a white borderless "mask" rectangle inside the cell's borders goes under
 * the symbol, so the drawing reads as a flowchart rather than shapes over text.
 */
import { a1, cellText, colLeft, colWidth, mergeAt, parseA1, rangeA1, rowHeight, rowTop, type Grid } from '../core/grid';
import { connectorGeometry, isAlurShape, isAlurShapeOfTable, shapesOverActorCells } from '../core/flowchart';
import type { Box, FlowchartPlan, PlanConnector, PlanShape, Point } from '../core/flowchart';
import type { DrawResult } from '../core/host';
import type { SopDoc } from '../core/model';
import { findSops } from '../core/parse';
import { addShapes, type DrawPoint, type DrawShape } from './drawing';
import { dropEmptyDrawings, openXlsx, partXml, readRels, REL_TYPE } from './package';
import { readWorkbook } from './read';
import { cellAtPoint } from './shapes';
import { NS, findAll } from './xml';

export interface DrawPlansOptions {
  /** Remove the user's shapes over the actor cells of SOPs that hold a hand-drawn flowchart, and draw. */
  replaceHandDrawn?: boolean;
  /** The workbook's grids as already read (saves reading the file again); read from `data` when absent. */
  grids?: Grid[];
}

/** Font sizes in points: the largest and smallest inside symbols, and the branch labels. */
const FONT_PT = { max: 9, min: 6, label: 8 } as const;
/** The theme's body font (Calibri in Office's default theme; LibreOffice maps it to Carlito). */
const FONT_FACE = '+mn-lt';
/** Branch labels in dark grey, so they read as annotations of the line, not as symbols. */
const LABEL_COLOR = '262626';
/** How far a mask stays inside its cell's borders, in points, so the grid lines still print. */
const MASK_INSET = 1;
/** A branch label's box beside its connector, in points. */
const LABEL = { w: 24, h: 11, gap: 1.5 } as const;

/** What happened to each plan, in the order of the plans given. */
export type PlanOutcome = 'drawn' | 'hand-drawn' | 'no-steps';

/**
 * Draws the plans into a copy of the workbook; returns the new bytes, what was drawn or skipped, and
 * each plan's outcome (two sheets may hold tables with the same range, so outcomes go by position).
 */
export async function drawPlans(
  data: Uint8Array,
  plans: FlowchartPlan[],
  opts: DrawPlansOptions = {}
): Promise<{ bytes: Uint8Array; result: DrawResult; outcomes: PlanOutcome[] }> {
  const result: DrawResult = { drawn: 0, shapes: 0, connectors: 0, fallback: null, skipped: [] };
  const outcomes: PlanOutcome[] = plans.map(() => 'drawn');
  const indexOf = new Map(plans.map((p, i) => [p, i]));
  const grids = opts.grids ?? (await readWorkbook(data));
  const docsOf = memo((sheet: string) => {
    const grid = grids.find((g) => g.sheet === sheet);
    return grid ? findSops(grid) : [];
  });

  // Plans by sheet, in the order the sheets first appear: one addShapes call per sheet.
  const bySheet = new Map<string, FlowchartPlan[]>();
  for (const plan of plans) bySheet.set(plan.sheet, [...(bySheet.get(plan.sheet) ?? []), plan]);

  let bytes = data;
  for (const [sheet, sheetPlans] of bySheet) {
    const grid = grids.find((g) => g.sheet === sheet);
    if (!grid) throw new RangeError(`no worksheet named "${sheet}"`);
    const removeNames = new Set<string>();
    const removeIds = new Set<string>();
    const tables: string[] = [];
    const shapes: DrawShape[] = [];
    let nextId = Math.max(0, ...grid.shapes.map((s) => Number(s.id)).filter(Number.isFinite)) + 1;
    for (const plan of sheetPlans) {
      if (plan.shapes.length === 0) {
        result.skipped.push({ tableRange: plan.tableRange, reason: 'no-steps' });
        outcomes[indexOf.get(plan)!] = 'no-steps';
        continue;
      }
      const doc = docsOf(sheet).find((d) => rangeA1(d.table.range) === plan.tableRange);
      const handDrawn = doc ? shapesOverActorCells(doc, grid, plan.prefix) : [];
      if (handDrawn.length > 0) {
        // Removed by cNvPr id, so a user's shape elsewhere with the same name stays; an id the drawing
        // uses twice cannot be told apart, and then the SOP is left alone.
        const ids = new Set(handDrawn.map((s) => s.id));
        const ambiguous = grid.shapes.some((s) => ids.has(s.id) && !handDrawn.includes(s));
        if (!opts.replaceHandDrawn || ambiguous) {
          result.skipped.push({ tableRange: plan.tableRange, reason: 'hand-drawn' });
          outcomes[indexOf.get(plan)!] = 'hand-drawn';
          continue;
        }
        for (const id of ids) removeIds.add(id);
      }
      tables.push(tableCell(plan.tableRange));
      // Alur's shapes over this table from an earlier run, even if the table has since moved.
      if (doc)
        for (const s of grid.shapes) if (isAlurShape(s.name, plan.prefix) && overTable(s, doc)) removeNames.add(s.name);
      const mapped = mapPlan(plan, grid, nextId);
      nextId += mapped.length;
      shapes.push(...mapped);
      result.drawn++;
      result.shapes += plan.shapes.length;
      result.connectors += plan.connectors.length;
    }
    if (tables.length === 0) continue;
    const prefixes = [...new Set(sheetPlans.map((p) => p.prefix))];
    bytes = await addShapes(bytes, sheet, shapes, {
      removeWhere: (name, _descr, id) =>
        removeIds.has(String(id)) ||
        removeNames.has(name) ||
        tables.some((cell) => prefixes.some((prefix) => isAlurShapeOfTable(name, cell, prefix))),
    });
  }
  return { bytes, result, outcomes };
}

/**
 * Removes every shape Alur drew on a sheet (of any table), leaving the user's shapes. Returns the
 * workbook unchanged (same bytes) when there is nothing to remove.
 */
export async function removeAlurShapes(
  data: Uint8Array,
  sheet: string,
  prefix?: string
): Promise<{ bytes: Uint8Array; removed: number }> {
  const removed = await countAlurShapes(data, sheet, prefix);
  if (removed === 0) return { bytes: data, removed };
  const left = await addShapes(data, sheet, [], { removeWhere: (name) => isAlurShape(name, prefix) });
  // No shape left: the drawing part goes too (Excel does not keep an empty one).
  const bytes = await dropEmptyDrawings(left, sheet);
  return { bytes, removed };
}

/** How many top-level drawing objects on a sheet are Alur's (a group or AlternateContent counts once). */
async function countAlurShapes(data: Uint8Array, sheet: string, prefix?: string): Promise<number> {
  const pkg = await openXlsx(data);
  const part = pkg.sheets.find((s) => s.name === sheet);
  if (!part) throw new RangeError(`no worksheet named "${sheet}"`);
  let n = 0;
  for (const rel of readRels(pkg, part.path)) {
    if (rel.type !== REL_TYPE.drawing || rel.external) continue;
    const root = partXml(pkg, rel.target);
    if (!root) continue;
    for (const anchor of root.children) {
      const names = findAll(anchor, NS.xdr, 'cNvPr').map((c) => c.attrs.name ?? '');
      if (names.some((name) => isAlurShape(name, prefix))) n++;
    }
  }
  return n;
}

/**
 * The DrawShapes of one plan: masks first (they lie under everything), then the symbols (connectors
 * refer to their ids), then connectors and labels.
 */
export function mapPlan(plan: FlowchartPlan, grid: Grid, firstId: number): DrawShape[] {
  const out: DrawShape[] = [];
  const idOf = new Map<string, number>();
  let id = firstId;
  for (const s of plan.shapes) for (const m of maskShapes(s, grid)) out.push({ ...m, id: id++ });
  for (const s of plan.shapes) {
    idOf.set(s.id, id);
    out.push(symbolShape(s, id++));
  }
  const byId = new Map(plan.shapes.map((s) => [s.id, s]));
  for (const c of plan.connectors) {
    for (const piece of connectorShapes(c, grid, idOf)) out.push({ ...piece, id: id++ });
    if (c.label) out.push({ ...labelShape(c, grid, byId.get(c.from.shape), plan.shapes, plan.connectors), id: id++ });
  }
  return out;
}

function symbolShape(s: PlanShape, id: number): DrawShape {
  return {
    kind: s.kind,
    name: s.name,
    description: s.description,
    text: s.text,
    id,
    from: {
      row: s.anchor.from.row,
      col: s.anchor.from.col,
      rowOffPt: s.anchor.from.rowOffPt,
      colOffPt: s.anchor.from.colOffPt,
    },
    to: { row: s.anchor.to.row, col: s.anchor.to.col, rowOffPt: s.anchor.to.rowOffPt, colOffPt: s.anchor.to.colOffPt },
    fillColor: 'FFFFFF',
    fontFace: FONT_FACE,
    fontSizePt: symbolFontSize(s.text, s.box, s.kind),
  };
}

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

/**
 * White borderless rectangles over the cells under a symbol that hold text, inside their borders: the
 * symbol then stands on a clean cell instead of over the text markers some SOPs keep in actor cells.
 */
function maskShapes(s: PlanShape, grid: Grid): DrawShape[] {
  const out: DrawShape[] = [];
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
      kind: 'other',
      name: `${s.name}:mask${seen.size > 1 ? seen.size : ''}`,
      description: `${s.description} (latar)`,
      from: at(grid, { x: x + MASK_INSET, y: y + MASK_INSET }),
      to: at(grid, { x: x + width - MASK_INSET, y: y + height - MASK_INSET }),
      fillColor: 'FFFFFF',
    });
  }
  return out;
}

function at(grid: Grid, p: Point): DrawPoint {
  const a = cellAtPoint(grid, p.x, p.y);
  return { row: a.row, col: a.col, rowOffPt: a.rowOffset, colOffPt: a.colOffset };
}

/**
 * One connector shape drawing the plan's route, glued at both ends; pieces only when no preset can
 * draw the route.
 */
function connectorShapes(c: PlanConnector, grid: Grid, idOf: Map<string, number>): DrawShape[] {
  const common = {
    kind: 'connector' as const,
    description: `${c.from.shape} → ${c.to.shape}${c.label ? ` (${c.label})` : ''}`,
    lineWidthPt: 0.75,
  };
  const geometry = connectorGeometry(c.points);
  if (geometry) {
    return [
      {
        ...common,
        name: c.name,
        from: at(grid, geometry.start),
        to: at(grid, geometry.end),
        preset: geometry.preset,
        rotation: geometry.rotation,
        adjust: geometry.adjust,
        fallbackPath: geometry.preset === 'straightConnector1' ? undefined : c.points.map((p) => at(grid, p)),
        startId: idOf.get(c.from.shape),
        startSite: c.from.site,
        endId: idOf.get(c.to.shape),
        endSite: c.to.site,
      },
    ];
  }
  const n = c.points.length - 1;
  const out: DrawShape[] = [];
  for (let k = 0; k < n; k++) {
    const first = k === 0;
    const last = k === n - 1;
    out.push({
      ...common,
      // "...#2/5" for the pieces of a route no single preset draws.
      name: `${c.name}#${k + 1}/${n}`,
      from: at(grid, c.points[k]),
      to: at(grid, c.points[k + 1]),
      route: 'straight',
      startId: first ? idOf.get(c.from.shape) : undefined,
      startSite: first ? c.from.site : undefined,
      endId: last ? idOf.get(c.to.shape) : undefined,
      endSite: last ? c.to.site : undefined,
      tailArrow: last,
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
function labelShape(
  c: PlanConnector,
  grid: Grid,
  from: PlanShape | undefined,
  shapes: PlanShape[],
  connectors: PlanConnector[]
): DrawShape {
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
    kind: 'other',
    name: `${c.name}:label`,
    description: `${c.label} (${from?.step ?? c.from.shape})`,
    text: c.label ?? '',
    from: at(grid, { x: box.left, y: Math.max(0, box.top) }),
    to: at(grid, { x: box.left + box.width, y: Math.max(0, box.top) + box.height }),
    fontSizePt: FONT_PT.label,
    fontFace: FONT_FACE,
    textColor: LABEL_COLOR,
  };
}

/** A segment as a box (of zero width or height). */
function segmentBox(p: Point, q: Point): Box {
  return { left: Math.min(p.x, q.x), top: Math.min(p.y, q.y), width: Math.abs(p.x - q.x), height: Math.abs(p.y - q.y) };
}

function overlaps(p: Box, q: Box): boolean {
  return p.left < q.left + q.width && q.left < p.left + p.width && p.top < q.top + q.height && q.top < p.top + p.height;
}

/** "A14:K31" -> "A14", the cell in Alur's shape names. */
function tableCell(tableRange: string): string {
  const { row, col } = parseA1(tableRange.split(':')[0]);
  return a1(row, col);
}

/** Whether a shape's top-left corner lies in the SOP's table. */
function overTable(s: Grid['shapes'][number], doc: SopDoc): boolean {
  const r = doc.table.range;
  return s.from.row >= r.top && s.from.row <= r.bottom && s.from.col >= r.left && s.from.col <= r.right;
}

function memo<T>(f: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, f(key));
    return cache.get(key)!;
  };
}
