/**
 * Fixes are data: the cell, the text it held when checked, and the text it should hold. The host
 * applies them; these helpers decide what the new text is and combine several fixes on one cell.
 */
import { fold } from '../grid';
import type { Finding, Fix } from '../model';

/**
 * The cell's new text, or null when the cell no longer holds `fix.from` (the fix is stale: the user
 * changed the cell since the check). White space differences alone do not make a fix stale.
 */
export function applyFix(currentText: string, fix: Fix): string | null {
  if (currentText === fix.from) return fix.to;
  if (fold(currentText) === fold(fix.from)) return fix.to;
  return null;
}

/** The part of `from` a fix changes: [start, end) in `from`, and the text that replaces it. */
function changedSpan(fix: Fix): { start: number; end: number; insert: string } {
  const { from, to } = fix;
  let start = 0;
  while (start < from.length && start < to.length && from[start] === to[start]) start++;
  let tail = 0;
  while (
    tail < from.length - start &&
    tail < to.length - start &&
    from[from.length - 1 - tail] === to[to.length - 1 - tail]
  ) {
    tail++;
  }
  return { start, end: from.length - tail, insert: to.slice(start, to.length - tail) };
}

/**
 * Combine fixes into one whole-cell fix per cell ("fix all typos"). Fixes on one cell that start from
 * the same text and change separate parts of it are applied together; a fix that starts from another
 * text, or overlaps one already taken, is left out (it can be applied after a new check).
 */
export function mergeFixes(fixes: Fix[]): Fix[] {
  const byCell = new Map<string, Fix[]>();
  for (const f of fixes) {
    const list = byCell.get(f.cell);
    if (list) list.push(f);
    else byCell.set(f.cell, [f]);
  }
  const out: Fix[] = [];
  for (const [cell, list] of byCell) {
    const base = list[0].from;
    const spans: { start: number; end: number; insert: string }[] = [];
    for (const f of list) {
      if (f.from !== base || f.from === f.to) continue;
      const s = changedSpan(f);
      const overlaps =
        spans.some((o) => s.start < o.end && o.start < s.end) ||
        spans.some((o) => o.start === o.end && s.start === s.end && o.start === s.start);
      if (!overlaps) spans.push(s);
    }
    if (spans.length === 0) continue;
    spans.sort((a, b) => b.start - a.start);
    let text = base;
    for (const s of spans) text = text.slice(0, s.start) + s.insert + text.slice(s.end);
    out.push({ cell, from: base, to: text });
  }
  return out;
}

/** The typo findings' fixes, merged into one fix per cell. */
export function typoFixes(findings: Finding[]): Fix[] {
  return mergeFixes(findings.filter((f) => f.rule === 'typo' && f.fix !== null).map((f) => f.fix as Fix));
}
