/** A fake Io for running the CLI's main() in-process: collects what it prints. */
import { main, type Io } from '../../src/cli/main';

export interface FakeIo extends Io {
  stdout: string;
  stderr: string;
}

/** Runs `alur ARGV...` in-process; what it printed and its exit status. */
export async function runCli(...argv: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const io = fakeIo();
  const status = await main(argv, io);
  return { status, stdout: io.stdout, stderr: io.stderr };
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
