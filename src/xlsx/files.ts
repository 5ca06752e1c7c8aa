/**
 * File system access for the CLI (Node only; the browser passes bytes to ./read directly).
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Grid } from '../core/grid';
import { readWorkbook, type ReadOptions } from './read';

/** Reads one .xlsx or .xlsm file from disk into grids (one per worksheet). */
export async function readWorkbookFile(path: string, opts?: ReadOptions): Promise<Grid[]> {
  const bytes = await readFile(path);
  return readWorkbook(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), opts);
}

/** Excel's lock files ("~$Book1.xlsx") sit beside open workbooks and are not workbooks. */
export const isLockFile = (name: string) => name.startsWith('~$');
/** A workbook Alur reads: .xlsx, or .xlsm (a workbook with macros, which are kept as they are). */
export const isWorkbookName = (name: string) => /\.xls[xm]$/i.test(name) && !isLockFile(name);
const isXlsx = isWorkbookName;

/**
 * Why a file in a folder was not read: an old .xls, another spreadsheet format (.xlsb, .ods, .csv,
 * templates), an Excel lock file, or another type of file.
 */
export type SkipReason = 'xls' | 'spreadsheet' | 'lock' | 'other';

export interface SkippedFile {
  path: string;
  reason: SkipReason;
}

/** Why a file that is not read as a workbook is skipped. */
export function skipReason(name: string): SkipReason {
  if (isLockFile(name)) return 'lock';
  if (/\.xls$/i.test(name)) return 'xls';
  if (/\.(xlsb|xltx|xltm|xlt|ods|fods|csv)$/i.test(name)) return 'spreadsheet';
  return 'other';
}

/**
 * The .xlsx and .xlsm files among `paths`: files as given (when they are workbooks and not lock
 * files), folders searched recursively, results sorted within each folder for stable output. Hidden
 * folders (".git") and node_modules are skipped.
 */
export async function findXlsx(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const info = await stat(p);
    if (info.isDirectory()) await walk(p, out, []);
    else if (isXlsx(basename(p))) out.push(p);
  }
  return out;
}

/** The workbooks under a folder (as findXlsx) and every other file met there, with why it was skipped. */
export async function scanFolder(dir: string): Promise<{ workbooks: string[]; skipped: SkippedFile[] }> {
  const workbooks: string[] = [];
  const skipped: SkippedFile[] = [];
  await walk(dir, workbooks, skipped);
  return { workbooks, skipped };
}

async function walk(dir: string, out: string[], skipped: SkippedFile[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (!e.name.startsWith('.') && e.name !== 'node_modules') await walk(full, out, skipped);
    } else if (e.isFile() && isXlsx(e.name)) out.push(full);
    else if (e.isFile() && !e.name.startsWith('.')) skipped.push({ path: full, reason: skipReason(e.name) });
  }
}
