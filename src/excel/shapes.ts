/**
 * Excel's view of a shape (type, GeometricShapeType, points) turned into the Grid's view
 * (DrawingML preset name, flowchart kind, cell anchors), so a live sheet and an .xlsx file read alike.
 */
import { colWidth, rowHeight, type CellAnchor, type Grid, type ShapeKind } from '../core/grid';

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

/**
 * The flowchart symbol a preset stands for. SOP AP uses five symbols (domain README): the capsule
 * terminator, the rectangle process (hand-drawn SOPs use a plain rectangle as often as the flowchart
 * preset), the diamond decision, the off-page pentagon and the arrow.
 */
export function kindOfPreset(preset: string): ShapeKind {
  switch (preset) {
    case 'flowChartTerminator':
      return 'terminator';
    case 'flowChartProcess':
    case 'rect':
      return 'process';
    case 'flowChartDecision':
    case 'diamond':
      return 'decision';
    case 'flowChartOffpageConnector':
      return 'offpage';
    default:
      return /connector\d*$|^line$/i.test(preset) && !preset.startsWith('flowChart') ? 'connector' : 'other';
  }
}

/** Excel.ConnectorType -> the DrawingML connector preset Excel writes for it. */
export function presetOfConnector(connectorType: string | undefined): string {
  if (connectorType === 'Elbow') return 'bentConnector3';
  if (connectorType === 'Curve') return 'curvedConnector3';
  if (connectorType === 'Straight') return 'straightConnector1';
  return 'line';
}

/**
 * The cell under a point given in points from the sheet's top-left corner, with the offset inside it.
 * A point on a boundary belongs to the next cell, as in a DrawingML anchor. Beyond the sizes the grid
 * knows, the grid's defaults apply.
 */
export function anchorAt(grid: Grid, x: number, y: number): CellAnchor {
  const h = locate(Math.max(0, y), (r) => rowHeight(grid, r));
  const w = locate(Math.max(0, x), (c) => colWidth(grid, c));
  return { row: h.index, col: w.index, rowOffset: round2(h.offset), colOffset: round2(w.offset) };
}

function locate(pos: number, size: (i: number) => number): { index: number; offset: number } {
  let start = 0;
  for (let i = 1; ; i++) {
    const s = size(i);
    // Zero-size (hidden) rows and columns never hold a point; the guard stops a runaway on bad data.
    if (pos < start + s || i > 1_048_576) return { index: i, offset: pos - start };
    start += s;
  }
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
