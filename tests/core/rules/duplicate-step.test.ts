import { describe, expect, it } from 'vitest';
import { duplicateStep } from '../../../src/core/rules/duplicate-step';
import { check } from './helpers';

const steps = (...uraian: string[]) => ({ steps: uraian.map((u) => ({ uraian: u })) });

describe('duplicate-step', () => {
  it('reports the later of two identical steps on its Uraian cell (seed 004, steps 7 and 8)', () => {
    const u = 'Mengoreksi dan memberi paraf draft Rencana Kinerja Tahunan';
    const found = check(duplicateStep, steps('Membuat konsep Rencana Kinerja Tahunan', u, u, 'Menyusun Draft Akhir'));
    expect(found).toHaveLength(1);
    expect(found[0].cell).toBe('B15');
    expect(found[0].message).toContain('langkah 3');
    expect(found[0].message).toContain('langkah 2');
  });

  it('treats case, punctuation and a one-letter slip in a long Uraian as the same', () => {
    const found = check(duplicateStep, steps('Mengoreksi dan memberi paraf draft Rencana Kinerja Tahunan.', 'mengoreksi dan memberi paraf draf Rencana Kinerja Tahunan'));
    expect(found.map((f) => f.cell)).toEqual(['B14']);
  });

  it('does not report short Uraian that differ in their object (near miss)', () => {
    expect(check(duplicateStep, steps('Koreksi Draf RKT', 'Koreksi Draf RKA', 'Menyusun Draf RKT', 'Mengoreksi Draf RKT'))).toEqual([]);
  });
});
