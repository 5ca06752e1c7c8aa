/**
 * The pipeline every host runs: grid -> SOPs found -> times read -> rules -> the contract's Sop.
 * Pure: the CLI, the task pane and the tests all call these functions and nothing else.
 */
import { rangeA1, type Grid } from './grid';
import { findSops } from './parse';
import { readStepTime, totalDuration } from './duration';
import { runRules, type RuleConfig } from './rules/registry';
import { sopToContract } from './export/json';
import {
  DEFAULT_CALENDAR,
  type Calendar,
  type Duration,
  type FileReport,
  type Finding,
  type Lang,
  type Report,
  type Sop,
  type SopDoc,
} from './model';

export interface CheckOptions {
  calendar?: Calendar;
  lang?: Lang;
  /** Rules turned off or with another severity: {"typo": "off", "numbering": "error"}. */
  rules?: RuleConfig;
}

/** One SOP found on a sheet: the parser's rich form (with cells) and the contract's form. */
export interface SopResult {
  doc: SopDoc;
  sop: Sop;
}

/** Find, read and check every SOP on one sheet. Never throws on odd grids: a sheet with no SOP gives []. */
export function checkGrid(grid: Grid, options: CheckOptions = {}): SopResult[] {
  return findSops(grid).map((doc) => analyzeSop(doc, options));
}

/** Every sheet of a workbook, in order. */
export function checkGrids(grids: Grid[], options: CheckOptions = {}): SopResult[] {
  return grids.flatMap((grid) => checkGrid(grid, options));
}

/** Read the times of a parsed SOP, total them, and run the rules on it. */
export function analyzeSop(doc: SopDoc, options: CheckOptions = {}): SopResult {
  const calendar = options.calendar ?? DEFAULT_CALENDAR;
  const lang = options.lang ?? 'id';
  for (const step of doc.steps) {
    const time = readStepTime(step.waktuText, calendar, doc.table.waktuUnit);
    step.waktu = time.waktu;
    step.waktuRate = time.rate;
    step.waktuProblem = time.problem;
  }
  const duration = totalDuration(doc.steps, calendar, lang);
  const findings = runRules(doc, { lang, config: options.rules ?? {} });
  return { doc, sop: toSop(doc, duration, findings) };
}

/** The contract's Sop: only the contract's fields, in the contract's order (the parser's extras dropped). */
export function toSop(doc: SopDoc, duration: Duration, findings: Finding[]): Sop {
  const { sheet, name, identity, actors, steps } = doc;
  return sopToContract({
    sheet,
    tableRange: rangeA1(doc.table.range),
    name,
    identity,
    actors,
    steps,
    duration,
    findings,
  });
}

/** Build the report of the contract from the files checked. */
export function buildReport(files: FileReport[], calendar: Calendar, version: string): Report {
  let sops = 0;
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const file of files) {
    sops += file.sops.length;
    for (const sop of file.sops) {
      for (const f of sop.findings) {
        if (f.severity === 'error') errors++;
        else if (f.severity === 'warning') warnings++;
        else infos++;
      }
    }
  }
  return {
    tool: 'alur',
    version,
    calendar: { ...calendar },
    files,
    summary: { files: files.length, sops, errors, warnings, infos },
  };
}

/** The contract's exit status: 2 if a file could not be read, else 1 if any error finding, else 0. */
export function exitStatus(report: Report): 0 | 1 | 2 {
  if (report.files.some((f) => f.error)) return 2;
  return report.summary.errors > 0 ? 1 : 0;
}
