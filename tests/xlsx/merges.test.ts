import { describe, expect, it } from 'vitest';
import { repairMerges } from '../../src/xlsx/merges';
import { parseXml } from '../../src/xlsx/xml';

const sheet = (merges: string[], cells = ['A1', 'D20']) =>
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${cells
    .map((c) => `<row r="${c.slice(1)}"><c r="${c}"><v>1</v></c></row>`)
    .join('')}</sheetData>${
    merges.length ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : ''
  }<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;

const repair = (xml: string) => repairMerges(xml, parseXml(xml));

describe('repairMerges', () => {
  it('leaves sane merges alone (nothing to rewrite)', () => {
    expect(repair(sheet(['A1:B2', 'C3:D3']))).toBeNull();
    expect(repair(sheet([]))).toBeNull();
  });

  it('clips a whole-column and a whole-sheet merge to the used cells', () => {
    const out = repair(sheet(['B1:B1048576']))!;
    expect(out).toMatchObject({ kept: 1, clipped: 1, dropped: 0 });
    expect(out.xml).toContain('<mergeCells count="1"><mergeCell ref="B1:B20"/></mergeCells><pageMargins');
    expect(repair(sheet(['A1:XFD1048576']))!.xml).toContain('<mergeCell ref="A1:D20"/>');
  });

  it('drops an area overlapping an earlier one, one that is a single cell, and one outside the used cells', () => {
    const out = repair(sheet(['A1:B4', 'B3:C5', 'C7:C7', 'F30:G31', 'C10:D11']))!;
    expect(out).toMatchObject({ kept: 2, dropped: 3 });
    expect(out.xml).toContain('<mergeCells count="2"><mergeCell ref="A1:B4"/><mergeCell ref="C10:D11"/></mergeCells>');
  });

  it('removes the element when no area is left, keeping the rest of the part byte for byte', () => {
    const xml = sheet(['H40:H41']);
    const out = repair(xml)!;
    expect(out.xml).toBe(xml.replace(/<mergeCells[^]*<\/mergeCells>/, ''));
  });
});
