/**
 * numbering: step numbers that skip, repeat or go backwards. Decision branches ("kembali ke langkah 5")
 * and the reader both rely on the numbers, so a gap or a repeat sends the reviewer to the wrong row.
 * Reported on the No cell of the step whose number is out of order. Unnumbered steps are skipped.
 */
import { say, type Rule, type RuleFinding } from './types';

/** The whole number a No cell holds ("7", "7."), or null ("7a", "", "-"). */
function stepNumber(no: string | null): number | null {
  if (no === null) return null;
  const m = /^\s*(\d{1,4})\s*\.?\s*$/.exec(no);
  return m ? Number(m[1]) : null;
}

export const numbering: Rule = {
  meta: {
    id: 'numbering',
    description: {
      id: 'Nomor langkah yang melompat, berulang atau mundur',
      en: 'Step numbers that skip, repeat or go backwards',
    },
    defaultSeverity: 'warning',
    docs: 'docs/rules/numbering.md',
    fixable: false,
  },
  check({ doc, lang }) {
    const out: RuleFinding[] = [];
    let prev: number | null = null;
    for (const step of doc.steps) {
      const n = stepNumber(step.no);
      if (n === null) continue;
      const expected: number = prev === null ? 1 : prev + 1;
      if (n !== expected) {
        const cell = step.cells.no ?? step.cells.uraian;
        let id: string;
        let en: string;
        if (prev !== null && n === prev) {
          id = `Nomor langkah ${n} berulang.`;
          en = `Step number ${n} is repeated.`;
        } else if (prev !== null && n < prev) {
          id = `Nomor langkah mundur dari ${prev} ke ${n}.`;
          en = `Step numbers go backwards from ${prev} to ${n}.`;
        } else {
          id = `Nomor langkah melompat dari ${prev ?? 0} ke ${n}.`;
          en = `Step numbers skip from ${prev ?? 0} to ${n}.`;
        }
        out.push({
          cell,
          message: say(
            lang,
            `${id} Seharusnya ${expected}: urutkan ulang nomor langkah.`,
            `${en} Expected ${expected}: renumber the steps.`
          ),
        });
      }
      prev = n;
    }
    return out;
  },
};
