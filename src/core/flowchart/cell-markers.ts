/**
 * The fallback for hosts that cannot draw shapes (Excel before ExcelApi 1.9): one cell marker per
 * symbol, written in the actor cell on the step's first row (the cell that holds a merged area's
 * text), in the same glyph vocabulary real SOPs already use and the parser reads back:
 * "( Mulai )", "[ 3 ]", "< 10 ? > Tidak: 9", and "▼ A" / "A ▼" where the flow crosses a page.
 */
import { a1 } from '../grid';
import type { StepDoc } from '../model';
import type { PlanCellMarker, PlanShapeKind } from './types';
import type { Words } from './words';

export interface CellMarkerStep {
  step: StepDoc;
  kind: PlanShapeKind;
  /** Actor columns of the step, in flow order. */
  cols: number[];
  /** Off-page letter above this step (first step after a page break). */
  letterIn?: string;
  /** Off-page letter below this step (last step before a page break). */
  letterOut?: string;
}

/** Light fills by kind, so a glance tells the symbols apart even without shapes. */
export const MARKER_FILL: Readonly<Record<PlanShapeKind, string>> = Object.freeze({
  terminator: '#E2EFDA',
  process: '#DDEBF7',
  decision: '#FFF2CC',
  offpage: '#EDEDED',
});

/** The glyph and word for a step's symbol. */
export function markerGlyph(step: StepDoc, kind: PlanShapeKind, w: Words): string {
  const no = step.no ?? '';
  if (kind === 'terminator') {
    const word = step.symbol === 'end' ? w.end : step.symbol === 'start' ? w.start : no;
    return `( ${word} )`;
  }
  if (kind === 'decision') {
    const tidak = step.branches.find((b) => b.label === 'tidak' && b.target !== null);
    const glyph = no ? `< ${no} ? >` : '< ? >';
    return tidak ? `${glyph} ${w.no}: ${tidak.target}` : glyph;
  }
  return no ? `[ ${no} ]` : '[ ]';
}

export function cellMarkersFor(steps: CellMarkerStep[], w: Words): PlanCellMarker[] {
  const markers: PlanCellMarker[] = [];
  for (const s of steps) {
    const glyph = markerGlyph(s.step, s.kind, w);
    s.cols.forEach((col, k) => {
      let text = glyph;
      if (k === 0 && s.letterIn) text = `${s.letterIn} ▼ ${text}`;
      if (k === s.cols.length - 1 && s.letterOut) text = `${text} ▼ ${s.letterOut}`;
      markers.push({
        cell: a1(s.step.row, col),
        row: s.step.row,
        col,
        text,
        kind: s.kind,
        border: 'thin',
        fill: MARKER_FILL[s.kind],
      });
    });
  }
  return markers;
}
