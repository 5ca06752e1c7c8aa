/**
 * Rules are total functions: on any SopDoc the builder can make, and on docs with odd shapes (no steps,
 * empty texts, unknown symbols, branches into nowhere, random Unicode), runRules never throws and
 * every finding names a rule, a severity and an A1 cell.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULES, runRules } from '../../../src/core/rules/registry';
import { buildDoc, type StepSpec } from './build';

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('-', '', ' ', '<b>', '&nbsp;', 'jika tidak', 'DTAFT', 'Mula', 'Nomor 58 Tahun 2005', '(RKAT)', 'yang', '2 menit/berkas', 'sesuai jadwal'),
);
const maybe = fc.option(text, { nil: null });
const step: fc.Arbitrary<StepSpec> = fc.record({
  no: fc.option(fc.oneof(fc.nat(30).map(String), text), { nil: null }),
  uraian: text,
  actors: fc.subarray(['Kepala Dinas', 'Sekretaris', 'Pelaksana', 'Nobody']),
  symbol: fc.constantFrom('start', 'process', 'decision', 'end', 'unknown' as const),
  mark: fc.option(text, { nil: undefined }),
  kelengkapan: maybe,
  waktu: maybe,
  output: maybe,
  keterangan: maybe,
  branches: fc.array(fc.record({ label: fc.constantFrom('ya' as const, 'tidak' as const), target: fc.option(fc.oneof(fc.nat(20).map(String), text), { nil: null }) }), { maxLength: 2 }),
});

describe('rules are total', () => {
  it('never throw on random SOPs', () => {
    fc.assert(
      fc.property(
        fc.record({
          nomor: maybe,
          nama: maybe,
          tanggalPembuatan: maybe,
          disahkanOleh: maybe,
          dasarHukum: fc.array(text, { maxLength: 3 }),
          absent: fc.subarray(['nomor', 'nama', 'disahkanOleh', 'tanggalPengesahan'] as const),
          steps: fc.array(step, { maxLength: 8 }),
          columns: fc.record({ kelengkapan: fc.boolean(), waktu: fc.boolean(), output: fc.boolean(), keterangan: fc.boolean() }),
        }),
        fc.constantFrom('id' as const, 'en' as const),
        (spec, lang) => {
          const doc = buildDoc({ ...spec, absent: [...spec.absent] });
          const found = runRules(doc, { lang });
          for (const f of found) {
            expect(RULES.some((r) => r.meta.id === f.rule)).toBe(true);
            expect(f.cell).toMatch(/^[A-Z]{1,3}[1-9]\d*$/);
            expect(f.message.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throw on a doc with no steps, no texts and no identity cells', () => {
    const doc = buildDoc({ steps: [] });
    doc.texts = [];
    doc.identityCells = {};
    doc.identity.dasarHukum = [];
    expect(() => runRules(doc)).not.toThrow();
  });
});
