/**
 * The Speller every host uses, built from hunspell dictionary texts (.aff/.dic) through nspell: the
 * Indonesian dictionary (LibreOffice's id_ID, shipped in assets/dict), optionally the English one
 * (dictionary-en, for loan words), and the SOP lexicon (src/core/rules/data/lexicon.ts: correct jargon
 * and acronyms the dictionary lacks). Pure: the host reads the files and passes their text.
 *
 * Known means: a form the dictionary generates (nspell expands every affix rule at load), a lexicon
 * word, an English word written in lower case in that dictionary, or any of those roots with the affixes
 * of ./morph. Suggestions are stricter: only forms the dictionary itself lists or generates, lexicon
 * words, and those with a particle (-nya, -lah, -kah, -pun) are offered; English words and forms only
 * ./morph accepts compete (they can make a fix unsure) but are never offered.
 * Answers are remembered (bounded), since SOP text repeats its words.
 */
import nspell from 'nspell';
import { FORMAT_LABELS, GOVERNMENT_ACRONYMS, SOP_JARGON } from '../rules/data/lexicon';
import { edits1 } from './edits';
import { PARTICLES, knownWithAffixes } from './morph';
import type { Speller, Suggestion } from './types';

export interface DictionaryText {
  aff: string;
  dic: string;
}

export interface SpellerSources {
  /** The Indonesian hunspell dictionary (id_ID). */
  id: DictionaryText;
  /** An English dictionary: its words count as known (loan words) but are never offered as fixes. */
  en?: DictionaryText;
  /** More correct words (lower case), on top of the built-in lexicon. */
  words?: readonly string[];
}

/** The stems of a .dic text (the word before `/`), lower case: the roots affixes may attach to. */
function stemsOf(dic: string): Set<string> {
  const out = new Set<string>();
  const lines = dic.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.charCodeAt(0) === 9) continue;
    const slash = line.indexOf('/');
    const word = (slash >= 0 ? line.slice(0, slash) : line).trim().toLowerCase();
    if (word) out.add(word);
  }
  return out;
}

/** Words this long (or longer) with no known word one edit away get the known words two edits away. */
export const TWO_EDIT_LENGTH = 9;

const capitalised = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * The forms an nspell dictionary holds, as written: nspell expands every affix rule at load and keeps
 * each form as a key of its `data` (nspell 2.1). The two-edit search tries some 500,000 strings for a
 * long word; a lower-case string none of whose casings is a key cannot be a form (for letters a-z no
 * compound rule of these dictionaries applies), so nspell's own test, with its casings and flags, runs
 * only on the few that are. Null if the library ever keeps its forms otherwise: the search is then
 * slower, never different.
 */
function formsOf(dictionary: unknown): Set<string> | null {
  const data = (dictionary as { data?: unknown }).data;
  if (data === null || typeof data !== 'object') return null;
  const out = new Set<string>();
  for (const form in data) out.add(form.toLowerCase());
  return out;
}

export interface SpellerOptions {
  /**
   * Test the two-edit search's strings against an index of every form first (default true). Off, the
   * search gives the same answers, slower: the tests compare the two.
   */
  formIndex?: boolean;
}

export function createSpeller(sources: SpellerSources, options: SpellerOptions = {}): Speller {
  const id = nspell(sources.id.aff, sources.id.dic);
  const en = sources.en ? nspell(sources.en.aff, sources.en.dic) : null;
  const stems = stemsOf(sources.id.dic);
  const lexicon = new Set(
    [...SOP_JARGON, ...GOVERNMENT_ACRONYMS, ...(sources.words ?? [])].map((w) => w.toLowerCase())
  );

  /** The domain's own vocabulary: the SOP lexicon and the words of the SOP AP format's labels. */
  const jargon = new Set([...lexicon, ...FORMAT_LABELS]);

  /** An Indonesian form or lexicon word (offerable as a fix), as written in lower case or capitalised. */
  const idForm = (w: string): boolean => lexicon.has(w) || id.correct(w) || id.correct(capitalised(w));
  const enForm = (w: string): boolean => en !== null && w.length > 1 && en.correct(w);
  const isRoot = (w: string): boolean => stems.has(w) || lexicon.has(w) || (w.length >= 4 && enForm(w));
  /** A dictionary form with a particle: `pengajuannya`. */
  const withParticle = (w: string): boolean =>
    PARTICLES.some((p) => w.endsWith(p) && w.length - p.length >= 4 && idForm(w.slice(0, -p.length)));
  const known = (w: string): boolean => knownWithAffixes(w, (x) => idForm(x) || enForm(x), isRoot);

  /** Every form of both dictionaries and the lexicon, lower case; made at the first two-edit search. */
  let forms: Set<string> | null | undefined;
  const formSet = (): Set<string> | null => {
    if (forms !== undefined) return forms;
    if (options.formIndex === false) return (forms = null);
    const idForms = formsOf(id);
    const enForms = en ? formsOf(en) : new Set<string>();
    if (idForms === null || enForms === null) return (forms = null);
    for (const w of [...enForms, ...lexicon]) idForms.add(w);
    return (forms = idForms);
  };
  /** Whether `c` (a-z) may be a form, or a form with a particle (see formsOf): a first test, never the last. */
  const mayBeForm = (c: string, all: Set<string>): boolean =>
    all.has(c) || PARTICLES.some((p) => c.endsWith(p) && c.length - p.length >= 4 && all.has(c.slice(0, -p.length)));

  const knownCache = new Map<string, boolean>();
  const suggestCache = new Map<string, Suggestion[]>();

  return {
    isKnown(word) {
      const w = word.toLowerCase();
      let answer = knownCache.get(w);
      if (answer === undefined) {
        if (knownCache.size > 100_000) knownCache.clear();
        answer = known(w);
        knownCache.set(w, answer);
      }
      return answer;
    },
    isDictionaryWord(word) {
      const w = word.toLowerCase();
      return id.correct(w) || id.correct(capitalised(w));
    },
    suggest(word) {
      const w = word.toLowerCase();
      const cached = suggestCache.get(w);
      if (cached) return cached;
      const out: Suggestion[] = [];
      for (const c of edits1(w)) {
        if (c.length < 2) continue;
        if (jargon.has(c)) out.push({ word: c, offer: true, jargon: true });
        else if (idForm(c) || withParticle(c)) out.push({ word: c, offer: true });
        else if (enForm(c)) out.push({ word: c, offer: false });
        else if (knownWithAffixes(c, idForm, isRoot)) out.push({ word: c, offer: false, affixed: true });
      }
      // A long word with nothing one edit away: the words two edits away (no affix reading: it is too
      // slow over so many strings, and its forms would not be offered anyway).
      if (out.length === 0 && w.length >= TWO_EDIT_LENGTH) {
        const seen = new Set<string>();
        const all = formSet();
        for (const c1 of edits1(w)) {
          for (const c of edits1(c1)) {
            if (c === w || c.length < 2) continue;
            // The first test before the set of strings seen: most strings fail it and need no memory.
            if (all !== null && !mayBeForm(c, all)) continue;
            if (seen.has(c)) continue;
            seen.add(c);
            if (idForm(c) || withParticle(c)) out.push({ word: c, offer: true, distance: 2 });
            else if (enForm(c)) out.push({ word: c, offer: false, distance: 2 });
          }
        }
      }
      if (suggestCache.size > 20_000) suggestCache.clear();
      suggestCache.set(w, out);
      return out;
    },
  };
}
