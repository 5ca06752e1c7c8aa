/**
 * Every BPMN file the tests write goes through bpmnlint with its recommended rules: no errors allowed
 * (warnings are returned for tests that want to look at them).
 */
import { createRequire } from 'node:module';
import { BpmnModdle } from 'bpmn-moddle';
import { expect } from 'vitest';

const require = createRequire(import.meta.url);
// bpmnlint is CommonJS; its resolver loads the rules and the "bpmnlint:recommended" config from disk.
const { Linter } = require('bpmnlint') as { Linter: new (opts: unknown) => { lint(root: unknown, config?: unknown): Promise<Record<string, Report[]>> } };
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver') as new () => unknown;

interface Report {
  id?: string;
  message: string;
  category: 'error' | 'warn' | 'info' | 'rule-error';
}

/** bpmnlint's reports, "rule: element: message", split by category. */
export async function lintBpmn(xml: string): Promise<{ errors: string[]; warnings: string[] }> {
  const { rootElement } = await new BpmnModdle().fromXML(xml);
  const linter = new Linter({ config: { extends: 'bpmnlint:recommended' }, resolver: new NodeResolver() });
  const reports = await linter.lint(rootElement);
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const [rule, list] of Object.entries(reports)) {
    for (const r of list) (r.category === 'warn' || r.category === 'info' ? warnings : errors).push(`${rule}: ${r.id ?? ''}: ${r.message}`);
  }
  return { errors, warnings };
}

/** Fails the test when bpmnlint's recommended rules find an error in any of the files. */
export async function expectLintedBpmn(...xmls: string[]): Promise<void> {
  const errors = (await Promise.all(xmls.map(async (x, i) => (await lintBpmn(x)).errors.map((e) => `file ${i + 1}: ${e}`)))).flat();
  expect(errors).toEqual([]);
}
