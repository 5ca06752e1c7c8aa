/**
 * Excel's view of a shape (type, GeometricShapeType, points) turned into the Grid's view
 * (DrawingML preset name, flowchart kind, cell anchors), so a live sheet and an .xlsx file read alike.
 */
import type { CellAnchor, Grid } from '../core/grid';
import { cellAtPoint } from '../core/grid/vocabulary';

/** Excel enum names whose DrawingML preset is not just the name with a lower-case first letter. */
const PRESET_EXCEPTIONS: Record<string, string> = {
  Rectangle: 'rect',
  RoundRectangle: 'roundRect',
  Round1Rectangle: 'round1Rect',
  Round2SameRectangle: 'round2SameRect',
  Round2DiagonalRectangle: 'round2DiagRect',
  SnipRoundRectangle: 'snipRoundRect',
  Snip1Rectangle: 'snip1Rect',
  Snip2SameRectangle: 'snip2SameRect',
  Snip2DiagonalRectangle: 'snip2DiagRect',
  WedgeRRectCallout: 'wedgeRoundRectCallout',
  LineInverse: 'lineInv',
  RightTriangle: 'rtTriangle',
};

const EXCEL_NAMES: Record<string, string> = Object.fromEntries(
  Object.entries(PRESET_EXCEPTIONS).map(([excel, preset]) => [preset, excel])
);

/** Excel.GeometricShapeType ("FlowChartProcess", "Rectangle") -> DrawingML preset ("flowChartProcess", "rect"). */
export function presetOfExcelShape(excelType: string): string {
  return PRESET_EXCEPTIONS[excelType] ?? excelType.charAt(0).toLowerCase() + excelType.slice(1);
}

/** DrawingML preset -> Excel.GeometricShapeType (the inverse of presetOfExcelShape). */
export function excelShapeOfPreset(preset: string): string {
  return EXCEL_NAMES[preset] ?? preset.charAt(0).toUpperCase() + preset.slice(1);
}

/** The flowchart symbol a preset stands for: the core's one vocabulary (core/grid/vocabulary). */
export { kindOfPreset } from '../core/grid/vocabulary';

/** Excel.ConnectorType -> the DrawingML connector preset Excel writes for it. */
export function presetOfConnector(connectorType: string | undefined): string {
  if (connectorType === 'Elbow') return 'bentConnector3';
  if (connectorType === 'Curve') return 'curvedConnector3';
  if (connectorType === 'Straight') return 'straightConnector1';
  return 'line';
}

/** The cell under a point of the sheet: the core's (core/grid/vocabulary cellAtPoint). */
export function anchorAt(grid: Grid, x: number, y: number): CellAnchor {
  return cellAtPoint(grid, x, y);
}
