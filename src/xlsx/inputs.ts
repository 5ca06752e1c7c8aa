/**
 * What the CLI was asked to read: every PATH as given, folders expanded to the .xlsx/.xlsm files under
 * them. A PATH that does not exist, or a file that is not named .xlsx but was given explicitly, stays in
 * the list so the report can say what is wrong with it instead of skipping it silently. A folder that
 * holds no workbook, and an Excel lock file given by name, are errors of that PATH (SkippedInputError)
 * that say what was skipped and why.
 */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { isLockFile, scanFolder, type SkippedFile } from './files';

export interface Input {
  path: string;
  /** Set when the path could not even be looked at (it does not exist, no permission), or holds no workbook. */
  error?: unknown;
}

/** A PATH with nothing to read: a folder without any .xlsx/.xlsm (`skipped` says what it holds), or a lock file. */
export class SkippedInputError extends Error {
  constructor(
    readonly kind: 'folder' | 'lock-file',
    readonly skipped: SkippedFile[]
  ) {
    super(kind === 'folder' ? 'no .xlsx/.xlsm workbook in this folder' : 'an Excel lock file, not a workbook');
    this.name = 'SkippedInputError';
  }
}

export async function expandInputs(paths: string[]): Promise<Input[]> {
  const out: Input[] = [];
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) {
        const { workbooks, skipped } = await scanFolder(path);
        if (workbooks.length === 0) out.push({ path, error: new SkippedInputError('folder', skipped) });
        else out.push(...workbooks.map((p) => ({ path: p })));
      } else if (isLockFile(basename(path))) {
        out.push({ path, error: new SkippedInputError('lock-file', [{ path, reason: 'lock' }]) });
      } else out.push({ path });
    } catch (error) {
      out.push({ path, error });
    }
  }
  return out;
}
