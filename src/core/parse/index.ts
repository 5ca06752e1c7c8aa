/**
 * `findSops(grid)`: every SOP on one sheet as a SopDoc. Tables are found first (their headers are the
 * surest sign of an SOP); each SOP's identity block is read from the rows between the previous SOP's end
 * and its table; its area runs from its first row of text to the end of its table or signature block.
 */
import { a1, cellText, type CellRange, type Grid } from '../grid';
import type { SopDoc, StepDoc, TextCell } from '../model';
import { readIdentity } from '../detect/identity';
import { IDENTITY_HINT, identityLabel, isSignatureLine, isSopTitle, LINE_HINT } from '../detect/labels';
import { detectTable, findHeaderCandidates, mergeIndex, type DetectedTable } from '../detect/table';
import { plainText } from '../text';
import { actorLanes, parseSteps } from './steps';

export { isDecisionText, branchesInText, branchLabel } from './steps';
export { stepKey } from '../step-key';
export { markSymbol, isMarkText } from './marks';

/** Blank rows a signature block may hold between its lines. */
const SIGNATURE_GAP = 2;
/** Blank rows left for the signature itself, between the jabatan and the name. */
const SIGNATURE_SPACE = 4;
/** Lines a signature block may have at most (place and date, jabatan, space, name, NIP, ...). */
const SIGNATURE_LINES = 10;

function rowBlank(grid: Grid, row: number): boolean {
  const r = grid.text[row - 1];
  return !r || r.every((v) => !v || v.trim() === '');
}

/** Whether a row starts something new: an identity label, an SOP title, or a table header. */
function rowStartsSop(grid: Grid, row: number, headerRows: Set<number>): boolean {
  if (headerRows.has(row)) return true;
  for (const raw of grid.text[row - 1] ?? []) {
    if (!raw || raw.length > 400 || (!IDENTITY_HINT.test(raw) && !LINE_HINT.test(raw))) continue;
    const t = plainText(raw);
    if (identityLabel(t) || isSopTitle(t)) return true;
  }
  return false;
}

/** Whether a row holds a NIP line (the last line of a signature), also as a later line of a cell. */
function hasNip(grid: Grid, row: number): boolean {
  return (grid.text[row - 1] ?? []).some((v) => v && /(?:^|\n)\W*nip\b/i.test(v));
}

/**
 * The last row of the signature block after a table (the table's last row when there is none). Lines
 * may be a blank row or two apart; a wider gap (the space left for the signature itself) is bridged only
 * when the name and NIP follow right after it, so the next SOP's heading is never taken in.
 */
function signatureEnd(grid: Grid, tableBottom: number, limit: number, headerRows: Set<number>): number {
  let end = tableBottom;
  let gap = 0;
  let lines = 0;
  for (let r = tableBottom + 1; r <= limit; r++) {
    if (rowBlank(grid, r)) {
      if (++gap > SIGNATURE_SPACE) break;
      continue;
    }
    if (gap > SIGNATURE_GAP && !(hasNip(grid, r) || hasNip(grid, r + 1) || hasNip(grid, r + 2))) break;
    if (rowStartsSop(grid, r, headerRows) || ++lines > SIGNATURE_LINES) break;
    gap = 0;
    end = r;
    if (hasNip(grid, r)) break; // a NIP line closes the signature block
  }
  return end;
}

/** The first and last column holding text in rows top..bottom. */
function usedColumns(grid: Grid, top: number, bottom: number): { left: number; right: number } {
  let left = Infinity;
  let right = 0;
  for (let r = top; r <= bottom; r++) {
    const cells = grid.text[r - 1] ?? [];
    for (let c = 1; c <= cells.length; c++) {
      if (cells[c - 1] && cells[c - 1].trim() !== '') {
        left = Math.min(left, c);
        right = Math.max(right, c);
      }
    }
  }
  return left === Infinity ? { left: 1, right: 1 } : { left, right };
}

/** Every SOP on the sheet, top to bottom. Never throws: a sheet without an SOP table gives []. */
export function findSops(grid: Grid): SopDoc[] {
  try {
    return findSopsUnsafe(grid);
  } catch {
    return [];
  }
}

function findSopsUnsafe(grid: Grid): SopDoc[] {
  if (!grid || !Array.isArray(grid.text) || grid.text.length === 0) return [];
  const merges = mergeIndex(grid);
  const tables: DetectedTable[] = [];
  for (const cand of findHeaderCandidates(grid)) {
    const prev = tables[tables.length - 1];
    if (prev && cand.row <= prev.layout.range.bottom) continue; // a header repeated inside that table
    const t = detectTable(grid, cand, merges);
    if (t) tables.push(t);
  }
  const headerRows = new Set(tables.map((t) => t.layout.range.top));
  const sops: SopDoc[] = [];
  let prevBottom = 0;
  tables.forEach((table, i) => {
    const range = table.layout.range;
    let top = prevBottom + 1;
    while (top < range.top && rowBlank(grid, top)) top++;
    const nextTop = i + 1 < tables.length ? tables[i + 1].layout.range.top - 1 : grid.text.length;
    const bottom = signatureEnd(grid, range.bottom, nextTop, headerRows);
    const id = readIdentity(grid, top, range.top - 1);
    const lanes = actorLanes(grid, table);
    const steps = parseSteps(grid, table, lanes);
    markParallel(grid, steps, table.layout.columns.keterangan);
    const cols = usedColumns(grid, top, bottom);
    const area: CellRange = {
      top,
      bottom,
      left: Math.min(cols.left, range.left),
      right: Math.max(cols.right, range.right),
    };
    sops.push({
      sheet: grid.sheet,
      area,
      table: table.layout,
      name: id.name,
      identity: id.identity,
      identityCells: id.identityCells,
      actors: lanes,
      steps,
      texts: areaTexts(grid, area, table, id.labelCells, id.valueCells),
    });
    prevBottom = bottom;
  });
  return sops;
}

/** A Keterangan saying the step runs at the same time as others (and not "tidak bersamaan"). */
const PARALLEL = /\b(?:simultan|bersamaan|serentak|paralel|parallel)\b/i;
const NOT_PARALLEL = /\b(?:tidak|bukan|tdk)\s+(?:[a-z]+\s+){0,2}(?:simultan|bersamaan|serentak|paralel|parallel)\b/i;

function saysParallel(text: string | null): boolean {
  return text !== null && PARALLEL.test(text) && !NOT_PARALLEL.test(text);
}

/**
 * Marks the steps that run at the same time (contract, "Parallel steps"): one Keterangan cell merged
 * over several steps that says so groups every step it spans; otherwise consecutive steps whose own
 * Keterangan says so form one group. A group's steps count once in the total: their longest time.
 */
function markParallel(grid: Grid, steps: StepDoc[], ketCol: number | null): void {
  if (ketCol === null) return;
  let runKey: string | null = null;
  for (const step of steps) {
    const m = grid.merges.find(
      (g) => g.left <= ketCol && ketCol <= g.right && g.top <= step.row && step.row <= g.bottom && g.bottom > g.top
    );
    const spanned = m ? steps.filter((s) => s.row >= m.top && s.row <= m.bottom).length : 0;
    if (m && spanned >= 2 && saysParallel(plainText(cellText(grid, m.top, m.left)))) {
      step.parallel = `merge ${a1(m.top, m.left)}`;
      runKey = null;
      continue;
    }
    if (saysParallel(step.keterangan)) {
      runKey ??= `run ${a1(step.row, ketCol)}`;
      step.parallel = runKey;
    } else {
      runKey = null;
    }
  }
  // "Simultan dengan langkah 4": the steps named join the group, wherever they are.
  for (const step of steps) {
    if (step.parallel === undefined || !saysParallel(step.keterangan)) continue;
    for (const no of namedSteps(step.keterangan!)) {
      const other = steps.find((s) => s !== step && s.no === no);
      if (!other) continue;
      const from = other.parallel;
      const to = step.parallel;
      if (from === to) continue;
      if (from === undefined) other.parallel = to;
      else for (const s of steps) if (s.parallel === from) s.parallel = to;
    }
  }
}

/** Step numbers a Keterangan names: "dengan langkah 3", "no. 2 dan 4", "langkah 2 - 4" (a range). */
function namedSteps(text: string): string[] {
  const out: string[] = [];
  const re =
    /\b(?:langkah|no\.?|nomor|kegiatan|tahap|step)\s*((?:\d{1,3}\s*(?:,|dan|&|s\.?\s*d\.?|sampai|-|–)?\s*)+)/gi;
  for (const m of text.matchAll(re)) {
    const range = /^(\d{1,3})\s*(?:s\.?\s*d\.?|sampai|-|–)\s*(\d{1,3})\s*$/i.exec(m[1].trim());
    if (range && Number(range[2]) - Number(range[1]) <= 50) {
      for (let n = Number(range[1]); n <= Number(range[2]); n++) out.push(String(n));
    } else {
      out.push(...(m[1].match(/\d{1,3}/g) ?? []));
    }
  }
  return out;
}

/** Every non-empty cell of the SOP's area, with what it is. */
function areaTexts(
  grid: Grid,
  area: CellRange,
  table: DetectedTable,
  labels: Set<string>,
  values: Set<string>
): TextCell[] {
  const out: TextCell[] = [];
  const layout = table.layout;
  const headerRows = new Set(layout.headerRows);
  const actorCols = new Set(layout.columns.actors);
  const stepRows = new Set<number>();
  for (const s of table.steps) for (let r = s.row; r <= s.rowEnd; r++) stepRows.add(r);
  for (let r = area.top; r <= area.bottom; r++) {
    const cells = grid.text[r - 1] ?? [];
    for (let c = area.left; c <= Math.min(area.right, cells.length); c++) {
      const text = cells[c - 1];
      if (!text || text.trim() === '') continue;
      const cell = a1(r, c);
      let role: TextCell['role'];
      if (labels.has(cell)) role = 'identity-label';
      else if (values.has(cell)) role = 'identity-value';
      else if (r < layout.range.top) role = 'title';
      else if (headerRows.has(r)) role = 'header';
      else if (stepRows.has(r)) role = actorCols.has(c) ? 'mark' : 'step';
      else if (r > layout.range.bottom) role = 'signature';
      else role = LINE_HINT.test(text) && isSignatureLine(plainText(text)) ? 'signature' : 'other';
      out.push({ cell, row: r, col: c, text, role });
    }
  }
  return out;
}
