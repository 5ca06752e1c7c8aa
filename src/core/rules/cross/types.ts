/**
 * Checks across SOPs (issue 15): rules of their own kind, run by the review over a whole set of SOPs
 * (a folder of workbooks, or the open workbook) rather than over one SOP. Like the rules of one SOP each
 * has a stable id, a description in both languages, a default severity and a doc page
 * (docs/rules/<id>.md); each finding names every place it concerns (file, sheet, cell).
 */
import type { Lang, Severity } from '../../model';
import type { RuleMeta } from '../types';
import type { CrossFinding, ReviewSop } from '../../report/types';

/** One SOP of the set, with the file it came from and its office (the file's folder). */
export interface CrossSop extends ReviewSop {
  path: string;
  office: string;
}

export interface CrossContext {
  sops: CrossSop[];
  lang: Lang;
  /** Today's date (the checks about dates in the future compare against it). */
  today: Date;
}

export type CrossRuleFinding = Omit<CrossFinding, 'rule' | 'severity'> & { severity?: Severity };

/** A rule across SOPs: the same `meta` as a rule of one SOP, a `check` over the whole set. */
export interface CrossRule {
  meta: RuleMeta;
  check(ctx: CrossContext): CrossRuleFinding[];
}
