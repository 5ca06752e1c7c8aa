/**
 * The bad-input catalogue: everything an office may feed Alur, each refused or read with a clear message
 * in Indonesian and English, the input file left byte for byte as it was, and `alur check` carrying on.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkGrids } from '../../src/core/check';
import { XlsxError, type XlsxErrorCode } from '../../src/xlsx/errors';
import { readWorkbook } from '../../src/xlsx/read';
import { addMerges, compoundFile, editPart, fixture, runCli, runCliJson, sha256, tempDir, writeFiles, zipBomb } from './support';

const SHEET = 'xl/worksheets/sheet1.xml';

interface BadCase {
  name: string;
  file: string;
  make: () => Promise<Uint8Array>;
  code: XlsxErrorCode;
  id: RegExp;
  en: RegExp;
}

const NOT_XLSX = { id: /bukan workbook Excel \(\.xlsx\)/, en: /not an Excel workbook \(\.xlsx\)/ };
const DAMAGED = { id: /rusak atau tidak dapat dibaca|tidak dapat dibaca/, en: /damaged or cannot be read|cannot be read/ };
const UNSAFE = { id: /DOCTYPE\/ENTITY.*berbahaya/, en: /DOCTYPE\/ENTITY.*possibly malicious/ };

const BILLION_LAUGHS =
  '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' +
  Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('') +
  ']>';

const clean = () => fixture('clean-surat-masuk.xlsx');

const CASES: BadCase[] = [
  {
    name: 'a truncated zip (download cut off halfway)',
    file: 'terpotong.xlsx',
    make: async () => (await clean()).slice(0, 6000),
    code: 'unreadable',
    ...DAMAGED,
  },
  {
    name: 'a zip whose sheet XML is cut in the middle',
    file: 'sheet-rusak.xlsx',
    make: async () => editPart(await clean(), SHEET, (x) => x.slice(0, Math.floor(x.length / 2))),
    code: 'unreadable',
    ...DAMAGED,
  },
  {
    name: 'a PDF',
    file: 'sop.pdf.xlsx',
    make: async () => new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n'),
    code: 'not-xlsx',
    ...NOT_XLSX,
  },
  {
    name: 'a .txt file renamed .xlsx',
    file: 'catatan.xlsx',
    make: async () => new TextEncoder().encode('No\tUraian Kegiatan\tWaktu\n1\tMenerima surat\t5 menit\n'),
    code: 'not-xlsx',
    ...NOT_XLSX,
  },
  {
    name: 'an empty file',
    file: 'kosong.xlsx',
    make: async () => new Uint8Array(0),
    code: 'not-xlsx',
    ...NOT_XLSX,
  },
  {
    name: 'an old .xls (Excel 97-2003 compound file)',
    file: 'lama.xlsx',
    make: async () => compoundFile(['Workbook', '\u0005SummaryInformation']),
    code: 'not-xlsx',
    id: /workbook Excel lama \(\.xls.*Simpan ulang sebagai \.xlsx/,
    en: /old Excel workbook \(\.xls.*Save it as \.xlsx/,
  },
  {
    name: 'a password-protected workbook (compound file with EncryptionInfo + EncryptedPackage)',
    file: 'sandi.xlsx',
    make: async () => compoundFile(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']),
    code: 'encrypted',
    id: /dilindungi kata sandi.*hapus kata sandinya/,
    en: /password-protected.*remove the password/,
  },
  {
    name: 'a zip bomb whose directory lies about the size (1 GB of zeros in 1 MB)',
    file: 'bom.xlsx',
    make: async () => zipBomb(1),
    code: 'too-large',
    id: /ditolak.*melebihi batas 50 MB/,
    en: /refused.*over the 50 MB limit/,
  },
  {
    name: 'billion laughs (nested entities) in a sheet',
    file: 'tawa.xlsx',
    make: async () => editPart(await clean(), SHEET, (x) => x.replace(/^<\?xml[^>]*\?>/, BILLION_LAUGHS)),
    code: 'unsafe-xml',
    ...UNSAFE,
  },
  {
    name: 'an external entity (XXE) in the workbook part',
    file: 'xxe.xlsx',
    make: async () =>
      editPart(await clean(), 'xl/workbook.xml', (x) =>
        x.replace(/^<\?xml[^>]*\?>/, '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'),
      ),
    code: 'unsafe-xml',
    ...UNSAFE,
  },
  {
    name: 'a DOCTYPE in a relationships part written as UTF-16',
    file: 'utf16.xlsx',
    make: async () => {
      const JSZip = (await import('jszip')).default;
      const zip = await JSZip.loadAsync(await clean());
      const rels = await zip.file('_rels/.rels')!.async('string');
      const text = rels.replace(/^<\?xml[^>]*\?>/, '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE r [<!ENTITY a "b">]>');
      const utf16 = new Uint8Array(2 + text.length * 2);
      utf16.set([0xff, 0xfe]);
      for (let i = 0; i < text.length; i++) utf16[2 + i * 2] = text.charCodeAt(i);
      zip.file('_rels/.rels', utf16);
      return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    },
    code: 'unsafe-xml',
    ...UNSAFE,
  },
];

async function refusal(data: Uint8Array): Promise<XlsxError> {
  const error = await readWorkbook(data).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof XlsxError)) throw new Error(`expected an XlsxError, got ${String(error)}`);
  return error;
}

describe('the reader refuses bad files with a clear message in both languages', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const e = await refusal(await c.make());
      expect(e.code).toBe(c.code);
      expect(e.id).toMatch(c.id);
      expect(e.en).toMatch(c.en);
    });
  }

  it('stops a zip bomb early: little time and memory, not a gigabyte', async () => {
    const bomb = zipBomb(1);
    global.gc?.();
    const before = process.memoryUsage();
    const started = performance.now();
    const e = await refusal(bomb);
    const ms = performance.now() - started;
    const after = process.memoryUsage();
    expect(e.code).toBe('too-large');
    expect(ms).toBeLessThan(5000);
    // Inflating stops at the 50 MB part limit; the whole part would be 1024 MB.
    expect(after.rss - before.rss).toBeLessThan(300 * 1024 * 1024);
  });

  it('refuses an honest zip bomb from its directory alone, before inflating anything', async () => {
    const bomb = zipBomb(1);
    const view = new DataView(bomb.buffer);
    // Make the directory tell the truth: the sheet part inflates to 1 GB.
    for (let i = 0; i + 4 <= bomb.length; i++) {
      if (view.getUint32(i, true) === 0x02014b50 && view.getUint32(i + 24, true) === 1024) view.setUint32(i + 24, 1024 ** 3, true);
    }
    const started = performance.now();
    const e = await refusal(bomb);
    expect(e.code).toBe('too-large');
    expect(e.en).toMatch(/1024 MB when unpacked/);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('alur check on a folder of bad files among good ones', () => {
  let dir: string;
  const good = ['clean-surat-masuk.xlsx', '004-setda-banjarbaru.xlsx'];
  const hashes = new Map<string, string>();

  beforeAll(async () => {
    dir = await tempDir();
    for (const c of CASES) await writeFiles(dir, { [c.file]: await c.make() });
    for (const g of good) await writeFiles(dir, { [g]: await fixture(g) });
    for (const f of [...CASES.map((c) => c.file), ...good]) hashes.set(f, await sha256(join(dir, f)));
  });

  for (const jobs of ['1', '2']) {
    it(`reports every bad file with its code and message, checks the good ones, exits 2 (--jobs ${jobs})`, async () => {
      const { status, report } = await runCliJson(['check', dir, '--jobs', jobs]);
      expect(status).toBe(2);
      expect(report.files).toHaveLength(CASES.length + good.length);
      for (const c of CASES) {
        const file = report.files.find((f) => f.path === join(dir, c.file));
        expect(file, c.file).toBeDefined();
        expect(file!.error?.code, c.file).toBe(c.code);
        expect(file!.error?.message, c.file).toMatch(c.id);
        expect(file!.sops).toEqual([]);
      }
      for (const g of good) {
        const file = report.files.find((f) => f.path === join(dir, g))!;
        expect(file.error).toBeNull();
        expect(file.sops.length).toBe(1);
      }
      expect(report.summary.files).toBe(CASES.length + good.length);
      for (const [f, hash] of hashes) expect(await sha256(join(dir, f)), f).toBe(hash);
    });
  }

  it('says it in English with --lang en, in the readable report too', async () => {
    const { report } = await runCliJson(['check', dir, '--lang', 'en']);
    for (const c of CASES) expect(report.files.find((f) => f.path === join(dir, c.file))!.error!.message).toMatch(c.en);
    const text = await runCli(['check', dir, '--lang', 'en']);
    expect(text.status).toBe(2);
    expect(text.out).toContain('[encrypted]');
    expect(text.out).toMatch(/password-protected/);
    expect(text.out).toMatch(/Summary: 13 files, 2 SOPs/);
  });

  it('a path that does not exist is reported, not skipped', async () => {
    const missing = join(dir, 'tidak-ada.xlsx');
    const { status, report } = await runCliJson(['check', missing, join(dir, good[0])]);
    expect(status).toBe(2);
    expect(report.files[0]).toMatchObject({ path: missing, error: { code: 'not-found', message: 'Berkas atau folder tidak ada.' } });
    expect(report.files[1].error).toBeNull();
  });
});

describe('readable workbooks with no SOP', () => {
  for (const file of ['empty.xlsx', 'budget.xlsx', 'identity-only.xlsx']) {
    it(`${file}: no error, no SOP, exit 0, "no SOP table found" in both languages`, async () => {
      const dir = await tempDir();
      await writeFiles(dir, { [file]: await fixture(file) });
      const path = join(dir, file);
      const hash = await sha256(path);
      const { status, report } = await runCliJson(['check', path]);
      expect(status).toBe(0);
      expect(report.files[0]).toMatchObject({ error: null, sops: [] });
      expect((await runCli(['check', path])).out).toContain('tidak ada tabel SOP yang ditemukan');
      expect((await runCli(['check', path, '--lang', 'en'])).out).toContain('no SOP table found');
      expect(await sha256(path)).toBe(hash);
    });
  }
});

describe('cells holding formula errors, dates and numbers where text was expected', () => {
  let bytes: Uint8Array;
  let rows: number[];

  beforeAll(async () => {
    const original = await clean();
    const [sop] = checkGrids(await readWorkbook(original)).map((r) => r.sop);
    rows = sop.steps.map((s) => s.row);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(original as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    ws.getCell(`H${rows[1]}`).value = { formula: 'Sheet9!A1', result: { error: '#REF!' } } as ExcelJS.CellValue;
    ws.getCell(`B${rows[2]}`).value = { formula: 'VLOOKUP(1,X1:X2,2,0)', result: { error: '#N/A' } } as ExcelJS.CellValue;
    ws.getCell(`H${rows[3]}`).value = new Date(Date.UTC(2024, 0, 15));
    ws.getCell(`H${rows[4]}`).value = 15;
    ws.getCell(`I${rows[4]}`).value = 3.25;
    bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  });

  it('reads them without crashing; #REF! in Waktu is unparsed-time at its cell', async () => {
    const [result] = checkGrids(await readWorkbook(bytes));
    const { sop } = result;
    expect(sop.steps).toHaveLength(rows.length);
    expect(sop.steps[1].waktu).toMatchObject({ text: '#REF!', minMinutes: null, maxMinutes: null });
    expect(sop.findings).toContainEqual(expect.objectContaining({ rule: 'unparsed-time', cell: `H${rows[1]}` }));
    expect(sop.steps[2].uraian).toBe('#N/A');
    // A date where a duration was expected is shown as Excel shows it and is not a duration either.
    expect(sop.steps[3].waktu?.minMinutes ?? null).toBeNull();
    expect(sop.findings.some((f) => f.cell === `H${rows[3]}` && (f.rule === 'unparsed-time' || f.rule === 'missing-time'))).toBe(true);
    expect(sop.steps[4].output).toBe('3.25');
    expect(sop.duration.stepsWithoutTime).toEqual(expect.arrayContaining(['2', '4']));
  });

  it('alur check reports them as findings, not as an unreadable file', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'rumus.xlsx': bytes });
    const { status, report } = await runCliJson(['check', join(dir, 'rumus.xlsx')]);
    expect(report.files[0].error).toBeNull();
    expect(status).toBeLessThan(2);
  });
});

describe('merged-cell chaos in a file', () => {
  it('overlapping merged areas are repaired as Excel does: the later overlapping area is dropped', async () => {
    const data = await editPart(await clean(), SHEET, (x) => addMerges(x, ['A1:D40', 'C30:H35', 'B5:B5']));
    const [grid] = await readWorkbook(data);
    const areas = grid.merges.map((m) => `${m.top},${m.left}:${m.bottom},${m.right}`);
    // A1:D40 is kept (clipped to the sheet's last used row), C30:H35 overlaps it and is dropped.
    expect(areas.filter((a) => a.startsWith('1,1:') && a.endsWith(',4'))).toHaveLength(1);
    expect(areas.filter((a) => a.startsWith('30,3:'))).toEqual([]);
    expect(() => checkGrids([grid])).not.toThrow();
  });

  // exceljs materialises every cell of a merged area when it loads a sheet: a 10 KB workbook with one
  // whole column merged (K1:K1048576, which Excel allows) took seconds and half a gigabyte, a whole-sheet
  // merge never finished. The reader clips merges to the used cells first (src/xlsx/merges.ts).
  it('a whole-column or whole-sheet merge is clipped to the used cells and read in bounded time', { timeout: 30_000 }, async () => {
    for (const ref of ['K1:K1048576', 'A1:XFD1048576']) {
      const data = await editPart(await clean(), SHEET, (x) => addMerges(x, [ref]));
      const started = performance.now();
      const [grid] = await readWorkbook(data);
      expect(performance.now() - started).toBeLessThan(5000);
      for (const m of grid.merges) expect(m.bottom).toBeLessThan(1000);
    }
  });
});

describe('a huge used range in a file', () => {
  it('a sheet whose used range is 10,000 rows x 100 columns is read and checked quickly', async () => {
    const data = await editPart(await clean(), SHEET, (x) =>
      x
        .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:CV10000"/>')
        .replace('</sheetData>', '<row r="10000"><c r="CV10000" t="inlineStr"><is><t>akhir</t></is></c></row></sheetData>'),
    );
    const started = performance.now();
    const results = checkGrids(await readWorkbook(data));
    expect(performance.now() - started).toBeLessThan(5000);
    expect(results).toHaveLength(1);
  });
});
