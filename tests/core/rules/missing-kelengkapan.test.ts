import { describe, expect, it } from 'vitest';
import { missingKelengkapan } from '../../../src/core/rules/missing-kelengkapan';
import { check } from './helpers';

describe('missing-kelengkapan', () => {
  it('reports an empty or "-" Kelengkapan on its cell', () => {
    const found = check(missingKelengkapan, { steps: [{ uraian: 'A', kelengkapan: null }, { uraian: 'B', kelengkapan: '-' }, { uraian: 'C' }] });
    expect(found.map((f) => f.cell)).toEqual(['F13', 'F14']);
  });

  it('points at the Uraian when the table has no Kelengkapan column', () => {
    const found = check(missingKelengkapan, { columns: { kelengkapan: false }, steps: [{ uraian: 'A' }] });
    expect(found.map((f) => f.cell)).toEqual(['B13']);
  });

  it('does not report a filled Kelengkapan (near miss: a one-letter value)', () => {
    expect(check(missingKelengkapan, { steps: [{ uraian: 'A', kelengkapan: 'X' }] })).toEqual([]);
  });
});
