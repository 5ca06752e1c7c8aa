import type { DrawArgs } from './args';
import type { Io } from './main';

export async function runDraw(args: DrawArgs, io: Io): Promise<number> {
  io.err(args.lang === 'en' ? 'alur draw is not available yet.\n' : 'alur draw belum tersedia.\n');
  return 2;
}
