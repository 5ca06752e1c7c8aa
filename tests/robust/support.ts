/**
 * Shared pieces of the robustness tests: bad files made from the fixture workbooks (a part replaced,
 * bytes cut off, a compound-file container, a zip bomb), and the CLI driven in-process with its output
 * captured.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync, constants as zlibConstants } from 'node:zlib';
import JSZip from 'jszip';
import { afterAll } from 'vitest';
import { main, type Io } from '../../src/cli/main';
import type { Report } from '../../src/core/model';

export const fixturePath = (file: string) => new URL(`../fixtures/xlsx/${file}`, import.meta.url).pathname;
export const fixture = async (file: string) => new Uint8Array(await readFile(fixturePath(file)));

export const sha256 = async (path: string) => createHash('sha256').update(await readFile(path)).digest('hex');

/** Every folder tempDir made in this test file, removed once its tests are done. */
const tempDirs: string[] = [];
afterAll(async () => {
  await Promise.all(tempDirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

export async function tempDir(prefix = 'alur-robust-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/** A copy of a workbook with one part's text changed by `edit` (null removes the part). */
export async function editPart(data: Uint8Array, path: string, edit: (text: string) => string | null): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  const text = await zip.file(path)!.async('string');
  const next = edit(text);
  if (next === null) zip.remove(path);
  else zip.file(path, next);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Adds merged areas to a sheet XML part (creating <mergeCells> when the sheet has none). */
export function addMerges(sheetXml: string, refs: string[]): string {
  const cells = refs.map((r) => `<mergeCell ref="${r}"/>`).join('');
  if (/<mergeCells count="\d+">/.test(sheetXml)) return sheetXml.replace(/<mergeCells count="\d+">/, `<mergeCells count="99">${cells}`);
  return sheetXml.replace('</sheetData>', `</sheetData><mergeCells count="${refs.length}">${cells}</mergeCells>`);
}

/**
 * A minimal but well-formed compound file (OLE2/CFB, version 3, 512-byte sectors): header, one FAT
 * sector, one directory sector holding the root entry and the named streams (all empty). An encrypted
 * .xlsx is exactly such a container with "EncryptionInfo" and "EncryptedPackage" streams; an old .xls
 * holds a "Workbook" stream.
 */
export function compoundFile(streams: string[]): Uint8Array {
  const bytes = new Uint8Array(512 * 3);
  const view = new DataView(bytes.buffer);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(24, 0x003e, true); // minor version
  view.setUint16(26, 0x0003, true); // major version 3
  view.setUint16(28, 0xfffe, true); // byte order
  view.setUint16(30, 9, true); // sector shift: 512
  view.setUint16(32, 6, true); // mini sector shift: 64
  view.setUint32(44, 1, true); // FAT sectors
  view.setUint32(48, 1, true); // first directory sector
  view.setUint32(56, 4096, true); // mini stream cutoff
  view.setUint32(60, 0xfffffffe, true); // no mini FAT
  view.setUint32(68, 0xfffffffe, true); // no DIFAT sectors
  for (let i = 0; i < 109; i++) view.setUint32(76 + i * 4, i === 0 ? 0 : 0xffffffff, true);
  const fat = 512;
  view.setUint32(fat, 0xfffffffd, true); // sector 0: the FAT itself
  view.setUint32(fat + 4, 0xfffffffe, true); // sector 1: directory, end of chain
  for (let i = 2; i < 128; i++) view.setUint32(fat + i * 4, 0xffffffff, true);
  const dir = 1024;
  const entry = (n: number, name: string, type: number, child: number, right: number) => {
    const at = dir + n * 128;
    for (let i = 0; i < name.length; i++) view.setUint16(at + i * 2, name.charCodeAt(i), true);
    view.setUint16(at + 64, (name.length + 1) * 2, true);
    bytes[at + 66] = type;
    bytes[at + 67] = 1; // black
    view.setUint32(at + 68, 0xffffffff, true); // left sibling
    view.setUint32(at + 72, right, true);
    view.setUint32(at + 76, child, true);
    view.setUint32(at + 116, type === 5 ? 0xfffffffe : 0, true); // start sector
  };
  entry(0, 'Root Entry', 5, streams.length ? 1 : 0xffffffff, 0xffffffff);
  streams.slice(0, 3).forEach((name, i) => entry(i + 1, name, 2, 0xffffffff, i + 2 <= streams.length - 1 ? i + 2 : 0xffffffff));
  return bytes;
}

interface ZipEntry {
  name: string;
  /** Raw deflate data, or stored bytes when `stored`. */
  data: Uint8Array;
  stored?: boolean;
  /** Uncompressed size written in the headers (may lie). */
  size: number;
  crc?: number;
}

/** Writes a zip by hand, so a test can make the directory say whatever it likes about sizes. */
export function writeZip(entries: ZipEntry[]): Uint8Array {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const method = e.stored ? 0 : 8;
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(method, 8);
    head.writeUInt32LE(e.crc ?? 0, 14);
    head.writeUInt32LE(e.data.length, 18);
    head.writeUInt32LE(e.size, 22);
    head.writeUInt16LE(name.length, 26);
    local.push(head, name, Buffer.from(e.data));
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(method, 10);
    dir.writeUInt32LE(e.crc ?? 0, 16);
    dir.writeUInt32LE(e.data.length, 20);
    dir.writeUInt32LE(e.size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    offset += 30 + name.length + e.data.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...local, dirBytes, end]));
}

const stored = (name: string, text: string): ZipEntry => {
  const data = new TextEncoder().encode(text);
  return { name, data, stored: true, size: data.length, crc: crc32(data) };
};

/**
 * A zip bomb dressed as a workbook: its sheet part is `gigabytes` GB of zeros deflated to about a
 * thousandth of that (independent 1 MB blocks, each ending in a full flush, repeated), while the
 * directory claims the part holds 1 KB, so only the guard during inflation can stop it.
 */
export function zipBomb(gigabytes = 1): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: zlibConstants.Z_FULL_FLUSH });
  const last = deflateRawSync(Buffer.alloc(0));
  const count = gigabytes * 1024;
  const data = new Uint8Array(block.length * count + last.length);
  for (let i = 0; i < count; i++) data.set(block, i * block.length);
  data.set(last, block.length * count);
  return writeZip([
    stored('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    stored(
      'xl/workbook.xml',
      '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>',
    ),
    { name: 'xl/worksheets/sheet1.xml', data, size: 1024 },
  ]);
}

export interface CliRun {
  status: number;
  out: string;
  err: string;
}

/** Runs `alur ARGS` in this process with captured output (stderr is not a terminal). */
export async function runCli(argv: string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const io: Io & { errIsTTY: boolean } = { out: (t) => void (out += t), err: (t) => void (err += t), isTTY: false, env: {}, errIsTTY: false };
  const status = await main(argv, io);
  return { status, out, err };
}

export async function runCliJson(argv: string[]): Promise<{ status: number; report: Report }> {
  const run = await runCli([...argv, '--json']);
  return { status: run.status, report: JSON.parse(run.out) as Report };
}

export async function writeFiles(dir: string, files: Record<string, Uint8Array | string>): Promise<void> {
  for (const [name, data] of Object.entries(files)) await writeFile(join(dir, name), data);
}
