import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { HostError } from '../../src/core/host';
import {
  insertColumns,
  shiftCellRef,
  shiftFormula,
  shiftRangeRef,
  shiftSqref,
  shiftWorksheetXml,
} from '../../src/xlsx/columns';
import { createFileHost } from '../../src/xlsx/file-host';
import { planLanes } from '../../src/core/flowchart';
import { findSops } from '../../src/core/parse';

const S = { at: 3, count: 2 }; // two columns before C

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const sheetXml = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${body}</worksheet>`;
const shift = (body: string, extra: Partial<Parameters<typeof shiftWorksheetXml>[1]> = {}) =>
  shiftWorksheetXml(sheetXml(body), { sheet: 'SOP', shift: S, cells: [], merges: [], ...extra });

describe('references', () => {
  it('moves cells at or right of the point and keeps $ signs', () => {
    expect(shiftCellRef('B5', S)).toBe('B5');
    expect(shiftCellRef('C5', S)).toBe('E5');
    expect(shiftCellRef('$Z$10', S)).toBe('$AB$10');
    expect(shiftCellRef('not a ref', S)).toBe('not a ref');
  });

  it('grows a range that straddles the point, moves one right of it, leaves one left of it', () => {
    expect(shiftRangeRef('A1:B9', S)).toBe('A1:B9');
    expect(shiftRangeRef('B2:D9', S)).toBe('B2:F9');
    expect(shiftRangeRef('C2:D9', S)).toBe('E2:F9');
    expect(shiftRangeRef('$B:$C', S)).toBe('$B:$E');
    expect(shiftSqref('A1 C3:D4  B2:C2', S)).toBe('A1 E3:F4  B2:E2');
  });

  it('shifts A1 references of a formula on the sheet, not strings, names, functions or other sheets', () => {
    expect(shiftFormula('SUM(C2:C9)+B1*$D$1', 'SOP', true, S)).toBe('SUM(E2:E9)+B1*$F$1');
    expect(shiftFormula('"C3 "&C3', 'SOP', true, S)).toBe('"C3 "&E3');
    expect(shiftFormula('LOG10(C1)+TRUE+Pajak', 'SOP', true, S)).toBe('LOG10(E1)+TRUE+Pajak');
    expect(shiftFormula("Data!C1+'SOP'!C1+SOP!D2", 'SOP', true, S)).toBe("Data!C1+'SOP'!E1+SOP!F2");
    expect(shiftFormula("'It''s'!C1", "It's", false, S)).toBe("'It''s'!E1");
    expect(shiftFormula('C1', 'SOP', false, S)).toBe('C1'); // a defined name's bare ref points nowhere
    expect(shiftFormula('SUM(C:D)', 'SOP', true, S)).toBe('SUM(E:F)');
  });
});

describe('the worksheet part, per kind of reference', () => {
  it('cells, row spans, dimension, selection and pane', () => {
    const out = shift(
      '<dimension ref="A1:D3"/><sheetViews><sheetView workbookViewId="0"><pane xSplit="2" topLeftCell="C2" state="frozen"/><selection activeCell="D3" sqref="D3"/></sheetView></sheetViews>' +
        '<sheetData><row r="1" spans="1:4"><c r="A1" s="1" t="s"><v>0</v></c><c r="C1" s="2"><v>7</v></c><c r="D1"><f>C1*2</f><v>14</v></c></row></sheetData>',
    );
    expect(out).toContain('<dimension ref="A1:F3"/>');
    expect(out).toContain('topLeftCell="E2"');
    expect(out).toContain('<selection activeCell="F3" sqref="F3"/>');
    expect(out).toContain('<row r="1" spans="1:6">');
    expect(out).toContain('<c r="A1" s="1" t="s"><v>0</v></c><c r="E1" s="2"><v>7</v></c><c r="F1"><f>E1*2</f><v>14</v></c>');
  });

  it('cols: a width run straddling the point is split and the new columns get their width', () => {
    const out = shift('<cols><col min="1" max="1" width="5" customWidth="1"/><col min="2" max="4" width="12" customWidth="1"/></cols><sheetData/>', {
      widthPt: 96,
    });
    expect(out).toContain(
      '<cols><col min="1" max="1" width="5" customWidth="1"/><col min="2" max="2" width="12" customWidth="1"/><col min="3" max="4" width="18.28515625" customWidth="1"/><col min="5" max="6" width="12" customWidth="1"/></cols>',
    );
  });

  it('merges: moved, grown, and new ones added with the count kept', () => {
    const out = shift('<sheetData/><mergeCells count="3"><mergeCell ref="A1:B1"/><mergeCell ref="B2:C2"/><mergeCell ref="D4:E5"/></mergeCells>', {
      merges: [{ top: 7, left: 3, bottom: 7, right: 4 }],
    });
    expect(out).toContain('<mergeCells count="4"><mergeCell ref="A1:B1"/><mergeCell ref="B2:E2"/><mergeCell ref="F4:G5"/><mergeCell ref="C7:D7"/></mergeCells>');
    // Without a mergeCells element one is created after sheetData.
    expect(shift('<sheetData/><pageMargins left="0.7"/>', { merges: [{ top: 1, left: 3, bottom: 1, right: 4 }] })).toContain(
      '<sheetData/><mergeCells count="1"><mergeCell ref="C1:D1"/></mergeCells><pageMargins',
    );
  });

  it('conditional formatting (and its formula), data validations, hyperlinks, autoFilter, x14 sqref', () => {
    const out = shift(
      '<sheetData/><autoFilter ref="A5:G9"><sortState ref="A6:G9"><sortCondition ref="D6:D9"/></sortState></autoFilter>' +
        '<conditionalFormatting sqref="C6:C9 A1"><cfRule type="expression" priority="1"><formula>$C6="X"</formula></cfRule></conditionalFormatting>' +
        '<dataValidations count="1"><dataValidation type="list" sqref="D6:D9"><formula1>$H$1:$H$3</formula1></dataValidation></dataValidations>' +
        '<hyperlinks><hyperlink ref="E2" r:id="rId1"/></hyperlinks>' +
        '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:conditionalFormattings><x14:conditionalFormatting><x14:cfRule type="dataBar" id="{1}"><x14:dataBar><x14:cfvo type="num"><xm:f>C1</xm:f></x14:cfvo></x14:dataBar></x14:cfRule><xm:sqref>C6:D9</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>',
    );
    expect(out).toContain('<autoFilter ref="A5:I9"><sortState ref="A6:I9"><sortCondition ref="F6:F9"/>');
    expect(out).toContain('<conditionalFormatting sqref="E6:E9 A1"><cfRule type="expression" priority="1"><formula>$E6=&quot;X&quot;</formula>');
    expect(out).toContain('<dataValidation type="list" sqref="F6:F9"><formula1>$J$1:$J$3</formula1>');
    expect(out).toContain('<hyperlink ref="G2" r:id="rId1"/>');
    expect(out).toContain('<xm:f>E1</xm:f>');
    expect(out).toContain('<xm:sqref>E6:F9</xm:sqref>');
  });

  it('new cells copy the style of a cell in the same row and go in column order', () => {
    const out = shift('<sheetData><row r="4" spans="1:3"><c r="A4" s="3"/><c r="B4" s="4"/><c r="C4" s="9"><v>1</v></c></row></sheetData>', {
      cells: [
        { row: 4, col: 3, text: 'Kepala & Staf', styleFrom: 5 },
        { row: 4, col: 4, styleFrom: 5 },
        { row: 6, col: 3, text: '√' },
      ],
    });
    expect(out).toContain(
      '<row r="4" spans="1:5"><c r="A4" s="3"/><c r="B4" s="4"/><c r="C4" s="9" t="inlineStr"><is><t xml:space="preserve">Kepala &amp; Staf</t></is></c><c r="D4" s="9"/><c r="E4" s="9"><v>1</v></c></row>',
    );
    expect(out).toContain('<row r="6"><c r="C6" t="inlineStr"><is><t xml:space="preserve">√</t></is></c></row></sheetData>');
  });

  it('refuses a shared formula that straddles the point and a cell without an address', () => {
    const straddle = '<sheetData><row r="1"><c r="B1"><f t="shared" ref="B1:C1" si="0">A1</f></c><c r="C1"><f t="shared" si="0"/></c></row></sheetData>';
    expect(() => shift(straddle)).toThrow(HostError);
    expect(() => shift(straddle)).toThrow(/shared formula B1:C1/);
    expect(() => shift('<sheetData><row r="1"><c><v>1</v></c></row></sheetData>')).toThrow(/without an address/);
  });
});

/** A two-sheet workbook with a drawing, a comment, a table and defined names on "SOP". */
async function workbook(extra: { otherFormula?: string; tableRef?: string } = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  const rels = (items: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
  const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('_rels/.rels', rels(`<Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/>`));
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="SOP" sheetId="1" r:id="rId1"/><sheet name="Data" sheetId="2" r:id="rId2"/></sheets>` +
      `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">SOP!$A$1:$G$30</definedName><definedName name="Other">Data!$C$1</definedName></definedNames></workbook>`,
  );
  zip.file('xl/_rels/workbook.xml.rels', rels(`<Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${R}/worksheet" Target="worksheets/sheet2.xml"/>`));
  zip.file('xl/worksheets/sheet1.xml', sheetXml('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c><c r="D2"><v>1</v></c></row></sheetData><hyperlinks><hyperlink ref="A1" location="SOP!D2" display="x"/><hyperlink ref="D2" location="Data!D2"/></hyperlinks><drawing r:id="rId1"/><legacyDrawing r:id="rId3"/><tableParts count="1"><tablePart r:id="rId4"/></tableParts>'));
  zip.file(
    'xl/worksheets/_rels/sheet1.xml.rels',
    rels(
      `<Relationship Id="rId1" Type="${R}/drawing" Target="../drawings/drawing1.xml"/><Relationship Id="rId2" Type="${R}/comments" Target="../comments1.xml"/>` +
        `<Relationship Id="rId3" Type="${R}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/><Relationship Id="rId4" Type="${R}/table" Target="../tables/table1.xml"/>`,
    ),
  );
  zip.file('xl/worksheets/sheet2.xml', sheetXml(`<sheetData><row r="1"><c r="A1"><f>${extra.otherFormula ?? 'SOP!A1'}</f><v>0</v></c></row></sheetData>`));
  const anchor = (c1: number, c2: number, id: number) =>
    `<xdr:twoCellAnchor><xdr:from><xdr:col>${c1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>${c2}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:sp><xdr:nvSpPr><xdr:cNvPr id="${id}" name="S${id}"/><xdr:cNvSpPr/></xdr:nvSpPr><xdr:spPr><a:xfrm><a:off x="${c1 * 609600}" y="0"/><a:ext cx="${(c2 - c1) * 609600}" cy="190500"/></a:xfrm></xdr:spPr></xdr:sp><xdr:clientData/></xdr:twoCellAnchor>`;
  zip.file(
    'xl/drawings/drawing1.xml',
    `<?xml version="1.0"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${anchor(0, 1, 2)}${anchor(1, 3, 3)}${anchor(4, 5, 4)}</xdr:wsDr>`,
  );
  zip.file('xl/comments1.xml', `<?xml version="1.0"?><comments xmlns="${MAIN}"><authors><author>a</author></authors><commentList><comment ref="D2" authorId="0"><text><t>n</t></text></comment></commentList></comments>`);
  zip.file(
    'xl/drawings/vmlDrawing1.vml',
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape><x:ClientData ObjectType="Note"><x:Anchor>4, 15, 0, 10, 6, 15, 4, 4</x:Anchor><x:Row>1</x:Row><x:Column>3</x:Column></x:ClientData></v:shape></xml>',
  );
  zip.file(
    'xl/tables/table1.xml',
    `<?xml version="1.0"?><table xmlns="${MAIN}" id="1" name="T" displayName="T" ref="${extra.tableRef ?? 'E10:F12'}"><autoFilter ref="${extra.tableRef ?? 'E10:F12'}"/><tableColumns count="2"><tableColumn id="1" name="a"/><tableColumn id="2" name="b"/></tableColumns></table>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}

const text = async (bytes: Uint8Array, path: string) => (await JSZip.loadAsync(bytes)).file(path)!.async('string');

describe('insertColumns on a package', () => {
  it('shifts the drawing, comments, VML, table and print area of that sheet; other parts stay byte-identical', async () => {
    const input = await workbook();
    const out = await insertColumns(input, { sheet: 'SOP', at: 3, count: 2 });
    const drawing = await text(out, 'xl/drawings/drawing1.xml');
    const cols = [...drawing.matchAll(/<xdr:col>(\d+)<\/xdr:col>/g)].map((m) => Number(m[1]));
    // left of the point: unchanged; straddling (B..D): stretched; right of it (E..F): moved.
    expect(cols).toEqual([0, 1, 1, 5, 6, 7]);
    // The stored positions follow (default columns: 64 px = 609 600 EMU each): the shape right of the
    // point moves by two columns, the straddling one gets two columns wider, the left one stays.
    const offs = [...drawing.matchAll(/<a:off x="(\d+)"/g)].map((m) => Number(m[1]));
    const exts = [...drawing.matchAll(/<a:ext cx="(\d+)"/g)].map((m) => Number(m[1]));
    expect(offs).toEqual([0, 609600, 6 * 609600]);
    expect(exts).toEqual([609600, 4 * 609600, 609600]);
    expect(await text(out, 'xl/comments1.xml')).toContain('<comment ref="F2"');
    const vml = await text(out, 'xl/drawings/vmlDrawing1.vml');
    expect(vml).toContain('<x:Anchor>6, 15, 0, 10, 8, 15, 4, 4</x:Anchor>');
    expect(vml).toContain('<x:Column>5</x:Column>');
    expect(await text(out, 'xl/tables/table1.xml')).toContain('ref="G10:H12"><autoFilter ref="G10:H12"/>');
    const wb = await text(out, 'xl/workbook.xml');
    expect(wb).toContain('SOP!$A$1:$I$30');
    expect(wb).toContain('Data!$C$1');
    const sheet = await text(out, 'xl/worksheets/sheet1.xml');
    expect(sheet).toContain('<c r="F2"><v>1</v></c>');
    // Internal links: their cell and a target on this sheet move; a target on another sheet stays.
    expect(sheet).toContain('<hyperlink ref="A1" location="SOP!F2" display="x"/><hyperlink ref="F2" location="Data!D2"/>');
    const before = await JSZip.loadAsync(input);
    const after = await JSZip.loadAsync(out);
    for (const path of ['xl/worksheets/sheet2.xml', '[Content_Types].xml', 'xl/_rels/workbook.xml.rels']) {
      expect(await after.file(path)!.async('string')).toBe(await before.file(path)!.async('string'));
    }
  });

  it('refuses (changing nothing) another sheet referring to moved columns and a table the point falls inside', async () => {
    await expect(insertColumns(await workbook({ otherFormula: "SUM('SOP'!C1:C4)" }), { sheet: 'SOP', at: 3, count: 1 })).rejects.toThrow(
      /sheet2\.xml refers to columns of sheet "SOP"/,
    );
    // Referring only to columns left of the point is fine.
    await expect(insertColumns(await workbook({ otherFormula: 'SOP!B1' }), { sheet: 'SOP', at: 3, count: 1 })).resolves.toBeInstanceOf(Uint8Array);
    await expect(insertColumns(await workbook({ tableRef: 'B10:D12' }), { sheet: 'SOP', at: 3, count: 1 })).rejects.toThrow(/table "T"/);
    await expect(insertColumns(await workbook(), { sheet: 'Nope', at: 3, count: 1 })).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('the file host generates lanes', () => {
  it('inserts the actor columns into the in-memory workbook, refuses a second time, and a protected sheet', async () => {
    const bytes = new Uint8Array(await readFile('tests/fixtures/xlsx/pelaksana-text.xlsx'));
    const host = await createFileHost(bytes, 'pelaksana-text.xlsx');
    const [grid] = await host.readGrids('all');
    const plan = planLanes(findSops(grid)[0], { grid })!;
    await host.generateLanes!(grid.sheet, plan);
    const [after] = await host.readGrids('all');
    const doc = findSops(after)[0];
    expect(doc.actors.map((a) => `${a.column}:${a.name}`)).toEqual(['C:Kepala Badan', 'D:Sekretaris', 'E:Kasubag Umum', 'F:Staf']);
    // The same plan again would insert a second set of lanes: refused, nothing changed.
    await expect(host.generateLanes!(grid.sheet, plan)).rejects.toMatchObject({ code: 'stale' });
    expect((await host.download()).bytes.length).toBeGreaterThan(0);

    const locked = await createFileHost(bytes, 'x.xlsx');
    const [g] = await locked.readGrids('all');
    g.protected = true; // the cached grid is what the host checks
    await expect(locked.generateLanes!(g.sheet, plan)).rejects.toMatchObject({ code: 'protected' });
  });
});
