/**
 * The built task pane in excel mode over the Excel API fake (dist/harness.html): check seed 002,
 * select a finding's cell, fix the mMenyusun typo, draw and remove the flowchart, and look at the fake's
 * workbook after each step. Screenshots of the main screens go to docs/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS_DIR, assertBuilt, launchChromium, serveStatic, type StaticServer } from './support';

const SHOTS = SCREENSHOTS_DIR;
const SHEET = 'SOP RKT 2023';

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

async function openHarness(query: string, colorScheme: 'light' | 'dark' = 'light') {
  const context = await browser.newContext({ viewport: { width: 350, height: 900 }, colorScheme });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(new URL(`harness.html?${query}`, server.url).href);
  await page.getByRole('button', { name: /^(Periksa SOP|Check SOP)$/ }).waitFor();
  return { page, errors };
}

/** Reads the fake workbook inside the page. */
function fakeState(page: Page) {
  return page.evaluate((sheet) => {
    const fake = window.alurHarness!.fake;
    const s = fake.sheet(sheet);
    return {
      selection: fake.workbook.selection ?? null,
      b40: s.cellText('B40'),
      shapes: s.shapes.map((x) => x.name),
    };
  }, SHEET);
}

/** A full-page picture once Fluent's short colour transitions have settled. */
async function shot(page: Page, name: string) {
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(SHOTS, name), fullPage: true });
}

async function idle(page: Page, check = 'Periksa SOP') {
  await expect.poll(() => page.getByRole('button', { name: check, exact: true }).isEnabled()).toBe(true);
}

describe('task pane over the Excel fake (harness)', () => {
  it('checks, selects, fixes, draws and removes on seed 002', async () => {
    const { page, errors } = await openHarness('seed=002-satpol-pp&userShape=1');
    expect(await page.getAttribute('body', 'data-mode')).toBe('excel');
    await shot(page, 'pane-start-id-light.png');

    await page.getByRole('button', { name: 'Periksa SOP', exact: true }).click();
    const total = page.getByRole('group', { name: 'Total waktu' });
    await expect.poll(() => total.textContent()).toContain('23 hari 45 menit');
    const findings = page.getByRole('list', { name: 'Temuan' }).getByRole('listitem');
    const before = await findings.count();
    // Seed 002's 17 findings read as 12 items: the DTAFT typo in six cells is one item naming them all.
    expect(before).toBe(12);
    expect(await findings.filter({ hasText: 'H38' }).textContent()).toContain('H38-H41, J39-J40');
    await shot(page, 'pane-checked-id-light.png');

    // Clicking a finding selects its cell in the workbook.
    const b40 = findings.filter({ hasText: 'B40' });
    await b40.getByRole('button').first().click();
    await expect.poll(async () => (await fakeState(page)).selection).toEqual({ sheet: SHEET, address: 'B40' });

    // Perbaiki on the mMenyusun typo changes the cell; the re-check drops the finding.
    expect((await fakeState(page)).b40).toBe('mMenyusun Draf RKT');
    await b40.getByRole('button', { name: 'Perbaiki', exact: true }).click();
    await expect.poll(async () => (await fakeState(page)).b40).toBe('Menyusun Draf RKT');
    await expect.poll(() => findings.filter({ hasText: 'B40' }).count()).toBe(0);
    expect(await findings.count()).toBe(before - 1);
    await idle(page);

    // Draw: Alur's shapes appear next to the user's own.
    await page.getByRole('button', { name: 'Gambar flowchart', exact: true }).click();
    await expect.poll(() => page.getByText(/\d+ simbol, \d+ penghubung digambar/).count()).toBe(1);
    const drawn = await fakeState(page);
    expect(drawn.shapes.filter((n) => n.startsWith('Alur')).length).toBeGreaterThan(10);
    expect(drawn.shapes).toContain('Catatan pengguna');
    await idle(page);
    await shot(page, 'pane-drawn-id-light.png');

    // Remove: none of Alur's left, the user's shape kept.
    await page.getByRole('button', { name: 'Hapus flowchart', exact: true }).click();
    await expect.poll(async () => (await fakeState(page)).shapes.filter((n) => n.startsWith('Alur')).length).toBe(0);
    expect((await fakeState(page)).shapes).toEqual(['Catatan pengguna']);
    await idle(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('speaks English and follows a dark Office theme', async () => {
    const { page, errors } = await openHarness('seed=002-satpol-pp&lang=en&theme=dark', 'dark');
    expect(await page.getAttribute('body', 'data-theme')).toBe('dark');
    await page.getByRole('button', { name: 'Check SOP', exact: true }).click();
    const total = page.getByRole('group', { name: 'Total time' });
    await expect.poll(() => total.textContent()).toContain('23 days 45 minutes');
    expect(await page.getByRole('list', { name: 'Findings' }).getByRole('listitem').count()).toBeGreaterThan(5);
    await shot(page, 'pane-checked-en-dark.png');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('writes cell markers on an Excel without shapes, and says so', async () => {
    const { page, errors } = await openHarness('seed=002-satpol-pp&sets=1.8');
    await page.getByRole('button', { name: 'Periksa SOP', exact: true }).click();
    await page.getByText(/perlu ExcelApi 1\.9/).waitFor();
    await page.getByRole('button', { name: 'Gambar flowchart', exact: true }).click();
    // Seed 002's actor cells already hold its own marks, which are never overwritten.
    await expect.poll(() => page.getByText('0 penanda simbol ditulis di sel pelaksana.').count()).toBe(1);
    expect(await page.getByText(/isi sel tidak pernah ditimpa/).count()).toBe(1);
    const shapes = await page.evaluate((sheet) => window.alurHarness!.fake.sheet(sheet).shapes.length, SHEET);
    expect(shapes).toBe(0);
    await shot(page, 'pane-markers-id-light.png');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('uses the high-contrast theme when colours are forced', async () => {
    const context = await browser.newContext({ viewport: { width: 350, height: 900 }, forcedColors: 'active' });
    const page = await context.newPage();
    await page.goto(new URL('harness.html?seed=002-satpol-pp', server.url).href);
    await page.getByRole('button', { name: 'Periksa SOP', exact: true }).click();
    await page.getByRole('group', { name: 'Total waktu' }).waitFor();
    expect(await page.getAttribute('body', 'data-theme')).toBe('highContrast');
    await shot(page, 'pane-checked-id-high-contrast.png');
    await context.close();
  });

  it('shows the selector for several SOPs on a sheet, and the settings drawer', async () => {
    const { page } = await openHarness('seed=two-sops-one-sheet');
    await page.getByRole('button', { name: 'Periksa SOP', exact: true }).click();
    const select = page.getByRole('combobox', { name: 'Pilih SOP' });
    await select.waitFor();
    const total = page.getByRole('group', { name: 'Total waktu' });
    const first = await total.textContent();
    await shot(page, 'pane-two-sops-id-light.png');
    await select.selectOption({ index: 1 });
    await expect.poll(() => total.textContent()).not.toBe(first);
    await page.getByRole('button', { name: 'Pengaturan' }).click();
    await page.getByRole('dialog').waitFor();
    // Let the drawer finish sliding in before the picture.
    await page.waitForTimeout(800);
    await shot(page, 'pane-settings-id-light.png');
    // Switching to English re-labels the pane at once and re-checks; the drawer stays usable.
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    const minutes = page.getByRole('dialog').getByLabel('Minutes per day');
    await minutes.fill('2000');
    await expect.poll(() => page.getByText('minutes per day must be at most 1440').count()).toBe(1);
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.getByRole('button', { name: 'Check SOP', exact: true }).waitFor();
    await expect.poll(() => page.getByRole('group', { name: 'Total time' }).textContent()).toMatch(/minutes|hours|days/);
    await page.context().close();
  });
});
