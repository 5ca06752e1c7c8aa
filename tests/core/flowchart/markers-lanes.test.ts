import { describe, expect, it } from 'vitest';
import type { GridShape } from '../../../src/core/grid';
import {
  isAlurShape,
  isAlurShapeOfTable,
  planFlowchart,
  planLanes,
  shapesOverActorCells,
} from '../../../src/core/flowchart';
import { buildSop, type StepSpec } from './build';
import { allConnectorProblems, connectorProblems } from './check';

describe('cell markers (hosts without shapes)', () => {
  it('writes one readable glyph per symbol in the step row of each actor column', () => {
    const { doc, grid } = buildSop();
    const plan = planFlowchart(doc, grid);
    const byCell = Object.fromEntries(plan.cellMarkers.map((m) => [m.cell, m.text]));
    expect(byCell).toEqual({
      F16: '( Mulai )',
      D17: '[ 2 ]',
      C18: '[ 3 ]',
      E19: '[ 4 ]',
      C20: '[ 5 ]',
      C21: '[ 6 ]',
      D22: '[ 7 ]',
      C23: '[ 8 ]',
      D23: '[ 8 ]',
      F24: '[ 9 ]',
      G25: '< 10 ? > Tidak: 9',
      C26: '( Selesai )',
    });
    const start = plan.cellMarkers.find((m) => m.cell === 'F16')!;
    expect(start).toMatchObject({ row: 16, col: 6, kind: 'terminator', border: 'thin' });
    expect(new Set(plan.cellMarkers.map((m) => m.fill)).size).toBe(3);
  });

  it('marks the page crossing with the off-page letter, and speaks English', () => {
    const { doc, grid } = buildSop({ repeatHeaderBefore: ['7'] });
    const plan = planFlowchart(doc, grid, { lang: 'en' });
    const texts = plan.cellMarkers.map((m) => m.text);
    expect(texts).toContain('[ 6 ] ▼ A');
    expect(texts).toContain('A ▼ [ 7 ]');
    expect(texts).toContain('( Start )');
    expect(texts).toContain('< 10 ? > No: 9');
  });
});

describe('the connector checker', () => {
  it('catches a route through a symbol, a slanted segment and a loose end', () => {
    const { doc, grid } = buildSop();
    const plan = planFlowchart(doc, grid);
    expect(allConnectorProblems(plan)).toEqual([]);
    const c = plan.connectors.find((x) => x.from.shape === 's5')!;
    const s9 = plan.shapes.find((s) => s.id === 's9')!;
    const through = { ...c, points: [c.points[0], { x: c.points[0].x, y: s9.box.top + 1 }] };
    expect(connectorProblems(plan, through).join(' ')).toMatch(/does not end on s6/);
    const s6 = plan.shapes.find((s) => s.id === 's6')!;
    const viaBox = {
      ...c,
      kind: 'elbow' as const,
      points: [c.points[0], { x: c.points[0].x + 200, y: c.points[0].y }, { x: c.points[0].x + 200, y: s6.box.top }, c.points[1]],
    };
    expect(connectorProblems(plan, viaBox)).toEqual([]); // a detour is fine as long as it misses boxes
    const slanted = { ...c, points: [c.points[0], { x: c.points[1].x + 5, y: c.points[1].y }] };
    expect(connectorProblems(plan, slanted).join(' ')).toMatch(/not orthogonal/);
    const cross = plan.connectors.find((x) => x.from.shape === 's2')!;
    const s3 = plan.shapes.find((s) => s.id === 's3')!;
    const bad = { ...cross, points: [cross.points[0], { x: cross.points[0].x, y: s3.box.top + 5 }, { x: s3.box.left + 2, y: s3.box.top + 5 }] };
    expect(connectorProblems(plan, bad).join(' ')).toMatch(/passes through s3/);
  });
});

describe('planLanes', () => {
  const pelaksanaSteps: StepSpec[] = [
    { no: '1', uraian: 'Menerima surat masuk', actors: [], symbol: 'start', pelaksana: 'Kasubag Program' },
    { no: '2', uraian: 'Mendisposisikan surat', actors: [], pelaksana: 'Kepala Dinas' },
    { no: '3', uraian: 'Menelaah surat', actors: [], pelaksana: 'Kasubag  program' },
    { no: '4', uraian: 'Membahas bersama', actors: [], pelaksana: 'Kasubag Program dan Kepala Dinas' },
    { no: '5', uraian: 'Apakah lengkap?', actors: [], symbol: 'decision', pelaksana: 'Staf/Operator' },
    { no: '6', uraian: 'Mengarsipkan', actors: [], symbol: 'end', pelaksana: '' },
  ];

  it('proposes one column per distinct actor of a Pelaksana text column, after Uraian', () => {
    const { doc } = buildSop({ pelaksanaColumn: true, steps: pelaksanaSteps });
    const lanes = planLanes(doc)!;
    expect(lanes.source).toBe('pelaksana');
    expect(lanes.insertAt).toBe(3);
    expect(lanes.count).toBe(3);
    expect(lanes.headerRow).toBe(14);
    // "Kasubag  program" is "Kasubag Program"; "A dan B" splits since both are actors on their own;
    // "Staf/Operator" stays whole, as neither part appears alone.
    // Every title's rank is clear, so the lanes go from the head down, as in seeds 000 and 001.
    expect(lanes.columns).toEqual([
      { name: 'Kepala Dinas', col: 3, headerCell: 'C14' },
      { name: 'Kasubag Program', col: 4, headerCell: 'D14' },
      { name: 'Staf/Operator', col: 5, headerCell: 'E14' },
    ]);
    expect(lanes.marks.map((m) => `${m.cell} ${m.text}`)).toEqual([
      'D16 ( Mulai )',
      'C17 [ 2 ]',
      'D18 [ 3 ]',
      'D19 [ 4 ]',
      'C19 [ 4 ]',
      'E20 < 5 ? >',
    ]);
    expect(lanes.unmatched).toEqual(['6']);
  });

  it('reads the Pelaksana cells from the grid when given one', () => {
    const { doc, grid } = buildSop({ pelaksanaColumn: true, steps: pelaksanaSteps });
    const fromGrid = planLanes({ ...doc, texts: [] }, { grid })!;
    expect(fromGrid.columns.map((c) => c.name)).toEqual(['Kepala Dinas', 'Kasubag Program', 'Staf/Operator']);
  });

  it('keeps the order of first appearance when a title has no clear rank', () => {
    const steps = pelaksanaSteps.map((s) => ({ ...s }));
    steps[0].pelaksana = 'Pemohon';
    const { doc } = buildSop({ pelaksanaColumn: true, steps });
    expect(planLanes(doc)!.columns.map((c) => c.name)).toEqual(['Pemohon', 'Kepala Dinas', 'Kasubag program', 'Staf/Operator']);
  });

  it('finds actors named in the Uraian', () => {
    const steps: StepSpec[] = [
      { no: '1', uraian: 'Kasubag Umum menerima surat permohonan', actors: [] },
      { no: '2', uraian: 'Surat diperiksa oleh Kepala Badan, lalu didisposisikan', actors: [] },
      { no: '3', uraian: 'kasubag umum  mengarsipkan surat', actors: [] },
      { no: '4', uraian: 'Menyampaikan jawaban', actors: [] },
    ];
    const { doc } = buildSop({ pelaksanaColumn: true, steps });
    doc.table.columns.pelaksanaText = null;
    const lanes = planLanes(doc)!;
    expect(lanes.source).toBe('uraian');
    expect(lanes.columns.map((c) => c.name)).toEqual(['Kepala Badan', 'Kasubag Umum']);
    expect(lanes.marks.map((m) => `${m.step}:${m.actor}`)).toEqual(['1:Kasubag Umum', '2:Kepala Badan', '3:Kasubag Umum']);
    expect(lanes.unmatched).toEqual(['4']);
  });

  it('proposes nothing for a table that already has actor columns, or names no actor', () => {
    const { doc } = buildSop();
    expect(planLanes(doc)).toBeNull();
    const bare = buildSop({ pelaksanaColumn: true, steps: [{ no: '1', uraian: 'Menerima surat', actors: [] }] });
    expect(planLanes(bare.doc)).toBeNull();
  });
});

describe('whose shapes are whose', () => {
  it('tells Alur shapes by their prefix', () => {
    expect(isAlurShape('Alur:A14:s3')).toBe(true);
    expect(isAlurShape('Alur:A14:s3', 'Alur')).toBe(true);
    expect(isAlurShape('Flowchart: Process 12')).toBe(false);
    expect(isAlurShape('Alurx:A14:s3')).toBe(false);
    expect(isAlurShape('Mine:A1:s1', 'Mine')).toBe(true);
    expect(isAlurShapeOfTable('Alur:A14:s3', 'A14')).toBe(true);
    expect(isAlurShapeOfTable('Alur:A40:s3', 'A14')).toBe(false);
  });

  it('finds the hand-drawn shapes over the actor cells, and only those', () => {
    const { doc, grid } = buildSop();
    const box = (id: string, name: string, kind: GridShape['kind'], r1: number, c1: number, r2: number, c2: number): GridShape => ({
      id,
      name,
      kind,
      geometry: kind,
      text: '',
      from: { row: r1, col: c1, rowOffset: 5, colOffset: 5 },
      to: { row: r2, col: c2, rowOffset: 30, colOffset: 60 },
    });
    grid.shapes = [
      box('1', 'Flowchart: Process 3', 'process', 17, 4, 17, 4), // over D17: the user's
      box('2', 'Alur:A14:s3', 'process', 18, 3, 18, 3), // Alur's own
      box('3', 'Picture 1', 'other', 1, 1, 4, 2), // the logo above the table
      box('4', 'Straight Arrow Connector 7', 'connector', 17, 4, 18, 3), // a hand-drawn arrow between lanes
      box('5', 'Rectangle 9', 'process', 20, 9, 20, 9), // over the Waktu column, not a lane
      box('6', 'Flowchart: Terminator 1', 'terminator', 14, 3, 15, 3), // over the header, not a step
    ];
    expect(shapesOverActorCells(doc, grid).map((s) => s.id)).toEqual(['1', '4']);
    // With nothing hand-drawn there is nothing to leave alone.
    grid.shapes = grid.shapes.filter((s) => s.id !== '1' && s.id !== '4');
    expect(shapesOverActorCells(doc, grid)).toEqual([]);
  });
});

describe('plans are plain data', () => {
  it('survives a JSON round trip unchanged', () => {
    const { doc, grid } = buildSop({ repeatHeaderBefore: ['7'] });
    const plan = planFlowchart(doc, grid);
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });
});
