import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DATA_SHEET_NAME, writeDataSheet } from '../../src/xlsx/data-sheet';
import { seed001, seed002 } from '../core/export/build';
import { expectValidXlsx } from '../ooxml';

const DRAWING_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">
<xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>31</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>
<xdr:to><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>32</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>
<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="2" name="Flowchart: Terminator 1"/><xdr:cNvSpPr/></xdr:nvSpPr>
<xdr:spPr><a:xfrm><a:off x="1828800" y="5905500"/><a:ext cx="609600" cy="190500"/></a:xfrm><a:prstGeom prst="flowChartTerminator"><a:avLst/></a:prstGeom></xdr:spPr>
<xdr:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>Mulai</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor>
</xdr:wsDr>`;

/**
 * A user's workbook: an SOP sheet with merged header cells and a hand-drawn flowchart shape (DrawingML,
 * spliced in as Excel would write it), and a second sheet of notes.
 */
async function userWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sop = wb.addWorksheet('SOP RKT');
  sop.getCell('A30').value = 'NO';
  sop.getCell('B30').value = 'URAIAN PROSEDUR';
  sop.getCell('C30').value = 'PELAKSANA';
  sop.mergeCells('C30:G30');
  sop.getCell('A32').value = 1;
  sop.getCell('B32').value = 'Disposisi Kepada Kasubag Perencanaan dan Pelaporan';
  const notes = wb.addWorksheet('Catatan');
  notes.getCell('A1').value = 'Revisi 2023';
  notes.mergeCells('A1:C1');
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const sheet1 = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) as string;
  zip.file(
    'xl/worksheets/sheet1.xml',
    sheet1.replace('</worksheet>', '<drawing r:id="rIdDrawing1"/></worksheet>')
  );
  zip.file(
    'xl/worksheets/_rels/sheet1.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rIdDrawing1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>'
  );
  zip.file('xl/drawings/drawing1.xml', DRAWING_XML);
  const ct = (await zip.file('[Content_Types].xml')?.async('string')) as string;
  zip.file(
    '[Content_Types].xml',
    ct.replace(
      '</Types>',
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>'
    )
  );
  return zip.generateAsync({ type: 'uint8array' });
}

async function parts(data: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(data);
  const out = new Map<string, string>();
  for (const [name, file] of Object.entries(zip.files))
    if (!file.dir) out.set(name, await file.async('string'));
  return out;
}

async function load(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb;
}

/** The parts the splice is allowed to change: the package's lists of sheets, relationships and types. */
const LISTS = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml'];

describe('why the sheet is spliced rather than written by exceljs', () => {
  it('an exceljs load-and-save loses the drawn flowchart shape', async () => {
    const original = await userWorkbook();
    const roundTrip = new Uint8Array(await (await load(original)).xlsx.writeBuffer());
    const all = [...(await parts(roundTrip)).values()].join('\n');
    expect(all).not.toContain('flowChartTerminator');
    expect([...(await parts(original)).values()].join('\n')).toContain('flowChartTerminator');
  });
});

describe('writeDataSheet', () => {
  it('adds a "Data SOP" sheet holding a real Excel table of the steps', async () => {
    const out = await writeDataSheet(await userWorkbook(), [seed002().sop]);
    const wb = await load(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['SOP RKT', 'Catatan', DATA_SHEET_NAME]);
    const ws = wb.getWorksheet(DATA_SHEET_NAME) as ExcelJS.Worksheet;
    const table = ws.getTable('DataSOP') as unknown as {
      table: {
        ref: string;
        tableRef?: string;
        style: { theme: string };
        columns: { name: string }[];
      };
    };
    expect(table).toBeDefined();
    expect(table.table.style.theme).toBe('TableStyleMedium2');
    expect(table.table.columns.map((c) => c.name)).toEqual([
      'SOP',
      'No',
      'Uraian',
      'Pelaksana',
      'Simbol',
      'Kelengkapan',
      'Waktu',
      'Menit (min)',
      'Menit (max)',
      'Output',
      'Keterangan',
      'Sel',
    ]);
    expect(ws.getCell('A1').value).toBe('SOP');
    expect(ws.getCell('A2').value).toBe('SOP Penyusunan RKT');
    expect(ws.getCell('B2').value).toBe(1);
    expect(ws.getCell('H2').value).toBe(15);
    expect(ws.getCell('I10').value).toBe(2250);
    expect(ws.getCell('D9').value).toBe('TIM, KASUBAG PERENCANAAN DAN PELAPORAN');
    expect(ws.getCell('E11').value).toBe('Keputusan');
    expect(ws.getCell('L2').value).toBe("'SOP RKT'!A32");
    expect(ws.rowCount).toBe(12);
    expect(ws.getColumn(3).width).toBeGreaterThan(ws.getColumn(2).width as number);
    expect(ws.getColumn(3).width).toBeLessThanOrEqual(60);

    const p = await parts(out);
    const tableXml = p.get('xl/tables/table1.xml') as string;
    expect(tableXml).toMatch(/ref="A1:L12"/);
    expect(tableXml).toContain('name="DataSOP"');
    expect(tableXml).not.toContain('hiddenButton'); // filter buttons shown
    expect(tableXml).toMatch(/<autoFilter ref="A1:L12"(\/>|><\/autoFilter>)/);
    expect(tableXml).toContain('totalsRowShown="0"');
    // text travels as inline strings: the workbook's own shared strings (if any) are untouched
    const sheetXml = [...p.entries()].find(
      ([k, v]) => k.startsWith('xl/worksheets/sheet') && v.includes('tableParts')
    )?.[1] as string;
    expect(sheetXml).toContain('t="inlineStr"');
    expect(sheetXml).not.toMatch(/t="s"/);
    expect(sheetXml).not.toMatch(/<c [^>]* s="/);
  });

  it('leaves every other part of the file byte for byte as it was, the drawing included', async () => {
    const original = await userWorkbook();
    const before = await parts(original);
    const after = await parts(await writeDataSheet(original, [seed002().sop, seed001().sop]));
    for (const [name, text] of before) {
      if (LISTS.includes(name)) continue;
      expect(after.get(name), name).toBe(text);
    }
    const added = [...after.keys()].filter((k) => !before.has(k)).sort();
    expect(added).toEqual([
      'xl/tables/table1.xml',
      'xl/worksheets/_rels/sheet3.xml.rels',
      'xl/worksheets/sheet3.xml',
    ]);
    // the lists only gained entries
    const wbBefore = before.get('xl/workbook.xml') as string;
    const wbAfter = after.get('xl/workbook.xml') as string;
    expect(wbAfter.replace(/<sheet name="Data SOP"[^>]*\/>/, '')).toBe(wbBefore);
    expect(after.get('[Content_Types].xml')).toContain('PartName="/xl/drawings/drawing1.xml"');
    const wb = await load(await writeDataSheet(original, [seed002().sop, seed001().sop]));
    const notes = wb.getWorksheet('Catatan') as ExcelJS.Worksheet;
    expect(notes.getCell('A1').value).toBe('Revisi 2023');
    expect(notes.getCell('B1').isMerged).toBe(true);
    expect((wb.getWorksheet('SOP RKT') as ExcelJS.Worksheet).getCell('E30').isMerged).toBe(true);
  });

  it('puts several SOPs in one table, one block each, named in the SOP column', async () => {
    const wb = await load(
      await writeDataSheet(await userWorkbook(), [seed002().sop, seed001().sop])
    );
    const ws = wb.getWorksheet(DATA_SHEET_NAME) as ExcelJS.Worksheet;
    expect(ws.rowCount).toBe(22);
    expect(ws.getCell('A12').value).toBe('SOP Penyusunan RKT');
    expect(ws.getCell('A13').value).toBe('Pelaksanaan Penyusunan Rencana Kinerja Tahunan (RKT)');
    expect(ws.getCell('B13').value).toBe(1);
    expect((wb.getWorksheet(DATA_SHEET_NAME) as ExcelJS.Worksheet).getTables()).toHaveLength(1);
  });

  it('replaces its own sheet on a second run and touches nothing else', async () => {
    const first = await writeDataSheet(await userWorkbook(), [seed002().sop, seed001().sop]);
    const second = await writeDataSheet(first, [seed001().sop], { lang: 'en' });
    const a = await parts(first);
    const b = await parts(second);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [name, text] of a) {
      if (name === 'xl/worksheets/sheet3.xml' || name === 'xl/tables/table1.xml') continue;
      expect(b.get(name), name).toBe(text);
    }
    const wb = await load(second);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['SOP RKT', 'Catatan', DATA_SHEET_NAME]);
    const ws = wb.getWorksheet(DATA_SHEET_NAME) as ExcelJS.Worksheet;
    expect(ws.rowCount).toBe(11);
    expect(ws.getCell('C1').value).toBe('Description');
    expect(ws.getCell('E2').value).toBe('Start');
    expect(b.get('xl/tables/table1.xml')).toMatch(/ref="A1:L11"/);
  });

  it('keeps table names and ids unique next to a table the user made', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Rekap');
    ws.addTable({ name: 'DataSOP', ref: 'A1', columns: [{ name: 'X' }], rows: [[1]] });
    const user = new Uint8Array(await wb.xlsx.writeBuffer());
    const p = await parts(await writeDataSheet(user, [seed002().sop]));
    expect(p.get('xl/tables/table1.xml')).toContain('name="DataSOP"');
    const ours = p.get('xl/tables/table2.xml') as string;
    expect(ours).toContain('name="DataSOP2"');
    expect(ours).toMatch(/<table [^>]*\bid="2"/);
    const back = await load(await writeDataSheet(user, [seed002().sop]));
    expect(back.getWorksheet(DATA_SHEET_NAME)?.getTable('DataSOP2')).toBeDefined();
  });

  it('writes a table with one empty row when there is no SOP, and refuses a bad sheet name', async () => {
    const wb = await load(await writeDataSheet(await userWorkbook(), []));
    expect(wb.getWorksheet(DATA_SHEET_NAME)?.getTables()).toHaveLength(1);
    await expect(
      writeDataSheet(await userWorkbook(), [], { sheetName: 'Data/SOP' })
    ).rejects.toThrow(/invalid sheet name/);
  });

  it('replacing a sheet that held a drawing takes its old drawing part out of the package', { timeout: 60_000 }, async () => {
    const user = await userWorkbook();
    const out = await writeDataSheet(user, [seed002().sop], { sheetName: 'SOP RKT' });
    const p = await parts(out);
    expect([...p.keys()].filter((k) => k.includes('drawing'))).toEqual([]);
    expect(p.get('[Content_Types].xml')).not.toContain('drawing1.xml');
    await expectValidXlsx({ name: 'replaced', bytes: out }, { name: 'added', bytes: await writeDataSheet(user, [seed002().sop]) });
  });
});
