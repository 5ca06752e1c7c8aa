/**
 * The package plumbing of the drawing writer: splicing anchors into an existing drawing part, new part
 * names, relationships, the sheet's <drawing r:id> element, content types and picture media parts.
 */
import { readRels, relsPathOf, type XlsxPackage } from '../package';
import { NS, children, escapeXml, find, findAll, parseXml, type XmlElement } from '../xml';
import type { AddShapesOptions, DrawShape } from './types';

export const DRAWING_CT = 'application/vnd.openxmlformats-officedocument.drawing+xml';
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
export function addPictureParts(
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

/** The drawing's top-level anchors (AlternateContent wrappers count as one), split by `removeWhere`. */
export function splitAnchors(root: XmlElement, removeWhere: AddShapesOptions['removeWhere']) {
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

export function spliceDrawing(text: string, root: XmlElement, removed: XmlElement[], anchors: string): string {
  const close = text.lastIndexOf('</', root.end - 1);
  let out = text.slice(0, close) + anchors + text.slice(close);
  for (const el of [...removed].sort((a, b) => b.start - a.start)) out = out.slice(0, el.start) + out.slice(el.end);
  return out;
}

export function freePartName(pkg: XlsxPackage, prefix: string, suffix: string): string {
  for (let n = 1; ; n++) {
    const path = `${prefix}${n}${suffix}`;
    if (!pkg.zip.file(path)) return path;
  }
}

/** Adds a relationship to a part's rels (creating the rels part when needed); returns its Id. */
export function addRelationship(pkg: XlsxPackage, partPath: string, type: string, target: string, date?: Date): string {
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

export function insertDrawingElement(text: string, root: XmlElement, rId: string): string {
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

export function addContentTypeOverride(pkg: XlsxPackage, partName: string, contentType: string, date?: Date): void {
  const path = '[Content_Types].xml';
  const text = pkg.xml.get(path);
  if (text === undefined) return;
  const root = parseXml(text);
  if (children(root, NS.contentTypes, 'Override').some((o) => o.attrs.PartName === partName)) return;
  const close = text.lastIndexOf('</', root.end - 1);
  const override = `<Override PartName="${escapeXml(partName)}" ContentType="${contentType}"/>`;
  pkg.zip.file(path, text.slice(0, close) + override + text.slice(close), { date });
}
