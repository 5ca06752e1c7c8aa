/**
 * Indonesian affixes, so a word the dictionary does not list in that form is still known when it is a
 * known root with common affixes: prefixes di-, ke-, se-, ter-, ber-, per-, me(N)- and pe(N)- (with their
 * sound changes: mem-/men-/meng-/meny-, `menyusun` from `susun`), up to two of them (`diper-`, `memper-`),
 * one suffix -kan, -i, -an, and one particle -nya, -lah, -kah, -pun. Reduplication (`dokumen-dokumen`)
 * is handled by the rule, which reads each half of a hyphenated word on its own.
 *
 * Deliberately lenient (a correct word must never be flagged), with two limits that keep typos typos:
 * roots have at least four letters (shorter ones the dictionary's own affix rules cover), and -i never follows a root ending in i (`mengoreksii` is not
 * meN- + koreksi + -i; Indonesian does not write that).
 */

const VOWEL = /^[aiueo]/;

/** The roots a prefix may have left: `rest` is the word after the prefix's letters. */
type PrefixRule = [prefix: string, roots: (rest: string) => string[]];

const plain = (rest: string): string[] => [rest];
const beforeR = (rest: string): string[] => (rest.startsWith('r') ? [rest] : []);

/** meN- and peN- share their sound changes. */
function nasal(head: 'me' | 'pe'): PrefixRule[] {
  return [
    [`${head}nge`, plain], // mengecat: cat (one-syllable roots)
    [`${head}ng`, (r) => (VOWEL.test(r) ? [r, `k${r}`] : /^[ghk]/.test(r) ? [r] : [])],
    [`${head}ny`, (r) => (VOWEL.test(r) ? [`s${r}`] : [])],
    [`${head}m`, (r) => (VOWEL.test(r) ? [`p${r}`] : /^[bfvp]/.test(r) ? [r] : [])],
    [`${head}n`, (r) => (VOWEL.test(r) ? [`t${r}`] : /^[dcjzts]/.test(r) ? [r] : [])],
    [head, (r) => (/^[lmnrwy]/.test(r) ? [r] : [])],
  ];
}

/** Prefixes that may stand inside another (`di-per-`, `ke-ber-`, `pe-ter-`): never meN-/peN- twice. */
const INNER_PREFIXES: PrefixRule[] = [
  ['per', plain],
  ['pe', beforeR],
  ['ber', plain],
  ['be', beforeR],
  ['ter', plain],
  ['te', beforeR],
  ['ke', plain],
];

const PREFIXES: PrefixRule[] = [
  ['di', plain],
  ['ke', plain],
  ['se', plain],
  ['ter', plain],
  ['te', beforeR],
  ['ber', plain],
  ['be', beforeR],
  ['per', plain],
  ...nasal('me'),
  ...nasal('pe'),
];

const SUFFIXES = ['kan', 'an', 'i'];
export const PARTICLES = ['nya', 'lah', 'kah', 'pun'];

const MIN_ROOT = 4;

/** The strings left after taking off no, one or two prefixes. */
function withoutPrefixes(word: string): string[] {
  const out = [word];
  for (let layer = 0, from = 0; layer < 2; layer++) {
    const to = out.length;
    for (let k = from; k < to; k++) {
      const w = out[k];
      for (const [prefix, roots] of layer === 0 ? PREFIXES : INNER_PREFIXES) {
        if (!w.startsWith(prefix)) continue;
        for (const r of roots(w.slice(prefix.length))) if (r.length >= MIN_ROOT) out.push(r);
      }
    }
    from = to;
  }
  return out;
}

/** The strings left after taking off no suffix or one. */
function withoutSuffix(stem: string): string[] {
  const out = [stem];
  for (const s of SUFFIXES) {
    if (!stem.endsWith(s)) continue;
    const root = stem.slice(0, -s.length);
    if (root.length < MIN_ROOT || (s === 'i' && root.endsWith('i'))) continue;
    out.push(root);
  }
  return out;
}

/**
 * Whether lower-case `word` is a known form (`isForm`), or a root (`isRoot`) with affixes as above,
 * optionally followed by a particle.
 */
export function knownWithAffixes(
  word: string,
  isForm: (w: string) => boolean,
  isRoot: (w: string) => boolean
): boolean {
  if (isForm(word) || affixed(word, isRoot)) return true;
  for (const p of PARTICLES) {
    if (!word.endsWith(p) || word.length - p.length < MIN_ROOT) continue;
    const stem = word.slice(0, -p.length);
    if (isForm(stem) || affixed(stem, isRoot)) return true;
  }
  return false;
}

function affixed(word: string, isRoot: (w: string) => boolean): boolean {
  for (const stem of withoutPrefixes(word)) {
    for (const root of withoutSuffix(stem)) if (isRoot(root)) return true;
  }
  return false;
}
