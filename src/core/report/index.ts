/** The review report (issue 15): gathering SOPs, the checks across them, and the HTML page. */
import type { Calendar, Lang } from '../model';
import type { RuleConfig } from '../rules/types';
import { crossSops, runCrossRules } from '../rules/cross';
import { renderReport } from './html';
import type { CrossFinding, ReviewFile } from './types';

export * from './types';
export { flowchartView, reviewCells, reviewGrids, reviewResults, reviewSop } from './gather';
export { renderReport, type ReportInput } from './html';
export { flowchartSvg, FLOWCHART_CSS, wrapText } from './svg';
export { esc } from './escape';

export interface ReviewOptions {
  calendar: Calendar;
  lang: Lang;
  version: string;
  /** Default: now (also the "today" of the date checks). */
  now?: Date;
  /** Settings of the checks across SOPs. */
  crossRules?: RuleConfig;
  title?: string;
}

/** The checks across the SOPs of `files`, and the report page with them. */
export function buildReview(
  files: ReviewFile[],
  options: ReviewOptions
): { crossFindings: CrossFinding[]; html: string } {
  const now = options.now ?? new Date();
  const crossFindings = runCrossRules(crossSops(files), { lang: options.lang, today: now, config: options.crossRules });
  const html = renderReport({
    files,
    crossFindings,
    calendar: options.calendar,
    lang: options.lang,
    version: options.version,
    generated: now,
    title: options.title,
  });
  return { crossFindings, html };
}
