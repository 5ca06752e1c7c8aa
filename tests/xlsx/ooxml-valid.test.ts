/**
 * Excel-valid files, proven here: the committed fixture and example workbooks, and every kind of
 * workbook Alur writes to a file (draw, redraw, replace, remove, lanes, fixes, the Data SOP sheet, and
 * the Data SOP sheet replaced), pass the OOXML validator in one batched run (see ../ooxml.ts).
 */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { checkGrids } from '../../src/core/check';
import { planFlowchart, planLanes } from '../../src/core/flowchart';
import { laneEdit } from '../../src/core/flowchart/lane-edit';
import { findSops } from '../../src/core/parse';
import { setCellTexts } from '../../src/xlsx/cells';
import { applyLaneEdit } from '../../src/xlsx/columns';
import { writeDataSheet } from '../../src/xlsx/data-sheet';
import { drawPlans, removeAlurShapes } from '../../src/xlsx/flowchart';
import { readWorkbook } from '../../src/xlsx/read';
import { expectValidXlsx, packageProblems, type XlsxInput } from '../ooxml';

const committed = ['tests/fixtures/xlsx', 'examples'].flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => `${d}/${f}`)
);

describe('Excel-valid workbooks', () => {
  it('every fixture and example workbook', { timeout: 120_000 }, async () => {
    await expectValidXlsx(...committed);
  });

  it('every workbook Alur writes from the fixtures', { timeout: 240_000 }, async () => {
    const written: XlsxInput[] = [];
    for (const file of ['002-satpol-pp', '004-setda-banjarbaru', 'two-sheets', 'two-sops-one-sheet', 'pelaksana-text', 'corpus-04-capaian-kinerja']) {
      const bytes = new Uint8Array(await readFile(`tests/fixtures/xlsx/${file}.xlsx`));
      const grids = await readWorkbook(bytes);
      const results = checkGrids(grids);
      const plans = results.map(({ doc }) => planFlowchart(doc, grids.find((g) => g.sheet === doc.sheet)!));
      const drawn = (await drawPlans(bytes, plans, { grids, replaceHandDrawn: true })).bytes;
      const redrawn = (await drawPlans(drawn, plans, { replaceHandDrawn: true })).bytes;
      let removed = redrawn;
      for (const g of grids) removed = (await removeAlurShapes(removed, g.sheet)).bytes;
      const data = await writeDataSheet(drawn, results.map((r) => r.sop));
      const dataAgain = await writeDataSheet(data, results.map((r) => r.sop), { lang: 'en' });
      const fixes = results.flatMap((r) => r.sop.findings.flatMap((f) => (f.fix ? [f.fix] : [])));
      const sheet = results[0]?.doc.sheet ?? grids[0].sheet;
      const fixed = (await setCellTexts(bytes, sheet, fixes.filter((f) => results.some((r) => r.doc.sheet === sheet)).slice(0, 5))).bytes;
      written.push(
        { name: `${file} drawn`, bytes: drawn },
        { name: `${file} redrawn`, bytes: redrawn },
        { name: `${file} removed`, bytes: removed },
        { name: `${file} Data SOP`, bytes: data },
        { name: `${file} Data SOP again`, bytes: dataAgain },
        { name: `${file} fixed`, bytes: fixed }
      );
      const [doc] = grids.flatMap((g) => findSops(g));
      const grid = doc && grids.find((g) => g.sheet === doc.sheet)!;
      const lanes = doc && planLanes(doc, { grid });
      const edit = lanes && laneEdit(lanes, grid);
      if (edit && typeof edit !== 'string') written.push({ name: `${file} lanes`, bytes: await applyLaneEdit(bytes, edit) });
    }
    await expectValidXlsx(...written);
  });

  it('removing the last shapes takes the drawing part out of the package', async () => {
    const bytes = new Uint8Array(await readFile('tests/fixtures/xlsx/002-satpol-pp.xlsx'));
    const grids = await readWorkbook(bytes);
    const plans = checkGrids(grids).map(({ doc }) => planFlowchart(doc, grids[0]));
    const drawn = (await drawPlans(bytes, plans, { grids })).bytes;
    expect(Object.keys((await JSZip.loadAsync(drawn)).files)).toContain('xl/drawings/drawing1.xml');
    const { bytes: removed, removed: n } = await removeAlurShapes(drawn, grids[0].sheet);
    expect(n).toBeGreaterThan(0);
    const zip = await JSZip.loadAsync(removed);
    expect(Object.keys(zip.files).filter((f) => f.includes('drawing'))).toEqual([]);
    expect(await zip.file('xl/worksheets/sheet1.xml')!.async('string')).not.toMatch(/<(\w+:)?drawing\b/);
    expect(await zip.file('[Content_Types].xml')!.async('string')).not.toContain('drawing');
    expect(await packageProblems(removed)).toEqual([]);
  });
});
