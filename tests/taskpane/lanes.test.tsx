// @vitest-environment jsdom
/**
 * Issue 6 in the pane, against the in-memory host: an SOP that names its actors only in a Pelaksana
 * text column gets the offer to generate its actor columns; the button inserts them (laneEdit on the
 * host's grid), re-checks, and the flowchart is then drawn in the new lanes. Refusals become notices
 * that say what to do. No offer for an SOP with lanes, nor from a host that cannot insert columns.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { specToGrid } from '../fixtures/spec';
import { pelaksanaText, satpolPP } from '../fixtures/specs';
import type { WorkbookSpec } from '../fixtures/spec';
import { checkGrids } from '../../src/core/check';
import { cellText, colLetter, gridFromRows, type Grid } from '../../src/core/grid';
import { planLanes } from '../../src/core/flowchart/lanes';
import { App } from '../../src/taskpane/App';
import type { Lang } from '../../src/core/model';
import { DEFAULT_SETTINGS } from '../../src/taskpane/settings';
import { installJsdomShims } from './jsdom-shims';
import { press } from './press';
import { createMemoryHost, type MemoryHostOptions } from './memory-host';

const SHEET = pelaksanaText.sheets[0].name;
const ACTORS = ['Kepala Badan', 'Sekretaris', 'Kasubag Umum', 'Staf'];

beforeAll(installJsdomShims);

afterEach(() => cleanup());

function setup(spec: WorkbookSpec | Grid[], opts: MemoryHostOptions & { language?: Lang } = {}) {
  const host = createMemoryHost(Array.isArray(spec) ? spec : spec.sheets.map(specToGrid), opts);
  render(
    <FluentProvider theme={webLightTheme}>
      <App mode={host.kind} language={opts.language ?? 'id'} host={host} initialSettings={structuredClone(DEFAULT_SETTINGS)} />
    </FluentProvider>
  );
  return host;
}

/** Clicks a button and waits until the pane is idle again. */
const offer = (name = 'Buat kolom pelaksana') => screen.queryByRole('region', { name });

describe('generating the actor columns from the task pane', () => {
  it('offers the columns, generates them, re-checks, and draws the flowchart into them', async () => {
    const host = setup(pelaksanaText);
    await press('Periksa SOP');
    const region = offer();
    expect(region).not.toBeNull();
    expect(region!.textContent).toContain(
      `Tabel ini belum punya kolom pelaksana. Alur dapat membuatnya dari kolom Pelaksana: ${ACTORS.join(', ')}.`
    );
    expect(region!.textContent).toContain('disisipkan setelah Uraian');
    expect(within(region!).getByRole('button', { name: 'Buat kolom pelaksana' })).toBeTruthy();

    await press('Buat kolom pelaksana');
    expect(host.lanePlans).toHaveLength(1);
    const grid = host.grids[0];
    // The header row of the table names the four actors in C..F; Pelaksana text moved to G.
    expect([3, 4, 5, 6].map((c) => cellText(grid, 20, c))).toEqual(ACTORS);
    expect(cellText(grid, 20, 7)).toBe('Pelaksana');
    const [after] = checkGrids(host.grids);
    expect(after.sop.actors.map((a) => `${a.column}:${a.name}`)).toEqual(ACTORS.map((a, i) => `${colLetter(3 + i)}:${a}`));
    expect(screen.getByText(`4 kolom pelaksana dibuat: ${ACTORS.join(', ')}. Sekarang gambar flowchart.`)).toBeTruthy();
    expect(offer()).toBeNull();

    await press('Gambar flowchart');
    const [plan] = host.drawnPlans;
    // Each step's symbol stands in its actor's new lane (step 6 by Kepala Badan in C, step 1 by Staf in F).
    const laneOf = (step: string) => plan.shapes.filter((s) => s.step === step).map((s) => colLetter(s.cell.col));
    expect(laneOf('1')).toEqual(['F']);
    expect(laneOf('5')).toEqual(['D']);
    expect(laneOf('6')).toEqual(['C']);
    expect(laneOf('4').sort()).toEqual(['E', 'F']);
  });

  it('names the steps whose actor it cannot read, before and after generating', async () => {
    const rows = [
      ['Nama SOP', 'Pelayanan Surat'],
      [],
      ['No', 'Uraian Kegiatan', 'Pelaksana', 'Kelengkapan', 'Waktu', 'Output', 'Keterangan'],
      [1, 'Menerima surat masuk', 'Staf', 'Surat', '10 menit', 'Surat', ''],
      [2, 'Mencatat surat dalam agenda', '', 'Surat', '10 menit', 'Agenda', ''],
      [3, 'Mendisposisikan surat', 'Kepala Badan', 'Surat', '15 menit', 'Disposisi', ''],
    ];
    const host = setup([gridFromRows('SOP', rows, { colWidths: [24, 230, 90, 90, 50, 80, 80] })]);
    await press('Periksa SOP');
    const unmatched = '1 langkah tanpa pelaksana terbaca (2): beri tanda √ sendiri setelahnya.';
    expect(offer()!.textContent).toContain('dari kolom Pelaksana: Kepala Badan, Staf.');
    expect(offer()!.textContent).toContain(unmatched);
    await press('Buat kolom pelaksana');
    expect(host.lanePlans[0].plan.unmatched).toEqual(['2']);
    expect(screen.getByText('2 kolom pelaksana dibuat: Kepala Badan, Staf. Sekarang gambar flowchart.')).toBeTruthy();
    expect(screen.getByText(unmatched)).toBeTruthy();
  });

  it('speaks English', async () => {
    setup(pelaksanaText, { language: 'en' });
    await press('Check SOP');
    expect(offer('Generate actor columns')!.textContent).toContain(
      `This table has no actor columns yet. Alur can generate them from the Pelaksana column: ${ACTORS.join(', ')}.`
    );
    await press('Generate actor columns');
    expect(screen.getByText(`4 actor columns generated: ${ACTORS.join(', ')}. Now draw the flowchart.`)).toBeTruthy();
  });

  it('offers nothing for an SOP with actor columns, nor from a host that cannot insert columns', async () => {
    setup(satpolPP);
    await press('Periksa SOP');
    expect(screen.getByRole('button', { name: 'Gambar flowchart' })).toBeTruthy();
    expect(offer()).toBeNull();
    cleanup();
    setup(pelaksanaText, { noLanes: true });
    await press('Periksa SOP');
    expect(screen.getByRole('button', { name: 'Gambar flowchart' })).toBeTruthy();
    expect(offer()).toBeNull();
  });

  it('explains a protected sheet, a failed insertion and a table that changed since the check', async () => {
    const locked = setup(pelaksanaText, { protectedSheets: [SHEET] });
    await press('Periksa SOP');
    await press('Buat kolom pelaksana');
    expect(screen.getByText('Lembar diproteksi')).toBeTruthy();
    expect(screen.getByText(/Buka Proteksi Lembar/)).toBeTruthy();
    expect(locked.lanePlans).toHaveLength(0);
    // The offer stays: nothing changed, and the user can try again once the sheet is unprotected.
    expect(offer()).not.toBeNull();
    cleanup();

    setup(pelaksanaText, { lanesFail: true });
    await press('Periksa SOP');
    await press('Buat kolom pelaksana');
    expect(screen.getByText('Kolom pelaksana tidak dapat dibuat')).toBeTruthy();
    expect(screen.getByText(/rumus di lembar lain .* Sisipkan sendiri satu kolom per pelaksana setelah Uraian/)).toBeTruthy();
    cleanup();

    const host = setup(pelaksanaText);
    await press('Periksa SOP');
    // Someone else generated the lanes after this check: the pane's plan would add a second set.
    const [grid] = await host.readGrids('active');
    await host.generateLanes!(SHEET, planLanes(checkGrids([grid])[0].doc, { grid })!);
    await press('Buat kolom pelaksana');
    expect(screen.getByText('Tabel sudah berubah')).toBeTruthy();
    expect(screen.getByText(/sudah memiliki kolom pelaksana.*Klik Periksa SOP/)).toBeTruthy();
    expect(host.lanePlans).toHaveLength(1);
  });
});

