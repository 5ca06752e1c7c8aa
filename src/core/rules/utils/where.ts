/** Helpers naming steps and cells in findings, shared by the rules. */
import { a1 } from '../../grid';
import { say } from '../../i18n';
import type { Lang, SopDoc, StepDoc } from '../../model';

/** "langkah 3" / "step 3"; an unnumbered step by its row. */
export function stepName(step: StepDoc, lang: Lang): string {
  if (step.no !== null && step.no !== '') return say(lang, `langkah ${step.no}`, `step ${step.no}`);
  return say(lang, `langkah di baris ${step.row}`, `the step in row ${step.row}`);
}

/** The top-left cell of the flowchart table: where findings about something absent are pinned. */
export function tableTopLeft(doc: SopDoc): string {
  return a1(Math.max(1, doc.table.range.top), Math.max(1, doc.table.range.left));
}

/** Shorten a text for quoting inside a message. */
export function quote(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return `“${t.length > max ? `${t.slice(0, max - 1)}…` : t}”`;
}

/** First letter in capitals, for a name that opens a sentence. */
export function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
