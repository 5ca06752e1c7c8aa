import { describe, expect, it } from 'vitest';
import { missingActor } from '../../../src/core/rules/missing-actor';
import { check } from './helpers';

describe('missing-actor', () => {
  it('reports a step with no actor on its Uraian when other steps have one', () => {
    const found = check(missingActor, { steps: [{ uraian: 'Mulai', actors: ['Sekretaris'] }, { uraian: 'Perencanaan kegiatan', actors: [] }, { uraian: 'Selesai' }] });
    expect(found.map((f) => f.cell)).toEqual(['B14']);
  });

  it('stays silent when no step has an actor (the shapes were lost, seed 000)', () => {
    expect(check(missingActor, { steps: [{ uraian: 'Disposisi', actors: [] }, { uraian: 'Menyusun RKT', actors: [] }] })).toEqual([]);
  });
});
