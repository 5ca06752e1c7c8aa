/**
 * `alur review PATH... [-o REPORT.html] [--json]` (issue 15): checks every SOP as `alur check` does
 * (same worker threads, same progress bar on stderr), gathers each SOP's flowchart plan, runs the
 * checks across SOPs, and writes one self-contained HTML report (src/core/report renders it; this
 * file only gathers and writes). With --json it prints the check report plus `crossFindings`.
 * Exit status as check (a finding across SOPs of severity error counts like any error).
 */
import { buildReport, exitStatus } from '../core/check';
import type { FileReport } from '../core/model';
import { buildReview, type ReviewFile } from '../core/report';
import { expandInputs } from '../xlsx/inputs';
import { writeOutput } from '../xlsx/write-files';
import type { ReviewArgs } from './args';
import type { CheckIo } from './check';
import { outputReplacesInput, writeErrorMessage } from './io';
import { messages } from './messages';
import { checkInputs, decideJobs } from './pool';
import { createProgressBar, wantProgress } from './progress';
import { VERSION } from './version';
import { spellerFor } from './speller';

function stderrIsTerminal(io: CheckIo): boolean {
  if (io.errIsTTY !== undefined) return io.errIsTTY;
  return io.env === process.env && Boolean(process.stderr.isTTY);
}

export async function runReview(args: ReviewArgs, io: CheckIo): Promise<number> {
  const m = messages(args.lang).review;
  const options = { calendar: args.calendar, lang: args.lang, rules: args.rules, speller: spellerFor(args.rules) };
  const inputs = await expandInputs(args.paths);
  // The report never replaces what it reports on: a workbook given or found, or a PATH itself
  // (the same check as draw and export: links, hard links, letter case).
  const refused = await outputReplacesInput(args.output, [...args.paths, ...inputs.map((i) => i.path)], args.lang);
  if (refused !== null) {
    io.err(refused);
    return 2;
  }
  const jobs = decideJobs(inputs.length, args.jobs);
  const bar = wantProgress(stderrIsTerminal(io), inputs.length, io.env)
    ? createProgressBar((t) => io.err(t), { lang: args.lang, columns: io.columns ?? process.stderr.columns })
    : undefined;
  let files: ReviewFile[];
  try {
    files = (await checkInputs(
      inputs,
      options,
      jobs,
      bar && ((done, total) => bar.update(done, total)),
      true
    )) as unknown as ReviewFile[];
  } finally {
    bar?.finish();
  }
  const now = io.env.ALUR_NOW ? new Date(io.env.ALUR_NOW) : new Date();
  const { crossFindings, html } = buildReview(files, {
    calendar: args.calendar,
    lang: args.lang,
    version: VERSION,
    // The --rule settings of the checks across SOPs (those of one SOP went to the check above).
    crossRules: args.rules,
    now: Number.isNaN(now.getTime()) ? new Date() : now,
  });
  const checkFiles: FileReport[] = files.map((f) => ({ path: f.path, error: f.error, sops: f.sops.map((s) => s.sop) }));
  const report = buildReport(checkFiles, args.calendar, VERSION);
  let status: number = exitStatus(report);
  if (status === 0 && crossFindings.some((f) => f.severity === 'error')) status = 1;

  try {
    await writeOutput(args.output, html);
  } catch (e) {
    io.err(writeErrorMessage(e, args.output, args.lang));
    return 2;
  }
  if (args.json) {
    io.out(JSON.stringify({ ...report, crossFindings }, null, 2) + '\n');
    io.err(m.written(args.output));
  } else {
    const { files: nf, sops, errors, warnings, infos } = report.summary;
    const kb = (Buffer.byteLength(html) / 1024).toFixed(0);
    const across = crossFindings.length;
    io.out(m.summary({ files: nf, sops, errors, warnings, infos, across }, args.output, kb));
  }
  return status;
}
