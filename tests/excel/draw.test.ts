import { describe, expect, it } from 'vitest';
import { checkGrids } from '../../src/core/check';
import { planFlowchart, symbolFontSize, type FlowchartPlan } from '../../src/core/flowchart';
import { rangeA1 } from '../../src/core/grid';
import { HostError } from '../../src/core/host';
import type { SopDoc } from '../../src/core/model';
import { drawPlans, removeFlowcharts } from '../../src/excel/draw';
import { readSheets } from '../../src/excel/read';
import type { FakeExcel, FakeShape } from '../fakes/excel';
import { specToGrid } from '../fixtures/spec';
import { allSpecs } from '../fixtures/specs';
import { alurNames, generatedSop, install } from './helpers';

describe('drawPlans with shapes (ExcelApi 1.9)', () => {
  it('draws 10, 50 and 200 steps in the same two syncs', async () => {
    const syncs: number[] = [];
    for (const n of [10, 50, 200]) {
      const { grid, plan } = generatedSop(n);
      const fake = install([grid]);
      const before = fake.stats.syncs;
      const result = await drawPlans([plan], { replaceHandDrawn: false });
      syncs.push(fake.stats.syncs - before);
      expect(result).toMatchObject({ drawn: 1, fallback: null, skipped: [] });
      expect(result.shapes).toBe(plan.shapes.length);
      expect(result.connectors).toBe(plan.connectors.length);
      const sheet = fake.sheet('SOP');
      for (const s of plan.shapes) {
        const drawn = sheet.shape(s.name)!;
        expect(drawn).toBeDefined();
        expect(drawn.geometricShapeType).toBe(s.preset.charAt(0).toUpperCase() + s.preset.slice(1));
        expect([drawn.left, drawn.top, drawn.width, drawn.height]).toEqual([
          s.box.left,
          s.box.top,
          s.box.width,
          s.box.height,
        ]);
        expect(drawn.text).toBe(s.text);
        expect(drawn.altTextDescription).toBe(s.description);
        expect(drawn.textAlign).toBe('Center');
      }
      for (const c of plan.connectors) {
        const line = sheet.shape(c.name)!.line!;
        expect(line.beginShapeId).toBe(
          sheet.shape(plan.shapes.find((s) => s.id === c.from.shape)!.name)!.id
        );
        expect(line.endShapeId).toBe(
          sheet.shape(plan.shapes.find((s) => s.id === c.to.shape)!.name)!.id
        );
        expect(line.endArrowheadStyle).toBe('Triangle');
        expect(line.connectorType).toBe(c.kind === 'elbow' ? 'Elbow' : 'Straight');
      }
      const labels = plan.connectors.filter((c) => c.label);
      expect(labels.length).toBeGreaterThan(0);
      for (const c of labels) expect(sheet.shape(`${c.name}:label`)!.text).toBe(c.label);
    }
    expect(syncs).toEqual([2, 2, 2]);
  });

  it('reports progress per phase', async () => {
    const { grid, plan } = generatedSop(10);
    install([grid]);
    const calls: [number, number][] = [];
    await drawPlans([plan], { replaceHandDrawn: false, onProgress: (d, t) => calls.push([d, t]) });
    expect(calls).toEqual([
      [0, 2],
      [1, 2],
      [2, 2],
    ]);
  });

  it('drawing twice leaves one flowchart', async () => {
    const { grid, plan } = generatedSop(12);
    const fake = install([grid]);
    await drawPlans([plan], { replaceHandDrawn: false });
    const once = alurNames(fake, 'SOP').sort();
    await drawPlans([plan], { replaceHandDrawn: false });
    expect(alurNames(fake, 'SOP').sort()).toEqual(once);
  });
});

describe('symbolFontSize (the plan decides, Excel applies)', () => {
  it('keeps short text at 9 pt and shrinks long text, never below 6', () => {
    expect(symbolFontSize('3', { width: 60, height: 30 }, 'process')).toBe(9);
    const long = symbolFontSize('Memeriksa kelengkapan berkas permohonan', { width: 60, height: 30 }, 'process');
    expect(long).toBeLessThan(9);
    expect(long).toBeGreaterThanOrEqual(6);
    expect(symbolFontSize('x'.repeat(200), { width: 30, height: 12 }, 'decision')).toBe(6);
  });

  it('draws each symbol with the font size and colours its plan gives it', async () => {
    const { grid, plan } = generatedSop(6);
    const fake = install([grid]);
    await drawPlans([plan], { replaceHandDrawn: false });
    const sheet = fake.sheet('SOP');
    for (const s of plan.shapes) {
      const drawn = sheet.shape(s.name)!;
      expect([drawn.fontSize, drawn.fontColor, drawn.fillColor, drawn.lineColor, drawn.lineWeight]).toEqual([
        s.look.fontSizePt,
        `#${s.look.fontColor}`,
        `#${s.look.fill}`,
        `#${s.look.line}`,
        s.look.lineWidthPt,
      ]);
    }
  });
});

describe("drawPlans and the user's shapes", () => {
  /** A user's rectangle over the actor cell of step 2 (centre inside that cell). */
  function handDrawnOverStep2(fake: FakeExcel, doc: SopDoc): FakeShape {
    const step = doc.steps[1];
    const col = doc.actors.find((a) => a.name === step.actors[0])!.col;
    const sheet = fake.sheet('SOP');
    const p = sheet.pointOf({ row: step.row, col }, 0.25);
    const q = sheet.pointOf({ row: step.row, col }, 0.75);
    const shape: FakeShape = {
      id: '9001',
      name: 'Flowchart: Process 7',
      type: 'GeometricShape',
      geometricShapeType: 'FlowChartProcess',
      left: p.x,
      top: p.y,
      width: q.x - p.x,
      height: q.y - p.y,
      text: '',
      altTextDescription: '',
    };
    sheet.shapes.push(shape);
    return shape;
  }

  /** A user's logo above the table: never over the actor cells. */
  function logo(fake: FakeExcel): FakeShape {
    const shape: FakeShape = {
      id: '9002',
      name: 'Picture 1',
      type: 'Image',
      geometricShapeType: null,
      left: 5,
      top: 5,
      width: 40,
      height: 40,
      text: '',
      altTextDescription: 'Logo',
    };
    fake.sheet('SOP').shapes.push(shape);
    return shape;
  }

  it("keeps user shapes through draw and remove; remove deletes only Alur's", async () => {
    const { grid, plan } = generatedSop(15);
    const fake = install([grid]);
    logo(fake);
    const result = await drawPlans([plan], { replaceHandDrawn: false });
    expect(result.drawn).toBe(1);
    const sheet = fake.sheet('SOP');
    expect(sheet.shape('Picture 1')).toBeDefined();
    const alur = alurNames(fake, 'SOP').length;
    expect(alur).toBe(
      plan.masks.length + plan.shapes.length + plan.connectors.length + plan.connectors.filter((c) => c.label).length
    );
    const before = fake.stats.syncs;
    expect(await removeFlowcharts('SOP')).toBe(alur);
    expect(fake.stats.syncs - before).toBe(2);
    expect(sheet.shapes.map((s) => s.name)).toEqual(['Picture 1']);
    expect(await removeFlowcharts('SOP')).toBe(0);
  });

  it('skips an SOP with hand-drawn shapes over its actor cells, unless asked to replace them', async () => {
    const { doc, grid, plan } = generatedSop(10);
    const fake = install([grid]);
    handDrawnOverStep2(fake, doc);
    logo(fake);
    const skipped = await drawPlans([plan], { replaceHandDrawn: false });
    expect(skipped).toMatchObject({
      drawn: 0,
      shapes: 0,
      skipped: [{ tableRange: plan.tableRange, reason: 'hand-drawn' }],
    });
    expect(fake.sheet('SOP').shapes.map((s) => s.name)).toEqual([
      'Flowchart: Process 7',
      'Picture 1',
    ]);

    const replaced = await drawPlans([plan], { replaceHandDrawn: true });
    expect(replaced).toMatchObject({ drawn: 1, skipped: [] });
    const names = fake.sheet('SOP').shapes.map((s) => s.name);
    expect(names).not.toContain('Flowchart: Process 7');
    expect(names).toContain('Picture 1');
    expect(alurNames(fake, 'SOP').length).toBeGreaterThan(plan.shapes.length);
  });

  it('uses the grids given instead of reading the sheet again, still in two syncs', async () => {
    const { doc, grid, plan } = generatedSop(20);
    const fake = install([grid]);
    handDrawnOverStep2(fake, doc); // not in `grid`: the shapes are read afresh all the same
    const before = fake.stats.syncs;
    const result = await drawPlans([plan], { replaceHandDrawn: false, grids: [grid] });
    expect(fake.stats.syncs - before).toBe(1);
    expect(result.skipped).toEqual([{ tableRange: plan.tableRange, reason: 'hand-drawn' }]);
    const drawn = await drawPlans([plan], { replaceHandDrawn: true, grids: [grid] });
    expect(fake.stats.syncs - before).toBe(3);
    expect(drawn.drawn).toBe(1);
  });

  it('refuses a protected sheet in the first sync and changes nothing', async () => {
    const { grid, plan } = generatedSop(10);
    const fake = install([grid], { protectedSheets: ['SOP'] });
    logo(fake);
    const writes = fake.stats.writes;
    const error = await drawPlans([plan], { replaceHandDrawn: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).code).toBe('protected');
    expect((error as HostError).id).toMatch(/diproteksi/);
    expect((error as HostError).en).toMatch(/protected/);
    expect(fake.stats.writes).toBe(writes);
    expect(fake.sheet('SOP').shapes.map((s) => s.name)).toEqual(['Picture 1']);
  });

  it('says the plan is stale when its table is no longer where it was', async () => {
    const { plan } = generatedSop(10);
    const other = generatedSop(10, 'Other').grid;
    install([{ ...other, sheet: 'SOP', text: other.text.slice(0, 10) }]);
    await expect(drawPlans([plan], { replaceHandDrawn: false })).rejects.toMatchObject({
      code: 'stale',
    });
  });

  it('skips a plan with no symbols', async () => {
    const { grid, plan } = generatedSop(10);
    install([grid]);
    const result = await drawPlans([{ ...plan, shapes: [], connectors: [] }], {
      replaceHandDrawn: false,
    });
    expect(result).toMatchObject({ drawn: 0, skipped: [{ reason: 'no-steps' }] });
  });
});

describe('drawPlans without ExcelApi 1.9: cell markers', () => {
  /** Empties the actor mark ("√") of every other step, so half the marker cells are free. */
  function freeSomeCells(
    fake: FakeExcel,
    plan: FlowchartPlan
  ): { free: string[]; taken: string[] } {
    const sheet = fake.sheet('SOP');
    const free: string[] = [];
    const taken: string[] = [];
    plan.cellMarkers.forEach((m, i) => {
      if (i % 2 === 0) {
        sheet.setText(m.row, m.col, '');
        free.push(m.cell);
      } else taken.push(m.cell);
    });
    return { free, taken };
  }

  it('writes markers into empty actor cells only, and removing them restores the cells exactly', async () => {
    const { grid, plan } = generatedSop(12);
    const fake = install([grid], { sets: { ExcelApi: '1.8' } });
    const { free, taken } = freeSomeCells(fake, plan);
    const sheet = fake.sheet('SOP');
    // One free cell had a user's fill and a red top border: they must come back.
    sheet.fills.set(free[1], '#00B050');
    sheet.borders.set(`${free[1]}|EdgeTop`, {
      style: 'Continuous',
      weight: 'Thick',
      color: '#FF0000',
    });
    const fillsBefore = new Map(sheet.fills);
    const bordersBefore = new Map(sheet.borders);
    const textBefore = JSON.stringify(sheet.text);

    const progress: number[] = [];
    const result = await drawPlans([plan], {
      replaceHandDrawn: false,
      onProgress: (d) => progress.push(d),
    });
    expect(result).toMatchObject({
      fallback: 'markers',
      drawn: 1,
      shapes: free.length,
      connectors: 0,
    });
    expect(progress).toEqual([0, 1, 2]);
    for (const cell of free) {
      const marker = plan.cellMarkers.find((m) => m.cell === cell)!;
      expect(sheet.cellText(cell)).toBe(marker.text);
      expect(sheet.fills.get(cell)).toBe(marker.fill.toUpperCase());
      expect(sheet.borders.get(`${cell}|EdgeLeft`)?.style).toBe('Continuous');
    }
    for (const cell of taken) expect(sheet.cellText(cell)).toBe('√');
    expect(sheet.shapes).toEqual([]);

    // Drawing again does not take Alur's own marker for a user's text.
    const again = await drawPlans([plan], { replaceHandDrawn: false });
    expect(again.shapes).toBe(free.length);

    // The record lives in the document settings: it survives closing the pane.
    fake.reopenPane();
    expect(await removeFlowcharts('SOP')).toBe(free.length);
    expect(JSON.stringify(sheet.text)).toBe(textBefore);
    expect(sheet.fills).toEqual(fillsBefore);
    expect(sheet.borders).toEqual(bordersBefore);
  });

  it('leaves a marker cell the user has typed into since', async () => {
    const { grid, plan } = generatedSop(10);
    const fake = install([grid], { sets: { ExcelApi: '1.8' } });
    const { free } = freeSomeCells(fake, plan);
    await drawPlans([plan], { replaceHandDrawn: false });
    const sheet = fake.sheet('SOP');
    const { row, col } = plan.cellMarkers.find((m) => m.cell === free[0])!;
    sheet.setText(row, col, 'diubah');
    await removeFlowcharts('SOP');
    expect(sheet.cellText(free[0])).toBe('diubah');
    expect(sheet.fills.has(free[0])).toBe(false);
  });

  it('refuses a protected sheet and writes nothing', async () => {
    const { grid, plan } = generatedSop(10);
    const fake = install([grid], { sets: { ExcelApi: '1.8' }, protectedSheets: ['SOP'] });
    freeSomeCells(fake, plan);
    const text = JSON.stringify(fake.sheet('SOP').text);
    await expect(drawPlans([plan], { replaceHandDrawn: false })).rejects.toMatchObject({
      code: 'protected',
    });
    expect(JSON.stringify(fake.sheet('SOP').text)).toBe(text);
    expect(fake.sheet('SOP').fills.size).toBe(0);
  });
});

describe('drawPlans on the fixture workbooks', () => {
  it('draws one Alur symbol per (step, actor) of every SOP found, read through the fake', async () => {
    let sopsDrawn = 0;
    for (const spec of allSpecs) {
      const fake = install(spec.sheets.map(specToGrid));
      const grids = await readSheets();
      // A protected sheet is refused as a whole (tested above): draw the others.
      const results = checkGrids(grids.filter((g) => !g.protected));
      const plans = results.map(({ doc }) =>
        planFlowchart(
          doc,
          grids.find((g) => g.sheet === doc.sheet)!
        )
      );
      const drawable = plans.filter((p) => p.shapes.length > 0);
      const before = fake.stats.syncs;
      const result = await drawPlans(plans, { replaceHandDrawn: true });
      // Reading a sheet with pictures takes the documented picture fallback (3 syncs instead of 1).
      const pictures = spec.sheets.some((sh) => sh.shapes?.some((x) => x.picture));
      if (drawable.length) expect(fake.stats.syncs - before, spec.file).toBe(pictures ? 4 : 2);
      expect(result.drawn, spec.file).toBe(drawable.length);
      for (const { doc } of results) {
        const known = new Set(doc.actors.map((a) => a.name));
        const expected = doc.steps.reduce(
          (n, s) => n + new Set(s.actors.filter((a) => known.has(a))).size,
          0
        );
        const tableCell = doc.table.range ? `${doc.sheet}` : '';
        const prefix = `Alur:${rangeA1(doc.table.range).split(':')[0]}:`;
        const symbols = fake
          .sheet(tableCell)
          .shapes.filter(
            (s) =>
              s.name.startsWith(prefix) &&
              s.type === 'GeometricShape' &&
              /^s/.test(s.name.slice(prefix.length)) &&
              !/:(?:label|mask\d*)$/.test(s.name)
          );
        expect(symbols.length, `${spec.file} ${doc.sheet}`).toBe(expected);
        if (expected > 0) sopsDrawn++;
      }
    }
    expect(sopsDrawn).toBeGreaterThanOrEqual(6);
  });
});
