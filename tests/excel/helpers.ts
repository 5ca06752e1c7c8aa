/**
 * Shared set-up of the live-Excel tests: install the fake as the Excel/Office globals, and build SOP
 * sheets of any length (laid out like seed 002) with their flowchart plans.
 */
import { afterEach } from 'vitest';
import type { Grid } from '../../src/core/grid';
import { planFlowchart, type FlowchartPlan } from '../../src/core/flowchart';
import type { SopDoc } from '../../src/core/model';
import { buildSop, type StepSpec } from '../core/flowchart/build';
import {
  createFakeExcel,
  installFakeExcel,
  type FakeExcel,
  type FakeExcelOptions,
} from '../fakes/excel';

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

export function install(grids: Grid[], opts?: FakeExcelOptions): FakeExcel {
  uninstall?.();
  const fake = createFakeExcel(grids, opts);
  uninstall = installFakeExcel(fake);
  return fake;
}

export const ACTORS = ['Kepala Dinas', 'Sekretaris', 'Kasubag Umum'];

/**
 * An SOP of `n` steps over three actor lanes: a start, processes going round the lanes, a decision
 * every tenth step that sends "Tidak" back two steps, a step by two actors every seventh, an end.
 */
export function generatedSop(
  n: number,
  sheet = 'SOP'
): { doc: SopDoc; grid: Grid; plan: FlowchartPlan } {
  const steps: StepSpec[] = Array.from({ length: n }, (_, i) => {
    const no = String(i + 1);
    const lane = ACTORS[i % ACTORS.length];
    if (i === 0)
      return { no, uraian: 'Menerima surat permohonan', actors: [lane], symbol: 'start' };
    if (i === n - 1) return { no, uraian: 'Mengarsipkan berkas', actors: [lane], symbol: 'end' };
    if (i % 10 === 4) {
      return {
        no,
        uraian: `Memeriksa kelengkapan berkas ${no}`,
        actors: [lane],
        symbol: 'decision',
        branches: [{ label: 'tidak', target: String(i - 1) }],
      };
    }
    if (i % 7 === 6)
      return {
        no,
        uraian: `Membahas konsep ${no}`,
        actors: [lane, ACTORS[(i + 1) % ACTORS.length]],
      };
    return { no, uraian: `Memproses berkas tahap ${no}`, actors: [lane] };
  });
  const { doc, grid } = buildSop({ sheet, actors: ACTORS, steps });
  return { doc, grid, plan: planFlowchart(doc, grid) };
}

/** Names of the shapes on a fake sheet that Alur drew. */
export function alurNames(fake: FakeExcel, sheet: string): string[] {
  return fake
    .sheet(sheet)
    .shapes.filter((s) => s.name.startsWith('Alur:'))
    .map((s) => s.name);
}
