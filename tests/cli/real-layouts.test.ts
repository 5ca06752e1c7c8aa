/**
 * Issue 13 through the command line: `alur check --json` on the real-layout fixture workbooks (a
 * cover sheet, the name as a title, odd tables, parallel steps), read from the .xlsx files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import type { Report } from '../../src/core/model';
import { fakeIo } from './io';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'xlsx');
const SCHEMA = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'shared', 'contract', 'report.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(SCHEMA);

async function checkJson(...files: string[]): Promise<{ status: number; report: Report }> {
  const io = fakeIo();
  const status = await main(['check', ...files.map((f) => join(FIXTURES, f)), '--json'], io);
  const report = JSON.parse(io.stdout) as Report;
  if (!validate(report)) throw new Error(`report does not fit the schema: ${JSON.stringify(validate.errors, null, 2)}`);
  return { status, report };
}

describe('alur check --json on real office layouts', () => {
  it('reads the identity and lists from the cover, the names from the titles, finds every table', async () => {
    const files = [
      'real-cover-basic.xlsx',
      'real-cover-two-sops.xlsx',
      'real-cover-by-content.xlsx',
      'real-cover-colon.xlsx',
      'real-titles.xlsx',
      'real-odd-tables.xlsx',
      'real-parallel.xlsx',
    ];
    const { status, report } = await checkJson(...files);
    expect(
      report.files.map((f) => [f.error, f.sops.map((s) => [s.sheet, s.tableRange, s.name, s.identity.nomor, s.steps.length])])
    ).toEqual([
      [null, [['SOP', 'A4:I10', 'PENGELOLAAN PERSANDIAN', '800/014/DISKOMINFO/2024', 5]]],
      [
        null,
        [
          ['Alur Cuti', 'A3:I8', 'PELAYANAN CUTI TAHUNAN', '800/021/BKPSDM/2024', 4],
          ['Alur Kendaraan', 'A3:I7', 'PEMINJAMAN KENDARAAN DINAS', '000.2/007/UMUM/2024', 4],
        ],
      ],
      [
        null,
        [
          ['Pelayanan KTP', 'A1:I5', 'PELAYANAN ADMINISTRASI KEPENDUDUKAN', '100/05/KEC/2023', 3],
          ['Pelayanan KK', 'A1:I6', 'PELAYANAN ADMINISTRASI KEPENDUDUKAN', '100/05/KEC/2023', 4],
        ],
      ],
      [null, [['Flowchart', 'A4:H7', 'PEMINJAMAN BUKU PERPUSTAKAAN', '041/12/DISPERSIP/2024', 3]]],
      [
        null,
        [
          ['SOP 1', 'A3:I7', 'Penerbitan Surat Keterangan Domisili', null, 3],
          ['SOP 2', 'A3:I6', 'PENANGANAN PENGADUAN MASYARAKAT', null, 3],
          ['SOP 3', 'A4:I7', 'PELAYANAN INFORMASI PUBLIK', null, 3],
        ],
      ],
      [
        null,
        [
          ['Tabel 1', 'A1:H4', null, null, 3],
          ['Tabel 2', 'A2:H6', 'LEGALISIR IJAZAH', null, 2],
          ['Tabel 3', 'A1:I5', null, null, 3],
          ['Tabel 4', 'A3:H5', 'PENGARSIPAN SURAT KELUAR', null, 2],
        ],
      ],
      [
        null,
        [
          ['Simultan', 'A2:J7', 'PENYUSUNAN LAPORAN AKHIR TAHUN', null, 5],
          ['Bersamaan', 'A2:J7', 'PERSIAPAN RAPAT KERJA', null, 5],
          ['Paralel', 'A2:J7', 'PENGADAAN ALAT TULIS KANTOR', null, 5],
        ],
      ],
    ]);
    // The cover SOPs have no identity-missing at all; findings on a cover name its sheet.
    expect(report.files[0].sops[0].findings).toEqual([]);
    expect(report.files[1].sops.flatMap((s) => s.findings)).toEqual([]);
    expect(report.files[2].sops[0].findings.map((f) => [f.rule, f.cell, f.fix?.cell ?? null])).toEqual([
      ['identity-missing', 'Lembar1!G4', null],
      ['cover-link', 'Lembar1!G10', null],
      ['superseded-law', 'Lembar1!B13', null],
      ['typo', 'Lembar1!H13', 'Lembar1!H13'],
    ]);
    expect(report.files[6].sops.map((s) => [s.duration.minMinutes, s.duration.maxMinutes, s.duration.text])).toEqual([
      [1110, 1110, '2 hari 3 jam 30 menit'],
      [165, 225, '2 jam 45 menit – 3 jam 45 menit'],
      [1110, 1110, '2 hari 3 jam 30 menit'],
    ]);
    expect(status).toBe(1);
  });

  it('exits 0 on a cover workbook whose SOPs are clean, and writes the English link message with --lang en', async () => {
    const clean = await checkJson('real-cover-two-sops.xlsx');
    expect(clean.status).toBe(0);
    expect(clean.report.summary).toEqual({ files: 1, sops: 2, errors: 0, warnings: 0, infos: 0 });
    const io = fakeIo();
    await main(['check', join(FIXTURES, 'real-cover-by-content.xlsx'), '--json', '--lang', 'en'], io);
    const report = JSON.parse(io.stdout) as Report;
    expect(report.files[0].sops[1].findings).toEqual([
      {
        rule: 'cover-link',
        severity: 'info',
        cell: 'Lembar1!G10',
        message:
          'The identity of this SOP (sheet Pelayanan KK) was taken from the cover sheet Lembar1 (“PELAYANAN ADMINISTRASI KEPENDUDUKAN”) by the order of the sheets: no shared name links them. Check that this cover belongs to this SOP.',
        fix: null,
      },
    ]);
  });
});
