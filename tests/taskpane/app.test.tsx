// @vitest-environment jsdom
/**
 * The pane against an in-memory host over the seed workbooks: check, summary, findings, select, fix
 * and re-check, fix all typos, several SOPs, draw/remove, errors as MessageBars, English, settings.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { specToGrid } from '../fixtures/spec';
import { parseA1 } from '../../src/core/grid';
import { cleanSuratMasuk, dinasPerpustakaan, emptyWorkbook, satpolPP, twoSopsOneSheet } from '../fixtures/specs';
import type { WorkbookSpec } from '../fixtures/spec';
import { loadSpeller } from '../../src/cli/speller';
import { answerWords } from '../../src/core/spell';
import { createSpelling } from '../../src/taskpane/spelling';
import { checkGrids } from '../../src/core/check';
import { groupFindings } from '../../src/core/rules/group';
import { App } from '../../src/taskpane/App';
import type { Lang } from '../../src/core/model';
import { DEFAULT_SETTINGS, type Settings } from '../../src/taskpane/settings';
import { installJsdomShims } from './jsdom-shims';
import { createMemoryHost, type MemoryHostOptions } from './memory-host';

beforeAll(installJsdomShims);

afterEach(() => cleanup());

/** The dictionary as the CLI loads it; the pane loads the same files (src/taskpane/spelling.ts). */
const speller = loadSpeller();
const spelling = createSpelling(async (words, dictionaryWords) => answerWords(speller, words, dictionaryWords));

/** What the core finds on seed 002, so the pane is compared with the engine, not with a copy of it. */
function seedFindings(rules: Settings['rules'] = {}) {
  return checkGrids(satpolPP.sheets.map(specToGrid), { rules, speller })[0].sop.findings;
}

/** The items the Temuan list shows for them: the same finding over many cells is one item. */
function seedItems(rules: Settings['rules'] = {}, lang: 'id' | 'en' = 'id') {
  return groupFindings(seedFindings(rules), lang);
}

function setup(spec: WorkbookSpec, opts: MemoryHostOptions & { language?: Lang; settings?: Partial<Settings> } = {}) {
  const host = createMemoryHost(spec.sheets.map(specToGrid), opts);
  render(
    <FluentProvider theme={webLightTheme}>
      <App
        mode={host.kind}
        language={opts.language ?? 'id'}
        host={host}
        initialSettings={{ ...structuredClone(DEFAULT_SETTINGS), ...opts.settings }}
        spelling={spelling}
      />
    </FluentProvider>
  );
  return host;
}

async function click(element: HTMLElement) {
  await act(async () => {
    fireEvent.click(element);
  });
}

/** Clicks a button and waits until the pane is idle again (the check button is enabled). */
async function press(name: string, within_: HTMLElement = document.body) {
  await click(within(within_).getByRole('button', { name }));
  await screen.findByRole('button', { name: /Periksa SOP|Check SOP/ });
  await expect.poll(() => (screen.getByRole('button', { name: /Periksa SOP|Check SOP/ }) as HTMLButtonElement).disabled).toBe(false);
}

function findingItems(name = 'Temuan') {
  return within(screen.getByRole('list', { name })).getAllByRole('listitem');
}

function itemFor(cell: string) {
  const item = findingItems().find((li) => li.textContent?.includes(cell));
  if (!item) throw new Error(`no finding for ${cell}`);
  return item;
}

describe('task pane with an in-memory host', () => {
  it('checks seed 002: summary, total time and every finding with cell and message', async () => {
    setup(satpolPP);
    await press('Periksa SOP');
    expect(screen.getByRole('heading', { name: 'SOP Penyusunan RKT' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Total waktu' }).textContent).toContain('23 hari 45 menit');
    const items = findingItems();
    // The same finding over many cells is one item: the DTAFT typo in six cells is one.
    expect(items).toHaveLength(seedItems().length);
    expect(items.length).toBeLessThanOrEqual(seedFindings().length - 5);
    expect(itemFor('H38').textContent).toContain(
      'Salah ketik “DTAFT”: seharusnya “DRAFT”. Perbaiki kata itu di sel H38-H41, J39-J40.'
    );
    // Severity in words, not colour alone; errors first.
    expect(items[0].textContent).toContain('Kesalahan');
    const perActor = within(screen.getByRole('list', { name: 'Waktu per pelaksana' })).getAllByRole('listitem');
    expect(perActor).toHaveLength(5);
  });

  it('selects the cell of a clicked finding', async () => {
    const host = setup(satpolPP);
    await press('Periksa SOP');
    await click(within(itemFor('B42')).getAllByRole('button')[0]);
    expect(host.selections).toEqual([{ sheet: 'SOP RKT 2023', cell: 'B42' }]);
  });

  it('applies one fix, re-checks, and the finding is gone', async () => {
    const host = setup(satpolPP);
    await press('Periksa SOP');
    await press('Perbaiki', itemFor('H38'));
    expect(host.grids[0].text[37][7]).toBe('DRAFT RKT');
    // The item's fix is the fix of each of its cells.
    expect([37, 38, 39, 40].map((r) => host.grids[0].text[r][7])).toEqual(['DRAFT RKT', 'DRAFT RKT', 'DRAFT RKT', 'DRAFT RKT']);
    expect(findingItems()).toHaveLength(seedItems().length - 1);
    expect(findingItems().some((li) => li.textContent?.includes('H38'))).toBe(false);
    expect(screen.getByText(/6 perbaikan diterapkan/)).toBeTruthy();
  });

  it('selects each cell of a grouped finding from its cell buttons', async () => {
    const host = setup(satpolPP);
    await press('Periksa SOP');
    const cells = within(itemFor('H38')).getByRole('group', { name: 'Sel temuan ini (6)' });
    const buttons = within(cells).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['H38', 'H39', 'J39', 'H40', 'J40', 'H41']);
    await click(buttons[2]);
    expect(host.selections).toEqual([{ sheet: 'SOP RKT 2023', cell: 'J39' }]);
  });

  it('fixes all: every safe fix of every rule, listed (cell, from, to) and applied only when confirmed', async () => {
    const host = setup(satpolPP);
    await press('Periksa SOP');
    // Seed 002: the typo cells and the markup of A5 (a rule other than typo), one change per cell.
    const fixable = seedFindings().filter((f) => f.fix);
    expect(new Set(fixable.map((f) => f.rule))).toEqual(new Set(['typo', 'markup']));
    const cells = [...new Set(fixable.map((f) => f.fix!.cell))].sort((a, b) => {
      const p = parseA1(a);
      const q = parseA1(b);
      return p.row - q.row || p.col - q.col;
    });
    expect(cells).toEqual(expect.arrayContaining(['A5', 'A18', 'G31', 'H38', 'H39', 'J39', 'B40', 'H40', 'J40', 'H41']));
    await click(screen.getByRole('button', { name: `Perbaiki semua (${cells.length})` }));
    const table = screen.getByRole('table', { name: 'Perubahan yang akan diterapkan' });
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => within(r).queryAllByRole('cell').map((c) => c.textContent));
    expect(rows.slice(1).map((r) => r[0])).toEqual(cells);
    expect(rows.find((r) => r[0] === 'H38')).toEqual(['H38', 'DTAFT RKT', 'DRAFT RKT']);
    // Cancel writes nothing.
    await click(screen.getByRole('button', { name: 'Batal' }));
    expect(screen.queryByRole('table')).toBeNull();
    expect(host.grids[0].text[37][7]).toBe('DTAFT RKT');

    await click(screen.getByRole('button', { name: `Perbaiki semua (${cells.length})` }));
    await press(`Terapkan ${cells.length} perbaikan`);
    expect(host.grids[0].text[39][1]).toBe('Menyusun Draf RKT');
    expect(host.grids[0].text[37][7]).toBe('DRAFT RKT');
    const left = findingItems();
    expect(left.map((li) => li.textContent?.includes('B42'))).toContain(true);
    expect(left.some((li) => li.textContent?.includes('Salah ketik'))).toBe(false);
    expect(left.some((li) => li.textContent?.includes('markup'))).toBe(false);
    expect(screen.queryByRole('button', { name: /Perbaiki semua/ })).toBeNull();
  }, 60000);

  it('says so when there are no findings, in a list that is still there', async () => {
    setup(cleanSuratMasuk);
    await press('Periksa SOP');
    const items = findingItems();
    expect(items).toHaveLength(1);
    expect(items[0].textContent).toContain('Tidak ada temuan');
  });

  it('picks the first of several SOPs, and the total follows the selector', async () => {
    setup(twoSopsOneSheet);
    await press('Periksa SOP');
    const select = screen.getByRole('combobox', { name: 'Pilih SOP' }) as HTMLSelectElement;
    expect(select.value).toBe('0');
    expect(screen.getByRole('group', { name: 'Total waktu' }).textContent).toContain('1 hari 30 menit');
    await act(async () => {
      fireEvent.change(select, { target: { value: '1' } });
    });
    expect(screen.getByRole('group', { name: 'Total waktu' }).textContent).toContain('1 jam 5 menit');
  });

  it('draws with progress and a result line, then removes', async () => {
    const host = setup(satpolPP);
    await press('Periksa SOP');
    await press('Gambar flowchart');
    expect(host.drawnPlans).toHaveLength(1);
    expect(host.progress.at(-1)).toEqual([23, 23]);
    expect(screen.getByText('12 simbol, 11 penghubung digambar.')).toBeTruthy();
    await press('Hapus flowchart');
    expect(host.drawnPlans).toHaveLength(0);
    expect(screen.getByText(/23 bentuk Alur dihapus/)).toBeTruthy();
  });

  it('explains a protected sheet and an Excel without shapes', async () => {
    setup(satpolPP, { protectedSheets: ['SOP RKT 2023'], noShapes: true });
    await press('Periksa SOP');
    await press('Perbaiki', itemFor('H38'));
    expect(screen.getByText('Lembar diproteksi')).toBeTruthy();
    expect(screen.getByText(/Buka Proteksi Lembar/)).toBeTruthy();
    await press('Gambar flowchart');
    expect(screen.getByText('Excel ini tidak bisa menggambar bentuk')).toBeTruthy();
  });

  it('tells what to do when the sheet holds no SOP', async () => {
    setup(emptyWorkbook);
    await press('Periksa SOP');
    expect(screen.getByText('Tidak ada tabel SOP')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Temuan' })).toBeNull();
  });

  it('speaks English with the English contract names', async () => {
    setup(satpolPP, { language: 'en' });
    await press('Check SOP');
    const total = screen.getByRole('group', { name: 'Total time' }).textContent;
    expect(total).toContain('23 days 45 minutes');
    // The SOP's own (Indonesian) form, as the report's duration.text has it.
    expect(total).toContain('23 hari 45 menit');
    expect(findingItems('Findings')).toHaveLength(seedItems({}, 'en').length);
    expect(screen.getByRole('button', { name: 'Draw flowchart' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove flowchart' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Fix' }).length).toBe(seedItems({}, 'en').filter((g) => g.fixes.length > 0).length);
    const fixCells = new Set(seedFindings().flatMap((f) => (f.fix ? [f.fix.cell] : [])));
    expect(screen.getByRole('button', { name: `Fix all (${fixCells.size})` })).toBeTruthy();
  });

  it('leaves out turned-off rules and uses the calendar from the settings', async () => {
    const calendar = { minutesPerDay: 240, daysPerWeek: 5, daysPerMonth: 20 };
    setup(dinasPerpustakaan, { settings: { rules: { typo: 'off' }, calendar } });
    await press('Periksa SOP');
    const grids = dinasPerpustakaan.sheets.map(specToGrid);
    const expected = checkGrids(grids, { rules: { typo: 'off' }, calendar })[0].sop;
    const byDefault = checkGrids(grids)[0].sop;
    // The calendar changes this seed's total (its '4 jam 45 menit' is more than a 4-hour day).
    expect(expected.duration.text).not.toBe(byDefault.duration.text);
    expect(screen.getByRole('group', { name: 'Total waktu' }).textContent).toContain(expected.duration.text);
    expect(findingItems()).toHaveLength(Math.max(1, groupFindings(expected.findings, 'id').length));
    expect(findingItems().some((li) => li.textContent?.includes('Salah ketik'))).toBe(false);
  });

  it('opens a file in file mode, then offers the workbook download', async () => {
    const host = createMemoryHost(satpolPP.sheets.map(specToGrid), { kind: 'file' });
    const opened: string[] = [];
    render(
      <FluentProvider theme={webLightTheme}>
        <App
          mode="file"
          language="id"
          initialSettings={structuredClone(DEFAULT_SETTINGS)}
          openFile={async (file) => (opened.push(file.name), host)}
        />
      </FluentProvider>
    );
    expect(screen.queryByRole('button', { name: 'Periksa SOP' })).toBeNull();
    expect(screen.getByText(/Berkas tidak dikirim ke mana pun/)).toBeTruthy();
    const input = screen.getByLabelText('Buka berkas .xlsx');
    await act(async () => {
      fireEvent.change(input, { target: { files: [new File(['PK'], 'sop.xlsx')] } });
    });
    expect(opened).toEqual(['sop.xlsx']);
    await press('Periksa SOP');
    expect(screen.getByRole('group', { name: 'Total waktu' }).textContent).toContain('23 hari 45 menit');
    expect(screen.getByRole('button', { name: 'Unduh berkas' })).toBeTruthy();
  });

  it('shows an unreadable file as an error with what to do', async () => {
    const { HostError } = await import('../../src/core/host');
    render(
      <FluentProvider theme={webLightTheme}>
        <App
          mode="file"
          language="en"
          initialSettings={structuredClone(DEFAULT_SETTINGS)}
          openFile={async () => {
            throw new HostError('unreadable', 'Bukan berkas .xlsx.', 'Not an .xlsx file.');
          }}
        />
      </FluentProvider>
    );
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Open .xlsx file'), { target: { files: [new File(['x'], 'a.xlsx')] } });
    });
    expect(screen.getByText('The file cannot be read')).toBeTruthy();
    expect(screen.getByText(/Not an .xlsx file\. Make sure/)).toBeTruthy();
  });

  it('switches language and validates the calendar in the settings, re-checking at once', async () => {
    setup(satpolPP);
    await press('Periksa SOP');
    await click(screen.getByRole('button', { name: 'Pengaturan' }));
    // The settings drawer is loaded lazily: give its first import time on a busy machine.
    const english = await screen.findByRole('radio', { name: 'English' }, { timeout: 15000 });
    await click(english);
    await screen.findByRole('button', { name: 'Check SOP' });
    await expect.poll(() => screen.getByRole('group', { name: 'Total time' }).textContent).toContain('23 days 45 minutes');
    expect(findingItems('Findings').some((li) => li.textContent?.includes('Typo'))).toBe(true);

    const minutes = within(screen.getByRole('dialog', { hidden: true })).getByLabelText('Minutes per day');
    await act(async () => {
      fireEvent.change(minutes, { target: { value: '2000' } });
    });
    expect(screen.getByText('minutes per day must be at most 1440')).toBeTruthy();
    // An invalid calendar is not applied (nor stored): the total still uses 450 minutes a day.
    expect(screen.getByRole('group', { name: 'Total time' }).textContent).toContain('23 days 45 minutes');
  });
});
