import { describe, expect, it } from 'vitest';
import { dataSopRows, dataSopTable, quoteSheet } from '../../../src/core/export/data-sop';
import { seed001, seed002 } from './build';

describe('dataSopRows', () => {
  it('gives one row per step with the Indonesian headers', () => {
    const { sop } = seed002();
    const t = dataSopRows(sop, 'id');
    expect(t.headers).toEqual([
      'No',
      'Uraian',
      'Pelaksana',
      'Simbol',
      'Kelengkapan',
      'Waktu',
      'Menit (min)',
      'Menit (max)',
      'Output',
      'Keterangan',
      'Sel',
    ]);
    expect(t.rows).toHaveLength(11);
    expect(t.rows.every((r) => r.length === t.headers.length)).toBe(true);
    expect(t.rows[0]).toEqual([
      1,
      'Disposisi Kepada Kasubag Perencanaan dan Pelaporan untuk melakukan penyusunan RKT',
      'SEKRETARIS',
      'Mulai',
      'Dok Program Kerja',
      '15 Menit',
      15,
      15,
      'Disposisi',
      'SOP Surat Masuk',
      "'SOP RKT'!A32",
    ]);
  });

  it('joins two actors, names the symbols and keeps numbers as numbers', () => {
    const t = dataSopRows(seed002().sop, 'id');
    expect(t.rows[7][2]).toBe('TIM, KASUBAG PERENCANAAN DAN PELAPORAN');
    expect(t.rows.map((r) => r[3])).toEqual([
      'Mulai',
      'Proses',
      'Proses',
      'Proses',
      'Proses',
      'Proses',
      'Proses',
      'Proses',
      'Proses',
      'Keputusan',
      'Selesai',
    ]);
    expect(t.rows[8].slice(5, 8)).toEqual(['1 Minggu', 2250, 2250]);
    const total = t.rows.reduce((a, r) => a + (r[6] as number), 0);
    expect(total).toBe(10395);
  });

  it('speaks English when asked', () => {
    const t = dataSopRows(seed002().sop, 'en');
    expect(t.headers[1]).toBe('Description');
    expect(t.headers[10]).toBe('Cell');
    expect(t.rows.map((r) => r[3])).toContain('Decision');
    expect(t.rows[0][3]).toBe('Start');
    expect(t.rows[10][3]).toBe('End');
  });

  it("names the step's Uraian cell where the step carries the parser's cells", () => {
    const { sop, doc } = seed001();
    const t = dataSopRows({ ...sop, steps: doc.steps }, 'id');
    expect(t.rows[0][10]).toBe("'RKT'!B30");
    // the header repeated for the second printed page sits between steps 5 and 6
    expect(t.rows[5][10]).toBe("'RKT'!B38");
  });

  it('leaves empty values, a missing time and an unknown symbol as empty cells', () => {
    const { sop } = seed001({ withoutActor: ['9'] });
    sop.steps[3].waktu = { text: 'sesuai jadwal', minMinutes: null, maxMinutes: null };
    sop.steps[4].waktu = null;
    const t = dataSopRows(sop, 'id');
    expect(t.rows[2][9]).toBeNull(); // step 3 has no Keterangan
    expect(t.rows[3].slice(5, 8)).toEqual(['sesuai jadwal', null, null]);
    expect(t.rows[4].slice(5, 8)).toEqual([null, null, null]);
    expect(t.rows[8][2]).toBeNull();
    expect(t.rows[8][3]).toBeNull();
    expect(t.rows[0][0]).toBe(1); // "1." was written; the contract strips the dot
  });

  it('keeps a step number that is not a plain integer as text', () => {
    const { sop } = seed002();
    sop.steps[2].no = '3a';
    sop.steps[3].no = null;
    const t = dataSopRows(sop, 'id');
    expect(t.rows[2][0]).toBe('3a');
    expect(t.rows[3][0]).toBeNull();
  });
});

describe('dataSopTable', () => {
  it('puts several SOPs in one table with an SOP column naming each', () => {
    const a = seed002().sop;
    const b = seed001().sop;
    b.name = null;
    const t = dataSopTable([a, b], 'id');
    expect(t.headers[0]).toBe('SOP');
    expect(t.rows).toHaveLength(21);
    expect(t.rows[0][0]).toBe('SOP Penyusunan RKT');
    expect(t.rows[11][0]).toBe('RKT!A27:J42');
    expect(t.rows[11].slice(1, 3)).toEqual([1, b.steps[0].uraian]);
  });
});

describe('quoteSheet', () => {
  it('quotes and doubles quotes', () => {
    expect(quoteSheet("Bag'an 1")).toBe("'Bag''an 1'");
  });
});
