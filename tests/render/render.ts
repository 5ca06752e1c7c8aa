/**
 * Rendering a workbook with LibreOffice (headless) to grey pixels, one image per printed page, so a test
 * can look at where the drawn flowchart really ends up on paper. Node only; needs `libreoffice` and
 * `pdftoppm` (poppler-utils) on PATH, which CI installs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** The temporary folders renderPages made (workbook, PDF, pages, LibreOffice profile): removed after the file's tests. */
const renderDirs: string[] = [];
afterAll(async () => {
  await Promise.all(renderDirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

export interface Page {
  width: number;
  height: number;
  /** Grey levels 0 (black) .. 255 (white), row-major. */
  pixels: Uint8Array;
}

export function requireTool(name: string): void {
  try {
    execFileSync('which', [name], { stdio: 'pipe' });
  } catch {
    throw new Error(
      `${name} is not installed: the render test needs LibreOffice (libreoffice-calc-nogui, fonts-crosextra-carlito) and poppler-utils (pdftoppm).`,
    );
  }
}

/** Converts .xlsx bytes to PDF and then to grey pages at `dpi`; also returns the PDF's path. */
export async function renderPages(bytes: Uint8Array, name: string, dpi = 72): Promise<{ pages: Page[]; pdf: string; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'alur-render-'));
  renderDirs.push(dir);
  const xlsx = join(dir, `${name}.xlsx`);
  await writeFile(xlsx, bytes);
  // A private profile directory: a LibreOffice the user has open elsewhere does not block this one.
  execFileSync('libreoffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], {
    stdio: 'pipe',
    timeout: 120_000,
  });
  const pdf = join(dir, `${name}.pdf`);
  execFileSync('pdftoppm', ['-gray', '-r', String(dpi), pdf, join(dir, 'page')], { stdio: 'pipe', timeout: 60_000 });
  const files = (await readdir(dir)).filter((f) => /^page-\d+\.pgm$/.test(f)).sort((a, b) => pageNo(a) - pageNo(b));
  const pages = await Promise.all(files.map(async (f) => parsePgm(await readFile(join(dir, f)))));
  return { pages, pdf, dir };
}

const pageNo = (f: string) => Number(/(\d+)\.pgm$/.exec(f)![1]);

/** Binary PGM (P5, maxval 255). */
function parsePgm(b: Buffer): Page {
  let at = 0;
  const token = () => {
    while (/\s/.test(String.fromCharCode(b[at]))) at++;
    const start = at;
    while (!/\s/.test(String.fromCharCode(b[at]))) at++;
    return b.subarray(start, at).toString('ascii');
  };
  if (token() !== 'P5') throw new Error('not a binary PGM');
  const width = Number(token());
  const height = Number(token());
  const max = Number(token());
  if (max !== 255) throw new Error('16-bit PGM not expected');
  at++; // the single white space after maxval
  return { width, height, pixels: new Uint8Array(b.subarray(at, at + width * height)) };
}

/** Renders the PDF's page `n` (1-based) as PNG into `path`, for screenshots people look at. */
export function savePng(pdf: string, n: number, path: string, dpi = 100): void {
  const base = path.replace(/\.png$/, '');
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(n), '-l', String(n), '-singlefile', pdf, base], { stdio: 'pipe' });
}
