import { describe, expect, it } from 'vitest';
import { RULES, parseRuleOption, parseRuleOptions, ruleById, runRules } from '../../../src/core/rules/registry';
import { buildDoc, cleanSpec } from './build';
import { loadSpeller } from '../../../src/cli/speller';

const CONTRACT_IDS = [
  'typo', 'acronym-mismatch', 'duplicate-step', 'missing-time', 'unparsed-time', 'missing-actor',
  'missing-kelengkapan', 'missing-output', 'missing-start', 'missing-end', 'decision-branch', 'numbering',
  'truncated-text', 'markup', 'identity-missing', 'time-rate', 'superseded-law',
];


describe('rule registry', () => {
  it('holds the contract’s rule ids, then the additions, each once with both descriptions', () => {
    const ids = RULES.map((r) => r.meta.id);
    // The contract's ids come first, in its order; additions ("more may be added") follow.
    expect(ids.slice(0, CONTRACT_IDS.length)).toEqual(CONTRACT_IDS);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    for (const r of RULES) {
      expect(ruleById(r.meta.id)).toBe(r);
      expect(r.meta.description.id.length).toBeGreaterThan(5);
      expect(r.meta.description.en.length).toBeGreaterThan(5);
      expect(r.meta.description.en).not.toContain('\n');
    }
    expect(ruleById('nope')).toBeUndefined();
  });

  it('lets cover-link be set like any rule', () => {
    expect(parseRuleOption('cover-link=off')).toEqual({ id: 'cover-link', level: 'off' });
    expect(ruleById('cover-link')?.meta.defaultSeverity).toBe('info');
  });

  it('gives the default severities the issue asks for', () => {
    const sev = Object.fromEntries(RULES.map((r) => [r.meta.id, r.meta.defaultSeverity]));
    for (const id of ['typo', 'duplicate-step', 'missing-start', 'missing-end', 'decision-branch', 'superseded-law', 'identity-missing']) expect(sev[id]).toBe('error');
    for (const id of ['missing-time', 'missing-actor', 'missing-kelengkapan', 'missing-output', 'numbering', 'truncated-text', 'acronym-mismatch', 'markup', 'unparsed-time']) expect(sev[id]).toBe('warning');
    expect(sev['time-rate']).toBe('info');
    expect(sev['cover-link']).toBe('info');
  });

  it('finds nothing in a clean SOP', () => {
    expect(runRules(buildDoc(cleanSpec()))).toEqual([]);
  });

  it('returns contract findings sorted by row, column, then rule id, with fix null when none', () => {
    const spec = cleanSpec();
    spec.nomor = '-';
    spec.steps[1] = { uraian: 'Mencatat dokumne surat', kelengkapan: null, waktu: null };
    const found = runRules(buildDoc(spec), { lang: 'en', speller: loadSpeller() });
    expect(found.map((f) => `${f.cell} ${f.rule}`)).toEqual(['A1 identity-missing', 'B14 typo', 'F14 missing-kelengkapan', 'G14 missing-time']);
    expect(found[0]).toEqual({ rule: 'identity-missing', severity: 'error', cell: 'A1', message: expect.any(String), fix: null });
    expect(found[1].fix).toEqual({ cell: 'B14', from: 'Mencatat dokumne surat', to: 'Mencatat dokumen surat' });
  });

  it('turns rules off and changes their severity through config', () => {
    const spec = cleanSpec();
    spec.steps[1] = { uraian: 'Mencatat DTAFT surat', waktu: null, kelengkapan: null };
    const found = runRules(buildDoc(spec), { config: { typo: 'off', 'missing-time': 'error' } });
    expect(found.map((f) => [f.rule, f.severity])).toEqual([
      ['missing-kelengkapan', 'warning'],
      ['missing-time', 'error'],
    ]);
  });

  it('reads --rule options and rejects unknown ids and levels clearly', () => {
    expect(parseRuleOption('typo=off')).toEqual({ id: 'typo', level: 'off' });
    expect(parseRuleOption('numbering=ERROR')).toEqual({ id: 'numbering', level: 'error' });
    expect(parseRuleOptions(['typo=off', 'typo=info'])).toEqual({ typo: 'info' });
    expect(() => parseRuleOption('typos=off')).toThrow(/unknown rule id "typos".*typo/);
    expect(() => parseRuleOption('typo=loud')).toThrow(/unknown level "loud".*off, error, warning, info/);
    expect(() => parseRuleOption('typo')).toThrow(/ID=LEVEL/);
  });
});
