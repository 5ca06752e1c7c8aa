/**
 * Writing shapes: the user's picture and shapes survive, a redraw with removeWhere replaces only the
 * shapes it drew, the other parts stay byte for byte, and the shapes read back where they were put.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { addShapes, type DrawShape } from '../../src/xlsx/drawing';
import { readWorkbook } from '../../src/xlsx/read';

const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

/** A workbook with a logo picture on "SOP" and a second, untouched sheet. */
async function workbookWithPicture(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('SOP');
  ws.getCell('A1').value = 'PEMERINTAH KABUPATEN BALANGAN';
  ws.getColumn(3).width = 14;
  ws.getRow(5).height = 36;
  wb.addWorksheet('Catatan').getCell('A1').value = 'catatan';
  const logo = wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' });
  ws.addImage(logo, 'A1:A3');
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const userShape: DrawShape = {
  kind: 'process',
  name: 'Kotak Catatan',
  text: 'catatan pengguna',
  from: { row: 8, col: 2 },
  to: { row: 9, col: 3 },
};

/** The shapes an "Alur" run draws: two symbols and the arrow between them. */
function alurShapes(text: string): DrawShape[] {
  return [
    { kind: 'terminator', id: 2, name: 'Alur:step:1', description: 'Alur', text, from: { row: 5, col: 3, rowOffPt: 6, colOffPt: 6 }, to: { row: 5, col: 3, rowOffPt: 28, colOffPt: 70 } },
    { kind: 'decision', id: 3, name: 'Alur:step:2', description: 'Alur', from: { row: 7, col: 4, rowOffPt: 1 }, to: { row: 7, col: 4, rowOffPt: 14, colOffPt: 40 } },
    {
      kind: 'connector',
      id: 4,
      name: 'Alur:arrow:1',
      description: 'Alur',
      from: { row: 5, col: 3, rowOffPt: 28, colOffPt: 38 },
      to: { row: 7, col: 4, rowOffPt: 1, colOffPt: 20 },
      startId: 2,
      endId: 3,
    },
  ];
}

const isAlur = (name: string) => name.startsWith('Alur:');

async function parts(data: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(data);
  const out = new Map<string, Uint8Array>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async('uint8array'));
  return out;
}

describe('addShapes', () => {
  it('creates a drawing on a sheet that has none, with its rels, content type and <drawing>', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Kosong').getCell('B2').value = 'x';
    const before = new Uint8Array(await wb.xlsx.writeBuffer());
    const after = await addShapes(before, 'Kosong', alurShapes('Mulai'));
    const p = await parts(after);
    const ct = new TextDecoder().decode(p.get('[Content_Types].xml'));
    expect(ct).toContain('PartName="/xl/drawings/drawing1.xml"');
    expect(new TextDecoder().decode(p.get('xl/worksheets/sheet1.xml'))).toMatch(/<drawing r:id="rId\d+"\/>/);
    expect(new TextDecoder().decode(p.get('xl/worksheets/_rels/sheet1.xml.rels'))).toContain('../drawings/drawing1.xml');
    const [grid] = await readWorkbook(after);
    expect(grid.shapes.map((s) => [s.kind, s.name, s.text])).toEqual([
      ['terminator', 'Alur:step:1', 'Mulai'],
      ['decision', 'Alur:step:2', ''],
      ['connector', 'Alur:arrow:1', ''],
    ]);
    const arrow = grid.shapes[2];
    expect([arrow.startShapeId, arrow.endShapeId]).toEqual(['2', '3']);
    expect([arrow.from.row, arrow.from.col, arrow.to.row, arrow.to.col]).toEqual([5, 3, 7, 4]);
    expect(grid.shapes[0].from).toMatchObject({ row: 5, col: 3, rowOffset: 6, colOffset: 6 });
  });

  it("keeps the user's picture and shape, and a redraw leaves one set of its own shapes, not two", async () => {
    const original = await workbookWithPicture();
    const withUser = await addShapes(original, 'SOP', [userShape]);
    const first = await addShapes(withUser, 'SOP', alurShapes('Mulai'), { removeWhere: isAlur });
    const second = await addShapes(first, 'SOP', alurShapes('Mulai lagi'), { removeWhere: isAlur });

    const [sop, catatan] = await readWorkbook(second);
    expect(sop.shapes.filter((s) => isAlur(s.name)).map((s) => s.text)).toEqual(['Mulai lagi', '', '']);
    const user = sop.shapes.filter((s) => !isAlur(s.name));
    // The user's picture is read too now (a mark without a named symbol), and kept.
    expect(user.map((s) => [s.name, s.text, s.kind, s.picture === true])).toEqual([
      ['Picture 1', '', 'other', true],
      ['Kotak Catatan', 'catatan pengguna', 'process', false],
    ]);
    expect(catatan.shapes).toEqual([]);

    // The user's shape took id 2, so the drawn ones were renumbered, and the arrow follows them.
    const ids = new Set(sop.shapes.map((s) => s.id));
    expect(ids.size).toBe(sop.shapes.length);
    const arrow = sop.shapes.find((s) => s.name === 'Alur:arrow:1')!;
    const step1 = sop.shapes.find((s) => s.name === 'Alur:step:1')!;
    const step2 = sop.shapes.find((s) => s.name === 'Alur:step:2')!;
    expect([arrow.startShapeId, arrow.endShapeId]).toEqual([step1.id, step2.id]);

    const a = await parts(original);
    const b = await parts(second);
    const drawing = new TextDecoder().decode(b.get('xl/drawings/drawing1.xml'));
    expect(drawing).toContain('<xdr:pic>');
    expect(drawing.match(/name="Alur:step:1"/g)).toHaveLength(1);
    // Everything but the drawing part is the same, byte for byte (the picture included).
    for (const [path, bytes] of a) {
      if (path === 'xl/drawings/drawing1.xml') continue;
      expect(b.get(path), path).toEqual(bytes);
    }
    // The original anchor of the picture is still there as it was written.
    const picAnchor = new TextDecoder().decode(a.get('xl/drawings/drawing1.xml')).match(/<xdr:twoCellAnchor[^]*?<\/xdr:twoCellAnchor>/)![0];
    expect(drawing).toContain(picAnchor);
  });

  it('places symbols inside their cells as LibreOffice and Excel compute them (a:xfrm in EMU)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getColumn(1).width = 10; // stored width 10 (padding included): 70 px = 52.5 pt
    ws.getRow(1).height = 30;
    const data = await addShapes(new Uint8Array(await wb.xlsx.writeBuffer()), 'S', [
      { kind: 'process', name: 'p', from: { row: 2, col: 2, rowOffPt: 5, colOffPt: 4 }, to: { row: 2, col: 2, rowOffPt: 10, colOffPt: 20 } },
    ]);
    const drawing = new TextDecoder().decode((await parts(data)).get('xl/drawings/drawing1.xml'));
    // x = 52.5 + 4 pt, y = 30 + 5 pt, size 16 x 5 pt.
    expect(drawing).toContain(`<a:off x="${(52.5 + 4) * 12700}" y="${35 * 12700}"/>`);
    expect(drawing).toContain(`<a:ext cx="${16 * 12700}" cy="${5 * 12700}"/>`);
  });

  it('refuses an unknown sheet', async () => {
    await expect(addShapes(await workbookWithPicture(), 'Tidak Ada', [])).rejects.toThrow(/Tidak Ada/);
  });
});
