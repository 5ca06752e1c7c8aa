import { describe, expect, it } from 'vitest';
import { missingStart } from '../../../src/core/rules/missing-start';
import { check } from './helpers';

describe('missing-start', () => {
  it('reports a flow whose first step is not a terminator, on its Uraian', () => {
    const found = check(missingStart, { steps: [{ uraian: 'Menerima surat', symbol: 'process' }, { uraian: 'Selesai' }] });
    expect(found.map((f) => f.cell)).toEqual(['B13']);
    expect(found[0].message).toContain('Mulai');
  });

  it('accepts a start terminator, and leaves a step with no actor to missing-actor (near miss)', () => {
    expect(check(missingStart, { steps: [{ uraian: 'Menerima surat' }, { uraian: 'Arsip' }] })).toEqual([]);
    expect(check(missingStart, { steps: [{ uraian: 'Menerima surat', actors: [] }, { uraian: 'Arsip' }] })).toEqual([]);
  });

  it('says nothing about a table with no steps', () => {
    expect(check(missingStart, { steps: [] })).toEqual([]);
  });
});
