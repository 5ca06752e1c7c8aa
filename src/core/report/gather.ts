/**
 * Gathering one SOP for the review: the contract's Sop, the cells the checks across SOPs name, and
 * the flowchart exactly as the hosts would draw it (planFlowchart on the same sheet geometry), with
 * the lanes and the step band a picture of it needs. Pure: the CLI runs it in its worker threads, the
 * task pane on the open workbook.
 */
import { checkGrids, type CheckOptions, type SopResult } from '../check';
import { actorTimes } from '../duration';
import { planFlowchart } from '../flowchart';
import { SheetAxes } from '../flowchart/geometry';
import { a1, type Grid } from '../grid';
import type { Lang } from '../model';
import type { FlowchartView, ReviewCells, ReviewSop, ViewLane } from './types';

/** The plan of an SOP with its lanes (actors sharing one column make one lane) and step band. */
export function flowchartView(result: SopResult, grid: Grid, lang: Lang): FlowchartView {
  const { doc } = result;
  const plan = planFlowchart(doc, grid, { lang });
  const axes = new SheetAxes(grid);
  const lanes: (ViewLane & { col: number })[] = [];
  for (const actor of [...doc.actors].sort((p, q) => p.col - q.col)) {
    const same = lanes.find((l) => l.col === actor.col);
    if (same) same.name = `${same.name}, ${actor.name}`;
    else
      lanes.push({ name: actor.name, col: actor.col, left: axes.colLeft(actor.col), right: axes.colRight(actor.col) });
  }
  const first = doc.steps[0];
  const last = doc.steps[doc.steps.length - 1];
  const top = first ? axes.rowTop(first.row) : 0;
  const bottom = last ? axes.rowBottom(Math.max(last.row, last.rowEnd)) : 0;
  return {
    lanes: lanes.map(({ name, left, right }) => ({ name, left, right })),
    top,
    bottom,
    shapes: plan.shapes,
    connectors: plan.connectors,
    warnings: plan.warnings.map((w) => w.message),
  };
}

export function reviewCells(result: SopResult): ReviewCells {
  const { doc } = result;
  const value = (f: keyof typeof doc.identityCells) =>
    doc.identityCells[f]?.value ?? doc.identityCells[f]?.label ?? null;
  return {
    nomor: value('nomor'),
    nama: value('nama'),
    tanggalPembuatan: value('tanggalPembuatan'),
    tanggalRevisi: value('tanggalRevisi'),
    tanggalPengesahan: value('tanggalPengesahan'),
    keterkaitan: value('keterkaitan'),
    actors: doc.actors.map((a) => ({ name: a.name, cell: a.headerCell })),
    table: a1(Math.max(1, doc.table.range.top), Math.max(1, doc.table.range.left)),
  };
}

export function reviewSop(result: SopResult, grid: Grid, lang: Lang): ReviewSop {
  return {
    sop: result.sop,
    cells: reviewCells(result),
    flowchart: flowchartView(result, grid, lang),
    actorTimes: actorTimes(result.doc),
  };
}

/** Every SOP of a workbook's sheets, checked and gathered for the review. */
export function reviewGrids(grids: Grid[], options: CheckOptions = {}): ReviewSop[] {
  const lang = options.lang ?? 'id';
  return checkGrids(grids, options).map((r) =>
    reviewSop(
      r,
      grids.find((g) => g.sheet === r.doc.sheet)!,
      lang
    )
  );
}

/** The same for SOPs already checked (the task pane keeps its results and grids). */
export function reviewResults(results: SopResult[], grids: Grid[], lang: Lang): ReviewSop[] {
  return results.flatMap((r) => {
    const grid = grids.find((g) => g.sheet === r.doc.sheet);
    return grid ? [reviewSop(r, grid, lang)] : [];
  });
}
