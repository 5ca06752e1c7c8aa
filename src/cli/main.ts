/**
 * `alur check | draw | export`: the command line over the same core as the task pane.
 * main() returns the exit status; it never calls process.exit, so tests can drive it in-process.
 */
import { parseCommandLine, UsageError, langOf } from './args';
import { helpText } from './help';
import { runCheck } from './check';
import { runDraw } from './draw';
import { runExport } from './export';
import { VERSION } from './version';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

export const processIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
};

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let args;
  try {
    args = parseCommandLine(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      const lang = langOf(argv);
      io.err(`alur: ${e.message}\n${lang === 'en' ? 'Try "alur --help".' : 'Coba "alur --help".'}\n`);
      return 2;
    }
    throw e;
  }
  switch (args.command) {
    case 'help':
      io.out(helpText(args.lang, args.topic));
      return 0;
    case 'version':
      io.out(`alur ${VERSION}\n`);
      return 0;
    case 'check':
      return runCheck(args, io);
    case 'draw':
      return runDraw(args, io);
    case 'export':
      return runExport(args, io);
  }
}
