import { describe, expect, it } from 'vitest';
import { normalizeLabel, plainText, splitListItems, stripMarkup } from '../../src/core/text';

describe('stripMarkup', () => {
  it('removes tags and reports each kind of markup once', () => {
    expect(stripMarkup('<p style="text-align: center;"><b>DINAS KOMINFO</b></p>')).toEqual({
      text: 'DINAS KOMINFO',
      found: ['<p>', '<b>'],
    });
  });

  it('puts list items and <br> on their own lines', () => {
    expect(stripMarkup('<ol style="list-style-type: none"> <li>1. Satu</li> <li>2. Dua</li> </ol>').text).toBe('1. Satu\n2. Dua');
    expect(stripMarkup('Baris satu<br>baris dua<br/>tiga').text).toBe('Baris satu\nbaris dua\ntiga');
  });

  it('decodes entities, named and numeric', () => {
    expect(stripMarkup('A&nbsp;&amp;&nbsp;B &#8211; C &#x2013; D')).toEqual({ text: 'A & B – C – D', found: ['&nbsp;', '&amp;', '&#8211;', '&#x2013;'] });
  });

  it('removes markdown bold and <u>', () => {
    expect(stripMarkup('Disahkan Oleh : **CAMAT PARINGIN**')).toEqual({ text: 'Disahkan Oleh : CAMAT PARINGIN', found: ['**'] });
    expect(stripMarkup('Sekretaris Daerah, <u>Drs. H. SAID</u> NIP. 1').text).toBe('Sekretaris Daerah, Drs. H. SAID NIP. 1');
  });

  it('leaves plain text alone and finds nothing', () => {
    expect(stripMarkup('  Jarak 3 < 5 km  ')).toEqual({ text: 'Jarak 3 < 5 km', found: [] });
    expect(stripMarkup('')).toEqual({ text: '', found: [] });
  });
});

describe('normalizeLabel', () => {
  it('lower-cases, drops punctuation and folds', () => {
    expect(normalizeLabel('Tgl. Efektip :')).toBe('tgl efektip');
    expect(normalizeLabel('PERALATAN / PERLENGKAPAN')).toBe('peralatan perlengkapan');
    expect(normalizeLabel('<b>Dasar  Hukum</b>')).toBe('dasar hukum');
    expect(normalizeLabel('Pencatatan & Pendataan')).toBe('pencatatan dan pendataan');
    expect(normalizeLabel('Persyaratan/Kelengkapan')).toBe('persyaratan kelengkapan');
  });
});

describe('plainText', () => {
  it('gives one folded line', () => {
    expect(plainText('<b>Judul</b>\n  SOP ')).toBe('Judul SOP');
  });
});

describe('splitListItems', () => {
  it('splits numbered lines and strips the numbering', () => {
    expect(splitListItems('1. Satu\n2) Dua\n3 Tiga\n(4) Empat')).toEqual(['Satu', 'Dua', 'Tiga', 'Empat']);
    expect(splitListItems('1.SOP Rapat Internal')).toEqual(['SOP Rapat Internal']);
  });

  it('splits letters and bullets', () => {
    expect(splitListItems('a. Satu\nb. Dua\n- Tiga\n• Empat')).toEqual(['Satu', 'Dua', 'Tiga', 'Empat']);
  });

  it('splits items run together on one line when the numbers continue in order', () => {
    expect(splitListItems('1. Lembaran Kerja 2. Ruang Rapat Internal 3. Komputer, Printer, LCD dan ATK 4. Jaringan Internet')).toEqual([
      'Lembaran Kerja',
      'Ruang Rapat Internal',
      'Komputer, Printer, LCD dan ATK',
      'Jaringan Internet',
    ]);
  });

  it('splits items glued to the previous word (seed 004)', () => {
    expect(
      splitListItems(
        '<ol style="list-style-type: none">1 Undang-Undang No. 17 Tahun 2003 tentang Keuangan Negara2 Undang-Undang No. 25 Tahun 2004 tentang SPPN3 Permendagri Nomor 12 Tahun 2011 tentang Perubahan Kedua atas Permendagri Nomor 13 Tahun 2006',
      ),
    ).toEqual([
      'Undang-Undang No. 17 Tahun 2003 tentang Keuangan Negara',
      'Undang-Undang No. 25 Tahun 2004 tentang SPPN',
      'Permendagri Nomor 12 Tahun 2011 tentang Perubahan Kedua atas Permendagri Nomor 13 Tahun 2006',
    ]);
    expect(splitListItems('1. Komputer yang dilengkapi program Microsoft Office2. Printer3. ATK4. Renstra')).toEqual([
      'Komputer yang dilengkapi program Microsoft Office',
      'Printer',
      'ATK',
      'Renstra',
    ]);
  });

  it('never splits a citation', () => {
    expect(splitListItems('1. Peraturan Presiden RI Nomor 29 Tahun 2014 Tentang SAKIP;')).toEqual(['Peraturan Presiden RI Nomor 29 Tahun 2014 Tentang SAKIP;']);
    expect(splitListItems('1. UU 23/2014 dan Perpres Nomor 2 Tahun 2020 berlaku 2 tahun')).toEqual([
      'UU 23/2014 dan Perpres Nomor 2 Tahun 2020 berlaku 2 tahun',
    ]);
    expect(splitListItems('Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah')).toEqual([
      'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah',
    ]);
  });

  it('keeps unnumbered text whole and drops an introducing caption', () => {
    expect(splitListItems('Melaksanakan Program SAKIP')).toEqual(['Melaksanakan Program SAKIP']);
    expect(splitListItems('Hasil : <ol style="list-style-type: none"> <li>1. Rencana Kinerja Tahunan</li> </ol>')).toEqual([
      'Rencana Kinerja Tahunan',
    ]);
    expect(splitListItems('Rencana Strategis 2021 - 2026')).toEqual(['Rencana Strategis 2021 - 2026']);
    expect(splitListItems('')).toEqual([]);
  });
});
