/** Issue 12: English CLI messages count right (1 SOP / 2 SOPs, 1 step / 2 steps); Indonesian does not inflect. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describe as describeDraw } from '../../src/cli/draw';
import { plural } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { fakeIo } from './io';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'alur-plurals-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('English plurals', () => {
  it('plural() says 0 steps, 1 step, 2 steps, and takes an irregular plural', () => {
    expect([0, 1, 2].map((n) => plural(n, 'step'))).toEqual(['0 steps', '1 step', '2 steps']);
    expect(plural(3, 'actor column')).toBe('3 actor columns');
    expect(plural(1, 'box', 'boxes')).toBe('1 box');
    expect(plural(2, 'box', 'boxes')).toBe('2 boxes');
  });

  it('the draw summary counts SOPs, symbols, connectors and notes right', () => {
    const one = describeDraw(
      { drawn: 1, shapes: 1, connectors: 1, fallback: null, skipped: [] },
      [{ label: 'S!A1:K9', outcome: 'drawn', warnings: 1 }],
      'en'
    );
    expect(one).toBe('Flowcharts drawn: 1 SOP, 1 symbol, 1 connector; skipped: 0\n  drawn    S!A1:K9, 1 note\n');
    const two = describeDraw(
      { drawn: 2, shapes: 2, connectors: 0, fallback: null, skipped: [] },
      [
        { label: 'S!A1:K9', outcome: 'drawn', warnings: 2 },
        { label: 'S!A20:K29', outcome: 'drawn', warnings: 0 },
      ],
      'en'
    );
    expect(two).toBe(
      'Flowcharts drawn: 2 SOPs, 2 symbols, 0 connectors; skipped: 0\n  drawn    S!A1:K9, 2 notes\n  drawn    S!A20:K29\n'
    );
    expect(describeDraw({ drawn: 1, shapes: 1, connectors: 1, fallback: null, skipped: [] }, [], 'id')).toBe(
      'Flowchart digambar: 1 SOP, 1 simbol, 1 konektor; dilewati: 0\n'
    );
  });

  it('export says 2 SOPs and 2 BPMN files', async () => {
    const io = fakeIo();
    const json = join(dir, 'two.json');
    expect(await main(['export', 'tests/fixtures/xlsx/two-sops-one-sheet.xlsx', '--format', 'json', '-o', json, '--lang', 'en'], io)).toBe(0);
    expect(io.stdout).toBe(`Wrote 2 SOPs as JSON to ${json}\n`);
    const bpmn = fakeIo();
    const folder = join(dir, 'bpmn');
    expect(await main(['export', 'tests/fixtures/xlsx/two-sops-one-sheet.xlsx', '--format', 'bpmn', '-o', folder, '--lang', 'en'], bpmn)).toBe(0);
    expect(bpmn.stdout.split('\n')[0]).toBe(`Wrote 2 BPMN files to the folder ${folder}:`);
  });
});
