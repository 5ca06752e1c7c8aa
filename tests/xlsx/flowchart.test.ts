import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkGrids } from '../../src/core/check';
import { isAlurShape, NUDGE, planFlowchart, shapesOverActorCells, type FlowchartPlan } from '../../src/core/flowchart';
import { colLeft, colWidth, rowHeight, rowTop, type Grid, type GridShape } from '../../src/core/grid';
import { addShapes } from '../../src/xlsx/drawing';
import { drawPlans, removeAlurShapes } from '../../src/xlsx/flowchart';
import { readWorkbook } from '../../src/xlsx/read';
import { cellAtPoint } from '../../src/xlsx/shapes';
import { pathDistance, writtenConnectors } from './connector-path';
import { expectValidXlsx } from '../ooxml';

const FIXTURES = 'tests/fixtures/xlsx';
const SEEDS = ['000-kecamatan-paringin', '001-dinas-perpustakaan', '002-satpol-pp', '003-diskominfo', '004-setda-banjarbaru', 'clean-surat-masuk', 'two-sops-one-sheet', 'two-sheets'];

async function load(name: string) {
  const bytes = new Uint8Array(await readFile(`${FIXTURES}/${name}.xlsx`));
  const grids = await readWorkbook(bytes);
  const results = checkGrids(grids);
  const gridOf = (sheet: string) => grids.find((g) => g.sheet === sheet)!;
  const plans = results.map(({ doc }) => planFlowchart(doc, gridOf(doc.sheet)));
  return { bytes, grids, results, plans, gridOf };
}

/** The cell a drawn shape's centre lies in, from the anchors read back. */
function centreCell(grid: Grid, s: GridShape) {
  const x = (colLeft(grid, s.from.col) + (s.from.colOffset ?? 0) + colLeft(grid, s.to.col) + (s.to.colOffset ?? 0)) / 2;
  const y = (rowTop(grid, s.from.row) + (s.from.rowOffset ?? 0) + rowTop(grid, s.to.row) + (s.to.rowOffset ?? 0)) / 2;
  return cellAtPoint(grid, x, y);
}

const symbols = (g: Grid) => g.shapes.filter((s) => isAlurShape(s.name) && s.kind !== 'connector' && s.kind !== 'other');
const alur = (grids: Grid[]) => grids.flatMap((g) => g.shapes.filter((s) => isAlurShape(s.name)));

describe('drawPlans on the seed workbooks', () => {
  for (const name of SEEDS) {
    it(`${name}: one symbol per step and actor, in the actor's lane and the step's rows, connectors joining the planned shapes`, async () => {
      const { bytes, grids, results, plans } = await load(name);
      expect(results.length).toBeGreaterThan(0);
      // Several seeds keep their hand-drawn flowchart: left alone by default, redrawn with replace.
      const handDrawn = results.map(({ doc }) => shapesOverActorCells(doc, grids.find((g) => g.sheet === doc.sheet)!).length > 0);
      const plain = await drawPlans(bytes, plans, { grids });
      expect(plain.outcomes).toEqual(plans.map((p, i) => (p.shapes.length === 0 ? 'no-steps' : handDrawn[i] ? 'hand-drawn' : 'drawn')));
      const { bytes: out, result } = await drawPlans(bytes, plans, { grids, replaceHandDrawn: true });
      expect(result.drawn).toBe(plans.filter((p) => p.shapes.length > 0).length);
      const back = await readWorkbook(out);
      for (const { doc } of results) {
        const grid = back.find((g) => g.sheet === doc.sheet)!;
        const tableCell = doc.table.range;
        const mine = symbols(grid).filter((s) => s.name.includes(`:${String.fromCharCode(64 + tableCell.left)}${tableCell.top}:`));
        const steps = mine.filter((s) => s.kind !== 'offpage');
        let expected = 0;
        for (const step of doc.steps) {
          for (const actor of new Set(step.actors)) {
            const lane = doc.actors.find((a) => a.name === actor);
            if (!lane) continue;
            expected++;
            const here = steps.filter((s) => {
              const c = centreCell(grid, s);
              return c.col === lane.col && c.row >= step.row && c.row <= Math.max(step.row, step.rowEnd);
            });
            expect(here, `step ${step.no} / ${actor}`).toHaveLength(1);
            if (step.symbol === 'decision') expect(here[0].geometry).toBe('flowChartDecision');
            if (step.symbol === 'start' || step.symbol === 'end') expect(here[0].geometry).toBe('flowChartTerminator');
          }
        }
        expect(steps).toHaveLength(expected);
        expect(shapesOverActorCells(doc, grid)).toEqual([]);
      }
      // Connectors: every planned connector is ONE connector shape, glued to its source and target,
      // and the path its preset, frame and adjust values draw is the planned route.
      const byName = new Map(alur(back).map((s) => [s.name, s]));
      for (const plan of plans) {
        const written = await writtenConnectors(out, plan.sheet);
        const shapeName = new Map(plan.shapes.map((s) => [s.id, s.name]));
        for (const c of plan.connectors) {
          const drawn = byName.get(c.name);
          expect(drawn?.kind, c.name).toBe('connector');
          expect(byName.get(shapeName.get(c.from.shape)!)?.id).toBe(drawn!.startShapeId);
          expect(byName.get(shapeName.get(c.to.shape)!)?.id).toBe(drawn!.endShapeId);
          const w = written.get(c.name)!;
          expect([w.start?.idx, w.end?.idx, w.tailArrow]).toEqual([c.from.site, c.to.site, true]);
          expect(pathDistance(w.path, c.points), `${c.name}: ${JSON.stringify(w.path)} vs ${JSON.stringify(c.points)}`).toBeLessThanOrEqual(NUDGE + 0.02);
          if (c.label) expect(byName.get(`${c.name}:label`)?.text).toBe(c.label);
        }
        expect([...written.keys()].filter((n) => n.includes('#'))).toEqual([]);
      }
    });
  }

  it('draws the off-page pair of a page break inside the table, with the same letter, glued into the flow', async () => {
    // No seed fixture has a break between two drawn steps (001's steps after its break have no actor),
    // so seed 002 gets a manual page break before its sixth step.
    const { bytes, grids, results } = await load('002-satpol-pp');
    const doc = results[0].doc;
    grids[0].pageBreaks = [doc.steps[5].row];
    const plan = planFlowchart(doc, grids[0]);
    const pair = plan.shapes.filter((s) => s.kind === 'offpage');
    expect(pair.map((s) => s.text)).toEqual(['A', 'A']);
    const back = await readWorkbook((await drawPlans(bytes, [plan], { grids })).bytes);
    const drawn = alur(back).filter((s) => s.kind === 'offpage');
    expect(drawn.map((s) => s.text)).toEqual(['A', 'A']);
    const ids = new Set(drawn.map((s) => s.id));
    const glued = alur(back).filter((s) => s.kind === 'connector' && (ids.has(s.startShapeId ?? '') || ids.has(s.endShapeId ?? '')));
    expect(glued).toHaveLength(2);
  });
});

describe('whose shapes are whose', () => {
  /** Seed 002 with a user's note over the Uraian column (not an actor cell) of the first step. */
  async function withUserNote() {
    const base = await load('002-satpol-pp');
    const doc = base.results[0].doc;
    const row = doc.steps[0].row;
    const bytes = await addShapes(base.bytes, doc.sheet, [
      { kind: 'other', name: 'Catatan saya', text: 'lihat SK', from: { row, col: 2, colOffPt: 2 }, to: { row, col: 2, colOffPt: 60, rowOffPt: 12 } },
    ]);
    const grids = await readWorkbook(bytes);
    return { ...base, bytes, grids, doc, plans: base.results.map((r) => planFlowchart(r.doc, grids[0])) };
  }

  it('drawing twice leaves one flowchart, and the user\'s shape survives draw and remove', { timeout: 60_000 }, async () => {
    const { bytes, grids, plans, doc } = await withUserNote();
    const once = await drawPlans(bytes, plans, { grids });
    const twice = await drawPlans(once.bytes, plans);
    const a = await readWorkbook(once.bytes);
    const b = await readWorkbook(twice.bytes);
    expect(alur(b).length).toBe(alur(a).length);
    expect(alur(b).map((s) => s.name).sort()).toEqual(alur(a).map((s) => s.name).sort());
    expect(b[0].shapes.filter((s) => s.name === 'Catatan saya')).toHaveLength(1);

    const removed = await removeAlurShapes(twice.bytes, doc.sheet);
    expect(removed.removed).toBe(alur(b).length);
    const c = await readWorkbook(removed.bytes);
    expect(alur(c)).toEqual([]);
    expect(c[0].shapes.map((s) => s.name)).toEqual(['Catatan saya']);
    // Nothing left to remove: the same bytes come back.
    const again = await removeAlurShapes(removed.bytes, doc.sheet);
    expect(again).toEqual({ bytes: removed.bytes, removed: 0 });
    await expectValidXlsx({ name: 'once', bytes: once.bytes }, { name: 'twice', bytes: twice.bytes }, { name: 'removed', bytes: removed.bytes });
  });

  it('skips an SOP with hand-drawn shapes over its actor cells; with replace removes only those and draws', async () => {
    const { bytes: noted, doc } = await withUserNote();
    const step = doc.steps[1];
    const lane = doc.actors.find((a) => a.name === step.actors[0])!;
    const bytes = await addShapes(noted, doc.sheet, [
      { kind: 'process', name: 'Flowchart: Process 7', text: '2', from: { row: step.row, col: lane.col, colOffPt: 4, rowOffPt: 3 }, to: { row: step.row, col: lane.col, colOffPt: 40, rowOffPt: 20 } },
    ]);
    const grids = await readWorkbook(bytes);
    const plans: FlowchartPlan[] = checkGrids(grids).map((r) => planFlowchart(r.doc, grids[0]));

    const skipped = await drawPlans(bytes, plans, { grids });
    expect(skipped.result).toMatchObject({ drawn: 0, skipped: [{ tableRange: plans[0].tableRange, reason: 'hand-drawn' }] });
    expect(skipped.outcomes).toEqual(['hand-drawn']);
    expect(alur(await readWorkbook(skipped.bytes))).toEqual([]);

    const replaced = await drawPlans(bytes, plans, { grids, replaceHandDrawn: true });
    expect(replaced.result.drawn).toBe(1);
    const back = await readWorkbook(replaced.bytes);
    const names = back[0].shapes.map((s) => s.name);
    expect(names).not.toContain('Flowchart: Process 7');
    expect(names).toContain('Catatan saya');
    expect(symbols(back[0]).length).toBe(plans[0].shapes.length);
  });

  it('with replace removes the hand-drawn shape by id, keeping a same-named shape of the user elsewhere', async () => {
    const { bytes: noted, doc } = await withUserNote();
    const step = doc.steps[1];
    const lane = doc.actors.find((a) => a.name === step.actors[0])!;
    const bytes = await addShapes(noted, doc.sheet, [
      { kind: 'process', name: 'Flowchart: Process 7', text: '2', from: { row: step.row, col: lane.col, colOffPt: 4, rowOffPt: 3 }, to: { row: step.row, col: lane.col, colOffPt: 40, rowOffPt: 20 } },
      // Same name, far right of the table: not over an actor cell, so it must stay.
      { kind: 'process', name: 'Flowchart: Process 7', text: 'catatan', from: { row: 2, col: 20 }, to: { row: 3, col: 21 } },
    ]);
    const grids = await readWorkbook(bytes);
    const plans = checkGrids(grids).map((r) => planFlowchart(r.doc, grids[0]));
    const replaced = await drawPlans(bytes, plans, { grids, replaceHandDrawn: true });
    expect(replaced.outcomes).toEqual(['drawn']);
    const left = (await readWorkbook(replaced.bytes))[0].shapes.filter((s) => s.name === 'Flowchart: Process 7');
    expect(left.map((s) => s.text)).toEqual(['catatan']);
  });

  it("covers seed 002's text markers in the actor cells with white masks under the symbols", async () => {
    const { bytes, grids, plans } = await load('002-satpol-pp');
    const back = (await readWorkbook((await drawPlans(bytes, plans, { grids })).bytes))[0];
    const masks = back.shapes.filter((s) => s.name.endsWith(':mask'));
    // One per symbol standing on a marker ("↓ []", "↓ Mulai", "↓ { } (Diamond)"): all 12 of them.
    expect(masks).toHaveLength(12);
    expect(new Set(masks.map((s) => s.kind))).toEqual(new Set(['other']));
    // Drawn first, so they lie under every symbol and line.
    const order = back.shapes.map((s) => s.name);
    expect(Math.max(...masks.map((m) => order.indexOf(m.name)))).toBeLessThan(order.findIndex((n) => /:s\d+$/.test(n)));
  });

  it('leaves a plan without shapes alone and says so', async () => {
    const { bytes, grids, plans } = await load('002-satpol-pp');
    const empty = { ...plans[0], shapes: [], connectors: [] };
    const r = await drawPlans(bytes, [empty], { grids });
    expect(r.result).toMatchObject({ drawn: 0, skipped: [{ reason: 'no-steps' }] });
    expect(r.bytes).toBe(bytes);
  });
});
