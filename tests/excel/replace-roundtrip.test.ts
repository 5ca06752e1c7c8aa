/**
 * `--replace` never leaves a flowchart worse (contract, "Real workbooks"; issue 13): on every fixture,
 * through both hosts, check(draw --replace(x)) has the same steps, actors and branches as check(x), and
 * no finding it did not have. Pictures are read as symbols in both hosts, and a step keeps its actors
 * when they are redrawn as Alur's symbols.
 */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkGrids } from '../../src/core/check';
import { planFlowchart, type FlowchartPlan } from '../../src/core/flowchart';
import type { Grid } from '../../src/core/grid';
import { drawPlans as drawInExcel } from '../../src/excel/draw';
import { readSheets } from '../../src/excel/read';
import { drawPlans as drawInFile } from '../../src/xlsx/flowchart';
import { readWorkbook } from '../../src/xlsx/read';
import { install } from './helpers';

const FIXTURES = readdirSync('tests/fixtures/xlsx').filter((f) => f.endsWith('.xlsx'));

function plansOf(grids: Grid[]): FlowchartPlan[] {
  return checkGrids(grids)
    .map(({ doc }) => ({ doc, grid: grids.find((g) => g.sheet === doc.sheet)! }))
    .filter(({ grid }) => !grid.protected)
    .map(({ doc, grid }) => planFlowchart(doc, grid));
}

/**
 * Steps and actors must come back exactly. Every branch read must come back; the redraw may add one: a
 * decision whose branches were not all read gets its down arrow drawn as "Ya" (SOP AP's convention),
 * which is then read (seed 002's step 10). Findings may only go: none may be new.
 */
function expectNotWorse(after: ReturnType<typeof reading>, before: ReturnType<typeof reading>): void {
  const strip = (r: ReturnType<typeof reading>) =>
    r.map((s) => ({ sop: s.sop, steps: s.steps.map((t) => ({ no: t.no, actors: t.actors })) }));
  expect(strip(after)).toEqual(strip(before));
  before.forEach((sop, i) => {
    sop.steps.forEach((step, k) =>
      expect(after[i].steps[k].branches, `${sop.sop} step ${step.no}`).toEqual(expect.arrayContaining(step.branches))
    );
    expect(
      after[i].findings.filter((f) => !sop.findings.includes(f)),
      sop.sop
    ).toEqual([]);
  });
  // Nothing else may change: only a "ya" branch may be added, on a decision that had no "ya" read.
  before.forEach((sop, i) =>
    sop.steps.forEach((step, k) => {
      const added = after[i].steps[k].branches.filter((b) => !step.branches.includes(b));
      for (const b of added)
        expect(b.startsWith('ya>') && !step.branches.some((x) => x.startsWith('ya>')), b).toBe(true);
    })
  );
}

/** What a redraw must keep: per SOP, each step's actors and branches, and the findings. */
function reading(grids: Grid[]) {
  return checkGrids(grids).map(({ doc, sop }) => ({
    sop: `${doc.sheet}!${sop.tableRange}`,
    steps: doc.steps.map((s) => ({
      no: s.no,
      actors: s.actors,
      branches: s.branches
        .filter((b) => b.target !== null)
        .map((b) => `${b.label}>${b.target}`)
        .sort(),
    })),
    findings: sop.findings.map((f) => `${f.rule}@${f.cell}`).sort(),
  }));
}

describe('--replace keeps every step, actor and branch, and adds no finding', () => {
  for (const file of FIXTURES) {
    it(`${file}: in a file`, async () => {
      const bytes = new Uint8Array(await readFile(`tests/fixtures/xlsx/${file}`));
      const grids = await readWorkbook(bytes);
      const { bytes: out, result } = await drawInFile(bytes, plansOf(grids), { grids, replaceHandDrawn: true });
      expect(result.skipped.filter((s) => s.reason === 'unplaceable')).toEqual([]);
      expectNotWorse(reading(await readWorkbook(out)), reading(grids));
    });
    it(`${file}: in Excel`, async () => {
      const grids = await readWorkbook(new Uint8Array(await readFile(`tests/fixtures/xlsx/${file}`)));
      install(grids);
      const names = grids.map((g) => g.sheet);
      const before = await readSheets(names, { connections: true });
      const result = await drawInExcel(plansOf(before), { replaceHandDrawn: true, grids: before });
      expect(result.skipped.filter((s) => s.reason === 'unplaceable')).toEqual([]);
      expectNotWorse(reading(await readSheets(names, { connections: true })), reading(before));
    });
  }
});
