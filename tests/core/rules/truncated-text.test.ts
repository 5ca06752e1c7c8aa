import { describe, expect, it } from 'vitest';
import { truncatedText, cutMark, danglingWord } from '../../../src/core/rules/truncated-text';
import { check } from './helpers';

describe('truncated-text', () => {
  it('reports an Uraian ending in a function word (seed 003, steps 5 and 6)', () => {
    const found = check(truncatedText, {
      steps: [{ uraian: 'Mulai' }, { uraian: 'Mengumpulkan Form RKT yang' }, { uraian: 'Mengkompilasi Form RKT dari' }, { uraian: 'Selesai' }],
    });
    expect(found.map((f) => f.cell)).toEqual(['B14', 'B15']);
    expect(found[0].message).toContain('“yang”');
  });

  it('reports a marker cut short, with a fix completing it (seed 003: Mula, tida)', () => {
    const found = check(truncatedText, {
      steps: [{ uraian: 'Disposisi kepada kasubbag', mark: 'Mula' }, { uraian: 'Koreksi draft RKT', mark: 'tida' }, { uraian: 'Selesai' }],
    });
    expect(found.map((f) => [f.cell, f.fix?.to])).toEqual([
      ['C13', 'Mulai'],
      ['D14', 'tidak'],
    ]);
    // A cut marker carries a fix, so the rule's meta says it is fixable.
    expect(truncatedText.meta.fixable).toBe(true);
  });

  it('does not report complete text or complete markers (near misses)', () => {
    expect(danglingWord('Menerima dan Menandatangani')).toBeNull();
    expect(danglingWord('Dokumen yang ditandatangani.')).toBeNull();
    expect(danglingWord('Rapat dengan bidang terkait')).toBeNull();
    expect(cutMark('Mulai')).toBeNull();
    expect(cutMark('Ya')).toBeNull();
    expect(check(truncatedText, { steps: [{ uraian: 'Mengumpulkan Form RKT yang sudah disusun', mark: 'Mulai' }, { uraian: 'Selesai', mark: 'Selesai' }] })).toEqual([]);
  });
});
