/**
 * Issue 6 in the built task pane, file mode: a real .xlsx whose SOP names its actors only in a
 * Pelaksana text column. Open it, check, take the offer "Buat kolom pelaksana", draw, download, and
 * read the download back with src/xlsx/read.ts: the four actor columns are in the header after
 * Uraian, the SOP reads them as its lanes, and each step's Alur symbol stands in its actor's column.
 * The same in excel mode over the Excel API fake (dist/harness.html), in English.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { colLetter } from '../../src/core/grid';
import { findSops } from '../../src/core/parse';
import { readWorkbook } from '../../src/xlsx/read';
import { REPO_ROOT, SCREENSHOTS_DIR, assertBuilt, launchChromium, serveStatic, type StaticServer } from './support';

const WORKBOOK = join(REPO_ROOT, 'tests', 'fixtures', 'xlsx', 'pelaksana-text.xlsx');
const SHOTS = SCREENSHOTS_DIR;
const SHEET = 'SOP Izin Penelitian';
const ACTORS = ['Kepala Badan', 'Sekretaris', 'Kasubag Umum', 'Staf'];

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  assertBuilt();
  mkdirSync(SHOTS, { recursive: true });
  server = await serveStatic();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('generating actor columns in file mode', () => {
  it('offers, generates, draws into the new lanes and downloads a workbook that reads back with them', async () => {
    const context = await browser.newContext({
      viewport: { width: 350, height: 900 },
      locale: 'id-ID',
      colorScheme: 'light',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(new URL('taskpane.html', server.url).href);
    await page.getByLabel('Buka berkas .xlsx', { exact: true }).setInputFiles(WORKBOOK);
    const check = page.getByRole('button', { name: 'Periksa SOP', exact: true });
    await check.click();
    const idle = () => expect.poll(() => check.isEnabled(), { timeout: 20000 }).toBe(true);

    const offer = page.getByRole('region', { name: 'Buat kolom pelaksana' });
    await offer.waitFor({ timeout: 20000 });
    await idle();
    expect(await offer.textContent()).toContain(
      `Tabel ini belum punya kolom pelaksana. Alur dapat membuatnya dari kolom Pelaksana: ${ACTORS.join(', ')}.`
    );
    // The flowchart card with the offer, as a 350 px pane shows it.
    const card = page.locator('.fui-Card', { has: offer });
    await card.scrollIntoViewIfNeeded();
    await page.waitForTimeout(400);
    await card.screenshot({ path: join(SHOTS, 'pane-lanes-id-light.png') });

    await offer.getByRole('button', { name: 'Buat kolom pelaksana', exact: true }).click();
    await expect
      .poll(() => page.getByText(`4 kolom pelaksana dibuat: ${ACTORS.join(', ')}.`, { exact: false }).count(), {
        timeout: 20000,
      })
      .toBe(1);
    await idle();
    expect(await offer.count()).toBe(0);

    await page.getByRole('button', { name: 'Gambar flowchart', exact: true }).click();
    await expect
      .poll(() => page.getByText(/\d+ simbol, \d+ penghubung digambar/).count(), { timeout: 20000 })
      .toBe(1);
    await idle();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Unduh berkas', exact: true }).click(),
    ]);
    const grids = await readWorkbook(new Uint8Array(readFileSync(await download.path())));
    const grid = grids.find((g) => g.sheet === SHEET)!;
    expect(grid).toBeDefined();
    const [doc] = findSops(grid);
    expect(doc.actors.map((a) => `${colLetter(a.col)}:${a.name}`)).toEqual(
      ACTORS.map((name, i) => `${colLetter(3 + i)}:${name}`)
    );

    // Each step's symbol lies in its actor's lane: Staf (F) receives, Kepala Badan (C) signs.
    const symbolCols = (step: string) =>
      grid.shapes
        .filter((s) => s.name.startsWith('Alur') && new RegExp(`:s${step}[a-z]?$`).test(s.name))
        .map((s) => `${colLetter(s.from.col)}-${colLetter(s.to.col)}`)
        .sort();
    expect(symbolCols('1')).toEqual(['F-F']);
    expect(symbolCols('2')).toEqual(['E-E']);
    expect(symbolCols('5')).toEqual(['D-D']);
    expect(symbolCols('6')).toEqual(['C-C']);
    expect(symbolCols('4')).toEqual(['E-E', 'F-F']);
    // The user's own boxes are still there.
    expect(grid.shapes.map((s) => s.name)).toEqual(expect.arrayContaining(['Logo Kabupaten', 'Stempel Dinas']));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('does the same in live Excel (the fake), in English', async () => {
    const context = await browser.newContext({ viewport: { width: 350, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(new URL('harness.html?seed=pelaksana-text&lang=en', server.url).href);
    const check = page.getByRole('button', { name: 'Check SOP', exact: true });
    await check.click();
    const offer = page.getByRole('region', { name: 'Generate actor columns' });
    await offer.waitFor({ timeout: 20000 });
    expect(await offer.textContent()).toContain(`from the Pelaksana column: ${ACTORS.join(', ')}.`);
    await offer.getByRole('button', { name: 'Generate actor columns', exact: true }).click();
    await expect.poll(() => page.getByText('4 actor columns generated', { exact: false }).count()).toBe(1);
    await expect.poll(() => check.isEnabled()).toBe(true);

    const header = () =>
      page.evaluate((sheet) => {
        const s = window.alurHarness!.fake.sheet(sheet);
        return ['C20', 'D20', 'E20', 'F20', 'G20', 'C21', 'F21'].map((a) => s.cellText(a));
      }, SHEET);
    expect(await header()).toEqual([...ACTORS, 'Pelaksana', '', '√']);

    await page.getByRole('button', { name: 'Draw flowchart', exact: true }).click();
    await expect.poll(() => page.getByText(/\d+ symbols, \d+ connectors drawn/).count()).toBe(1);
    const names = await page.evaluate(
      (sheet) => window.alurHarness!.fake.sheet(sheet).shapes.map((x) => x.name),
      SHEET
    );
    expect(names.filter((n) => /^Alur.*:s\d+[a-z]?$/.test(n))).toHaveLength(8);
    expect(errors).toEqual([]);
    await context.close();
  });
});
