/**
 * One file gathered for `alur review`: read it, check every SOP and plan its flowchart
 * (src/core/report/gather). Used in this thread and in the worker threads of ./pool.
 */
import type { CheckOptions } from '../core/check';
import { reviewGrids, type ReviewFile } from '../core/report';
import { readWorkbookFile } from '../xlsx/files';
import { fileError } from './check-file';

export async function reviewFile(path: string, options: CheckOptions): Promise<ReviewFile> {
  let grids;
  try {
    grids = await readWorkbookFile(path);
  } catch (e) {
    return { path, error: fileError(e, options.lang ?? 'id'), sops: [] };
  }
  return { path, error: null, sops: reviewGrids(grids, options) };
}

/** reviewFile, but a bug anywhere below becomes the file's `error` rather than an exception. */
export async function reviewFileSafely(path: string, options: CheckOptions): Promise<ReviewFile> {
  try {
    return await reviewFile(path, options);
  } catch (e) {
    return { path, error: fileError(e, options.lang ?? 'id'), sops: [] };
  }
}
