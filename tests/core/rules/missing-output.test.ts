import { describe, expect, it } from 'vitest';
import { missingOutput } from '../../../src/core/rules/missing-output';
import { check } from './helpers';

describe('missing-output', () => {
  it('reports an empty Output on its cell, in both languages', () => {
    const spec = { steps: [{ uraian: 'A', output: null }, { uraian: 'B' }] };
    const [f] = check(missingOutput, spec);
    expect(f.cell).toBe('H13');
    expect(f.message).toMatch(/^Output langkah 1 kosong/);
    expect(check(missingOutput, spec, 'en')[0].message).toMatch(/^Step 1 has no Output/);
  });

  it('says nothing where the table has no Output column (seed 003)', () => {
    expect(check(missingOutput, { columns: { output: false }, steps: [{ uraian: 'A' }, { uraian: 'B' }] })).toEqual([]);
  });

  it('does not report "Arsip" as missing (near miss)', () => {
    expect(check(missingOutput, { steps: [{ uraian: 'A', output: 'Arsip' }] })).toEqual([]);
  });
});
