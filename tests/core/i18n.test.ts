/** One way to build bilingual text (issue 16): pick and say, and the one place the language is chosen. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HostError } from '../../src/core/host';
import { pick, say, type Bilingual } from '../../src/core/i18n';
import { words } from '../../src/core/flowchart/words';
import { reportWords } from '../../src/core/report/words';
import { say as ruleSay } from '../../src/core/rules/types';

describe('pick', () => {
  const text: Bilingual = { id: 'Berkas tidak ada.', en: 'No such file.' };

  it('gives the Indonesian text unless English is asked for', () => {
    expect([pick(text, 'id'), pick(text, 'en'), pick(text, undefined)]).toEqual([
      'Berkas tidak ada.',
      'No such file.',
      'Berkas tidak ada.',
    ]);
  });

  it('picks any pair of values per language: a catalogue, a list', () => {
    const months = { id: ['Januari', 'Februari'], en: ['January', 'February'] };
    expect(pick(months, 'en')).toBe(months.en);
    expect(pick(months, 'id')).toBe(months.id);
  });

  it('is what a HostError and the catalogues use', () => {
    const e = new HostError('stale', 'Sel sudah berubah.', 'The cell has changed.');
    expect([e.text('id'), e.text('en')]).toEqual([pick(e, 'id'), pick(e, 'en')]);
    expect([e.text('id'), e.text('en')]).toEqual(['Sel sudah berubah.', 'The cell has changed.']);
    expect(words(undefined)).toBe(words('id'));
    expect([words('id').yes, words('en').yes]).toEqual(['Ya', 'Yes']);
    expect([reportWords('id').months[2], reportWords('en').months[2]]).toEqual(['Maret', 'March']);
    expect([reportWords('id').months.length, reportWords('en').months.length]).toEqual([12, 12]);
  });
});

describe('say', () => {
  it('writes a rule sentence in the checked language, and the rules still reach it through rules/types', () => {
    expect([say('id', 'langkah 3', 'step 3'), say('en', 'langkah 3', 'step 3')]).toEqual(['langkah 3', 'step 3']);
    expect(ruleSay).toBe(say);
  });
});

/** Every .ts/.tsx file under `dir`, as a path relative to the repository. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) ? [relative(process.cwd(), path)] : [];
  });
}

describe('the language is chosen in one place', () => {
  it('no file in src tests `lang === "en"` or keeps `const en = ... lang` but src/core/i18n.ts', () => {
    const choice = /\blang\s*[!=]==?\s*['"]en['"]|\bconst en = [^;]*\blang\b/;
    const found = sources('src')
      .filter((path) => path !== join('src', 'core', 'i18n.ts'))
      .filter((path) => choice.test(readFileSync(path, 'utf8')))
      .sort();
    expect(found).toEqual([]);
  });
});
