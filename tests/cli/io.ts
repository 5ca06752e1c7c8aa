/** A fake Io for running the CLI's main() in-process: collects what it prints. */
import type { Io } from '../../src/cli/main';

export interface FakeIo extends Io {
  stdout: string;
  stderr: string;
}

export function fakeIo(): FakeIo {
  const io: FakeIo = {
    stdout: '',
    stderr: '',
    out: (t) => {
      io.stdout += t;
    },
    err: (t) => {
      io.stderr += t;
    },
    isTTY: false,
    env: {},
  };
  return io;
}
