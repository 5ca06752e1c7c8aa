/**
 * The fake must gate each API behind the same ExcelApi requirement set as real Excel, or code tested
 * against a fake "ExcelApi 1.9 host" could still call a 1.10 member and fail in a real one. The truth
 * is the "[Api set: ExcelApi x.y]" remark of each member in @types/office-js (generated from the
 * same source as learn.microsoft.com's reference pages); this test reads it and compares every
 * property the fake models and every method it gates with `need(...)`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { gridFromRows } from '../../src/core/grid';
import { createFakeExcel } from './excel';

const require = createRequire(import.meta.url);
const DTS = readFileSync(require.resolve('@types/office-js/index.d.ts'), 'utf8');
const FAKE_SOURCE = readFileSync(new URL('./excel-proxies.ts', import.meta.url), 'utf8');

/** The "[Api set: ExcelApi x.y]" of `Excel.<cls>.<member>` in the typings, or undefined when absent. */
function apiSetOf(cls: string, member: string): string | undefined {
  const start = DTS.indexOf(`\n    class ${cls} extends OfficeExtension.ClientObject {`);
  if (start < 0) return undefined;
  const end = DTS.indexOf('\n    }\n', start);
  const body = DTS.slice(start, end);
  const decl = new RegExp(`\\n {8}(?:readonly )?${member}[(:?<]`);
  const at = body.search(decl);
  if (at < 0) return undefined;
  const doc = body.slice(body.lastIndexOf('/**', at), at);
  // "[Api set: ExcelApi 1.2 for options; 1.7 for password]": the member itself is in the first set.
  return /\[Api set: ExcelApi ([\d.]+)[\] ]/.exec(doc)?.[1];
}

interface Proxy {
  entity: string;
  scalars(): Record<string, { set: string; put?: unknown }>;
}

/** One proxy of every kind of object the fake models, made inside a batch. */
async function everyProxy(): Promise<Proxy[]> {
  const f = createFakeExcel([
    gridFromRows('SOP', [
      ['No', 'Uraian'],
      ['1', 'Menerima surat'],
    ]),
  ]);
  const out: unknown[] = [];
  await f.Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem('SOP');
    const range = ws.getRange('A1:B2');
    const shape = ws.shapes.addGeometricShape('Rectangle');
    const line = ws.shapes.addLine(0, 0, 10, 10, 'Straight');
    out.push(
      context.workbook,
      ws,
      ws.protection,
      range,
      range.format,
      range.format.font,
      range.format.fill,
      range.format.borders.getItem('EdgeTop'),
      range.getMergedAreasOrNullObject(),
      shape,
      shape.textFrame,
      shape.textFrame.textRange,
      shape.textFrame.textRange.font,
      shape.lineFormat,
      shape.fill,
      line.line,
      ws.tables.add('A1:B2', true),
      ws.notes.getItemOrNullObject('A1'),
      ws.comments.add('A1', 'catatan')
    );
  });
  return out as Proxy[];
}

describe('Excel API fake: requirement sets as in @types/office-js', () => {
  it('finds the remarks it compares against (the typings are read correctly)', () => {
    expect(apiSetOf('Shape', 'altTextDescription')).toBe('1.9');
    expect(apiSetOf('Range', 'getMergedAreasOrNullObject')).toBe('1.13');
    expect(apiSetOf('Worksheet', 'notes')).toBe('1.18');
    expect(apiSetOf('Range', 'getRowProperties')).toBe('1.9');
  });

  it('gates every modelled property behind the set the typings give it, and keeps read-only ones read-only', async () => {
    const mismatches: string[] = [];
    let compared = 0;
    for (const proxy of await everyProxy()) {
      for (const [name, def] of Object.entries(proxy.scalars())) {
        const expected = apiSetOf(proxy.entity, name);
        if (expected === undefined) {
          mismatches.push(`${proxy.entity}.${name}: not in @types/office-js`);
          continue;
        }
        compared++;
        if (def.set !== expected) mismatches.push(`${proxy.entity}.${name}: fake ${def.set}, Excel ${expected}`);
        const readOnly = new RegExp(`\\n {8}readonly ${name}:`).test(
          DTS.slice(DTS.indexOf(`\n    class ${proxy.entity} extends OfficeExtension.ClientObject {`)).split(
            '\n    }\n'
          )[0]
        );
        if (readOnly && def.put) mismatches.push(`${proxy.entity}.${name}: writable in the fake, read-only in Excel`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(60);
  });

  it('gates every method it checks behind the set the typings give it', () => {
    const mismatches: string[] = [];
    // Also `Line.connect${end === 'begin' ? 'Begin' : 'End'}Shape`: both names are checked.
    const gates = [...FAKE_SOURCE.matchAll(/need\('([\d.]+)', [`']([A-Za-z]+)\.([A-Za-z]+)(\(|\$)?/g)].flatMap((m) =>
      m[4] === '$'
        ? [
            [m[0], m[1], m[2], `${m[3]}BeginShape`, ''],
            [m[0], m[1], m[2], `${m[3]}EndShape`, ''],
          ]
        : [[...m]]
    );
    for (const [, version, cls, member, paren] of gates) {
      if (paren) continue; // a parameter of a member (e.g. getUsedRange(valuesOnly)), checked below
      const expected = apiSetOf(cls, member);
      if (expected !== version) mismatches.push(`${cls}.${member}: fake ${version}, Excel ${expected ?? 'absent'}`);
    }
    expect(mismatches).toEqual([]);
    expect(gates.length).toBeGreaterThan(20);
    // Worksheet.getUsedRange(valuesOnly): the parameter came in 1.2, the method in 1.1.
    expect(DTS).toMatch(
      /@param valuesOnly Optional\. If `true`, considers only cells with values as used cells \(ignoring formatting\)\. \[Api set: ExcelApi 1\.2\]/
    );
    expect(FAKE_SOURCE).toContain(`need('1.2', 'Worksheet.getUsedRange(valuesOnly)')`);
  });
});
