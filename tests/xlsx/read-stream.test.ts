/**
 * The streaming reader (src/xlsx/read.ts) gives the grids the earlier exceljs-based reader gave
 * (./exceljs-read.ts), for every fixture and example workbook: text, merges, sizes, protection, breaks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/xlsx/read';
import { readWorkbookExceljs } from './exceljs-read';

const dirs = [new URL('../fixtures/xlsx/', import.meta.url), new URL('../../examples/', import.meta.url)];
const files = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.xlsx')).map((f) => new URL(f, d)));

describe('streaming reader = exceljs reader', () => {
  it.each(files.map((u) => [u.pathname.split('/').slice(-2).join('/'), u] as const))('%s', async (_, url) => {
    const bytes = new Uint8Array(readFileSync(url));
    const streamed = (await readWorkbook(bytes, { shapes: false })).map((g) => ({ ...g }));
    const old = await readWorkbookExceljs(bytes);
    expect(streamed).toEqual(old);
  });
});
