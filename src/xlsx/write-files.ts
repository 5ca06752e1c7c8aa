/**
 * Writing files for the CLI (Node only): `alur draw` and `alur export` read one workbook and write a new
 * file or a folder of files. The browser never comes here: file mode downloads bytes instead.
 *
 * Every output goes through a temporary file in the same folder, renamed over the target only once it
 * is whole, so a failed write (disk full, killed process) never leaves half a file, nor replaces a good
 * one with a broken one. Folders are not created on the way: a missing folder is the user's mistake to
 * hear about, not a reason to scatter new folders.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** Reads a whole file as bytes (a view over Node's buffer, without copying). */
export async function readBytes(path: string): Promise<Uint8Array> {
  const b = await readFile(path);
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

/** A name for a temporary sibling of `path`: hidden, unique, recognisably Alur's. */
function tempSibling(path: string): string {
  const full = resolve(path);
  return join(dirname(full), `.${basename(full)}.${process.pid}-${randomBytes(4).toString('hex')}.alur-tmp`);
}

/**
 * Writes bytes or text to `path` whole or not at all: into a temporary file beside it, then renamed
 * over it. The folder must exist. On failure the temporary file is removed and the error (with its
 * errno `code`) is thrown; `path` is then as it was.
 */
export async function writeOutput(path: string, data: Uint8Array | string): Promise<void> {
  const tmp = tempSibling(path);
  try {
    await writeFile(tmp, data, { flag: 'wx' });
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}

/** An error that names the system error `code` it stands for, as Node's own errors do. */
function errnoError(code: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${path}`), { code, path });
}

/**
 * Writes several files into the folder `folder` whole or not at all. A new folder is made as a
 * temporary sibling and renamed into place once every file is in it; in an existing folder every file
 * is first written under a temporary name, every name is checked (a folder in the way is EISDIR), then
 * all are renamed. On failure nothing of the new output
 * is left behind. `folder` naming a file is an ENOTDIR error.
 */
export async function writeFolderOutput(
  folder: string,
  files: { name: string; data: Uint8Array | string }[]
): Promise<void> {
  let exists = false;
  try {
    exists = (await stat(folder)).isDirectory();
    if (!exists) throw errnoError('ENOTDIR', folder);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  if (!exists) {
    const tmp = tempSibling(folder);
    try {
      await mkdir(tmp);
      for (const f of files) await writeFile(join(tmp, f.name), f.data, { flag: 'wx' });
      await rename(tmp, folder);
    } catch (e) {
      await rm(tmp, { recursive: true, force: true }).catch(() => undefined);
      throw e;
    }
    return;
  }
  const staged: { tmp: string; path: string }[] = [];
  let current = folder;
  try {
    for (const f of files) {
      const path = join(folder, f.name);
      const tmp = tempSibling(path);
      staged.push({ tmp, path });
      current = path;
      await writeFile(tmp, f.data, { flag: 'wx' });
    }
    // A name taken by a folder would stop the renames half way: find it before renaming any.
    for (const s of staged) {
      current = s.path;
      const taken = await stat(s.path).catch(() => null);
      if (taken?.isDirectory()) throw errnoError('EISDIR', s.path);
    }
    for (const s of staged) {
      current = s.path;
      await rename(s.tmp, s.path);
    }
  } catch (e) {
    for (const s of staged) await rm(s.tmp, { force: true }).catch(() => undefined);
    // Which file of the folder failed, for the message (the error's own path is the temporary name).
    if (e && typeof e === 'object') Object.assign(e, { target: current });
    throw e;
  }
}

/** The real path of `p`: links resolved; for a file not there yet, its folder's real path and its name. */
async function realOrResolved(p: string): Promise<string> {
  try {
    return await realpath(p);
  } catch {
    try {
      return join(await realpath(dirname(resolve(p))), basename(p));
    } catch {
      return resolve(p);
    }
  }
}

/**
 * Whether two paths name the same file, so that `alur draw a.xlsx -o ./a.xlsx` (or a symbolic link to
 * it, a hard link, or A.XLSX on a file system that ignores case) is refused before anything is
 * written: the same real path, or, where both exist, the same device and inode.
 */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  if ((await realOrResolved(a)) === (await realOrResolved(b))) return true;
  try {
    const [sa, sb] = await Promise.all([stat(a, { bigint: true }), stat(b, { bigint: true })]);
    return sa.ino !== 0n && sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/**
 * A file name made from free text (a sheet or SOP name): letters, digits, '-', '_' and '.', other runs
 * turned into '-', at most `max` characters, never empty, never a dot file.
 */
export function safeFileName(text: string, max = 80): string {
  const cleaned = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, max)
    .replace(/[-.]+$/g, '');
  return cleaned || 'sop';
}

/** The content type of a workbook part that holds macros (an .xlsm's xl/workbook.xml). */
export const MACRO_WORKBOOK_TYPE = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';

/**
 * Whether a workbook package is macro-enabled (its workbook part has the .xlsm content type), read
 * from [Content_Types].xml alone. Such a workbook must keep the .xlsm name: Excel refuses to open a
 * macro-enabled package named .xlsx, and an ordinary one named .xlsm.
 */
export async function isMacroWorkbook(bytes: Uint8Array): Promise<boolean> {
  const { default: JSZip } = await import('jszip');
  try {
    const zip = await JSZip.loadAsync(bytes);
    const types = await zip.file('[Content_Types].xml')?.async('string');
    return types?.includes(MACRO_WORKBOOK_TYPE) ?? false;
  } catch {
    return false;
  }
}
