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
 * Connectors: a plan connector of two points becomes one straight connector glued to both symbols
 * (stCxn/endCxn with the plan's sites). A routed connector (elbow across lanes, a loop back along a
 * lane's corridor) becomes a chain of straight segments following the plan's points exactly: the first
 * glued to the source symbol, the last glued to the target and carrying the arrowhead. addShapes cannot
 * yet write a single bent connector that runs vertically first (that needs a:xfrm rot and adjust values),
 * and LibreOffice re-routes glued bent connectors its own way; straight segments look the same in Excel,
 * LibreOffice and print. Branch labels ("Ya" / "Tidak") are small borderless text boxes beside the start
 * of their connector, as DrawingML connectors carry no text.
 */
import { a1, parseA1, rangeA1, type Grid } from '../core/grid';
import { isAlurShape, isAlurShapeOfTable, shapesOverActorCells } from '../core/flowchart';
import type { FlowchartPlan, PlanConnector, PlanShape, Point } from '../core/flowchart';
import type { DrawResult } from '../core/host';
import type { SopDoc } from '../core/model';
import { findSops } from '../core/parse';
import { addShapes, type DrawPoint, type DrawShape } from './drawing';
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

/** Font sizes in points: step numbers and words inside symbols, the off-page letters, branch labels. */
const FONT_PT = { symbol: 8, offpage: 7, label: 7 } as const;
/** A branch label's box beside its connector, in points. */
const LABEL = { w: 26, h: 11, gap: 2 } as const;

/** What happened to each plan, in the order of the plans given. */
export type PlanOutcome = 'drawn' | 'hand-drawn' | 'no-steps';

/**
 * Draws the plans into a copy of the workbook; returns the new bytes, what was drawn or skipped, and
 * each plan's outcome (two sheets may hold tables with the same range, so outcomes go by position).
 */
export async function drawPlans(
  data: Uint8Array,
  plans: FlowchartPlan[],
  opts: DrawPlansOptions = {},
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
        // Only shapes that can be told apart by name can be removed (addShapes matches by name).
        const names = new Set(handDrawn.map((s) => s.name));
        const ambiguous = grid.shapes.some((s) => names.has(s.name) && !handDrawn.includes(s));
        if (!opts.replaceHandDrawn || ambiguous) {
          result.skipped.push({ tableRange: plan.tableRange, reason: 'hand-drawn' });
          outcomes[indexOf.get(plan)!] = 'hand-drawn';
          continue;
        }
        for (const n of names) removeNames.add(n);
      }
      tables.push(tableCell(plan.tableRange));
      // Alur's shapes over this table from an earlier run, even if the table has since moved.
      if (doc) for (const s of grid.shapes) if (isAlurShape(s.name, plan.prefix) && overTable(s, doc)) removeNames.add(s.name);
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
      removeWhere: (name) =>
        removeNames.has(name) || tables.some((cell) => prefixes.some((prefix) => isAlurShapeOfTable(name, cell, prefix))),
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
  prefix?: string,
): Promise<{ bytes: Uint8Array; removed: number }> {
  const removed = await countAlurShapes(data, sheet, prefix);
  if (removed === 0) return { bytes: data, removed };
  const bytes = await addShapes(data, sheet, [], { removeWhere: (name) => isAlurShape(name, prefix) });
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

/** The DrawShapes of one plan: symbols first (connectors refer to their ids), then connectors and labels. */
export function mapPlan(plan: FlowchartPlan, grid: Grid, firstId: number): DrawShape[] {
  const out: DrawShape[] = [];
  const idOf = new Map<string, number>();
  let id = firstId;
  for (const s of plan.shapes) {
    idOf.set(s.id, id);
    out.push(symbolShape(s, id++));
  }
  const byId = new Map(plan.shapes.map((s) => [s.id, s]));
  for (const c of plan.connectors) {
    const segments = connectorShapes(c, grid, idOf);
    for (const seg of segments) out.push({ ...seg, id: id++ });
    if (c.label) out.push({ ...labelShape(c, grid, byId.get(c.from.shape)), id: id++ });
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
    from: { row: s.anchor.from.row, col: s.anchor.from.col, rowOffPt: s.anchor.from.rowOffPt, colOffPt: s.anchor.from.colOffPt },
    to: { row: s.anchor.to.row, col: s.anchor.to.col, rowOffPt: s.anchor.to.rowOffPt, colOffPt: s.anchor.to.colOffPt },
    fontSizePt: s.kind === 'offpage' ? FONT_PT.offpage : FONT_PT.symbol,
  };
}

function at(grid: Grid, p: Point): DrawPoint {
  const a = cellAtPoint(grid, p.x, p.y);
  return { row: a.row, col: a.col, rowOffPt: a.rowOffset, colOffPt: a.colOffset };
}

/** One straight connector per segment of the plan's route; the ends glued, the arrow on the last. */
function connectorShapes(c: PlanConnector, grid: Grid, idOf: Map<string, number>): DrawShape[] {
  const n = c.points.length - 1;
  const out: DrawShape[] = [];
  for (let k = 0; k < n; k++) {
    const first = k === 0;
    const last = k === n - 1;
    out.push({
      kind: 'connector',
      // One name for a one-piece connector; "...#2/3" for the pieces of a routed one.
      name: n === 1 ? c.name : `${c.name}#${k + 1}/${n}`,
      description: `${c.from.shape} → ${c.to.shape}${c.label ? ` (${c.label})` : ''}`,
      from: at(grid, c.points[k]),
      to: at(grid, c.points[k + 1]),
      route: 'straight',
      startId: first ? idOf.get(c.from.shape) : undefined,
      startSite: first ? c.from.site : undefined,
      endId: last ? idOf.get(c.to.shape) : undefined,
      endSite: last ? c.to.site : undefined,
      tailArrow: last,
      lineWidthPt: 0.75,
    });
  }
  return out;
}

/**
 * A branch label beside the start of its connector: to the right of a line going down, above a line
 * going sideways, so it never sits on the line or on the decision.
 */
function labelShape(c: PlanConnector, grid: Grid, from: PlanShape | undefined): DrawShape {
  const a = c.points[0];
  const b = c.points[1] ?? a;
  const down = Math.abs(b.x - a.x) < 0.5;
  const left = down ? a.x + LABEL.gap : Math.min(a.x, b.x) + LABEL.gap;
  const top = down ? a.y + LABEL.gap : a.y - LABEL.h - LABEL.gap;
  return {
    kind: 'other',
    name: `${c.name}:label`,
    description: `${c.label} (${from?.step ?? c.from.shape})`,
    text: c.label ?? '',
    from: at(grid, { x: left, y: Math.max(0, top) }),
    to: at(grid, { x: left + LABEL.w, y: Math.max(0, top) + LABEL.h }),
    fontSizePt: FONT_PT.label,
  };
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
