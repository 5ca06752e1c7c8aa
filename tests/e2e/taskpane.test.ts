/**
 * The built task pane in a plain browser: it must fall back to file mode, show its heading and a file
 * input with the exact accessible name, and look like a product (screenshot committed under docs/).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS_DIR, assertBuilt, launchChromium, serveStatic, type StaticServer } from './support';

const SCREENSHOT = join(SCREENSHOTS_DIR, 'taskpane-file-mode.png');

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

async function openPane(locale: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 350, height: 700 },
    locale,
    colorScheme: 'light',
  });
  const page = await context.newPage();
  // Script errors and any missing file (an office.js file not copied to dist/) fail the test.
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(new URL('taskpane.html', server.url).href);
  return { page, errors };
}

describe('task pane in a plain browser (file mode)', () => {
  it('shows the heading and an .xlsx file input named "Buka berkas .xlsx"', async () => {
    const { page, errors } = await openPane('id-ID');
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Alur SOP' }).count())
      .toBe(1);
    const input = page.getByLabel('Buka berkas .xlsx', { exact: true });
    await expect.poll(() => input.count()).toBe(1);
    expect(await input.getAttribute('type')).toBe('file');
    expect(await input.getAttribute('accept')).toBe('.xlsx,.xlsm');
    expect(await page.getAttribute('body', 'data-mode')).toBe('file');
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    // The visible control is a button with the same text.
    // (Chromium also gives the file input the button role, hence the tag selector.)
    expect(await page.locator('button', { hasText: 'Buka berkas .xlsx' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);

    mkdirSync(SCREENSHOTS_DIR, { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    await page.context().close();
  });

  it('speaks English when the browser language is English', async () => {
    const { page, errors } = await openPane('en-US');
    const input = page.getByLabel('Open .xlsx file', { exact: true });
    await expect.poll(() => input.count()).toBe(1);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the picked file name after choosing a workbook', async () => {
    const { page } = await openPane('id-ID');
    const input = page.getByLabel('Buka berkas .xlsx', { exact: true });
    await expect.poll(() => input.count()).toBe(1);
    await input.setInputFiles({
      name: 'sop-contoh.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from('PK'),
    });
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('Berkas dipilih: sop-contoh.xlsx');
    await page.context().close();
  });
});
