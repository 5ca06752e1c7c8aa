/**
 * Writing files for the CLI (Node only): `alur draw` and `alur export` read one workbook and write a new
 * file or a folder of files. The browser never comes here: file mode downloads bytes instead.
 */
import { mkdir, readFile, realpath, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/** Reads a whole file as bytes (a view over Node's buffer, without copying). */
export async function readBytes(path: string): Promise<Uint8Array> {
  const b = await readFile(path);
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

/** Writes bytes or text to a file, creating its folder when needed. */
export async function writeOutput(path: string, data: Uint8Array | string): Promise<void> {
  await mkdir(dirname(resolve(path)), { recursive: true });
  await writeFile(path, data);
}

/** Creates a folder (and its parents) for several output files. */
export async function ensureFolder(path: string): Promise<void> {
  await mkdir(path, { recursive: true });
}

/**
 * Whether two paths name the same file, following symbolic links where the files exist, so that
 * `alur draw a.xlsx -o ./a.xlsx` (or a link to it) is refused before anything is written.
 */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  const real = async (p: string) => {
    try {
      return await realpath(p);
    } catch {
      return resolve(p);
    }
  };
  return (await real(a)) === (await real(b));
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
