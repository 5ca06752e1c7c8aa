/** `alur check PATH... [--json]`: check every SOP in every file, print the report, return the exit status. */
import { buildReport, exitStatus } from '../core/check';
import type { FileReport } from '../core/model';
import { expandInputs } from '../xlsx/inputs';
import type { CheckArgs } from './args';
import { checkFile, fileError } from './check-file';
import { COLOR, PLAIN, formatReport, wantColor } from './format';
import type { Io } from './main';
import { VERSION } from './version';

export async function runCheck(args: CheckArgs, io: Io): Promise<number> {
  const options = { calendar: args.calendar, lang: args.lang, rules: args.rules };
  const inputs = await expandInputs(args.paths);
  const files: FileReport[] = [];
  for (const input of inputs) {
    files.push(
      input.error ? { path: input.path, error: fileError(input.error, args.lang), sops: [] } : await checkFile(input.path, options),
    );
  }
  const report = buildReport(files, args.calendar, VERSION);
  if (args.json) io.out(JSON.stringify(report, null, 2) + '\n');
  else io.out(formatReport(report, args.lang, wantColor(args.color, io.isTTY, io.env) ? COLOR : PLAIN));
  return exitStatus(report);
}
