/**
 * One plan, one drawing: every fixture workbook drawn through live Excel (the API fake) and into the
 * file gives the same shapes (type, cell, size within 1 pt, text, connector ends, labels, masks), and
 * drawing again after reading the drawn sheet back gives the same drawing again, in both hosts: Alur's
 * own labels and masks are never read as marks.
 */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkGrids } from '../../src/core/check';
import { planFlowchart, type FlowchartPlan } from '../../src/core/flowchart';
import { colLeft, rowTop, type Grid } from '../../src/core/grid';
import { cellAtPoint } from '../../src/core/grid/vocabulary';
import { drawPlans as drawInExcel } from '../../src/excel/draw';
import { readSheets } from '../../src/excel/read';
import { presetOfExcelShape } from '../../src/excel/shapes';
import { drawPlans as drawInFile } from '../../src/xlsx/flowchart';
import { readWorkbook } from '../../src/xlsx/read';
import type { FakeExcel } from '../fakes/excel';
import { install } from './helpers';

/** A drawn shape as both hosts can say it. */
interface Drawn {
  name: string;
  type: string;
  cell: string;
  box: [number, number, number, number];
  text: string;
  ends?: [string | undefined, string | undefined];
}

const FIXTURES = readdirSync('tests/fixtures/xlsx').filter((f) => f.endsWith('.xlsx'));

/** The plans of every SOP on an unprotected sheet (both hosts refuse a protected one). */
function plansOf(grids: Grid[]): FlowchartPlan[] {
  return checkGrids(grids)
    .map(({ doc }) => ({ doc, grid: grids.find((g) => g.sheet === doc.sheet)! }))
    .filter(({ grid }) => !grid.protected)
    .map(({ doc, grid }) => planFlowchart(doc, grid));
}

function typeOf(name: string, preset: string): string {
  if (/:label$/.test(name)) return 'label';
  if (/:mask\d*$/.test(name)) return 'mask';
  return preset;
}

function cellOf(grid: Grid, box: Drawn['box']): string {
  const c = cellAtPoint(grid, box[0] + box[2] / 2, box[1] + box[3] / 2);
  return `${c.row},${c.col}`;
}

/** Alur's shapes in the file, by name; a connector written in pieces ("#k/n") counts as one. */
function fromFile(grid: Grid): Drawn[] {
  const alur = grid.shapes.filter((s) => s.name.startsWith('Alur:'));
  const nameOfId = new Map(alur.map((s) => [s.id, s.name]));
  const byName = new Map<string, Drawn>();
  for (const s of alur) {
    const name = s.name.replace(/#\d+\/\d+$/, '');
    const x0 = colLeft(grid, s.from.col) + (s.from.colOffset ?? 0);
    const y0 = rowTop(grid, s.from.row) + (s.from.rowOffset ?? 0);
    const x1 = colLeft(grid, s.to.col) + (s.to.colOffset ?? 0);
    const y1 = rowTop(grid, s.to.row) + (s.to.rowOffset ?? 0);
    const seen = byName.get(name);
    const box: Drawn['box'] = seen
      ? [
          Math.min(seen.box[0], x0),
          Math.min(seen.box[1], y0),
          Math.max(seen.box[0] + seen.box[2], x1) - Math.min(seen.box[0], x0),
          Math.max(seen.box[1] + seen.box[3], y1) - Math.min(seen.box[1], y0),
        ]
      : [x0, y0, x1 - x0, y1 - y0];
    const connector = s.kind === 'connector';
    const ends: Drawn['ends'] = connector
      ? [seen?.ends?.[0] ?? nameOfId.get(s.startShapeId ?? ''), nameOfId.get(s.endShapeId ?? '') ?? seen?.ends?.[1]]
      : undefined;
    byName.set(name, {
      name,
      type: connector ? 'connector' : typeOf(name, s.geometry),
      cell: '',
      box,
      text: s.text,
      ...(ends ? { ends } : {}),
    });
  }
  return [...byName.values()].map((d) => ({ ...d, cell: cellOf(grid, d.box) }));
}

/** Alur's shapes in the fake's sheet, by name. */
function fromExcel(fake: FakeExcel, grid: Grid): Drawn[] {
  const shapes = fake.sheet(grid.sheet).shapes.filter((s) => s.name.startsWith('Alur:'));
  const nameOfId = new Map(shapes.map((s) => [s.id, s.name]));
  return shapes.map((s) => {
    const box: Drawn['box'] = [s.left, s.top, s.width, s.height];
    const connector = s.type === 'Line';
    return {
      name: s.name,
      type: connector ? 'connector' : typeOf(s.name, presetOfExcelShape(s.geometricShapeType ?? '')),
      cell: cellOf(grid, box),
      box,
      text: s.text,
      ...(connector
        ? { ends: [nameOfId.get(s.line?.beginShapeId ?? ''), nameOfId.get(s.line?.endShapeId ?? '')] }
        : {}),
    } as Drawn;
  });
}

/** Same names, types, cells, texts and ends; boxes within 1 pt. */
function expectSame(a: Drawn[], b: Drawn[], what: string): void {
  const sort = (xs: Drawn[]) => [...xs].sort((p, q) => p.name.localeCompare(q.name));
  const [p, q] = [sort(a), sort(b)];
  const strip = (d: Drawn) => ({ ...d, box: undefined });
  expect(p.map(strip), what).toEqual(q.map(strip));
  p.forEach((d, i) =>
    d.box.forEach((v, k) =>
      expect(Math.abs(v - q[i].box[k]), `${what}: ${d.name} box[${k}] ${v} vs ${q[i].box[k]}`).toBeLessThanOrEqual(1)
    )
  );
}

async function drawFile(bytes: Uint8Array): Promise<{ bytes: Uint8Array; grids: Grid[] }> {
  const grids = await readWorkbook(bytes);
  const { bytes: out } = await drawInFile(bytes, plansOf(grids), { grids, replaceHandDrawn: true });
  return { bytes: out, grids: await readWorkbook(out) };
}

async function drawExcel(fake: FakeExcel, names: string[]): Promise<Grid[]> {
  const grids = await readSheets(names, { connections: true });
  await drawInExcel(plansOf(grids), { replaceHandDrawn: true, grids });
  return names.map((n) => ({ ...grids.find((g) => g.sheet === n)! }));
}

describe('both hosts draw the same flowchart, and a second draw changes nothing', () => {
  for (const file of FIXTURES) {
    it(
      file,
      async () => {
        const bytes = new Uint8Array(await readFile(`tests/fixtures/xlsx/${file}`));
        const once = await drawFile(bytes);
        const twice = await drawFile(once.bytes);
        const fake = install(await readWorkbook(bytes));
        const names = once.grids.map((g) => g.sheet);
        await drawExcel(fake, names);
        const excelOnce = names.map((n) =>
          fromExcel(
            fake,
            once.grids.find((g) => g.sheet === n)!
          )
        );
        await drawExcel(fake, names);
        const excelTwice = names.map((n) =>
          fromExcel(
            fake,
            once.grids.find((g) => g.sheet === n)!
          )
        );
        let drawn = 0;
        once.grids.forEach((grid, i) => {
          const fileOnce = fromFile(grid);
          drawn += fileOnce.length;
          expectSame(fileOnce, fromFile(twice.grids[i]), `${file} ${grid.sheet}: file, drawn twice`);
          expectSame(excelOnce[i], excelTwice[i], `${file} ${grid.sheet}: Excel, drawn twice`);
          expectSame(excelOnce[i], fileOnce, `${file} ${grid.sheet}: Excel vs file`);
        });
        const sops = checkGrids(once.grids).filter(({ doc }) => doc.steps.some((s) => s.actors.length > 0));
        if (sops.length > 0 && !/pelaksana-text/.test(file)) expect(drawn, file).toBeGreaterThan(0);
      },
      60_000
    );
  }
});
