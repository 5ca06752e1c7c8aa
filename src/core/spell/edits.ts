/** Edit-distance helpers for the speller: every string one edit from a word, and the swap test. */

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Every string one edit from `word` (lower case): a letter deleted, two neighbouring letters swapped, a
 * letter replaced, a letter inserted (a-z). About 54 n + 26 strings for a word of n letters.
 */
export function edits1(word: string): Set<string> {
  const out = new Set<string>();
  const n = word.length;
  for (let i = 0; i <= n; i++) {
    const a = word.slice(0, i);
    const b = word.slice(i);
    if (b.length > 0) out.add(a + b.slice(1));
    if (b.length > 1) out.add(a + b[1] + b[0] + b.slice(2));
    for (const c of LETTERS) {
      if (b.length > 0 && c !== b[0]) out.add(a + c + b.slice(1));
      out.add(a + c + b);
    }
  }
  out.delete(word);
  return out;
}

/** QWERTY rows: neighbouring keys are the likeliest slips of a finger. */
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const KEY_AT = new Map<string, [number, number]>();
ROWS.forEach((row, r) => [...row].forEach((c, i) => KEY_AT.set(c, [r, i])));

/** Keys next to each other on a QWERTY keyboard (same row, or the row above or below). */
export function keyboardNear(a: string, b: string): boolean {
  const p = KEY_AT.get(a);
  const q = KEY_AT.get(b);
  if (!p || !q || a === b) return false;
  const dr = q[0] - p[0];
  const dc = q[1] - p[1];
  return (
    (dr === 0 && Math.abs(dc) === 1) || (dr === -1 && (dc === 0 || dc === 1)) || (dr === 1 && (dc === 0 || dc === -1))
  );
}

/** A likely slip costs less than any other single edit. */
export const LIKELY_EDIT = 0.5;
export const OTHER_EDIT = 1;

/**
 * How likely it is that `typed` is a slip for `meant` (both lower case, one edit apart): a swap of
 * neighbouring letters, a keyboard neighbour struck instead or as well, a letter typed twice, a letter
 * left out cost LIKELY_EDIT; a letter replaced or added by one far away on the keyboard OTHER_EDIT.
 */
export function editCost(typed: string, meant: string): number {
  const n = Math.min(typed.length, meant.length);
  let i = 0;
  while (i < n && typed[i] === meant[i]) i++;
  if (typed.length === meant.length) {
    const swap = i < n - 1 && typed[i] === meant[i + 1] && typed[i + 1] === meant[i];
    return swap || keyboardNear(typed[i], meant[i]) ? LIKELY_EDIT : OTHER_EDIT;
  }
  if (typed.length === meant.length + 1) {
    // An extra letter: typed twice, or a key next to the letter before or after it.
    const extra = typed[i];
    const around = [typed[i - 1], typed[i + 1]].filter((c): c is string => c !== undefined);
    return around.some((c) => c === extra || keyboardNear(c, extra)) ? LIKELY_EDIT : OTHER_EDIT;
  }
  // A letter left out: as common a slip as any.
  return LIKELY_EDIT;
}
