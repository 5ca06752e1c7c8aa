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

interface Span {
  start: number;
  end: number;
  insert: string;
}

/** Largest middle part (length product) diffed letter by letter; a longer one counts as one change. */
const DIFF_LIMIT = 250_000;

/**
 * The parts of `from` a fix changes: [start, end) in `from`, and the text that replaces each. A fix
 * that changes two places (markup removed at both ends of a cell) gives two spans, so another fix in
 * between (a typo inside the tags) can still be combined with it.
 */
function changedSpans(fix: Fix): Span[] {
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
  const a = from.slice(start, from.length - tail);
  const b = to.slice(start, to.length - tail);
  if (a.length === 0 || b.length === 0 || a.length * b.length > DIFF_LIMIT) {
    return [{ start, end: from.length - tail, insert: b }];
  }
  // Longest common subsequence of the middle parts; what lies between matched letters is changed.
  const n = a.length;
  const m = b.length;
  const lcs = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] =
        a[i] === b[j]
          ? lcs[(i + 1) * (m + 1) + j + 1] + 1
          : Math.max(lcs[(i + 1) * (m + 1) + j], lcs[i * (m + 1) + j + 1]);
    }
  }
  const spans: Span[] = [];
  let i = 0;
  let j = 0;
  let open: Span | null = null;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      if (open) spans.push(open);
      open = null;
      i++;
      j++;
    } else {
      open ??= { start: start + i, end: start + i, insert: '' };
      if (j >= m || (i < n && lcs[(i + 1) * (m + 1) + j] >= lcs[i * (m + 1) + j + 1])) {
        i++;
        open.end = start + i;
      } else {
        open.insert += b[j];
        j++;
      }
    }
  }
  if (open) spans.push(open);
  return spans;
}

/** Whether two changes touch the same letters of the cell, or insert at the same place. */
function overlap(x: Span, y: Span): boolean {
  if (x.start < y.end && y.start < x.end) return true;
  return x.start === y.start && (x.start === x.end || y.start === y.end);
}

/**
 * Combine fixes into one whole-cell fix per cell ("fix all"). Fixes on one cell that start from the
 * same text and change separate parts of it are applied together (a typo inside a cell whose markup is
 * removed); a fix that starts from another text, or overlaps one already taken, is left out (it can be
 * applied after a new check).
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
    const spans: Span[] = [];
    for (const f of list) {
      if (f.from !== base || f.from === f.to) continue;
      const mine = changedSpans(f);
      if (!mine.some((s) => spans.some((o) => overlap(s, o)))) spans.push(...mine);
    }
    if (spans.length === 0) continue;
    spans.sort((a, b) => b.start - a.start);
    let text = base;
    for (const s of spans) text = text.slice(0, s.start) + s.insert + text.slice(s.end);
    out.push({ cell, from: base, to: text });
  }
  return out;
}

/** Every safe fix of every rule (typo, markup, truncated-text, ...), merged into one fix per cell. */
export function allFixes(findings: Finding[]): Fix[] {
  return mergeFixes(findings.filter((f) => f.fix !== null).map((f) => f.fix as Fix));
}

/** The typo findings' fixes, merged into one fix per cell. */
export function typoFixes(findings: Finding[]): Fix[] {
  return mergeFixes(findings.filter((f) => f.rule === 'typo' && f.fix !== null).map((f) => f.fix as Fix));
}
