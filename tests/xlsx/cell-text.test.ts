/** Cells read as Excel shows them: number formats, dates, formulas, errors, rich text, links, breaks. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/xlsx/read';

async function roundTrip(fill: (ws: ExcelJS.Worksheet) => void): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet('S'));
  const [grid] = await readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
  return grid.text;
}

describe('cell text as displayed', () => {
  it('formats numbers and dates by their number format', async () => {
    const text = await roundTrip((ws) => {
      ws.getCell('A1').value = 1500000;
      ws.getCell('A1').numFmt = '#,##0';
      ws.getCell('B1').value = 0.25;
      ws.getCell('B1').numFmt = '0%';
      ws.getCell('C1').value = new Date(Date.UTC(2023, 0, 2));
      ws.getCell('C1').numFmt = '[$-421]dd mmmm yyyy;@';
      ws.getCell('D1').value = new Date(Date.UTC(2018, 10, 7));
      ws.getCell('D1').numFmt = 'd-mmm-yyyy';
      ws.getCell('E1').value = 3;
      ws.getCell('F1').value = 0.1 + 0.2;
    });
    expect(text[0]).toEqual(['1,500,000', '25%', '02 Januari 2023', '7-Nov-2018', '3', '0.3']);
  });

  it('shows formula results and errors, flattens rich text, keeps line breaks', async () => {
    const text = await roundTrip((ws) => {
      ws.getCell('A1').value = { formula: 'SUM(1,2)', result: 3 };
      ws.getCell('B1').value = { formula: 'A1&" Hari"', result: '3 Hari' };
      ws.getCell('C1').value = { formula: '#REF!+1', result: { error: '#REF!' } };
      ws.getCell('D1').value = { richText: [{ text: 'Mutu ', font: { bold: true } }, { text: 'Baku' }] };
      ws.getCell('E1').value = 'Kepala Dinas\nKabupaten Balangan';
      ws.getCell('F1').value = { text: 'portal', hyperlink: 'https://example.go.id' };
      ws.getCell('G1').value = true;
    });
    expect(text[0]).toEqual(['3', '3 Hari', '#REF!', 'Mutu Baku', 'Kepala Dinas\nKabupaten Balangan', 'portal', 'TRUE']);
  });

  it('keeps the text in the top-left cell of a merged area only', async () => {
    const text = await roundTrip((ws) => {
      ws.getCell('B2').value = 'Pelaksana';
      ws.mergeCells('B2:E2');
    });
    expect(text).toEqual([[], ['', 'Pelaksana']]);
  });
});
