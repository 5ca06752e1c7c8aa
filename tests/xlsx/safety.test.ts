/** The reader refuses, with a typed error, every kind of file it must not open. */
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { XlsxError, type XlsxErrorCode } from '../../src/xlsx/errors';
import { readWorkbook } from '../../src/xlsx/read';

const fixture = async (file: string) => new Uint8Array(await readFile(new URL(`../fixtures/xlsx/${file}`, import.meta.url)));

async function refusal(data: Uint8Array, limits?: Parameters<typeof readWorkbook>[1]): Promise<XlsxError> {
  try {
    await readWorkbook(data, limits);
  } catch (e) {
    expect(e).toBeInstanceOf(XlsxError);
    return e as XlsxError;
  }
  throw new Error('the file was accepted');
}

async function expectCode(data: Uint8Array, code: XlsxErrorCode, opts?: Parameters<typeof readWorkbook>[1]): Promise<XlsxError> {
  const e = await refusal(data, opts);
  expect(e.code).toBe(code);
  expect(e.id.length).toBeGreaterThan(10);
  expect(e.en.length).toBeGreaterThan(10);
  return e;
}

/** A compound-file (OLE2) header, optionally with an "EncryptedPackage" directory entry. */
function compoundFile(encrypted: boolean): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const name = encrypted ? 'EncryptedPackage' : 'Workbook';
  for (let i = 0; i < name.length; i++) bytes[1024 + i * 2] = name.charCodeAt(i);
  return bytes;
}

/** Sets the declared uncompressed size of entries (central directory and local headers) to `size`. */
function declareSize(zip: Uint8Array, size: number, only?: string): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const nameAt = (at: number, len: number) => new TextDecoder().decode(out.subarray(at, at + len));
  for (let i = 0; i + 46 <= out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x02014b50 && (!only || nameAt(i + 46, view.getUint16(i + 28, true)) === only)) view.setUint32(i + 24, size, true);
    if (sig === 0x04034b50 && (!only || nameAt(i + 30, view.getUint16(i + 26, true)) === only)) view.setUint32(i + 22, size, true);
  }
  return out;
}

async function replacePart(data: Uint8Array, path: string, content: string | null): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  if (content === null) zip.remove(path);
  else zip.file(path, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('readWorkbook refuses', () => {
  it('a file that is not a zip', async () => {
    await expectCode(new TextEncoder().encode('No;Uraian;Waktu\n1;Menerima surat;5 menit\n'), 'not-xlsx');
    await expectCode(new Uint8Array(0), 'not-xlsx');
  });

  it('an old .xls (compound file) as not-xlsx, saying so', async () => {
    const e = await expectCode(compoundFile(false), 'not-xlsx');
    expect(e.en).toMatch(/\.xls/);
  });

  it('a password-protected workbook as encrypted', async () => {
    const e = await expectCode(compoundFile(true), 'encrypted');
    expect(e.id).toMatch(/kata sandi/);
  });

  it('a damaged zip as unreadable', async () => {
    const good = await fixture('empty.xlsx');
    await expectCode(good.slice(0, good.length - 30), 'unreadable');
  });

  it('a zip without xl/workbook.xml (e.g. a Word document)', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    zip.file('word/document.xml', '<w:document xmlns:w="urn:x"/>');
    await expectCode(await zip.generateAsync({ type: 'uint8array' }), 'not-xlsx');
  });

  it('a tiny zip whose entry declares a huge size, before inflating anything', async () => {
    const bomb = declareSize(await fixture('empty.xlsx'), 0xfffffff0);
    const e = await expectCode(bomb, 'too-large');
    expect(e.en).toMatch(/limit/);
  });

  it('a highly compressible 60 MB part (over the 50 MB per-part limit)', async () => {
    const zip = await JSZip.loadAsync(await fixture('empty.xlsx'));
    zip.file('xl/media/padding.bin', new Uint8Array(60 * 1024 * 1024));
    const data = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(data.length).toBeLessThan(1024 * 1024);
    await expectCode(data, 'too-large');
  });

  it('a part that inflates past the limit although its directory says it is small', async () => {
    const zip = await JSZip.loadAsync(await fixture('empty.xlsx'));
    zip.file('xl/media/padding.bin', new Uint8Array(3 * 1024 * 1024));
    const lying = declareSize(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), 100, 'xl/media/padding.bin');
    await expectCode(lying, 'too-large', { limits: { maxPartBytes: 1024 * 1024 } });
  });

  it('an XML part with a DOCTYPE (entity expansion)', async () => {
    const base = await fixture('identity-only.xlsx');
    const zip = await JSZip.loadAsync(base);
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const evil = sheet.replace(
      '<worksheet',
      '<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet',
    );
    expect(evil).not.toBe(sheet);
    await expectCode(await replacePart(base, 'xl/worksheets/sheet1.xml', evil), 'unsafe-xml');
  });

  it('but still reads the untouched workbook', async () => {
    const grids = await readWorkbook(await fixture('identity-only.xlsx'));
    expect(grids).toHaveLength(1);
  });
});
