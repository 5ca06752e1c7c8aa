/**
 * One file checked: read it (src/xlsx), run the core pipeline on every sheet, and describe a file that
 * cannot be read in the user's language. Used by the CLI directly and by its worker threads.
 */
import { checkGrids, type CheckOptions } from '../core/check';
import type { FileError, FileReport, Lang } from '../core/model';
import { isXlsxError } from '../xlsx/errors';
import { readWorkbookFile } from '../xlsx/files';

export async function checkFile(path: string, options: CheckOptions): Promise<FileReport> {
  let grids;
  try {
    grids = await readWorkbookFile(path);
  } catch (e) {
    return { path, error: fileError(e, options.lang ?? 'id'), sops: [] };
  }
  return { path, error: null, sops: checkGrids(grids, options).map((r) => r.sop) };
}

/** A read failure as the report's `error`: the xlsx layer's own code, or one from the system error. */
export function fileError(e: unknown, lang: Lang): FileError {
  if (isXlsxError(e)) return { code: e.code, message: lang === 'en' ? e.en : e.id };
  const code = (e as NodeJS.ErrnoException)?.code;
  const en = lang === 'en';
  if (code === 'ENOENT')
    return { code: 'not-found', message: en ? 'No such file or folder.' : 'Berkas atau folder tidak ada.' };
  if (code === 'EACCES' || code === 'EPERM') {
    return {
      code: 'unreadable',
      message: en ? 'Permission denied: the file cannot be opened.' : 'Akses ditolak: berkas tidak dapat dibuka.',
    };
  }
  if (code === 'EISDIR')
    return { code: 'unreadable', message: en ? 'This is a folder, not a file.' : 'Ini folder, bukan berkas.' };
  const detail = e instanceof Error ? e.message : String(e);
  return {
    code: 'unreadable',
    message: en ? `The file cannot be read (${detail}).` : `Berkas tidak dapat dibaca (${detail}).`,
  };
}
