import { describe, expect, it } from 'vitest';
import { timeRate } from '../../../src/core/rules/time-rate';
import { check } from './helpers';

describe('time-rate', () => {
  it('notes a Waktu given per unit, on its cell, with info severity by default', () => {
    const found = check(timeRate, { steps: [{ uraian: 'A', waktu: '2 menit/berkas' }] }, 'en');
    expect(found.map((f) => f.cell)).toEqual(['G13']);
    expect(found[0].message).toMatch(/counted once/);
    expect(timeRate.meta.defaultSeverity).toBe('info');
  });

  it('says nothing about a plain duration (near miss)', () => {
    expect(check(timeRate, { steps: [{ uraian: 'A', waktu: '2 menit' }] })).toEqual([]);
  });
});
