/** The anomaly rules: registry, rule types and fix helpers. */
export { RULES, ruleById, runRules, parseRuleOption, parseRuleOptions, type RunOptions } from './registry';
export type { Rule, RuleConfig, RuleContext, RuleFinding, RuleLevel } from './types';
export { applyFix, mergeFixes, typoFixes } from './fix';
