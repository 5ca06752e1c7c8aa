/**
 * The flow through off-page connector pairs (src/core/parse/offpage.ts), on the offpage-* fixtures: a
 * decision's branch into a pentagon goes on from its partner, so it is a read branch, and the rows left
 * for the pentagons at the break are no steps. Each fixture is checked from its spec's grid and from the
 * .xlsx file as written.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGrid } from '../../src/core/check';
import type { Grid } from '../../src/core/grid';
import { planFlowchart } from '../../src/core/flowchart';
import { drawPlans } from '../../src/xlsx/flowchart';
import { readWorkbook } from '../../src/xlsx/read';
import { specToGrid, type WorkbookSpec } from '../fixtures/spec';
import {
  offpageAutoBreak,
  offpageHomePlateBack,
  offpageLetters,
  offpageSpecs,
  offpageUnglued,
} from '../fixtures/specs/offpage';

/** What a reader of the SOP sees: the steps (number, row, actors, symbol, branches) and the findings. */
function read(grid: Grid) {
  const [result, ...more] = checkGrid(grid);
  expect(more).toEqual([]);
  return {
    steps: result.doc.steps.map((s) => ({
      no: s.no,
      row: s.row,
      actors: s.actors,
      symbol: s.symbol,
      branches: s.branches.map((b) => `${b.label} -> ${b.target} (${b.source} ${b.cell})`),
    })),
    findings: result.sop.findings.map((f) => `${f.rule} ${f.cell}`),
  };
}

const lanes = { C: 'Petugas Loket', D: 'Kepala Seksi', E: 'Kepala Dinas' };
/** The seven steps every variant has (rows 13-16, then 19-21 after the two rows at the break). */
function steps(decisionBranches: string[]) {
  return [
    { no: '1', row: 13, actors: [lanes.C], symbol: 'start', branches: [] },
    { no: '2', row: 14, actors: [lanes.C], symbol: 'process', branches: [] },
    { no: '3', row: 15, actors: [lanes.D], symbol: 'process', branches: [] },
    { no: '4', row: 16, actors: [lanes.E], symbol: 'decision', branches: decisionBranches },
    { no: '5', row: 19, actors: [lanes.D], symbol: 'process', branches: [] },
    { no: '6', row: 20, actors: [lanes.E], symbol: 'process', branches: [] },
    { no: '7', row: 21, actors: [lanes.C], symbol: 'end', branches: [] },
  ];
}

const expected = new Map<WorkbookSpec, unknown>([
  // "Ya" through the pair lettered A to step 5; "Tidak" drawn straight back to step 2.
  [offpageLetters, { steps: steps(['tidak -> 2 (connector E16)', 'ya -> 5 (connector E16)']), findings: [] }],
  // Both through pairs: A down to step 5, B from under the diamond back beside step 2.
  [offpageHomePlateBack, { steps: steps(['ya -> 5 (connector E16)', 'tidak -> 2 (connector E16)']), findings: [] }],
  // Unlettered pentagons paired across the page setup's automatic break; "Tidak" on to step 7.
  [offpageAutoBreak, { steps: steps(['ya -> 5 (connector E16)', 'tidak -> 7 (connector E16)']), findings: [] }],
  // Connectors not glued: their ends found at the corners of their boxes.
  [offpageUnglued, { steps: steps(['ya -> 5 (connector E16)', 'tidak -> 7 (connector E16)']), findings: [] }],
]);

describe('branches through off-page connector pairs', () => {
  for (const spec of offpageSpecs) {
    it(`${spec.file}: from the spec's grid`, () => {
      expect(read(specToGrid(spec.sheets[0]))).toEqual(expected.get(spec));
    });
    it(`${spec.file}: from the .xlsx file`, async () => {
      const [grid] = await readWorkbook(await readFile(join('tests/fixtures/xlsx', spec.file)));
      expect(read(grid)).toEqual(expected.get(spec));
    });
  }

  it('without its partner, the pentagon leads nowhere: the decision has no readable Tidak', () => {
    const grid = specToGrid(offpageHomePlateBack.sheets[0]);
    // Drop the "B" beside step 2 (and the arrow out of it).
    const partner = grid.shapes.find((s) => s.kind === 'offpage' && s.text === 'B' && s.from.row === 14)!;
    grid.shapes = grid.shapes.filter((s) => s !== partner && s.startShapeId !== partner.id);
    expect(read(grid)).toEqual({
      steps: steps(['ya -> 5 (connector E16)']),
      findings: ['decision-branch B16'],
    });
  });

  it('unlettered pentagons pair across the break only in the same lane', () => {
    const grid = specToGrid(offpageAutoBreak.sheets[0]);
    // Move the partner of the Tidak pair (lane C, the head of page 2) into lane D: it has no partner now.
    const partner = grid.shapes.find((s) => s.kind === 'offpage' && s.from.row === 18 && s.from.col === 3)!;
    partner.from = { ...partner.from, col: 4 };
    partner.to = { ...partner.to, col: 4 };
    expect(read(grid).findings).toEqual(['decision-branch B16']);
  });
});

function sortBranches(r: ReturnType<typeof read>) {
  return { ...r, steps: r.steps.map((s) => ({ ...s, branches: [...s.branches].sort() })) };
}

describe('redrawn by Alur (--replace), the flow through the break reads the same', () => {
  for (const spec of offpageSpecs) {
    it(`${spec.file}: same steps, branches and findings; Alur's own pair at the same break`, async () => {
      const original = new Uint8Array(await readFile(join('tests/fixtures/xlsx', spec.file)));
      const grids = await readWorkbook(original);
      const [plan] = checkGrid(grids[0]).map(({ doc }) => planFlowchart(doc, grids[0]));
      const { bytes } = await drawPlans(original, [plan], { grids, replaceHandDrawn: true });
      const [after] = await readWorkbook(bytes);
      // Alur draws the branches in its own order.
      expect(sortBranches(read(after))).toEqual(sortBranches(expected.get(spec) as ReturnType<typeof read>));
      // The author's pentagons are gone; Alur's pair "A" sits in the rows of steps 4 and 5, across row 18.
      const pentagons = after.shapes.filter((s) => s.kind === 'offpage');
      expect(pentagons.map((s) => [s.name.replace(/^Alur:[A-Z]+\d+:/, ''), s.text, s.from.row])).toEqual([
        ['p1a', 'A', 16],
        ['p1b', 'A', 19],
      ]);
    });
  }
});
