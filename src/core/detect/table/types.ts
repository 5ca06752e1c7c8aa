/** What table detection finds: step spans, the table, and the rows that may open a header. */
import type { TableLayout } from '../../model';

/** One step's rows inside a table: `row` is its first line, `rowEnd` its last. */
export interface StepSpan {
  row: number;
  rowEnd: number;
}

/** A table found on the sheet: its layout, the step spans, and the actor lane names from the header. */
export interface DetectedTable {
  layout: TableLayout;
  steps: StepSpan[];
  /** Actor lane names, one per `layout.columns.actors` entry, and the cell holding each. */
  actorNames: { name: string; col: number; headerCell: string }[];
}

/** A row that opens a table header: where its Uraian and No labels are. */
export interface HeaderCandidate {
  row: number;
  uraianCol: number;
  noCol: number | null;
}
