/**
 * The pane's actions as plain functions over a PaneContext (the host, the settings, the language, the
 * state and its dispatch): no React, so tests/taskpane/actions.test.ts runs them against the in-memory
 * host. Each task returns the notice to show (or null); `runTask` runs one at a time and turns a failure
 * into a notice. Every task that changes the sheet's text re-checks, so the findings on screen stay true.
 */
import { checkGrids, type SopResult } from '../core/check';
import { planFlowchart } from '../core/flowchart';
import { planLanes } from '../core/flowchart/lanes';
import type { Grid } from '../core/grid';
import type { DrawResult, SopHost } from '../core/host';
import type { Finding, Fix, Lang } from '../core/model';
import { mergeFixes } from '../core/rules/fix';
import { safeFileName, workbookType } from './download';
import { format, strings, type Strings } from './i18n';
import { errorNotice, noSopNotice, type Notice } from './notices';
import type { Settings } from './settings';
import type { Spelling } from './spelling';
import { gridOf, selectedResult, type PaneAction, type PaneState, type Task } from './state';

import pkg from '../../package.json' with { type: 'json' };

/** The version written in a report made by the pane: the package's, as the CLI writes it. */
const REPORT_VERSION: string = pkg.version;

/** Issue 15: the report's file name when downloaded from the pane (as `alur review` names it by default). */
export const REPORT_FILE = 'laporan-sop.html';

/** What an action works with. `state()` is read again after each step (a re-check changes it). */
export interface PaneContext {
  host: SopHost;
  settings: Settings;
  lang: Lang;
  spelling: Pick<Spelling, 'spellerFor'>;
  state(): PaneState;
  dispatch(action: PaneAction): void;
  /** Hands a file to the user (in the pane: a browser download). */
  save(name: string, data: string | Uint8Array<ArrayBuffer>, type: string): void;
}

/** Reads and checks (the active sheet or all), stores the result and returns it. */
export async function recheck(ctx: PaneContext): Promise<{ grids: Grid[]; results: SopResult[] }> {
  const { host, settings, lang, spelling } = ctx;
  const options = { calendar: settings.calendar, lang, rules: settings.rules };
  let grids: Grid[];
  let keep: (r: SopResult) => boolean = () => true;
  const sheets = settings.allSheets ? null : await host.sheets();
  if (sheets && sheets.names.length > 1) {
    // The active sheet's SOPs, read with the whole workbook: a cover sheet elsewhere holds their identity.
    grids = await host.readGrids('all');
    keep = (r) => r.sop.sheet === sheets.active || r.doc.cover?.sheet === sheets.active;
  } else {
    grids = await host.readGrids(settings.allSheets ? 'all' : 'active');
  }
  const speller = await spelling.spellerFor(grids, options);
  const results = checkGrids(grids, { ...options, speller }).filter(keep);
  ctx.dispatch({ type: 'checked', grids, results });
  return { grids, results };
}

/**
 * Runs one task: refuses while another runs (`state().busy`), turns any failure into a notice and
 * finishes with the task's notice. `markBusy` lets the caller see the task as running at once.
 */
export async function runTask(
  ctx: PaneContext,
  task: Task,
  work: (ctx: PaneContext) => Promise<Notice | null>,
  markBusy: () => void = () => undefined
): Promise<void> {
  if (ctx.state().busy) return;
  ctx.dispatch({ type: 'start', task });
  markBusy();
  let notice: Notice | null;
  try {
    notice = await work(ctx);
  } catch (error) {
    notice = errorNotice(error, strings[ctx.lang], ctx.lang, task === 'lanes' ? 'lanes' : undefined);
  }
  ctx.dispatch({ type: 'finish', notice });
}

export async function check(ctx: PaneContext): Promise<Notice | null> {
  const { results } = await recheck(ctx);
  return results.length === 0 ? noSopNotice(strings[ctx.lang]) : null;
}

/** Applies fixes to the selected SOP's sheet, re-checks, and says how many applied and how many were stale. */
export async function applyFixes(ctx: PaneContext, fixes: Fix[]): Promise<Notice | null> {
  const sop = selectedResult(ctx.state());
  if (!sop || fixes.length === 0) return null;
  const result = await ctx.host.applyFixes(sop.sop.sheet, fixes);
  await recheck(ctx);
  const t = strings[ctx.lang];
  return {
    intent: result.stale > 0 ? 'warning' : 'success',
    body: format(t.fixedCount, { applied: result.applied }),
    details: result.stale > 0 ? [format(t.fixedStale, { stale: result.stale })] : undefined,
  };
}

/** The fix of one finding, or those of a group of findings (one item of the list), merged per cell. */
export const fixFindings = (ctx: PaneContext, finding: Finding | Finding[]): Promise<Notice | null> =>
  applyFixes(ctx, mergeFixes((Array.isArray(finding) ? finding : [finding]).flatMap((f) => (f.fix ? [f.fix] : []))));

/** Issue 6: inserts the actor columns of the selected SOP's lane plan, then re-checks. */
export async function generateLanes(ctx: PaneContext): Promise<Notice | null> {
  const { host, lang } = ctx;
  const sop = selectedResult(ctx.state());
  const grid = gridOf(ctx.state().grids, sop);
  if (!host.generateLanes || !sop || !grid) return null;
  const plan = planLanes(sop.doc, { grid, lang });
  if (!plan) return null;
  await host.generateLanes(sop.sop.sheet, plan);
  await recheck(ctx);
  const t = strings[lang];
  const names = plan.columns.map((c) => c.name).join(', ');
  return {
    intent: plan.unmatched.length > 0 ? 'warning' : 'success',
    body: format(t.lanesGenerated, { count: plan.count, names }),
    details:
      plan.unmatched.length > 0
        ? [format(t.lanesUnmatched, { count: plan.unmatched.length, list: plan.unmatched.join(', ') })]
        : undefined,
  };
}

/** Highlights the selected SOP's findings on the sheet (fill and note per cell). */
export async function highlightFindings(ctx: PaneContext): Promise<Notice | null> {
  const sop = selectedResult(ctx.state());
  if (!sop) return null;
  const highlights = sop.sop.findings.map((f) => ({ cell: f.cell, severity: f.severity, message: f.message }));
  await ctx.host.highlightCells(sop.sop.sheet, highlights);
  const cells = new Set(highlights.map((h) => h.cell)).size;
  return { intent: 'success', body: format(strings[ctx.lang].highlightedCount, { count: cells }) };
}

/** Removes the highlights from the selected SOP's sheet and its cover sheet. */
export async function clearHighlights(ctx: PaneContext): Promise<Notice | null> {
  const sop = selectedResult(ctx.state());
  if (!sop) return null;
  let count = await ctx.host.clearHighlights(sop.sop.sheet);
  // Findings on the SOP's cover sheet were highlighted there (the host sends `COVER!B14` to its sheet).
  if (sop.doc.cover && sop.doc.cover.sheet !== sop.sop.sheet)
    count += await ctx.host.clearHighlights(sop.doc.cover.sheet);
  return { intent: 'info', body: format(strings[ctx.lang].clearedCount, { count }) };
}

/** The notice after drawing: shapes and connectors drawn (or cell markers written) and what was skipped. */
export function drawnNotice(drawn: DrawResult, t: Strings): Notice {
  const skippedText = {
    'hand-drawn': t.skippedHandDrawn,
    unplaceable: t.skippedUnplaceable,
    'no-steps': t.skippedNoSteps,
  };
  const details = drawn.skipped.map((s) =>
    format(skippedText[s.reason], {
      range: s.tableRange,
      shapes: (s.shapes ?? []).map((n) => `“${n}”`).join(', '),
    })
  );
  if (drawn.fallback === 'markers') {
    details.unshift(drawn.shapes === 0 ? t.markersNoneWritten : t.drawnMarkers);
    return {
      intent: drawn.shapes === 0 ? 'warning' : 'info',
      body: format(t.markersResult, { count: drawn.shapes }),
      details,
    };
  }
  return {
    intent: drawn.drawn === 0 ? 'warning' : 'success',
    body: format(t.drawnResult, { shapes: drawn.shapes, connectors: drawn.connectors }),
    details: details.length > 0 ? details : undefined,
  };
}

/** Draws the flowchart of every SOP of the last check (checking first if there was none), then re-checks. */
export async function drawFlowcharts(ctx: PaneContext, replaceHandDrawn: boolean): Promise<Notice | null> {
  const { lang } = ctx;
  const { results, grids } = ctx.state().results ? ctx.state() : await recheck(ctx);
  if (!results) return null;
  if (results.length === 0) return noSopNotice(strings[lang]);
  const plans = results.map((r) => {
    const grid = grids.find((g) => g.sheet === r.sop.sheet);
    if (!grid) throw new Error(`sheet ${r.sop.sheet} was not read`);
    return planFlowchart(r.doc, grid, { lang });
  });
  const drawn = await ctx.host.drawFlowcharts(plans, {
    replaceHandDrawn,
    onProgress: (done, total) => ctx.dispatch({ type: 'progress', done, total }),
  });
  await recheck(ctx);
  return drawnNotice(drawn, strings[lang]);
}

/** Removes Alur's drawn flowcharts from the checked SOPs' sheets (or the active sheet), then re-checks. */
export async function removeFlowcharts(ctx: PaneContext): Promise<Notice | null> {
  const { host } = ctx;
  const results = ctx.state().results;
  const sheets = results?.length ? [...new Set(results.map((r) => r.sop.sheet))] : [(await host.sheets()).active];
  let count = 0;
  for (const sheet of sheets) count += await host.removeFlowcharts(sheet);
  await recheck(ctx);
  return { intent: 'success', body: format(strings[ctx.lang].removedResult, { count }) };
}

/** Writes the structured data of the checked SOPs to a sheet of the workbook. */
export async function writeDataSheet(ctx: PaneContext): Promise<Notice | null> {
  const results = ctx.state().results;
  if (!results?.length) return null;
  await ctx.host.writeDataSheet(
    results.map((r) => r.sop),
    ctx.lang
  );
  return { intent: 'success', body: strings[ctx.lang].dataSheetWritten };
}

export async function downloadJson(ctx: PaneContext): Promise<Notice | null> {
  const results = ctx.state().results ?? [];
  if (results.length === 0) return null;
  const { toJson } = await import('../core/export/json');
  const name = results.length === 1 ? (results[0].sop.name ?? 'sop') : 'sop';
  ctx.save(`${safeFileName(name)}.json`, toJson(results.map((r) => r.sop)), 'application/json');
  return null;
}

export async function downloadBpmn(ctx: PaneContext): Promise<Notice | null> {
  const sop = selectedResult(ctx.state());
  const grid = gridOf(ctx.state().grids, sop);
  if (!sop || !grid) return null;
  // bpmn-moddle is large and rarely used: load it only when asked for.
  const { toBpmn } = await import('../core/export/bpmn');
  const xml = await toBpmn(sop.sop, sop.doc, grid, { lang: ctx.lang });
  ctx.save(`${safeFileName(sop.sop.name ?? 'sop')}.bpmn`, xml, 'application/xml');
  return null;
}

export async function downloadWorkbook(ctx: PaneContext): Promise<Notice | null> {
  if (!ctx.host.download) return null;
  const file = await ctx.host.download();
  ctx.save(file.name, file.bytes as Uint8Array<ArrayBuffer>, workbookType(file.name));
  return null;
}

/** Issue 15: the review report of every SOP of the workbook (all sheets), as one HTML file. */
export async function downloadReport(ctx: PaneContext, workbookName?: string): Promise<Notice | null> {
  const { host, settings, lang } = ctx;
  // The whole workbook, whatever the "all sheets" setting: the report is of the workbook's SOPs.
  const grids = await host.readGrids('all');
  // The renderer and the checks across SOPs are only needed here: load them when asked for.
  const { buildReview, reviewGrids } = await import(/* webpackChunkName: "report" */ '../core/report');
  const sops = reviewGrids(grids, { calendar: settings.calendar, lang, rules: settings.rules });
  if (sops.length === 0) return noSopNotice(strings[lang]);
  const path = workbookName ?? strings[lang].thisWorkbook;
  const { html } = buildReview([{ path, error: null, sops }], {
    calendar: settings.calendar,
    lang,
    version: REPORT_VERSION,
  });
  ctx.save(REPORT_FILE, html, 'text/html;charset=utf-8');
  return null;
}
