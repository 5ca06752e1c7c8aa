import { describe, expect, it } from 'vitest';
import { acronymMismatch, acronymUses } from '../../../src/core/rules/acronym-mismatch';
import { check } from './helpers';

describe('acronym-mismatch', () => {
  it('reports an acronym that does not fit its words, naming the one used elsewhere (seed 000)', () => {
    const found = check(acronymMismatch, {
      nama: 'Penyusunan Rencana Kinerja Tahunan (RKT)',
      steps: [{ uraian: 'Disposisi' }, { uraian: 'Menyusun Rencana Kerja Tahunan (RKAT)' }, { uraian: 'Selesai' }],
    });
    expect(found.map((f) => f.cell)).toEqual(['B14']);
    expect(found[0].message).toContain('RKAT');
    expect(found[0].message).toContain('RKT');
  });

  it('reports the same words abbreviated two ways', () => {
    const found = check(acronymMismatch, {
      nama: 'Penyusunan Rencana Kinerja Tahunan (RKT)',
      steps: [{ uraian: 'Menyusun Rencana Kinerja Tahunan (RKIT)' }],
    });
    expect(found.map((f) => f.cell)).toEqual(['B13']);
  });

  it('accepts skipped function words and syllable acronyms (near misses)', () => {
    for (const text of [
      'Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)',
      'Rencana Kinerja Tahunan (RKT)',
      'Rencana Kerja dan Anggaran (RKA)',
      'Rencana Pembangunan Jangka Menengah Daerah (RPJMD)',
      'Laporan Kinerja Instansi Pemerintah (LKIP)',
      'Satuan Polisi Pamong Praja (SATPOLPP)',
      'Balai Sertifikasi Elektronik (BSrE)',
    ]) {
      const uses = acronymUses(text);
      expect(uses.every((u) => u.expansion !== null), text).toBe(true);
    }
    expect(check(acronymMismatch, { nama: 'Penyusunan Rencana Kinerja Tahunan (RKT)', steps: [{ uraian: 'Perencanaan Pembangunan Nasional (SPPN)' }] })).toEqual([]);
  });
});
