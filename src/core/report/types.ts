/**
 * The data of the review report (issue 15): what one SOP contributes to it (the contract's Sop, the
 * cells the checks across SOPs point at, and its flowchart as a plan in sheet points), what one file
 * contributes, and the findings across SOPs. Plain data: the CLI's worker threads send it to the main
 * thread by structured clone, and the task pane builds it from the open workbook.
 */
import type { PlanConnector, PlanShape } from '../flowchart/types';
import type { FileError, Severity, Sop } from '../model';
import type { ActorDuration } from '../duration';

/** Where a finding across SOPs points: a file, a sheet of it, a cell of that sheet. */
export interface ReviewPlace {
  path: string;
  sheet: string;
  cell: string;
}

/** A finding of a check across SOPs (contract: crossFindings). */
export interface CrossFinding {
  rule: string;
  severity: Severity;
  message: string;
  places: ReviewPlace[];
}

/** One actor lane of the drawn flowchart, in sheet points. */
export interface ViewLane {
  name: string;
  left: number;
  right: number;
}

/**
 * A FlowchartPlan with what a picture of it needs besides: the lanes (the plan keeps only the cells of
 * its symbols) and the vertical band of the step rows, all in the plan's own sheet points.
 */
export interface FlowchartView {
  lanes: ViewLane[];
  /** Top of the first step row and bottom of the last, in sheet points. */
  top: number;
  bottom: number;
  shapes: PlanShape[];
  connectors: PlanConnector[];
  /** The planner's warnings, in the plan's language (a step with no actor is not drawn, say). */
  warnings: string[];
}

/** Cells of the values the checks across SOPs look at: `B5` on the SOP's sheet, `COVER!B5` elsewhere. */
export interface ReviewCells {
  nomor: string | null;
  nama: string | null;
  tanggalPembuatan: string | null;
  tanggalRevisi: string | null;
  tanggalPengesahan: string | null;
  keterkaitan: string | null;
  /** The cell naming each actor (its lane's header cell). */
  actors: { name: string; cell: string }[];
  /** Top-left cell of the flowchart table, for a finding about the SOP as a whole. */
  table: string;
}

export interface ReviewSop {
  sop: Sop;
  cells: ReviewCells;
  flowchart: FlowchartView;
  /** Time per actor, longest first, from the parsed SOP (parallel steps counted once; core actorTimes). */
  actorTimes?: ActorDuration[];
}

export interface ReviewFile {
  path: string;
  error: FileError | null;
  sops: ReviewSop[];
}
