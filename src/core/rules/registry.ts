/**
 * The rule registry: every rule Alur has, in one explicit list per kind (RULES check one SOP,
 * CROSS_RULES a set of SOPs), settings per rule id, and `runRules`, which turns a parsed SOP into the
 * contract's findings (sorted by cell position, then rule id). Adding a rule: docs/contributing/adding-a-rule.md.
 */
import { parseA1 } from '../grid';
import type { Finding, Lang, Severity, SopDoc } from '../model';
import { acronymMismatch } from './acronym-mismatch';
import { coverLink } from './cover-link';
import { decisionBranch } from './decision-branch';
import { duplicateStep } from './duplicate-step';
import { identityMissing } from './identity-missing';
import { markup } from './markup';
import { missingActor } from './missing-actor';
import { missingEnd } from './missing-end';
import { missingKelengkapan } from './missing-kelengkapan';
import { missingOutput } from './missing-output';
import { missingStart } from './missing-start';
import { missingTime } from './missing-time';
import { numbering } from './numbering';
import { supersededLaw } from './superseded-law';
import { timeRate } from './time-rate';
import { truncatedText } from './truncated-text';
import { typo } from './typo';
import type { Rule, RuleConfig, RuleLevel, RuleMeta } from './types';
import type { Speller } from '../spell/types';
export type { RuleConfig, RuleLevel } from './types';
import { unparsedTime } from './unparsed-time';
import { actorVariants } from './cross/actor-variants';
import { duplicateName } from './cross/duplicate-name';
import { duplicateNomor } from './cross/duplicate-nomor';
import { identityDate } from './cross/identity-date';
import { keterkaitanNotFound } from './cross/keterkaitan-not-found';
import type { CrossRule } from './cross/types';

export const RULES: readonly Rule[] = [
  typo,
  acronymMismatch,
  duplicateStep,
  missingTime,
  unparsedTime,
  missingActor,
  missingKelengkapan,
  missingOutput,
  missingStart,
  missingEnd,
  decisionBranch,
  numbering,
  truncatedText,
  markup,
  identityMissing,
  timeRate,
  supersededLaw,
  // Added after the contract's first list ("more may be added"); each has a doc page docs/rules/<id>.md.
  coverLink,
];

/** The rules across SOPs (issue 15), run by `alur review` and the pane's report (cross/index.ts). */
export const CROSS_RULES: readonly CrossRule[] = [
  duplicateNomor,
  duplicateName,
  keterkaitanNotFound,
  actorVariants,
  identityDate,
];

/** What every rule says about itself, both kinds, in the order above. */
export const RULE_METAS: readonly RuleMeta[] = [...RULES, ...CROSS_RULES].map((r) => r.meta);

const BY_ID = new Map(RULES.map((r) => [r.meta.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}

const LEVELS: readonly RuleLevel[] = ['off', 'error', 'warning', 'info'];

export interface RunOptions {
  lang?: Lang;
  config?: RuleConfig;
  speller?: Speller;
}

/** Row and column of an A1 address, for sorting; an unreadable address sorts last. */
function position(cell: string): [number, number] {
  try {
    const { row, col } = parseA1(cell);
    return [row, col];
  } catch {
    return [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
  }
}

/** Run every rule that is not turned off; findings sorted by cell (row, then column), then rule id. */
export function runRules(doc: SopDoc, options: RunOptions = {}): Finding[] {
  const lang = options.lang ?? 'id';
  const config = options.config ?? {};
  const found: { finding: Finding; row: number; col: number; order: number }[] = [];
  for (const rule of RULES) {
    const { id, defaultSeverity } = rule.meta;
    const level = config[id];
    if (level === 'off') continue;
    for (const f of rule.check({ doc, lang, speller: options.speller })) {
      const severity: Severity = level ?? f.severity ?? defaultSeverity;
      const [row, col] = position(f.cell);
      found.push({
        finding: { rule: id, severity, cell: f.cell, message: f.message, fix: f.fix ?? null },
        row,
        col,
        order: found.length,
      });
    }
  }
  found.sort(
    (a, b) =>
      a.row - b.row ||
      a.col - b.col ||
      (a.finding.rule < b.finding.rule ? -1 : a.finding.rule > b.finding.rule ? 1 : 0) ||
      a.order - b.order
  );
  return found.map((f) => f.finding);
}

/**
 * Read one `--rule` option: `typo=off`, `missing-time=error`. Throws an Error with a clear message
 * (naming the known ids or levels) on anything else.
 */
export function parseRuleOption(option: string): { id: string; level: RuleLevel } {
  const eq = option.indexOf('=');
  if (eq < 0) {
    throw new Error(`--rule expects ID=LEVEL (e.g. typo=off), got "${option}"`);
  }
  const id = option.slice(0, eq).trim();
  const level = option
    .slice(eq + 1)
    .trim()
    .toLowerCase();
  if (!BY_ID.has(id)) {
    throw new Error(`unknown rule id "${id}"; known ids: ${RULES.map((r) => r.meta.id).join(', ')}`);
  }
  if (!(LEVELS as readonly string[]).includes(level)) {
    throw new Error(`unknown level "${level}" for rule ${id}; use one of: ${LEVELS.join(', ')}`);
  }
  return { id, level: level as RuleLevel };
}

/** Several `--rule` options into one config (later options win). */
export function parseRuleOptions(options: readonly string[]): RuleConfig {
  const config: RuleConfig = {};
  for (const o of options) {
    const { id, level } = parseRuleOption(o);
    config[id] = level;
  }
  return config;
}
