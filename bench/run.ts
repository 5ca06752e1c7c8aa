/**
 * npm run bench: Alur's figures next to its targets, printed as a table and written to bench/latest.md
 * (committed, so the README can show them). Runs on a fresh clone after `npm ci` and the apt packages of
 * .ci/run; the 500-workbook corpus is generated under os.tmpdir() and removed afterwards.
 *
 *  - core check time of SOPs of 10, 50 and 200 steps (median of many runs);
 *  - Office.js syncs per action (read/check, draw, fix, mark) on the Excel fake, for those sizes;
 *  - CLI throughput over 500 workbooks (the real CLI as a child process, worker threads) and its peak RSS;
 *  - reading cost beside the floor, a bare exceljs read (bench/exceljs-floor.mjs) of the same files, each
 *    in its own child process: a workbook with a 10 000 x 100 data sheet and no SOP (peak RSS, time), and
 *    the 500-workbook folder checked with --jobs 1 against exceljs reading it (time);
 *  - the task pane bundle's gzip size and its first render in headless Chromium.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { checkGrid } from '../src/core/check';
import type { Grid } from '../src/core/grid';
import { makeBenchCorpus, makeBigSheetWorkbook } from '../scripts/make-bench-corpus';
import { longSop } from '../tests/core/flowchart/build';

const ROOT = resolve(import.meta.dirname, '..');
const SIZES = [10, 50, 200];

interface Row {
  what: string;
  value: string;
  target: string;
  ok: boolean | null;
}
const rows: Row[] = [];
const add = (what: string, value: string, target: string, ok: boolean | null) => {
  rows.push({ what, value, target, ok });
  console.error(`  ${what}: ${value}`);
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** An SOP sheet of n steps as the core sees it, with a few realistic Waktu values. */
function sopGrid(n: number): Grid {
  const { grid } = longSop(n, 5);
  const waktuCol = grid.text.findIndex((row) => row.includes('Waktu'));
  const col = waktuCol >= 0 ? grid.text[waktuCol].indexOf('Waktu') : -1;
  if (col >= 0) {
    const times = ['5 menit', '1 jam', '1-2 hari', '30 menit', '2 x 24 jam'];
    for (let r = waktuCol + 1; r < grid.text.length; r++) if (grid.text[r][1]) grid.text[r][col] = times[r % times.length];
  }
  return grid;
}

function benchCore(): void {
  for (const n of SIZES) {
    const grid = sopGrid(n);
    const found = checkGrid(grid);
    if (found.length !== 1 || found[0].sop.steps.length !== n) throw new Error(`bench SOP of ${n} steps not read as such`);
    for (let i = 0; i < 20; i++) checkGrid(grid); // warm-up (JIT)
    const times: number[] = [];
    const runs = n >= 200 ? 200 : 500;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      checkGrid(grid);
      times.push(performance.now() - t);
    }
    const ms = median(times);
    add(`core check, ${n} steps (median of ${runs})`, `${ms.toFixed(2)} ms`, n === 200 ? '< 5 ms' : '', n === 200 ? ms < 5 : null);
  }
}

async function benchSyncs(): Promise<void> {
  const missing = ['draw', 'fix', 'marks', 'host'].filter((f) => !existsSync(join(ROOT, 'src', 'excel', `${f}.ts`)));
  const { createFakeExcel, installFakeExcel } = await import('../tests/fakes/excel');
  const host = missing.includes('host') ? undefined : await import('../src/excel/host');
  const { readActiveSheet } = await import('../src/excel/read');
  const { planFlowchart } = await import('../src/core/flowchart');
  for (const n of SIZES) {
    const grid = sopGrid(n);
    const fake = createFakeExcel([grid]);
    const uninstall = installFakeExcel(fake);
    try {
      const count = async (fn: () => Promise<unknown>) => {
        const before = fake.stats.syncs;
        await fn();
        return fake.stats.syncs - before;
      };
      let grids: Grid[] = [];
      const excelHost = host?.createExcelHost();
      const read = await count(async () => {
        grids = excelHost ? await excelHost.readGrids('active') : [await readActiveSheet()];
      });
      add(`syncs: check (read), ${n} steps`, String(read), '1', read === 1);
      const [result] = checkGrid(grids[0]);
      const sheet = grids[0].sheet;
      if (!excelHost) {
        for (const a of ['draw', 'fix', 'mark']) add(`syncs: ${a}, ${n} steps`, `n/a (not built: ${missing.join(', ')})`, a === 'draw' ? '<= 3' : '', null);
        continue;
      }
      const draw = await count(() => excelHost.drawFlowcharts([planFlowchart(result.doc, grids[0])], { replaceHandDrawn: true }));
      add(`syncs: draw, ${n} steps`, String(draw), '<= 3', draw <= 3);
      // Fix every step's Uraian (one fix per step) in one action, as "fix all" does.
      const fixes = result.doc.steps.map((s) => ({ cell: s.cells.uraian, from: s.uraian, to: `${s.uraian}.` }));
      const fix = await count(() => excelHost.applyFixes(sheet, fixes));
      add(`syncs: fix (${fixes.length} fixes), ${n} steps`, String(fix), 'constant', null);
      const highlights = result.doc.steps.map((s) => ({ cell: s.cells.uraian, severity: 'warning' as const, message: `langkah ${s.no}` }));
      const highlight = await count(() => excelHost.highlightCells(sheet, highlights));
      add(`syncs: mark (${highlights.length} cells), ${n} steps`, String(highlight), 'constant', null);
    } finally {
      uninstall();
    }
  }
}

/** Runs a command, returning wall time and peak RSS (GNU time -v when present, else a Node wrapper). */
async function measureRun(args: string[]): Promise<{ seconds: number; rssMb: number; status: number | null }> {
  const node = process.execPath;
  if (existsSync('/usr/bin/time')) {
    const started = performance.now();
    const r = spawnSync('/usr/bin/time', ['-v', node, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
    const seconds = (performance.now() - started) / 1000;
    const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr.toString())?.[1] ?? NaN);
    return { seconds, rssMb: kb / 1024, status: r.status };
  }
  // Without GNU time: the child reports its own peak RSS (process.resourceUsage) on exit.
  const wrapper = `process.on('exit', () => process.stderr.write('\\nALUR_MAXRSS_KB=' + process.resourceUsage().maxRSS + '\\n'));`;
  const started = performance.now();
  const child = spawn(node, ['--import', `data:text/javascript,${encodeURIComponent(wrapper)}`, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const status = await new Promise<number | null>((done) => child.on('close', done));
  const kb = Number(/ALUR_MAXRSS_KB=(\d+)/.exec(err)?.[1] ?? NaN);
  return { seconds: (performance.now() - started) / 1000, rssMb: kb / 1024, status };
}

async function benchCli(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'alur-bench-'));
  try {
    const t = performance.now();
    const files = await makeBenchCorpus(dir, 500);
    console.error(`  (corpus: ${files.length} workbooks generated in ${((performance.now() - t) / 1000).toFixed(1)} s)`);
    const bin = join(ROOT, 'bin', 'alur.js');
    await measureRun([bin, 'check', files[0], '--json']); // warm tsx's transform cache
    const threads = await measureRun([bin, 'check', dir, '--json']);
    const single = await measureRun([bin, 'check', dir, '--json', '--jobs', '1']);
    if (threads.status === null || threads.status > 1) throw new Error(`alur check exited ${threads.status}`);
    const fps = files.length / threads.seconds;
    add(`CLI throughput, 500 workbooks, worker threads (${availableParallelism()} cores)`, `${fps.toFixed(0)} files/s (${threads.seconds.toFixed(1)} s)`, '>= 50 files/s', fps >= 50);
    add('CLI throughput, same folder, --jobs 1', `${(files.length / single.seconds).toFixed(0)} files/s (${single.seconds.toFixed(1)} s)`, '', null);
    add('CLI peak memory (RSS), worker threads', `${threads.rssMb.toFixed(0)} MB`, '', null);
    add('CLI peak memory (RSS), --jobs 1', `${single.rssMb.toFixed(0)} MB`, '', null);
    // Issue 15: `alur review` over the same folder (check + flowchart plans + checks across SOPs + HTML).
    const out = join(await mkdtemp(join(tmpdir(), 'alur-bench-review-')), 'laporan.html');
    try {
      const review = await measureRun([bin, 'review', dir, '-o', out]);
      if (review.status === null || review.status > 1) throw new Error(`alur review exited ${review.status}`);
      const ratio = review.seconds / threads.seconds;
      add('alur review, same 500 workbooks, vs alur check', `${review.seconds.toFixed(1)} s (${ratio.toFixed(2)}x check)`, '< 2x', ratio < 2);
      const html = readFileSync(out);
      const sops = (html.toString('utf8').match(/<section class="sop"/g) ?? []).length;
      add(`review HTML size per SOP (${sops} SOPs, ${(html.length / 1048576).toFixed(1)} MB)`, `${(html.length / 1024 / Math.max(1, sops)).toFixed(1)} KB`, '', null);
    } finally {
      await rm(join(out, '..'), { recursive: true, force: true });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Alur's reading next to a bare exceljs read of the same files (issue 12's targets). */
async function benchMemory(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'alur-bench-mem-'));
  try {
    const bin = join(ROOT, 'bin', 'alur.js');
    const floor = join(ROOT, 'bench', 'exceljs-floor.mjs');
    const big = join(dir, 'data-10000x100.xlsx');
    await makeBigSheetWorkbook(big, 10_000, 100);
    await measureRun([bin, 'check', big]); // warm tsx's transform cache
    const alurBig = await measureRun([bin, 'check', big]);
    const excelBig = await measureRun([floor, big]);
    if (alurBig.status === null || alurBig.status > 1) throw new Error(`alur check exited ${alurBig.status}`);
    add('10 000 x 100 data sheet, no SOP: alur check, peak RSS', `${alurBig.rssMb.toFixed(0)} MB`, '< 600 MB', alurBig.rssMb < 600);
    add('  same file, bare exceljs read (floor), peak RSS', `${excelBig.rssMb.toFixed(0)} MB`, '', null);
    const bigRatio = alurBig.seconds / excelBig.seconds;
    add(
      '10 000 x 100 data sheet: alur check time / exceljs read time',
      `${bigRatio.toFixed(2)}x (${alurBig.seconds.toFixed(1)} s / ${excelBig.seconds.toFixed(1)} s)`,
      '<= 1.0x',
      bigRatio <= 1
    );
    const folder = join(dir, 'corpus');
    const files = await makeBenchCorpus(folder, 500);
    const alurDir = await measureRun([bin, 'check', folder, '--jobs', '1']);
    const excelDir = await measureRun([floor, folder]);
    if (alurDir.status === null || alurDir.status > 1) throw new Error(`alur check exited ${alurDir.status}`);
    const dirRatio = alurDir.seconds / excelDir.seconds;
    add(
      `folder of ${files.length} workbooks: alur check --jobs 1 time / exceljs read time`,
      `${dirRatio.toFixed(2)}x (${alurDir.seconds.toFixed(1)} s / ${excelDir.seconds.toFixed(1)} s)`,
      '<= 1.2x',
      dirRatio <= 1.2
    );
    // The same without the typo rule: what reading and the other rules cost, the dictionary set aside
    // (it loads once per process, about 1.5 s of CPU, and spells every word of every SOP).
    const plainDir = await measureRun([bin, 'check', folder, '--jobs', '1', '--rule', 'typo=off']);
    if (plainDir.status === null || plainDir.status > 1) throw new Error(`alur check exited ${plainDir.status}`);
    const plainRatio = plainDir.seconds / excelDir.seconds;
    add(
      '  same folder, --rule typo=off (no dictionary)',
      `${plainRatio.toFixed(2)}x (${plainDir.seconds.toFixed(1)} s / ${excelDir.seconds.toFixed(1)} s)`,
      '',
      null
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function benchTaskpane(): Promise<void> {
  const dist = join(ROOT, 'dist');
  if (!existsSync(join(dist, 'taskpane.html'))) {
    console.error('  (dist/ missing: npm run build)');
    const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('npm run build failed');
  }
  // The pane's own scripts: entry and lazy chunks, not office.js (dist/office-js) nor the test harness.
  const js = readdirSync(dist).filter((f) => f.endsWith('.js') && !f.startsWith('harness'));
  const html = readFileSync(join(dist, 'taskpane.html'), 'utf8');
  const initial = js.filter((f) => html.includes(f));
  const gz = (files: string[]) => files.reduce((n, f) => n + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0) / 1024;
  const first = gz(initial);
  add(`task pane JS, gzip, loaded at start (${initial.join(', ')})`, `${first.toFixed(0)} KB`, '< 300 KB', first < 300);
  add(`task pane JS, gzip, with all lazy chunks (${js.length} files)`, `${gz(js).toFixed(0)} KB`, '', null);

  const { launchChromium, serveStatic } = await import('../tests/e2e/support');
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext({ locale: 'id-ID', viewport: { width: 350, height: 700 } });
      const page = await context.newPage();
      await page.goto(new URL('taskpane.html', server.url).href, { waitUntil: 'commit' });
      await page.getByRole('heading', { level: 1 }).first().waitFor({ state: 'visible', timeout: 15_000 });
      await page.getByLabel('Buka berkas .xlsx', { exact: true }).waitFor({ state: 'attached', timeout: 15_000 });
      // From the start of navigation (the browser's own clock) to the pane's heading and file input.
      times.push(await page.evaluate(() => performance.now()));
      await context.close();
    }
    const ms = median(times.slice(1));
    add('task pane first render, headless Chromium (median of 4 after a warm-up)', `${ms.toFixed(0)} ms`, '< 1 s', ms < 1000);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The typo rule's dictionary: load time, the core check with it, and scripts/measure-spelling.ts. */
async function benchSpelling(): Promise<void> {
  const { measureSpelling } = await import('../scripts/measure-spelling');
  const { loadSpeller } = await import('../src/cli/speller');
  const m = measureSpelling(); // loads the dictionary first, so its load time is measured cold
  add('dictionary load, CLI (id_ID + English, nspell)', `${m.loadMs.toFixed(0)} ms`, '', null);
  const speller = loadSpeller();
  const grid = sopGrid(200);
  for (let i = 0; i < 20; i++) checkGrid(grid, { speller });
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t = performance.now();
    checkGrid(grid, { speller });
    times.push(performance.now() - t);
  }
  const ms = median(times);
  add('core check, 200 steps, with the dictionary (median of 200)', `${ms.toFixed(2)} ms`, '< 5 ms', ms < 5);
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  add('typo: real-text false positives per 1,000 words', m.falsePerThousand.toFixed(2), '<= 1', m.falsePerThousand <= 1);
  add('typo: planted typos flagged (held-out, 6+ letters)', pct(m.plantedFlagged), '>= 90%', m.plantedFlagged >= 0.9);
  add('typo: planted typos given the right fix', pct(m.plantedRightFix), '', null);
  add('typo: wrong fixes (real text and planted)', String(m.wrongFixes), '0', m.wrongFixes === 0);
}

async function main(): Promise<void> {
  const loadBefore = loadavg()[0];
  const all: [string, () => void | Promise<void>][] = [
    ['core', benchCore],
    ['spelling', benchSpelling],
    ['syncs', benchSyncs],
    ['cli', benchCli],
    ['memory', benchMemory],
    ['taskpane', benchTaskpane],
  ];
  // `npm run bench -- memory cli` runs only those sections (and does not rewrite bench/latest.md).
  const only = process.argv.slice(2);
  const sections = only.length ? all.filter(([name]) => only.includes(name)) : all;
  for (const [name, run] of sections) {
    console.error(`bench: ${name}`);
    try {
      await run();
    } catch (e) {
      add(`${name}: failed`, (e as Error).message.split('\n')[0], '', false);
    }
  }
  const mark = (ok: boolean | null) => (ok === null ? '' : ok ? '✔' : '✖');
  const width = (k: 'what' | 'value' | 'target') => Math.max(...rows.map((r) => r[k].length), 6);
  const table = [
    `| ${'measure'.padEnd(width('what'))} | ${'figure'.padEnd(width('value'))} | ${'target'.padEnd(width('target'))} |    |`,
    `|${'-'.repeat(width('what') + 2)}|${'-'.repeat(width('value') + 2)}|${'-'.repeat(width('target') + 2)}|----|`,
    ...rows.map((r) => `| ${r.what.padEnd(width('what'))} | ${r.value.padEnd(width('value'))} | ${r.target.padEnd(width('target'))} | ${mark(r.ok).padEnd(2)} |`),
  ].join('\n');
  console.log(table);
  const load = `load average ${loadBefore.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`;
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, Node ${process.versions.node}, ${load}`;
  const md =
    `# Alur benchmark\n\nLatest \`npm run bench\` (${new Date().toISOString().slice(0, 10)}; ${machine}).\n` +
    `Times depend on the machine and on what else runs on it; the targets are those of issue 9.\n\n${table}\n`;
  if (!only.length) await writeFile(join(ROOT, 'bench', 'latest.md'), md);
  if (rows.some((r) => r.ok === false)) process.exitCode = 1;
}

await main();
