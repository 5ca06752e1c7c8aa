/**
 * File system access for the CLI (Node only; the browser passes bytes to ./read directly).
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Grid } from '../core/grid';
import { readWorkbook, type ReadOptions } from './read';

/** Reads one .xlsx file from disk into grids (one per worksheet). */
export async function readWorkbookFile(path: string, opts?: ReadOptions): Promise<Grid[]> {
  const bytes = await readFile(path);
  return readWorkbook(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), opts);
}

/** Excel's lock files ("~$Book1.xlsx") sit beside open workbooks and are not workbooks. */
const isLockFile = (name: string) => name.startsWith('~$');
const isXlsx = (name: string) => /\.xlsx$/i.test(name) && !isLockFile(name);

/**
 * The .xlsx files among `paths`: files as given (when they are .xlsx and not lock files), folders
 * searched recursively, results sorted within each folder for stable output. Hidden folders (".git")
 * and node_modules are skipped.
 */
export async function findXlsx(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const info = await stat(p);
    if (info.isDirectory()) await walk(p, out);
    else if (isXlsx(basename(p))) out.push(p);
  }
  return out;
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (!e.name.startsWith('.') && e.name !== 'node_modules') await walk(full, out);
    } else if (e.isFile() && isXlsx(e.name)) out.push(full);
  }
}
