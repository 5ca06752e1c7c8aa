/**
 * duplicate-step: two steps with the same or nearly the same Uraian (seed 004, steps 7 and 8:
 * `Mengoreksi dan memberi paraf draft Rencana Kinerja Tahunan` twice). Reported on the later step's
 * Uraian, with no fix: what to do depends on who does the two steps. The same actor: most likely a row
 * copied and not edited (the flow and the total time count the work twice). Different actors (seed 004:
 * Kepala Bagian Umum, then Asisten III): perhaps a chain of sign-offs, to be written as two distinct
 * steps so a reader can tell them apart. The message says which.
 */
import { distance } from 'fastest-levenshtein';
import { normalise } from './utils/text';
import type { Lang, StepDoc } from '../model';
import { say, type Rule, type RuleFinding } from './types';
import { quote, stepName } from './utils/where';

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

/** Whether two steps are done by the same actors: 'same', 'different', or 'unknown' (one has none). */
export function sameActors(a: StepDoc, b: StepDoc): 'same' | 'different' | 'unknown' {
  if (a.actors.length === 0 || b.actors.length === 0) return 'unknown';
  const x = [...a.actors].sort().join('\n');
  const y = [...b.actors].sort().join('\n');
  return x === y ? 'same' : 'different';
}

function message(step: StepDoc, earlier: StepDoc, lang: Lang): string {
  const head = say(
    lang,
    `Uraian ${stepName(step, lang)} ${quote(step.uraian)} sama dengan ${stepName(earlier, lang)}`,
    `The Uraian of ${stepName(step, lang)} ${quote(step.uraian)} repeats ${stepName(earlier, lang)}`
  );
  const names = (s: StepDoc) => s.actors.join(', ');
  switch (sameActors(step, earlier)) {
    case 'same':
      return say(
        lang,
        `${head}, dengan pelaksana yang sama (${names(step)}): kemungkinan baris tersalin. Hapus baris yang berulang, atau tulis apa yang membedakan kedua kegiatan.`,
        `${head}, with the same actor (${names(step)}): most likely a copied row. Delete the repeated row, or write what sets the two activities apart.`
      );
    case 'different':
      return say(
        lang,
        `${head}, tetapi dikerjakan pelaksana lain (${names(earlier)}, lalu ${names(step)}): mungkin rangkaian paraf atau persetujuan berjenjang. Tulis sebagai dua langkah yang jelas berbeda, mis. dengan menyebut tahap atau pejabatnya.`,
        `${head}, but by another actor (${names(earlier)}, then ${names(step)}): perhaps a chain of sign-offs. Write them as two distinct steps, e.g. naming the stage or the official.`
      );
    default:
      return say(
        lang,
        `${head}. Hapus baris yang berulang atau bedakan kegiatannya.`,
        `${head}. Delete the repeated row or say how the two activities differ.`
      );
  }
}

export const duplicateStep: Rule = {
  meta: {
    id: 'duplicate-step',
    description: {
      id: 'Dua langkah dengan uraian yang sama atau hampir sama',
      en: 'Two steps with the same or nearly the same Uraian',
    },
    defaultSeverity: 'error',
    docs: 'docs/rules/duplicate-step.md',
    // No fix: whether to delete the row or reword it only the author knows.
    fixable: false,
  },
  check({ doc, lang }) {
    const out: RuleFinding[] = [];
    const seen = doc.steps.map((s) => normalise(s.uraian));
    doc.steps.forEach((step, i) => {
      for (let j = 0; j < i; j++) {
        if (!nearlySame(seen[j], seen[i])) continue;
        const earlier = doc.steps[j];
        out.push({ cell: step.cells.uraian, message: message(step, earlier, lang) });
        break;
      }
    });
    return out;
  },
};
