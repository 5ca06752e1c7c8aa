/**
 * Spelling for the pane. The dictionary is large, so it never enters the start bundle: a Web Worker
 * (./spell.worker.ts, its own chunk) loads it after the first render, and the pane's check asks it about
 * the words of the SOPs:
 *
 *   1. the check runs once with a recording speller (src/core/spell/table), noting every word the typo
 *      rule would ask about (a few hundred, a few ms);
 *   2. the worker answers the words it was not asked before (known? candidates?);
 *   3. the check runs again with a table speller over all the answers: the same findings the CLI gives.
 *
 * Answers are kept, so a re-check after a fix asks only about new words. Where a browser has no workers
 * (jsdom in the tests) the same engine is loaded lazily in the page. If the dictionary cannot be loaded
 * the check still runs, without it (the typo rule then reads only the SOP format's labels).
 */
import { checkGrids, type CheckOptions } from '../core/check';
import type { Grid } from '../core/grid';
import { RULES } from '../core/rules/registry';
import { recordingSpeller, tableSpeller, type SpellAnswers } from '../core/spell/table';
import type { Speller } from '../core/spell/types';
import type { SpellRequest, SpellResponse } from './spell.worker';

export interface Spelling {
  /** Start loading the dictionary now (after the first render), so the first check need not wait. */
  preload(): void;
  /** A speller for checking these grids with these options; undefined when no dictionary is available. */
  spellerFor(grids: Grid[], options: CheckOptions): Promise<Speller | undefined>;
}

export type Ask = (words: string[], dictionaryWords: string[]) => Promise<SpellAnswers>;

function workerAsk(): Ask {
  const worker = new Worker(new URL('./spell.worker.ts', import.meta.url));
  let next = 0;
  const waiting = new Map<number, { resolve: (a: SpellAnswers) => void; reject: (e: Error) => void }>();
  worker.onmessage = (e: MessageEvent<SpellResponse>) => {
    const w = waiting.get(e.data.id);
    if (!w) return;
    waiting.delete(e.data.id);
    if (e.data.answers) w.resolve(e.data.answers);
    else w.reject(new Error(e.data.error ?? 'spelling worker failed'));
  };
  worker.onerror = (e) => {
    for (const w of waiting.values()) w.reject(new Error(e.message || 'spelling worker failed'));
    waiting.clear();
  };
  return (words, dictionaryWords) =>
    new Promise((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      const request: SpellRequest = { id, words, dictionaryWords };
      worker.postMessage(request);
    });
}

function inPageAsk(): Ask {
  const engine = import('./spell-engine');
  const table = import('../core/spell/table');
  return async (words, dictionaryWords) => {
    const [{ buildSpeller }, { answerWords }] = await Promise.all([engine, table]);
    return answerWords(buildSpeller(), words, dictionaryWords);
  };
}

/**
 * `ask` answers the words (default: the worker, or the engine in the page where there are no workers);
 * tests pass one over the dictionary files the CLI reads.
 */
export function createSpelling(given?: Ask): Spelling {
  let ask: Ask | null = given ?? null;
  let broken = false;
  const answers: SpellAnswers = Object.create(null) as SpellAnswers;
  const start = (): Ask => (ask ??= typeof Worker === 'function' ? workerAsk() : inPageAsk());
  return {
    preload() {
      if (broken) return;
      try {
        void start()(['alur'], []).catch(() => (broken = true));
      } catch {
        broken = true;
      }
    },
    async spellerFor(grids, options) {
      if (broken || options.rules?.typo === 'off') return undefined;
      const recorder = recordingSpeller();
      // Only the typo rule asks about words: the other rules need not run for this pass.
      const onlyTypo = Object.fromEntries(
        RULES.map(({ meta: r }) => [r.id, r.id === 'typo' ? (options.rules?.typo ?? 'error') : 'off'])
      );
      checkGrids(grids, { ...options, rules: onlyTypo, speller: recorder });
      const words = [...recorder.words].filter((w) => !(w in answers));
      const dictionaryWords = [...recorder.dictionaryWords].filter((w) => answers[w]?.dictionaryWord === undefined);
      try {
        if (words.length + dictionaryWords.length > 0) Object.assign(answers, await start()(words, dictionaryWords));
      } catch {
        broken = true;
        return undefined;
      }
      return tableSpeller(answers);
    },
  };
}
