/**
 * `alur review` end to end on the examples: the HTML report is written, --json is the check report
 * plus crossFindings (the contract's shape), the exit status is check's, an -o naming an input is
 * refused with nothing written, and the help names the default report file.
 */
import { existsSync, mkdtempSync, readFileSync, copyFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import type { Report } from '../../src/core/model';
import type { CrossFinding } from '../../src/core/report';
import { fakeIo } from './io';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');

describe('alur review', () => {
  it('writes the report and prints the check report plus crossFindings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'alur-review-'));
    const out = join(dir, 'laporan.html');
    const io = fakeIo();
    const status = await main(['review', EXAMPLES, '-o', out, '--json', '--jobs', '1'], io);
    const checkIo = fakeIo();
    const checkStatus = await main(['check', EXAMPLES, '--json', '--jobs', '1'], checkIo);
    expect(status).toBe(checkStatus);
    const report = JSON.parse(io.stdout) as Report & { crossFindings: CrossFinding[] };
    const check = JSON.parse(checkIo.stdout) as Report;
    const { crossFindings, ...rest } = report;
    expect(rest.files).toEqual(check.files);
    expect(rest.summary).toEqual(check.summary);
    expect(crossFindings.length).toBeGreaterThan(0);
    for (const f of crossFindings) {
      expect(Object.keys(f)).toEqual(['rule', 'severity', 'message', 'places']);
      expect(['error', 'warning', 'info']).toContain(f.severity);
      for (const p of f.places) expect(Object.keys(p)).toEqual(['path', 'sheet', 'cell']);
    }
    // Seed 001 names "SOP Rapat Internal", which no example is.
    expect(crossFindings).toContainEqual({
      rule: 'keterkaitan-not-found',
      severity: 'info',
      message: expect.stringContaining('SOP Rapat Internal'),
      places: [{ path: join(EXAMPLES, '001-dinas-perpustakaan.xlsx'), sheet: 'RKT', cell: 'A24' }],
    });
    const html = readFileSync(out, 'utf8');
    expect(html.match(/<section class="sop"/g)?.length).toBe(check.summary.sops);
    expect(html.match(/<svg [^>]*class="flowchart"/g)?.length).toBeGreaterThanOrEqual(check.summary.sops - 1);
    expect(io.stderr).toContain(`Laporan ditulis ke ${out}`);
  });

  it('applies --rule to the checks across SOPs (off, and another severity), and check accepts their ids', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'alur-review-'));
    const run = async (...rules: string[]) => {
      const io = fakeIo();
      const status = await main(['review', EXAMPLES, '-o', join(dir, 'r.html'), '--json', '--jobs', '1', ...rules], io);
      const report = JSON.parse(io.stdout) as Report & { crossFindings: CrossFinding[] };
      return { status, report, html: readFileSync(join(dir, 'r.html'), 'utf8') };
    };
    const base = await run();
    const rulesSeen = [...new Set(base.report.crossFindings.map((f) => f.rule))];
    expect(rulesSeen).toContain('keterkaitan-not-found');
    const other = rulesSeen.find((r) => r !== 'keterkaitan-not-found')!;
    expect(other).toBeDefined();
    const set = await run('--rule', 'keterkaitan-not-found=off', '--rule', `${other}=error`);
    expect(set.report.crossFindings).toEqual(
      base.report.crossFindings
        .filter((f) => f.rule !== 'keterkaitan-not-found')
        .map((f) => (f.rule === other ? { ...f, severity: 'error' } : f))
    );
    expect(set.html).not.toContain('keterkaitan-not-found');
    expect(base.html).toContain('keterkaitan-not-found');
    // A finding across SOPs raised to error fails the review; the check of each SOP is unchanged.
    expect(set.status).toBe(1);
    expect(set.report.files).toEqual(base.report.files);
    const io = fakeIo();
    expect(await main(['check', join(EXAMPLES, 'clean-surat-masuk.xlsx'), '--rule', 'duplicate-nomor=off'], io)).toBe(0);
    const help = fakeIo();
    await main(['review', '--help', '--lang', 'en'], help);
    expect(help.stdout).toContain('--rule also sets the findings across SOPs: duplicate-nomor, duplicate-name, keterkaitan-not-found,');
  });

  it('refuses an -o that is one of the inputs, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'alur-review-'));
    const book = join(dir, 'a.xlsx');
    copyFileSync(join(EXAMPLES, 'clean-surat-masuk.xlsx'), book);
    const before = statSync(book).mtimeMs;
    const io = fakeIo();
    expect(await main(['review', dir, '-o', book], io)).toBe(2);
    expect(io.stderr).toContain('adalah berkas masukan');
    expect(io.stderr).toContain('tidak ada yang ditulis');
    expect(statSync(book).mtimeMs).toBe(before);
    expect(readFileSync(book).subarray(0, 2).toString()).toBe('PK');
  });

  it('writes laporan-sop.html by default and says so in its help', async () => {
    const io = fakeIo();
    expect(await main(['review', '--help'], io)).toBe(0);
    expect(io.stdout).toContain('laporan-sop.html');
    const en = fakeIo();
    await main(['help', 'review', '--lang', 'en'], en);
    expect(en.stdout).toContain('default: laporan-sop.html');
    const { parseCommandLine } = await import('../../src/cli/args');
    expect(parseCommandLine(['review', 'x'])).toMatchObject({ command: 'review', output: 'laporan-sop.html', json: false });
    expect(existsSync('laporan-sop.html')).toBe(false);
  });

  it('prints a short summary without --json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'alur-review-'));
    const out = join(dir, 'r.html');
    const io = fakeIo();
    await main(['review', join(EXAMPLES, 'clean-surat-masuk.xlsx'), '-o', out, '--lang', 'en'], io);
    expect(io.stdout).toMatch(/^Reviewed 1 file\(s\), 1 SOP\(s\): 0 error\(s\), 0 warning\(s\), 0 info; \d+ finding\(s\) across SOPs\.\nReport written to /);
  });
});
