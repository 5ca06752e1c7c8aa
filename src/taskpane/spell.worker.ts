/**
 * The spelling worker: loads the dictionaries once (about a second: nspell expands every affix rule),
 * off the pane's main thread, then answers the words the typo rule asks about (./spelling.ts).
 */
import { answerWords, type SpellAnswers } from '../core/spell/table';
import { buildSpeller } from './spell-engine';

export interface SpellRequest {
  id: number;
  words: string[];
  dictionaryWords: string[];
}

export interface SpellResponse {
  id: number;
  answers?: SpellAnswers;
  error?: string;
}

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<SpellRequest>) => void) | null;
  postMessage(message: SpellResponse): void;
};

scope.onmessage = (e) => {
  const { id, words, dictionaryWords } = e.data;
  try {
    const answers = answerWords(buildSpeller(), words, dictionaryWords);
    scope.postMessage({ id, answers });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
