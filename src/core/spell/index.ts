export type { Speller, Suggestion } from './types';
export { createSpeller, type DictionaryText, type SpellerSources } from './speller';
export { answerWords, recordingSpeller, tableSpeller, type SpellAnswer, type SpellAnswers } from './table';
export { edits1 } from './edits';
