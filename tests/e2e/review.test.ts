/**
 * `alur review examples/ -o <tmp>/laporan.html` opened in headless Chromium (issue 15): every SOP has
 * its SVG flowchart with each step's symbol inside its actor's lane, its total and its findings; the
 * page fetches nothing (every request is intercepted and recorded); printed to PDF (A4 landscape) it
 * has the overview on page 1 and one page group per SOP in order, each with its monitoring form.
 * With ALUR_UPDATE_SCREENSHOTS=1 it also saves docs/screenshots/review-overview.png and review-sop.png.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import type { Report } from '../../src/core/model';
import { REPO_ROOT, launchChromium } from './support';

const SHOTS = join(REPO_ROOT, 'docs', 'screenshots');
const UPDATE = process.env.ALUR_UPDATE_SCREENSHOTS === '1';

let browser: Browser;
let dir: string;
let report: Report;
let html: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'alur-review-e2e-'));
  html = join(dir, 'laporan.html');
  let stdout = '';
  const io = { out: (t: string) => void (stdout += t), err: () => undefined, isTTY: false, env: {} };
  // As a reviewer types it (the overview names the folder as given): relative to where the tests run.
  const examples = relative(process.cwd(), join(REPO_ROOT, 'examples')) || '.';
  const status = await main(['review', examples, '-o', html, '--json'], io);
  expect(status).toBeLessThan(2);
  report = JSON.parse(stdout) as Report;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

interface SopSeen {
  name: string;
  total: string;
  findings: number;
  findingsNone: boolean;
  svg: boolean;
  symbols: { step: string; actor: string; inLane: boolean; kind: string }[];
  arrows: number;
  formRows: number;
}

describe('alur review report in Chromium', () => {
  it('shows every SOP with its flowchart, total and findings, and fetches nothing', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
    const page = await context.newPage();
    const requests: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      requests.push(url);
      if (url.startsWith('file:')) return route.continue();
      return route.abort();
    });
    await page.goto(pathToFileURL(html).href);
    expect(requests).toEqual([pathToFileURL(html).href]);

    const seen: SopSeen[] = await page.$$eval('section.sop', (sections) =>
      sections.map((section) => {
        const svg = section.querySelector('svg.flowchart') as SVGSVGElement | null;
        const lanes = svg ? [...svg.querySelectorAll('g.lane')] : [];
        const laneBox = (i: number) => (lanes[i]?.querySelector('rect.lane-body') as SVGGraphicsElement | null)?.getBBox();
        const symbols = svg
          ? [...svg.querySelectorAll('g.sym')].map((g) => {
              const box = (g as SVGGraphicsElement).getBBox();
              const lane = Number(g.getAttribute('data-lane'));
              const lb = laneBox(lane);
              const laneActor = lanes[lane]?.getAttribute('data-actor') ?? '';
              const actor = g.getAttribute('data-actor') ?? '';
              const inLane =
                !!lb && box.x >= lb.x - 0.01 && box.x + box.width <= lb.x + lb.width + 0.01 && laneActor.split(', ').includes(actor);
              return { step: g.getAttribute('data-step') ?? '', actor, inLane, kind: g.getAttribute('data-kind') ?? '' };
            })
          : [];
        return {
          name: section.querySelector('h2')?.textContent ?? '',
          total: section.querySelector('.sop-total .total')?.textContent ?? '',
          findings: section.querySelectorAll('tr.finding').length,
          findingsNone: section.querySelector('.findings-none') !== null,
          svg: svg !== null,
          symbols,
          arrows: svg ? svg.querySelectorAll('polyline[marker-end]').length : 0,
          formRows: section.querySelectorAll('.monitoring td.assess').length,
        };
      })
    );
    const sops = report.files.flatMap((f) => f.sops);
    expect(seen.length).toBe(sops.length);
    seen.forEach((s, i) => {
      const sop = sops[i];
      expect(s.name).toContain(sop.name ?? '');
      expect(s.total).toBe(sop.duration.text);
      expect(s.findings).toBe(sop.findings.length);
      expect(s.findingsNone).toBe(sop.findings.length === 0);
      expect(s.formRows).toBe(sop.steps.length);
      expect(s.svg).toBe(true);
      // Each step with an actor has its symbol, in its actor's lane.
      const drawn = s.symbols.filter((x) => x.kind !== 'offpage');
      const expected = sop.steps.filter((st) => st.actors.length > 0).flatMap((st) => st.actors.map((a) => [st.no ?? `row ${st.row}`, a]));
      expect(drawn.map((x) => [x.step, x.actor]).sort()).toEqual(expected.sort());
      for (const x of s.symbols) expect(x, `${sop.name} step ${x.step}`).toMatchObject({ inLane: true });
      // Symbols joined by arrows (seeds 001 and 003 lost their shapes: one step each has an actor).
      if (drawn.length > 1) expect(s.arrows).toBeGreaterThanOrEqual(drawn.length - 1);
      // Off-page connectors come in pairs of one letter.
      const letters = s.symbols.filter((x) => x.kind === 'offpage').length;
      expect(letters % 2).toBe(0);
    });
    // Decisions carry their Ya/Tidak labels.
    expect(await page.locator('.branch-label').count()).toBeGreaterThan(0);
    expect(requests).toHaveLength(1);

    if (UPDATE) {
      await page.screenshot({ path: join(SHOTS, 'review-overview.png'), clip: { x: 0, y: 0, width: 1280, height: 620 } });
      const sop = page.locator('#sop-3');
      await sop.scrollIntoViewIfNeeded();
      await sop.locator('.chart').screenshot({ path: join(SHOTS, 'review-sop.png') });
    }
    await context.close();
  });

  it('prints to A4 landscape PDF: the overview, then one page group per SOP with its monitoring form', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    await page.goto(pathToFileURL(html).href);
    const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true, printBackground: true });
    const file = join(dir, 'laporan.pdf');
    writeFileSync(file, pdf);
    const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout;
    const [w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!.slice(1).map(Number);
    expect(Math.round(w)).toBe(842);
    expect(Math.round(h)).toBe(595);
    const pages = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 26 }).stdout.split('\f');
    expect(pages[0]).toContain('Laporan Tinjauan SOP');
    expect(pages[0]).toContain('Ikhtisar');
    const total = pages.filter((p) => p.trim()).length;
    expect(pages[0]).toContain(`Halaman 1 / ${total}`);
    const sops = report.files.flatMap((f) => f.sops);
    // Each SOP's group starts on a page of its own, in order, and holds its monitoring form.
    const startOf = (i: number, after: number) =>
      pages.findIndex((p, k) => k > after && p.includes(`${i + 1}. ${sops[i].name ?? ''}`));
    let last = 0;
    sops.forEach((sop, i) => {
      const start = startOf(i, last);
      expect(start, sop.name ?? '').toBeGreaterThan(last);
      last = start;
      const next = i + 1 < sops.length ? startOf(i + 1, start) : pages.length;
      const group = pages.slice(start, next).join('\n');
      expect(group).toContain('Formulir Monitoring Pelaksanaan SOP AP');
      expect(group).toContain('Flowchart');
      expect(group).toContain('Mutu Baku');
    });
    await context.close();
  });
});
