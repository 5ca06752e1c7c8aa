import { describe, expect, it } from 'vitest';
import { missingTime } from '../../../src/core/rules/missing-time';
import { check } from './helpers';

describe('missing-time', () => {
  it('reports an empty or "-" Waktu on the Waktu cell', () => {
    const found = check(missingTime, { steps: [{ uraian: 'A', waktu: null }, { uraian: 'B', waktu: '-' }, { uraian: 'C' }] });
    expect(found.map((f) => f.cell)).toEqual(['G13', 'G14']);
  });

  it('points at the Uraian where there is no Waktu column', () => {
    expect(check(missingTime, { columns: { waktu: false }, steps: [{ uraian: 'A' }] })[0].cell).toBe('B13');
  });

  it('leaves an unreadable Waktu to unparsed-time (near miss)', () => {
    expect(check(missingTime, { steps: [{ uraian: 'A', waktu: 'sesuai jadwal' }] })).toEqual([]);
  });
});
