/**
 * One file checked: read it (src/xlsx), run the core pipeline on every sheet, and describe a file that
 * cannot be read in the user's language. Used by the CLI directly and by its worker threads.
 */
import { checkGrids, type CheckOptions } from '../core/check';
import { basename } from 'node:path';
import type { FileError, FileReport, Lang } from '../core/model';
import { isXlsxError } from '../xlsx/errors';
import { readWorkbookFile, type SkippedFile } from '../xlsx/files';
import { SkippedInputError } from '../xlsx/inputs';
import { plural } from './io';

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
  if (e instanceof SkippedInputError) return skippedError(e, lang);
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

/** How many skipped files are named one by one, per reason, before "and N more". */
const NAMED_MAX = 5;

/**
 * A PATH with nothing to read, as the report's `error`: a folder without any .xlsx/.xlsm (code
 * `no-workbook`, naming what it holds and why each was skipped), or an Excel lock file (`lock-file`).
 */
function skippedError(e: SkippedInputError, lang: Lang): FileError {
  const en = lang === 'en';
  if (e.kind === 'lock-file') {
    return {
      code: 'lock-file',
      message: en
        ? 'This is a lock file Excel keeps beside an open workbook ("~$..."), not a workbook. Check the workbook itself (the same name without "~$").'
        : 'Ini berkas kunci yang dibuat Excel di samping buku kerja yang sedang dibuka ("~$..."), bukan buku kerja. Periksa buku kerjanya sendiri (nama yang sama tanpa "~$").',
    };
  }
  const head = en ? 'No .xlsx or .xlsm workbook in this folder' : 'Tidak ada buku kerja .xlsx atau .xlsm di folder ini';
  if (e.skipped.length === 0)
    return { code: 'no-workbook', message: en ? `${head}: it is empty.` : `${head}: folder ini kosong.` };
  const why: Record<SkippedFile['reason'], { id: string; en: string }> = {
    xls: {
      id: 'format Excel lama: buka di Excel lalu simpan sebagai .xlsx dulu',
      en: 'the old Excel format: open it in Excel and save it as .xlsx first',
    },
    spreadsheet: {
      id: 'format lembar kerja lain: buka di Excel lalu simpan sebagai .xlsx',
      en: 'another spreadsheet format: open it in Excel and save it as .xlsx',
    },
    lock: { id: 'berkas kunci Excel dari buku kerja yang sedang dibuka', en: 'Excel lock files of open workbooks' },
    other: { id: 'bukan buku kerja Excel', en: 'not Excel workbooks' },
  };
  const groups = (['xls', 'spreadsheet', 'lock', 'other'] as const)
    .map((reason) => ({ reason, files: e.skipped.filter((s) => s.reason === reason).map((s) => basename(s.path)) }))
    .filter((g) => g.files.length > 0)
    .map(({ reason, files }) => {
      const shown = files.slice(0, NAMED_MAX).join(', ');
      const more = files.length - NAMED_MAX;
      const list = more > 0 ? (en ? `${shown} and ${more} more` : `${shown} dan ${more} lainnya`) : shown;
      return `${list} (${en ? why[reason].en : why[reason].id})`;
    });
  const count = en ? plural(e.skipped.length, 'file') : `${e.skipped.length} berkas`;
  return {
    code: 'no-workbook',
    message: en
      ? `${head}; ${count} skipped: ${groups.join('; ')}.`
      : `${head}; ${count} dilewati: ${groups.join('; ')}.`,
  };
}
