/**
 * What the CLI says about its own files, in the user's language: an output that would replace an
 * input, an output the system would not let it write, and English plurals. The writing itself is
 * src/xlsx/write-files (whole or not at all).
 */
import { dirname, resolve } from 'node:path';
import type { Lang } from '../core/model';
import { isSameFile } from '../xlsx/write-files';

/** Where a command writes and what it knows of its terminal: the process's own, or a test's. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

/** "1 step", "2 steps": English needs the plural; Indonesian does not change the word. */
export function plural(n: number, one: string, many: string = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The message refusing `output` when it is, or resolves to, one of `inputs` (through a link, a hard
 * link, or letter case on a file system that ignores it); null when it is another file.
 */
export async function outputReplacesInput(output: string, inputs: string[], lang: Lang): Promise<string | null> {
  for (const input of inputs) {
    if (await isSameFile(input, output)) {
      return lang === 'en'
        ? `alur: the output ${output} is the input file ${input}: nothing written (the input is never modified; name another file with -o).\n`
        : `alur: keluaran ${output} adalah berkas masukan ${input}: tidak ada yang ditulis (masukan tidak pernah diubah; beri nama berkas lain dengan -o).\n`;
    }
  }
  return null;
}

/**
 * A failed write as a sentence that says what to do: the folder is missing, the target is a folder,
 * no permission, the disk is full, ... `path` is the output the user named.
 */
export function writeErrorMessage(e: unknown, output: string, lang: Lang): string {
  let path = output;
  const en = lang === 'en';
  const code = (e as NodeJS.ErrnoException)?.code;
  // A file inside an output folder names itself (see writeFolderOutput); otherwise the output is `path`.
  const target = (e as { target?: unknown })?.target;
  if (typeof target === 'string') path = target;
  const folder = dirname(resolve(path));
  let why: string;
  switch (code) {
    case 'ENOENT':
      why = en
        ? `the folder ${folder} does not exist. Create it first, or choose another place.`
        : `folder ${folder} tidak ada. Buat dulu folder itu, atau pilih tempat lain.`;
      break;
    case 'EISDIR':
      why = en
        ? `${path} is a folder. Give the name of a file to write.`
        : `${path} adalah folder. Beri nama berkas yang akan ditulis.`;
      break;
    case 'ENOTDIR':
      why = en
        ? `part of the path ${path} is a file, not a folder.`
        : `sebagian jalur ${path} adalah berkas, bukan folder.`;
      break;
    case 'EACCES':
    case 'EPERM':
      why = en
        ? `permission denied: you may not write in ${folder}. Choose a folder you can write to.`
        : `akses ditolak: Anda tidak boleh menulis di ${folder}. Pilih folder yang dapat Anda tulisi.`;
      break;
    case 'EROFS':
      why = en
        ? `${folder} is on a read-only disk. Choose another place.`
        : `${folder} berada di disk yang hanya bisa dibaca. Pilih tempat lain.`;
      break;
    case 'ENOSPC':
    case 'EDQUOT':
      why = en
        ? `the disk is full. Free some space and try again.`
        : `disk penuh. Kosongkan sebagian ruang lalu coba lagi.`;
      break;
    case 'ENAMETOOLONG':
      why = en
        ? `the name is too long. Choose a shorter one.`
        : `namanya terlalu panjang. Pilih nama yang lebih pendek.`;
      break;
    default: {
      const detail = e instanceof Error ? e.message : String(e);
      why = en ? `the system refused (${detail}).` : `sistem menolak (${detail}).`;
    }
  }
  const tail = en ? ' Nothing was written.' : ' Tidak ada yang ditulis.';
  return en ? `alur: cannot write ${path}: ${why}${tail}\n` : `alur: tidak dapat menulis ${path}: ${why}${tail}\n`;
}
