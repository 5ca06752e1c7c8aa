/**
 * The lint setup (eslint.config.mjs, used by `npm run lint`) really runs the Office.js rules over
 * .ts and .tsx files under src/, and enforces the layering. Snippets are linted as if they lived at
 * the given path; nothing is written to src/.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: resolve(ROOT, 'eslint.config.mjs') });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, filePath) });
  return result.messages.map((message) => message.ruleId ?? message.message);
}

const syncInLoop = `export async function paint(context: Excel.RequestContext, addresses: string[]) {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  for (const address of addresses) {
    sheet.getRange(address).format.fill.color = '#CCFBF1';
    await context.sync();
  }
}
`;

const readBeforeLoad = `export async function usedAddress(context: Excel.RequestContext): Promise<string> {
  const range = context.workbook.worksheets.getActiveWorksheet().getUsedRange();
  await context.sync();
  return range.address;
}
`;

describe('eslint.config.mjs', () => {
  it('reports context.sync() inside a loop as an error, in .ts and .tsx files', async () => {
    expect(await ruleIds(syncInLoop, 'src/excel/probe.ts')).toContain(
      'office-addins/no-context-sync-in-loop'
    );
    expect(await ruleIds(syncInLoop, 'src/excel/probe.tsx')).toContain(
      'office-addins/no-context-sync-in-loop'
    );
    const [result] = await eslint.lintText(syncInLoop, {
      filePath: resolve(ROOT, 'src/excel/probe.ts'),
    });
    const finding = result.messages.find(
      (m) => m.ruleId === 'office-addins/no-context-sync-in-loop'
    );
    expect(finding?.severity).toBe(2);
  });

  it('reports reading a property that was never loaded', async () => {
    expect(await ruleIds(readBeforeLoad, 'src/excel/probe.ts')).toContain(
      'office-addins/load-object-before-read'
    );
  });

  it('accepts the loaded version, with Excel and Office known as globals', async () => {
    const fixed = readBeforeLoad.replace(
      '  await context.sync();',
      "  range.load('address');\n  await context.sync();"
    );
    expect(await ruleIds(fixed, 'src/excel/probe.ts')).toEqual([]);
  });

  it('keeps Excel.* out of the task pane and Office/Node out of the core', async () => {
    const excelInPane = 'export const color = Excel.ChartType.line;\n';
    expect(await ruleIds(excelInPane, 'src/taskpane/Probe.tsx')).toContain('no-restricted-globals');
    expect(await ruleIds(excelInPane, 'src/excel/probe.ts')).toEqual([]);
    const nodeInCore =
      "import { readFileSync } from 'node:fs';\n\nexport const read = readFileSync;\n";
    expect(await ruleIds(nodeInCore, 'src/core/probe.ts')).toContain('no-restricted-imports');
    const officeInCore = 'export const ready = () => Office.onReady();\n';
    expect(await ruleIds(officeInCore, 'src/core/probe.ts')).toContain('no-restricted-globals');
  });

  it('enforces prettier formatting (office-addin-prettier-config, single quotes)', async () => {
    expect(await ruleIds('export const name = "Alur";\n', 'src/core/probe.ts')).toContain(
      'prettier/prettier'
    );
    expect(await ruleIds("export const name = 'Alur';\n", 'src/core/probe.ts')).toEqual([]);
  });
});
