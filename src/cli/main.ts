/**
 * `alur check | draw | export`: the command line over the same core as the task pane.
 * main() returns the exit status; it never calls process.exit, so tests can drive it in-process.
 */
import { parseCommandLine, UsageError, langOf, type Args, type Command } from './args';
import { helpText } from './help';
import { messages } from './messages';
import { runCheck } from './check';
import { runDraw } from './draw';
import { runExport } from './export';
import { runReview } from './review';
import { VERSION } from './version';

import type { Io } from './io';

export type { Io };

export const processIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
};

/** The arguments of one command, as ./args builds them. */
type ArgsOf<C extends Command> = Extract<Args, { command: C }>;

/** Each command's runner: a new command is one more entry here (and one in ./args). */
const RUNNERS: { [C in Command]: (args: ArgsOf<C>, io: Io) => Promise<number> } = {
  check: runCheck,
  draw: runDraw,
  export: runExport,
  review: runReview,
};

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let args: Args;
  try {
    args = parseCommandLine(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`alur: ${e.message}\n${messages(langOf(argv)).usage.tryHelp}\n`);
      return 2;
    }
    throw e;
  }
  if (args.command === 'help') {
    io.out(helpText(args.lang, args.topic));
    return 0;
  }
  if (args.command === 'version') {
    io.out(`alur ${VERSION}\n`);
    return 0;
  }
  const run = RUNNERS[args.command] as (args: Args, io: Io) => Promise<number>;
  return run(args, io);
}
