/**
 * How SOP names are compared across SOPs (rules/utils/names.ts): a trailing acronym of the name's own
 * words in brackets adds nothing, as seed 000 writes "Penyusunan Rencana Kinerja Tahunan (RKT)" where
 * seed 004 writes "Penyusunan Rencana Kinerja Tahunan".
 */
import { describe, expect, it } from 'vitest';
import { runCrossRules } from '../../../src/core/rules/cross';
import { namesMatch, sopNameKey } from '../../../src/core/rules/utils/names';
import { crossSop } from '../report/build';

describe('sopNameKey', () => {
  it('sets aside a trailing acronym of the words before it, in capitals or mixed case', () => {
    expect(sopNameKey('Penyusunan Rencana Kinerja Tahunan (RKT)')).toBe('penyusunan rencana kinerja tahunan');
    expect(sopNameKey('SOP Laporan Kinerja Instansi Pemerintah (LKjIP)')).toBe('laporan kinerja instansi pemerintah');
    expect(sopNameKey('PELAKSANAAN PENYUSUNAN RENCANA KINERJA TAHUNAN (RKT)')).toBe(
      'pelaksanaan penyusunan rencana kinerja tahunan'
    );
  });

  it('keeps brackets that are not the name’s acronym (near misses)', () => {
    // Two words in the brackets (corpus 09), a word that is no acronym, letters that are not initials.
    expect(sopNameKey('SOP Penyelenggaraan Kegiatan NADA CERIA (Reminder Kipapp)')).toBe(
      'penyelenggaraan kegiatan nada ceria reminder kipapp'
    );
    expect(sopNameKey('PEMELIHARAAN PC (KOMPUTER)')).toBe('pemeliharaan pc komputer');
    expect(sopNameKey('Menyusun Rencana Kerja Tahunan (RKAT)')).toBe('menyusun rencana kerja tahunan rkat');
    expect(sopNameKey('(RKT)')).toBe('rkt');
  });

  it('lets a Keterkaitan item with the acronym find the SOP without it', () => {
    expect(namesMatch('SOP Penyusunan Rencana Kinerja Tahunan (RKT)', 'Penyusunan Rencana Kinerja Tahunan')).toBe(true);
  });
});

describe('duplicate-name with an acronym in brackets', () => {
  const run = (paths: [string, string]) =>
    runCrossRules(
      [
        crossSop({ path: paths[0], name: 'Penyusunan Rencana Kinerja Tahunan (RKT)' }),
        crossSop({ path: paths[1], name: 'SOP Penyusunan Rencana Kinerja Tahunan' }),
      ],
      { lang: 'en', today: new Date('2026-12-07T00:00:00Z') }
    ).filter((f) => f.rule === 'duplicate-name');

  it('reports the two names as one SOP within an office', () => {
    const found = run(['kecamatan/rkt.xlsx', 'kecamatan/rkt-2022.xlsx']);
    expect(found.map((f) => f.places.map((p) => p.path))).toEqual([['kecamatan/rkt.xlsx', 'kecamatan/rkt-2022.xlsx']]);
  });

  it('says nothing when the two are in two offices', () => {
    expect(run(['kecamatan-paringin/rkt.xlsx', 'setda-banjarbaru/rkt.xlsx'])).toEqual([]);
  });
});
