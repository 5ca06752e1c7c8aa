import { describe, expect, it } from 'vitest';
import { numbering } from '../../../src/core/rules/numbering';
import { check } from './helpers';

const nos = (...n: (string | null)[]) => ({ steps: n.map((no, i) => ({ no, uraian: `Kegiatan ${i}` })) });

describe('numbering', () => {
  it('reports a skip, a repeat and a step going backwards on the No cell', () => {
    const found = check(numbering, nos('1', '2', '4', '4', '3'));
    expect(found.map((f) => f.cell)).toEqual(['A15', 'A16', 'A17']);
    expect(found[0].message).toContain('melompat dari 2 ke 4');
    expect(found[1].message).toContain('berulang');
    expect(found[2].message).toContain('mundur');
  });

  it('accepts "1." style numbers and skips unnumbered steps (near miss)', () => {
    expect(check(numbering, nos('1.', '2.', null, '3'))).toEqual([]);
  });

  it('reports a table that does not start at 1', () => {
    expect(check(numbering, nos('2', '3'), 'en')[0].message).toMatch(/skip from 0 to 2/);
  });
});
