/**
 * The one shape vocabulary both hosts read with: which DrawingML preset (or picture) stands for which
 * SOP AP symbol, which shapes are labels and never marks (text boxes, Alur's own branch labels and the
 * white masks it lays under its symbols), and which cell a point of the sheet lies in. src/excel and
 * src/xlsx only translate their format (Excel.GeometricShapeType, <xdr:sp>/<xdr:pic>) into the facts
 * below and let this module decide; so a live sheet and a file read the same shapes the same way.
 */
import { colWidth, rowHeight, type CellAnchor, type Grid, type GridShape, type ShapeKind } from './index';

/**
 * Presets by symbol. SOP AP uses five symbols (domain README): the capsule terminator (offices draw it
 * as a rounded rectangle, an ellipse or the alternate-process preset as often as the flowchart one),
 * the process rectangle (a plain rectangle as often as the flowchart preset), the decision diamond, the
 * off-page pentagon (homePlate / pentagon, as templates copy it) and the arrow.
 */
const PRESET_KIND: Readonly<Record<string, ShapeKind>> = Object.freeze({
  flowChartTerminator: 'terminator',
  roundRect: 'terminator',
  flowChartAlternateProcess: 'terminator',
  ellipse: 'terminator',
  flowChartConnector: 'terminator',
  flowChartProcess: 'process',
  rect: 'process',
  flowChartPredefinedProcess: 'process',
  flowChartDecision: 'decision',
  diamond: 'decision',
  flowChartOffpageConnector: 'offpage',
  homePlate: 'offpage',
  pentagon: 'offpage',
});

/** The geometry recorded for a picture (an <xdr:pic>, or an Excel shape of type Image). */
export const PICTURE_GEOMETRY = 'picture';

/** The flowchart meaning of a DrawingML preset geometry (connector presets and "line" are arrows). */
export function kindOfPreset(preset: string): ShapeKind {
  if (preset === 'line' || /^(?:straight|bent|curved)Connector\d$/.test(preset)) return 'connector';
  return PRESET_KIND[preset] ?? 'other';
}

/** What a host knows about a shape, in the host's own terms translated to DrawingML names. */
export interface ShapeFacts {
  /** DrawingML preset ("flowChartProcess", "rect"), "custGeom", or PICTURE_GEOMETRY. */
  geometry: string;
  name: string;
  text?: string;
  description?: string;
  /** The host says it is a line or connector (<xdr:cxnSp>, Excel type Line). */
  connector?: boolean;
  /** The host says it is a text box (<xdr:cNvSpPr txBox="1">). */
  textBox?: boolean;
  /** Width and height in points (pictures: the aspect may tell the symbol). */
  width?: number;
  height?: number;
}

/** Alur's own annotations: a branch label ("...:label") or a mask under a symbol ("...:mask", "...:mask2"). */
export function isAlurAnnotationName(name: string): boolean {
  return /^[^:]+:[^:]+:.+:(?:label|mask\d*)$/.test(name);
}

/** A text box by the name Excel gives it ("TextBox 3", "Text Box 12", "Kotak Teks 4"). */
export function isTextBoxName(name: string): boolean {
  return /^(?:text\s*box|kotak\s*teks)\b/i.test(name.trim());
}

/** "Ya", "Tidak", "Y", "T": the caption of a decision's arrow. */
export function isBranchCaption(text: string): boolean {
  return /^(?:ya|y|yes|tidak|tdk|t|no)[.:]?$/i.test(text.trim());
}

/**
 * The symbol a picture stands for, from its name or alternative text ("Mulai", "Proses", "Keputusan",
 * "Off-page") and, where they are silent, its shape: a picture of the off-page pentagon is small and
 * about as tall as wide, but so is a diamond, so the aspect alone decides nothing. 'other' means a mark
 * whose symbol is inferred like a tick's.
 */
export function pictureKind(facts: Pick<ShapeFacts, 'name' | 'description'>): ShapeKind {
  const said = `${facts.name} ${facts.description ?? ''}`.toLowerCase();
  if (/\b(?:mulai|selesai|start|end|terminator|terminal|awal|akhir)\b/.test(said)) return 'terminator';
  if (/\b(?:keputusan|decision|diamond|belah\s*ketupat|percabangan)\b/.test(said)) return 'decision';
  if (/\b(?:off-?page|offpage|penghubung|konektor\s*halaman)\b/.test(said)) return 'offpage';
  if (/\b(?:proses|process|kegiatan|aktivitas|kotak)\b/.test(said)) return 'process';
  return 'other';
}

/** The kind of a shape from what its host knows (see ShapeFacts). */
export function classifyShape(facts: ShapeFacts): ShapeKind {
  if (facts.connector || kindOfPreset(facts.geometry) === 'connector') return 'connector';
  if (isAlurAnnotationName(facts.name) || facts.textBox || isTextBoxName(facts.name)) return 'other';
  if (facts.geometry === PICTURE_GEOMETRY) return pictureKind(facts);
  return kindOfPreset(facts.geometry);
}

/**
 * Whether a shape labels something rather than marking an actor: a text box, Alur's own branch labels
 * and masks, or a plain box holding only a "Ya" / "Tidak" caption.
 */
export function isLabelShape(shape: Pick<GridShape, 'name' | 'text' | 'textBox' | 'kind'>): boolean {
  if (shape.kind === 'connector') return false;
  if (isAlurAnnotationName(shape.name) || shape.textBox === true || isTextBoxName(shape.name)) return true;
  return shape.kind === 'other' && isBranchCaption(shape.text);
}

/**
 * What a shape says about the actor lane it lies over: a symbol, a mark whose symbol is to be inferred
 * (a picture the vocabulary cannot name), or nothing (a label, a mask, an arrow, a cloud).
 * 'terminator' is settled as start or end by the parser, from position or text.
 */
export type ShapeMark = 'terminator' | 'process' | 'decision' | 'offpage' | 'mark' | null;

export function shapeMark(shape: GridShape): ShapeMark {
  if (isLabelShape(shape)) return null;
  switch (shape.kind) {
    case 'terminator':
    case 'process':
    case 'decision':
    case 'offpage':
      return shape.kind;
    case 'other':
      return shape.picture ? 'mark' : null;
    default:
      return null;
  }
}

/**
 * The cell under a point given in points from the sheet's top-left corner, with the offset inside it.
 * A point on a boundary belongs to the next cell, as in a DrawingML anchor; hidden (zero-size) rows
 * and columns never hold a point. Beyond the sizes the grid knows, the grid's defaults apply.
 */
export function cellAtPoint(grid: Grid, x: number, y: number): CellAnchor {
  const h = locate(Math.max(0, y), (r) => rowHeight(grid, r), 1_048_576);
  const w = locate(Math.max(0, x), (c) => colWidth(grid, c), 16_384);
  return { row: h.index, col: w.index, rowOffset: round2(h.offset), colOffset: round2(w.offset) };
}

function locate(pos: number, size: (i: number) => number, last: number): { index: number; offset: number } {
  let start = 0;
  for (let i = 1; ; i++) {
    const s = size(i);
    if (pos < start + s || i >= last) return { index: i, offset: pos - start };
    start += s;
  }
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * The caption shape that belongs to a connector by name: Alur names a branch's label after its
 * connector ("<connector name>:label"), so the label of its own arrows is never guessed from whatever
 * caption lies nearest (a decision's two arrows often leave side by side).
 */
export function ownCaption(shapes: readonly GridShape[], connector: GridShape): GridShape | undefined {
  if (!connector.name) return undefined;
  const name = `${connector.name.replace(/#\d+\/\d+$/, '')}:label`;
  return shapes.find((s) => s.name === name);
}
