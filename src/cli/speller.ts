/**
 * The CLI's speller: the Indonesian dictionary shipped in assets/dict and the English one of the
 * dictionary-en package, read once per process (or worker thread) and kept. Loading takes about a
 * second (nspell expands every affix rule: ~450,000 Indonesian forms), so it is only done when the
 * typo rule is on.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RuleConfig } from '../core/rules/registry';
import { createSpeller, type Speller, type SpellerSources } from '../core/spell';

const HERE = import.meta.dirname ?? dirname(fileURLToPath(import.meta.url));
const DICT_DIR = join(HERE, '..', '..', 'assets', 'dict');

function englishDir(): string {
  return dirname(createRequire(join(HERE, 'speller.ts')).resolve('dictionary-en'));
}

let loaded: Speller | null = null;

/** The dictionaries' texts: the Indonesian one shipped in assets/dict, the English one of dictionary-en. */
export function dictionarySources(): SpellerSources {
  return {
    id: {
      aff: readFileSync(join(DICT_DIR, 'id_ID.aff'), 'utf8'),
      dic: readFileSync(join(DICT_DIR, 'id_ID.dic'), 'utf8'),
    },
    en: {
      aff: readFileSync(join(englishDir(), 'index.aff'), 'utf8'),
      dic: readFileSync(join(englishDir(), 'index.dic'), 'utf8'),
    },
  };
}

/** The speller, loaded on first use. */
export function loadSpeller(): Speller {
  loaded ??= createSpeller(dictionarySources());
  return loaded;
}

/**
 * The speller when the typo rule will run, else undefined. It loads the dictionaries (about 1.5 s of CPU
 * and 100 MB) at the first word the rule asks about, so a file or folder with no SOP never pays for them.
 */
export function spellerFor(rules: RuleConfig | undefined): Speller | undefined {
  if (rules?.typo === 'off') return undefined;
  return {
    isKnown: (word) => loadSpeller().isKnown(word),
    isDictionaryWord: (word) => loadSpeller().isDictionaryWord(word),
    suggest: (word) => loadSpeller().suggest(word),
  };
}
