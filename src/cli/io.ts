/**
 * What the CLI says about its own files, in the user's language (the words are in ./messages): an output
 * that would replace an input, an output the system would not let it write. The writing itself is
 * src/xlsx/write-files (whole or not at all).
 */
import { dirname, resolve } from 'node:path';
import type { Lang } from '../core/model';
import { isSameFile } from '../xlsx/write-files';
import { messages } from './messages';

/** Where a command writes and what it knows of its terminal: the process's own, or a test's. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

/** English plurals ("1 step", "2 steps") are made with the catalogue's words: ./messages. */
export { plural } from './messages';

/**
 * The message refusing `output` when it is, or resolves to, one of `inputs` (through a link, a hard
 * link, or letter case on a file system that ignores it); null when it is another file.
 */
export async function outputReplacesInput(output: string, inputs: string[], lang: Lang): Promise<string | null> {
  for (const input of inputs) {
    if (await isSameFile(input, output)) return messages(lang).output.replacesInput(output, input);
  }
  return null;
}

/**
 * A failed write as a sentence that says what to do: the folder is missing, the target is a folder,
 * no permission, the disk is full, ... `path` is the output the user named.
 */
export function writeErrorMessage(e: unknown, output: string, lang: Lang): string {
  let path = output;
  const m = messages(lang).output;
  const code = (e as NodeJS.ErrnoException)?.code;
  // A file inside an output folder names itself (see writeFolderOutput); otherwise the output is `path`.
  const target = (e as { target?: unknown })?.target;
  if (typeof target === 'string') path = target;
  const folder = dirname(resolve(path));
  const why = m.whyNot;
  switch (code) {
    case 'ENOENT':
      return m.cannotWrite(path, why.noFolder(folder));
    case 'EISDIR':
      return m.cannotWrite(path, why.isFolder(path));
    case 'ENOTDIR':
      return m.cannotWrite(path, why.notFolder(path));
    case 'EACCES':
    case 'EPERM':
      return m.cannotWrite(path, why.permission(folder));
    case 'EROFS':
      return m.cannotWrite(path, why.readOnly(folder));
    case 'ENOSPC':
    case 'EDQUOT':
      return m.cannotWrite(path, why.diskFull);
    case 'ENAMETOOLONG':
      return m.cannotWrite(path, why.nameTooLong);
    default:
      return m.cannotWrite(path, why.refused(e instanceof Error ? e.message : String(e)));
  }
}
