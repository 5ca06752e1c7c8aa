/**
 * The shapes as DrawingML: the sheet's geometry (column widths and row heights, to place a:xfrm in
 * absolute EMUs) and one two-cell anchor per shape, box, picture or connector.
 */
import { emptyGrid, colLeft, rowTop, type Grid, type ShapeKind } from '../../core/grid';
import { DEFAULT_COL_POINTS, DEFAULT_ROW_POINTS, pointsToEmu, storedWidthToPoints } from '../units';
import { NS, child, children, escapeXml, type XmlElement } from '../xml';
import type { DrawPoint, DrawShape } from './types';

/** Column widths and row heights of a worksheet part, as a Grid with no text. */
export function sheetGeometry(sheet: XmlElement): Grid {
  const g = emptyGrid('');
  const fmt = child(sheet, NS.main, 'sheetFormatPr');
  g.defaultColWidth = fmt?.attrs.defaultColWidth
    ? storedWidthToPoints(Number(fmt.attrs.defaultColWidth))
    : DEFAULT_COL_POINTS;
  g.defaultRowHeight = fmt?.attrs.defaultRowHeight ? Number(fmt.attrs.defaultRowHeight) : DEFAULT_ROW_POINTS;
  for (const col of children(child(sheet, NS.main, 'cols') ?? sheet, NS.main, 'col')) {
    const min = Number(col.attrs.min);
    const max = Math.min(Number(col.attrs.max), 16384);
    const hidden = col.attrs.hidden === '1' || col.attrs.hidden === 'true';
    const pt = hidden ? 0 : col.attrs.width ? storedWidthToPoints(Number(col.attrs.width)) : g.defaultColWidth;
    // A last <col> often covers every remaining column (max 16384); widths past 1024 never matter here.
    for (let c = min; c <= Math.min(max, 1024); c++) g.colWidths[c - 1] = pt;
  }
  for (let i = 0; i < g.colWidths.length; i++) g.colWidths[i] ??= g.defaultColWidth;
  for (const row of children(child(sheet, NS.main, 'sheetData') ?? sheet, NS.main, 'row')) {
    const r = Number(row.attrs.r);
    const hidden = row.attrs.hidden === '1' || row.attrs.hidden === 'true';
    if (hidden) g.rowHeights[r - 1] = 0;
    else if (row.attrs.ht) g.rowHeights[r - 1] = Number(row.attrs.ht);
  }
  for (let i = 0; i < g.rowHeights.length; i++) g.rowHeights[i] ??= g.defaultRowHeight;
  return g;
}

function absolute(g: Grid, p: DrawPoint): { x: number; y: number } {
  return { x: colLeft(g, p.col) + (p.colOffPt ?? 0), y: rowTop(g, p.row) + (p.rowOffPt ?? 0) };
}

// ---------------------------------------------------------------------------------------------
// Rendering

const GEOMETRY: Record<Exclude<ShapeKind, 'connector'>, string> = {
  terminator: 'flowChartTerminator',
  process: 'flowChartProcess',
  decision: 'flowChartDecision',
  offpage: 'flowChartOffpageConnector',
  other: 'rect',
};

function marker(tag: 'from' | 'to', p: DrawPoint): string {
  return (
    `<xdr:${tag}><xdr:col>${p.col - 1}</xdr:col><xdr:colOff>${pointsToEmu(p.colOffPt ?? 0)}</xdr:colOff>` +
    `<xdr:row>${p.row - 1}</xdr:row><xdr:rowOff>${pointsToEmu(p.rowOffPt ?? 0)}</xdr:rowOff></xdr:${tag}>`
  );
}

const hex = (c: string | undefined, fallback: string) => (c && /^[0-9a-fA-F]{6}$/.test(c) ? c.toUpperCase() : fallback);

export function renderAnchors(
  shapes: DrawShape[],
  taken: Set<number>,
  g: Grid,
  localNs: boolean,
  embeds: Map<DrawShape, string> = new Map()
): string {
  // Ids: keep the wanted one when free, else the next free one; connectors follow the renumbering.
  const ids = new Map<number, number>();
  let next = Math.max(1, ...taken) + 1;
  const used = new Set(taken);
  const assigned = shapes.map((s) => {
    let id = s.id;
    if (id === undefined || used.has(id)) {
      while (used.has(next)) next++;
      const fresh = next++;
      if (id !== undefined) ids.set(id, fresh);
      id = fresh;
    } else ids.set(id, id);
    used.add(id);
    return id;
  });
  const ref = (id: number | undefined) => (id === undefined ? undefined : (ids.get(id) ?? id));
  const ns = localNs ? ` xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}"` : '';
  return shapes
    .map((s, i) => {
      const connector = s.kind === 'connector';
      // The anchor holds what the sheet shows (the bounding box); a:xfrm the preset's own frame.
      const [from, to] = connector ? box(g, s.from, s.to) : [s.from, s.to];
      const xfrm = connector ? connectorXfrm(g, s) : boxXfrm(g, s);
      const embed = embeds.get(s);
      const body = connector
        ? renderConnector(s, assigned[i], xfrm, ref)
        : embed
          ? renderPicture(s, assigned[i], xfrm, embed)
          : renderBox(s, assigned[i], xfrm);
      // A glued connector is a plain <xdr:cxnSp> with stCxn/endCxn, as Excel writes it (no x14 wrapper).
      return `<xdr:twoCellAnchor${ns} editAs="oneCell">${marker('from', from)}${marker('to', to)}${body}<xdr:clientData/></xdr:twoCellAnchor>`;
    })
    .join('');
}

function xfrmXml(
  x: number,
  y: number,
  cx: number,
  cy: number,
  rotation: number,
  flipH: boolean,
  flipV: boolean
): string {
  const rot = rotation % 360 ? ` rot="${(rotation % 360) * 60000}"` : '';
  return (
    `<a:xfrm${rot}${flipH ? ' flipH="1"' : ''}${flipV ? ' flipV="1"' : ''}>` +
    `<a:off x="${pointsToEmu(x)}" y="${pointsToEmu(y)}"/>` +
    `<a:ext cx="${pointsToEmu(Math.max(0, cx))}" cy="${pointsToEmu(Math.max(0, cy))}"/></a:xfrm>`
  );
}

function boxXfrm(g: Grid, s: DrawShape): string {
  const a = absolute(g, s.from);
  const b = absolute(g, s.to);
  return xfrmXml(a.x, a.y, b.x - a.x, b.y - a.y, s.rotation ?? 0, s.flipH === true, s.flipV === true);
}

/**
 * The flips that make a connector preset's path, drawn in its frame turned by `rotation` degrees
 * clockwise, start at the corner the connector starts from. Every connector preset runs from the
 * frame's top-left corner to its bottom-right one; DrawingML flips the frame first and turns it after,
 * about its centre. With dx, dy the direction from start to end on the sheet:
 *   0°: flipH when going left, flipV when going up        90°: flipH when going up, flipV when going right
 *   180°: flipH when going right, flipV when going down   270°: flipH when going down, flipV when going left
 */
export function connectorFlips(dx: number, dy: number, rotation: number): { flipH: boolean; flipV: boolean } {
  switch (((rotation % 360) + 360) % 360) {
    case 90:
      return { flipH: dy < 0, flipV: dx > 0 };
    case 180:
      return { flipH: dx > 0, flipV: dy > 0 };
    case 270:
      return { flipH: dy > 0, flipV: dx < 0 };
    default:
      return { flipH: dx < 0, flipV: dy < 0 };
  }
}

/**
 * A connector's a:xfrm: the bounding box of start and end; turned a quarter, the frame keeps the same
 * centre and swaps width and height (that is how Excel stores a vertical elbow).
 */
function connectorXfrm(g: Grid, s: DrawShape): string {
  const a = absolute(g, s.from);
  const b = absolute(g, s.to);
  const rotation = s.preset ? (s.rotation ?? 0) : 0;
  const { flipH, flipV } = connectorFlips(b.x - a.x, b.y - a.y, rotation);
  const w = Math.abs(b.x - a.x);
  const h = Math.abs(b.y - a.y);
  const cx = (a.x + b.x) / 2;
  const cy = (a.y + b.y) / 2;
  const quarter = rotation % 180 !== 0;
  const [fw, fh] = quarter ? [h, w] : [w, h];
  return xfrmXml(cx - fw / 2, cy - fh / 2, fw, fh, rotation, flipH, flipV);
}

/** A connector's outline: width, colour and arrowheads. */
function lineXml(s: DrawShape): string {
  const head = s.headArrow ? '<a:headEnd type="triangle"/>' : '';
  const tail = s.tailArrow === false ? '' : '<a:tailEnd type="triangle"/>';
  return `<a:ln w="${pointsToEmu(s.lineWidthPt ?? 1)}"><a:solidFill><a:srgbClr val="${hex(s.lineColor, '000000')}"/></a:solidFill>${head}${tail}</a:ln>`;
}

/** The bounding box of a connector's two ends, as anchor corners. */
function box(g: Grid, p: DrawPoint, q: DrawPoint): [DrawPoint, DrawPoint] {
  const a = absolute(g, p);
  const b = absolute(g, q);
  const [left, right] = b.x < a.x ? [q, p] : [p, q];
  const [top, bottom] = b.y < a.y ? [q, p] : [p, q];
  return [
    { col: left.col, colOffPt: left.colOffPt, row: top.row, rowOffPt: top.rowOffPt },
    { col: right.col, colOffPt: right.colOffPt, row: bottom.row, rowOffPt: bottom.rowOffPt },
  ];
}

function cNvPr(s: DrawShape, id: number): string {
  const descr = s.description ? ` descr="${escapeXml(s.description)}"` : '';
  return `<xdr:cNvPr id="${id}" name="${escapeXml(s.name)}"${descr}/>`;
}

function avLst(adjust: number[] | undefined): string {
  if (!adjust?.length) return '<a:avLst/>';
  return `<a:avLst>${adjust.map((v, i) => `<a:gd name="adj${i + 1}" fmla="val ${Math.round(v)}"/>`).join('')}</a:avLst>`;
}

function renderBox(s: DrawShape, id: number, xfrm: string): string {
  const textBox = s.kind === 'other';
  const geometry = escapeXml(s.preset ?? GEOMETRY[s.kind as Exclude<ShapeKind, 'connector'>]);
  const line = hex(s.lineColor, '000000');
  const color = hex(s.textColor, line);
  // A text box ("other") has no outline and, unless given a fill colour, no fill.
  const fill =
    textBox && !s.fillColor
      ? '<a:noFill/>'
      : `<a:solidFill><a:srgbClr val="${hex(s.fillColor, 'FFFFFF')}"/></a:solidFill>`;
  const ln = textBox
    ? '<a:ln><a:noFill/></a:ln>'
    : `<a:ln w="${pointsToEmu(s.lineWidthPt ?? 0.75)}"><a:solidFill><a:srgbClr val="${line}"/></a:solidFill></a:ln>`;
  const size = Math.round((s.fontSizePt ?? 8) * 100);
  const face = escapeXml(s.fontFace ?? '+mn-lt');
  const font = `<a:latin typeface="${face}"/><a:cs typeface="${face}"/>`;
  const paragraphs = (s.text ?? '')
    .split('\n')
    .map(
      (t) =>
        `<a:p><a:pPr algn="ctr"/>` +
        (t
          ? `<a:r><a:rPr lang="id-ID" sz="${size}"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill>${font}</a:rPr><a:t>${escapeXml(t)}</a:t></a:r>`
          : `<a:endParaRPr lang="id-ID" sz="${size}">${font}</a:endParaRPr>`) +
        '</a:p>'
    );
  return (
    `<xdr:sp macro="" textlink=""><xdr:nvSpPr>${cNvPr(s, id)}<xdr:cNvSpPr${textBox ? ' txBox="1"' : ''}/></xdr:nvSpPr>` +
    `<xdr:spPr>${xfrm}<a:prstGeom prst="${geometry}"><a:avLst/></a:prstGeom>${fill}${ln}</xdr:spPr>` +
    `<xdr:txBody><a:bodyPr vertOverflow="overflow" horzOverflow="overflow" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" rtlCol="0" anchor="ctr"/>` +
    `<a:lstStyle/>${paragraphs.join('')}</xdr:txBody></xdr:sp>`
  );
}

/** A picture as Excel writes an inserted image: locked aspect, the blip stretched over a rectangle. */
function renderPicture(s: DrawShape, id: number, xfrm: string, embed: string): string {
  return (
    `<xdr:pic><xdr:nvPicPr>${cNvPr(s, id)}<xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
    `<xdr:blipFill><a:blip xmlns:r="${NS.r}" r:embed="${embed}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
    `<xdr:spPr>${xfrm}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>`
  );
}

function renderConnector(
  s: DrawShape,
  id: number,
  xfrm: string,
  ref: (id: number | undefined) => number | undefined
): string {
  const start = ref(s.startId);
  const end = ref(s.endId);
  const st = start !== undefined ? `<a:stCxn id="${start}" idx="${s.startSite ?? 2}"/>` : '';
  const en = end !== undefined ? `<a:endCxn id="${end}" idx="${s.endSite ?? 0}"/>` : '';
  const geometry = s.preset ?? (s.route === 'elbow' ? 'bentConnector3' : 'straightConnector1');
  return (
    `<xdr:cxnSp macro=""><xdr:nvCxnSpPr>${cNvPr(s, id)}<xdr:cNvCxnSpPr>${st}${en}</xdr:cNvCxnSpPr></xdr:nvCxnSpPr>` +
    `<xdr:spPr>${xfrm}<a:prstGeom prst="${escapeXml(geometry)}">${avLst(s.preset ? s.adjust : undefined)}</a:prstGeom>` +
    lineXml(s) +
    `</xdr:spPr></xdr:cxnSp>`
  );
}
