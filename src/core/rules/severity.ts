/**
 * One word per severity, in each language, for every place that names one: the CLI's report and its
 * summary table, the pane's Temuan list and badges, the help texts. Lower case here; a place that starts
 * a label with it capitalises the first letter (`Kesalahan`).
 */
import type { Lang, Severity } from '../model';

export const SEVERITY_WORDS: Record<Lang, Record<Severity, string>> = {
  id: { error: 'kesalahan', warning: 'peringatan', info: 'info' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

/** The words with a capital first letter, for labels. */
export function severityLabels(lang: Lang): Record<Severity, string> {
  const w = SEVERITY_WORDS[lang];
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return { error: cap(w.error), warning: cap(w.warning), info: cap(w.info) };
}
