/**
 * Shapes as other programs write them: one-cell and absolute anchors, groups with scaled child
 * coordinates, mc:AlternateContent, text boxes and free-form shapes.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { addShapes } from '../../src/xlsx/drawing';
import { readWorkbook } from '../../src/xlsx/read';
import { shapeKindOf } from '../../src/xlsx/shapes';

const PT = 12700;
const XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

const sp = (id: number, prst: string, text = '', x = 0, y = 0, cx = 0, cy = 0, txBox = false) =>
  `<xdr:sp><xdr:nvSpPr><xdr:cNvPr id="${id}" name="Shape ${id}" descr="d${id}"/><xdr:cNvSpPr${txBox ? ' txBox="1"' : ''}/></xdr:nvSpPr>` +
  `<xdr:spPr><a:xfrm><a:off x="${x}" y="${y}"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="${prst}"><a:avLst/></a:prstGeom></xdr:spPr>` +
  (text ? `<xdr:txBody><a:bodyPr/>${text}</xdr:txBody>` : '') +
  `</xdr:sp>`;
const marker = (tag: string, col: number, row: number, colOff = 0, rowOff = 0) =>
  `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>${colOff}</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>${rowOff}</xdr:rowOff></xdr:${tag}>`;

/** Default sizes: columns 48 pt, rows 15 pt. */
const DRAWING =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}">` +
  // A one-cell anchor in C4 holding a decision whose text is split in runs and paragraphs.
  `<xdr:oneCellAnchor>${marker('from', 2, 3, 2 * PT, 2 * PT)}<xdr:ext cx="${20 * PT}" cy="${10 * PT}"/>` +
  sp(2, 'flowChartDecision', '<a:p><a:r><a:t>Leng</a:t></a:r><a:r><a:t>kap?</a:t></a:r></a:p><a:p><a:r><a:t>ya / tidak</a:t></a:r></a:p>') +
  `<xdr:clientData/></xdr:oneCellAnchor>` +
  // An absolute anchor in D6 (x 154 pt, y 77 pt).
  `<xdr:absoluteAnchor><xdr:pos x="${154 * PT}" y="${77 * PT}"/><xdr:ext cx="${20 * PT}" cy="${10 * PT}"/>` +
  sp(3, 'homePlate', '<a:p><a:r><a:t>A</a:t></a:r></a:p>') +
  `<xdr:clientData/></xdr:absoluteAnchor>` +
  // A group over A1:C3 (96 x 30 pt) whose children live in a doubled coordinate space offset by 1000.
  `<xdr:twoCellAnchor>${marker('from', 0, 0)}${marker('to', 2, 2)}<xdr:grpSp><xdr:nvGrpSpPr><xdr:cNvPr id="4" name="Group 4"/><xdr:cNvGrpSpPr/></xdr:nvGrpSpPr>` +
  `<xdr:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${96 * PT}" cy="${30 * PT}"/><a:chOff x="1000" y="1000"/><a:chExt cx="${192 * PT}" cy="${60 * PT}"/></a:xfrm></xdr:grpSpPr>` +
  sp(5, 'roundRect', '', 1000 + 2 * PT, 1000 + 2 * PT, 60 * PT, 20 * PT) +
  sp(6, 'rect', '', 1000 + 100 * PT, 1000 + 32 * PT, 40 * PT, 20 * PT) +
  `</xdr:grpSp><xdr:clientData/></xdr:twoCellAnchor>` +
  // AlternateContent: the Choice holds a shape (taken) ...
  `<mc:AlternateContent xmlns:mc="${MC}"><mc:Choice xmlns:a14="http://schemas.microsoft.com/office/drawing/2010/main" Requires="a14">` +
  `<xdr:twoCellAnchor>${marker('from', 4, 7)}${marker('to', 4, 7, 30 * PT, 10 * PT)}${sp(7, 'flowChartTerminator', '<a:p><a:r><a:t>Mulai</a:t></a:r></a:p>')}<xdr:clientData/></xdr:twoCellAnchor>` +
  `</mc:Choice><mc:Fallback/></mc:AlternateContent>` +
  // ... and here it does not (a chart frame), so the Fallback's shape is read.
  `<mc:AlternateContent xmlns:mc="${MC}"><mc:Choice Requires="cx1"><xdr:twoCellAnchor>${marker('from', 6, 1)}${marker('to', 7, 2)}<xdr:graphicFrame macro=""/><xdr:clientData/></xdr:twoCellAnchor></mc:Choice>` +
  `<mc:Fallback><xdr:twoCellAnchor>${marker('from', 6, 1)}${marker('to', 7, 2)}${sp(8, 'flowChartProcess')}<xdr:clientData/></xdr:twoCellAnchor></mc:Fallback></mc:AlternateContent>` +
  // A connector, a text box and a free-form shape.
  `<xdr:twoCellAnchor>${marker('from', 2, 4)}${marker('to', 3, 5)}<xdr:cxnSp macro=""><xdr:nvCxnSpPr><xdr:cNvPr id="9" name="Elbow 9"/><xdr:cNvCxnSpPr><a:stCxn id="2" idx="2"/><a:endCxn id="3" idx="0"/></xdr:cNvCxnSpPr></xdr:nvCxnSpPr>` +
  `<xdr:spPr><a:prstGeom prst="bentConnector3"><a:avLst/></a:prstGeom></xdr:spPr></xdr:cxnSp><xdr:clientData/></xdr:twoCellAnchor>` +
  `<xdr:twoCellAnchor>${marker('from', 8, 8)}${marker('to', 9, 9)}${sp(10, 'rect', '<a:p><a:r><a:t>Tidak</a:t></a:r></a:p>', 0, 0, 0, 0, true)}<xdr:clientData/></xdr:twoCellAnchor>` +
  `<xdr:twoCellAnchor>${marker('from', 10, 10)}${marker('to', 11, 11)}<xdr:sp><xdr:nvSpPr><xdr:cNvPr id="11" name="Freeform 11"/><xdr:cNvSpPr/></xdr:nvSpPr><xdr:spPr><a:custGeom/></xdr:spPr></xdr:sp><xdr:clientData/></xdr:twoCellAnchor>` +
  `</xdr:wsDr>`;

async function workbookWithDrawing(xml: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1').getCell('A1').value = 'x';
  const withDrawing = await addShapes(new Uint8Array(await wb.xlsx.writeBuffer()), 'Sheet1', [
    { kind: 'process', name: 'placeholder', from: { row: 1, col: 1 }, to: { row: 1, col: 1 } },
  ]);
  const zip = await JSZip.loadAsync(withDrawing);
  zip.file('xl/drawings/drawing1.xml', xml);
  return zip.generateAsync({ type: 'uint8array' });
}

describe('reading shapes', () => {
  it('reads every anchor kind, groups and AlternateContent', async () => {
    const [grid] = await readWorkbook(await workbookWithDrawing(DRAWING));
    const byId = new Map(grid.shapes.map((s) => [s.id, s]));
    const cells = (id: string) => {
      const s = byId.get(id)!;
      return [s.kind, s.from.row, s.from.col, s.to.row, s.to.col];
    };
    expect(grid.shapes.map((s) => s.id)).toEqual(['2', '3', '5', '6', '7', '8', '9', '10', '11']);
    expect(cells('2')).toEqual(['decision', 4, 3, 4, 3]);
    expect(byId.get('2')!.text).toBe('Lengkap? ya / tidak');
    expect(byId.get('2')!.description).toBe('d2');
    expect(cells('3')).toEqual(['offpage', 6, 4, 6, 4]);
    expect(cells('5')).toEqual(['terminator', 1, 1, 1, 1]);
    expect(cells('6')).toEqual(['process', 2, 2, 2, 2]);
    expect(byId.get('6')!.from.colOffset).toBeCloseTo(2, 5);
    expect(cells('7')).toEqual(['terminator', 8, 5, 8, 5]);
    expect(byId.get('7')!.text).toBe('Mulai');
    expect(cells('8')).toEqual(['process', 2, 7, 3, 8]);
    expect(cells('9')).toEqual(['connector', 5, 3, 6, 4]);
    expect([byId.get('9')!.startShapeId, byId.get('9')!.endShapeId, byId.get('9')!.geometry]).toEqual(['2', '3', 'bentConnector3']);
    expect(cells('10')).toEqual(['other', 9, 9, 10, 10]);
    expect(cells('11')).toEqual(['other', 11, 11, 12, 12]);
  });

  it('can skip shapes', async () => {
    const [grid] = await readWorkbook(await workbookWithDrawing(DRAWING), { shapes: false });
    expect(grid.shapesKnown).toBe(false);
    expect(grid.shapes).toEqual([]);
  });

  it('maps preset geometries to flowchart symbols', () => {
    expect(shapeKindOf('flowChartTerminator')).toBe('terminator');
    expect(shapeKindOf('flowChartAlternateProcess')).toBe('terminator');
    expect(shapeKindOf('flowChartProcess')).toBe('process');
    expect(shapeKindOf('diamond')).toBe('decision');
    expect(shapeKindOf('flowChartOffpageConnector')).toBe('offpage');
    expect(shapeKindOf('straightConnector1')).toBe('connector');
    expect(shapeKindOf('line')).toBe('connector');
    expect(shapeKindOf('rect', { textBox: true })).toBe('other');
    expect(shapeKindOf('cloud')).toBe('other');
  });
});
