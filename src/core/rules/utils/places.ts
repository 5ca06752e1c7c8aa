/** Helpers shared by the checks across SOPs: places, offices, how an SOP is named in a message. */
import { say } from '../../i18n';
import type { Lang } from '../../model';
import type { ReviewPlace } from '../../report/types';
import type { CrossSop } from '../cross/types';

/**
 * A place from a cell as findings write it: `B5` on the SOP's own sheet, `COVER!B5` or
 * `'Sampul SOP'!B5` on another sheet.
 */
export function placeOf(sop: CrossSop, cell: string | null): ReviewPlace {
  const at = cell ?? sop.cells.table;
  const bang = at.lastIndexOf('!');
  if (bang < 0) return { path: sop.path, sheet: sop.sop.sheet, cell: at };
  let sheet = at.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { path: sop.path, sheet, cell: at.slice(bang + 1) };
}

/** The folder of a path (an office's SOPs are the workbooks of one folder): "" for a bare file name. */
export function officeOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut < 0 ? '' : path.slice(0, cut);
}

/** The file name of a path. */
export function baseName(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(cut + 1);
}

/** How a message names an SOP: its name (or sheet) and its file. */
export function sopLabel(sop: CrossSop, lang: Lang): string {
  const name = sop.sop.name ?? say(lang, `lembar ${sop.sop.sheet}`, `sheet ${sop.sop.sheet}`);
  return `“${name}” (${baseName(sop.path)})`;
}

/** Groups items by a key, keeping the order of first appearance; items with a null key are left out. */
export function groupBy<T>(items: T[], key: (item: T) => string | null): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const g = groups.get(k);
    if (g) g.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}

/** Lower case, markup-free words: punctuation becomes a space, runs of space one. */
export function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/<[^<>]*>/g, ' ')
    .replace(/&[a-z]+;/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}
