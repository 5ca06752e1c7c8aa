/**
 * The shape of an anomaly rule, in the manner of ESLint and markdownlint: a stable id, a one-line
 * description in both languages, a default severity and a pure check from the parsed SOP to findings.
 * Rules never touch a host and never throw: they are total functions of their input.
 */
import type { Fix, Lang, Severity, SopDoc } from '../model';
import type { Speller } from '../spell/types';

export interface RuleContext {
  doc: SopDoc;
  lang: Lang;
  /** A spelling dictionary, where the host has loaded one (the typo rule reads words with it). */
  speller?: Speller;
}

export interface RuleFinding {
  /** A1 address on the SOP's sheet. */
  cell: string;
  message: string;
  fix?: Fix;
  /**
   * A rule whose findings differ in weight (identity-missing: a missing Nomor SOP is an error, a
   * missing date a warning) may lower its default for one finding. A user's config replaces both.
   */
  severity?: Severity;
}

/**
 * What a rule says about itself, in the manner of ESLint's `meta`: everything a host, the settings
 * panel, `--rule` and the docs test need without running it.
 */
export interface RuleMeta {
  /** Stable id, kebab-case, as in the contract (`missing-time`); the user's config names it. */
  id: string;
  /** One line in both languages: the settings panel shows it, `alur --help` lists it. */
  description: { id: string; en: string };
  defaultSeverity: Severity;
  /** The rule's page, from the repository's root: always `docs/rules/<id>.md` (the docs test checks it). */
  docs: string;
  /** Whether some findings carry a fix that `fix`/`Perbaiki` may apply (the docs test checks it). */
  fixable: boolean;
}

/** A rule of one SOP: its `meta` and a pure `check` from the parsed SOP to findings. */
export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): RuleFinding[];
}

/** Per-rule settings: turn a rule off, or give it another severity. */
export type RuleLevel = 'off' | Severity;
export type RuleConfig = Record<string, RuleLevel>;

/** Pick the message for the context's language. */
export { say } from '../i18n';
