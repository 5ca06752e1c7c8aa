/**
 * decision-branch: a decision (a diamond, or an Uraian written as "jika ..., jika tidak/belum ...
 * dikembalikan") with no readable `tidak` target, or a branch pointing at a step that does not exist.
 * A decision whose "no" path goes nowhere leaves the reader stuck exactly where work is rejected and
 * must be redone. Branches come from connectors and from text such as `Tidak: ke 5` (step.branches).
 */
import type { StepDoc } from '../model';
import { say, type Rule, type RuleFinding } from './types';
import { cap, stepKey, stepName } from './where';

const CONDITION = String.raw`(?:jika|apabila|bila|kalau|bilamana)`;
/** "jika sudah ..., jika belum/tidak ..." : both outcomes written in the Uraian. */
const BOTH_OUTCOMES = new RegExp(
  String.raw`\b${CONDITION}\b[\s\S]*\b${CONDITION}\s+(?:tidak|belum|salah|kurang)\b`,
  'i'
);
/** "... jika belum akan dikembalikan untuk diperbaiki" : a rejection that loops back. */
const SENT_BACK = new RegExp(String.raw`\b${CONDITION}\b[\s\S]*\b(?:dikembalikan|kembalikan|dikembalikannya)\b`, 'i');

/** Whether the Uraian itself describes a decision. */
export function uraianIsDecision(uraian: string): boolean {
  return BOTH_OUTCOMES.test(uraian) || SENT_BACK.test(uraian) || /\?\s*$/.test(uraian);
}

export const decisionBranch: Rule = {
  id: 'decision-branch',
  description: {
    id: 'Keputusan tanpa tujuan cabang Tidak yang terbaca',
    en: 'A decision with no readable Tidak (no) target',
  },
  defaultSeverity: 'error',
  check({ doc, lang }) {
    const keys = new Set(doc.steps.map(stepKey));
    const out: RuleFinding[] = [];
    for (const step of doc.steps as StepDoc[]) {
      if (step.symbol !== 'decision' && !uraianIsDecision(step.uraian)) continue;
      const branches = Array.isArray(step.branches) ? step.branches : [];
      const dangling = branches.filter((b) => b.target !== null && !keys.has(b.target));
      const tidak = branches.some((b) => b.label === 'tidak' && b.target !== null && keys.has(b.target));
      if (dangling.length > 0) {
        const b = dangling[0];
        out.push({
          cell: step.cells.uraian,
          message: say(
            lang,
            `Cabang “${b.label}” keputusan di ${stepName(step, lang)} menuju langkah ${b.target}, yang tidak ada. Arahkan ke langkah yang benar.`,
            `The “${b.label}” branch of the decision at ${stepName(step, lang)} points to step ${b.target}, which does not exist. Point it at the right step.`
          ),
        });
      } else if (!tidak) {
        out.push({
          cell: step.cells.uraian,
          message: say(
            lang,
            `${cap(stepName(step, lang))} adalah keputusan, tetapi tujuan cabang “Tidak” tidak terbaca. Tarik panah “Tidak” ke langkah yang harus diulang, atau tulis di Keterangan “Tidak: ke langkah N”.`,
            `${cap(stepName(step, lang))} is a decision, but its “Tidak” (no) target cannot be read. Draw the “Tidak” arrow to the step to redo, or write “Tidak: ke langkah N” in Keterangan.`
          ),
        });
      }
    }
    return out;
  },
};
