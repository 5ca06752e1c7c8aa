/**
 * missing-kelengkapan / missing-output: a step with no Kelengkapan (the standard input) or no Output.
 * PermenPAN-RB 35/2012 asks for both in the Mutu Baku of every step: they are what a reviewer checks the
 * work against. Reported on the step's Kelengkapan / Output cell, and only where the table has that
 * column: a table without one (seed 003 has no Output column) would otherwise get a finding on every
 * step for a column the author never made. A warning: the flow still runs, but the SOP is incomplete.
 */
import type { Lang, StepDoc } from '../../model';
import { say, type Rule } from '../types';
import { cap, stepName } from './where';

export function missingField(
  id: string,
  field: 'kelengkapan' | 'output',
  label: { id: string; en: string },
  todo: (lang: Lang) => string
): Rule {
  return {
    meta: {
      id,
      description: {
        id: `Langkah tanpa ${label.id}`,
        en: `A step with no ${label.en}`,
      },
      defaultSeverity: 'warning',
      docs: `docs/rules/${id}.md`,
      fixable: false,
    },
    check({ doc, lang }) {
      if (doc.table.columns[field] === null) return [];
      return doc.steps
        .filter((s: StepDoc) => s.cells[field] !== null && (s[field] === null || s[field]?.trim() === ''))
        .map((step) => ({
          cell: step.cells[field] as string,
          message: say(
            lang,
            `${label.id} ${stepName(step, lang)} kosong. ${todo(lang)}`,
            `${cap(stepName(step, lang))} has no ${label.en}. ${todo(lang)}`
          ),
        }));
    },
  };
}
