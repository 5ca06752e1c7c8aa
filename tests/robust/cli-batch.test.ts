/**
 * `alur check` over many files: worker threads give the same report, in the same order, as checking in
 * one thread; the number of threads is chosen from the files and cores; the progress bar only appears
 * on a terminal and never on stdout.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main';
import { checkInputs, decideJobs } from '../../src/cli/pool';
import { createProgressBar, progressLine, wantProgress } from '../../src/cli/progress';
import type { Report } from '../../src/core/model';
import { allSpecs } from '../fixtures/specs';
import { compoundFile, fixturePath, runCli, tempDir, writeFiles } from './support';

describe('decideJobs', () => {
  it('checks a few files in this thread and many on every core', () => {
    expect(decideJobs(1, 0, 2)).toBe(0);
    expect(decideJobs(4, 0, 8)).toBe(0);
    expect(decideJobs(5, 0, 2)).toBe(2);
    expect(decideJobs(500, 0, 8)).toBe(8);
    expect(decideJobs(6, 0, 8)).toBe(6);
    expect(decideJobs(500, 0, 1)).toBe(0);
  });

  it('follows --jobs, never more threads than files; --jobs 1 is this thread', () => {
    expect(decideJobs(3, 2, 8)).toBe(2);
    expect(decideJobs(3, 16, 8)).toBe(3);
    expect(decideJobs(500, 1, 8)).toBe(0);
    expect(decideJobs(1, 4, 8)).toBe(0);
  });
});

describe('a batch in worker threads', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await tempDir();
    // Every fixture three times in nested folders, with two bad files among them.
    for (const copy of ['a', 'b/c', 'd']) {
      await mkdir(join(dir, copy), { recursive: true });
      for (const spec of allSpecs) await copyFile(fixturePath(spec.file), join(dir, copy, spec.file));
    }
    await writeFiles(join(dir, 'b'), { 'rusak.xlsx': new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9]), 'sandi.xlsx': compoundFile(['EncryptionInfo', 'EncryptedPackage']) });
  });

  it('gives the same report as one thread, in input order, and the same exit status', async () => {
    const one = await runCli(['check', dir, '--json', '--jobs', '1']);
    const two = await runCli(['check', dir, '--json', '--jobs', '2']);
    const three = await runCli(['check', dir, '--json', '--jobs', '3']);
    expect(two.out).toBe(one.out);
    expect(three.out).toBe(one.out);
    expect(two.status).toBe(2);
    expect(one.status).toBe(2);
    const paths = JSON.parse(one.out).files.map((f: { path: string }) => f.path);
    expect(paths).toHaveLength(allSpecs.length * 3 + 2);
    expect(paths[0]).toBe(join(dir, 'a', allSpecs.map((s) => s.file).sort()[0]));
  });

  it('the readable report ends with the summary table, the same with threads', async () => {
    const one = await runCli(['check', dir, '--jobs', '1']);
    const two = await runCli(['check', dir]);
    expect(two.out).toBe(one.out);
    expect(one.out).toMatch(/Berkas\s+SOP\s+kesalahan\s+peringatan\s+info\s+Total waktu/);
    expect(one.out).toContain('✖ encrypted');
    expect(one.err).toBe('');
  });

  it('reports progress once per file, in order of completion, up to the total', async () => {
    const inputs = allSpecs.map((s) => ({ path: fixturePath(s.file) }));
    const seen: number[] = [];
    const reports = await checkInputs(inputs, { lang: 'id' }, 2, (done, total) => {
      expect(total).toBe(inputs.length);
      seen.push(done);
    });
    expect(seen).toEqual(inputs.map((_, i) => i + 1));
    expect(reports.map((r) => r.path)).toEqual(inputs.map((i) => i.path));
  });

  it('bin/alur.js starts its workers from any working directory, as npx alur does', { timeout: 60_000 }, async () => {
    const bin = new URL('../../bin/alur.js', import.meta.url).pathname;
    const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, [bin, 'check', join(dir, 'a'), '--json', '--jobs', '2'], { cwd: tmpdir(), maxBuffer: 64 << 20 }, (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr }),
      );
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.files).toHaveLength(allSpecs.length);
    expect(report.files.every((f) => f.error === null)).toBe(true);
  });
});

describe('the progress bar', () => {
  it('only on a terminal, for long batches, not on a dumb terminal', () => {
    expect(wantProgress(true, 500, {})).toBe(true);
    expect(wantProgress(false, 500, {})).toBe(false);
    expect(wantProgress(true, 3, {})).toBe(false);
    expect(wantProgress(true, 500, { TERM: 'dumb' })).toBe(false);
  });

  it('draws a bar that fits the terminal, in the user language', () => {
    expect(progressLine(50, 100, 2100, 'id', 80)).toMatch(/^\[#{20}\.{20}\]  50\/100 berkas  2\.1 s$/);
    expect(progressLine(100, 100, 0, 'en', 80)).toContain('100/100 files');
    expect(progressLine(1, 100, 0, 'id', 30).length).toBeLessThanOrEqual(29);
  });

  it('redraws at most every 100 ms, always the last one, and clears its line at the end', () => {
    let clock = 0;
    const writes: string[] = [];
    const bar = createProgressBar((t) => writes.push(t), { lang: 'en', now: () => clock });
    bar.update(1, 10);
    clock = 50;
    bar.update(2, 10);
    clock = 200;
    bar.update(3, 10);
    bar.update(10, 10);
    bar.finish();
    expect(writes).toHaveLength(4);
    expect(writes[1]).toContain(' 3/10 files');
    expect(writes[2]).toContain('10/10 files');
    expect(writes[3]).toBe('\r\u001b[K');
  });

  it('goes to stderr when it is a terminal, never into the --json report', async () => {
    const dir = await tempDir();
    for (let i = 0; i < 25; i++) await copyFile(fixturePath('clean-surat-masuk.xlsx'), join(dir, `sop-${String(i).padStart(2, '0')}.xlsx`));
    let out = '';
    let err = '';
    const io: Io & { errIsTTY: boolean } = { out: (t) => void (out += t), err: (t) => void (err += t), isTTY: false, env: {}, errIsTTY: true };
    expect(await main(['check', dir, '--json'], io)).toBe(0);
    expect(JSON.parse(out).files).toHaveLength(25);
    expect(err).toContain('25/25 berkas');
    expect(err.endsWith('\r\u001b[K')).toBe(true);
  });
});
