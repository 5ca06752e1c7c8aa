import { describe, expect, it } from 'vitest';
import { duplicateStep } from '../../../src/core/rules/duplicate-step';
import { check } from './helpers';

const steps = (...uraian: string[]) => ({ steps: uraian.map((u) => ({ uraian: u })) });

describe('duplicate-step', () => {
  it('reports the later of two identical steps on its Uraian cell (seed 004, steps 7 and 8)', () => {
    const u = 'Mengoreksi dan memberi paraf draft Rencana Kinerja Tahunan';
    const found = check(duplicateStep, steps('Membuat konsep Rencana Kinerja Tahunan', u, u, 'Menyusun Draft Akhir'));
    expect(found).toHaveLength(1);
    expect(found[0].cell).toBe('B15');
    expect(found[0].message).toContain('langkah 3');
    expect(found[0].message).toContain('langkah 2');
  });

  it('treats case, punctuation and a one-letter slip in a long Uraian as the same', () => {
    const found = check(duplicateStep, steps('Mengoreksi dan memberi paraf draft Rencana Kinerja Tahunan.', 'mengoreksi dan memberi paraf draf Rencana Kinerja Tahunan'));
    expect(found.map((f) => f.cell)).toEqual(['B14']);
  });

  it('does not report short Uraian that differ in their object (near miss)', () => {
    expect(check(duplicateStep, steps('Koreksi Draf RKT', 'Koreksi Draf RKA', 'Menyusun Draf RKT', 'Mengoreksi Draf RKT'))).toEqual([]);
  });
});

describe('duplicate-step says who does the two steps (issue 14)', () => {
  const u = 'Mengoreksi dan memberi paraf draft Rencana Kinerja Tahunan';
  const twice = (a: string, b: string) => ({
    actors: ['Kepala Bagian Umum', 'Asisten III', 'Pelaksana'],
    steps: [
      { uraian: 'Membuat konsep Rencana Kinerja Tahunan', actors: ['Pelaksana'] },
      { uraian: u, actors: [a] },
      { uraian: u, actors: [b] },
    ],
  });

  it('different actors (seed 004: Kepala Bagian Umum, then Asisten III): perhaps a chain of sign-offs, no fix', () => {
    expect(check(duplicateStep, twice('Kepala Bagian Umum', 'Asisten III'))).toEqual([
      {
        cell: 'B15',
        message: `Uraian langkah 3 “${u}” sama dengan langkah 2, tetapi dikerjakan pelaksana lain (Kepala Bagian Umum, lalu Asisten III): mungkin rangkaian paraf atau persetujuan berjenjang. Tulis sebagai dua langkah yang jelas berbeda, mis. dengan menyebut tahap atau pejabatnya.`,
      },
    ]);
    expect(check(duplicateStep, twice('Kepala Bagian Umum', 'Asisten III'), 'en')[0].message).toBe(
      `The Uraian of step 3 “${u}” repeats step 2, but by another actor (Kepala Bagian Umum, then Asisten III): perhaps a chain of sign-offs. Write them as two distinct steps, e.g. naming the stage or the official.`
    );
  });

  it('the same actor: most likely a copied row, no fix', () => {
    expect(check(duplicateStep, twice('Asisten III', 'Asisten III'))).toEqual([
      {
        cell: 'B15',
        message: `Uraian langkah 3 “${u}” sama dengan langkah 2, dengan pelaksana yang sama (Asisten III): kemungkinan baris tersalin. Hapus baris yang berulang, atau tulis apa yang membedakan kedua kegiatan.`,
      },
    ]);
  });
});

describe('duplicate-step offers no fix (issue 16)', () => {
  it('says so in its meta, and none of its findings carries one', () => {
    expect(duplicateStep.meta.fixable).toBe(false);
    const u = 'Mengoreksi dan memberi paraf draft Rencana Kinerja Tahunan';
    const found = check(duplicateStep, steps(u, u));
    expect(found).toHaveLength(1);
    expect(found[0]).not.toHaveProperty('fix');
  });
});
