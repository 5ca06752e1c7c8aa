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

export interface Rule {
  id: string;
  description: { id: string; en: string };
  defaultSeverity: Severity;
  check(ctx: RuleContext): RuleFinding[];
}

/** Per-rule settings: turn a rule off, or give it another severity. */
export type RuleLevel = 'off' | Severity;
export type RuleConfig = Record<string, RuleLevel>;

/** Pick the message for the context's language. */
export function say(lang: Lang, id: string, en: string): string {
  return lang === 'en' ? en : id;
}
