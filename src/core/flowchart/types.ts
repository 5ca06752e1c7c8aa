/**
 * The flowchart plan: plain data saying which symbols and connectors to draw over an SOP's actor
 * columns, where, and with which names. The core computes it; src/excel and src/xlsx apply it.
 * All lengths are points, measured from the sheet's top-left corner (colLeft / rowTop of the Grid).
 */

/** The symbol kinds of SOP AP (PermenPAN-RB 35/2012): the arrow is a PlanConnector. */
export type PlanShapeKind = 'terminator' | 'process' | 'decision' | 'offpage';

/** DrawingML preset geometry for each kind (Office.js: Excel.GeometricShapeType has the same names). */
export const PRESET_GEOMETRY: Readonly<Record<PlanShapeKind, string>> = Object.freeze({
  terminator: 'flowChartTerminator',
  process: 'flowChartProcess',
  decision: 'flowChartDecision',
  offpage: 'flowChartOffpageConnector',
});

/**
 * Connection sites, numbered as DrawingML numbers them for all four flowChart presets used here
 * (presetShapeDefinitions.xml, <cxnLst>: (hc,t), (l,vc), (hc,b), (r,vc)). The <a:stCxn idx>/<a:endCxn idx>
 * of a connector and Excel's `connectBeginShape(shape, site)` take these numbers.
 */
export const SITE = Object.freeze({ top: 0, left: 1, bottom: 2, right: 3 } as const);
export type Site = (typeof SITE)[keyof typeof SITE];

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A corner of a shape as a cell plus an offset in points inside that cell (a twoCellAnchor corner). */
export interface PlanAnchorPoint {
  row: number;
  col: number;
  rowOffPt: number;
  colOffPt: number;
}

export interface PlanAnchor {
  from: PlanAnchorPoint;
  to: PlanAnchorPoint;
}

export interface PlanShape {
  /** Stable id inside the plan: "s3" (step 3), "s8b" (step 8's second actor), "p1a"/"p1b" (off-page pair 1). */
  id: string;
  /** Shape name to give the drawn shape: prefix + ":" + table's top-left cell + ":" + id ("Alur:A14:s3"). */
  name: string;
  /** Alternative text, in the plan's language. */
  description: string;
  kind: PlanShapeKind;
  /** DrawingML preset geometry of the kind. */
  preset: string;
  /** Short text shown inside: the step number, "Mulai"/"Selesai", or the off-page letter. */
  text: string;
  /** The step number (or "row N" for an unnumbered step) this symbol belongs to. */
  step: string;
  /** The actor lane the symbol sits in. */
  actor: string;
  /** The cell the symbol's centre lies in. */
  cell: { row: number; col: number };
  box: Box;
  anchor: PlanAnchor;
  /** How it looks: every host draws exactly this (set by the plan, see look.ts). */
  look: PlanLook;
}

/**
 * The look of a drawn box or line, decided by the plan so both hosts draw the same: colours are RGB hex
 * without "#" (null: none), lengths and sizes in points. `fontFace` "+mn-lt" is the workbook theme's
 * body font (Calibri in Office's default theme), which is also what Excel gives a new shape's text.
 */
export interface PlanLook {
  fill: string | null;
  line: string | null;
  lineWidthPt: number;
  fontSizePt: number;
  fontColor: string;
  fontFace: string;
}

/** A decision branch's "Ya"/"Tidak": a borderless text box beside the start of its connector. */
export interface PlanLabel {
  /** The connector's name + ":label". */
  name: string;
  description: string;
  text: string;
  box: Box;
  look: PlanLook;
}

/**
 * A white borderless rectangle under a symbol, inside the borders of an actor cell that holds text
 * (seed 002 keeps "↓ []" markers there), so the symbol stands on a clean cell.
 */
export interface PlanMask {
  /** The symbol's name + ":mask" (":mask2" ... for further cells under the same symbol). */
  name: string;
  description: string;
  /** The symbol it lies under. */
  under: string;
  box: Box;
  look: PlanLook;
}

export interface PlanEnd {
  shape: string;
  site: Site;
}

export interface PlanConnector {
  id: string;
  name: string;
  from: PlanEnd;
  to: PlanEnd;
  /** The routed polyline, first point on `from`'s site, last on `to`'s site; every segment horizontal or vertical. */
  points: Point[];
  /** Where the arrowhead goes: always the end (the direction of flow). */
  arrow: 'end';
  /** "Ya"/"Tidak" (or "Yes"/"No") on a decision's branches; null elsewhere. */
  label: string | null;
  /** What the connector is for: the flow to the next step, a decision's branch, joining a step's actors. */
  role: 'flow' | 'branch' | 'pair';
  kind: 'straight' | 'elbow';
  /** Alternative text: "s4 → s7 (Tidak)". */
  description: string;
  /** Line colour and width (look.fill is null). */
  look: PlanLook;
  /** Where the label goes, for a connector with a label. */
  labelBox?: PlanLabel;
}

export interface PlanWarning {
  code: string;
  message: string;
  /** The step concerned, where there is one. */
  step?: string;
}

/** A cell marker for hosts that cannot draw shapes (Excel before ExcelApi 1.9). */
export interface PlanCellMarker {
  /** A1 address on the plan's sheet. */
  cell: string;
  row: number;
  col: number;
  /** A symbol glyph and word: "( Mulai )", "[ 3 ]", "< 10 ? >", with "▼ A" where the flow goes to another page. */
  text: string;
  kind: PlanShapeKind;
  /** Formatting hint: a thin border round the cell and a light fill (hex RGB) by symbol kind. */
  border: 'thin';
  fill: string;
}

export interface FlowchartPlan {
  sheet: string;
  /** The SOP's table range (A1), to tell plans of several SOPs on one sheet apart. */
  tableRange: string;
  /** The name prefix shared by everything this plan draws ("Alur"). */
  prefix: string;
  shapes: PlanShape[];
  connectors: PlanConnector[];
  warnings: PlanWarning[];
  cellMarkers: PlanCellMarker[];
  /** Masks under the symbols, drawn before (under) everything else. */
  masks: PlanMask[];
}

export interface PlanOptions {
  /** Name prefix of every drawn shape; default "Alur". */
  prefix?: string;
  lang?: import('../model').Lang;
}
