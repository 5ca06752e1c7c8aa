/**
 * `alur check` over many files: in this thread for a few files, in worker threads (node:worker_threads)
 * for many, so a folder of SOP workbooks uses every core. Reading an .xlsx (unzip + exceljs) is CPU
 * work, so threads, not async I/O, are what speed a batch up.
 *
 * Whatever the way, the outcome is the same: one FileReport per input, in input order, and a file that
 * cannot be read (or that trips a bug) becomes a report with `error` set instead of stopping the batch.
 * A worker that dies (out of memory on a hostile file, say) costs only the file it was on: that file is
 * reported as unreadable and a fresh worker takes over the rest.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CheckOptions } from '../core/check';
import type { FileReport, Lang } from '../core/model';
import type { Input } from '../xlsx/inputs';
import { checkFile, fileError } from './check-file';
import { messages } from './messages';
import { reviewFileSafely } from './review-file';

/** Parent -> worker: check the file at `path` (the `index`-th input). */
export interface WorkerTask {
  index: number;
  path: string;
}

/** Worker -> parent: the report of the `index`-th input. */
export interface WorkerResult {
  index: number;
  report: FileReport;
}

/** The workerData a pool worker is started with; `alurCheckWorker` tells it apart from other workers. */
export interface WorkerSetup {
  alurCheckWorker: true;
  options: CheckOptions;
  /** `alur review`: answer with ReviewFile (SOPs with their flowchart plans) instead of FileReport. */
  review?: boolean;
}

export function isWorkerSetup(data: unknown): data is WorkerSetup {
  return typeof data === 'object' && data !== null && (data as WorkerSetup).alurCheckWorker === true;
}

/** Called after each file: how many are done out of how many. */
export type OnProgress = (done: number, total: number) => void;

/** Below this many files, starting threads costs more than it saves. */
export const IN_PROCESS_MAX_FILES = 4;

/**
 * How many worker threads to use; 0 means check in this thread. `requested` is --jobs (0 when not
 * given): then threads only for more than four files, as many as cores. --jobs 1 means in this thread.
 */
export function decideJobs(files: number, requested: number, cores: number = availableParallelism()): number {
  const wanted = requested > 0 ? requested : files > IN_PROCESS_MAX_FILES ? cores : 1;
  const jobs = Math.min(wanted, files);
  return jobs > 1 ? jobs : 0;
}

/** checkFile, but a bug anywhere below becomes the file's `error` rather than an exception. */
export async function checkFileSafely(path: string, options: CheckOptions): Promise<FileReport> {
  try {
    return await checkFile(path, options);
  } catch (e) {
    return { path, error: fileError(e, options.lang ?? 'id'), sops: [] };
  }
}

/**
 * Checks every input and returns their reports in input order. Inputs that could not even be looked
 * at (input.error) are reported without being sent anywhere. `jobs` as from decideJobs.
 */
export async function checkInputs(
  inputs: Input[],
  options: CheckOptions,
  jobs: number,
  onProgress?: OnProgress,
  review = false
): Promise<FileReport[]> {
  const one = review ? (reviewFileSafely as unknown as typeof checkFileSafely) : checkFileSafely;
  const lang = options.lang ?? 'id';
  const reports: (FileReport | undefined)[] = inputs.map((input) =>
    input.error ? { path: input.path, error: fileError(input.error, lang), sops: [] } : undefined
  );
  const todo = inputs.flatMap((input, index) => (input.error ? [] : [{ index, path: input.path }]));
  let done = inputs.length - todo.length;
  const finished = (result: WorkerResult) => {
    reports[result.index] = result.report;
    onProgress?.(++done, inputs.length);
  };
  if (done > 0) onProgress?.(done, inputs.length);
  if (jobs > 1 && todo.length > 1) await runPool(todo, options, Math.min(jobs, todo.length), finished, review);
  else for (const task of todo) finished({ index: task.index, report: await one(task.path, options) });
  return reports as FileReport[];
}

/**
 * A worker runs the TypeScript sources like bin/alur.js does: it registers tsx's loader in its own
 * thread (loader hooks of the parent do not reach a worker's entry module on Node 20), then imports
 * ./worker.ts. Both are absolute URLs, so this works from any working directory (`npx alur`).
 */
function workerSource(): string {
  const tsxApi =
    typeof import.meta.resolve === 'function'
      ? import.meta.resolve('tsx/esm/api')
      : new URL(`file://${createRequire(import.meta.url).resolve('tsx/esm/api')}`).href;
  const entry = new URL('./worker.ts', import.meta.url).href;
  return `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
}

function crashReport(path: string, lang: Lang, detail: string): FileReport {
  return { path, error: { code: 'unreadable', message: messages(lang).file.workerStopped(detail) }, sops: [] };
}

/**
 * Runs the tasks on `jobs` threads: this one plus jobs - 1 workers. This thread starts on the files at
 * once, so the half second a worker needs to load the sources is not lost, and small batches finish
 * before a worker would have been ready. Each worker holds up to two files (one being checked, one
 * waiting), so it never idles while this thread is busy checking and cannot answer at once.
 */
async function runPool(
  tasks: WorkerTask[],
  options: CheckOptions,
  jobs: number,
  finished: (result: WorkerResult) => void,
  review = false
): Promise<void> {
  const one = review ? (reviewFileSafely as unknown as typeof checkFileSafely) : checkFileSafely;
  const lang = options.lang ?? 'id';
  const queue = new TaskQueue(tasks);
  let remaining = tasks.length;
  let allDone!: () => void;
  const everythingDone = new Promise<void>((resolve) => (allDone = resolve));
  const live = new Set<Worker>();
  const complete = (result: WorkerResult) => {
    finished(result);
    if (--remaining === 0) {
      for (const w of live) void w.terminate();
      live.clear();
      allDone();
    }
  };

  const source = workerSource();
  // A speller cannot cross to a thread: each worker loads its own (./worker).
  const setup: WorkerSetup = { alurCheckWorker: true, options: { ...options, speller: undefined }, review };
  const startWorker = () => {
    const worker = new Worker(source, { eval: true, workerData: setup });
    live.add(worker);
    const inHand: WorkerTask[] = [];
    const feed = () => {
      while (inHand.length < 2) {
        const task = queue.take();
        if (!task) break;
        inHand.push(task);
        worker.postMessage(task);
      }
    };
    // A worker died: the file it was checking is reported, the one waiting goes back to the queue,
    // and a fresh worker carries on while there is work left.
    const died = (detail: string) => {
      if (!live.delete(worker)) return;
      const [lost, ...waiting] = inHand.splice(0);
      queue.giveBack(waiting);
      if (lost) complete({ index: lost.index, report: crashReport(lost.path, lang, detail) });
      if (remaining > 0 && queue.size > 0) startWorker();
    };
    worker.on('message', (result: WorkerResult) => {
      const at = inHand.findIndex((t) => t.index === result.index);
      if (at >= 0) inHand.splice(at, 1);
      complete(result);
      if (remaining > 0) feed();
    });
    worker.on('error', (e) => died(e instanceof Error ? e.message : String(e)));
    worker.on('exit', (code) => died(`exit ${code}`));
    feed();
  };
  for (let i = 1; i < jobs; i++) startWorker();

  for (let task = queue.take(); task; task = queue.take()) {
    complete({ index: task.index, report: await one(task.path, options) });
  }
  await everythingDone;
}

/** Tasks in input order, plus those a dead worker handed back (taken first). */
class TaskQueue {
  private next = 0;
  private readonly returned: WorkerTask[] = [];
  constructor(private readonly tasks: WorkerTask[]) {}
  take(): WorkerTask | undefined {
    return this.returned.pop() ?? (this.next < this.tasks.length ? this.tasks[this.next++] : undefined);
  }
  giveBack(tasks: WorkerTask[]): void {
    this.returned.push(...tasks.reverse());
  }
  get size(): number {
    return this.returned.length + this.tasks.length - this.next;
  }
}
