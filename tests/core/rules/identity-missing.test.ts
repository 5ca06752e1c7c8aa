import { describe, expect, it } from 'vitest';
import { identityMissing } from '../../../src/core/rules/identity-missing';
import { check } from './helpers';

const steps = [{ uraian: 'Mulai' }, { uraian: 'Selesai' }];

describe('identity-missing', () => {
  it('reports Nomor SOP "-" (seed 000) and a bare year (seed 001) on the label cell, as errors', () => {
    for (const nomor of ['-', '2023', ' : ']) {
      const found = check(identityMissing, { nomor, steps });
      expect(found.map((f) => [f.cell, f.severity])).toEqual([['A1', 'error']]);
    }
  });

  it('reports an empty date as a warning and an absent signer at the table’s top-left cell', () => {
    const found = check(identityMissing, { tanggalPembuatan: '', absent: ['disahkanOleh'], steps });
    expect(found.map((f) => [f.cell, f.severity])).toEqual([
      ['A2', 'warning'],
      ['A11', 'error'],
    ]);
  });

  it('does not report "-" in Tanggal Revisi, nor a real Nomor ending in a year (near misses)', () => {
    expect(check(identityMissing, { tanggalRevisi: '-', nomor: '800/13/Satpol PP- BLG/2023', steps })).toEqual([]);
    expect(check(identityMissing, { nomor: 'SOP- 070/Setda', steps })).toEqual([]);
  });
});
