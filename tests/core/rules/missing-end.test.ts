import { describe, expect, it } from 'vitest';
import { missingEnd } from '../../../src/core/rules/missing-end';
import { check } from './helpers';

describe('missing-end', () => {
  it('reports a flow whose last step is a decision, on the last Uraian (seed 002 would if step 11 were gone)', () => {
    const found = check(missingEnd, { steps: [{ uraian: 'Mulai' }, { uraian: 'Menerima dan Menandatangani RKT', symbol: 'decision' }] }, 'en');
    expect(found.map((f) => f.cell)).toEqual(['B14']);
    expect(found[0].message).toContain('Selesai');
  });

  it('accepts an end terminator (near miss: a single-step flow that is start only is still reported)', () => {
    expect(check(missingEnd, { steps: [{ uraian: 'Mulai' }, { uraian: 'Mengarsipkan' }] })).toEqual([]);
    expect(check(missingEnd, { steps: [{ uraian: 'Mulai', symbol: 'start' }] })).toHaveLength(1);
  });
});
