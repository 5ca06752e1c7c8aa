/**
 * Applies findings' fixes to live cells. A fix is data (cell, the text it had at the check, the text
 * it should have); a cell is written only when it still holds that text, so an edit the user made
 * since the check is never overwritten. Fixes on one cell are merged first (one write per cell), and
 * a cell holding a formula is never replaced by text. Two syncs whatever the number of fixes.
 */
import type { FixResult } from '../core/host';
import type { Fix } from '../core/model';
import { applyFix, mergeFixes } from '../core/rules/fix';
import { protectedError } from './errors';
import { hostCapabilities } from './requirements';

/**
 * Text as a cell value: Excel turns a string starting with "=" into a formula; the apostrophe
 * prefix keeps it text, as typing it would.
 */
function asCellText(text: string): string {
  return text.startsWith('=') ? `'${text}` : text;
}

export async function applyFixes(sheet: string, fixes: Fix[]): Promise<FixResult> {
  const merged = mergeFixes(fixes);
  // Fixes mergeFixes left out (another starting text on the same cell, or an overlap) are stale too.
  const result: FixResult = {
    applied: 0,
    stale: fixes.filter((f) => f.from !== f.to).length - countMerged(fixes, merged),
  };
  if (merged.length === 0) return result;
  const caps = hostCapabilities();
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    const protection = caps.protection ? ws.protection.load('protected') : undefined;
    const cells = merged.map((fix) => ({
      fix,
      range: ws.getRange(fix.cell).load('text,formulas'),
    }));
    await context.sync();
    const writes: { range: Excel.Range; text: string }[] = [];
    for (const { fix, range } of cells) {
      const formula = range.formulas[0]?.[0];
      const next =
        typeof formula === 'string' && formula.startsWith('=') ? null : applyFix(range.text[0]?.[0] ?? '', fix);
      if (next === null) result.stale += fixesIn(fixes, fix.cell, fix.from);
      else writes.push({ range, text: next });
    }
    if (writes.length === 0) return;
    if (protection?.protected) throw protectedError(sheet);
    for (const w of writes) w.range.values = [[asCellText(w.text)]];
    await context.sync();
    for (const { range } of writes) {
      const fix = cells.find((c) => c.range === range)!.fix;
      result.applied += fixesIn(fixes, fix.cell, fix.from);
    }
  });
  return result;
}

/** How many of the original fixes a merged fix on that cell stands for. */
function fixesIn(fixes: Fix[], cell: string, from: string): number {
  return fixes.filter((f) => f.cell === cell && f.from === from && f.from !== f.to).length;
}

function countMerged(fixes: Fix[], merged: Fix[]): number {
  return merged.reduce((n, m) => n + fixesIn(fixes, m.cell, m.from), 0);
}
