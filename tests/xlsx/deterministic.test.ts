/**
 * Written workbooks are deterministic: the same input gives the same bytes whatever the clock says
 * (zipXlsx, the one place a written workbook is zipped, dates new parts from the workbook read).
 */
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main';
import { fakeIo } from '../cli/io';

afterEach(() => vi.useRealTimers());

/** `alur draw` of one input, with the clock set to `now`. */
async function drawAt(now: Date, input: string, out: string, ...flags: string[]): Promise<Buffer> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
  const io = fakeIo();
  const code = await main(['draw', input, '-o', out, ...flags], io);
  expect([code, io.stderr]).toEqual([0, '']);
  vi.useRealTimers();
  return readFile(out);
}

describe('deterministic output', () => {
  const dir = mkdtempSync(join(tmpdir(), 'alur-determ-'));

  it('draws the same input a second (and a year) apart to identical bytes', async () => {
    for (const file of ['002-satpol-pp.xlsx', 'two-sops-one-sheet.xlsx']) {
      const input = `tests/fixtures/xlsx/${file}`;
      const a = await drawAt(new Date('2026-12-07T10:00:00.500Z'), input, join(dir, `a-${file}`));
      const b = await drawAt(new Date('2026-12-07T10:00:01.700Z'), input, join(dir, `b-${file}`));
      const c = await drawAt(new Date('2027-06-01T08:00:00Z'), input, join(dir, `c-${file}`));
      expect(Buffer.compare(a, b)).toBe(0);
      expect(Buffer.compare(a, c)).toBe(0);
      // New parts (the drawing, its folder) take the date of the workbook's own parts, not the clock.
      const read = await JSZip.loadAsync(await readFile(input));
      const written = await JSZip.loadAsync(a);
      const workbookDate = read.file('xl/workbook.xml')!.date.getTime();
      const added = Object.keys(written.files).filter((n) => !read.files[n]);
      expect(added.length).toBeGreaterThan(0);
      for (const n of added) expect([n, written.files[n].date.getTime()]).toEqual([n, workbookDate]);
    }
  });
});
