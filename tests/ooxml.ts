/**
 * Every workbook the tests write goes through the offline OOXML validator
 * (../shared/schemas/ooxml/validate-ooxml.sh: the ECMA-376 schemas plus the semantic checks Excel's
 * repair enforces). Files are batched into one validator run where a test writes several (each run costs
 * a Python start and about 0.3 s a workbook). A workbook passes when the validator says PASS and reports
 * no ERROR or WARN check, no shape whose stored a:xfrm disagrees with its anchor (DR-XFRM-ANCHOR, only
 * INFO for the validator), and the package holds no part that nothing points at and no drawing part
 * without a shape (what Excel never saves).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import JSZip from 'jszip';
import { expect } from 'vitest';
import { dropUnreachableParts } from '../src/xlsx/hygiene';

export const VALIDATOR = resolve(import.meta.dirname, '..', '..', 'shared', 'schemas', 'ooxml', 'validate-ooxml.sh');

/** A workbook to validate: a path, bytes, or bytes with a name to show in messages. */
export type XlsxInput = string | Uint8Array | { name: string; bytes: Uint8Array };

interface Check {
  level: string;
  id: string;
  part: string;
  where: string;
  message: string;
}
interface PartResult {
  status: string;
  errors?: unknown[];
  views?: Record<string, { xsd_errors?: unknown[]; mce_problems?: unknown[] }>;
}
interface FileResult {
  file: string;
  result: string;
  parts: Record<string, PartResult>;
  checks: Check[];
}

/** The problems of each workbook (empty when it passes), in the order given. */
export async function validateXlsx(inputs: XlsxInput[]): Promise<{ name: string; problems: string[] }[]> {
  if (inputs.length === 0) return [];
  const dir = await mkdtemp(join(tmpdir(), 'alur-ooxml-'));
  try {
    const files: { name: string; path: string }[] = [];
    for (const [i, input] of inputs.entries()) {
      if (typeof input === 'string') {
        files.push({ name: input, path: input });
        continue;
      }
      const { name, bytes } = input instanceof Uint8Array ? { name: `workbook ${i + 1}`, bytes: input } : input;
      const path = join(dir, `${i}-${basename(name).replace(/[^\w.-]/g, '_').replace(/(\.xlsx)?$/, '.xlsx')}`);
      await writeFile(path, bytes);
      files.push({ name, path });
    }
    const json = join(dir, 'result.json');
    const out = await run(VALIDATOR, [...files.map((f) => f.path), '--quiet', '--json', json, '--work', join(dir, 'work')]);
    let results: FileResult[];
    try {
      results = JSON.parse(await readFile(json, 'utf8')) as FileResult[];
    } catch {
      throw new Error(`validate-ooxml.sh gave no report (exit ${out.code}):\n${out.text.slice(-2000)}`);
    }
    return Promise.all(
      files.map(async (f, i) => {
        const r = results.find((x) => resolve(x.file) === resolve(f.path)) ?? results[i];
        const problems = r ? problemsOf(r) : ['no result from the validator'];
        return { name: f.name, problems: [...problems, ...(await packageProblems(await readFile(f.path)))] };
      })
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Checks the validator reports as INFO that Alur treats as problems in what it writes: a shape's stored
 * a:xfrm more than 12 pt away from its anchor box. (The validator takes a default column as 8.71
 * characters where Excel lays out 64 px, so a few points a column of difference are that, not a bug.)
 */
function infoProblem(c: Check): boolean {
  if (c.id !== 'DR-XFRM-ANCHOR') return false;
  const pt = Number(/by ([\d.]+) pt/.exec(c.message)?.[1] ?? Infinity);
  return pt > 12;
}

/** Parts nothing points at, and drawing parts without a shape. */
export async function packageProblems(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const out: string[] = [];
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/drawings\/[^/]+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    if (!/<(\w+:)?(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b/.test(xml)) out.push(`${name}: a drawing part without any shape`);
  }
  for (const name of await dropUnreachableParts(zip)) out.push(`${name}: no relationship points at this part`);
  return out;
}

function problemsOf(r: FileResult): string[] {
  const out: string[] = [];
  for (const [part, p] of Object.entries(r.parts)) {
    if (p.status === 'PASS') continue;
    const details = [
      ...(p.errors ?? []),
      ...Object.entries(p.views ?? {}).flatMap(([view, v]) => [...(v.xsd_errors ?? []), ...(v.mce_problems ?? [])].map((e) => `${view}: ${JSON.stringify(e)}`)),
    ];
    out.push(`${part}: ${p.status} ${details.map((d) => (typeof d === 'string' ? d : JSON.stringify(d))).join('; ')}`);
  }
  for (const c of r.checks) if (c.level === 'ERROR' || c.level === 'WARN' || infoProblem(c)) out.push(`${c.level} ${c.id} ${c.part} ${c.where}: ${c.message}`);
  if (r.result !== 'PASS' && out.length === 0) out.push(`RESULT: ${r.result}`);
  return out;
}

function run(cmd: string, args: string[]): Promise<{ code: number | null; text: string }> {
  return new Promise((done, fail) => {
    const child = spawn('sh', [cmd, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (d: Buffer) => (text += d.toString()));
    child.stderr.on('data', (d: Buffer) => (text += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, text }));
  });
}

/** Fails the test unless every workbook passes the OOXML validator (one validator run for all). */
export async function expectValidXlsx(...inputs: XlsxInput[]): Promise<void> {
  const results = await validateXlsx(inputs);
  const failed = results.filter((r) => r.problems.length);
  expect(failed.map((r) => `${r.name}\n  ${r.problems.join('\n  ')}`).join('\n')).toBe('');
}
