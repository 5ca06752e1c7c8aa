/**
 * acronym-mismatch: an acronym in brackets that does not fit the words before it
 * (`Rencana Kerja Tahunan (RKAT)`), or that differs from the acronym the SOP gives the same words
 * elsewhere. An SOP's acronyms name documents that are handed on from step to step: a wrong one makes
 * the reader look for a different document (RKAT is an annual budget plan, not the RKT).
 */
import { stripMarkup } from './utils/text';
import { say, type Rule, type RuleFinding } from './types';

/** Words an acronym may leave out (`Rencana Kerja dan Anggaran (RKA)`). */
const SKIPPABLE = new Set([
  'dan',
  'dari',
  'di',
  'ke',
  'untuk',
  'atas',
  'pada',
  'yang',
  'serta',
  'atau',
  'dalam',
  'bagi',
  'the',
  'of',
  'and',
  'for',
  'tentang',
  'republik',
  'indonesia',
  'ri',
]);

/** Longest prefix of a word that may go into an acronym (`SATuan POLisi` -> SATPOL). */
const MAX_PART = 4;

/**
 * Whether `acronym` can be spelt from words[start..] to the last word: each content word gives a
 * prefix of 1..4 letters, function words may give their initial or nothing, and the last word is used.
 */
function spells(acronym: string, words: string[], start: number): boolean {
  const memo = new Map<string, boolean>();
  const go = (i: number, j: number): boolean => {
    if (i === acronym.length) return j === words.length;
    if (j === words.length) return false;
    const key = `${i},${j}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const w = words[j].toLowerCase();
    let ok = false;
    if (SKIPPABLE.has(w) && j < words.length - 1) ok = go(i, j + 1);
    for (let k = 1; !ok && k <= Math.min(MAX_PART, w.length) && i + k <= acronym.length; k++) {
      if (acronym.slice(i, i + k).toLowerCase() !== w.slice(0, k)) break;
      ok = go(i + k, j + 1);
    }
    memo.set(key, ok);
    return ok;
  };
  return go(0, start);
}

export interface AcronymUse {
  acronym: string;
  /** The words before the bracket that it was checked against. */
  words: string[];
  /** The words it spells (lower case, joined), or null when it fits none of the words before it. */
  expansion: string | null;
}

/** Every `Words (ACRONYM)` in a text, with the words the acronym spells, if any. */
export function acronymUses(text: string): AcronymUse[] {
  if (!text.includes('(')) return [];
  const plain = stripMarkup(text).replace(/\s+/g, ' ');
  const out: AcronymUse[] = [];
  for (const m of plain.matchAll(/((?:[\p{L}-]+ ){1,12})\(([A-Z]{2,8})\)/gu)) {
    const words = m[1]
      .trim()
      .split(' ')
      .flatMap((w) => w.split('-'))
      .filter((w) => /^\p{L}+$/u.test(w));
    const acronym = m[2];
    let expansion: string | null = null;
    // Prefer the shortest run of words ending at the bracket that spells the acronym.
    for (let start = words.length - 1; start >= 0 && expansion === null; start--) {
      if (words[start][0]?.toLowerCase() !== acronym[0].toLowerCase()) continue;
      if (spells(acronym, words, start)) expansion = words.slice(start).join(' ').toLowerCase();
    }
    // An acronym whose first letter starts none of the words is a code name, not an abbreviation.
    if (expansion === null && !words.some((w) => w[0]?.toLowerCase() === acronym[0].toLowerCase())) continue;
    out.push({ acronym, words, expansion });
  }
  return out;
}

export const acronymMismatch: Rule = {
  meta: {
    id: 'acronym-mismatch',
    description: {
      id: 'Singkatan dalam kurung yang tidak sesuai dengan kata sebelumnya atau dengan pemakaian lain di SOP',
      en: 'An acronym in brackets that does not fit the words before it, or the SOP’s other uses',
    },
    defaultSeverity: 'warning',
    docs: 'docs/rules/acronym-mismatch.md',
    fixable: false,
  },
  check({ doc, lang }) {
    const out: RuleFinding[] = [];
    const uses = doc.texts.map((t) => ({ t, uses: acronymUses(t.text) }));
    // The acronym each expansion gets first in the SOP.
    const firstFor = new Map<string, string>();
    for (const { uses: list } of uses) {
      for (const u of list)
        if (u.expansion !== null && !firstFor.has(u.expansion)) firstFor.set(u.expansion, u.acronym);
    }
    const known = new Set(firstFor.values());
    for (const { t, uses: list } of uses) {
      for (const u of list) {
        const phrase = u.words.slice(-6).join(' ');
        if (u.expansion === null) {
          // Suggest the acronym the SOP uses for some tail of these words, where it has one.
          let hint = '';
          for (let k = 1; k <= u.words.length && hint === ''; k++) {
            const other = firstFor.get(
              u.words
                .slice(k - 1)
                .join(' ')
                .toLowerCase()
            );
            if (other && other !== u.acronym) hint = other;
          }
          const suggest =
            hint ||
            [...known].find(
              (a) =>
                a !== u.acronym && u.acronym.length - a.length === 1 && [...a].every((ch) => u.acronym.includes(ch))
            ) ||
            '';
          out.push({
            cell: t.cell,
            message: say(
              lang,
              `Singkatan (${u.acronym}) tidak sesuai dengan “${phrase}”.${suggest ? ` Di bagian lain SOP ini memakai ${suggest}.` : ''} Periksa singkatan atau kata-katanya.`,
              `The acronym (${u.acronym}) does not fit “${phrase}”.${suggest ? ` Elsewhere this SOP uses ${suggest}.` : ''} Check the acronym or the words.`
            ),
          });
        } else if (firstFor.get(u.expansion) !== u.acronym) {
          const other = firstFor.get(u.expansion) as string;
          out.push({
            cell: t.cell,
            message: say(
              lang,
              `“${u.expansion}” disingkat (${u.acronym}) di sini, tetapi (${other}) di bagian lain SOP. Pakai satu singkatan yang sama.`,
              `“${u.expansion}” is abbreviated (${u.acronym}) here but (${other}) elsewhere in the SOP. Use one acronym throughout.`
            ),
          });
        }
      }
    }
    return out;
  },
};
