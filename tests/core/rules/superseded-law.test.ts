import { describe, expect, it } from 'vitest';
import { findCitations, outdatedCitations, supersededLaw } from '../../../src/core/rules/superseded-law';
import { check } from './helpers';

const steps = [{ uraian: 'Mulai' }, { uraian: 'Selesai' }];

describe('superseded-law', () => {
  it.each([
    ['PP No. 58 Tahun 2005 tentang Pengelolaan Keuangan Daerah', 'PP', '58', 2005],
    ['Peraturan Pemerintah Nomor 58 Tahun 2005', 'PP', '58', 2005],
    ['Peraturan Pemerintah Nomer 53 tahun 2010', 'PP', '53', 2010],
    ['Permendagri Nomor: 13 Tahun 2006', 'Permendagri', '13', 2006],
    ['Peraturan Menteri Dalam Negeri Nomor 54 Tahun 2010', 'Permendagri', '54', 2010],
    ['Peraturan Menteri Dalam Negeri Republik Indonesia Nomor 54\nTahun 2010', 'Permendagri', '54', 2010],
    ['UU No 32 th 2004', 'UU', '32', 2004],
    ['Undang-Undang Nomor 5 Tahun 2014 tentang ASN', 'UU', '5', 2014],
    ['Peraturan Presiden Nomor 54 Tahun 2010', 'Perpres', '54', 2010],
    ['Peraturan Menteri Negara Pendayagunaan Aparatur Negara Nomor PER/21/M.PAN/11/2008', 'PermenPANRB', 'PER/21/M.PAN/11/2008', 2008],
  ])('reads the citation in %j', (text, kind, number, year) => {
    const [c] = findCitations(text.replace(/\s+/g, ' '));
    expect([c.kind, c.number, c.year]).toEqual([kind, number, year]);
    expect(outdatedCitations(text.replace(/\s+/g, ' '))).toHaveLength(1);
  });

  it('reports each outdated item of seed 004 once on the Dasar Hukum value cell, naming the replacement', () => {
    const found = check(supersededLaw, {
      dasarHukum: [
        'Undang-Undang No. 17 Tahun 2003 tentang Keuangan Negara',
        'Permendagri Nomor 12 Tahun 2011 tentang Perubahan Kedua atas Permendagri Nomor 13 Tahun 2006 tentang Pedoman Pengelolaan Keuangan Daerah',
        'Permendagri Nomor 54 Tahun 2010 tentang Pelaksanaan Peraturan Pemerintah Nomor 8 Tahun 2008 tentang Tahapan, Tata Cara Penyusunan',
        'Peraturan Pemerintah No. 58 Tahun 2005 tentang Pengelolaan Keuangan Daerah',
      ],
      steps,
    });
    expect(found.map((f) => f.cell)).toEqual(['A9', 'A9', 'A9']);
    expect(found[0].message).toContain('Permendagri Nomor 77 Tahun 2020');
    expect(found[1].message).toContain('Permendagri Nomor 86 Tahun 2017');
    expect(found[2].message).toContain('PP Nomor 12 Tahun 2019');
  });

  it('splits items run together in one text (seed 004 as a single <ol> cell)', () => {
    const text = '1 Undang-Undang No. 17 Tahun 2003 tentang Keuangan Negara2 Permendagri Nomor 54 Tahun 2010 tentang X5 Peraturan Pemerintah No. 58 Tahun 2005 tentang Y';
    expect(outdatedCitations(text).map((p) => p.cited.number)).toEqual(['54', '58']);
  });

  it('does not report laws in force, nor an outdated law named only inside a title (near misses)', () => {
    const found = check(supersededLaw, {
      dasarHukum: [
        'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah',
        'Peraturan Pemerintah Nomor 12 Tahun 2019 tentang Pengelolaan Keuangan Daerah',
        'Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 tentang Tata Cara Perencanaan, pengganti Permendagri Nomor 54 Tahun 2010',
        'Peraturan MenPAN-RB Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja',
      ],
      steps,
    });
    expect(found).toEqual([]);
  });
});
