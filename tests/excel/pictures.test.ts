/**
 * Symbols drawn as pictures (issue 13): <xdr:pic> icons in a file and shapes of type Image in live Excel
 * read the same through the one vocabulary: a picture named or described as a symbol is that symbol,
 * any other picture marks its actor (symbol inferred like a tick), connectors glued to pictures join
 * steps, and "Ya"/"Tidak" text boxes are labels, never marks.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkGrids } from '../../src/core/check';
import type { Grid } from '../../src/core/grid';
import { readSheets } from '../../src/excel/read';
import { readWorkbook } from '../../src/xlsx/read';
import { install } from './helpers';

function steps(grids: Grid[]) {
  return checkGrids(grids).map(({ doc }) =>
    doc.steps.map((s) => [
      s.no,
      s.actors,
      s.symbol,
      s.symbolSource,
      s.branches.map((b) => `${b.label}>${b.target}:${b.source}`),
    ])
  );
}

const EXPECTED: Record<string, unknown> = {
  'pictures-icons': [
    [
      ['1', ['Pengadministrasi'], 'start', 'shape', []],
      ['2', ['Kepala Subbagian'], 'process', 'inferred', []],
      ['3', ['Sekretaris'], 'decision', 'shape', ['ya>4:connector', 'tidak>2:connector']],
      ['4', ['Kepala Subbagian', 'Sekretaris'], 'process', 'inferred', []],
      ['5', ['Kepala Dinas'], 'process', 'inferred', []],
      ['6', ['Pengadministrasi'], 'end', 'shape', []],
    ],
  ],
  'pictures-mixed': [
    [
      ['1', ['Pengadministrasi'], 'start', 'shape', []],
      ['2', ['Kepala Subbagian'], 'process', 'inferred', []],
      ['3', ['Sekretaris'], 'decision', 'shape', ['ya>4:connector', 'tidak>2:connector']],
      ['4', ['Kepala Subbagian', 'Kepala Dinas'], 'process', 'shape', []],
      ['5', ['Pengadministrasi'], 'end', 'inferred', []],
    ],
  ],
};

describe('pictures as flowchart symbols, in a file and in Excel', () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(name, async () => {
      const grids = await readWorkbook(new Uint8Array(await readFile(`tests/fixtures/xlsx/${name}.xlsx`)));
      expect(grids[0].shapes.filter((s) => s.picture).length).toBeGreaterThan(2);
      expect(steps(grids)).toEqual(expected);
      const fake = install(grids);
      expect(fake.sheet(grids[0].sheet).shapes.filter((s) => s.type === 'Image').length).toBe(
        grids[0].shapes.filter((s) => s.picture).length
      );
      expect(steps(await readSheets([grids[0].sheet], { connections: true }))).toEqual(expected);
    });
  }

  it('reads an <xdr:pic> inside a group and inside mc:AlternateContent', async () => {
    const { readDrawingShapes } = await import('../../src/xlsx/shapes');
    const { parseXml } = await import('../../src/xlsx/xml');
    const { emptyGrid } = await import('../../src/core/grid');
    const pic = (id: number, name: string, descr = '') =>
      `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="${id}" name="${name}"${descr ? ` descr="${descr}"` : ''}/><xdr:cNvPicPr/></xdr:nvPicPr>` +
      `<xdr:blipFill><a:blip r:embed="rId1"/></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="127000" cy="127000"/></a:xfrm><a:prstGeom prst="rect"/></xdr:spPr></xdr:pic>`;
    const from =
      '<xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>';
    const to =
      '<xdr:to><xdr:col>2</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>';
    const xml =
      `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
      `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">` +
      `<xdr:twoCellAnchor>${from}${to}<xdr:grpSp><xdr:nvGrpSpPr><xdr:cNvPr id="2" name="Group 1"/><xdr:cNvGrpSpPr/></xdr:nvGrpSpPr>` +
      `<xdr:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="254000" cy="254000"/><a:chOff x="0" y="0"/><a:chExt cx="254000" cy="254000"/></a:xfrm></xdr:grpSpPr>` +
      `${pic(3, 'Picture 2', 'Keputusan')}</xdr:grpSp><xdr:clientData/></xdr:twoCellAnchor>` +
      `<mc:AlternateContent><mc:Choice Requires="a14"><xdr:twoCellAnchor>${from}${to}${pic(4, 'Picture 3')}<xdr:clientData/></xdr:twoCellAnchor></mc:Choice>` +
      `<mc:Fallback/></mc:AlternateContent></xdr:wsDr>`;
    const shapes = readDrawingShapes(parseXml(xml), emptyGrid('S'));
    expect(shapes.map((s) => [s.id, s.name, s.kind, s.geometry, s.picture])).toEqual([
      ['3', 'Picture 2', 'decision', 'picture', true],
      ['4', 'Picture 3', 'other', 'picture', true],
    ]);
  });
});
