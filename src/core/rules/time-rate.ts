/**
 * time-rate: a Waktu given per unit (`2 menit/berkas`). Alur cannot know how many units there are, so
 * it counts the time once. Severity info: nothing is wrong, but the reviewer should know the total is
 * a floor. On the Waktu cell.
 */
import { say, type Rule } from './types';
import { quote, stepName } from './utils/where';

export const timeRate: Rule = {
  meta: {
    id: 'time-rate',
    description: { id: 'Waktu per satuan, dihitung satu kali', en: 'A Waktu given per unit, counted once' },
    defaultSeverity: 'info',
    docs: 'docs/rules/time-rate.md',
    fixable: false,
  },
  check({ doc, lang }) {
    return doc.steps
      .filter((s) => s.waktuRate !== null && s.waktuRate !== '')
      .map((step) => {
        const text = quote(step.waktu?.text ?? step.waktuText ?? '', 40);
        return {
          cell: step.cells.waktu ?? step.cells.uraian,
          message: say(
            lang,
            `Waktu ${stepName(step, lang)} ${text} dihitung per satuan (${step.waktuRate}) dan dijumlahkan satu kali saja. Bila jumlah satuannya tetap, tulis total waktunya.`,
            `The Waktu of ${stepName(step, lang)} ${text} is per unit (${step.waktuRate}) and was counted once. If the number of units is fixed, write the total time instead.`
          ),
        };
      });
  },
};
