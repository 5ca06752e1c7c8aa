/**
 * Issue 12: outputs never replace inputs, and every output is written whole or not at all. Driven
 * through the CLI's main(), as a user runs it.
 */
import { chmod, copyFile, link, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeErrorMessage } from '../../src/cli/io';
import { isSameFile, writeFolderOutput, writeOutput } from '../../src/xlsx/write-files';
import { runCli } from './io';

const FIXTURES = 'tests/fixtures/xlsx';
const SATPOL = `${FIXTURES}/002-satpol-pp.xlsx`;
const TWO_SOPS = `${FIXTURES}/two-sops-one-sheet.xlsx`;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'alur-output-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const run = runCli;

/** Every file under `folder`, as relative paths, sorted (temporary files would show here). */
async function listing(folder: string): Promise<string[]> {
  return (await readdir(folder, { recursive: true })).map(String).sort();
}

describe('an output that is the input is refused: exit 2, nothing written', () => {
  let work: string;
  let input: string;
  let original: Buffer;
  beforeAll(async () => {
    work = join(dir, 'same');
    await mkdir(work);
    input = join(work, 'sop.xlsx');
    await copyFile(SATPOL, input);
    original = await readFile(input);
    await symlink(input, join(work, 'link.xlsx'));
    await link(input, join(work, 'hard.xlsx'));
    await mkdir(join(work, 'real'));
    await symlink(work, join(work, 'real', 'up'));
  });

  const cases: [string, (w: string) => string][] = [
    ['the same path', (w) => join(w, 'sop.xlsx')],
    ['the same file through ./ and ..', (w) => join(w, 'real', '..', '.', 'sop.xlsx')],
    ['a symbolic link to it', (w) => join(w, 'link.xlsx')],
    ['a hard link to it', (w) => join(w, 'hard.xlsx')],
    ['a path through a linked folder', (w) => join(w, 'real', 'up', 'sop.xlsx')],
  ];
  for (const [name, output] of cases) {
    for (const command of [['draw'], ['export', '--format', 'json'], ['export', '--format', 'bpmn']]) {
      it(`${command.join(' ')}: ${name}`, async () => {
        const before = await listing(work);
        const r = await run(command[0], input, ...command.slice(1), '-o', output(work));
        expect(r).toEqual({
          status: 2,
          stdout: '',
          stderr: `alur: keluaran ${output(work)} adalah berkas masukan ${input}: tidak ada yang ditulis (masukan tidak pernah diubah; beri nama berkas lain dengan -o).\n`,
        });
        expect(Buffer.compare(await readFile(input), original)).toBe(0);
        expect(await listing(work)).toEqual(before);
      });
    }
  }

  it('says it in English with --lang en, wherever --lang stands', async () => {
    const r = await run('--lang', 'en', 'export', input, '-o', join(work, 'link.xlsx'), '--format', 'json');
    expect(r.stderr).toBe(
      `alur: the output ${join(work, 'link.xlsx')} is the input file ${input}: nothing written (the input is never modified; name another file with -o).\n`
    );
    expect(r.status).toBe(2);
  });

  it('tells two different files apart, also when the output does not exist yet', async () => {
    expect(await isSameFile(input, join(work, 'hard.xlsx'))).toBe(true);
    expect(await isSameFile(input, join(work, 'other.xlsx'))).toBe(false);
    expect(await isSameFile(input, SATPOL)).toBe(false);
  });
});

describe('writes are whole or nothing, and failures are sentences in the user language', () => {
  it('draw -o a folder: EISDIR as a sentence, no success line, nothing left behind', async () => {
    const out = join(dir, 'a-folder.xlsx');
    await mkdir(out);
    const before = await listing(dir);
    const r = await run('draw', SATPOL, '-o', out);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `alur: tidak dapat menulis ${out}: ${out} adalah folder. Beri nama berkas yang akan ditulis. Tidak ada yang ditulis.\n`
    );
    expect(await listing(dir)).toEqual(before);
  });

  it('export into a folder that does not exist: ENOENT names the folder (English)', async () => {
    const out = join(dir, 'no-such-folder', 'x.json');
    const r = await run('export', SATPOL, '--format', 'json', '-o', out, '--lang', 'en');
    expect(r).toEqual({
      status: 2,
      stdout: '',
      stderr: `alur: cannot write ${out}: the folder ${join(dir, 'no-such-folder')} does not exist. Create it first, or choose another place. Nothing was written.\n`,
    });
  });

  it('a folder the user may not write in: EACCES as a sentence', async () => {
    // As root, permissions do not stop a write; /sys refuses new files to everyone.
    let folder = '/sys';
    if (process.getuid?.() !== 0) {
      folder = join(dir, 'locked');
      await mkdir(folder);
      await chmod(folder, 0o500);
    }
    const out = join(folder, 'x.xlsx');
    const r = await run('draw', SATPOL, '-o', out);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `alur: tidak dapat menulis ${out}: akses ditolak: Anda tidak boleh menulis di ${folder}. Pilih folder yang dapat Anda tulisi. Tidak ada yang ditulis.\n`
    );
    if (folder !== '/sys') await chmod(folder, 0o700);
  });

  it('bpmn into a folder whose path is a file: ENOTDIR, and nothing written', async () => {
    const file = join(dir, 'plain-file');
    await writeFile(file, 'x');
    const before = await listing(dir);
    const r = await run('export', TWO_SOPS, '--format', 'bpmn', '-o', file);
    expect(r).toEqual({
      status: 2,
      stdout: '',
      stderr: `alur: tidak dapat menulis ${file}: sebagian jalur ${file} adalah berkas, bukan folder. Tidak ada yang ditulis.\n`,
    });
    expect(await listing(dir)).toEqual(before);
    expect(await readFile(file, 'utf8')).toBe('x');
  });

  it('bpmn into an existing folder where one file name is taken by a folder: that file is named, none is written', async () => {
    const fresh = join(dir, 'bpmn-fresh');
    expect((await run('export', TWO_SOPS, '--format', 'bpmn', '-o', fresh)).status).toBe(0);
    const names = await listing(fresh);
    expect(names).toHaveLength(2);
    const existing = join(dir, 'bpmn-existing');
    await mkdir(join(existing, names[1]), { recursive: true });
    const r = await run('export', TWO_SOPS, '--format', 'bpmn', '-o', existing, '--lang', 'en');
    const blocked = join(existing, names[1]);
    expect(r).toEqual({
      status: 2,
      stdout: '',
      stderr: `alur: cannot write ${blocked}: ${blocked} is a folder. Give the name of a file to write. Nothing was written.\n`,
    });
    expect(await listing(existing)).toEqual([names[1]]);
  });

  it('a disk full, a read-only disk, and anything else as sentences in both languages', () => {
    const err = (code: string) => Object.assign(new Error(code), { code });
    expect(writeErrorMessage(err('ENOSPC'), '/d/out.xlsx', 'id')).toBe(
      'alur: tidak dapat menulis /d/out.xlsx: disk penuh. Kosongkan sebagian ruang lalu coba lagi. Tidak ada yang ditulis.\n'
    );
    expect(writeErrorMessage(err('ENOSPC'), '/d/out.xlsx', 'en')).toBe(
      'alur: cannot write /d/out.xlsx: the disk is full. Free some space and try again. Nothing was written.\n'
    );
    expect(writeErrorMessage(err('EROFS'), '/d/out.xlsx', 'en')).toBe(
      'alur: cannot write /d/out.xlsx: /d is on a read-only disk. Choose another place. Nothing was written.\n'
    );
    expect(writeErrorMessage(new Error('boom'), '/d/out.xlsx', 'id')).toBe(
      'alur: tidak dapat menulis /d/out.xlsx: sistem menolak (boom). Tidak ada yang ditulis.\n'
    );
  });

  it('a failed write leaves the old file as it was and no temporary file', async () => {
    const folder = join(dir, 'keep');
    await mkdir(folder);
    const target = join(folder, 'out.json');
    await writeFile(target, 'old');
    // A target that cannot be replaced by a file: a non-empty folder of that name.
    const blocked = join(folder, 'blocked');
    await mkdir(blocked);
    await writeFile(join(blocked, 'inside'), 'x');
    await expect(writeOutput(blocked, 'new')).rejects.toMatchObject({ code: expect.stringMatching(/EISDIR|ENOTEMPTY|EEXIST/) });
    await writeOutput(target, 'new');
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await listing(folder)).toEqual(['blocked', join('blocked', 'inside'), 'out.json']);
  });

  it('a folder output is all or nothing: a new folder appears whole; a failure in an existing one leaves no part', async () => {
    const fresh = join(dir, 'fresh-out');
    await writeFolderOutput(fresh, [
      { name: 'a.bpmn', data: 'A' },
      { name: 'b.bpmn', data: 'B' },
    ]);
    expect(await listing(fresh)).toEqual(['a.bpmn', 'b.bpmn']);
    expect((await listing(dir)).filter((f) => f.includes('alur-tmp'))).toEqual([]);

    // In an existing folder where the second name is taken by a folder: the first file is not left either.
    const existing = join(dir, 'existing-out');
    await mkdir(join(existing, 'b.bpmn'), { recursive: true });
    await writeFile(join(existing, 'b.bpmn', 'x'), 'x');
    await expect(
      writeFolderOutput(existing, [
        { name: 'b.bpmn', data: 'B' },
        { name: 'a.bpmn', data: 'A' },
      ])
    ).rejects.toBeTruthy();
    expect(await listing(existing)).toEqual(['b.bpmn', join('b.bpmn', 'x')]);

    // A new folder whose parent is missing: nothing made at all.
    await expect(writeFolderOutput(join(dir, 'missing-parent', 'out'), [{ name: 'a.bpmn', data: 'A' }])).rejects.toMatchObject({
      code: 'ENOENT',
    });
    expect((await listing(dir)).some((f) => f.startsWith('missing-parent'))).toBe(false);
  });

  it('the success line comes only after the file is written', async () => {
    const out = join(dir, 'drawn.xlsx');
    const r = await run('draw', SATPOL, '-o', out, '--lang', 'en');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      'Flowcharts drawn: 1 SOP, 12 symbols, 11 connectors; skipped: 0\n' +
        '  drawn    SOP RKT 2023!A31:K43 (SOP Penyusunan RKT)\n' +
        `Wrote ${out}\n`
    );
    expect((await readFile(out)).subarray(0, 2).toString()).toBe('PK');
  });
});
