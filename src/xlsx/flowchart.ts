/**
 * Drawing flowchart plans (src/core/flowchart) into a workbook file, and removing them again. The plan
 * decides everything (what goes where, sizes, fonts, colours, label boxes, masks) and the core's
 * redrawChoice decides which shapes already on the sheet give way (Alur's earlier ones; the hand-drawn
 * ones only with `replaceHandDrawn`, and never when one of them holds what the SOP as read does not);
 * this file only translates the plan into DrawingML shapes (./drawing addShapes) and counts.
 *
 * Connectors: each plan connector becomes ONE plain DrawingML connector (<xdr:cxnSp>) glued to both
 * symbols (stCxn/endCxn with the plan's sites), as Excel itself writes them, so Excel keeps it attached
 * when a symbol is moved: a straight one, or the bent preset (bentConnector2/3/4, its frame turned and
 * flipped, its bends as adjust values) that draws exactly the plan's route (core connectorGeometry).
 * Only a route no preset draws (five or more segments) falls back to a chain of straight pieces
 * "...#k/n", the first and last glued. LibreOffice re-routes glued bent connectors its own way on import.
 */
import type { Grid } from '../core/grid';
import { connectorGeometry, isAlurShape, redrawChoice, staleError } from '../core/flowchart';
import type { Box, FlowchartPlan, PlanConnector, PlanLook, Point } from '../core/flowchart';
import type { DrawResult } from '../core/host';
import { addShapes, type DrawPoint, type DrawShape } from './drawing';
import { dropEmptyDrawings } from './hygiene';
import { openXlsx, partXml, readRels, REL_TYPE } from './package';
import { readWorkbook } from './read';
import { cellAtPoint } from './shapes';
import { NS, findAll } from './xml';

export interface DrawPlansOptions {
  /** Remove the user's shapes over the actor cells of SOPs that hold a hand-drawn flowchart, and draw. */
  replaceHandDrawn?: boolean;
  /** The workbook's grids as already read (saves reading the file again); read from `data` when absent. */
  grids?: Grid[];
}

/** What happened to each plan, in the order of the plans given. */
export type PlanOutcome = 'drawn' | 'hand-drawn' | 'no-steps' | 'unplaceable';

/**
 * Draws the plans into a copy of the workbook; returns the new bytes, what was drawn or skipped, and
 * each plan's outcome (two sheets may hold tables with the same range, so outcomes go by position) and
 * the hand-drawn shapes that kept an SOP from being redrawn.
 */
export async function drawPlans(
  data: Uint8Array,
  plans: FlowchartPlan[],
  opts: DrawPlansOptions = {}
): Promise<{ bytes: Uint8Array; result: DrawResult; outcomes: PlanOutcome[]; unplaced: string[][] }> {
  const result: DrawResult = { drawn: 0, shapes: 0, connectors: 0, fallback: null, skipped: [] };
  const outcomes: PlanOutcome[] = plans.map(() => 'drawn');
  /** Per plan: the hand-drawn shapes no step holds (outcome 'unplaceable'). */
  const unplaced: string[][] = plans.map(() => []);
  const indexOf = new Map(plans.map((p, i) => [p, i]));
  const grids = opts.grids ?? (await readWorkbook(data));

  // Plans by sheet, in the order the sheets first appear: one addShapes call per sheet.
  const bySheet = new Map<string, FlowchartPlan[]>();
  for (const plan of plans) bySheet.set(plan.sheet, [...(bySheet.get(plan.sheet) ?? []), plan]);

  let bytes = data;
  for (const [sheet, sheetPlans] of bySheet) {
    const grid = grids.find((g) => g.sheet === sheet);
    if (!grid) throw new RangeError(`no worksheet named "${sheet}"`);
    const removeIds = new Set<string>();
    const removeNames = new Set<string>();
    const shapes: DrawShape[] = [];
    let nextId = Math.max(0, ...grid.shapes.map((s) => Number(s.id)).filter(Number.isFinite)) + 1;
    for (const plan of sheetPlans) {
      if (plan.shapes.length === 0) {
        result.skipped.push({ tableRange: plan.tableRange, reason: 'no-steps' });
        outcomes[indexOf.get(plan)!] = 'no-steps';
        continue;
      }
      const choice = redrawChoice(plan, grid, { replaceHandDrawn: opts.replaceHandDrawn === true });
      if (choice.outcome === 'stale') throw staleError(plan);
      if (choice.outcome !== 'draw') {
        result.skipped.push(
          choice.outcome === 'unplaceable'
            ? { tableRange: plan.tableRange, reason: 'unplaceable', shapes: choice.unplaced }
            : { tableRange: plan.tableRange, reason: choice.outcome }
        );
        outcomes[indexOf.get(plan)!] = choice.outcome;
        unplaced[indexOf.get(plan)!] = choice.unplaced;
        continue;
      }
      // Alur's own shapes go by name too: every piece of an earlier drawing (an AlternateContent wrapper
      // written by an older Alur holds two) carries it.
      for (const s of choice.remove) {
        removeIds.add(s.id);
        if (isAlurShape(s.name, plan.prefix)) removeNames.add(s.name);
      }
      const mapped = mapPlan(plan, grid, nextId);
      nextId += mapped.length;
      shapes.push(...mapped);
      result.drawn++;
      result.shapes += plan.shapes.length;
      result.connectors += plan.connectors.length;
    }
    if (shapes.length === 0) continue;
    bytes = await addShapes(bytes, sheet, shapes, {
      removeWhere: (name, _descr, id) => removeIds.has(String(id)) || removeNames.has(name),
    });
  }
  return { bytes, result, outcomes, unplaced };
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
 * refer to their ids), then connectors and labels. Boxes in points become cell anchors here.
 */
export function mapPlan(plan: FlowchartPlan, grid: Grid, firstId: number): DrawShape[] {
  const out: DrawShape[] = [];
  const idOf = new Map<string, number>();
  let id = firstId;
  for (const m of plan.masks)
    out.push({ ...boxShape(grid, 'other', m.box, m.look), name: m.name, description: m.description, id: id++ });
  for (const s of plan.shapes) {
    idOf.set(s.id, id);
    out.push({
      ...boxShape(grid, s.kind, s.box, s.look),
      name: s.name,
      description: s.description,
      text: s.text,
      id: id++,
    });
  }
  for (const c of plan.connectors) {
    for (const piece of connectorShapes(c, grid, idOf)) out.push({ ...piece, id: id++ });
    const l = c.labelBox;
    if (l)
      out.push({
        ...boxShape(grid, 'other', l.box, l.look),
        name: l.name,
        description: l.description,
        text: l.text,
        id: id++,
      });
  }
  return out;
}

/** A box of the plan with its look, as a DrawShape without name. */
function boxShape(grid: Grid, kind: DrawShape['kind'], box: Box, look: PlanLook): Omit<DrawShape, 'name'> {
  return {
    kind,
    from: at(grid, { x: box.left, y: box.top }),
    to: at(grid, { x: box.left + box.width, y: box.top + box.height }),
    fillColor: look.fill ?? undefined,
    lineColor: look.line ?? undefined,
    lineWidthPt: look.line ? look.lineWidthPt : undefined,
    fontSizePt: look.fontSizePt,
    fontFace: look.fontFace,
    textColor: look.fontColor,
  };
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
    description: c.description,
    lineWidthPt: c.look.lineWidthPt,
    lineColor: c.look.line ?? undefined,
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
