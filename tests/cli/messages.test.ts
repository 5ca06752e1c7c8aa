/**
 * The CLI's catalogue (src/cli/messages.ts): the type makes both languages define every key; this
 * checks that none is empty, that both languages have the same shape, and that a sentence with data
 * shows the same data in both languages.
 */
import { describe, expect, it } from 'vitest';
import { CLI_MESSAGES, messages } from '../../src/cli/messages';

interface Leaf {
  key: string;
  value: unknown;
}

/** Every leaf of a catalogue, by its dotted key. */
function leaves(node: unknown, key = ''): Leaf[] {
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
    return Object.entries(node).flatMap(([k, v]) => leaves(v, key ? `${key}.${k}` : k));
  }
  return [{ key, value: node }];
}

/**
 * The i-th argument of a sentence: a marker that reads as text, as a list (`names.join`) and as a
 * summary of counts, so that any sentence can be called without knowing its parameters' types.
 */
const argument = (i: number) =>
  Object.assign([`«${i}»`], { files: 11, sops: 12, errors: 13, warnings: 14, infos: 15, across: 16 });

/** The text of a leaf: a word as it is, a sentence called with markers. */
function textOf(value: unknown): unknown {
  if (typeof value !== 'function') return value;
  return (value as (...args: unknown[]) => unknown)(...Array.from({ length: value.length }, (_, i) => argument(i)));
}

const markers = (text: string) => [...text.matchAll(/«\d+»|\b1[1-6]\b/g)].map((m) => m[0]).sort();

describe('the CLI catalogue', () => {
  const id = leaves(CLI_MESSAGES.id);
  const en = leaves(CLI_MESSAGES.en);

  it('has the same keys in Indonesian and English, each a word or a sentence of as many values', () => {
    expect(en.map((l) => l.key)).toEqual(id.map((l) => l.key));
    const shape = (l: Leaf) => [l.key, typeof l.value, typeof l.value === 'function' ? l.value.length : 0];
    expect(en.map(shape)).toEqual(id.map(shape));
    expect(id.length).toBeGreaterThan(60);
  });

  it('defines every key with a non-empty text in both languages', () => {
    const empty = [...id, ...en].filter((l) => {
      const text = textOf(l.value);
      return typeof text !== 'string' || text.trim() === '';
    });
    expect(empty.map((l) => l.key)).toEqual([]);
  });

  it('shows the same values in both languages', () => {
    const differ = id
      .map((l, i) => ({ key: l.key, id: textOf(l.value), en: textOf(en[i].value) }))
      .filter((t) => markers(String(t.id)).join() !== markers(String(t.en)).join());
    expect(differ).toEqual([]);
  });

  it('is read in the language asked for, Indonesian by default', () => {
    expect(messages('en')).toBe(CLI_MESSAGES.en);
    expect(messages('id')).toBe(CLI_MESSAGES.id);
    expect(messages(undefined)).toBe(CLI_MESSAGES.id);
    expect([messages('id').draw.wrote('x.xlsx'), messages('en').draw.wrote('x.xlsx')]).toEqual([
      'Ditulis ke x.xlsx\n',
      'Wrote x.xlsx\n',
    ]);
  });
});
