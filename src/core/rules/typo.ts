/**
 * typo: a misspelt word of SOP vocabulary or a header label (DTAFT, PROSDUR, MUTU BUKU, mMenyusun,
 * Kalsifikasi, Pemdataan, Autput). Every text of the SOP is read, markup skipped. A word is reported
 * only when it is not itself a known word and sits one edit (or one swap of neighbouring letters) from a
 * vocabulary word; the fix replaces that word alone, in the case it was written.
 */
import { distance } from 'fastest-levenshtein';
import { KNOWN_GOOD, PHRASE_TYPOS, SOP_VOCABULARY } from './data/lexicon';
import { matchCase, wordTokens, type WordToken } from './text';
import { say, type Rule, type RuleFinding } from './types';

const VOCAB = new Set(SOP_VOCABULARY.map((w) => w.toLowerCase()));
const GOOD = new Set([...KNOWN_GOOD, ...SOP_VOCABULARY].map((w) => w.toLowerCase()));
/** Vocabulary grouped by length, so a word is only compared with words of length ±1. */
const BY_LENGTH = new Map<number, string[]>();
for (const w of VOCAB) {
  const list = BY_LENGTH.get(w.length);
  if (list) list.push(w);
  else BY_LENGTH.set(w.length, [w]);
}

/**
 * Shorter words are left alone: at five letters and fewer one edit turns many a word into another
 * word (`dapat` / `rapat`). Five-letter words are read only when written in capitals, as header
 * labels and document names are (`DTAFT RKT`).
 */
export const MIN_TYPO_LENGTH = 6;
export const MIN_CAPS_TYPO_LENGTH = 5;
/** Initial letters of Indonesian prefixes (me-, pe-, di-, be-, te-, ke-, se-): `penyusun` is not `menyusun` misspelt. */
const PREFIX_INITIALS = new Set(['m', 'p', 'd', 'b', 't', 'k', 's']);

/** Two strings of one length that differ only by two neighbouring letters swapped. */
function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** The vocabulary word (lower case) a misspelt word stands for, or null. */
export function correctionFor(word: string): string | null {
  // Pure in its argument, and SOP text repeats its words: remember the answers (bounded).
  const known = CORRECTIONS.get(word);
  if (known !== undefined) return known;
  if (CORRECTIONS.size > 50_000) CORRECTIONS.clear();
  const answer = findCorrection(word);
  CORRECTIONS.set(word, answer);
  return answer;
}

const CORRECTIONS = new Map<string, string | null>();

function findCorrection(word: string): string | null {
  const lower = word.toLowerCase();
  const caps = word === word.toUpperCase();
  if (lower.length < (caps ? MIN_CAPS_TYPO_LENGTH : MIN_TYPO_LENGTH) || GOOD.has(lower)) return null;
  // A doubled first letter typed over (mMenyusun): the rest is the word.
  if (lower[0] === lower[1] && VOCAB.has(lower.slice(1))) return lower.slice(1);
  let best: string | null = null;
  for (let len = lower.length - 1; len <= lower.length + 1; len++) {
    for (const w of BY_LENGTH.get(len) ?? []) {
      const near = isSwap(lower, w) || distance(lower, w) === 1;
      if (!near) continue;
      // A different prefix on the same stem is another word, not a typo.
      if (
        lower.length === w.length &&
        lower.slice(1) === w.slice(1) &&
        PREFIX_INITIALS.has(lower[0]) &&
        PREFIX_INITIALS.has(w[0])
      )
        continue;
      if (best !== null && best !== w) return null; // two candidates: too unsure to correct
      best = w;
    }
  }
  return best;
}

/** The corrected word in the case the user wrote it. */
function corrected(token: string, target: string): string {
  const lower = token.toLowerCase();
  if (lower[0] === lower[1] && lower.slice(1) === target) return token.slice(1);
  return matchCase(token, target);
}

export const typo: Rule = {
  id: 'typo',
  description: {
    id: 'Kata kosakata SOP atau label kepala tabel yang salah ketik',
    en: 'A misspelt word of SOP vocabulary or a header label',
  },
  defaultSeverity: 'error',
  check({ doc, lang }) {
    const out: RuleFinding[] = [];
    for (const t of doc.texts) {
      const tokens = wordTokens(t.text);
      tokens.forEach((tok: WordToken, i) => {
        const lower = tok.word.toLowerCase();
        let target: string | null = null;
        const prev = tokens[i - 1];
        for (const p of PHRASE_TYPOS) {
          if (
            lower === p.wrong &&
            prev &&
            prev.word.toLowerCase() === p.before &&
            /^\s+$/.test(t.text.slice(prev.end, tok.start))
          ) {
            target = p.right;
          }
        }
        target ??= correctionFor(tok.word);
        if (target === null) return;
        const right = corrected(tok.word, target);
        const to = t.text.slice(0, tok.start) + right + t.text.slice(tok.end);
        out.push({
          cell: t.cell,
          message: say(
            lang,
            `Salah ketik “${tok.word}”: seharusnya “${right}”. Perbaiki kata itu di sel ${t.cell}.`,
            `Typo “${tok.word}”: should be “${right}”. Correct the word in cell ${t.cell}.`
          ),
          fix: { cell: t.cell, from: t.text, to },
        });
      });
    }
    return out;
  },
};
