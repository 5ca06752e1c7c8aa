/**
 * One file checked: read it (src/xlsx), run the core pipeline on every sheet, and describe a file that
 * cannot be read in the user's language. Used by the CLI directly and by its worker threads.
 */
import { checkGrids, type CheckOptions } from '../core/check';
import { pick } from '../core/i18n';
import { basename } from 'node:path';
import type { FileError, FileReport, Lang } from '../core/model';
import { isXlsxError } from '../xlsx/errors';
import { readWorkbookFile } from '../xlsx/files';
import { SkippedInputError } from '../xlsx/inputs';
import { messages } from './messages';

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
  if (isXlsxError(e)) return { code: e.code, message: pick(e, lang) };
  if (e instanceof SkippedInputError) return skippedError(e, lang);
  const m = messages(lang).file;
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return { code: 'not-found', message: m.notFound };
  if (code === 'EACCES' || code === 'EPERM') return { code: 'unreadable', message: m.permission };
  if (code === 'EISDIR') return { code: 'unreadable', message: m.isFolder };
  return { code: 'unreadable', message: m.unreadable(e instanceof Error ? e.message : String(e)) };
}

/** How many skipped files are named one by one, per reason, before "and N more". */
const NAMED_MAX = 5;

/**
 * A PATH with nothing to read, as the report's `error`: a folder without any .xlsx/.xlsm (code
 * `no-workbook`, naming what it holds and why each was skipped), or an Excel lock file (`lock-file`).
 */
function skippedError(e: SkippedInputError, lang: Lang): FileError {
  const m = messages(lang).file;
  if (e.kind === 'lock-file') return { code: 'lock-file', message: m.lockFile };
  if (e.skipped.length === 0) return { code: 'no-workbook', message: m.noWorkbookEmpty };
  const groups = (['xls', 'spreadsheet', 'lock', 'other'] as const)
    .map((reason) => ({ reason, files: e.skipped.filter((s) => s.reason === reason).map((s) => basename(s.path)) }))
    .filter((g) => g.files.length > 0)
    .map(({ reason, files }) => {
      const shown = files.slice(0, NAMED_MAX).join(', ');
      const more = files.length - NAMED_MAX;
      return `${more > 0 ? m.andMore(shown, more) : shown} (${m.skipReason[reason]})`;
    });
  return { code: 'no-workbook', message: m.noWorkbookSkipped(e.skipped.length, groups) };
}
