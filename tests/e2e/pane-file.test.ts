/**
 * The built task pane in file mode (dist/taskpane.html in a plain browser) on a real seed .xlsx:
 * open it through the labelled file input, check, fix a typo, draw, download the workbook, and read
 * the download back with src/xlsx/read.ts (Alur's shapes present, the fixed cell changed).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellText, parseA1 } from '../../src/core/grid';
import { readWorkbook } from '../../src/xlsx/read';
import { REPO_ROOT, SCREENSHOTS_DIR, assertBuilt, launchChromium, serveStatic, type StaticServer } from './support';

const SEED = join(REPO_ROOT, 'tests', 'fixtures', 'xlsx', '002-satpol-pp.xlsx');
const SHOTS = SCREENSHOTS_DIR;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  assertBuilt();
  server = await serveStatic();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPane(locale: string, colorScheme: 'light' | 'dark' = 'light') {
  const context = await browser.newContext({ viewport: { width: 350, height: 900 }, locale, colorScheme, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(new URL('taskpane.html', server.url).href);
  return { page, errors };
}

/** A full-page picture once Fluent's short colour transitions have settled. */
async function shot(page: Page, name: string) {
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(SHOTS, name), fullPage: true });
}

async function idle(page: Page, check = 'Periksa SOP') {
  await expect.poll(() => page.getByRole('button', { name: check, exact: true }).isEnabled()).toBe(true);
}

describe('task pane in file mode with a real .xlsx', () => {
  it('opens, checks, fixes, draws and downloads a workbook that reads back with the changes', async () => {
    const { page, errors } = await openPane('id-ID');
    const input = page.getByLabel('Buka berkas .xlsx', { exact: true });
    await input.setInputFiles(SEED);
    await page.getByRole('button', { name: 'Periksa SOP', exact: true }).click();
    const total = page.getByRole('group', { name: 'Total waktu' });
    await expect.poll(() => total.textContent(), { timeout: 20000 }).toContain('23 hari 45 menit');
    expect(await page.getByText('Berkas tidak dikirim ke mana pun', { exact: false }).count()).toBeGreaterThan(0);

    const findings = page.getByRole('list', { name: 'Temuan' }).getByRole('listitem');
    await findings.filter({ hasText: 'B40' }).getByRole('button', { name: 'Perbaiki', exact: true }).click();
    await expect.poll(() => findings.filter({ hasText: 'B40' }).count(), { timeout: 20000 }).toBe(0);
    await idle(page);

    await page.getByRole('button', { name: 'Gambar flowchart', exact: true }).click();
    await expect
      .poll(() => page.getByText(/\d+ simbol, \d+ penghubung digambar/).count(), { timeout: 20000 })
      .toBe(1);
    await idle(page);
    await shot(page, 'pane-file-drawn-id-light.png');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Unduh berkas', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const path = await download.path();
    const grids = await readWorkbook(new Uint8Array(readFileSync(path)));
    const grid = grids.find((g) => g.sheet === 'SOP RKT 2023');
    expect(grid).toBeDefined();
    const b40 = parseA1('B40');
    expect(cellText(grid!, b40.row, b40.col)).toBe('Menyusun Draf RKT');
    expect(grid!.shapes.filter((s) => s.name.startsWith('Alur')).length).toBeGreaterThan(10);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('explains a file it cannot read, in English', async () => {
    const { page } = await openPane('en-US', 'dark');
    await page.getByLabel('Open .xlsx file', { exact: true }).setInputFiles({
      name: 'broken.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from('not a zip at all'),
    });
    await expect.poll(() => page.getByText('The file cannot be read').count(), { timeout: 20000 }).toBe(1);
    await shot(page, 'pane-file-unreadable-en-dark.png');
    await page.context().close();
  });
});
