/**
 * duplicate-step: two steps with the same or nearly the same Uraian (seed 004, steps 7 and 8:
 * `Mengoreksi dan memberi paraf draft Rencana Kinerja Tahunan` twice). Usually a row copied and not
 * edited: the flow and the total time both count the work twice. Reported on the later step's Uraian.
 */
import { distance } from 'fastest-levenshtein';
import { normalise } from './text';
import { say, type Rule, type RuleFinding } from './types';
import { quote, stepName } from './where';

/**
 * Nearly the same: at most one edit per 25 characters, and only for Uraian long enough that such an
 * edit is a slip rather than a different object (`Koreksi Draf RKT` / `Koreksi Draf RKA` differ).
 */
export function nearlySame(a: string, b: string): boolean {
  if (a === b) return a !== '';
  const longer = Math.max(a.length, b.length);
  if (longer < 25) return false;
  const allowed = Math.floor(longer / 25);
  // The edit distance is at least the difference in length: most pairs are told apart without computing it.
  if (Math.abs(a.length - b.length) > allowed) return false;
  return distance(a, b) <= allowed;
}

export const duplicateStep: Rule = {
  id: 'duplicate-step',
  description: {
    id: 'Dua langkah dengan uraian yang sama atau hampir sama',
    en: 'Two steps with the same or nearly the same Uraian',
  },
  defaultSeverity: 'error',
  check({ doc, lang }) {
    const out: RuleFinding[] = [];
    const seen = doc.steps.map((s) => normalise(s.uraian));
    doc.steps.forEach((step, i) => {
      for (let j = 0; j < i; j++) {
        if (!nearlySame(seen[j], seen[i])) continue;
        const earlier = doc.steps[j];
        out.push({
          cell: step.cells.uraian,
          message: say(
            lang,
            `Uraian ${stepName(step, lang)} ${quote(step.uraian)} sama dengan ${stepName(earlier, lang)}. Hapus baris yang berulang atau bedakan kegiatannya.`,
            `The Uraian of ${stepName(step, lang)} ${quote(step.uraian)} repeats ${stepName(earlier, lang)}. Delete the repeated row or say how the two activities differ.`
          ),
        });
        break;
      }
    });
    return out;
  },
};
