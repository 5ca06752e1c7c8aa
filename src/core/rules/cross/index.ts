/** The checks across SOPs, in one list, and the function the review runs them with. */
import type { Lang, Severity } from '../../model';
import type { CrossFinding, ReviewSop } from '../../report/types';
import type { RuleConfig } from '../types';
import { actorVariants } from './actor-variants';
import { duplicateName } from './duplicate-name';
import { duplicateNomor } from './duplicate-nomor';
import { identityDate } from './identity-date';
import { keterkaitanNotFound } from './keterkaitan-not-found';
import { officeOf } from './places';
import type { CrossRule, CrossSop } from './types';

export type { CrossRule, CrossSop, CrossContext } from './types';
export { officeOf } from './places';
export { parseIndonesianDate } from './dates';
export { actorTitleKey, namesMatch, sopNameKey } from './names';

export const CROSS_RULES: readonly CrossRule[] = [
  duplicateNomor,
  duplicateName,
  keterkaitanNotFound,
  actorVariants,
  identityDate,
];

export interface CrossOptions {
  lang?: Lang;
  /** Default: now. */
  today?: Date;
  /** Rules turned off or with another severity (the ids of CROSS_RULES). */
  config?: RuleConfig;
}

/** The SOPs of a set with their file; the office is the file's folder. */
export function crossSops(files: { path: string; sops: ReviewSop[] }[]): CrossSop[] {
  return files.flatMap((f) => f.sops.map((s) => ({ ...s, path: f.path, office: officeOf(f.path) })));
}

/** Runs every check across SOPs that is not turned off, in the order of CROSS_RULES. */
export function runCrossRules(sops: CrossSop[], options: CrossOptions = {}): CrossFinding[] {
  const lang = options.lang ?? 'id';
  const today = options.today ?? new Date();
  const config = options.config ?? {};
  const out: CrossFinding[] = [];
  for (const rule of CROSS_RULES) {
    const level = config[rule.id];
    if (level === 'off') continue;
    for (const f of rule.check({ sops, lang, today })) {
      const severity: Severity = level ?? f.severity ?? rule.defaultSeverity;
      out.push({ rule: rule.id, severity, message: f.message, places: f.places });
    }
  }
  return out;
}
