/**
 * missing-time: a step with no Waktu (empty or `-`). The total duration of the SOP leaves the step out,
 * so the total is too low; the step is listed in `stepsWithoutTime`. On the Waktu cell, else Uraian.
 */
import { say, type Rule } from './types';
import { cap, stepName } from './utils/where';

export const missingTime: Rule = {
  meta: {
    id: 'missing-time',
    description: { id: 'Langkah tanpa Waktu', en: 'A step with no Waktu' },
    defaultSeverity: 'warning',
    docs: 'docs/rules/missing-time.md',
    fixable: false,
  },
  check({ doc, lang }) {
    return doc.steps
      .filter((s) => s.waktu === null)
      .map((step) => ({
        cell: step.cells.waktu ?? step.cells.uraian,
        message: say(
          lang,
          `Waktu ${stepName(step, lang)} kosong, sehingga tidak ikut dihitung dalam total waktu. Isi lama pengerjaannya (mis. “15 menit”, “1 hari”).`,
          `${cap(stepName(step, lang))} has no Waktu, so the total time leaves it out. Fill in how long it takes (e.g. “15 menit”, “1 hari”).`
        ),
      }));
  },
};
