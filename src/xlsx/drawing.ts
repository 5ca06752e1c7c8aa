/**
 * Writing flowchart shapes into a copy of a workbook (exceljs keeps no shapes, so this works on the
 * package directly). The sheet's drawing part is spliced, not re-serialised: the anchors already there
 * (the user's shapes, pictures, charts) stay byte for byte, only the anchors whose shape matches
 * `removeWhere` are cut out, and the new anchors go at the end. Every other part is left as it was
 * (JSZip re-uses the compressed bytes of parts it did not change). When the sheet has no drawing yet,
 * one is created with its relationship, its content type and the sheet's <drawing r:id> element.
 */
import { openXlsx, partXml, readRels, REL_TYPE, zipXlsx } from './package';
import { NS, findAll, parseXml } from './xml';
import {
  addContentTypeOverride,
  addPictureParts,
  addRelationship,
  DRAWING_CT,
  freePartName,
  insertDrawingElement,
  spliceDrawing,
  splitAnchors,
} from './drawing/parts';
import { renderAnchors, sheetGeometry } from './drawing/render';
import type { AddShapesOptions, DrawShape } from './drawing/types';

export type { AddShapesOptions, DrawPoint, DrawShape } from './drawing/types';
export { connectorFlips, sheetGeometry } from './drawing/render';

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
