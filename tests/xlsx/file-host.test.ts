import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkGrids } from '../../src/core/check';
import { cellText, parseA1 } from '../../src/core/grid';
import { isAlurShape, planFlowchart } from '../../src/core/flowchart';
import { HostError } from '../../src/core/host';
import { createFileHost, downloadName } from '../../src/xlsx/file-host';
import { readWorkbook } from '../../src/xlsx/read';
import { expectValidXlsx } from '../ooxml';

const FIXTURES = 'tests/fixtures/xlsx';
const bytesOf = async (name: string) => new Uint8Array(await readFile(`${FIXTURES}/${name}.xlsx`));

describe('createFileHost', () => {
  it('reads, fixes, draws, removes and downloads an in-memory workbook', { timeout: 60_000 }, async () => {
    const host = await createFileHost(await bytesOf('002-satpol-pp'), 'C:\\SOP\\002-satpol-pp.xlsx');
    expect(host.kind).toBe('file');
    expect(await host.capabilities()).toEqual({ shapes: true, notes: false, download: true, dataSheet: true });
    const { names, active } = await host.sheets();
    expect(names).toContain(active);
    const grids = await host.readGrids('all');
    expect(await host.readGrids('all')).toBe(grids); // cached until a change

    const [{ doc, sop }] = checkGrids(grids);
    const fixes = sop.findings.flatMap((f) => (f.fix ? [f.fix] : []));
    expect(fixes.length).toBeGreaterThan(0);
    const stale = { cell: fixes[0].cell, from: 'not what the cell holds', to: 'x' };
    expect(await host.applyFixes(sop.sheet, [fixes[0], stale])).toEqual({ applied: 1, stale: 1 });
    const fixed = await host.readGrids('all');
    expect(fixed).not.toBe(grids);
    const { row, col } = parseA1(fixes[0].cell);
    expect(cellText(fixed[0], row, col)).toBe(fixes[0].to);

    const plan = planFlowchart(doc, fixed[0]);
    const drawn = await host.drawFlowcharts([plan], { replaceHandDrawn: false, onProgress: () => undefined });
    expect(drawn).toMatchObject({ drawn: 1, shapes: plan.shapes.length, connectors: plan.connectors.length, skipped: [] });
    const withShapes = (await host.readGrids('all'))[0].shapes.filter((s) => isAlurShape(s.name));
    expect(withShapes.length).toBeGreaterThanOrEqual(plan.shapes.length + plan.connectors.length);
    expect(await host.removeFlowcharts(sop.sheet)).toBe(withShapes.length);
    expect(await host.removeFlowcharts(sop.sheet)).toBe(0);

    await host.writeDataSheet([sop], 'id');
    const file = await host.download();
    expect(file.name).toBe('002-satpol-pp-alur.xlsx');
    await expectValidXlsx({ name: file.name, bytes: file.bytes });
    const back = await readWorkbook(file.bytes);
    expect(back.map((g) => g.sheet)).toContain('Data SOP');
    expect(cellText(back[0], row, col)).toBe(fixes[0].to);
  });

  it('remembers selections and highlights without changing the file', async () => {
    const bytes = await bytesOf('002-satpol-pp');
    const host = await createFileHost(bytes, 'sop.xlsx');
    const sheet = (await host.sheets()).active;
    await host.selectCell(sheet, 'B33');
    expect(host.lastSelection()).toEqual({ sheet, cell: 'B33' });
    await host.highlightCells(sheet, [
      { cell: 'H40', severity: 'error', message: 'typo' },
      { cell: 'I40', severity: 'warning', message: 'x' },
    ]);
    await host.highlightCells(sheet, [{ cell: 'H40', severity: 'info', message: 'again' }]);
    expect(host.highlights(sheet).map((m) => m.cell).sort()).toEqual(['H40', 'I40']);
    expect(await host.clearHighlights(sheet)).toBe(2);
    expect(await host.clearHighlights(sheet)).toBe(0);
    expect((await host.download()).bytes).toBe(bytes);
  });

  it('refuses an unreadable file, a missing sheet, a protected sheet and a second action at once', async () => {
    await expect(createFileHost(new TextEncoder().encode('hello'), 'x.xlsx')).rejects.toMatchObject({ code: 'unreadable' });
    const host = await createFileHost(await bytesOf('two-sheets'), 'two.xlsx');
    await expect(host.selectCell('Nope', 'A1')).rejects.toBeInstanceOf(HostError);
    await expect(host.removeFlowcharts('Nope')).rejects.toMatchObject({ code: 'not-found' });
    const grids = await host.readGrids('all');
    const locked = grids.find((g) => g.protected);
    expect(locked).toBeDefined();
    const err = await host.applyFixes(locked!.sheet, [{ cell: 'A1', from: 'a', to: 'b' }]).catch((e) => e);
    expect(err).toMatchObject({ code: 'protected' });
    expect((err as HostError).text('en')).toContain('protected');
    const open = grids.find((g) => !g.protected)!.sheet;
    const a = host.removeFlowcharts(open);
    await expect(host.removeFlowcharts(open)).rejects.toMatchObject({ code: 'busy' });
    await a;
  });

  it('names the download after the file', () => {
    expect(downloadName('Laporan SOP.xlsx')).toBe('Laporan SOP-alur.xlsx');
    expect(downloadName('/tmp/a.b.xlsx')).toBe('a.b-alur.xlsx');
    expect(downloadName('')).toBe('workbook-alur.xlsx');
    // A macro-enabled workbook keeps its extension (its macros are kept with it).
    expect(downloadName('C:\\SOP\\Makro SOP.xlsm')).toBe('Makro SOP-alur.xlsm');
    expect(downloadName('B.XLSM')).toBe('B-alur.xlsm');
    expect(downloadName('c.xlsb')).toBe('c-alur.xlsx');
  });
});
