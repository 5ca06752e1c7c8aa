/**
 * The pane's state and actions in one small hook over a SopHost: check, fix, mark, generate the actor
 * columns (issue 6), draw, remove, structured data and downloads. Every action runs one at a time (`busy`), ends with a notice, and
 * every action that changes the sheet's text re-checks so the findings on screen stay true.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import { checkGrids, type SopResult } from '../core/check';
import { planFlowchart } from '../core/flowchart';
import { planLanes, type LanePlan } from '../core/flowchart/lanes';
import type { Grid } from '../core/grid';
import type { SopHost } from '../core/host';
import type { Finding, Fix, Lang } from '../core/model';
import { mergeFixes } from '../core/rules/fix';
import { downloadBlob, safeFileName, workbookType } from './download';
import { format, strings } from './i18n';
import { errorNotice, noSopNotice, type Notice } from './notices';
import type { Settings } from './settings';
import { flowchartView } from '../core/report/gather';
import { flowchartSvg } from '../core/report/svg';

import pkg from '../../package.json' with { type: 'json' };

/** The version written in a report made by the pane: the package's, as the CLI writes it. */
const REPORT_VERSION: string = pkg.version;
import { createSpelling, type Spelling } from './spelling';

/** The pane's spelling dictionary: one worker for the page, started after the first render. */
let pageSpelling: Spelling | null = null;
const defaultSpelling = (): Spelling => (pageSpelling ??= createSpelling());

export type Task = 'check' | 'fix' | 'mark' | 'clear' | 'lanes' | 'draw' | 'remove' | 'data' | 'download';

/** Issue 15: the report's file name when downloaded from the pane (as `alur review` names it by default). */
export const REPORT_FILE = 'laporan-sop.html';

export interface PaneState {
  busy: Task | null;
  progress: { done: number; total: number } | null;
  grids: Grid[];
  /** null until the first check. */
  results: SopResult[] | null;
  selected: number;
  notice: Notice | null;
  /** The task the notice is about, so the pane can show it beside that task's buttons. */
  noticeTask: Task | null;
}

type Action =
  | { type: 'start'; task: Task }
  | { type: 'progress'; done: number; total: number }
  | { type: 'checked'; grids: Grid[]; results: SopResult[] }
  | { type: 'finish'; notice?: Notice | null }
  | { type: 'select'; index: number }
  | { type: 'reset' };

export const initialPaneState: PaneState = {
  busy: null,
  progress: null,
  grids: [],
  results: null,
  selected: 0,
  notice: null,
  noticeTask: null,
};

const keyOf = (r: SopResult): string => `${r.sop.sheet}!${r.sop.tableRange}`;
/** The table's top-left cell: it stays put when actor columns are inserted after Uraian (the range widens). */
const cornerOf = (r: SopResult): string => `${r.sop.sheet}!${r.sop.tableRange.split(':')[0]}`;

export function paneReducer(state: PaneState, action: Action): PaneState {
  switch (action.type) {
    case 'start':
      return { ...state, busy: action.task, progress: null, notice: null };
    case 'progress':
      return { ...state, progress: { done: action.done, total: action.total } };
    case 'checked': {
      // Keep the SOP the user picked when a re-check finds it again.
      const before = state.results?.[state.selected];
      let again = before ? action.results.findIndex((r) => keyOf(r) === keyOf(before)) : -1;
      if (before && again < 0) again = action.results.findIndex((r) => cornerOf(r) === cornerOf(before));
      return { ...state, grids: action.grids, results: action.results, selected: Math.max(0, again) };
    }
    case 'finish':
      return {
        ...state,
        busy: null,
        progress: null,
        notice: action.notice ?? null,
        noticeTask: action.notice ? state.busy : null,
      };
    case 'select':
      return { ...state, selected: action.index };
    case 'reset':
      return initialPaneState;
  }
}

export interface PaneActions {
  check(): Promise<void>;
  /** Apply the fix of one finding, or those of a group of findings (one item of the list) together. */
  fix(finding: Finding | Finding[]): Promise<void>;
  /** Apply the changes the user confirmed ("fix all": every safe fix of every rule, merged per cell). */
  fixAll(fixes: Fix[]): Promise<void>;
  /** Insert the actor columns of the selected SOP's lane plan, then re-check. */
  generateLanes(): Promise<void>;
  mark(): Promise<void>;
  clearMarks(): Promise<void>;
  draw(replaceHandDrawn: boolean): Promise<void>;
  remove(): Promise<void>;
  writeDataSheet(): Promise<void>;
  downloadJson(): Promise<void>;
  downloadBpmn(): Promise<void>;
  downloadWorkbook(): Promise<void>;
  /** Issue 15: the review report of every SOP of the workbook (all sheets), as one HTML file. */
  downloadReport(workbookName?: string): Promise<void>;
  select(index: number): void;
  dismiss(): void;
}

export function usePane(
  host: SopHost | null,
  settings: Settings,
  lang: Lang,
  spelling: Spelling = defaultSpelling()
): {
  state: PaneState;
  selected: SopResult | null;
  lanePlan: LanePlan | null;
  previewSvg: string | null;
  actions: PaneActions;
} {
  const [state, dispatch] = useReducer(paneReducer, initialPaneState);
  const t = strings[lang];
  // Actions read the latest state and settings through refs, so they stay stable between renders.
  const latest = useRef({ state, settings, lang, host });
  latest.current = { state, settings, lang, host };

  useEffect(() => dispatch({ type: 'reset' }), [host]);
  useEffect(() => spelling.preload(), [spelling]);

  /** Read and check (active sheet or all), store the result; returns the results. */
  const recheck = useCallback(async (): Promise<{ grids: Grid[]; results: SopResult[] }> => {
    const { host, settings, lang } = latest.current;
    if (!host) return { grids: [], results: [] };
    const options = { calendar: settings.calendar, lang, rules: settings.rules };
    if (!settings.allSheets) {
      // The active sheet's SOPs, read with the whole workbook: a cover sheet elsewhere holds their identity.
      const { names, active } = await host.sheets();
      if (names.length > 1) {
        const grids = await host.readGrids('all');
        const speller = await spelling.spellerFor(grids, options);
        const results = checkGrids(grids, { ...options, speller }).filter(
          (r) => r.sop.sheet === active || r.doc.cover?.sheet === active
        );
        dispatch({ type: 'checked', grids, results });
        return { grids, results };
      }
    }
    const grids = await host.readGrids(settings.allSheets ? 'all' : 'active');
    const speller = await spelling.spellerFor(grids, options);
    const results = checkGrids(grids, { ...options, speller });
    dispatch({ type: 'checked', grids, results });
    return { grids, results };
  }, [spelling]);

  /** Runs one task: refuses while another runs, turns any failure into a notice. */
  const run = useCallback(async (task: Task, work: () => Promise<Notice | null>): Promise<void> => {
    const { host, state } = latest.current;
    if (!host || state.busy) return;
    dispatch({ type: 'start', task });
    latest.current.state = { ...state, busy: task };
    let notice: Notice | null;
    try {
      notice = await work();
    } catch (error) {
      const about = task === 'lanes' ? 'lanes' : undefined;
      notice = errorNotice(error, strings[latest.current.lang], latest.current.lang, about);
    }
    dispatch({ type: 'finish', notice });
  }, []);

  const current = (): SopResult | null => {
    const { results, selected } = latest.current.state;
    return results?.[selected] ?? null;
  };

  const applyFixes = useCallback(
    async (fixes: Fix[]): Promise<Notice | null> => {
      const { host, lang } = latest.current;
      const sop = current();
      if (!host || !sop || fixes.length === 0) return null;
      const result = await host.applyFixes(sop.sop.sheet, fixes);
      await recheck();
      const tt = strings[lang];
      return {
        intent: result.stale > 0 ? 'warning' : 'success',
        body: format(tt.fixedCount, { applied: result.applied }),
        details: result.stale > 0 ? [format(tt.fixedStale, { stale: result.stale })] : undefined,
      };
    },
    [recheck]
  );

  const actions: PaneActions = {
    check: () =>
      run('check', async () => {
        const { results } = await recheck();
        return results.length === 0 ? noSopNotice(strings[latest.current.lang]) : null;
      }),
    fix: (finding) =>
      run('fix', () =>
        applyFixes(mergeFixes((Array.isArray(finding) ? finding : [finding]).flatMap((f) => (f.fix ? [f.fix] : []))))
      ),
    fixAll: (fixes) => run('fix', () => applyFixes(fixes)),
    generateLanes: () =>
      run('lanes', async () => {
        const { host, state, lang } = latest.current;
        const sop = current();
        const grid = state.grids.find((g) => g.sheet === sop?.sop.sheet);
        if (!host?.generateLanes || !sop || !grid) return null;
        const plan = planLanes(sop.doc, { grid, lang });
        if (!plan) return null;
        await host.generateLanes(sop.sop.sheet, plan);
        await recheck();
        const tt = strings[lang];
        const names = plan.columns.map((c) => c.name).join(', ');
        return {
          intent: plan.unmatched.length > 0 ? 'warning' : 'success',
          body: format(tt.lanesGenerated, { count: plan.count, names }),
          details:
            plan.unmatched.length > 0
              ? [format(tt.lanesUnmatched, { count: plan.unmatched.length, list: plan.unmatched.join(', ') })]
              : undefined,
        };
      }),
    mark: () =>
      run('mark', async () => {
        const sop = current();
        const host = latest.current.host;
        if (!sop || !host) return null;
        const marks = sop.sop.findings.map((f) => ({
          cell: f.cell,
          severity: f.severity,
          message: f.message,
        }));
        await host.markCells(sop.sop.sheet, marks);
        const cells = new Set(marks.map((m) => m.cell)).size;
        return { intent: 'success', body: format(t.markedCount, { count: cells }) };
      }),
    clearMarks: () =>
      run('clear', async () => {
        const sop = current();
        const host = latest.current.host;
        if (!sop || !host) return null;
        let count = await host.clearMarks(sop.sop.sheet);
        // Findings on the SOP's cover sheet were marked there (the host sends `COVER!B14` to its sheet).
        if (sop.doc.cover && sop.doc.cover.sheet !== sop.sop.sheet) count += await host.clearMarks(sop.doc.cover.sheet);
        return { intent: 'info', body: format(t.clearedCount, { count }) };
      }),
    draw: (replaceHandDrawn) =>
      run('draw', async () => {
        const { host, lang } = latest.current;
        if (!host) return null;
        const { results, grids } = latest.current.state.results ? latest.current.state : await recheck();
        if (!results) return null;
        if (results.length === 0) return noSopNotice(strings[lang]);
        const plans = results.map((r) => {
          const grid = grids.find((g) => g.sheet === r.sop.sheet);
          if (!grid) throw new Error(`sheet ${r.sop.sheet} was not read`);
          return planFlowchart(r.doc, grid, { lang });
        });
        const drawn = await host.drawFlowcharts(plans, {
          replaceHandDrawn,
          onProgress: (done, total) => dispatch({ type: 'progress', done, total }),
        });
        await recheck();
        const tt = strings[lang];
        const details = drawn.skipped.map((s) =>
          format(
            s.reason === 'hand-drawn'
              ? tt.skippedHandDrawn
              : s.reason === 'unplaceable'
                ? tt.skippedUnplaceable
                : tt.skippedNoSteps,
            {
              range: s.tableRange,
              shapes: (s.shapes ?? []).map((n) => `“${n}”`).join(', '),
            }
          )
        );
        if (drawn.fallback === 'markers') {
          details.unshift(drawn.shapes === 0 ? tt.markersNoneWritten : tt.drawnMarkers);
          return {
            intent: drawn.shapes === 0 ? 'warning' : 'info',
            body: format(tt.markersResult, { count: drawn.shapes }),
            details,
          };
        }
        return {
          intent: drawn.drawn === 0 ? 'warning' : 'success',
          body: format(tt.drawnResult, { shapes: drawn.shapes, connectors: drawn.connectors }),
          details: details.length > 0 ? details : undefined,
        };
      }),
    remove: () =>
      run('remove', async () => {
        const { host, state } = latest.current;
        if (!host) return null;
        const sheets = state.results?.length
          ? [...new Set(state.results.map((r) => r.sop.sheet))]
          : [(await host.sheets()).active];
        let count = 0;
        for (const sheet of sheets) count += await host.removeFlowcharts(sheet);
        await recheck();
        return { intent: 'success', body: format(t.removedResult, { count }) };
      }),
    writeDataSheet: () =>
      run('data', async () => {
        const { host, state, lang } = latest.current;
        if (!host || !state.results?.length) return null;
        await host.writeDataSheet(
          state.results.map((r) => r.sop),
          lang
        );
        return { intent: 'success', body: strings[lang].dataSheetWritten };
      }),
    downloadJson: () =>
      run('download', async () => {
        const results = latest.current.state.results ?? [];
        if (results.length === 0) return null;
        const { toJson } = await import('../core/export/json');
        const name = results.length === 1 ? (results[0].sop.name ?? 'sop') : 'sop';
        downloadBlob(`${safeFileName(name)}.json`, toJson(results.map((r) => r.sop)), 'application/json');
        return null;
      }),
    downloadBpmn: () =>
      run('download', async () => {
        const sop = current();
        const grid = latest.current.state.grids.find((g) => g.sheet === sop?.sop.sheet);
        if (!sop || !grid) return null;
        // bpmn-moddle is large and rarely used: load it only when asked for.
        const { toBpmn } = await import('../core/export/bpmn');
        const xml = await toBpmn(sop.sop, sop.doc, grid, { lang: latest.current.lang });
        downloadBlob(`${safeFileName(sop.sop.name ?? 'sop')}.bpmn`, xml, 'application/xml');
        return null;
      }),
    downloadWorkbook: () =>
      run('download', async () => {
        const host = latest.current.host;
        if (!host?.download) return null;
        const file = await host.download();
        downloadBlob(file.name, file.bytes as Uint8Array<ArrayBuffer>, workbookType(file.name));
        return null;
      }),
    downloadReport: (workbookName) =>
      run('download', async () => {
        const { host, settings, lang } = latest.current;
        if (!host) return null;
        // The whole workbook, whatever the "all sheets" setting: the report is of the workbook's SOPs.
        const grids = await host.readGrids('all');
        // The renderer and the checks across SOPs are only needed here: load them when asked for.
        const { buildReview, reviewGrids } = await import(/* webpackChunkName: "report" */ '../core/report');
        const sops = reviewGrids(grids, { calendar: settings.calendar, lang, rules: settings.rules });
        if (sops.length === 0) return noSopNotice(strings[lang]);
        const path = workbookName ?? (lang === 'en' ? 'This workbook' : 'Buku kerja ini');
        const { html } = buildReview([{ path, error: null, sops }], {
          calendar: settings.calendar,
          lang,
          version: REPORT_VERSION,
        });
        downloadBlob(REPORT_FILE, html, 'text/html;charset=utf-8');
        return null;
      }),
    select: (index) => dispatch({ type: 'select', index }),
    dismiss: () => dispatch({ type: 'finish', notice: null }),
  };

  // A new language, calendar or rule set changes messages, totals and findings: check again.
  const optionsKey = JSON.stringify([lang, settings.calendar, settings.rules, settings.allSheets]);
  const lastKey = useRef(optionsKey);
  useEffect(() => {
    if (lastKey.current === optionsKey) return;
    lastKey.current = optionsKey;
    if (latest.current.state.results) void run('check', async () => (await recheck(), null));
  }, [optionsKey, run, recheck]);

  const selected = state.results?.[state.selected] ?? null;
  // Issue 6: a table that names its actors only in text gets the offer to generate its actor columns,
  // where the host can insert them.
  const canGenerate = typeof host?.generateLanes === 'function';
  const lanePlan = useMemo(() => {
    const grid = state.grids.find((g) => g.sheet === selected?.sop.sheet);
    return canGenerate && selected && grid ? planLanes(selected.doc, { grid, lang }) : null;
  }, [canGenerate, selected, state.grids, lang]);

  // Issue 15: the selected SOP's flowchart as the plan "Gambar flowchart" would draw it, before drawing.
  const previewSvg = useMemo(() => {
    const grid = state.grids.find((g) => g.sheet === selected?.sop.sheet);
    if (!selected || !grid) return null;
    try {
      return flowchartSvg(flowchartView(selected, grid, lang), { lang, idPrefix: 'preview' });
    } catch {
      return null;
    }
  }, [selected, state.grids, lang]);

  return { state, selected, lanePlan, previewSvg, actions };
}
