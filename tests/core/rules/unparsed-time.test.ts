import { describe, expect, it } from 'vitest';
import { unparsedTime } from '../../../src/core/rules/unparsed-time';
import { check } from './helpers';

describe('unparsed-time', () => {
  it('reports a Waktu that is not a duration on its cell', () => {
    const [f, ...rest] = check(unparsedTime, { steps: [{ uraian: 'A', waktu: 'sesuai jadwal' }, { uraian: 'B' }] });
    expect(rest).toEqual([]);
    expect(f.cell).toBe('G13');
    expect(f.message).toContain('sesuai jadwal');
  });

  it('says why in words, never with the reader\'s internal code', () => {
    const [id] = check(unparsedTime, { steps: [{ uraian: 'A', waktu: 'Semesteran' }] });
    const [en] = check(unparsedTime, { steps: [{ uraian: 'A', waktu: 'Semesteran' }] }, 'en');
    expect(id.message).toContain('tidak ada angka');
    expect(en.message).toContain('there is no number');
    expect(`${id.message} ${en.message}`).not.toMatch(/no-number|unknown-word/);
  });

  it('does not report a readable or an empty Waktu (near miss)', () => {
    expect(check(unparsedTime, { steps: [{ uraian: 'A', waktu: '3 Hari' }, { uraian: 'B', waktu: null }] })).toEqual([]);
  });
});
