/**
 * `alur check PATH... [--json]`: check every SOP in every file, print the report, return the exit status.
 * Many files are checked in worker threads (./pool), with a progress bar on stderr when it is a terminal
 * (./progress); the report is the same, in the same order, either way.
 */
import { buildReport, exitStatus } from '../core/check';
import { expandInputs } from '../xlsx/inputs';
import type { CheckArgs } from './args';
import { COLOR, PLAIN, formatReport, wantColor } from './format';
import type { Io } from './io';
import { checkInputs, decideJobs } from './pool';
import { createProgressBar, wantProgress } from './progress';
import { spellerFor } from './speller';
import { VERSION } from './version';

/** An Io that may say whether its `err` is a terminal (the process's own Io is asked directly). */
export type CheckIo = Io & { errIsTTY?: boolean; columns?: number };

/** Whether `err` writes to a terminal: as the Io says, or, for the real process, stderr's own answer. */
function stderrIsTerminal(io: CheckIo): boolean {
  if (io.errIsTTY !== undefined) return io.errIsTTY;
  return io.env === process.env && Boolean(process.stderr.isTTY);
}

export async function runCheck(args: CheckArgs, io: CheckIo): Promise<number> {
  const options = { calendar: args.calendar, lang: args.lang, rules: args.rules, speller: spellerFor(args.rules) };
  const inputs = await expandInputs(args.paths);
  const jobs = decideJobs(inputs.length, args.jobs);
  const bar = wantProgress(stderrIsTerminal(io), inputs.length, io.env)
    ? createProgressBar((t) => io.err(t), { lang: args.lang, columns: io.columns ?? process.stderr.columns })
    : undefined;
  let files;
  try {
    files = await checkInputs(inputs, options, jobs, bar && ((done, total) => bar.update(done, total)));
  } finally {
    bar?.finish();
  }
  const report = buildReport(files, args.calendar, VERSION);
  if (args.json) io.out(JSON.stringify(report, null, 2) + '\n');
  else io.out(formatReport(report, args.lang, wantColor(args.color, io.isTTY, io.env) ? COLOR : PLAIN));
  return exitStatus(report);
}
