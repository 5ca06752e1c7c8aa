/**
 * Writing flowchart shapes into a copy of a workbook (exceljs keeps no shapes, so this works on the
 * package directly). The sheet's drawing part is spliced, not re-serialised: the anchors already there
 * (the user's shapes, pictures, charts) stay byte for byte, only the anchors whose shape matches
 * `removeWhere` are cut out, and the new anchors go at the end. Every other part is left as it was
 * (JSZip re-uses the compressed bytes of parts it did not change). When the sheet has no drawing yet,
 * one is created with its relationship, its content type and the sheet's <drawing r:id> element.
 */
import { emptyGrid, colLeft, rowTop, type Grid, type ShapeKind } from '../core/grid';
import {
  openXlsx,
  partXml,
  readRels,
  relsPathOf,
  REL_TYPE,
  zipXlsx,
  type XlsxLimits,
  type XlsxPackage,
} from './package';
import { DEFAULT_COL_POINTS, DEFAULT_ROW_POINTS, pointsToEmu, storedWidthToPoints } from './units';
import { NS, child, children, escapeXml, find, findAll, parseXml, type XmlElement } from './xml';

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

const DRAWING_CT = 'application/vnd.openxmlformats-officedocument.drawing+xml';
/** Elements that follow <drawing> in CT_Worksheet: a new <drawing> goes before the first present. */
const AFTER_DRAWING = [
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

const IMAGE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';

/** Each picture's bytes as a media part (xl/media/imageN.png) with the drawing's relationship to it. */
function addPictureParts(
  pkg: XlsxPackage,
  drawingPath: string,
  shapes: DrawShape[],
  date: Date | undefined
): Map<DrawShape, string> {
  const embeds = new Map<DrawShape, string>();
  for (const s of shapes) {
    if (!s.picture) continue;
    const media = freePartName(pkg, 'xl/media/image', '.png');
    pkg.zip.file(media, s.picture.png, { date });
    embeds.set(s, addRelationship(pkg, drawingPath, IMAGE_REL, `../media/${media.split('/').pop()}`, date));
  }
  if (embeds.size > 0) addContentTypeDefault(pkg, 'png', 'image/png', date);
  return embeds;
}

/** Adds shapes to one sheet of a workbook and returns the new workbook's bytes. */
export async function addShapes(
  data: Uint8Array | ArrayBuffer,
  sheetName: string,
  shapes: DrawShape[],
  opts: AddShapesOptions = {}
): Promise<Uint8Array> {
  const pkg = await openXlsx(data, opts.limits);
  const sheet = pkg.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new RangeError(`no worksheet named "${sheetName}"`);
  const sheetText = pkg.xml.get(sheet.path);
  const sheetRoot = partXml(pkg, sheet.path);
  if (sheetText === undefined || !sheetRoot) throw new RangeError(`worksheet part ${sheet.path} is missing`);
  const geometry = sheetGeometry(sheetRoot);
  const date = pkg.zip.file('xl/workbook.xml')?.date;

  const rel = readRels(pkg, sheet.path).find((r) => r.type === REL_TYPE.drawing && !r.external);
  const existing = rel && pkg.xml.has(rel.target) ? rel.target : undefined;
  const drawingPath = existing ?? freePartName(pkg, 'xl/drawings/drawing', '.xml');
  const embeds = addPictureParts(pkg, drawingPath, shapes, date);
  if (existing) {
    const text = pkg.xml.get(existing)!;
    const root = parseXml(text);
    const { kept, removed } = splitAnchors(root, opts.removeWhere);
    const taken = new Set(kept.flatMap((a) => findAll(a, NS.xdr, 'cNvPr').map((c) => Number(c.attrs.id))));
    const localNs = root.attrs['xmlns:xdr'] !== NS.xdr || root.attrs['xmlns:a'] !== NS.a;
    const anchors = renderAnchors(shapes, taken, geometry, localNs, embeds);
    pkg.zip.file(existing, spliceDrawing(text, root, removed, anchors), { date });
  } else {
    const path = drawingPath;
    const anchors = renderAnchors(shapes, new Set(), geometry, false, embeds);
    const drawingXml =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">${anchors}</xdr:wsDr>`;
    pkg.zip.file(path, drawingXml, { date });
    const rId = addRelationship(pkg, sheet.path, REL_TYPE.drawing, `../drawings/${path.split('/').pop()}`, date);
    pkg.zip.file(sheet.path, insertDrawingElement(sheetText, sheetRoot, rId), { date });
    addContentTypeOverride(pkg, `/${path}`, DRAWING_CT, date);
  }
  return zipXlsx(pkg.zip, { level: 6 });
}

// ---------------------------------------------------------------------------------------------
// Geometry: the sheet's column widths and row heights, to place a:xfrm in absolute EMUs.

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

function renderAnchors(
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

// ---------------------------------------------------------------------------------------------
// Splicing the package

/** The drawing's top-level anchors (AlternateContent wrappers count as one), split by `removeWhere`. */
function splitAnchors(root: XmlElement, removeWhere: AddShapesOptions['removeWhere']) {
  const kept: XmlElement[] = [];
  const removed: XmlElement[] = [];
  for (const el of root.children) {
    const own = [
      ...findAll(el, NS.xdr, 'sp'),
      ...findAll(el, NS.xdr, 'cxnSp'),
      ...findAll(el, NS.xdr, 'pic'),
      ...findAll(el, NS.xdr, 'grpSp'),
    ]
      .map((s) => find(s, NS.xdr, 'cNvPr'))
      .filter((c): c is XmlElement => c !== undefined);
    const matches =
      removeWhere !== undefined &&
      own.some((c) => removeWhere(c.attrs.name ?? '', c.attrs.descr ?? '', Number(c.attrs.id)));
    (matches ? removed : kept).push(el);
  }
  return { kept, removed };
}

function spliceDrawing(text: string, root: XmlElement, removed: XmlElement[], anchors: string): string {
  const close = text.lastIndexOf('</', root.end - 1);
  let out = text.slice(0, close) + anchors + text.slice(close);
  for (const el of [...removed].sort((a, b) => b.start - a.start)) out = out.slice(0, el.start) + out.slice(el.end);
  return out;
}

function freePartName(pkg: XlsxPackage, prefix: string, suffix: string): string {
  for (let n = 1; ; n++) {
    const path = `${prefix}${n}${suffix}`;
    if (!pkg.zip.file(path)) return path;
  }
}

/** Adds a relationship to a part's rels (creating the rels part when needed); returns its Id. */
function addRelationship(pkg: XlsxPackage, partPath: string, type: string, target: string, date?: Date): string {
  const relsPath = relsPathOf(partPath);
  const text = pkg.xml.get(relsPath);
  const existing = readRels(pkg, partPath).map((r) => r.id);
  let n = existing.length + 1;
  while (existing.includes(`rId${n}`)) n++;
  const id = `rId${n}`;
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
  if (text === undefined) {
    const created = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRels}">${rel}</Relationships>`;
    pkg.zip.file(relsPath, created, { date });
    pkg.xml.set(relsPath, created);
  } else {
    const root = parseXml(text);
    const close = text.lastIndexOf('</', root.end - 1);
    const isEmptyRoot = close < root.start; // <Relationships .../>
    const updated = isEmptyRoot
      ? text.slice(0, root.end - 2) + `>${rel}</${root.name}>` + text.slice(root.end)
      : text.slice(0, close) + rel + text.slice(close);
    pkg.zip.file(relsPath, updated, { date });
    pkg.xml.set(relsPath, updated);
  }
  return id;
}

function insertDrawingElement(text: string, root: XmlElement, rId: string): string {
  const rNs = root.attrs['xmlns:r'] === NS.r ? '' : ` xmlns:r="${NS.r}"`;
  const el = `<drawing${rNs} r:id="${rId}"/>`;
  const before = root.children.find((c) => c.uri === NS.main && AFTER_DRAWING.includes(c.local));
  const at = before ? before.start : text.lastIndexOf('</', root.end - 1);
  return text.slice(0, at) + el + text.slice(at);
}

function addContentTypeDefault(pkg: XlsxPackage, extension: string, contentType: string, date?: Date): void {
  const path = '[Content_Types].xml';
  const text = pkg.zip.file(path) ? pkg.xml.get(path) : undefined;
  if (text === undefined) return;
  const root = parseXml(text);
  const has = children(root, NS.contentTypes, 'Default').some(
    (d) => (d.attrs.Extension ?? '').toLowerCase() === extension.toLowerCase()
  );
  if (has) return;
  // Defaults come before Overrides in CT_Types.
  const first = children(root, NS.contentTypes, 'Override')[0];
  const at = first ? first.start : text.lastIndexOf('</', root.end - 1);
  const el = `<Default Extension="${escapeXml(extension)}" ContentType="${contentType}"/>`;
  const updated = text.slice(0, at) + el + text.slice(at);
  pkg.zip.file(path, updated, { date });
  pkg.xml.set(path, updated);
}

function addContentTypeOverride(pkg: XlsxPackage, partName: string, contentType: string, date?: Date): void {
  const path = '[Content_Types].xml';
  const text = pkg.xml.get(path);
  if (text === undefined) return;
  const root = parseXml(text);
  if (children(root, NS.contentTypes, 'Override').some((o) => o.attrs.PartName === partName)) return;
  const close = text.lastIndexOf('</', root.end - 1);
  const override = `<Override PartName="${escapeXml(partName)}" ContentType="${contentType}"/>`;
  pkg.zip.file(path, text.slice(0, close) + override + text.slice(close), { date });
}
