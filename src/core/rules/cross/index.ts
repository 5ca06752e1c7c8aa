/** The checks across SOPs, in one list, and the function the review runs them with. */
import type { Lang, Severity } from '../../model';
import type { CrossFinding, ReviewSop } from '../../report/types';
import type { RuleConfig } from '../types';
import { CROSS_RULES } from '../registry';
import { officeOf } from '../utils/places';
import type { CrossSop } from './types';

export type { CrossRule, CrossSop, CrossContext } from './types';
export { officeOf } from '../utils/places';
export { parseIndonesianDate } from '../utils/dates';
export { actorTitleKey, namesMatch, sopNameKey } from '../utils/names';

export { CROSS_RULES } from '../registry';

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
    const { id, defaultSeverity } = rule.meta;
    const level = config[id];
    if (level === 'off') continue;
    for (const f of rule.check({ sops, lang, today })) {
      const severity: Severity = level ?? f.severity ?? defaultSeverity;
      out.push({ rule: id, severity, message: f.message, places: f.places });
    }
  }
  return out;
}
