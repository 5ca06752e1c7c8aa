import { describe, expect, it } from 'vitest';
import { allFixes, applyFix, mergeFixes, typoFixes } from '../../../src/core/rules/fix';
import { runRules } from '../../../src/core/rules/registry';
import { buildDoc, cleanSpec } from './build';
import { loadSpeller } from '../../../src/cli/speller';

describe('fixes', () => {
  it('applyFix gives the new text, or null when the cell changed since the check', () => {
    const fix = { cell: 'H20', from: 'DTAFT RKT', to: 'DRAFT RKT' };
    expect(applyFix('DTAFT RKT', fix)).toBe('DRAFT RKT');
    expect(applyFix(' DTAFT  RKT ', fix)).toBe('DRAFT RKT');
    expect(applyFix('DRAFT RKT', fix)).toBeNull();
  });

  it('mergeFixes combines the typo fixes of one cell into one whole-cell fix', () => {
    const from = 'DTAFT dan PROSDUR';
    const merged = mergeFixes([
      { cell: 'A1', from, to: 'DRAFT dan PROSDUR' },
      { cell: 'A1', from, to: 'DTAFT dan PROSEDUR' },
      { cell: 'B2', from: 'Autput', to: 'Output' },
    ]);
    expect(merged).toEqual([
      { cell: 'A1', from, to: 'DRAFT dan PROSEDUR' },
      { cell: 'B2', from: 'Autput', to: 'Output' },
    ]);
  });

  it('mergeFixes leaves out a fix that starts from another text or overlaps', () => {
    expect(mergeFixes([
      { cell: 'A1', from: 'abc', to: 'abd' },
      { cell: 'A1', from: 'abc', to: 'abe' },
      { cell: 'A1', from: 'xyz', to: 'xyw' },
    ])).toEqual([{ cell: 'A1', from: 'abc', to: 'abd' }]);
  });

  it('typoFixes: "fix all typos" on a doc leaves no typo after a new check', () => {
    const spec = cleanSpec();
    spec.texts = [{ cell: 'A10', text: 'STANDAR OPERASIONAL PROSDUR: Pemdataan dan Kalsifikasi', role: 'title' }];
    const doc = buildDoc(spec);
    const speller = loadSpeller();
    const fixes = typoFixes(runRules(doc, { speller }));
    expect(fixes).toHaveLength(1);
    const cell = doc.texts.find((t) => t.cell === 'A10')!;
    cell.text = applyFix(cell.text, fixes[0])!;
    expect(cell.text).toBe('STANDAR OPERASIONAL PROSEDUR: Pendataan dan Klasifikasi');
    expect(runRules(doc, { speller }).filter((f) => f.rule === 'typo')).toEqual([]);
  });

  it('allFixes takes the fix of every rule, and combines a typo inside tags with the markup removed around it (seed 003, C17)', () => {
    const from = '<b>Pencatatan dan Pemdataan</b>';
    const finding = (rule: string, to: string, cell = 'C17') => ({ rule, severity: 'warning' as const, cell, message: '', fix: { cell, from, to } });
    expect(
      allFixes([
        finding('markup', 'Pencatatan dan Pemdataan'),
        finding('typo', '<b>Pencatatan dan Pendataan</b>'),
        { rule: 'missing-time', severity: 'warning', cell: 'I23', message: '', fix: null },
        { rule: 'truncated-text', severity: 'warning', cell: 'F23', message: '', fix: { cell: 'F23', from: 'Mula', to: 'Mulai' } },
      ])
    ).toEqual([
      { cell: 'C17', from, to: 'Pencatatan dan Pendataan' },
      { cell: 'F23', from: 'Mula', to: 'Mulai' },
    ]);
  });
});
