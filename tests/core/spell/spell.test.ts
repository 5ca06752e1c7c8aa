import { describe, expect, it } from 'vitest';
import { dictionarySources, loadSpeller } from '../../../src/cli/speller';
import { createSpeller } from '../../../src/core/spell';
import { edits1, editCost, keyboardNear, LIKELY_EDIT, OTHER_EDIT } from '../../../src/core/spell/edits';
import { knownWithAffixes } from '../../../src/core/spell/morph';
import { answerWords, recordingSpeller, tableSpeller } from '../../../src/core/spell/table';

describe('edits', () => {
  it('lists every string one edit away, without the word itself', () => {
    const e = edits1('ab');
    expect(e.has('ba')).toBe(true); // swap
    expect(e.has('a')).toBe(true); // delete
    expect(e.has('abc')).toBe(true); // insert
    expect(e.has('xb')).toBe(true); // replace
    expect(e.has('ab')).toBe(false);
    expect(e.size).toBe(new Set(e).size);
  });

  it('weighs slips: swaps, keyboard neighbours, doubled and dropped letters are likely', () => {
    expect(keyboardNear('t', 'r')).toBe(true);
    expect(keyboardNear('a', 'o')).toBe(false);
    expect(editCost('dtaft', 'draft')).toBe(LIKELY_EDIT); // t next to r
    expect(editCost('dokumne', 'dokumen')).toBe(LIKELY_EDIT); // swap
    expect(editCost('memilikii', 'memiliki')).toBe(LIKELY_EDIT); // typed twice
    expect(editCost('melaksnakan', 'melaksanakan')).toBe(LIKELY_EDIT); // left out
    expect(editCost('alvohol', 'alkohol')).toBe(OTHER_EDIT); // v is far from k
  });
});

describe('affixes', () => {
  const roots = new Set(['susun', 'koreksi', 'validasi', 'pegawai', 'kirim', 'tandatangan']);
  const known = (w: string) => knownWithAffixes(w, () => false, (r) => roots.has(r));
  it('reads prefixes with their sound changes, suffixes and particles', () => {
    expect(['menyusun', 'penyusunan', 'disusunnya', 'mengoreksi', 'divalidasi', 'memvalidasi', 'kepegawaian', 'dikirimkan', 'terkirimlah'].filter((w) => !known(w))).toEqual([]);
  });
  it('does not stack meN- twice, nor -i on a root ending in i', () => {
    expect(known('memenyusun')).toBe(false);
    expect(known('mengoreksii')).toBe(false);
    expect(known('kepegawaina')).toBe(false);
  });
});

describe('the dictionary speller', () => {
  const speller = loadSpeller();
  it('knows affixed words, loan words and jargon, in any case', () => {
    const words = ['mengerahkan', 'menyerahkan', 'disposisi', 'terdisposisi', 'ditandatangani', 'KEUANGAN', 'Output', 'notulen', 'reviu', 'satker', 'kasubbag', 'arsiparis', 'scanner'];
    expect(words.filter((w) => !speller.isKnown(w))).toEqual([]);
    expect(['melaksnakan', 'dokumne', 'pengajaun', 'kepegawaina'].filter((w) => speller.isKnown(w))).toEqual([]);
  });
  it('suggests dictionary words one edit away, English ones only as rivals', () => {
    expect(speller.suggest('dokumne')).toEqual([{ word: 'dokumen', offer: true }]);
    expect(speller.suggest('DTAFT').map((s) => [s.word, s.offer])).toEqual([
      ['daft', false],
      ['draft', true],
    ]);
  });
  it('answers through a table as it answers directly (the pane worker)', () => {
    const recorder = recordingSpeller();
    recorder.isKnown('Dokumne');
    recorder.isDictionaryWord('disusun');
    const table = tableSpeller(answerWords(speller, recorder.words, recorder.dictionaryWords));
    expect(table.isKnown('dokumne')).toBe(false);
    expect(table.suggest('dokumne')).toEqual(speller.suggest('dokumne'));
    expect(table.isDictionaryWord('disusun')).toBe(true);
    expect(table.isKnown('never-asked')).toBe(true);
  });
});

describe('the two-edit search', () => {
  it('gives the same suggestions with the index of forms as without it (the index only skips strings)', () => {
    const fast = loadSpeller();
    const slow = createSpeller(dictionarySources(), { formIndex: false });
    // Long words with nothing one edit away (the two-edit search runs), from real SOPs and planted slips.
    const words = ['kolaboratif', 'microsoft', 'admnistrasii', 'dokumntasii', 'rekapitlasii', 'verfikasii'];
    let searched = 0;
    for (const w of words) {
      const expected = slow.suggest(w);
      expect(fast.suggest(w), w).toEqual(expected);
      if (expected.some((s) => s.distance === 2)) searched++;
    }
    // The comparison means something only if the search found words two edits away.
    expect(searched).toBeGreaterThanOrEqual(5);
  }, 60_000);
});
