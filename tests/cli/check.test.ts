/**
 * `alur check` end to end on the committed seed workbooks: the report validates against the contract's
 * schema, the seed totals come out of the whole pipeline (file -> grid -> SOP -> times), exit statuses
 * follow the contract, and a folder of mixed files is walked.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main';
import type { Report } from '../../src/core/model';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'xlsx');
const SCHEMA = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'shared', 'contract', 'report.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(SCHEMA);

function captureIo(): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    isTTY: false,
    env: {},
    out(t: string) {
      io.stdout += t;
    },
    err(t: string) {
      io.stderr += t;
    },
  };
  return io;
}

async function checkJson(...args: string[]): Promise<{ status: number; report: Report; io: ReturnType<typeof captureIo> }> {
  const io = captureIo();
  const status = await main(['check', ...args, '--json'], io);
  const report = JSON.parse(io.stdout) as Report;
  const ok = validate(report);
  if (!ok) throw new Error(`report does not fit the schema: ${JSON.stringify(validate.errors, null, 2)}`);
  return { status, report, io };
}

const fixture = (name: string) => join(FIXTURES, name);

describe('alur check --json on the seed workbooks', () => {
  it('gives the seed totals through the whole pipeline, in a report that fits the schema', async () => {
    const files = ['000-kecamatan-paringin.xlsx', '001-dinas-perpustakaan.xlsx', '002-satpol-pp.xlsx', '003-diskominfo.xlsx', '004-setda-banjarbaru.xlsx'];
    const { status, report } = await checkJson(...files.map(fixture));
    expect(report.tool).toBe('alur');
    expect(report.calendar).toEqual({ minutesPerDay: 450, daysPerWeek: 5, daysPerMonth: 20 });
    const durations = report.files.map((f) => {
      expect(f.error).toBeNull();
      expect(f.sops).toHaveLength(1);
      const { minMinutes, maxMinutes, text } = f.sops[0].duration;
      return { minMinutes, maxMinutes, text };
    });
    expect(durations).toEqual([
      { minMinutes: 4500, maxMinutes: 4500, text: '10 hari' },
      { minMinutes: 6585, maxMinutes: 6585, text: '14 hari 4 jam 45 menit' },
      { minMinutes: 10395, maxMinutes: 10395, text: '23 hari 45 menit' },
      { minMinutes: 0, maxMinutes: 0, text: '-' },
      { minMinutes: 730, maxMinutes: 730, text: '1 hari 4 jam 40 menit' },
    ]);
    const seed003 = report.files[3].sops[0];
    expect(seed003.duration.stepsWithoutTime).toEqual(seed003.steps.map((s) => s.no));
    expect(report.summary).toMatchObject({ files: 5, sops: 5 });
    expect(report.summary.errors).toBeGreaterThan(0);
    expect(status).toBe(1);
  }, 60_000); // each worker thread loads the dictionary (about a second of CPU)

  it('exits 0 on the clean SOP, which has no finding at all', async () => {
    const { status, report } = await checkJson(fixture('clean-surat-masuk.xlsx'));
    expect(report.files[0].sops[0].findings).toEqual([]);
    expect(report.summary).toEqual({ files: 1, sops: 1, errors: 0, warnings: 0, infos: 0 });
    expect(status).toBe(0);
  });

  it('finds the known anomalies of seed 002 at their cells, with fixes where one word is sure', async () => {
    const { report } = await checkJson(fixture('002-satpol-pp.xlsx'));
    const typos = report.files[0].sops[0].findings.filter((f) => f.rule === 'typo');
    expect(typos.map((f) => [f.cell, f.fix?.to])).toEqual([
      ['C14', 'Disahkan Oleh'],
      ['A18', expect.stringContaining('Tentang Klasifikasi Kodefikasi')],
      ['A28', expect.stringContaining('dokumen RPJMD dan RENSTRA')],
      ['A28', expect.stringContaining('harus segera disesuaikan')],
      ['G31', 'MUTU BAKU'],
      ['B37', 'Mengumpulkan Format RKT yang sudah disusun semua Bidang'],
      ['B38', expect.stringContaining('dari masing-masing Bidang')],
      // DTAFT: draft (SOP jargon) beats the English daft, as close
      ['H38', 'DRAFT RKT'],
      ['H39', 'DRAFT RKT'],
      ['J39', 'DRAFT RKT'],
      ['B40', 'Menyusun Draf RKT'],
      ['H40', 'DRAFT RKT'],
      ['J40', 'DRAFT RKT'],
      ['H41', 'DRAFT RKT'],
      ['H43', 'RKT yang sudah ditandatangani'],
    ]);
  });

  it('takes the working calendar and rule settings from the command line', async () => {
    const { report } = await checkJson(fixture('000-kecamatan-paringin.xlsx'), '--minutes-per-day', '480', '--rule', 'identity-missing=off');
    const sop = report.files[0].sops[0];
    expect(report.calendar.minutesPerDay).toBe(480);
    expect(sop.duration).toMatchObject({ minMinutes: 4800, text: '10 hari' });
    expect(sop.findings.some((f) => f.rule === 'identity-missing')).toBe(false);
  });

  it('writes messages in English with --lang en', async () => {
    const { report } = await checkJson(fixture('002-satpol-pp.xlsx'), '--lang', 'en');
    const typo = report.files[0].sops[0].findings.find((f) => f.rule === 'typo')!;
    expect(typo.message).toMatch(/[Tt]ypo|[Mm]isspel/);
  });
});

describe('alur check on folders and bad paths', () => {
  it('walks a folder of mixed files: SOPs, no SOP, empty, not a workbook, a lock file; exit 2 for the bad one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'alur-check-'));
    mkdirSync(join(dir, 'sub'));
    copyFileSync(fixture('two-sops-one-sheet.xlsx'), join(dir, 'a-two.xlsx'));
    copyFileSync(fixture('budget.xlsx'), join(dir, 'sub', 'b-budget.xlsx'));
    copyFileSync(fixture('empty.xlsx'), join(dir, 'sub', 'c-empty.xlsx'));
    writeFileSync(join(dir, 'd-notes.xlsx'), 'this is not a workbook');
    writeFileSync(join(dir, '~$a-two.xlsx'), 'lock');
    writeFileSync(join(dir, 'readme.txt'), 'ignored');
    const { status, report } = await checkJson(dir);
    expect(report.files.map((f) => [f.path.slice(dir.length + 1), f.error?.code ?? null, f.sops.length])).toEqual([
      ['a-two.xlsx', null, 2],
      ['d-notes.xlsx', 'not-xlsx', 0],
      [join('sub', 'b-budget.xlsx'), null, 0],
      [join('sub', 'c-empty.xlsx'), null, 0],
    ]);
    expect(report.files[1].error?.message).toMatch(/\S/);
    expect(status).toBe(2);
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists a path that does not exist with an error, and still checks the others', async () => {
    const { status, report } = await checkJson('/nonexistent/x.xlsx', fixture('clean-surat-masuk.xlsx'));
    expect(report.files[0]).toEqual({ path: '/nonexistent/x.xlsx', error: { code: 'not-found', message: 'Berkas atau folder tidak ada.' }, sops: [] });
    expect(report.files[1].sops).toHaveLength(1);
    expect(status).toBe(2);
  });

  it('prints a readable report by default, without colour when not a terminal', async () => {
    const io = captureIo();
    const status = await main(['check', fixture('004-setda-banjarbaru.xlsx')], io);
    expect(status).toBe(1);
    expect(io.stdout).toContain('Total waktu: 1 hari 4 jam 40 menit');
    expect(io.stdout).toContain('[duplicate-step]');
    expect(io.stdout).not.toContain('\u001b[');
  });

  it('groups the same finding over many cells into one line, keeping one JSON finding per cell (issue 14)', async () => {
    const io = captureIo();
    await main(['check', fixture('003-diskominfo.xlsx')], io);
    const lines = io.stdout.split('\n').filter((l) => l.includes('[missing-time]') || l.includes('[missing-output]'));
    expect(lines).toEqual([
      '    ▲ peringatan  I23    Waktu kosong di 11 langkah: I23-I33. Langkah itu tidak ikut dihitung dalam total waktu; isi lama pengerjaannya (mis. “15 menit”, “1 hari”). [missing-time]',
    ]);
    // Seed 003's table has no Output column: no missing-output at all.
    const { report } = await checkJson(fixture('003-diskominfo.xlsx'));
    const findings = report.files[0].sops[0].findings;
    expect(findings.filter((f) => f.rule === 'missing-output')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'missing-time').map((f) => f.cell)).toEqual([
      'I23',
      'I24',
      'I25',
      'I26',
      'I27',
      'I28',
      'I29',
      'I30',
      'I31',
      'I32',
      'I33',
    ]);

    // A typo in six cells: one line naming them all, with the fix they share.
    const io2 = captureIo();
    await main(['check', fixture('002-satpol-pp.xlsx')], io2);
    expect(io2.stdout.split('\n').filter((l) => l.includes('DTAFT'))).toEqual([
      // draft (SOP jargon) and the English daft are both one edit away: the domain's word wins
      '    ✖ kesalahan   H38    Salah ketik “DTAFT”: seharusnya “DRAFT”. Perbaiki kata itu di sel H38-H41, J39-J40. [typo] → "DRAFT RKT"',
    ]);
  });

  it('names severities with the words the pane uses (kesalahan / error)', async () => {
    const id = captureIo();
    await main(['check', fixture('004-setda-banjarbaru.xlsx')], id);
    expect(id.stdout).toMatch(/Ringkasan: 1 berkas, 1 SOP, 5 kesalahan, 5 peringatan, 0 info/);
    const en = captureIo();
    await main(['check', fixture('004-setda-banjarbaru.xlsx'), '--lang', 'en'], en);
    expect(en.stdout).toMatch(/5 errors?, 5 warnings?, 0 infos?/);
    expect(en.stdout).toContain('✖ error ');
  });

  it('answers a usage mistake with exit 2 and a hint', async () => {
    const io = captureIo();
    expect(await main(['check'], io)).toBe(2);
    expect(io.stderr).toContain('alur --help');
  });
});
