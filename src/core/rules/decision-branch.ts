/**
 * decision-branch: a decision (a diamond, or an Uraian written as "jika ..., jika tidak/belum ...
 * dikembalikan") with no readable `tidak` target, or a branch pointing at a step that does not exist.
 * A decision whose "no" path goes nowhere leaves the reader stuck exactly where work is rejected and
 * must be redone. Branches come from connectors and from text such as `Tidak: ke 5`, `Tidak -> 5`,
 * `Ya: langkah 7; Tidak: langkah 5` (step.branches). A review with rework written only in words
 * ("lakukan perbaikan jika terdapat koreksi") gets an inferred "tidak" branch back to the step before:
 * reported as info, naming the step it was taken to return to.
 */
import type { StepDoc } from '../model';
import { say, type Rule, type RuleFinding } from './types';
import { stepKey } from '../step-key';
import { cap, stepName } from './utils/where';

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
  meta: {
    id: 'decision-branch',
    description: {
      id: 'Keputusan tanpa tujuan cabang Tidak yang terbaca',
      en: 'A decision with no readable Tidak (no) target',
    },
    defaultSeverity: 'error',
    docs: 'docs/rules/decision-branch.md',
    fixable: false,
  },
  check({ doc, lang }) {
    const keys = new Set(doc.steps.map(stepKey));
    const out: RuleFinding[] = [];
    for (const step of doc.steps as StepDoc[]) {
      if (step.symbol !== 'decision' && !uraianIsDecision(step.uraian)) continue;
      const branches = Array.isArray(step.branches) ? step.branches : [];
      const dangling = branches.filter((b) => b.target !== null && !keys.has(b.target));
      const read = branches.filter((b) => b.source !== 'inferred');
      const tidak = read.some((b) => b.label === 'tidak' && b.target !== null && keys.has(b.target));
      const inferred = branches.find((b) => b.source === 'inferred' && b.label === 'tidak' && b.target !== null);
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
      } else if (!tidak && inferred && keys.has(inferred.target!)) {
        // A review with rework written only in words: the flow goes back to the step before. Say so,
        // so the author can write the target where it is another step.
        const back = doc.steps.find((s) => stepKey(s) === inferred.target)!;
        out.push({
          cell: step.cells.uraian,
          severity: 'info',
          message: say(
            lang,
            `${cap(stepName(step, lang))} dibaca sebagai keputusan (pemeriksaan dengan perbaikan); cabang “Tidak” dianggap kembali ke ${stepName(back, lang)}. Bila perbaikan dikerjakan di langkah lain, tulis di Keterangan “Tidak: ke langkah N”.`,
            `${cap(stepName(step, lang))} is read as a decision (a review with rework); its “Tidak” (no) branch is taken to return to ${stepName(back, lang)}. If the rework is done at another step, write “Tidak: ke langkah N” in Keterangan.`
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
