/**
 * The docs test (issue 16): every rule, of one SOP or across SOPs, has its page docs/rules/<id>.md
 * (its `meta.docs`), the page names the rule and its default severity, and its `## Example` section
 * says where the example comes from and holds worksheets (tests/docs/examples.ts) that are run through
 * the real pipeline: each "bad" example makes the rule fire, each "good" one does not, though it is
 * read as an SOP with steps (so a good example cannot pass by not being read at all). A rule that
 * says it is fixable shows a fix in its bad example; one that says it is not never gives one.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../src/core/check';
import { reviewGrids } from '../../src/core/report';
import { crossSops, runCrossRules } from '../../src/core/rules/cross';
import { CROSS_RULES, RULES } from '../../src/core/rules/registry';
import type { RuleMeta } from '../../src/core/rules/types';
import { loadSpeller } from '../../src/cli/speller';
import { examples, section, type Example } from './examples';

const ROOT = new URL('../../', import.meta.url);
const speller = loadSpeller();
/** The day the examples are read on (identity-date compares with today). */
const TODAY = new Date('2026-12-07T00:00:00Z');

function page(meta: RuleMeta): string {
  return readFileSync(new URL(meta.docs, ROOT), 'utf8');
}

/** The findings of one rule on one example workbook, and how many SOPs with steps it holds. */
function runOne(id: string, ex: Example) {
  const results = checkWorkbook(ex.sheets, { speller, lang: 'id' });
  return {
    sops: results.filter((r) => r.sop.steps.length > 0).length,
    findings: results.flatMap((r) => r.sop.findings).filter((f) => f.rule === id),
  };
}

/** The findings of one rule across a set of example workbooks (one file each). */
function runSet(id: string, set: Example[]) {
  const files = set.map((ex) => ({ path: ex.file, sops: reviewGrids(ex.sheets, { speller, lang: 'id' }) }));
  return {
    sopsPerFile: files.map((f) => f.sops.filter((s) => s.sop.steps.length > 0).length),
    findings: runCrossRules(crossSops(files), { lang: 'id', today: TODAY }).filter((f) => f.rule === id),
  };
}

/** The page's examples, or none where the page or its section is missing (its own test says so). */
function pageExamples(meta: RuleMeta): Example[] {
  if (!existsSync(new URL(meta.docs, ROOT))) return [];
  const example = section(page(meta), 'Example');
  return example === null ? [] : examples(example);
}

function checkPage(meta: RuleMeta) {
  expect(meta.docs).toBe(`docs/rules/${meta.id}.md`);
  expect(existsSync(new URL(meta.docs, ROOT)), `${meta.docs} is missing`).toBe(true);
  const text = page(meta);
  expect(text.split('\n')[0]).toBe(`# \`${meta.id}\``);
  expect(text).toContain(`Default severity: **${meta.defaultSeverity}**`);
  const example = section(text, 'Example');
  expect(example, `${meta.docs} has no "## Example" section`).not.toBeNull();
  expect(example, `${meta.docs}: say where the example comes from ("Source: ...")`).toMatch(/^Source: \S.{8,}/m);
  const all = examples(example!);
  expect(all.filter((e) => e.kind === 'bad').length, `${meta.docs} has no "sop bad" block`).toBeGreaterThan(0);
  expect(all.filter((e) => e.kind === 'good').length, `${meta.docs} has no "sop good" block`).toBeGreaterThan(0);
}

describe('rule docs', () => {
  it('has a page for every rule and a rule for every page', () => {
    const ids = [...RULES, ...CROSS_RULES].map((r) => r.meta.id).sort();
    const pages = readdirSync(new URL('docs/rules/', ROOT))
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.replace(/\.md$/, ''))
      .sort();
    expect(pages).toEqual(ids);
  });

  describe.each(RULES.map((r) => [r.meta.id, r.meta] as const))('%s', (id, meta) => {
    const all = pageExamples(meta);
    it('has its page, with a source and bad and good examples', () => checkPage(meta));
    it.each(all.map((e) => [e.kind, e.line, e] as const))('%s example (line %i)', (kind, line, ex) => {
      const { sops, findings } = runOne(id, ex);
      expect(sops, `the example at line ${line} is not read as an SOP with steps`).toBeGreaterThan(0);
      if (kind === 'bad')
        expect(findings.length, `the bad example at line ${line} does not make ${id} fire`).toBeGreaterThan(0);
      else expect(findings, `the good example at line ${line} makes ${id} fire`).toEqual([]);
      if (!meta.fixable) expect(findings.filter((f) => f.fix !== null)).toEqual([]);
    });
    if (meta.fixable) {
      it('shows a fix in a bad example', () => {
        const fixes = all.filter((e) => e.kind === 'bad').flatMap((e) => runOne(id, e).findings.filter((f) => f.fix));
        expect(fixes.length).toBeGreaterThan(0);
      });
    }
  });

  describe.each(CROSS_RULES.map((r) => [r.meta.id, r.meta] as const))('%s (across SOPs)', (id, meta) => {
    const all = pageExamples(meta);
    it('has its page, with a source and bad and good examples', () => checkPage(meta));
    it.each(['bad', 'good'] as const)('%s examples, read as one set of files', (kind) => {
      const set = all.filter((e) => e.kind === kind);
      const { sopsPerFile, findings } = runSet(id, set);
      for (const [i, n] of sopsPerFile.entries()) {
        expect(n, `the ${kind} example at line ${set[i].line} is not read as an SOP with steps`).toBeGreaterThan(0);
      }
      if (kind === 'bad') expect(findings.length, `the bad examples do not make ${id} fire`).toBeGreaterThan(0);
      else expect(findings, `the good examples make ${id} fire`).toEqual([]);
    });
  });
});
