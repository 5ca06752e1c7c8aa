/**
 * The BPMN export of every seed workbook, through the real pipeline (xlsx reader -> checkGrids ->
 * toBpmn), read back with bpmn-moddle: no warnings, and exactly the lanes, tasks, gateways, events and
 * flows each SOP has (tests/e2e/bpmn/seeds.ts holds the hand-counted numbers; bpmn.test.ts checks the
 * export's rules on hand-built SOPs, tests/e2e/bpmn.test.ts how bpmn-js draws these same files).
 */
import { BpmnModdle, type ParsedElement } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import { exportSeed, SEEDS } from '../../e2e/bpmn/seeds';
import { expectLintedBpmn } from '../../bpmnlint';

const FLOW_NODES = ['bpmn:Task', 'bpmn:ExclusiveGateway', 'bpmn:StartEvent', 'bpmn:EndEvent'];
const id = (e: unknown) => (e as ParsedElement).id as string;

describe.each(SEEDS)('BPMN export of seed $seed', (expected) => {
  it('reads back without warnings, with the lanes, nodes and flows of the SOP', async () => {
    const { sop, doc, xml } = await exportSeed(expected.seed);
    await expectLintedBpmn(xml);
    const { rootElement, warnings } = await new BpmnModdle().fromXML(xml);
    expect(warnings).toEqual([]);
    const process = (rootElement.rootElements as ParsedElement[]).find(
      (r) => r.$type === 'bpmn:Process'
    ) as ParsedElement;
    const elements = process.flowElements as ParsedElement[];
    const ofType = (type: string) => elements.filter((e) => e.$type === type);
    const lanes = (process.laneSets as ParsedElement[])[0].lanes as ParsedElement[];

    expect(lanes.map((l) => l.name)).toEqual(expected.lanes);
    expect(ofType('bpmn:Task')).toHaveLength(expected.tasks);
    expect(ofType('bpmn:ExclusiveGateway')).toHaveLength(expected.gateways);
    expect(ofType('bpmn:StartEvent').length + ofType('bpmn:EndEvent').length).toBe(expected.events);
    expect(ofType('bpmn:SequenceFlow')).toHaveLength(expected.sequenceFlows);

    // the same numbers, worked out from the SOP the parser read, so a parser change shows up here too
    const decisions = sop.steps.filter((s) => s.symbol === 'decision').length;
    const backs = doc.steps.filter(
      (s) => s.symbol === 'decision' && s.branches.some((b) => b.label === 'tidak' && b.target)
    ).length;
    expect(expected.gateways).toBe(decisions);
    expect(expected.tasks).toBe(sop.steps.length - decisions);
    expect(expected.sequenceFlows).toBe(sop.steps.length + 1 + backs);
    const withActor = new Set(sop.steps.flatMap((s) => s.actors.slice(0, 1)));
    expect(expected.lanes.filter((l) => l !== '(tanpa pelaksana)')).toEqual(
      sop.actors.map((a) => a.name).filter((a) => withActor.has(a))
    );
    expect(expected.lanes.includes('(tanpa pelaksana)')).toBe(
      sop.steps.some((s) => s.actors.length === 0)
    );

    // every flow node in exactly one lane, and every flow joins two of them
    const nodes = FLOW_NODES.flatMap(ofType).map(id);
    const laneCount = new Map<string, number>();
    for (const lane of lanes)
      for (const n of (lane.flowNodeRef as ParsedElement[]) ?? [])
        laneCount.set(id(n), (laneCount.get(id(n)) ?? 0) + 1);
    for (const n of nodes) expect(laneCount.get(n), `lanes holding ${n}`).toBe(1);
    expect([...laneCount.keys()].sort()).toEqual([...nodes].sort());
    for (const f of ofType('bpmn:SequenceFlow')) {
      expect(nodes).toContain(id(f.sourceRef));
      expect(nodes).toContain(id(f.targetRef));
    }
  });
});
