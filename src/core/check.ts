/**
 * The pipeline every host runs: grid -> SOPs found -> times read -> rules -> the contract's Sop.
 * Pure: the CLI, the task pane and the tests all call these functions and nothing else.
 */
import { rangeA1, type Grid } from './grid';
import { findSops } from './parse';
import { readStepTime, totalDuration } from './duration';
import { runRules, type RuleConfig } from './rules/registry';
import { sopToContract } from './export/json';
import { applyCover, linkCovers, readCover, type CoverDoc } from './detect/cover';
import type { Speller } from './spell/types';
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
  /**
   * A spelling dictionary (src/core/spell), loaded by the host: the CLI from assets/dict, the task pane
   * in its worker. Without one the typo rule reads only the SOP format's labels.
   */
  speller?: Speller;
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

/**
 * Every sheet of a workbook, in order, read as one workbook: a cover sheet's identity and lists go to
 * the SOP(s) it fronts (see checkWorkbook).
 */
export function checkGrids(grids: Grid[], options: CheckOptions = {}): SopResult[] {
  return checkWorkbook(grids, options);
}

/**
 * A workbook, not a sheet (issue 13): the flowchart SOPs of every sheet, in order, with the identity of
 * the cover sheet each is linked to (by the name they share, else by the order of the sheets). The
 * cover's cells are written `COVER!B14` and checked with the SOP; a finding on a cover that fronts
 * several SOPs is reported once, on the first of them. A link made on the order of the sheets alone
 * gets an info finding `cover-link` on the cover (rules/cover-link.ts), so the reader can confirm it.
 */
export function checkWorkbook(grids: Grid[], options: CheckOptions = {}): SopResult[] {
  const perSheet = grids.map((grid) => findSops(grid));
  const covers: { sheetIndex: number; cover: CoverDoc }[] = [];
  grids.forEach((grid, i) => {
    if (perSheet[i].length > 0) return;
    const cover = safeCover(grid);
    if (cover) covers.push({ sheetIndex: i, cover });
  });
  const docs = perSheet.flatMap((list, i) => list.map((doc) => ({ doc, sheetIndex: i })));
  const links = linkCovers(
    covers.map((c) => ({ sheetIndex: c.sheetIndex, name: c.cover.name })),
    docs.map((d) => ({ sheetIndex: d.sheetIndex, name: d.doc.name }))
  );
  const seenOnCover = new Set<string>();
  return docs.map(({ doc }, i) => {
    const link = links[i];
    if (!link) return analyzeSop(doc, options);
    const cover = covers[link.cover].cover;
    applyCover(doc, cover, link);
    const result = analyzeSop(doc, options);
    // A cover fronting several SOPs: its findings once, on the first SOP.
    const findings = result.sop.findings.filter((f) => {
      if (!f.cell.includes('!')) return true;
      const key = `${f.rule}\u0000${f.cell}\u0000${f.message}`;
      if (seenOnCover.has(key)) return false;
      seenOnCover.add(key);
      return true;
    });
    // The cover is the first printed page: its findings first, then the flowchart sheet's, each in order.
    result.sop.findings = [
      ...findings.filter((f) => f.cell.includes('!')),
      ...findings.filter((f) => !f.cell.includes('!')),
    ];
    return result;
  });
}

function safeCover(grid: Grid): CoverDoc | null {
  try {
    return readCover(grid);
  } catch {
    return null;
  }
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
  const findings = runRules(doc, { lang, config: options.rules ?? {}, speller: options.speller });
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
