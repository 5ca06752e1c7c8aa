/** What the drawing writer is given: shapes placed by cell and offset, and what to remove first. */
import type { ShapeKind } from '../../core/grid';
import type { XlsxLimits } from '../package';

/** A position on the sheet: a cell (1-based) plus an offset in points from its top-left corner. */
export interface DrawPoint {
  row: number;
  col: number;
  rowOffPt?: number;
  colOffPt?: number;
}

/**
 * One shape to draw. `kind` picks the preset geometry: terminator (flowChartTerminator), process
 * (flowChartProcess), decision (flowChartDecision), offpage (flowChartOffpageConnector), connector
 * (straightConnector1, or the bent preset `preset` names), other (a text box with no fill and no
 * outline, for branch labels such as "Ya" / "Tidak"; with `fillColor` and no text, a plain filled
 * rectangle).
 */
export interface DrawShape {
  kind: ShapeKind;
  /** Shape name (Excel's selection pane); give drawn shapes a common prefix so a redraw finds them. */
  name: string;
  /** Alternative text (cNvPr descr). */
  description?: string;
  text?: string;
  /**
   * Wanted cNvPr id. Connectors refer to shapes by these ids. When absent or already taken by a shape
   * that stays, a free id is assigned (and connectors drawn in the same call follow the change).
   */
  id?: number;
  /** Boxes: the top-left corner. Connectors: the start point (where the preset's path begins). */
  from: DrawPoint;
  /** Boxes: the bottom-right corner. Connectors: the end point (where the path ends). */
  to: DrawPoint;
  /** RGB hex without "#"; default "000000". */
  lineColor?: string;
  /** RGB hex without "#"; default "FFFFFF" (ignored for connectors; text boxes have none unless given). */
  fillColor?: string;
  /** Outline width in points; default 0.75 (1 for connectors). */
  lineWidthPt?: number;
  /** Font size of the text in points; default 8. */
  fontSizePt?: number;
  /**
   * Latin typeface of the text; default "+mn-lt" (the workbook theme's body font, Calibri in Office's
   * default theme). Without one LibreOffice falls back to a serif face.
   */
  fontFace?: string;
  /** Text colour, RGB hex; default the line colour. */
  textColor?: string;
  /** Connectors: the route when `preset` is absent; "elbow" is bentConnector3 at its default bend. */
  route?: 'straight' | 'elbow';
  /**
   * Connectors: the preset geometry (straightConnector1, bentConnector2/3/4 ...), with its adjust values
   * (adj1, adj2 ... in 1/100000 of the preset frame's extent) and the clockwise turn of its frame in
   * degrees. The flips are worked out here from the turn and the direction from -> to, so that the
   * preset's path starts at `from` and ends at `to` (see connectorFlips). Boxes: a preset drawn instead
   * of the kind's own (e.g. homePlate for an off-page connector, as people draw it).
   */
  preset?: string;
  adjust?: number[];
  rotation?: 0 | 90 | 180 | 270;
  /** Connectors: the joined shapes' ids and connection sites (0 top, 1 left, 2 bottom, 3 right). */
  startId?: number;
  endId?: number;
  startSite?: number;
  endSite?: number;
  /** Connectors: arrow heads; default no head at the start, a triangle at the end. */
  headArrow?: boolean;
  tailArrow?: boolean;
  /**
   * A picture instead of a shape (an <xdr:pic> over the box, as Excel writes an inserted image): the PNG
   * bytes go into a media part of their own, joined to the drawing by an image relationship.
   */
  picture?: { png: Uint8Array };
  /** Boxes: mirror the shape (connectors get their flips from the direction from -> to). */
  flipH?: boolean;
  flipV?: boolean;
}

export interface AddShapesOptions {
  /**
   * Existing shapes to remove first (e.g. those an earlier run drew), by cNvPr name, descr and id (the
   * id tells apart shapes whose names repeat, as Excel's "Flowchart: Process 7" copies often do).
   */
  removeWhere?: (name: string, descr: string, id: number) => boolean;
  limits?: Partial<XlsxLimits>;
}
