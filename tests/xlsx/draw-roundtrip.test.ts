/**
 * Drawing must not change what Alur reads: a workbook checked, drawn, and checked again gives the same
 * steps (actors, symbols, branches) and the same findings. This guards the parser against Alur's own
 * shapes (symbols, white backing boxes, labels, connectors) being read as something else.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGrids } from '../../src/core/check';
import { planFlowchart } from '../../src/core/flowchart';
import { drawPlans } from '../../src/xlsx/flowchart';
import { readWorkbook } from '../../src/xlsx/read';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'xlsx');
const SEEDS = ['000-kecamatan-paringin', '001-dinas-perpustakaan', '002-satpol-pp', '003-diskominfo', '004-setda-banjarbaru', 'clean-surat-masuk', 'two-sops-one-sheet'];

async function readAndCheck(bytes: Uint8Array) {
  const grids = await readWorkbook(bytes);
  return { grids, results: checkGrids(grids) };
}

/**
 * What a reader takes from an SOP. A decision's "ya" to the very next step is the flow itself: Alur
 * draws it as a labelled connector, so after drawing it is written down where before it was implied.
 */
const summary = (results: Awaited<ReturnType<typeof readAndCheck>>['results']) =>
  results.map(({ doc, sop }) => ({
    steps: doc.steps.map((s, i) => ({
      no: s.no,
      actors: s.actors,
      symbol: s.symbol,
      branches: s.branches
        .filter((b) => !(b.label === 'ya' && b.target === doc.steps[i + 1]?.no))
        .map((b) => `${b.label}->${b.target}`)
        .sort(),
    })),
    findings: sop.findings.map((f) => `${f.rule}@${f.cell}`),
  }));

describe('draw, then check again', () => {
  it.each(SEEDS)('%s reads the same after Alur has drawn its flowchart', async (name) => {
    const original = new Uint8Array(readFileSync(join(FIXTURES, `${name}.xlsx`)));
    const before = await readAndCheck(original);
    const plans = before.results.map(({ doc }) => planFlowchart(doc, before.grids.find((g) => g.sheet === doc.sheet)!));
    const { bytes } = await drawPlans(original, plans, { grids: before.grids, replaceHandDrawn: true });
    const after = await readAndCheck(bytes);
    expect(summary(after.results)).toEqual(summary(before.results));
  });
});
