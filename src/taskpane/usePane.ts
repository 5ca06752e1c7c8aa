/**
 * The pane's state and actions in one small hook over a SopHost: check, fix, highlight, generate the actor
 * columns (issue 6), draw, remove, structured data and downloads. The action bodies are plain functions
 * (./actions.ts); this hook holds the state (./state.ts), runs one task at a time (`busy`) and re-checks
 * when the language, calendar or rules change.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { SopResult } from '../core/check';
import { planLanes, type LanePlan } from '../core/flowchart/lanes';
import type { Grid } from '../core/grid';
import type { SopHost } from '../core/host';
import type { Finding, Fix, Lang } from '../core/model';
import { flowchartView } from '../core/report/gather';
import { flowchartSvg } from '../core/report/svg';
import * as act from './actions';
import { downloadBlob } from './download';
import type { Notice } from './notices';
import type { Settings } from './settings';
import { createSpelling, type Spelling } from './spelling';
import { gridOf, initialPaneState, paneReducer, type PaneState, type Task } from './state';

export { initialPaneState, paneReducer, type PaneState, type Task } from './state';
export { REPORT_FILE } from './actions';

/** The pane's spelling dictionary: one worker for the page, started after the first render. */
let pageSpelling: Spelling | null = null;
const defaultSpelling = (): Spelling => (pageSpelling ??= createSpelling());

export interface PaneActions {
  check(): Promise<void>;
  /** Apply the fix of one finding, or those of a group of findings (one item of the list) together. */
  fix(finding: Finding | Finding[]): Promise<void>;
  /** Apply the changes the user confirmed ("fix all": every safe fix of every rule, merged per cell). */
  fixAll(fixes: Fix[]): Promise<void>;
  /** Insert the actor columns of the selected SOP's lane plan, then re-check. */
  generateLanes(): Promise<void>;
  highlight(): Promise<void>;
  clearHighlights(): Promise<void>;
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

/** The selected SOP's lane plan (issue 6) and flowchart preview (issue 15), recomputed when they change. */
function useSelectedViews(grids: Grid[], selected: SopResult | null, lang: Lang, canGenerate: boolean) {
  const lanePlan = useMemo(() => {
    const grid = gridOf(grids, selected);
    return canGenerate && selected && grid ? planLanes(selected.doc, { grid, lang }) : null;
  }, [canGenerate, selected, grids, lang]);
  // The selected SOP's flowchart as the plan "Gambar flowchart" would draw it, before drawing.
  const previewSvg = useMemo(() => {
    const grid = gridOf(grids, selected);
    if (!selected || !grid) return null;
    try {
      return flowchartSvg(flowchartView(selected, grid, lang), { lang, idPrefix: 'preview' });
    } catch {
      return null;
    }
  }, [selected, grids, lang]);
  return { lanePlan, previewSvg };
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
  // Actions read the latest state and settings through refs, so they stay stable between renders.
  const latest = useRef({ state, settings, lang, host });
  latest.current = { state, settings, lang, host };

  useEffect(() => dispatch({ type: 'reset' }), [host]);
  useEffect(() => spelling.preload(), [spelling]);

  /** Runs one task of actions.ts with the latest host, settings and state; nothing without a host. */
  const run = useCallback(
    (task: Task, work: (ctx: act.PaneContext) => Promise<Notice | null>): Promise<void> => {
      const { host, settings, lang } = latest.current;
      if (!host) return Promise.resolve();
      const ctx: act.PaneContext = {
        host,
        settings,
        lang,
        spelling,
        state: () => latest.current.state,
        dispatch,
        save: downloadBlob,
      };
      const markBusy = () => (latest.current.state = { ...latest.current.state, busy: task });
      return act.runTask(ctx, task, work, markBusy);
    },
    [spelling]
  );

  const actions: PaneActions = {
    check: () => run('check', act.check),
    fix: (finding) => run('fix', (ctx) => act.fixFindings(ctx, finding)),
    fixAll: (fixes) => run('fix', (ctx) => act.applyFixes(ctx, fixes)),
    generateLanes: () => run('lanes', act.generateLanes),
    highlight: () => run('highlight', act.highlightFindings),
    clearHighlights: () => run('clear', act.clearHighlights),
    draw: (replaceHandDrawn) => run('draw', (ctx) => act.drawFlowcharts(ctx, replaceHandDrawn)),
    remove: () => run('remove', act.removeFlowcharts),
    writeDataSheet: () => run('data', act.writeDataSheet),
    downloadJson: () => run('download', act.downloadJson),
    downloadBpmn: () => run('download', act.downloadBpmn),
    downloadWorkbook: () => run('download', act.downloadWorkbook),
    downloadReport: (workbookName) => run('download', (ctx) => act.downloadReport(ctx, workbookName)),
    select: (index) => dispatch({ type: 'select', index }),
    dismiss: () => dispatch({ type: 'finish', notice: null }),
  };

  // A new language, calendar or rule set changes messages, totals and findings: check again.
  const optionsKey = JSON.stringify([lang, settings.calendar, settings.rules, settings.allSheets]);
  const lastKey = useRef(optionsKey);
  useEffect(() => {
    if (lastKey.current === optionsKey) return;
    lastKey.current = optionsKey;
    if (latest.current.state.results) void run('check', async (ctx) => (await act.recheck(ctx), null));
  }, [optionsKey, run]);

  const selected = state.results?.[state.selected] ?? null;
  // Issue 6: a table that names its actors only in text gets the offer to generate its actor columns,
  // where the host can insert them.
  const { lanePlan, previewSvg } = useSelectedViews(
    state.grids,
    selected,
    lang,
    typeof host?.generateLanes === 'function'
  );
  return { state, selected, lanePlan, previewSvg, actions };
}
