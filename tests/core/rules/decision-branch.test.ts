import { describe, expect, it } from 'vitest';
import { decisionBranch, uraianIsDecision } from '../../../src/core/rules/decision-branch';
import { check } from './helpers';

const SEED_001_STEP_6 =
  'Memeriksa dan mencermati draft RKT. Jika sudah baik diberikan paraf untuk diteruskan kepada kepala dan jika belum akan dikembalikan untuk diperbaiki';

describe('decision-branch', () => {
  it('reports a decision written in the Uraian with no Tidak target (seed 001, step 6)', () => {
    const found = check(decisionBranch, { steps: [{ uraian: 'Mulai' }, { uraian: 'Memperbaiki' }, { uraian: SEED_001_STEP_6 }, { uraian: 'Selesai' }] });
    expect(found.map((f) => f.cell)).toEqual(['B15']);
  });

  it('reports a diamond with no branches, and a branch pointing at a step that does not exist', () => {
    const found = check(decisionBranch, {
      steps: [
        { uraian: 'Mulai' },
        { uraian: 'Menandatangani RKT', symbol: 'decision' },
        { uraian: 'Memeriksa', symbol: 'decision', branches: [{ label: 'tidak', target: '9' }] },
        { uraian: 'Selesai' },
      ],
    });
    expect(found.map((f) => f.cell)).toEqual(['B14', 'B15']);
    expect(found[1].message).toContain('9');
  });

  it('accepts a decision whose Tidak branch goes to an existing step (near miss)', () => {
    const spec = { steps: [{ uraian: 'Mulai' }, { uraian: 'Memperbaiki' }, { uraian: SEED_001_STEP_6, branches: [{ label: 'tidak' as const, target: '2' }] }, { uraian: 'Selesai' }] };
    expect(check(decisionBranch, spec)).toEqual([]);
  });

  it('does not take a plain condition for a decision', () => {
    expect(uraianIsDecision('Menyampaikan laporan jika diminta oleh pimpinan')).toBe(false);
    expect(uraianIsDecision('Perlu disposisi?')).toBe(true);
  });
});
