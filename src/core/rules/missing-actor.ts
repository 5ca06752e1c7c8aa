/**
 * missing-actor: a step with no actor marked, in a table where other steps have one. Without an actor
 * the step has no lane: the flowchart cannot place it and nobody is accountable for it. A table where
 * no step has an actor (the shapes were lost, seed 000) is not reported step by step.
 */
import { say, type Rule } from './types';
import { cap, stepName } from './utils/where';

export const missingActor: Rule = {
  meta: {
    id: 'missing-actor',
    description: {
      id: 'Langkah tanpa pelaksana, padahal langkah lain memilikinya',
      en: 'A step with no actor marked, where other steps have one',
    },
    defaultSeverity: 'warning',
    docs: 'docs/rules/missing-actor.md',
    fixable: false,
  },
  check({ doc, lang }) {
    if (!doc.steps.some((s) => s.actors.length > 0)) return [];
    return doc.steps
      .filter((s) => s.actors.length === 0)
      .map((step) => ({
        cell: step.cells.uraian,
        message: say(
          lang,
          `${cap(stepName(step, lang))} tidak memiliki pelaksana. Tandai kolom pelaksana yang mengerjakannya.`,
          `${cap(stepName(step, lang))} has no actor. Mark the actor column of whoever does it.`
        ),
      }));
  },
};
