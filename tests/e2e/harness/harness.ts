/**
 * The browser harness: installs the Excel API fake (tests/fakes/excel.ts) as the `Excel` and `Office`
 * globals with a fixture workbook loaded, then boots the real task pane, which finds "Excel" and runs
 * in excel mode against the fake. Built as its own webpack entry (dist/harness.html), never part of
 * the production task pane bundle.
 *
 * URL parameters: seed=<fixture file name without .xlsx> (default 002-satpol-pp), lang=id|en,
 * theme=light|dark, userShape=1 (adds a shape of the user's own, outside the SOP, that Alur must keep),
 * sets=1.8 (an older ExcelApi). The fake stays reachable as `window.alurHarness` for the tests.
 */
import type { Grid } from '../../../src/core/grid';
import { createFakeExcel, installFakeExcel, type FakeExcel } from '../../fakes/excel';
import { specToGrid } from '../../fixtures/spec';
import { allSpecs } from '../../fixtures/specs';

declare global {
  interface Window {
    alurHarness?: { fake: FakeExcel; seed: string };
  }
}

/** A rectangle the user drew next to the SOP, far from its actor columns. */
export const USER_SHAPE_NAME = 'Catatan pengguna';

function userShape(grid: Grid): void {
  grid.shapes.push({
    id: '9001',
    name: USER_SHAPE_NAME,
    kind: 'other',
    geometry: 'rect',
    text: 'Catatan',
    from: { row: 2, col: 14 },
    to: { row: 3, col: 15 },
  });
}

function setup(): void {
  const params = new URLSearchParams(location.search);
  const seed = params.get('seed') ?? '002-satpol-pp';
  const spec = allSpecs.find((s) => s.file === `${seed}.xlsx`);
  if (!spec) throw new Error(`harness: no fixture ${seed}.xlsx`);
  const grids = spec.sheets.map(specToGrid);
  if (params.get('userShape') === '1' && grids[0]) userShape(grids[0]);
  const sets = params.get('sets');
  const fake = createFakeExcel(grids, sets ? { sets: { ExcelApi: sets } } : {});
  fake.fakeOffice.context.displayLanguage = params.get('lang') === 'en' ? 'en-US' : 'id-ID';
  if (params.get('theme') === 'dark') {
    Object.assign(fake.fakeOffice.context.officeTheme, {
      bodyBackgroundColor: '#262626',
      bodyForegroundColor: '#FFFFFF',
      controlBackgroundColor: '#333333',
      controlForegroundColor: '#FFFFFF',
    });
  }
  installFakeExcel(fake);
  window.alurHarness = { fake, seed };
}

setup();
// The pane boots only after the globals are in place.
void import('../../../src/taskpane/index');
