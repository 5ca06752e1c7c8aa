/**
 * One way to build bilingual text: Indonesian first (the users are Indonesian civil servants), English
 * second. The rule, for every layer:
 *
 * 1. A layer's own fixed words and sentences live in ONE catalogue, typed so that both languages must
 *    define every key; a sentence with data in it is a function of that data in the catalogue
 *    (`wrote: (path) => ...`). The catalogues: the task pane's src/taskpane/i18n.ts, the command line's
 *    src/cli/messages.ts, the HTML report's src/core/report/words.ts, the flowchart planner's
 *    src/core/flowchart/words.ts, an unreadable Waktu's in src/core/duration/step.ts. A catalogue is
 *    read with `pick(CATALOGUE, lang)`.
 * 2. Text that core (or a host) builds with data in it, for a host to show in whichever language that
 *    host speaks, travels as a `Bilingual` ({ id, en }): a HostError, a calendar problem, a lane-edit
 *    problem, an XlsxError. The host shows it with `pick(text, lang)`.
 * 3. A rule writes its sentence with `say(lang, id, en)` next to the check that makes it: a finding is
 *    already in the language the SOP was checked in.
 *
 * The choice itself is made here and only here: no `lang === 'en' ? ... : ...` anywhere else. Any
 * language that is not English is Indonesian (the default), so a missing language never shows nothing.
 */
import type { Lang } from './model';

/** One text in both languages. */
export type Bilingual = { id: string; en: string };

/**
 * The text for `lang`: of a Bilingual, or of any pair of values per language (a catalogue
 * `Record<Lang, Words>`, a list of month names). Indonesian unless `lang` is English.
 */
export function pick<T>(text: { readonly id: T; readonly en: T }, lang: Lang | undefined): T {
  return lang === 'en' ? text.en : text.id;
}

/** A rule's sentence in the checked language: `say(lang, 'Indonesian', 'English')`. */
export function say(lang: Lang, id: string, en: string): string {
  return pick({ id, en }, lang);
}
