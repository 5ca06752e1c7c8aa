/**
 * The one small interface the task pane talks to. Two implementations: the live workbook inside Office
 * (src/excel/host.ts) and an in-memory workbook in file mode (src/xlsx/file-host.ts). Types only: the
 * core stays pure; hosts do the work.
 */
import type { Grid } from './grid';
import type { FlowchartPlan } from './flowchart/types';
import type { LanePlan } from './flowchart/lanes';
import type { Fix, Lang, Severity, Sop } from './model';
import { pick, type Bilingual } from './i18n';

export interface HostCapabilities {
  /** Real drawing shapes (Excel: ExcelApi 1.9; file mode: always). Without: cell markers. */
  shapes: boolean;
  /** Cell notes for "mark on sheet" (Excel: ExcelApi 1.18; file mode: no). */
  notes: boolean;
  /** The workbook can be downloaded as a file (file mode). */
  download: boolean;
  /** A "Data SOP" sheet can be written as a real table (Excel: ExcelApi 1.1 tables; file mode: yes). */
  dataSheet: boolean;
}

/** Why a host refused an action, in both languages; `code` is stable for tests and the UI. */
export type HostErrorCode =
  | 'protected' // the sheet is protected: nothing was changed
  | 'no-shapes' // the host cannot draw shapes (old Excel): markers were used instead, or nothing done
  | 'stale' // the cell no longer holds the text a fix expects
  | 'not-found' // a sheet or cell named does not exist (any more)
  | 'unreadable' // the file could not be read (file mode)
  | 'busy' // another action is still running
  | 'failed'; // anything else: the message says what

export class HostError extends Error implements Bilingual {
  readonly code: HostErrorCode;
  readonly id: string;
  readonly en: string;
  constructor(code: HostErrorCode, id: string, en: string, options?: { cause?: unknown }) {
    super(`${id} / ${en}`, options);
    this.name = 'HostError';
    this.code = code;
    this.id = id;
    this.en = en;
  }
  text(lang: Lang): string {
    return pick(this, lang);
  }
}

export interface FixResult {
  applied: number;
  /** Fixes skipped because their cell changed since the check (the user edited it): re-check. */
  stale: number;
}

export interface DrawResult {
  /** SOPs drawn. */
  drawn: number;
  shapes: number;
  connectors: number;
  /** Set when the host drew cell markers instead of shapes. */
  fallback: 'markers' | null;
  /** SOPs left alone (hand-drawn shapes over their actor cells, and no replace asked). */
  skipped: {
    tableRange: string;
    reason: 'hand-drawn' | 'no-steps' | 'unplaceable';
    /** For 'unplaceable': the hand-drawn shapes (by name) no step holds, which a redraw would lose. */
    shapes?: string[];
  }[];
}

export interface CellHighlight {
  cell: string;
  severity: Severity;
  message: string;
}

export interface ProgressCallback {
  (done: number, total: number): void;
}

export interface SopHost {
  readonly kind: 'excel' | 'file';
  capabilities(): Promise<HostCapabilities>;
  /** Names of the workbook's worksheets and which one is active. */
  sheets(): Promise<{ names: string[]; active: string }>;
  /** Read the active sheet, or every sheet, as grids. */
  readGrids(scope: 'active' | 'all'): Promise<Grid[]>;
  /** Select (and scroll to) a cell. File mode records it only. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Apply fixes to cell texts: a cell changes only when it still holds fix.from. */
  applyFixes(sheet: string, fixes: Fix[]): Promise<FixResult>;
  /** Draw plans (replacing Alur's own earlier shapes on those tables). */
  drawFlowcharts(
    plans: FlowchartPlan[],
    opts: { replaceHandDrawn: boolean; onProgress?: ProgressCallback }
  ): Promise<DrawResult>;
  /** Remove only Alur's shapes (and markers) from a sheet; returns how many were removed. */
  removeFlowcharts(sheet: string): Promise<number>;
  /** Highlight cells of findings (fill, plus a note where the host allows); remembers what it changed. */
  highlightCells(sheet: string, highlights: CellHighlight[]): Promise<void>;
  /** Undo exactly the highlights made by highlightCells on that sheet; returns how many cells were restored. */
  clearHighlights(sheet: string): Promise<number>;
  /** Create or replace the "Data SOP" table sheet. */
  writeDataSheet(sops: Sop[], lang: Lang): Promise<void>;
  /**
   * Issue 6, "lanes from text": give an SOP whose table names its actors in text (a Pelaksana column,
   * or the Uraian) the actor columns a swimlane needs, from planLanes(doc). Inserts `plan.count` whole
   * columns before `plan.insertAt` (right after Uraian), shifting everything right of it as Excel does
   * (cells, merges, widths, shapes); writes the actor names in the header row(s) the way the table's
   * header is built (a two-row header gets a merged "Pelaksana" group label over the new columns and
   * the names below it; a header repeated for a new page gets them too); gives the new cells the
   * header's and the table's style and a lane width; writes "√" in each step's actor cell. Follow with
   * readGrids and a new check before drawing: every column right of Uraian has moved.
   * Refuses with HostError 'protected' on a protected sheet, 'stale' when the sheet no longer holds
   * that table or it has actor columns already, and 'failed' for what cannot be shifted safely; on a
   * refusal nothing is changed. Optional: a host without it cannot generate lanes.
   */
  generateLanes?(sheet: string, plan: LanePlan): Promise<void>;
  /** File mode: the workbook as it is now, for download. */
  download?(): Promise<{ name: string; bytes: Uint8Array }>;
}
