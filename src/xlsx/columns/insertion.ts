/** What a column insertion is given (where, how many, the cells to write) and how it says no. */
import { HostError } from '../../core/host';

export interface ColumnInsertion {
  sheet: string;
  at: number;
  count: number;
  /** Width of the new columns, in points (default: the sheet's default width). */
  widthPt?: number;
}

/** A cell to write after the insertion (address after it): inline text and/or another column's style. */
export interface NewCell {
  row: number;
  col: number;
  /** Text to write; undefined leaves the cell empty (style only). */
  text?: string;
  /** Copy the style (s) of the cell in this column of the same row, numbered after the insertion. */
  styleFrom?: number;
}

export function refused(id: string, en: string): HostError {
  return new HostError('failed', `Kolom tidak dapat disisipkan: ${id}`, `The columns cannot be inserted: ${en}`);
}
