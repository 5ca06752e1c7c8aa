import { BpmnModdle, type ParsedElement } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import { toBpmn } from '../../../src/core/export/bpmn';
import { seed001, seed002, type Built } from './build';
import { expectLintedBpmn } from '../../bpmnlint';

interface Read {
  warnings: Error[];
  byType: (type: string) => ParsedElement[];
  lanes: ParsedElement[];
  shapes: ParsedElement[];
  edges: ParsedElement[];
  byId: Record<string, ParsedElement>;
  xml: string;
}

const FLOW_NODES = ['bpmn:Task', 'bpmn:ExclusiveGateway', 'bpmn:StartEvent', 'bpmn:EndEvent'];

async function readBack(built: Built, opts?: Parameters<typeof toBpmn>[3]): Promise<Read> {
  const xml = await toBpmn(built.sop, built.doc, built.grid, opts);
  await expectLintedBpmn(xml);
  const { rootElement, warnings, elementsById } = await new BpmnModdle().fromXML(xml);
  const roots = rootElement.rootElements as ParsedElement[];
  const process = roots.find((r) => r.$type === 'bpmn:Process') as ParsedElement;
  const flowElements = process.flowElements as ParsedElement[];
  const laneSets = process.laneSets as ParsedElement[];
  const diagrams = rootElement.diagrams as ParsedElement[];
  const plane = diagrams[0].plane as ParsedElement;
  const planeElements = plane.planeElement as ParsedElement[];
  return {
    warnings,
    byType: (type) => flowElements.filter((e) => e.$type === type),
    lanes: laneSets[0].lanes as ParsedElement[],
    shapes: planeElements.filter((e) => e.$type === 'bpmndi:BPMNShape'),
    edges: planeElements.filter((e) => e.$type === 'bpmndi:BPMNEdge'),
    byId: elementsById,
    xml,
  };
}

const ref = (e: unknown) => (e as ParsedElement).id as string;
const bounds = (shape: ParsedElement) =>
  shape.bounds as { x: number; y: number; width: number; height: number };

/** The checks every export must pass, whatever the SOP. */
function expectWellFormed(r: Read) {
  expect(r.warnings).toEqual([]);
  const nodes = FLOW_NODES.flatMap((t) => r.byType(t));
  const flows = r.byType('bpmn:SequenceFlow');
  const shapeOf = new Map(r.shapes.map((s) => [ref(s.bpmnElement), s]));
  for (const n of nodes) expect(shapeOf.has(n.id as string), `shape for ${n.id}`).toBe(true);
  for (const lane of r.lanes)
    expect(shapeOf.has(lane.id as string), `shape for ${lane.id}`).toBe(true);
  expect(r.shapes.some((s) => (s.bpmnElement as ParsedElement).$type === 'bpmn:Participant')).toBe(
    true
  );
  const edgeOf = new Map(r.edges.map((e) => [ref(e.bpmnElement), e]));
  for (const f of flows) {
    const edge = edgeOf.get(f.id as string);
    expect(edge, `edge for ${f.id}`).toBeDefined();
    expect((edge?.waypoint as unknown[]).length).toBeGreaterThanOrEqual(2);
  }
  // every node in exactly one lane
  const laneCount = new Map<string, number>();
  for (const lane of r.lanes)
    for (const n of (lane.flowNodeRef as ParsedElement[]) ?? [])
      laneCount.set(ref(n), (laneCount.get(ref(n)) ?? 0) + 1);
  for (const n of nodes) expect(laneCount.get(n.id as string), `lanes of ${n.id}`).toBe(1);
  // every node's shape lies inside its lane's shape
  for (const lane of r.lanes) {
    const lb = bounds(shapeOf.get(lane.id as string) as ParsedElement);
    for (const n of (lane.flowNodeRef as ParsedElement[]) ?? []) {
      const nb = bounds(shapeOf.get(ref(n)) as ParsedElement);
      expect(
        nb.x >= lb.x &&
          nb.y >= lb.y &&
          nb.x + nb.width <= lb.x + lb.width &&
          nb.y + nb.height <= lb.y + lb.height,
        `${ref(n)} inside ${lane.id}`
      ).toBe(true);
    }
  }
  // ids are NCNames and unique
  const ids = [...r.xml.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(/^[A-Za-z_][A-Za-z0-9_.-]*$/);
}

describe('toBpmn on seed 002 (five lanes, a diamond, two actors on step 8)', () => {
  it('reads back cleanly with the right numbers of lanes, nodes and flows', async () => {
    const r = await readBack(seed002());
    expectWellFormed(r);
    expect(r.lanes.map((l) => l.name)).toEqual([
      'TIM',
      'KASUBAG PERENCANAAN DAN PELAPORAN',
      'KABID/ KASUBAG/ JF PENYETARAAN',
      'SEKRETARIS',
      'KEPALA DINAS',
    ]);
    expect(r.byType('bpmn:Task')).toHaveLength(10);
    expect(r.byType('bpmn:ExclusiveGateway')).toHaveLength(1);
    expect(r.byType('bpmn:StartEvent')).toHaveLength(1);
    expect(r.byType('bpmn:EndEvent')).toHaveLength(1);
    // start -> 1 -> ... -> 9 -> gateway(10) -Ya-> 11 -> end: no "tidak" target is written in this SOP
    expect(r.byType('bpmn:SequenceFlow')).toHaveLength(12);
    const gateway = r.byType('bpmn:ExclusiveGateway')[0];
    expect(gateway.name).toBe('Menerima dan Menandatangani RKT');
    expect((gateway.outgoing as ParsedElement[]).map((f) => f.name)).toEqual(['Ya']);
    expect(
      r.shapes
        .map((s) => s.bpmnElement as ParsedElement)
        .filter((e) => e.$type === 'bpmn:ExclusiveGateway')
    ).toHaveLength(1);
  });

  it("puts the step with two actors in the first one's lane and names both", async () => {
    const r = await readBack(seed002());
    const task = r.byId['Task_row39'];
    expect(task.name).toBe('mMenyusun Draf RKT');
    const lane = r.lanes.find((l) =>
      ((l.flowNodeRef as ParsedElement[]) ?? []).some((n) => n.id === 'Task_row39')
    );
    expect(lane?.name).toBe('TIM');
    const doc = (task.documentation as ParsedElement[])[0].text as string;
    expect(doc).toContain('Pelaksana: TIM, KASUBAG PERENCANAAN DAN PELAPORAN');
    expect(doc).toContain('Kelengkapan: DTAFT RKT');
    expect(doc).toContain('Waktu: 3 Hari');
    expect(doc).toContain('Output: DTAFT RKT');
    expect(doc).toContain("Sel: 'SOP RKT'!B39");
  });

  it('uses bpmn-js sizes and runs the flow left to right, lanes as rows', async () => {
    const r = await readBack(seed002());
    const shapeOf = new Map(r.shapes.map((s) => [ref(s.bpmnElement), bounds(s)]));
    expect(shapeOf.get('Task_row33')).toMatchObject({ width: 100, height: 80 });
    // step 1's long Uraian gets a bigger box, so that bpmn-js writes it inside
    expect((shapeOf.get('Task_row32') as { width: number }).width).toBeGreaterThan(100);
    expect(shapeOf.get('StartEvent_1')).toMatchObject({ width: 36, height: 36 });
    expect(shapeOf.get('Gateway_row41')).toMatchObject({ width: 50, height: 50 });
    const order = [
      'StartEvent_1',
      'Task_row32',
      'Task_row33',
      'Task_row34',
      'Gateway_row41',
      'Task_row42',
      'EndEvent_1',
    ];
    const xs = order.map((id) => (shapeOf.get(id) as { x: number }).x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    const lanes = r.lanes.map(
      (l) => shapeOf.get(l.id as string) as { x: number; y: number; width: number; height: number }
    );
    for (let i = 1; i < lanes.length; i++) {
      expect(lanes[i].y).toBe(lanes[i - 1].y + lanes[i - 1].height);
      expect(lanes[i].x).toBe(lanes[0].x);
    }
    const pool = r.shapes.find(
      (s) => (s.bpmnElement as ParsedElement).$type === 'bpmn:Participant'
    ) as ParsedElement;
    expect(pool.isHorizontal).toBe(true);
    expect(bounds(pool).x + 30).toBe(lanes[0].x); // the pool's name band
  });

  it('is stable: the same SOP gives the same XML', async () => {
    const a = await toBpmn(seed002().sop, seed002().doc, seed002().grid);
    const b = await toBpmn(seed002().sop, seed002().doc, seed002().grid);
    expect(a).toBe(b);
  });
});

describe('toBpmn on seed 001 (text decisions going back)', () => {
  it('draws the "Tidak" flows back to the branch targets', async () => {
    const r = await readBack(seed001());
    expectWellFormed(r);
    expect(r.lanes).toHaveLength(4);
    expect(r.byType('bpmn:Task')).toHaveLength(8);
    expect(r.byType('bpmn:ExclusiveGateway')).toHaveLength(2);
    expect(r.byType('bpmn:SequenceFlow')).toHaveLength(13);
    const out = (id: string) =>
      (r.byId[id].outgoing as ParsedElement[]).map((f) => [f.name, ref(f.targetRef)]);
    // step 6 (row 38) goes on to 7 (row 39) or back to 5 (row 34); step 8 (row 40) to 9 or back to 7
    expect(out('Gateway_row38')).toEqual([
      ['Ya', 'Task_row39'],
      ['Tidak', 'Task_row34'],
    ]);
    expect(out('Gateway_row40')).toEqual([
      ['Ya', 'Task_row41'],
      ['Tidak', 'Task_row39'],
    ]);
    const loop = r.edges.find(
      (e) => ref(e.bpmnElement) === 'Flow_Gateway_row38_Task_row34'
    ) as ParsedElement;
    const points = loop.waypoint as { x: number; y: number }[];
    expect(points.length).toBeGreaterThanOrEqual(3);
    expect(points[points.length - 1].x).toBeLessThan(points[0].x); // it goes back
  });

  it('keeps a step with no actor in a lane of its own', async () => {
    const r = await readBack(seed001({ withoutActor: ['10'] }));
    expectWellFormed(r);
    expect(r.lanes).toHaveLength(5);
    const none = r.lanes[4];
    expect(none.name).toBe('(tanpa pelaksana)');
    expect((none.flowNodeRef as ParsedElement[]).map((n) => n.name)).toEqual([
      'Menerima RKT dan menyimpannya sebagai dokumen arsip',
      'Selesai', // the end event follows the last step
    ]);
  });

  it('gives no lane to an actor who carries no step', async () => {
    const r = await readBack(seed001({ withoutActor: ['9'] })); // step 9 is Sekretaris' only step
    expectWellFormed(r);
    expect(r.lanes.map((l) => l.name)).toEqual([
      'Kepala Badan',
      'Kasubag Program',
      'Staf/Jabatan Fungsional Umum',
      '(tanpa pelaksana)',
    ]);
  });

  it('speaks English and lays lanes out as columns when asked', async () => {
    const built = seed001({ withoutActor: ['10'] });
    const r = await readBack(built, { lang: 'en', orientation: 'vertical' });
    expectWellFormed(r);
    expect(r.byType('bpmn:StartEvent')[0].name).toBe('Start');
    expect(r.lanes[4].name).toBe('(no actor)');
    expect((r.byId['Gateway_row38'].outgoing as ParsedElement[]).map((f) => f.name)).toEqual([
      'Yes',
      'No',
    ]);
    const shapeOf = new Map(r.shapes.map((s) => [ref(s.bpmnElement), bounds(s)]));
    const lanes = r.lanes.map(
      (l) => shapeOf.get(l.id as string) as { x: number; y: number; width: number; height: number }
    );
    for (let i = 1; i < lanes.length; i++)
      expect(lanes[i].x).toBe(lanes[i - 1].x + lanes[i - 1].width);
    // lane widths follow the sheet's actor columns (points -> px), at least 150, and more where a
    // task needs it so that bpmn-js does not cut a long word ("Memperbaharui") in two
    expect(lanes[3].width).toBeGreaterThanOrEqual(
      Math.max(150, Math.round(built.grid.colWidths[5] * (4 / 3)))
    );
    const ys = ['StartEvent_1', 'Task_row30', 'Task_row31', 'EndEvent_1'].map(
      (id) => (shapeOf.get(id) as { y: number }).y
    );
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
  });

  it('ignores a branch pointing nowhere (the decision-branch rule reports it)', async () => {
    const built = seed001();
    built.doc.steps[5].branches = [{ label: 'tidak', target: '99', source: 'text', cell: 'B38' }];
    const r = await readBack(built);
    expectWellFormed(r);
    expect((r.byId['Gateway_row38'].outgoing as ParsedElement[]).map((f) => f.name)).toEqual([
      'Ya',
    ]);
  });

  it('still gives a valid diagram for an SOP without steps or actors', async () => {
    const built = seed001();
    built.sop.steps = [];
    built.sop.actors = [];
    built.doc.actors = [];
    built.doc.steps = [];
    const r = await readBack(built);
    expectWellFormed(r);
    expect(r.lanes).toHaveLength(1);
    expect(r.byType('bpmn:SequenceFlow')).toHaveLength(1);
  });
});

describe('the bpmnlint check the exports go through', () => {
  it('finds errors in a process without start and end events (so a clean export means something)', async () => {
    const { lintBpmn } = await import('../../bpmnlint');
    const bare = `<?xml version="1.0" encoding="UTF-8"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="http://bpmn.io/schema/bpmn"><bpmn:process id="p"><bpmn:task id="t" name="Tugas"/></bpmn:process></bpmn:definitions>`;
    const { errors } = await lintBpmn(bare);
    expect(errors.map((e) => e.split(':')[0]).sort()).toEqual(expect.arrayContaining(['end-event-required', 'start-event-required']));
  });
});
