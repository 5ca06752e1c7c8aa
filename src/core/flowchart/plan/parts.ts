/** What the flowchart plan's steps share: a drawn step, an actor lane, a page break, a size. */
import type { ActorLane, StepDoc } from '../../model';
import type { PlanShapeKind } from '../types';

export interface Size {
  w: number;
  h: number;
}

/** A drawn step: its lanes in the order the flow passes them. */
export interface DrawnStep {
  step: StepDoc;
  key: string;
  kind: PlanShapeKind;
  /** Lane indexes (into the sorted lanes) in chain order: chain[0] is entered, the last is left. */
  chain: number[];
  shapeIds: string[];
  /** Vertical band the step's symbols are centred in (its rows, less any off-page slots). */
  slotTop: number;
  slotBottom: number;
  spanTop: number;
  spanBottom: number;
  offpageIn?: string;
  offpageOut?: string;
}

export interface Lane {
  actor: ActorLane;
  col: number;
  left: number;
  right: number;
}

/** A page break between drawn steps `index - 1` and `index`, with its off-page letter. */
export interface BreakGap {
  index: number;
  letter: string;
  pair: number;
}
