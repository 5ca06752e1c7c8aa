/**
 * unparsed-time: a Waktu that is not a duration (`sesuai jadwal`). It cannot be added up, so the
 * total is too low; the step goes to `stepsWithoutTime`. On the Waktu cell.
 */
import { describeWaktuProblem, type WaktuProblem } from '../duration';
import { say, type Rule } from './types';
import { quote, stepName } from './utils/where';

export const unparsedTime: Rule = {
  meta: {
    id: 'unparsed-time',
    description: { id: 'Waktu yang bukan lama waktu', en: 'A Waktu that is not a duration' },
    defaultSeverity: 'warning',
    docs: 'docs/rules/unparsed-time.md',
    fixable: false,
  },
  check({ doc, lang }) {
    return doc.steps
      .filter((s) => s.waktu !== null && (s.waktu.minMinutes === null || s.waktu.maxMinutes === null))
      .map((step) => {
        const why = step.waktuProblem ? ` (${describeWaktuProblem(step.waktuProblem as WaktuProblem, lang)})` : '';
        const text = quote(step.waktu?.text ?? step.waktuText ?? '', 40);
        return {
          cell: step.cells.waktu ?? step.cells.uraian,
          message: say(
            lang,
            `Waktu ${stepName(step, lang)} ${text} tidak dapat dibaca sebagai lama waktu${why}, sehingga tidak ikut dihitung. Tulis lamanya dengan angka dan satuan (menit, jam, hari, minggu, bulan); jadwal atau pengulangan pindahkan ke Keterangan.`,
            `The Waktu of ${stepName(step, lang)} ${text} is not a duration${why}, so it is not counted. Write a number and a unit (menit, jam, hari, minggu, bulan); move schedules or recurrences to Keterangan.`
          ),
        };
      });
  },
};
