/**
 * The checks across SOPs: each rule on a folder of SOPs where it fires and one where it does not,
 * with whole findings compared (message and every place).
 */
import { describe, expect, it } from 'vitest';
import { actorTitleKey, namesMatch, parseIndonesianDate, runCrossRules, CROSS_RULES } from '../../../src/core/rules/cross';
import { crossSop } from './build';

const TODAY = new Date(2026, 11, 7, 12, 0);
const run = (sops: ReturnType<typeof crossSop>[], lang: 'id' | 'en' = 'id') => runCrossRules(sops, { lang, today: TODAY });
const only = (rule: string, sops: ReturnType<typeof crossSop>[], lang: 'id' | 'en' = 'id') =>
  run(sops, lang).filter((f) => f.rule === rule);

describe('cross rules registry', () => {
  it('has five rules with ids, both descriptions and a doc page each', async () => {
    const { existsSync } = await import('node:fs');
    expect(CROSS_RULES.map((r) => r.meta.id)).toEqual([
      'duplicate-nomor',
      'duplicate-name',
      'keterkaitan-not-found',
      'actor-variants',
      'identity-date',
    ]);
    for (const r of CROSS_RULES) {
      expect(r.meta.description.id.length).toBeGreaterThan(10);
      expect(r.meta.description.en.length).toBeGreaterThan(10);
      expect(existsSync(new URL(`../../../docs/rules/${r.meta.id}.md`, import.meta.url))).toBe(true);
    }
  });
  it('turns a rule off or changes its severity', () => {
    const sops = [
      crossSop({ path: 'dinas/a.xlsx', name: 'SOP A', identity: { nomor: '01/SOP/2023' } }),
      crossSop({ path: 'dinas/b.xlsx', name: 'SOP B', identity: { nomor: '01/SOP/2023' } }),
    ];
    expect(runCrossRules(sops, { today: TODAY, config: { 'duplicate-nomor': 'off' } })).toEqual([]);
    expect(runCrossRules(sops, { today: TODAY, config: { 'duplicate-nomor': 'error' } }).map((f) => f.severity)).toEqual(['error']);
  });
});

describe('duplicate-nomor', () => {
  it('fires on one number on two SOPs of an office, spaces and case aside', () => {
    const sops = [
      crossSop({ path: 'dinas/a.xlsx', name: 'SOP Surat Masuk', identity: { nomor: '800/01/SOP/2023' } }),
      crossSop({ path: 'dinas/b.xlsx', name: 'SOP Surat Keluar', identity: { nomor: '800 / 01 / sop / 2023' } }),
    ];
    expect(only('duplicate-nomor', sops)).toEqual([
      {
        rule: 'duplicate-nomor',
        severity: 'warning',
        message:
          'Nomor SOP “800/01/SOP/2023” dipakai oleh 2 SOP: “SOP Surat Masuk” (a.xlsx), “SOP Surat Keluar” (b.xlsx). Setiap SOP perlu nomor sendiri; perbaiki nomor yang salah.',
        places: [
          { path: 'dinas/a.xlsx', sheet: 'SOP', cell: 'B5' },
          { path: 'dinas/b.xlsx', sheet: 'SOP', cell: 'B5' },
        ],
      },
    ]);
  });
  it('does not fire on different numbers, placeholders, or one number in two offices', () => {
    const sops = [
      crossSop({ path: 'dinas/a.xlsx', identity: { nomor: '800/01/SOP/2023' } }),
      crossSop({ path: 'dinas/b.xlsx', identity: { nomor: '800/02/SOP/2023' } }),
      crossSop({ path: 'dinas/c.xlsx', identity: { nomor: '-' } }),
      crossSop({ path: 'dinas/d.xlsx', identity: { nomor: '-' } }),
      crossSop({ path: 'dinas/e.xlsx', identity: { nomor: '2023' } }),
      crossSop({ path: 'dinas/f.xlsx', identity: { nomor: '2023' } }),
      crossSop({ path: 'badan/a.xlsx', identity: { nomor: '800/01/SOP/2023' } }),
    ];
    expect(only('duplicate-nomor', sops)).toEqual([]);
  });
});

describe('duplicate-name', () => {
  it('fires on one SOP name in two files of an office (a copy or an old version)', () => {
    const sops = [
      crossSop({ path: 'dinas/surat-masuk.xlsx', name: 'SOP Pengelolaan Surat Masuk', identity: { nomor: '01' } }),
      crossSop({ path: 'dinas/surat-masuk-2019.xlsx', name: 'Pengelolaan  surat masuk.', identity: { nomor: '07' } }),
    ];
    const found = only('duplicate-name', sops);
    expect(found.map((f) => f.places)).toEqual([
      [
        { path: 'dinas/surat-masuk.xlsx', sheet: 'SOP', cell: 'B6' },
        { path: 'dinas/surat-masuk-2019.xlsx', sheet: 'SOP', cell: 'B6' },
      ],
    ]);
    expect(found[0].message).toBe(
      'SOP “SOP Pengelolaan Surat Masuk” ada 2 kali: dinas/surat-masuk.xlsx (SOP, 01); dinas/surat-masuk-2019.xlsx (SOP, 07). Jika salinan atau versi lama, simpan satu saja; jika SOP berbeda, bedakan namanya.'
    );
  });
  it('does not fire on different names, nor on one name in two offices', () => {
    const sops = [
      crossSop({ path: 'dinas/a.xlsx', name: 'SOP Pengelolaan Surat Masuk' }),
      crossSop({ path: 'dinas/b.xlsx', name: 'SOP Pengelolaan Surat Keluar' }),
      crossSop({ path: 'badan/a.xlsx', name: 'SOP Pengelolaan Surat Masuk' }),
    ];
    expect(only('duplicate-name', sops)).toEqual([]);
  });
});

describe('keterkaitan-not-found', () => {
  it('says "not found here" (info) for an item naming no SOP of the set', () => {
    const sops = [
      crossSop({ path: 'dinas/a.xlsx', name: 'SOP Penyusunan RKT', identity: { keterkaitan: ['SOP Rapat Internal', '-'] } }),
    ];
    expect(only('keterkaitan-not-found', sops, 'en')).toEqual([
      {
        rule: 'keterkaitan-not-found',
        severity: 'info',
        message:
          'Keterkaitan “SOP Rapat Internal” is not found here: no SOP of that name among the 1 SOP(s) reviewed (it may belong to another office).',
        places: [{ path: 'dinas/a.xlsx', sheet: 'SOP', cell: 'A20' }],
      },
    ]);
  });
  it('matches names loosely: "SOP Rapat Internal" finds "Rapat Internal", in any office', () => {
    const sops = [
      crossSop({ path: 'dinas/a.xlsx', name: 'SOP Penyusunan RKT', identity: { keterkaitan: ['SOP Rapat Internal', '2. SOP Penyusunan Renstra;'] } }),
      crossSop({ path: 'setda/b.xlsx', name: 'Rapat Internal' }),
      crossSop({ path: 'setda/c.xlsx', name: 'Standar Operasional Prosedur Penyusunan Renstra' }),
    ];
    expect(only('keterkaitan-not-found', sops)).toEqual([]);
  });
  it('matches a run of words and small slips, and not unrelated names', () => {
    expect(namesMatch('SOP Rapat Internal', 'Penyelenggaraan Rapat Internal')).toBe(true);
    expect(namesMatch('SOP Penyusunan Renstar', 'Penyusunan Renstra')).toBe(true);
    expect(namesMatch('SOP Rapat Internal', 'Rapat Koordinasi')).toBe(false);
    expect(namesMatch('SOP Surat Masuk', 'Surat Keluar')).toBe(false);
  });
});

describe('actor-variants', () => {
  it('names every cell of the other forms and suggests the most used one', () => {
    const sops = [
      crossSop({ path: 'dinas/a.xlsx', actors: ['Kasubag Perencanaan', 'Sekretaris'] }),
      crossSop({ path: 'dinas/b.xlsx', actors: ['Kasubbag Perencanaan'] }),
      crossSop({ path: 'dinas/c.xlsx', actors: ['Sekretaris', 'Kepala Sub Bagian Perencanaan'] }),
      crossSop({ path: 'dinas/d.xlsx', actors: ['Kasubag  Perencanaan'] }),
    ];
    expect(only('actor-variants', sops)).toEqual([
      {
        rule: 'actor-variants',
        severity: 'warning',
        message:
          'Pelaksana yang sama ditulis 3 cara: “Kasubag Perencanaan” (2 SOP), “Kepala Sub Bagian Perencanaan” (1 SOP), “Kasubbag Perencanaan” (1 SOP). Seragamkan menjadi “Kasubag Perencanaan”.',
        places: [
          { path: 'dinas/b.xlsx', sheet: 'SOP', cell: 'D14' },
          { path: 'dinas/c.xlsx', sheet: 'SOP', cell: 'E14' },
        ],
      },
    ]);
  });
  it('does not fire on one form, on capitals alone, or across offices', () => {
    const sops = [
      crossSop({ path: 'dinas/a.xlsx', actors: ['Kasubag Perencanaan', 'Sekretaris'] }),
      crossSop({ path: 'dinas/b.xlsx', actors: ['KASUBAG PERENCANAAN', 'SEKRETARIS.'] }),
      crossSop({ path: 'badan/c.xlsx', actors: ['Kepala Sub Bagian Perencanaan'] }),
    ];
    expect(only('actor-variants', sops)).toEqual([]);
  });
  it('writes titles out the same way', () => {
    const keys = ['Kasubag Perencanaan', 'Kasubbag Perencanaan', 'Kepala Sub Bagian Perencanaan', 'Ka. Subbag. Perencanaan', 'KEPALA SUBBAGIAN PERENCANAAN'].map(actorTitleKey);
    expect(new Set(keys)).toEqual(new Set(['kepala subbagian perencanaan']));
    expect(actorTitleKey('Kabid Anggaran')).toBe(actorTitleKey('Kepala Bidang Anggaran'));
    expect(actorTitleKey('Kasi Pelayanan')).toBe(actorTitleKey('Kepala Seksi Pelayanan'));
    expect(actorTitleKey('Sekdis')).toBe(actorTitleKey('Sekretaris Dinas'));
    expect(actorTitleKey('Kabid Anggaran')).not.toBe(actorTitleKey('Kasi Anggaran'));
  });
});

describe('identity-date', () => {
  it('flags a date in the future and a Pembuatan after the effective date', () => {
    const sops = [
      crossSop({ path: 'dinas/a.xlsx', name: 'SOP A', identity: { tanggalPembuatan: '12 Januari 2027', tanggalPengesahan: '2 Maret 2023' } }),
      crossSop({ path: 'dinas/b.xlsx', name: 'SOP B', identity: { tanggalPembuatan: '15-06-2023', tanggalPengesahan: '01/02/2023' } }),
    ];
    expect(only('identity-date', sops)).toEqual([
      {
        rule: 'identity-date',
        severity: 'warning',
        message: 'Tanggal Pembuatan “SOP A” (a.xlsx) “12 Januari 2027” ada di masa depan. Periksa tahunnya.',
        places: [{ path: 'dinas/a.xlsx', sheet: 'SOP', cell: 'B7' }],
      },
      {
        rule: 'identity-date',
        severity: 'warning',
        message:
          'Tanggal Pembuatan “SOP B” (b.xlsx) “15-06-2023” sesudah Tanggal Pengesahan/Efektif “01/02/2023”: SOP disahkan sebelum dibuat. Periksa kedua tanggal.',
        places: [
          { path: 'dinas/b.xlsx', sheet: 'SOP', cell: 'B7' },
          { path: 'dinas/b.xlsx', sheet: 'SOP', cell: 'B9' },
        ],
      },
    ]);
  });
  it('does not fire on dates in order, a bare year that may be right, "-" or unreadable text', () => {
    const sops = [
      crossSop({ path: 'dinas/a.xlsx', identity: { tanggalPembuatan: '2 Januari 2023', tanggalRevisi: '-', tanggalPengesahan: '2 Januari 2023' } }),
      crossSop({ path: 'dinas/b.xlsx', identity: { tanggalPembuatan: '2023', tanggalPengesahan: 'Maret 2023' } }),
      crossSop({ path: 'dinas/c.xlsx', identity: { tanggalPembuatan: 'belum diisi', tanggalPengesahan: '7 Desember 2026' } }),
    ];
    expect(only('identity-date', sops)).toEqual([]);
  });
  it('reads dates as offices write them', () => {
    const d = (t: string) => {
      const s = parseIndonesianDate(t);
      return s && [s.from.toISOString().slice(0, 10), s.to.toISOString().slice(0, 10)];
    };
    expect(d('12 Januari 2023')).toEqual(['2023-01-12', '2023-01-12']);
    expect(d('Senin, 3 Agt. 2020')).toEqual(['2020-08-03', '2020-08-03']);
    expect(d('12-01-2023')).toEqual(['2023-01-12', '2023-01-12']);
    expect(d('1/31/2023')).toEqual(['2023-01-31', '2023-01-31']);
    expect(d('2023-01-12')).toEqual(['2023-01-12', '2023-01-12']);
    expect(d('Pebruari 2024')).toEqual(['2024-02-01', '2024-02-29']);
    expect(d('2023')).toEqual(['2023-01-01', '2023-12-31']);
    expect(d('-')).toBeNull();
  });
});
