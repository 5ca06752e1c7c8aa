/**
 * A one-line progress bar for long `alur check` runs, drawn on stderr so it never mixes with the report
 * (stdout, possibly --json piped into another program). Shown only where stderr is a terminal: in a log
 * file or a CI job the carriage returns would just be noise.
 */
import type { Lang } from '../core/model';
import { messages } from './messages';

export interface ProgressBar {
  update(done: number, total: number): void;
  /** Clears the line, so the report starts on a clean terminal line. */
  finish(): void;
}

export interface ProgressOptions {
  lang: Lang;
  /** Terminal width in columns (default 80). */
  columns?: number;
  /** Clock in ms (tests pass their own). */
  now?: () => number;
  /** Least time between two redraws, in ms (default 100): redrawing per file would slow a fast batch. */
  interval?: number;
}

/** Runs with fewer files than this finish before a bar is worth drawing. */
export const PROGRESS_MIN_FILES = 20;

/** Whether to draw a bar: stderr is a terminal that can move the cursor, and the batch is long. */
export function wantProgress(stderrIsTTY: boolean, files: number, env: Record<string, string | undefined>): boolean {
  return stderrIsTTY && env.TERM !== 'dumb' && files >= PROGRESS_MIN_FILES;
}

/** The text of the bar: `[#####.....]  50/100 berkas  2.1 s`, fitted to `columns`. */
export function progressLine(done: number, total: number, elapsedMs: number, lang: Lang, columns: number): string {
  const word = messages(lang).report.files;
  const tail = ` ${String(done).padStart(String(total).length)}/${total} ${word}  ${(elapsedMs / 1000).toFixed(1)} s`;
  const width = Math.max(10, Math.min(40, columns - tail.length - 3));
  const filled = total > 0 ? Math.round((done / total) * width) : width;
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]${tail}`.slice(0, Math.max(1, columns - 1));
}

export function createProgressBar(write: (text: string) => void, options: ProgressOptions): ProgressBar {
  const now = options.now ?? (() => performance.now());
  const interval = options.interval ?? 100;
  const columns = options.columns ?? 80;
  const started = now();
  let last = -Infinity;
  let drawn = false;
  return {
    update(done, total) {
      const t = now();
      if (done < total && t - last < interval) return;
      last = t;
      drawn = true;
      write(`\r${progressLine(done, total, t - started, options.lang, columns)}\u001b[K`);
    },
    finish() {
      if (drawn) write('\r\u001b[K');
      drawn = false;
    },
  };
}
