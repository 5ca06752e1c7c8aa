/** What a redraw replaces, decided in the core for both hosts (redrawChoice). */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkGrids } from '../../../src/core/check';
import { planFlowchart, redrawChoice } from '../../../src/core/flowchart';
import { drawPlans } from '../../../src/xlsx/flowchart';
import { readWorkbook } from '../../../src/xlsx/read';

async function clean() {
  const grids = await readWorkbook(new Uint8Array(await readFile('tests/fixtures/xlsx/clean-surat-masuk.xlsx')));
  const [{ doc }] = checkGrids(grids);
  const grid = grids.find((g) => g.sheet === doc.sheet)!;
  return { grids, grid, doc, plan: planFlowchart(doc, grid) };
}

describe('redrawChoice', () => {
  it('leaves a hand-drawn flowchart alone unless asked; asked, replaces exactly the shapes over the actor cells', async () => {
    const { grid, doc, plan } = await clean();
    const alone = redrawChoice(plan, grid, { replaceHandDrawn: false, doc });
    expect(alone.outcome).toBe('hand-drawn');
    expect(alone.remove).toEqual([]);
    const replace = redrawChoice(plan, grid, { replaceHandDrawn: true, doc });
    expect(replace.outcome).toBe('draw');
    expect(replace.remove.map((s) => s.name).sort()).toEqual(replace.handDrawn.map((s) => s.name).sort());
    expect(replace.remove.length).toBe(grid.shapes.length);
  });

  it('names the hand-drawn symbol no step holds and leaves the SOP alone', async () => {
    const { grid, doc, plan } = await clean();
    // Step 2 as if the parser could not place its box: no actor, no mark.
    const box = grid.shapes.find((s) => s.id === doc.steps[1].marks[0].shapeId)!;
    const unplaced = { ...doc, steps: doc.steps.map((s, i) => (i === 1 ? { ...s, actors: [], marks: [] } : s)) };
    expect(redrawChoice(plan, grid, { replaceHandDrawn: true, doc: unplaced })).toEqual({
      outcome: 'unplaceable',
      remove: [],
      handDrawn: expect.any(Array),
      unplaced: [box.name],
    });
  });

  it("replaces Alur's own earlier drawing, and calls a plan whose table is gone stale", async () => {
    const { grids, plan } = await clean();
    const bytes = new Uint8Array(await readFile('tests/fixtures/xlsx/clean-surat-masuk.xlsx'));
    const { bytes: drawn } = await drawPlans(bytes, [plan], { grids, replaceHandDrawn: true });
    const after = (await readWorkbook(drawn)).find((g) => g.sheet === plan.sheet)!;
    const again = redrawChoice(plan, after, { replaceHandDrawn: false });
    expect(again.outcome).toBe('draw');
    expect(again.remove.map((s) => s.name).sort()).toEqual(
      after.shapes
        .filter((s) => s.name.startsWith('Alur:'))
        .map((s) => s.name)
        .sort()
    );
    expect(redrawChoice({ ...plan, tableRange: 'A1:B2' }, after, { replaceHandDrawn: false }).outcome).toBe('stale');
  });
});

describe('the CLI names the shapes that kept an SOP from being redrawn', () => {
  it('in Indonesian and English', async () => {
    const { describe: describeDraw } = await import('../../../src/cli/draw');
    const result = {
      drawn: 0,
      shapes: 0,
      connectors: 0,
      fallback: null,
      skipped: [{ tableRange: 'A4:J11', reason: 'unplaceable' as const, shapes: ['Picture 9'] }],
    };
    const line = { label: 'SOP!A4:J11', outcome: 'unplaceable' as const, warnings: 0, unplaced: ['Picture 9'] };
    expect(describeDraw(result, [line], 'id')).toContain(
      'dilewati SOP!A4:J11: bentuk gambar tangan "Picture 9" tidak berada pada langkah mana pun'
    );
    expect(describeDraw(result, [line], 'en')).toContain('skipped  SOP!A4:J11: the hand-drawn shape(s) "Picture 9" lie on no step');
  });
});
