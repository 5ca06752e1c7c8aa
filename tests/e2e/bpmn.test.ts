/**
 * Alur's BPMN export in bpmn-js, the reference BPMN renderer (bpmn.io, Camunda): every seed workbook is
 * read and exported in Node exactly as `alur export --format bpmn` does, then imported into bpmn-js's
 * NavigatedViewer in headless Chromium. The import must give no warnings, the canvas must hold the lanes,
 * tasks, gateways and flows the SOP has, no flow may run through a task, and the fitted diagram is saved
 * to docs/screenshots/bpmn-<seed>.png for people to look at.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildViewer } from './bpmn/build';
import { exportSeed, SEEDS, type SeedExpectation } from './bpmn/seeds';
import { SCREENSHOTS_DIR, launchChromium, serveStatic, type StaticServer } from './support';

const SCREENSHOTS = SCREENSHOTS_DIR;

interface Drawn {
  id: string;
  type: string;
  name: string | null;
  x: number | null;
  y: number | null;
  width: number | null;
  height: number | null;
  waypoints: { x: number; y: number }[] | null;
  label: Box | null;
  /** The text bpmn-js wrote inside the shape, in the shape's own unrotated coordinates. */
  text: (Box & { lines: string[] }) | null;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Shown {
  warnings: string[];
  elements: Drawn[];
  zoom: number;
}

let viewerDir: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  viewerDir = buildViewer();
  server = await serveStatic(viewerDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (viewerDir) rmSync(viewerDir, { recursive: true, force: true });
});

/** The diagram's extent in diagram pixels (the pool's bounds), to size the window so text stays legible. */
function poolSize(xml: string): { width: number; height: number } {
  const m =
    /bpmnElement="Participant_1"[^>]*>\s*<dc:Bounds x="[^"]+" y="[^"]+" width="([0-9.]+)" height="([0-9.]+)"/.exec(
      xml
    );
  if (!m) throw new Error('no pool shape in the export');
  return { width: Number(m[1]), height: Number(m[2]) };
}

/** A flow's source and target ids, read from the XML the page was given. */
function xmlEnds(xml: string, flowId: string): [string | null, string | null] {
  const m = new RegExp(`<bpmn:sequenceFlow id="${flowId}"[^>]*>`).exec(xml);
  const attr = (name: string) =>
    m ? (new RegExp(`${name}="([^"]+)"`).exec(m[0])?.[1] ?? null) : null;
  return [attr('sourceRef'), attr('targetRef')];
}

async function show(xml: string): Promise<{ page: Page; shown: Shown; errors: string[] }> {
  const pool = poolSize(xml);
  const margin = 40;
  const context = await browser.newContext({
    viewport: {
      width: Math.ceil(pool.width + 2 * margin),
      height: Math.ceil(pool.height + 2 * margin),
    },
    deviceScaleFactor: 1,
    colorScheme: 'light',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(new URL('viewer.html', server.url).href);
  await page.waitForFunction(() => 'alurShow' in window);
  const shown = await page.evaluate(
    (text) => (window as unknown as { alurShow: (xml: string) => Promise<Shown> }).alurShow(text),
    xml
  );
  return { page, shown, errors };
}

const FLOW_NODES = ['bpmn:Task', 'bpmn:ExclusiveGateway', 'bpmn:StartEvent', 'bpmn:EndEvent'];

const boxOf = (e: Drawn): Box => ({
  x: e.x as number,
  y: e.y as number,
  width: e.width as number,
  height: e.height as number,
});

/** Do two boxes share any area (touching edges do not count)? */
function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Does the segment p-q pass through the inside of box b (Liang-Barsky clipping)? */
function segmentEnters(p: { x: number; y: number }, q: { x: number; y: number }, b: Box): boolean {
  const inset = 1; // running along an edge is not running through
  const [x0, y0, x1, y1] = [
    b.x + inset,
    b.y + inset,
    b.x + b.width - inset,
    b.y + b.height - inset,
  ];
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  let t0 = 0;
  let t1 = 1;
  for (const [pk, qk] of [
    [-dx, p.x - x0],
    [dx, x1 - p.x],
    [-dy, p.y - y0],
    [dy, y1 - p.y],
  ]) {
    if (pk === 0) {
      if (qk < 0) return false;
      continue;
    }
    const t = qk / pk;
    if (pk < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/**
 * Exports a seed, shows it in bpmn-js and checks what bpmn-js drew; saves the screenshot as
 * docs/screenshots/<screenshot>.png.
 */
async function expectShownWell(
  expected: SeedExpectation,
  orientation: 'horizontal' | 'vertical',
  screenshot: string
): Promise<void> {
  const vertical = orientation === 'vertical';
  const { xml } = await exportSeed(expected.seed, { orientation });
  const { page, shown, errors } = await show(xml);
  expect(shown.warnings).toEqual([]);
  const ofType = (type: string) => shown.elements.filter((e) => e.type === type);
  expect(ofType('bpmn:Participant')).toHaveLength(1);
  expect(ofType('bpmn:Lane').map((l) => l.name)).toEqual(expected.lanes);
  expect(ofType('bpmn:Task')).toHaveLength(expected.tasks);
  expect(ofType('bpmn:ExclusiveGateway')).toHaveLength(expected.gateways);
  expect(ofType('bpmn:StartEvent').length + ofType('bpmn:EndEvent').length).toBe(expected.events);
  expect(ofType('bpmn:SequenceFlow')).toHaveLength(expected.sequenceFlows);

  const nodes = shown.elements.filter((e) => FLOW_NODES.includes(e.type));
  const byId = new Map(shown.elements.map((e) => [e.id, e]));

  // every task's name is written inside its box, every lane's name inside its 30 px band
  for (const task of ofType('bpmn:Task')) {
    const text = task.text as Box & { lines: string[] };
    expect(text, `text of ${task.id}`).not.toBeNull();
    // whole words on every line (bpmn-js may break after a hyphen): joined again, the lines give
    // the name back
    const joined = text.lines
      .map((l) => l.trim())
      .reduce((a, l) => (a.endsWith('-') ? a + l : `${a} ${l}`));
    expect(joined).toBe((task.name as string).replace(/\s+/g, ' ').trim());
    expect(
      text.x >= -1 &&
        text.y >= -1 &&
        text.x + text.width <= (task.width as number) + 1 &&
        text.y + text.height <= (task.height as number) + 1,
      `"${task.name}" (${JSON.stringify(text)}) inside ${task.width}x${task.height}`
    ).toBe(true);
  }
  for (const lane of ofType('bpmn:Lane')) {
    const text = lane.text as Box;
    expect(text.height, `name band of ${lane.name}`).toBeLessThanOrEqual(30);
    expect(text.width, `name of ${lane.name}`).toBeLessThanOrEqual(
      (vertical ? lane.width : lane.height) as number
    );
  }

  // no flow runs through a node, not even its own ends (it meets them on their edge), and no label
  // lies on a node
  for (const flow of ofType('bpmn:SequenceFlow')) {
    const points = flow.waypoints ?? [];
    for (const node of nodes) {
      for (let i = 1; i < points.length; i++) {
        expect(
          segmentEnters(points[i - 1], points[i], boxOf(node)),
          `${flow.id} through ${node.id}`
        ).toBe(false);
      }
    }
  }
  for (const labelled of shown.elements.filter((e) => e.label)) {
    for (const node of nodes) {
      if (node.id === labelled.id) continue;
      expect(
        overlaps(labelled.label as Box, boxOf(node)),
        `label of ${labelled.id} on ${node.id}`
      ).toBe(false);
    }
  }

  // every way out of a gateway says Ya or Tidak, next to the gateway
  for (const gateway of ofType('bpmn:ExclusiveGateway')) {
    const out = ofType('bpmn:SequenceFlow').filter((f) => xmlEnds(xml, f.id)[0] === gateway.id);
    expect(out.length).toBeGreaterThanOrEqual(1);
    for (const flow of out) {
      expect(['Ya', 'Tidak']).toContain(flow.name);
      const label = flow.label as Box;
      const g = boxOf(gateway);
      const near = 40;
      expect(
        overlaps(label, {
          x: g.x - near,
          y: g.y - near,
          width: g.width + 2 * near,
          height: g.height + 2 * near,
        }),
        `${flow.name} label next to ${gateway.id}`
      ).toBe(true);
    }
  }
  expect(byId.size).toBe(shown.elements.length);

  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${screenshot}.png`) });
  expect(errors).toEqual([]);
  await page.context().close();
}

describe.each(SEEDS)('bpmn-js shows seed $seed', (expected) => {
  it('imports without warnings, with every lane, task, gateway and flow on the canvas, all legible', async () => {
    await expectShownWell(expected, 'horizontal', `bpmn-${expected.seed}`);
  });
});

describe('bpmn-js shows the vertical layout (lanes as columns, like the sheet)', () => {
  it.each(SEEDS.filter((s) => ['002-satpol-pp', 'clean-surat-masuk'].includes(s.seed)))(
    'seed $seed',
    async (expected) => {
      await expectShownWell(expected, 'vertical', `bpmn-${expected.seed}-vertical`);
    }
  );
});
