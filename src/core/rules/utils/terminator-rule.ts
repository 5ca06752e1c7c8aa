/**
 * missing-start / missing-end: the flow does not begin / end with a terminator (Mulai / Selesai).
 * SOP AP flowcharts open and close with a capsule; without one the reader cannot tell where the
 * procedure starts or whether the table was cut off. A step with no actor at all (symbol unknown) is
 * left to missing-actor: its symbol cannot be judged.
 */
import type { SopDoc, StepDoc } from '../../model';
import { say, type Rule } from '../types';
import { quote, stepName } from './where';

export function terminatorRule(kind: 'start' | 'end'): Rule {
  const isStart = kind === 'start';
  const pick = (doc: SopDoc): StepDoc | undefined => (isStart ? doc.steps[0] : doc.steps[doc.steps.length - 1]);
  const id = isStart ? 'missing-start' : 'missing-end';
  return {
    meta: {
      id,
      description: isStart
        ? {
            id: 'Alur tidak diawali simbol terminator (Mulai)',
            en: 'The flow does not begin with a terminator (Mulai)',
          }
        : {
            id: 'Alur tidak diakhiri simbol terminator (Selesai)',
            en: 'The flow does not end with a terminator (Selesai)',
          },
      defaultSeverity: 'error',
      docs: `docs/rules/${id}.md`,
      fixable: false,
    },
    check({ doc, lang }) {
      const step = pick(doc);
      if (!step || step.symbol === kind || step.symbol === 'unknown') return [];
      const what = isStart ? say(lang, 'diawali', 'begin') : say(lang, 'diakhiri', 'end');
      const marker = isStart ? 'Mulai' : 'Selesai';
      return [
        {
          cell: step.cells.uraian,
          message: say(
            lang,
            `Alur tidak ${what} terminator: ${stepName(step, lang)} ${quote(step.uraian, 40)} bersimbol ${step.symbol}. Gambar kapsul ${marker} pada langkah ini.`,
            `The flow does not ${what} with a terminator: ${stepName(step, lang)} ${quote(step.uraian, 40)} is a ${step.symbol}. Draw the ${marker} capsule on this step.`
          ),
        },
      ];
    },
  };
}
