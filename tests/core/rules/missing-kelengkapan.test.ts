import { describe, expect, it } from 'vitest';
import { missingKelengkapan } from '../../../src/core/rules/missing-kelengkapan';
import { check } from './helpers';

describe('missing-kelengkapan', () => {
  it('reports an empty or "-" Kelengkapan on its cell', () => {
    const found = check(missingKelengkapan, { steps: [{ uraian: 'A', kelengkapan: null }, { uraian: 'B', kelengkapan: '-' }, { uraian: 'C' }] });
    expect(found.map((f) => f.cell)).toEqual(['F13', 'F14']);
  });

  it('says nothing where the table has no Kelengkapan column', () => {
    expect(check(missingKelengkapan, { columns: { kelengkapan: false }, steps: [{ uraian: 'A' }] })).toEqual([]);
  });

  it('does not report a filled Kelengkapan (near miss: a one-letter value)', () => {
    expect(check(missingKelengkapan, { steps: [{ uraian: 'A', kelengkapan: 'X' }] })).toEqual([]);
  });
});
