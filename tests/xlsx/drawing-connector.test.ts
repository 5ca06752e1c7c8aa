/**
 * Routed connectors as ONE DrawingML connector: for every shape of route the planner makes (elbows
 * down-right and down-left, up, loops round the right side, L-shapes, four segments) the preset, the
 * turned and flipped frame and the adjust values written must draw exactly the wanted polyline, as an
 * independent evaluator of the preset formulas computes it from the XML.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { connectorGeometry, NUDGE, type Point } from '../../src/core/flowchart';
import { colLeft, rowTop } from '../../src/core/grid';
import { addShapes, connectorFlips, sheetGeometry, type DrawShape } from '../../src/xlsx/drawing';
import { readWorkbook } from '../../src/xlsx/read';
import { cellAtPoint } from '../../src/xlsx/shapes';
import { pathDistance, place, presetPath, writtenConnectors } from './connector-path';

async function blank(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('S');
  for (let c = 1; c <= 12; c++) ws.getColumn(c).width = 12;
  for (let r = 1; r <= 40; r++) ws.getRow(r).height = 30;
  ws.getCell('A1').value = 'x';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const ROUTES: Record<string, Point[]> = {
  'down, right, down': [
    { x: 100, y: 60 },
    { x: 100, y: 66.5 },
    { x: 180, y: 66.5 },
    { x: 180, y: 90 },
  ],
  'down, left, down': [
    { x: 300, y: 60 },
    { x: 300, y: 64 },
    { x: 120.25, y: 64 },
    { x: 120.25, y: 95 },
  ],
  'up, right, up': [
    { x: 100, y: 300 },
    { x: 100, y: 250 },
    { x: 200, y: 250 },
    { x: 200, y: 120 },
  ],
  'up, left, up': [
    { x: 300, y: 300 },
    { x: 300, y: 280 },
    { x: 200, y: 280 },
    { x: 200, y: 120 },
  ],
  'tidak loop: right, up, left (right sites in one column)': [
    { x: 200, y: 400 },
    { x: 230, y: 400 },
    { x: 230, y: 250 },
    { x: 200, y: 250 },
  ],
  'loop: right, up, left to a symbol further left': [
    { x: 260, y: 400 },
    { x: 290, y: 400 },
    { x: 290, y: 250 },
    { x: 180, y: 250 },
  ],
  'loop: right, down, left to a symbol further right': [
    { x: 150, y: 100 },
    { x: 290, y: 100 },
    { x: 290, y: 300 },
    { x: 250, y: 300 },
  ],
  'right, down (L)': [
    { x: 100, y: 100 },
    { x: 200, y: 100 },
    { x: 200, y: 180 },
  ],
  'down, left (L)': [
    { x: 200, y: 100 },
    { x: 200, y: 180 },
    { x: 90, y: 180 },
  ],
  'right, down, right, down (four segments)': [
    { x: 100, y: 100 },
    { x: 130, y: 100 },
    { x: 130, y: 200 },
    { x: 250, y: 200 },
    { x: 250, y: 260 },
  ],
  'straight down': [
    { x: 100, y: 100 },
    { x: 100, y: 160 },
  ],
  'straight left': [
    { x: 300, y: 100 },
    { x: 200, y: 100 },
  ],
};

describe('connectorGeometry + addShapes: one connector draws the whole route', () => {
  it('writes every kind of route so that the preset, frame and adjust values give back its points', async () => {
    const bytes = await blank();
    const grid = sheetGeometry((await import('../../src/xlsx/xml')).parseXml(await sheetXml(bytes)));
    const at = (p: Point) => {
      const a = cellAtPoint(grid, p.x, p.y);
      return { row: a.row, col: a.col, rowOffPt: a.rowOffset, colOffPt: a.colOffset };
    };
    const shapes: DrawShape[] = Object.entries(ROUTES).map(([name, points]) => {
      const g = connectorGeometry(points)!;
      expect(g, name).not.toBeNull();
      return { kind: 'connector', name, from: at(g.start), to: at(g.end), preset: g.preset, rotation: g.rotation, adjust: g.adjust };
    });
    const written = await writtenConnectors(await addShapes(bytes, 'S', shapes));
    for (const [name, points] of Object.entries(ROUTES)) {
      const c = written.get(name)!;
      expect(c.prst, name).toBe(['straightConnector1', 'bentConnector2', 'bentConnector3', 'bentConnector4'][points.length - 2]);
      // Within the NUDGE a zero-width loop needs, and EMU rounding.
      expect(pathDistance(c.path, points), `${name}: ${JSON.stringify(c.path)}`).toBeLessThanOrEqual(NUDGE + 0.01);
      // The turned frame keeps the box's centre and swaps its sides.
      const xs = points.map((p) => p.x);
      const ys = points.map((p) => p.y);
      const [first, last] = [points[0], points[points.length - 1]];
      expect(c.off.x + c.ext.w / 2).toBeCloseTo((first.x + last.x) / 2, 1);
      expect(c.off.y + c.ext.h / 2).toBeCloseTo((first.y + last.y) / 2, 1);
      if (c.rot % 180 === 90) expect(c.ext.w).toBeCloseTo(Math.abs(last.y - first.y), 1);
      expect(Math.min(...xs)).toBeLessThanOrEqual(Math.max(...xs));
      expect(Math.min(...ys)).toBeLessThanOrEqual(Math.max(...ys));
    }
  });

  it("stores a down-right elbow as Excel does (rot 270 + flipH) and a down-left one turned 90° unflipped, adj1 at the bend", async () => {
    const downRight = connectorGeometry(ROUTES['down, right, down'])!;
    expect(downRight).toMatchObject({ preset: 'bentConnector3', rotation: 270, adjust: [Math.round((6.5 / 30) * 100_000)] });
    expect(connectorFlips(80, 30, 270)).toEqual({ flipH: true, flipV: false });
    const downLeft = connectorGeometry(ROUTES['down, left, down'])!;
    expect(downLeft).toMatchObject({ preset: 'bentConnector3', rotation: 90 });
    expect(connectorFlips(-180, 35, 90)).toEqual({ flipH: false, flipV: false });
    // A loop's middle segment lies outside the box between its ends: adj1 beyond 100000 (or below 0).
    expect(connectorGeometry(ROUTES['loop: right, down, left to a symbol further right'])!.adjust[0]).toBeGreaterThan(100_000);
    expect(connectorGeometry(ROUTES['loop: right, up, left to a symbol further left'])!.adjust[0]).toBeLessThan(0);
    // Right sites straight above each other: the end moves NUDGE into the target so the box has a width.
    const loop = connectorGeometry(ROUTES['tidak loop: right, up, left (right sites in one column)'])!;
    expect(loop.end).toEqual({ x: 200 - NUDGE, y: 250 });
    expect(loop.adjust[0]).toBe(Math.round((30 / -NUDGE) * 100_000));
  });

  it('has flips that start every turned preset at its first point (checked against the evaluator)', () => {
    for (const rot of [0, 90, 180, 270]) {
      for (const [dx, dy] of [
        [40, 30],
        [-40, 30],
        [40, -30],
        [-40, -30],
      ]) {
        const quarter = rot % 180 === 90;
        const ext = quarter ? { w: Math.abs(dy), h: Math.abs(dx) } : { w: Math.abs(dx), h: Math.abs(dy) };
        const centre = { x: dx / 2, y: dy / 2 };
        const frame = { rot, ...connectorFlips(dx, dy, rot), off: { x: centre.x - ext.w / 2, y: centre.y - ext.h / 2 }, ext };
        const path = place(presetPath('bentConnector2', ext.w, ext.h, []), frame);
        expect(pathDistance([path[0], path[2]], [{ x: 0, y: 0 }, { x: dx, y: dy }]), `rot ${rot}, ${dx},${dy}`).toBeLessThan(1e-9);
      }
    }
  });

  it('refuses routes no single preset draws', () => {
    const five = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 10 },
      { x: 20, y: 10 },
      { x: 20, y: 20 },
      { x: 30, y: 20 },
    ];
    expect(connectorGeometry(five)).toBeNull();
    expect(connectorGeometry([{ x: 0, y: 0 }, { x: 10, y: 10 }])).toBeNull();
    expect(connectorGeometry([{ x: 0, y: 0 }])).toBeNull();
  });

  it('anchors a turned connector by the box it covers on the sheet, and reads back glued', async () => {
    const bytes = await blank();
    const g = connectorGeometry(ROUTES['down, right, down'])!;
    const grid = (await readWorkbook(bytes))[0];
    const at = (p: Point) => {
      const a = cellAtPoint(grid, p.x, p.y);
      return { row: a.row, col: a.col, rowOffPt: a.rowOffset, colOffPt: a.colOffset };
    };
    const out = await addShapes(bytes, 'S', [
      { kind: 'process', id: 2, name: 'a', from: at({ x: 80, y: 40 }), to: at({ x: 120, y: 60 }) },
      { kind: 'process', id: 3, name: 'b', from: at({ x: 160, y: 90 }), to: at({ x: 200, y: 110 }) },
      { kind: 'connector', id: 4, name: 'c', from: at(g.start), to: at(g.end), preset: g.preset, rotation: g.rotation, adjust: g.adjust, startId: 2, startSite: 2, endId: 3, endSite: 0 },
    ]);
    const back = (await readWorkbook(out))[0].shapes.find((s) => s.name === 'c')!;
    expect([back.startShapeId, back.endShapeId]).toEqual(['2', '3']);
    const x = (a: typeof back.from) => colLeft(grid, a.col) + (a.colOffset ?? 0);
    const y = (a: typeof back.from) => rowTop(grid, a.row) + (a.rowOffset ?? 0);
    expect([x(back.from), y(back.from), x(back.to), y(back.to)]).toEqual([100, 60, 180, 90]);
    const c = (await writtenConnectors(out)).get('c')!;
    expect(c).toMatchObject({ rot: 270, flipH: true, flipV: false, tailArrow: true, start: { id: '2', idx: 2 }, end: { id: '3', idx: 0 } });
  });
});

async function sheetXml(bytes: Uint8Array): Promise<string> {
  const JSZip = (await import('jszip')).default;
  return (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')!.async('string');
}

describe('glued connectors as Excel writes them', () => {
  it('writes a bent connector as a plain xdr:cxnSp with stCxn/endCxn, no mc:AlternateContent and no x14', async () => {
    const bytes = await blank();
    const grid = (await readWorkbook(bytes))[0];
    const at = (p: Point) => {
      const a = cellAtPoint(grid, p.x, p.y);
      return { row: a.row, col: a.col, rowOffPt: a.rowOffset, colOffPt: a.colOffset };
    };
    const route = ROUTES['tidak loop: right, up, left (right sites in one column)'];
    const g = connectorGeometry(route)!;
    const out = await addShapes(bytes, 'S', [
      { kind: 'process', name: 'a', id: 2, from: at({ x: 20, y: 60 }), to: at({ x: 80, y: 90 }) },
      { kind: 'process', name: 'b', id: 3, from: at({ x: 20, y: 10 }), to: at({ x: 80, y: 40 }) },
      { kind: 'connector', name: 'loop', from: at(g.start), to: at(g.end), preset: g.preset, rotation: g.rotation, adjust: g.adjust, startId: 2, startSite: 3, endId: 3, endSite: 3 },
      { kind: 'connector', name: 'straight', from: at({ x: 10, y: 10 }), to: at({ x: 10, y: 50 }) },
    ]);
    const JSZip = (await import('jszip')).default;
    const xml = await (await JSZip.loadAsync(out)).file('xl/drawings/drawing1.xml')!.async('string');
    expect(xml).not.toContain('AlternateContent');
    expect(xml).not.toContain('x14');
    expect(xml).not.toContain('custGeom');
    expect(xml).toMatch(
      /<xdr:twoCellAnchor[^>]*>(?:(?!<\/xdr:twoCellAnchor>).)*<xdr:cxnSp macro=""><xdr:nvCxnSpPr><xdr:cNvPr id="\d+" name="loop"\/><xdr:cNvCxnSpPr><a:stCxn id="2" idx="3"\/><a:endCxn id="3" idx="3"\/><\/xdr:cNvCxnSpPr>/
    );
    const back = (await readWorkbook(out))[0].shapes;
    expect(back.map((s) => [s.name, s.kind, s.startShapeId, s.endShapeId])).toEqual([
      ['a', 'process', undefined, undefined],
      ['b', 'process', undefined, undefined],
      ['loop', 'connector', '2', '3'],
      ['straight', 'connector', undefined, undefined],
    ]);
  });
});
