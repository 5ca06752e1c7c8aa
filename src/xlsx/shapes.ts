/**
 * Reading the shapes of a worksheet's drawing part (xl/drawings/drawingN.xml), which exceljs drops.
 * Handles the three anchor kinds, shapes nested in groups (their child coordinates mapped through each
 * group's transform onto the sheet), and mc:AlternateContent (the Choice when it holds a shape, else
 * the Fallback), and pictures (<xdr:pic>, read as marks), and tells the flowchart symbols apart with the core's
 * vocabulary (core/grid/vocabulary).
 */
import { colLeft, fold, rowTop, type CellAnchor, type Grid, type GridShape, type ShapeKind } from '../core/grid';
import { PICTURE_GEOMETRY, cellAtPoint, classifyShape } from '../core/grid/vocabulary';
import { emuToPoints } from './units';
import { NS, child, find, findAll, type XmlElement } from './xml';

/**
 * The flowchart meaning of a DrawingML preset geometry, with what the element says (a <xdr:cxnSp>, a
 * text box): the core's one vocabulary decides.
 */
export function shapeKindOf(geometry: string, opts: { connectorElement?: boolean; textBox?: boolean } = {}): ShapeKind {
  return classifyShape({ geometry, name: '', connector: opts.connectorElement, textBox: opts.textBox });
}

/** A rectangle on the sheet, in points from the sheet's top-left corner. */
interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Maps a rectangle given in some group's child coordinates (EMU) onto the sheet (points). */
type Transform = (x: number, y: number, w: number, h: number) => Rect;

const num = (s: string | undefined): number => (s === undefined || s === '' ? 0 : Number(s));

function markerOf(el: XmlElement | undefined): CellAnchor | undefined {
  if (!el) return undefined;
  const v = (local: string) => num(child(el, NS.xdr, local)?.text.trim());
  return {
    col: v('col') + 1,
    colOffset: emuToPoints(v('colOff')),
    row: v('row') + 1,
    rowOffset: emuToPoints(v('rowOff')),
  };
}

function pointOf(grid: Grid, a: CellAnchor): { x: number; y: number } {
  return { x: colLeft(grid, a.col) + (a.colOffset ?? 0), y: rowTop(grid, a.row) + (a.rowOffset ?? 0) };
}

/** The cell (and offset inside it) that holds a point of the sheet (core/grid/vocabulary). */
export { cellAtPoint };

function xfrmOf(spPr: XmlElement | undefined) {
  const xfrm = child(spPr, NS.a, 'xfrm');
  const off = child(xfrm, NS.a, 'off');
  const ext = child(xfrm, NS.a, 'ext');
  const chOff = child(xfrm, NS.a, 'chOff');
  const chExt = child(xfrm, NS.a, 'chExt');
  if (!off || !ext) return undefined;
  return {
    x: num(off.attrs.x),
    y: num(off.attrs.y),
    cx: num(ext.attrs.cx),
    cy: num(ext.attrs.cy),
    chX: num(chOff?.attrs.x),
    chY: num(chOff?.attrs.y),
    chCx: num(chExt?.attrs.cx),
    chCy: num(chExt?.attrs.cy),
  };
}

/** The text of a txBody: runs joined, paragraphs as lines, white space folded. */
function textOf(txBody: XmlElement | undefined): string {
  if (!txBody) return '';
  const paras = findAll(txBody, NS.a, 'p').map((p) =>
    findAll(p, NS.a, 't')
      .map((t) => t.text)
      .join('')
  );
  return fold(paras.join('\n'));
}

/** The elements a mc:AlternateContent stands for: the Choice holding a shape, else the Fallback. */
function alternateContent(el: XmlElement): XmlElement[] {
  const choices = el.children.filter((c) => c.uri === NS.mc && c.local === 'Choice');
  const holdsShape = (c: XmlElement) =>
    find(c, NS.xdr, 'sp') !== undefined ||
    find(c, NS.xdr, 'cxnSp') !== undefined ||
    find(c, NS.xdr, 'pic') !== undefined ||
    find(c, NS.xdr, 'grpSp') !== undefined;
  const choice = choices.find(holdsShape);
  if (choice) return choice.children;
  return el.children.find((c) => c.uri === NS.mc && c.local === 'Fallback')?.children ?? [];
}

/** Children with AlternateContent replaced by the branch it stands for. */
function effectiveChildren(el: XmlElement): XmlElement[] {
  return el.children.flatMap((c) => (c.uri === NS.mc && c.local === 'AlternateContent' ? alternateContent(c) : [c]));
}

/** Reads every shape and connector of a drawing part. `grid` supplies the column widths and row heights. */
export function readDrawingShapes(drawing: XmlElement, grid: Grid): GridShape[] {
  const out: GridShape[] = [];
  for (const anchor of effectiveChildren(drawing)) {
    if (anchor.uri !== NS.xdr) continue;
    let rect: Rect;
    let cells: { from: CellAnchor; to: CellAnchor } | undefined;
    if (anchor.local === 'twoCellAnchor') {
      const from = markerOf(child(anchor, NS.xdr, 'from'));
      const to = markerOf(child(anchor, NS.xdr, 'to'));
      if (!from || !to) continue;
      const p = pointOf(grid, from);
      const q = pointOf(grid, to);
      rect = { x: p.x, y: p.y, w: q.x - p.x, h: q.y - p.y };
      cells = { from, to };
    } else if (anchor.local === 'oneCellAnchor' || anchor.local === 'absoluteAnchor') {
      const ext = child(anchor, NS.xdr, 'ext');
      const size = { w: emuToPoints(num(ext?.attrs.cx)), h: emuToPoints(num(ext?.attrs.cy)) };
      if (anchor.local === 'oneCellAnchor') {
        const from = markerOf(child(anchor, NS.xdr, 'from'));
        if (!from) continue;
        rect = { ...pointOf(grid, from), ...size };
      } else {
        const pos = child(anchor, NS.xdr, 'pos');
        rect = { x: emuToPoints(num(pos?.attrs.x)), y: emuToPoints(num(pos?.attrs.y)), ...size };
      }
    } else continue;

    for (const el of effectiveChildren(anchor)) {
      if (el.uri !== NS.xdr) continue;
      if (el.local === 'grpSp') {
        // The group's own xfrm is where it sits; its children live in chOff/chExt space over that box.
        const g = xfrmOf(child(el, NS.xdr, 'grpSpPr'));
        readGroup(el, grid, groupTransform(g, rect), out);
      } else {
        const shape = readShape(el, grid, rect, cells);
        if (shape) out.push(shape);
      }
    }
  }
  return out;
}

function groupTransform(g: ReturnType<typeof xfrmOf>, box: Rect): Transform {
  const chX = g?.chX ?? 0;
  const chY = g?.chY ?? 0;
  const sx = g && g.chCx ? box.w / g.chCx : g && g.cx ? box.w / g.cx : 1 / 12_700;
  const sy = g && g.chCy ? box.h / g.chCy : g && g.cy ? box.h / g.cy : 1 / 12_700;
  return (x, y, w, h) => ({ x: box.x + (x - chX) * sx, y: box.y + (y - chY) * sy, w: w * sx, h: h * sy });
}

function readGroup(group: XmlElement, grid: Grid, transform: Transform, out: GridShape[]): void {
  for (const el of effectiveChildren(group)) {
    if (el.uri !== NS.xdr) continue;
    if (el.local === 'grpSp') {
      const g = xfrmOf(child(el, NS.xdr, 'grpSpPr'));
      const box = g ? transform(g.x, g.y, g.cx, g.cy) : transform(0, 0, 0, 0);
      readGroup(el, grid, groupTransform(g, box), out);
    } else if (el.local === 'sp' || el.local === 'cxnSp' || el.local === 'pic') {
      const x = xfrmOf(child(el, NS.xdr, 'spPr'));
      if (!x) continue;
      const shape = readShape(el, grid, transform(x.x, x.y, x.cx, x.cy));
      if (shape) out.push(shape);
    }
  }
}

function readShape(
  el: XmlElement,
  grid: Grid,
  rect: Rect,
  cells?: { from: CellAnchor; to: CellAnchor }
): GridShape | undefined {
  const isConnector = el.local === 'cxnSp';
  const isPicture = el.local === 'pic';
  if (el.local !== 'sp' && !isConnector && !isPicture) return undefined;
  const nv = child(el, NS.xdr, isConnector ? 'nvCxnSpPr' : isPicture ? 'nvPicPr' : 'nvSpPr');
  const cNvPr = child(nv, NS.xdr, 'cNvPr');
  const spPr = child(el, NS.xdr, 'spPr');
  const prst = isPicture
    ? PICTURE_GEOMETRY
    : (child(spPr, NS.a, 'prstGeom')?.attrs.prst ?? (child(spPr, NS.a, 'custGeom') ? 'custGeom' : ''));
  const textBox = child(nv, NS.xdr, 'cNvSpPr')?.attrs.txBox === '1';
  const where = cells ?? {
    from: cellAtPoint(grid, rect.x, rect.y),
    to: cellAtPoint(grid, rect.x + rect.w, rect.y + rect.h),
  };
  const name = cNvPr?.attrs.name ?? '';
  const description = cNvPr?.attrs.descr || cNvPr?.attrs.title || undefined;
  const text = textOf(child(el, NS.xdr, 'txBody'));
  const shape: GridShape = {
    id: cNvPr?.attrs.id ?? '',
    name,
    kind: classifyShape({
      geometry: prst,
      name,
      text,
      description,
      connector: isConnector,
      textBox,
      width: rect.w,
      height: rect.h,
    }),
    geometry: prst,
    text,
    from: where.from,
    to: where.to,
  };
  if (description) shape.description = description;
  if (isPicture) shape.picture = true;
  if (textBox) shape.textBox = true;
  if (isConnector) {
    const cxn = child(nv, NS.xdr, 'cNvCxnSpPr');
    const st = child(cxn, NS.a, 'stCxn')?.attrs.id;
    const end = child(cxn, NS.a, 'endCxn')?.attrs.id;
    if (st) shape.startShapeId = st;
    if (end) shape.endShapeId = end;
  }
  return shape;
}
