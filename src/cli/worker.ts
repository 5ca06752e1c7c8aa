/**
 * One worker thread of `alur check` over many files (see ./pool). It receives file paths and answers
 * each with that file's report, one file at a time in the order received, so the parent always knows
 * which file a worker is on. It never throws a file's trouble at the parent: a file that cannot be
 * read, or that trips a bug further down, comes back as a FileReport with `error` set, exactly as in
 * the sequential run.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkFileSafely, isWorkerSetup, type WorkerResult, type WorkerTask } from './pool';
import { reviewFileSafely } from './review-file';
import { spellerFor } from './speller';

// Only act as a worker when started by the pool: importing this module elsewhere (a test runner's own
// worker thread, say) must not grab that thread's message port.
if (parentPort && isWorkerSetup(workerData)) {
  const port = parentPort;
  // The speller is not sent over (functions cannot be): this thread loads its own, once.
  const options = { ...workerData.options, speller: spellerFor(workerData.options.rules) };
  const one = workerData.review ? (reviewFileSafely as unknown as typeof checkFileSafely) : checkFileSafely;
  let queue: Promise<void> = Promise.resolve();
  port.on('message', (task: WorkerTask) => {
    queue = queue.then(async () => {
      const result: WorkerResult = { index: task.index, report: await one(task.path, options) };
      port.postMessage(result);
    });
  });
}
