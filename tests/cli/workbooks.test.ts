/**
 * Issue 12: what a PATH holds. A folder with no .xlsx/.xlsm workbook is an error of that folder that
 * names what was skipped and why; a lock file given by name is refused as one; .xlsm workbooks are read
 * by every command, and `alur draw` keeps their macros byte for byte under the .xlsm content type.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/model';
import { runCli } from './io';
import { expectValidXlsx } from '../ooxml';
import { toXlsm, VBA_CONTENT_TYPE, VBA_PART, VBA_REL_TYPE, vbaProjectBin } from './xlsm';

const FIXTURES = 'tests/fixtures/xlsx';
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'alur-workbooks-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const run = runCli;

async function checkJson(...argv: string[]): Promise<{ status: number; report: Report }> {
  const r = await run('check', ...argv, '--json');
  return { status: r.status, report: JSON.parse(r.stdout) as Report };
}

describe('a PATH with no workbook is an error of that PATH', () => {
  let folder: string;
  beforeAll(async () => {
    folder = join(dir, 'no-workbooks');
    await mkdir(join(folder, 'sub'), { recursive: true });
    await writeFile(join(folder, 'lama.xls'), 'old');
    await writeFile(join(folder, 'sub', 'Arsip.XLS'), 'old');
    await writeFile(join(folder, '~$sop.xlsx'), 'lock');
    await writeFile(join(folder, 'catatan.txt'), 'notes');
    await writeFile(join(folder, 'rekap.ods'), 'calc');
    await writeFile(join(folder, '.DS_Store'), 'hidden, not named');
  });

  it('names every skipped file and why, in Indonesian; exit 2', async () => {
    const { status, report } = await checkJson(folder);
    expect(status).toBe(2);
    expect(report.files).toEqual([
      {
        path: folder,
        error: {
          code: 'no-workbook',
          message:
            'Tidak ada buku kerja .xlsx atau .xlsm di folder ini; 5 berkas dilewati: lama.xls, Arsip.XLS (format Excel lama: buka di Excel lalu simpan sebagai .xlsx dulu); rekap.ods (format lembar kerja lain: buka di Excel lalu simpan sebagai .xlsx); ~$sop.xlsx (berkas kunci Excel dari buku kerja yang sedang dibuka); catatan.txt (bukan buku kerja Excel).',
        },
        sops: [],
      },
    ]);
  });

  it('and in English, with plurals right', async () => {
    const { report } = await checkJson(folder, '--lang', 'en');
    expect(report.files[0].error?.message).toBe(
      'No .xlsx or .xlsm workbook in this folder; 5 files skipped: lama.xls, Arsip.XLS (the old Excel format: open it in Excel and save it as .xlsx first); rekap.ods (another spreadsheet format: open it in Excel and save it as .xlsx); ~$sop.xlsx (Excel lock files of open workbooks); catatan.txt (not Excel workbooks).'
    );
    const one = join(dir, 'one-file');
    await mkdir(one);
    await writeFile(join(one, 'a.xls'), 'old');
    const single = await checkJson(one, '--lang', 'en');
    expect(single.report.files[0].error?.message).toBe(
      'No .xlsx or .xlsm workbook in this folder; 1 file skipped: a.xls (the old Excel format: open it in Excel and save it as .xlsx first).'
    );
  });

  it('an empty folder says so; a folder with a workbook among other files is not an error', async () => {
    const empty = join(dir, 'empty-folder');
    await mkdir(empty);
    const { status, report } = await checkJson(empty);
    expect(status).toBe(2);
    expect(report.files).toEqual([
      { path: empty, error: { code: 'no-workbook', message: 'Tidak ada buku kerja .xlsx atau .xlsm di folder ini: folder ini kosong.' }, sops: [] },
    ]);
    const mixed = join(dir, 'mixed');
    await mkdir(mixed);
    await copyFile(`${FIXTURES}/clean-surat-masuk.xlsx`, join(mixed, 'a.xlsx'));
    await writeFile(join(mixed, 'b.xls'), 'old');
    const ok = await checkJson(mixed);
    expect(ok.report.files.map((f) => [f.path.slice(mixed.length + 1), f.error])).toEqual([['a.xlsx', null]]);
    expect(ok.status).toBe(0);
  });

  it('many skipped files of one kind are named up to five, then counted', async () => {
    const many = join(dir, 'many');
    await mkdir(many);
    for (let i = 1; i <= 7; i++) await writeFile(join(many, `f${i}.pdf`), 'x');
    const { report } = await checkJson(many, '--lang', 'en');
    expect(report.files[0].error?.message).toBe(
      'No .xlsx or .xlsm workbook in this folder; 7 files skipped: f1.pdf, f2.pdf, f3.pdf, f4.pdf, f5.pdf and 2 more (not Excel workbooks).'
    );
  });

  it('a lock file given by name is refused as one, not read', async () => {
    const lock = join(dir, '~$sop.xlsx');
    await writeFile(lock, 'lock');
    const { status, report } = await checkJson(lock);
    expect(status).toBe(2);
    expect(report.files[0]).toEqual({
      path: lock,
      error: {
        code: 'lock-file',
        message:
          'Ini berkas kunci yang dibuat Excel di samping buku kerja yang sedang dibuka ("~$..."), bukan buku kerja. Periksa buku kerjanya sendiri (nama yang sama tanpa "~$").',
      },
      sops: [],
    });
  });

  it('the readable report shows the folder error too', async () => {
    const r = await run('check', folder);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('lama.xls, Arsip.XLS (format Excel lama: buka di Excel lalu simpan sebagai .xlsx dulu)');
  });
});

describe('.xlsm workbooks', () => {
  let xlsm: string;
  let original: Uint8Array;
  beforeAll(async () => {
    xlsm = join(dir, 'satpol.xlsm');
    original = await toXlsm(new Uint8Array(await readFile(`${FIXTURES}/002-satpol-pp.xlsx`)));
    await writeFile(xlsm, original);
  });

  it('are found in folders and checked like .xlsx', async () => {
    const folder = join(dir, 'with-xlsm');
    await mkdir(folder);
    await writeFile(join(folder, 'a.xlsm'), original);
    const fromXlsx = await checkJson(`${FIXTURES}/002-satpol-pp.xlsx`);
    const fromXlsm = await checkJson(folder);
    expect(fromXlsm.report.files.map((f) => f.path)).toEqual([join(folder, 'a.xlsm')]);
    expect(fromXlsm.report.files[0].sops).toEqual(fromXlsx.report.files[0].sops);
  });

  it('export reads them', async () => {
    const out = join(dir, 'satpol.json');
    const r = await run('export', xlsm, '--format', 'json', '-o', out, '--lang', 'en');
    expect(r).toEqual({ status: 0, stdout: `Wrote 1 SOP as JSON to ${out}\n`, stderr: '' });
    expect(JSON.parse(await readFile(out, 'utf8'))).toHaveLength(1);
  });

  it('draw keeps the macros byte for byte, as a valid .xlsm', async () => {
    const out = join(dir, 'satpol-drawn.xlsm');
    const r = await run('draw', xlsm, '-o', out);
    expect(r.status).toBe(0);
    expect(Buffer.compare(await readFile(xlsm), Buffer.from(original))).toBe(0);
    const zip = await JSZip.loadAsync(await readFile(out));
    expect(Buffer.compare(Buffer.from(await zip.file(VBA_PART)!.async('uint8array')), Buffer.from(vbaProjectBin()))).toBe(0);
    const types = await zip.file('[Content_Types].xml')!.async('string');
    expect(types).toContain('<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>');
    expect(types).not.toContain('spreadsheetml.sheet.main+xml');
    expect(types).toContain(`<Default Extension="bin" ContentType="${VBA_CONTENT_TYPE}"/>`);
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    expect(rels).toContain(`<Relationship Id="rIdVba1" Type="${VBA_REL_TYPE}" Target="vbaProject.bin"/>`);
    // The flowchart is there too.
    expect(Object.keys(zip.files).some((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p))).toBe(true);
    await expectValidXlsx(out);
  });

  it('draw refuses an output name that does not fit: .xlsx for a workbook with macros, .xlsm for one without', async () => {
    const asXlsx = join(dir, 'drawn-macros.xlsx');
    const r = await run('draw', xlsm, '-o', asXlsx, '--lang', 'en');
    expect(r).toEqual({
      status: 2,
      stdout: '',
      stderr: `alur: the input holds macros, so the output must be an .xlsm file (the macros are kept), not ${asXlsx}. Nothing written.\n`,
    });
    const asXlsm = join(dir, 'drawn-plain.xlsm');
    const plain = await run('draw', `${FIXTURES}/002-satpol-pp.xlsx`, '-o', asXlsm);
    expect(plain.status).toBe(2);
    expect(plain.stderr).toBe(
      `alur: masukan tidak berisi makro, jadi keluaran harus berkas .xlsx, bukan ${asXlsm} (Excel tidak membuka buku kerja tanpa makro yang bernama .xlsm). Tidak ada yang ditulis.\n`
    );
    await expect(readFile(asXlsx)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(readFile(asXlsm)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
