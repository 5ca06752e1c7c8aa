import { describe, expect, it } from 'vitest';
import { checkGrids } from '../../src/core/check';
import { planFlowchart } from '../../src/core/flowchart';
import { HostError } from '../../src/core/host';
import { toHostError } from '../../src/excel/errors';
import { createExcelHost } from '../../src/excel/host';
import { FakeOfficeError } from '../fakes/excel';
import { specToGrid } from '../fixtures/spec';
import { satpolPP } from '../fixtures/specs';
import { generatedSop, install } from './helpers';

describe('createExcelHost', () => {
  it('reports capabilities from the requirement sets', async () => {
    install([generatedSop(3).grid], { sets: { ExcelApi: '1.9' } });
    expect(await createExcelHost().capabilities()).toEqual({
      shapes: true,
      notes: false,
      download: false,
      dataSheet: true,
    });
    install([generatedSop(3).grid], { sets: { ExcelApi: '1.18' } });
    expect(await createExcelHost().capabilities()).toMatchObject({ shapes: true, notes: true });
    install([generatedSop(3).grid], { sets: { ExcelApi: '1.8' } });
    expect(await createExcelHost().capabilities()).toMatchObject({ shapes: false, notes: false });
  });

  it('lists sheets, reads, checks, draws from the last read in two syncs, removes, selects', async () => {
    const fake = install([generatedSop(10, 'Surat').grid, generatedSop(25, 'Cuti').grid], {
      activeSheet: 'Cuti',
    });
    const host = createExcelHost();
    expect(await host.sheets()).toEqual({ names: ['Surat', 'Cuti'], active: 'Cuti' });
    const grids = await host.readGrids('all');
    const results = checkGrids(grids);
    const plans = results.map(({ doc }) =>
      planFlowchart(
        doc,
        grids.find((g) => g.sheet === doc.sheet)!
      )
    );
    const before = fake.stats.syncs;
    const drawn = await host.drawFlowcharts(plans, { replaceHandDrawn: true });
    expect(fake.stats.syncs - before).toBe(2);
    expect(drawn.drawn).toBe(2);
    let removed = 0;
    for (const g of grids) removed += await host.removeFlowcharts(g.sheet);
    expect(removed).toBe(
      drawn.shapes +
        drawn.connectors +
        plans.flatMap((p) => p.connectors).filter((c) => c.label).length +
        plans.flatMap((p) => p.masks).length
    );
    await host.selectCell(grids[0].sheet, 'B3');
    expect(fake.workbook.selection).toEqual({ sheet: grids[0].sheet, address: 'B3' });
  });

  it('lets one action run at a time', async () => {
    install(satpolPP.sheets.map(specToGrid));
    const host = createExcelHost();
    const first = host.readGrids('all');
    await expect(host.sheets()).rejects.toMatchObject({ code: 'busy' });
    await first;
    await expect(host.sheets()).resolves.toBeDefined();
  });

  it('turns Office errors into HostErrors in both languages', async () => {
    install([generatedSop(3).grid], { protectedSheets: ['SOP'] });
    const host = createExcelHost();
    const err = await host
      .applyFixes('SOP', [{ cell: 'B16', from: 'Menerima surat permohonan', to: 'Menerima surat' }])
      .catch((e) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err.code).toBe('protected');
    await expect(host.selectCell('Tidak Ada', 'A1')).rejects.toMatchObject({ code: 'not-found' });
    // The host is free again after a failure.
    await expect(host.sheets()).resolves.toMatchObject({ names: ['SOP'] });
  });

  it('maps ApiNotFound to no-shapes for shapes, failed otherwise', () => {
    const e = new FakeOfficeError('ApiNotFound', 'nope');
    expect(toHostError(e, 'shapes').code).toBe('no-shapes');
    expect(toHostError(e, 'notes').code).toBe('failed');
    expect(toHostError(new FakeOfficeError('AccessDenied', 'no'), 'cells', 'SOP')).toMatchObject({
      code: 'protected',
    });
    const failed = toHostError(new Error('boom'), 'sheet');
    expect(failed.code).toBe('failed');
    expect(failed.text('id')).toMatch(/^Gagal menulis lembar Data SOP: boom/);
    expect(failed.text('en')).toMatch(/^Failed writing the Data SOP sheet: boom/);
  });
});
