/**
 * Opening an .xlsx safely. The file may be anything a user drops on the pane or a folder holds, so
 * before any library inflates it we check, in order: the magic bytes (a zip, or an OLE2 compound file
 * that is an encrypted workbook or an old .xls), the zip's own directory (declared sizes against the
 * limits, before inflating anything: zip bombs), then every part while inflating (actual sizes, since a
 * directory can lie), the presence of xl/workbook.xml, and every XML part for a DOCTYPE or ENTITY
 * declaration (entity expansion tricks). Only then do the sheet and drawing readers see the text. A reader
 * may open a package `lazy` and load only the parts it needs (see loadParts, checkUnloadedParts).
 */
import JSZip from 'jszip';
import { XlsxError } from './errors';
import { NS, children, nsAttr, parseXml, type XmlElement } from './xml';

export interface XlsxLimits {
  /** Largest total uncompressed size of all parts, in bytes (default 200 MB). */
  maxTotalBytes: number;
  /** Largest uncompressed size of one part, in bytes (default 50 MB). */
  maxPartBytes: number;
  /** Most entries in the zip (default 10 000). */
  maxEntries: number;
}

export const DEFAULT_LIMITS: XlsxLimits = Object.freeze({
  maxTotalBytes: 200 * 1024 * 1024,
  maxPartBytes: 50 * 1024 * 1024,
  maxEntries: 10_000,
});

export interface SheetPart {
  /** Sheet (tab) name. */
  name: string;
  /** Part path inside the zip, e.g. "xl/worksheets/sheet1.xml". */
  path: string;
  /** 0-based position among the workbook's `<sheet>` elements (what definedName@localSheetId counts). */
  index: number;
}

export interface XlsxPackage {
  bytes: Uint8Array;
  zip: JSZip;
  /** Every XML part (.xml and .rels) as text, by path. */
  xml: Map<string, string>;
  /** Worksheets in tab order (chart sheets and dialog sheets are left out). */
  sheets: SheetPart[];
}

export interface Relationship {
  id: string;
  type: string;
  /** The target resolved to a part path ("xl/drawings/drawing1.xml"); external targets as written. */
  target: string;
  external: boolean;
}

export const REL_TYPE = {
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
} as const;

export function toBytes(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

const ZIP_MAGIC = [0x50, 0x4b]; // "PK"
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Whether a compound file holds an "EncryptedPackage" stream (its directory names are UTF-16LE). */
function holdsEncryptedPackage(bytes: Uint8Array): boolean {
  const name = 'EncryptedPackage';
  const needle = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) needle[i * 2] = name.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function checkMagic(bytes: Uint8Array): void {
  if (startsWith(bytes, CFB_MAGIC)) {
    if (holdsEncryptedPackage(bytes)) {
      throw new XlsxError(
        'encrypted',
        'Workbook ini dilindungi kata sandi (terenkripsi). Buka di Excel, hapus kata sandinya, simpan, lalu coba lagi.',
        'This workbook is password-protected (encrypted). Open it in Excel, remove the password, save it and try again.'
      );
    }
    throw new XlsxError(
      'not-xlsx',
      'Ini tampaknya workbook Excel lama (.xls, Excel 97-2003). Simpan ulang sebagai .xlsx di Excel, lalu coba lagi.',
      'This looks like an old Excel workbook (.xls, Excel 97-2003). Save it as .xlsx in Excel and try again.'
    );
  }
  if (bytes.length < 22 || !startsWith(bytes, ZIP_MAGIC)) {
    throw new XlsxError(
      'not-xlsx',
      'Berkas ini bukan workbook Excel (.xlsx).',
      'This file is not an Excel workbook (.xlsx).'
    );
  }
}

function tooLarge(what: string, bytes: number, limit: number): XlsxError {
  const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
  return new XlsxError(
    'too-large',
    `Berkas ditolak: ${what} berukuran ${mb(bytes)} saat dibuka, melebihi batas ${mb(limit)}.`,
    `File refused: ${what} is ${mb(bytes)} when unpacked, over the ${mb(limit)} limit.`
  );
}

function unreadable(cause?: unknown): XlsxError {
  return new XlsxError(
    'unreadable',
    'Berkas .xlsx ini rusak atau tidak dapat dibaca.',
    'This .xlsx file is damaged or cannot be read.',
    { cause }
  );
}

/**
 * Reads the zip's central directory (without inflating anything) and checks the declared sizes.
 * Handles ZIP64 sizes; a directory that cannot be found means the zip is damaged.
 */
export function checkDeclaredSizes(bytes: Uint8Array, limits: XlsxLimits): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw unreadable();
  let entries = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if ((offset === 0xffffffff || entries === 0xffff) && eocd >= 20 && view.getUint32(eocd - 20, true) === 0x07064b50) {
    const z64 = Number(view.getBigUint64(eocd - 12, true));
    if (z64 + 56 > bytes.length || view.getUint32(z64, true) !== 0x06064b50) throw unreadable();
    entries = Number(view.getBigUint64(z64 + 32, true));
    offset = Number(view.getBigUint64(z64 + 48, true));
  }
  if (entries > limits.maxEntries) {
    throw new XlsxError(
      'too-large',
      `Berkas ditolak: berisi ${entries} bagian, melebihi batas ${limits.maxEntries}.`,
      `File refused: it holds ${entries} parts, over the ${limits.maxEntries} limit.`
    );
  }
  let total = 0;
  let p = offset;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) throw unreadable();
    let size = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen));
    if (size === 0xffffffff) {
      // ZIP64: the real size is in the extended information extra field (id 0x0001).
      size = Number.MAX_SAFE_INTEGER;
      let e = p + 46 + nameLen;
      const endExtra = e + extraLen;
      while (e + 4 <= endExtra) {
        const id = view.getUint16(e, true);
        const len = view.getUint16(e + 2, true);
        if (id === 0x0001 && len >= 8) size = Number(view.getBigUint64(e + 4, true));
        e += 4 + len;
      }
    }
    if (size > limits.maxPartBytes) throw tooLarge(name, size, limits.maxPartBytes);
    total += size;
    if (total > limits.maxTotalBytes) throw tooLarge('isi berkas / the contents', total, limits.maxTotalBytes);
    p += 46 + nameLen + extraLen + commentLen;
  }
}

interface JSZipStream {
  on(event: 'data', cb: (chunk: Uint8Array) => void): JSZipStream;
  on(event: 'error', cb: (e: Error) => void): JSZipStream;
  on(event: 'end', cb: () => void): JSZipStream;
  pause(): JSZipStream;
  resume(): JSZipStream;
}

/** Inflates one part, giving up as soon as it passes the limits (a directory can understate sizes). */
function inflateGuarded(file: JSZip.JSZipObject, limits: XlsxLimits, budget: { left: number }): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    let done = false;
    // internalStream (public in JSZip, missing from its typings) inflates chunk by chunk, so a part
    // can be stopped as soon as it grows past the limit instead of after it filled the memory.
    const stream = (file as unknown as { internalStream(type: 'uint8array'): JSZipStream }).internalStream(
      'uint8array'
    );
    stream
      .on('data', (chunk: Uint8Array) => {
        if (done) return;
        size += chunk.length;
        budget.left -= chunk.length;
        if (size > limits.maxPartBytes || budget.left < 0) {
          done = true;
          stream.pause();
          reject(
            size > limits.maxPartBytes
              ? tooLarge(file.name, size, limits.maxPartBytes)
              : tooLarge('isi berkas / the contents', limits.maxTotalBytes - budget.left, limits.maxTotalBytes)
          );
          return;
        }
        chunks.push(chunk);
      })
      .on('error', (e: Error) => {
        if (done) return;
        done = true;
        reject(unreadable(e));
      })
      .on('end', () => {
        if (done) return;
        done = true;
        const out = new Uint8Array(size);
        let at = 0;
        for (const c of chunks) {
          out.set(c, at);
          at += c.length;
        }
        resolve(out);
      })
      .resume();
  });
}

function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

const isXmlPart = (path: string) => /\.(xml|rels|vml)$/i.test(path);

/** Opens and checks a workbook; throws XlsxError when it must be refused. */
/** The date of every entry of a workbook as it was read (zipXlsx gives them back). */
const READ_DATES = new WeakMap<JSZip, Map<string, Date>>();

/** Where no date was read: 1980-01-01, the first date a zip entry can hold. */
const ZIP_EPOCH = new Date(1980, 0, 1);

/** Remembers the dates of a workbook's entries just after it was read (openXlsx does it). */
export function rememberDates(zip: JSZip): void {
  READ_DATES.set(zip, new Map(Object.values(zip.files).map((f) => [f.name, f.date])));
}

/**
 * The one place a written workbook is zipped, so that the same input always gives the same bytes:
 * every entry keeps the date it had in the workbook read; a new part (a drawing, a picture, a folder
 * entry JSZip adds for it) takes the date of xl/workbook.xml as read, else the zip epoch, never the
 * current time.
 */
export function zipXlsx(zip: JSZip, compression: { level?: number } = {}): Promise<Uint8Array> {
  const read = READ_DATES.get(zip) ?? new Map<string, Date>();
  const fallback = read.get('xl/workbook.xml') ?? ZIP_EPOCH;
  for (const entry of Object.values(zip.files)) entry.date = read.get(entry.name) ?? fallback;
  return zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    ...(compression.level === undefined ? {} : { compressionOptions: { level: compression.level } }),
  });
}

export async function openXlsx(
  data: Uint8Array | ArrayBuffer,
  limits: Partial<XlsxLimits> = {},
  opts: { lazy?: boolean } = {}
): Promise<XlsxPackage> {
  const lim: XlsxLimits = { ...DEFAULT_LIMITS, ...limits };
  const bytes = toBytes(data);
  checkMagic(bytes);
  checkDeclaredSizes(bytes, lim);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw unreadable(e);
  }
  rememberDates(zip);
  if (!zip.file('xl/workbook.xml')) {
    throw new XlsxError(
      'not-xlsx',
      'Berkas ini arsip zip, tetapi bukan workbook Excel (tidak ada xl/workbook.xml); mungkin dokumen Word (.docx) atau berkas lain.',
      'This file is a zip archive but not an Excel workbook (no xl/workbook.xml); it may be a Word document (.docx) or something else.'
    );
  }
  const pkg: XlsxPackage = { bytes, zip, xml: new Map(), sheets: [] };
  const state = { limits: lim, budget: { left: lim.maxTotalBytes }, inflated: new Set<string>() };
  inflateState.set(pkg, state);
  // Lazy: only the package's map (relationships and the workbook) now; a reader loads what it needs.
  const first = Object.values(zip.files).filter(
    (f) => !f.dir && (!opts.lazy || f.name.endsWith('.rels') || f.name === 'xl/workbook.xml')
  );
  await inflateInto(pkg, first, state);
  pkg.sheets = listSheets(pkg);
  return pkg;
}

interface InflateState {
  limits: XlsxLimits;
  budget: { left: number };
  /** Parts inflated so far (XML or not). */
  inflated: Set<string>;
}
const inflateState = new WeakMap<XlsxPackage, InflateState>();

async function inflateInto(pkg: XlsxPackage, files: JSZip.JSZipObject[], state: InflateState): Promise<void> {
  for (const file of files) {
    const content = await inflateGuarded(file, state.limits, state.budget);
    state.inflated.add(file.name);
    if (!isXmlPart(file.name)) continue;
    const text = decodeText(content);
    if (text.includes('<!DOCTYPE') || text.includes('<!ENTITY')) {
      throw new XlsxError(
        'unsafe-xml',
        `Berkas ditolak: bagian ${file.name} memuat deklarasi DOCTYPE/ENTITY yang tidak pernah dibuat Excel (kemungkinan berbahaya).`,
        `File refused: part ${file.name} holds a DOCTYPE/ENTITY declaration, which Excel never writes (possibly malicious).`
      );
    }
    pkg.xml.set(file.name, text);
  }
}

/** Deflate cannot expand data by more than about 1032:1, whatever a zip's directory says. */
const MAX_DEFLATE_RATIO = 1032;

/**
 * For a package opened with `lazy`, after the reader loaded what it needs: the parts left packed are
 * proven harmless without inflating them where their compressed size bounds what they could become
 * (under the limits); any other one is inflated with the usual guard, so a zip bomb is refused as if
 * every part had been read.
 */
export async function checkUnloadedParts(pkg: XlsxPackage): Promise<void> {
  const state = inflateState.get(pkg);
  if (!state) return;
  let bounded = 0;
  const inflate: JSZip.JSZipObject[] = [];
  for (const file of Object.values(pkg.zip.files)) {
    if (file.dir || state.inflated.has(file.name)) continue;
    const compressed = (file as unknown as { _data?: { compressedSize?: number } })._data?.compressedSize;
    const bound = compressed === undefined ? Infinity : compressed * MAX_DEFLATE_RATIO + 1024;
    if (bound <= state.limits.maxPartBytes && bounded + bound <= state.budget.left) bounded += bound;
    else inflate.push(file);
  }
  for (const file of inflate) {
    await inflateGuarded(file, state.limits, state.budget);
    state.inflated.add(file.name);
  }
}

/**
 * Loads more XML parts of a package opened with `lazy` (same checks: sizes while inflating, no
 * DOCTYPE/ENTITY). Parts already loaded, missing or not XML are skipped.
 */
export async function loadParts(pkg: XlsxPackage, paths: Iterable<string>): Promise<void> {
  const state = inflateState.get(pkg);
  if (!state) return;
  const files: JSZip.JSZipObject[] = [];
  for (const path of new Set(paths)) {
    const file = pkg.zip.file(path);
    if (file && !file.dir && !pkg.xml.has(path) && isXmlPart(path)) files.push(file);
  }
  await inflateInto(pkg, files, state);
}

/** Parses an XML part of the package; a malformed part makes the file unreadable. */
export function partXml(pkg: { xml: Map<string, string> }, path: string): XmlElement | undefined {
  const text = pkg.xml.get(path);
  if (text === undefined) return undefined;
  try {
    return parseXml(text);
  } catch (e) {
    throw unreadable(e);
  }
}

/** The rels part of a part: "xl/worksheets/sheet1.xml" -> "xl/worksheets/_rels/sheet1.xml.rels". */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the part that holds the relationship. */
export function resolveTarget(partPath: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = partPath.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** The relationships of a part (empty when it has none). */
export function readRels(pkg: { xml: Map<string, string> }, partPath: string): Relationship[] {
  const root = partXml(pkg, relsPathOf(partPath));
  if (!root) return [];
  return children(root, NS.pkgRels, 'Relationship').map((r) => {
    const external = r.attrs.TargetMode === 'External';
    const target = r.attrs.Target ?? '';
    return {
      id: r.attrs.Id ?? '',
      type: r.attrs.Type ?? '',
      target: external ? target : resolveTarget(partPath, target),
      external,
    };
  });
}

function listSheets(pkg: XlsxPackage): SheetPart[] {
  const wb = partXml(pkg, 'xl/workbook.xml');
  const rels = readRels(pkg, 'xl/workbook.xml');
  const sheetsEl = wb && children(wb, NS.main, 'sheets')[0];
  if (!sheetsEl) throw unreadable();
  const out: SheetPart[] = [];
  children(sheetsEl, NS.main, 'sheet').forEach((s, index) => {
    const rel = rels.find((r) => r.id === nsAttr(s, NS.r, 'id'));
    if (rel && rel.type === REL_TYPE.worksheet) out.push({ name: s.attrs.name ?? '', path: rel.target, index });
  });
  return out;
}
