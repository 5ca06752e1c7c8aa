/** Reading a sheet's page setup from its XML and the workbook's defined names (src/xlsx/page-setup.ts). */
import { describe, expect, it } from 'vitest';
import { pageSetup } from '../../src/core/grid/page-setup';
import { definedNamesOf, measureToPoints, pageSetupParts, parseRefs, readPageSetup } from '../../src/xlsx/page-setup';
import { NS, child } from '../../src/xlsx/xml';
import { parseXml } from '../../src/xlsx/xml';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readWorkbook } from '../../src/xlsx/read';
import { specPageSetup } from '../fixtures/spec';
import { offpageAutoBreak } from '../fixtures/specs/offpage';
import { pageSetupSpecs } from '../fixtures/specs/page-setup';

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

const workbook =
  parseXml(`<workbook ${MAIN}><sheets><sheet name="COVER" sheetId="1"/><sheet name="SOP 1" sheetId="2"/></sheets>
<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">COVER!$A$1:$H$40</definedName>
<definedName name="_xlnm.Print_Area" localSheetId="1">'SOP 1'!$A$1:$K$60,'SOP 1'!$A$70:$K$90</definedName>
<definedName name="_xlnm.Print_Titles" localSheetId="1">'SOP 1'!$A:$B,'SOP 1'!$7:$8</definedName>
<definedName name="Data">'SOP 1'!$C$3</definedName></definedNames></workbook>`);

describe('readPageSetup', () => {
  it('reads paper, orientation, margins, fit, titles, areas, centring and column breaks as Excel writes them', () => {
    const sheet = parseXml(`<worksheet ${MAIN}><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetData/>
<printOptions horizontalCentered="1"/><pageMargins left="0.25" right="0.25" top="0.5" bottom="0.5" header="0.2" footer="0.2"/>
<pageSetup paperSize="14" orientation="landscape" fitToWidth="1" fitToHeight="0"/><colBreaks count="1" manualBreakCount="1"><brk id="6" max="1048575" man="1"/></colBreaks></worksheet>`);
    const names = child(workbook, NS.main, 'definedNames');
    expect(definedNamesOf(names).map((n) => n.localSheetId)).toEqual([0, 1, 1, undefined]);
    expect(readPageSetup(pageSetupParts(sheet, names, 1))).toEqual({
      ...pageSetup({
        paperSize: 14,
        orientation: 'landscape',
        margins: { left: 18, right: 18, top: 36, bottom: 36, header: 14.4, footer: 14.4 },
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      }),
      paperSize: 14,
      centerHorizontally: true,
      colBreaks: [7],
      titleRows: { top: 7, bottom: 8 },
      titleCols: { left: 1, right: 2 },
      printArea: [
        { top: 1, left: 1, bottom: 60, right: 11 },
        { top: 70, left: 1, bottom: 90, right: 11 },
      ],
    });
  });

  it("fills Excel's defaults, and takes a custom paper size (F4 as 215 x 330 mm)", () => {
    const bare = parseXml(`<worksheet ${MAIN}><sheetData/></worksheet>`);
    expect(readPageSetup(pageSetupParts(bare, undefined, 0))).toEqual(pageSetup());
    const custom = parseXml(
      `<worksheet ${MAIN}><sheetData/><pageSetup paperHeight="330mm" paperWidth="215mm" scale="80"/></worksheet>`
    );
    const page = readPageSetup(pageSetupParts(custom, undefined, 0));
    expect(page.paper.width).toBeCloseTo(609.45, 2);
    expect(page.paper.height).toBeCloseTo(935.43, 2);
    expect(page.scale).toBe(80);
  });

  it('parses references and measures', () => {
    expect(parseRefs("'Ab, c'!$3:$4")).toEqual([{ kind: 'rows', top: 3, bottom: 4 }]);
    expect(parseRefs('S!$B$2')).toEqual([{ kind: 'cells', range: { top: 2, left: 2, bottom: 2, right: 2 } }]);
    expect([measureToPoints('13in'), measureToPoints('2.54cm'), measureToPoints('x')]).toEqual([936, 72, undefined]);
  });
});

describe('the page-setup fixtures, read from their files', () => {
  for (const spec of [...pageSetupSpecs, offpageAutoBreak]) {
    it(`${spec.file}: the page setup the spec describes`, async () => {
      const [grid] = await readWorkbook(await readFile(join('tests/fixtures/xlsx', spec.file)));
      expect(grid.page).toEqual(specPageSetup(spec.sheets[0].page!));
    });
  }
});
