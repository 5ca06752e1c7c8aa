/**
 * What the CLI was asked to read: every PATH as given, folders expanded to the .xlsx files under them.
 * A PATH that does not exist, or a file that is not named .xlsx but was given explicitly, stays in the
 * list so the report can say what is wrong with it instead of skipping it silently.
 */
import { stat } from 'node:fs/promises';
import { findXlsx } from './files';

export interface Input {
  path: string;
  /** Set when the path could not even be looked at (it does not exist, no permission). */
  error?: unknown;
}

export async function expandInputs(paths: string[]): Promise<Input[]> {
  const out: Input[] = [];
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) out.push(...(await findXlsx([path])).map((p) => ({ path: p })));
      else out.push({ path });
    } catch (error) {
      out.push({ path, error });
    }
  }
  return out;
}
