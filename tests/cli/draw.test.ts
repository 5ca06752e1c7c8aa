import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAlurShape } from '../../src/core/flowchart';
import { main } from '../../src/cli/main';
import { readWorkbook } from '../../src/xlsx/read';
import { fakeIo } from './io';
import { expectValidXlsx } from '../ooxml';

const FIXTURES = 'tests/fixtures/xlsx';
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'alur-draw-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const alurShapes = async (path: string) => (await readWorkbook(await readFile(path))).flatMap((g) => g.shapes.filter((s) => isAlurShape(s.name)));

describe('alur draw', () => {
  it('writes a copy with the flowchart drawn, never touching the input', { timeout: 60_000 }, async () => {
    const input = join(dir, 'satpol.xlsx');
    await copyFile(`${FIXTURES}/002-satpol-pp.xlsx`, input);
    const before = await readFile(input);
    const out = join(dir, 'satpol-drawn.xlsx');
    const io = fakeIo();
    expect(await main(['draw', input, '-o', out], io)).toBe(0);
    expect(Buffer.compare(await readFile(input), before)).toBe(0);
    expect((await alurShapes(out)).length).toBeGreaterThan(10);
    expect(io.stdout).toMatch(/Flowchart digambar: 1 SOP, 12 simbol, 11 konektor; dilewati: 0/);
    expect(io.stdout).toContain(`digambar SOP RKT 2023!A31:K43`);
    expect(io.stdout).toContain(`Ditulis ke ${out}`);
    await expectValidXlsx(out);
  });

  it('leaves a hand-drawn flowchart alone (exit 2, nothing written) unless --replace', { timeout: 60_000 }, async () => {
    const out = join(dir, 'paringin.xlsx');
    const io = fakeIo();
    expect(await main(['draw', `${FIXTURES}/000-kecamatan-paringin.xlsx`, '-o', out, '--lang', 'en'], io)).toBe(2);
    expect(io.stdout).toContain('skipped  SOP RKT!A43:J51');
    expect(io.stdout).toContain('--replace');
    expect(io.stderr).toContain('nothing to draw');
    await expect(readFile(out)).rejects.toThrow();

    const io2 = fakeIo();
    expect(await main(['draw', `${FIXTURES}/000-kecamatan-paringin.xlsx`, '-o', out, '--replace'], io2)).toBe(0);
    const grids = await readWorkbook(await readFile(out));
    expect(grids[0].shapes.every((s) => isAlurShape(s.name) || s.from.col <= 2)).toBe(true);
    expect((await alurShapes(out)).length).toBeGreaterThan(0);
    await expectValidXlsx(out);
  });

  it('refuses OUT == IN, unreadable input and a workbook with no SOP (exit 2)', async () => {
    const input = join(dir, 'same.xlsx');
    await copyFile(`${FIXTURES}/002-satpol-pp.xlsx`, input);
    const io = fakeIo();
    expect(await main(['draw', input, '-o', join(dir, '.', 'same.xlsx')], io)).toBe(2);
    expect(io.stderr).toContain('adalah berkas masukan');
    expect(Buffer.compare(await readFile(input), await readFile(`${FIXTURES}/002-satpol-pp.xlsx`))).toBe(0);

    const bad = join(dir, 'bad.xlsx');
    await writeFile(bad, 'PK but not really');
    for (const input of [bad, `${FIXTURES}/empty.xlsx`, join(dir, 'missing.xlsx')]) {
      const io2 = fakeIo();
      const out = join(dir, 'never.xlsx');
      expect(await main(['draw', input, '-o', out], io2)).toBe(2);
      expect(io2.stderr).toContain(input);
      await expect(readFile(out)).rejects.toThrow();
    }
  });
});
