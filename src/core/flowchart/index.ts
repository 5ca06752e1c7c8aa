/** The flowchart planner: SopDoc + Grid -> a FlowchartPlan the hosts apply (shapes or cell markers). */
export * from './types';
export { planFlowchart, DEFAULT_PREFIX, actorKey } from './plan';
export { stepKey } from '../step-key';
export { markerGlyph, MARKER_FILL } from './cell-markers';
export { isAlurShape, isAlurShapeOfTable, shapesOverActorCells } from './shapes';
export { planLanes, type LanePlan, type LaneColumn, type LaneMark } from './lanes';
export {
  laneEdit,
  laneEditProblemText,
  LANE_MARK,
  LANE_WIDTH_PT,
  type LaneEdit,
  type LaneCellWrite,
  type LaneEditProblem,
} from './lane-edit';
export { connectorGeometry, NUDGE, type ConnectorGeometry, type ConnectorPreset } from './connector';
export {
  symbolFontSize,
  symbolLook,
  dressPlan,
  CONNECTOR_LOOK,
  FONT_FACE,
  FONT_PT,
  COLORS,
  LABEL,
  MASK_INSET,
} from './look';
export { redrawChoice, planDoc, staleError, type RedrawChoice, type RedrawOutcome } from './redraw';
