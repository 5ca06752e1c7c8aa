/** `alur draw --lanes` (issue 6) on the Pelaksana-text fixture, and `alur draw` without it unchanged. */
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/cli/args';
import { helpText } from '../../src/cli/help';
import { main } from '../../src/cli/main';
import { cellText, mergeAt } from '../../src/core/grid';
import { isAlurShape } from '../../src/core/flowchart';
import { findSops } from '../../src/core/parse';
import { readWorkbook } from '../../src/xlsx/read';
import { fakeIo } from './io';
import { expectValidXlsx } from '../ooxml';

const FIXTURE = 'tests/fixtures/xlsx/pelaksana-text.xlsx';
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'alur-lanes-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('alur draw --lanes', () => {
  it('generates one column per actor after Uraian, marks every step, draws in those lanes, keeps the user shapes', { timeout: 60_000 }, async () => {
    const input = join(dir, 'in.xlsx');
    await copyFile(FIXTURE, input);
    const before = await readFile(input);
    const out = join(dir, 'out.xlsx');
    const io = fakeIo();
    expect(await main(['draw', input, '-o', out, '--lanes'], io)).toBe(0);
    expect(Buffer.compare(await readFile(input), before)).toBe(0);
    expect(io.stdout).toContain('4 kolom pelaksana disisipkan (Kepala Badan, Sekretaris, Kasubag Umum, Staf)');
    expect(io.stdout).toContain('digambar SOP Izin Penelitian!A20:K27');

    const [grid] = await readWorkbook(await readFile(out));
    const [doc] = findSops(grid);
    // The header: names in the header row, then the old Pelaksana text column and the Mutu Baku columns moved right.
    expect(grid.text[19].slice(0, 11)).toEqual([
      'No', 'Uraian Kegiatan', 'Kepala Badan', 'Sekretaris', 'Kasubag Umum', 'Staf', 'Pelaksana', 'Kelengkapan', 'Waktu', 'Output', 'Keterangan',
    ]);
    expect(doc.actors.map((a) => `${a.column}:${a.name}`)).toEqual(['C:Kepala Badan', 'D:Sekretaris', 'E:Kasubag Umum', 'F:Staf']);
    expect(doc.table.columns).toMatchObject({ uraian: 2, kelengkapan: 8, waktu: 9, output: 10, keterangan: 11 });
    // Each step's actor cells hold the mark, and only they; "Kasubag Umum dan Staf" marks both.
    const expected: Record<string, string[]> = { '1': ['F'], '2': ['E'], '3': ['E'], '4': ['E', 'F'], '5': ['D'], '6': ['C'], '7': ['F'] };
    for (const step of doc.steps) {
      const marked = ['C', 'D', 'E', 'F'].filter((c) => cellText(grid, step.row, c.charCodeAt(0) - 64) === '√');
      expect(marked, `step ${step.no}`).toEqual(expected[step.no!]);
      expect(step.actors.length).toBe(expected[step.no!].length);
    }
    // The values stayed with their steps.
    expect(doc.steps[5].waktuText).toBe('1 jam');
    expect(cellText(grid, 26, 7)).toBe('Kepala Badan');
    // Lane widths were set; the Uraian column kept its own.
    expect(grid.colWidths[2]).toBeGreaterThanOrEqual(72);
    expect(grid.colWidths[1]).toBeGreaterThan(200);

    // The flowchart: every step's symbol lies in its actor's column.
    const symbols = grid.shapes.filter((s) => isAlurShape(s.name) && /:s\d+b?$/.test(s.name));
    for (const step of doc.steps) {
      const cols = symbols.filter((s) => s.from.row === step.row).map((s) => String.fromCharCode(64 + s.from.col)).sort();
      expect(cols, `step ${step.no}`).toEqual(expected[step.no!]);
    }
    expect(grid.shapes.some((s) => s.kind === 'terminator')).toBe(true);
    expect(grid.shapes.some((s) => s.kind === 'decision')).toBe(true);
    // The logo (left of the point) stayed in A1; the stamp over the signature moved from F to J.
    const logo = grid.shapes.find((s) => s.name === 'Logo Kabupaten')!;
    expect([logo.from.row, logo.from.col]).toEqual([1, 1]);
    const stamp = grid.shapes.find((s) => s.name === 'Stempel Dinas')!;
    expect([stamp.from.row, stamp.from.col]).toEqual([30, 10]);
    // Merges right of the point moved (the signature's F:G is now J:K); identity values moved with theirs.
    expect(mergeAt(grid, 32, 10)).toMatchObject({ left: 10, right: 11 });
    expect(doc.identity.nomor).toBe('070/021/SOP-KESBANGPOL/2024');
    // The stamp's stored position moved with its anchor (checked by the validator's xfrm/anchor test).
    await expectValidXlsx(out);
  });

  it('without --lanes draws as before and says how to get real lanes', { timeout: 60_000 }, async () => {
    const out = join(dir, 'plain.xlsx');
    const io = fakeIo();
    expect(await main(['draw', FIXTURE, '-o', out, '--lang', 'en'], io)).toBe(0);
    expect(io.stdout).toContain('no actor columns: use --lanes to generate them');
    const [grid] = await readWorkbook(await readFile(out));
    expect(cellText(grid, 20, 3)).toBe('Pelaksana');
    expect(findSops(grid)[0].table.columns.actors).toEqual([]);
    await expectValidXlsx(out);
  });

  it('leaves SOPs that have actor columns alone: the same output with and without --lanes', { timeout: 60_000 }, async () => {
    const written: string[] = [];
    for (const file of ['002-satpol-pp.xlsx', 'clean-surat-masuk.xlsx', 'two-sops-one-sheet.xlsx']) {
      const a = join(dir, `a-${file}`);
      const b = join(dir, `b-${file}`);
      const ioA = fakeIo();
      const ioB = fakeIo();
      const codeA = await main(['draw', `tests/fixtures/xlsx/${file}`, '-o', a], ioA);
      const codeB = await main(['draw', `tests/fixtures/xlsx/${file}`, '-o', b, '--lanes'], ioB);
      expect(codeB).toBe(codeA);
      expect(ioB.stdout).toBe(ioA.stdout.replaceAll(a, b));
      expect(ioA.stdout).not.toContain('--lanes');
      if (codeA === 0) expect(Buffer.compare(await readFile(a), await readFile(b))).toBe(0);
      if (codeA === 0) written.push(b);
    }
    await expectValidXlsx(...written);
  });

  it('parses --lanes and documents it in both languages', () => {
    expect(parseCommandLine(['draw', 'a.xlsx', '-o', 'b.xlsx', '--lanes'])).toMatchObject({ command: 'draw', lanes: true, replace: false });
    expect(parseCommandLine(['draw', 'a.xlsx', '-o', 'b.xlsx'])).toMatchObject({ lanes: false });
    expect(helpText('id', 'draw')).toMatch(/--lanes\s+untuk SOP tanpa kolom pelaksana/);
    expect(helpText('en', 'draw')).toMatch(/--lanes\s+for SOPs with no actor columns/);
    expect(helpText('en', null)).toContain('[--lanes]');
  });
});
