import type { ExportArgs } from './args';
import type { Io } from './main';

export async function runExport(args: ExportArgs, io: Io): Promise<number> {
  io.err(args.lang === 'en' ? 'alur export is not available yet.\n' : 'alur export belum tersedia.\n');
  return 2;
}
