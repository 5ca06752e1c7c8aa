/**
 * The pane's state and its reducer: which task runs, the last check's grids and results, the SOP the
 * user picked and the last notice. Pure: usePane holds it with useReducer; actions.ts dispatches to it.
 */
import type { SopResult } from '../core/check';
import type { Grid } from '../core/grid';
import type { Notice } from './notices';

export type Task = 'check' | 'fix' | 'highlight' | 'clear' | 'lanes' | 'draw' | 'remove' | 'data' | 'download';

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

export type PaneAction =
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

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
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

/** The SOP the user picked in the last check, if any. */
export const selectedResult = (state: PaneState): SopResult | null => state.results?.[state.selected] ?? null;

/** The grid of the sheet a result was read from, in the last check. */
export const gridOf = (grids: Grid[], result: SopResult | null): Grid | undefined =>
  grids.find((g) => g.sheet === result?.sop.sheet);
