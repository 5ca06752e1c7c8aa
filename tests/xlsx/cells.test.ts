import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { cellText } from '../../src/core/grid';
import { setCellTexts } from '../../src/xlsx/cells';
import { readWorkbook } from '../../src/xlsx/read';
import { expectValidXlsx } from '../ooxml';

/** A small SOP-like workbook: shared strings, a bold styled cell, a number, a formula, a second sheet. */
async function workbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('SOP');
  ws.getCell('A1').value = 'PROSDUR';
  ws.getCell('A1').font = { bold: true };
  ws.getCell('B2').value = 'Menyusun DTAFT RKT';
  ws.getCell('B3').value = 'Menyusun DTAFT RKT'; // the same shared string, used twice
  ws.getCell('C2').value = 5;
  ws.getCell('C3').value = { formula: 'C2*2', result: 10 };
  wb.addWorksheet('Lain').getCell('A1').value = 'Menyusun DTAFT RKT';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function parts(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async('uint8array'));
  return out;
}

describe('setCellTexts', () => {
  it('changes only the named cells and leaves every other part byte-identical', { timeout: 60_000 }, async () => {
    const before = await workbook();
    const r = await setCellTexts(before, 'SOP', [
      { cell: 'B2', from: 'Menyusun DTAFT RKT', to: 'Menyusun DRAFT RKT' },
      { cell: 'A1', from: 'PROSDUR', to: 'PROSEDUR' },
    ]);
    expect(r).toMatchObject({ applied: 2, stale: 0 });
    const grids = await readWorkbook(r.bytes);
    const sop = grids[0];
    expect(cellText(sop, 2, 2)).toBe('Menyusun DRAFT RKT');
    expect(cellText(sop, 1, 1)).toBe('PROSEDUR');
    // The other cell sharing the same string, and the other sheet, keep the old text.
    expect(cellText(sop, 3, 2)).toBe('Menyusun DTAFT RKT');
    expect(cellText(grids[1], 1, 1)).toBe('Menyusun DTAFT RKT');
    expect(cellText(sop, 2, 3)).toBe('5');

    const a = await parts(before);
    const b = await parts(r.bytes);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const changed = [...a.keys()].filter((k) => Buffer.compare(Buffer.from(a.get(k)!), Buffer.from(b.get(k)!)) !== 0);
    expect(changed).toEqual(['xl/worksheets/sheet1.xml']);
    await expectValidXlsx({ name: 'fixed', bytes: r.bytes });
  });

  it('keeps the style index and writes an inline string', async () => {
    const before = await workbook();
    const sheetBefore = new TextDecoder().decode((await parts(before)).get('xl/worksheets/sheet1.xml'));
    const style = /<c r="A1"[^>]* s="(\d+)"/.exec(sheetBefore)?.[1];
    expect(style).toBeDefined();
    const r = await setCellTexts(before, 'SOP', [{ cell: 'A1', from: 'PROSDUR', to: 'PROSEDUR & <co>' }]);
    const sheet = new TextDecoder().decode((await parts(r.bytes)).get('xl/worksheets/sheet1.xml'));
    expect(sheet).toContain(`<c r="A1" s="${style}" t="inlineStr"><is><t xml:space="preserve">PROSEDUR &amp; &lt;co&gt;</t></is></c>`);
    // The rest of the sheet part is the same text, spliced around the one cell.
    const i = sheetBefore.indexOf('<c r="A1"');
    expect(sheet.slice(0, i)).toBe(sheetBefore.slice(0, i));
    expect(cellText((await readWorkbook(r.bytes))[0], 1, 1)).toBe('PROSEDUR & <co>');
  });

  it('refuses stale edits, formulas, numbers and missing cells, and leaves the bytes as they were', async () => {
    const before = await workbook();
    const r = await setCellTexts(before, 'SOP', [
      { cell: 'B2', from: 'something the user replaced', to: 'x' },
      { cell: 'C3', from: '10', to: 'sepuluh' },
      { cell: 'C2', from: '5', to: 'lima' },
      { cell: 'Z99', from: '', to: 'new' },
      { cell: 'not a cell', from: '', to: 'x' },
    ]);
    expect(r).toMatchObject({ applied: 0, stale: 5 });
    expect(r.staleCells).toEqual(['B2', 'C3', 'C2', 'Z99', 'not a cell']);
    expect(Buffer.compare(Buffer.from(r.bytes), Buffer.from(before))).toBe(0);
  });

  it('edits an inline string again, ignores white-space-only differences, and applies one edit per cell', async () => {
    const once = await setCellTexts(await workbook(), 'SOP', [{ cell: 'B2', from: 'Menyusun DTAFT RKT', to: 'Menyusun  DRAFT RKT' }]);
    const twice = await setCellTexts(once.bytes, 'SOP', [
      { cell: 'b2', from: 'Menyusun DRAFT RKT', to: 'Menyusun DRAFT RKT 2024' },
      { cell: 'B2', from: 'Menyusun DRAFT RKT', to: 'again' },
    ]);
    expect(twice).toMatchObject({ applied: 1, stale: 1 });
    expect(cellText((await readWorkbook(twice.bytes))[0], 2, 2)).toBe('Menyusun DRAFT RKT 2024');
  });

  it('names a missing sheet', async () => {
    await expect(setCellTexts(await workbook(), 'Nope', [])).rejects.toThrow(/Nope/);
  });
});
