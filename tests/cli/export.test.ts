import { BpmnModdle, type ParsedElement } from 'bpmn-moddle';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { safeFileName } from '../../src/xlsx/write-files';
import { fakeIo } from './io';
import { expectLintedBpmn } from '../bpmnlint';

const FIXTURES = 'tests/fixtures/xlsx';
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'alur-export-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readBpmn(path: string) {
  const { rootElement, warnings } = await new BpmnModdle().fromXML(await readFile(path, 'utf8'));
  expect(warnings).toEqual([]);
  const process = (rootElement.rootElements as ParsedElement[]).find((e) => e.$type === 'bpmn:Process')!;
  return { rootElement, process };
}

describe('alur export', () => {
  it('json: writes the report\'s sops array', async () => {
    const io = fakeIo();
    const out = join(dir, 'satpol.json');
    expect(await main(['export', `${FIXTURES}/002-satpol-pp.xlsx`, '--format', 'json', '-o', out], io)).toBe(0);
    const sops = JSON.parse(await readFile(out, 'utf8'));
    expect(Array.isArray(sops)).toBe(true);
    expect(sops).toHaveLength(1);
    expect(Object.keys(sops[0])).toEqual(['sheet', 'tableRange', 'name', 'identity', 'actors', 'steps', 'duration', 'findings']);
    expect(sops[0].steps.length).toBeGreaterThan(3);
    expect(io.stdout).toContain(out);
  });

  it('bpmn with one SOP: OUT is the file, readable by bpmn-moddle, one lane per actor', async () => {
    const io = fakeIo();
    const out = join(dir, 'satpol.bpmn');
    expect(await main(['export', `${FIXTURES}/002-satpol-pp.xlsx`, '--format', 'bpmn', '-o', out, '--lang', 'en'], io)).toBe(0);
    const json = JSON.parse(await readFile(join(dir, 'satpol.json'), 'utf8'));
    const { process } = await readBpmn(out);
    await expectLintedBpmn(await readFile(out, 'utf8'));
    const laneSet = (process.laneSets as ParsedElement[])[0];
    expect((laneSet.lanes as ParsedElement[]).map((l) => l.name)).toEqual(expect.arrayContaining(json[0].actors.map((a: { name: string }) => a.name)));
    expect(io.stdout).toBe(`Wrote BPMN to ${out}\n`);
  });

  it('bpmn with several SOPs: OUT is a folder with one file per SOP, named from sheet and SOP', async () => {
    const io = fakeIo();
    const out = join(dir, 'two');
    expect(await main(['export', `${FIXTURES}/two-sops-one-sheet.xlsx`, '--format', 'bpmn', '-o', out], io)).toBe(0);
    const files = (await readdir(out)).sort();
    expect(files).toHaveLength(2);
    for (const f of files) {
      expect(f).toMatch(/^[A-Za-z0-9._-]+\.bpmn$/);
      await readBpmn(join(out, f));
      await expectLintedBpmn(await readFile(join(out, f), 'utf8'));
    }
    expect(new Set(files).size).toBe(2);
    expect(io.stdout).toContain('2 berkas BPMN');
  });

  it('exit 2 for an unreadable input, a missing one, and a workbook with no SOP', async () => {
    const bad = join(dir, 'bad.xlsx');
    await writeFile(bad, 'not a zip at all');
    for (const input of [bad, join(dir, 'missing.xlsx'), `${FIXTURES}/empty.xlsx`]) {
      const io = fakeIo();
      const out = join(dir, 'never.json');
      expect(await main(['export', input, '--format', 'json', '-o', out], io)).toBe(2);
      expect(io.stderr).toContain(input);
      await expect(readFile(out)).rejects.toThrow();
    }
    const io = fakeIo();
    await main(['export', `${FIXTURES}/empty.xlsx`, '--format', 'json', '-o', join(dir, 'x.json'), '--lang', 'en'], io);
    expect(io.stderr).toContain('no SOP table');
  });

  it('makes safe file names', () => {
    expect(safeFileName('SOP 1/2: Surat Masuk (Kécamatan)')).toBe('SOP-1-2-Surat-Masuk-Kecamatan');
    expect(safeFileName('../..')).toBe('sop');
    expect(safeFileName('a'.repeat(200))).toHaveLength(80);
  });
});
