import { describe, expect, it } from 'vitest';
import { correctionFor, typo } from '../../../src/core/rules/typo';
import { applyFix } from '../../../src/core/rules/fix';
import { buildDoc, cleanSpec } from './build';
import { check } from './helpers';

const withTexts = (...texts: [string, string][]) => ({
  ...cleanSpec(),
  texts: texts.map(([cell, text]) => ({ cell, text, role: 'title' as const })),
});

describe('typo', () => {
  it.each([
    ['DTAFT RKT', 'DRAFT RKT'],
    ['STANDAR OPERASIONAL PROSDUR (SOP)', 'STANDAR OPERASIONAL PROSEDUR (SOP)'],
    ['Tentang Kalsifikasi Kodefikasi', 'Tentang Klasifikasi Kodefikasi'],
    ['mMenyusun Draf RKT', 'Menyusun Draf RKT'],
    ['Pencatatan dan Pemdataan', 'Pencatatan dan Pendataan'],
    ['Autput', 'Output'],
    ['MUTU BUKU', 'MUTU BAKU'],
    ['Mutu  Buku', 'Mutu  Baku'],
  ])('corrects %j to %j, keeping the case and the rest of the cell', (from, to) => {
    const found = check(typo, withTexts(['A1', from]));
    expect(found).toHaveLength(1);
    expect(found[0].cell).toBe('A1');
    expect(found[0].fix).toEqual({ cell: 'A1', from, to });
  });

  it('reports each misspelt word of a cell separately, each fix changing only its word', () => {
    const found = check(typo, withTexts(['A1', 'DTAFT dan PROSDUR']));
    expect(found.map((f) => f.fix?.to)).toEqual(['DRAFT dan PROSDUR', 'DTAFT dan PROSEDUR']);
  });

  it('keeps markup around the word, so the markup rule can fix it separately', () => {
    const [f] = check(typo, withTexts(['C17', '<b>Pencatatan dan Pemdataan</b>']));
    expect(f.fix?.to).toBe('<b>Pencatatan dan Pendataan</b>');
  });

  it('leaves correct words, names and acronyms alone (near misses)', () => {
    const texts: [string, string][] = [
      ['A1', 'Buku RKT'],
      ['A2', 'Menyusun Draf RKT dapat dilakukan oleh penyusun'],
      ['A3', 'H. Rudy Rahmady Noor, S.Sos.MM.Pub NIP. 196603131 198903 1 011'],
      ['A4', 'Satpol PP Kabupaten Balangan, Paringin, Banjarbaru, Diskominfo'],
      ['A5', 'Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) dan Pendapatan Daerah'],
      ['A6', 'Penyusutan arsip dan perawatan komputer; Tgl. Efektip'],
      ['A7', 'drat'],
    ];
    expect(check(typo, withTexts(...texts))).toEqual([]);
  });

  it('does not correct a word that is only another prefix of the same stem', () => {
    expect(correctionFor('Penyusun')).toBeNull();
    expect(correctionFor('Pemdataan')).toBe('pendataan');
  });

  it('its fix applied and checked again leaves nothing to report', () => {
    const doc = buildDoc(withTexts(['A1', 'DTAFT RKT']));
    const [f] = typo.check({ doc, lang: 'id' });
    doc.texts.find((t) => t.cell === 'A1')!.text = applyFix('DTAFT RKT', f.fix!)!;
    expect(typo.check({ doc, lang: 'id' })).toEqual([]);
  });

  it('speaks English when asked', () => {
    const [f] = check(typo, withTexts(['A1', 'DTAFT']), 'en');
    expect(f.message).toMatch(/^Typo “DTAFT”: should be “DRAFT”/);
  });
});
