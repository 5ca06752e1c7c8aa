/**
 * What the `typo` rule asks of a spelling dictionary. Two answers, both about lower-case letter words:
 * is this a word, and which words sit one edit from it. Every host builds one the same way (./speller:
 * hunspell dictionaries through nspell, plus the SOP lexicon); the task pane asks its worker and hands
 * the rule the answers as a table (./table). A Speller never throws.
 */
export interface Suggestion {
  /** The known word, lower case (or as the dictionary writes a name: `Jakarta`). */
  word: string;
  /**
   * Whether it may be offered as a fix: a word of the Indonesian dictionary or the SOP lexicon. An
   * English word only competes (it makes a correction unsure) and is never offered.
   */
  offer: boolean;
  /** Known only through src/core/spell/morph (a root with affixes the dictionary does not list): a weak competitor. */
  affixed?: boolean;
  /** A word of the SOP lexicon (src/core/rules/data/lexicon.ts): the domain's own vocabulary. */
  jargon?: boolean;
  /** Two edits away (offered only for a long word with nothing one edit away); one edit when absent. */
  distance?: 2;
}

export interface Speller {
  /** Whether `word` (letters only, any case) is known: a dictionary or lexicon word, or an affixed form of one. */
  isKnown(word: string): boolean;
  /**
   * Whether `word` is a form the Indonesian dictionary itself lists or generates (no extra affix
   * reading): the strict test for joining a split prefix (`di susun` -> `disusun`, not `di ruang`).
   */
  isDictionaryWord(word: string): boolean;
  /**
   * The known words one edit (insert, delete, replace) or one swap of neighbouring letters from `word`;
   * for a word of TWO_EDIT_LENGTH letters or more with none that close, the dictionary and lexicon words
   * (and English words, as competitors) two such edits away, marked `distance: 2`.
   */
  suggest(word: string): Suggestion[];
}
