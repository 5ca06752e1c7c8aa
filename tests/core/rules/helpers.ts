/** Run one rule on a hand-built doc. */
import type { Lang } from '../../../src/core/model';
import type { Rule, RuleFinding } from '../../../src/core/rules/types';
import { buildDoc, type DocSpec } from './build';

export function check(rule: Rule, spec: DocSpec, lang: Lang = 'id'): RuleFinding[] {
  return rule.check({ doc: buildDoc(spec), lang });
}
