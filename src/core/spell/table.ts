/**
 * A Speller that lives elsewhere (the task pane's worker) answers through a table. The host first runs
 * the check with a recording speller, which notes every word the rule asks about; the worker answers
 * those words with the real speller (`answerWords`); `tableSpeller` then gives the rule the same answers
 * synchronously. A word the table lacks counts as known: nothing is flagged that was not asked.
 */
import type { Speller, Suggestion } from './types';

export interface SpellAnswer {
  known: boolean;
  /** Asked only for the joined words of a split prefix. */
  dictionaryWord?: boolean;
  /** Only for unknown words. */
  suggestions?: Suggestion[];
}

export type SpellAnswers = Record<string, SpellAnswer>;

/** A speller that knows every word and remembers which words it was asked about (lower case). */
export function recordingSpeller(): Speller & { words: Set<string>; dictionaryWords: Set<string> } {
  const words = new Set<string>();
  const dictionaryWords = new Set<string>();
  return {
    words,
    dictionaryWords,
    isKnown(word) {
      words.add(word.toLowerCase());
      return true;
    },
    isDictionaryWord(word) {
      dictionaryWords.add(word.toLowerCase());
      return false;
    },
    suggest(word) {
      words.add(word.toLowerCase());
      return [];
    },
  };
}

/** The real speller's answers for `words`. */
export function answerWords(
  speller: Speller,
  words: Iterable<string>,
  dictionaryWords: Iterable<string> = []
): SpellAnswers {
  const out: SpellAnswers = Object.create(null) as SpellAnswers;
  for (const w of words) {
    const known = speller.isKnown(w);
    out[w] = known ? { known } : { known, suggestions: speller.suggest(w) };
  }
  for (const w of dictionaryWords) {
    out[w] = { ...(out[w] ?? { known: speller.isKnown(w) }), dictionaryWord: speller.isDictionaryWord(w) };
  }
  return out;
}

/** A speller that answers from a table (several tables merged: later ones win). */
export function tableSpeller(...tables: SpellAnswers[]): Speller {
  const all = new Map<string, SpellAnswer>();
  for (const table of tables) for (const [w, a] of Object.entries(table)) all.set(w, a);
  return {
    isKnown: (word) => all.get(word.toLowerCase())?.known ?? true,
    isDictionaryWord: (word) => all.get(word.toLowerCase())?.dictionaryWord ?? false,
    suggest: (word) => all.get(word.toLowerCase())?.suggestions ?? [],
  };
}
