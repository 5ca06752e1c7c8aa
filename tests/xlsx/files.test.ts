/** The CLI's file helpers: reading a file, and finding workbooks in folders. */
import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findXlsx, readWorkbookFile } from '../../src/xlsx/files';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'alur-files-'));
  await mkdir(join(dir, 'b', 'dalam'), { recursive: true });
  await mkdir(join(dir, '.git'));
  for (const f of ['a.xlsx', '~$a.xlsx', 'catatan.txt', 'lama.xls', 'b/dalam/C.XLSX', 'b/z.xlsx', '.git/x.xlsx']) {
    await writeFile(join(dir, f), 'x');
  }
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('findXlsx', () => {
  it('walks folders, skips lock files, other files and hidden folders', async () => {
    const found = await findXlsx([dir]);
    expect(found.map((p) => p.slice(dir.length + 1))).toEqual(['a.xlsx', 'b/dalam/C.XLSX', 'b/z.xlsx']);
  });

  it('takes files as given, but not lock files', async () => {
    expect(await findXlsx([join(dir, 'b', 'z.xlsx'), join(dir, '~$a.xlsx')])).toEqual([join(dir, 'b', 'z.xlsx')]);
  });
});

describe('readWorkbookFile', () => {
  it('reads a workbook from disk', async () => {
    const grids = await readWorkbookFile(new URL('../fixtures/xlsx/two-sheets.xlsx', import.meta.url).pathname);
    expect(grids.map((g) => [g.sheet, g.protected])).toEqual([
      ['Cuti', true],
      ['Kendaraan', false],
    ]);
  });

  it('refuses a file that is not a workbook', async () => {
    await expect(readWorkbookFile(join(dir, 'a.xlsx'))).rejects.toMatchObject({ code: 'not-xlsx' });
  });
});
