/**
 * Each column's role in a table: read from the header labels (one to three label rows and a row of
 * column numbers), or, where the labels name no Waktu, from the data (the column of times and the SOP
 * AP order around it).
 */
import { a1, type Grid } from '../../grid';
import type { TableColumns } from '../../model';
import { headerRole, waktuUnit, type ColumnRole } from '../labels';
import { isNumberRow, markLike, MAX_HEADER_ROWS, parseRowOf, plain, rowBlank, rowWidth, TIME_LIKE } from './cells';
import type { DetectedTable, HeaderCandidate, StepSpan } from './types';

export interface HeaderBlock {
  rows: number[];
  labelRows: number[];
}

/** The header rows from `row` on: the label row, up to two more label rows, and a column-number row. */
export function headerBlock(grid: Grid, row: number, noCol: number | null, uraianCol: number): HeaderBlock {
  const rows = [row];
  const labelRows = [row];
  for (let r = row + 1; r < row + MAX_HEADER_ROWS && r <= grid.text.length; r++) {
    if (isNumberRow(grid, r)) {
      rows.push(r);
      break; // the number row is always the last header row
    }
    const noText = noCol ? plain(grid, r, noCol) : '';
    const uraianText = plain(grid, r, uraianCol);
    if (noText !== '' || uraianText !== '') break;
    if (rowBlank(grid, r, uraianCol + 1, rowWidth(grid, r))) break;
    rows.push(r);
    labelRows.push(r);
  }
  return { rows, labelRows };
}

const VALUE_ROLES: ColumnRole[] = ['kelengkapan', 'waktu', 'output', 'keterangan'];

/** Column roles from the header labels (the lowest label of each column wins). */
export function columnsFromHeader(
  grid: Grid,
  cand: HeaderCandidate,
  block: HeaderBlock
): {
  columns: TableColumns;
  actorNames: DetectedTable['actorNames'];
  headerCells: Record<string, string>;
  right: number;
  waktuUnit: string | null;
} {
  const top = block.labelRows[0];
  const sub = block.labelRows.slice(1);
  let width = 0;
  for (const r of block.labelRows) width = Math.max(width, rowWidth(grid, r));
  const headerCells: Record<string, string> = {};
  headerCells.uraian = a1(top, cand.uraianCol);
  if (cand.noCol) headerCells.no = a1(top, cand.noCol);

  /** The label of a column: the lowest non-empty label row, and which row that was. */
  const labelOf = (c: number): { text: string; row: number } | null => {
    for (let i = block.labelRows.length - 1; i >= 0; i--) {
      const r = block.labelRows[i];
      const t = plain(grid, r, c);
      if (t) return { text: t, row: r };
    }
    return null;
  };

  const roleCols: Partial<Record<ColumnRole, number>> = {};
  const named: { col: number; text: string; row: number }[] = [];
  /** "Pelaksana" labels in a one-row header: a group label, a text column, or an actor so named (below). */
  const lonePelaksana: { col: number; text: string; row: number }[] = [];
  let pelaksanaCol: number | null = null;
  let unit: string | null = null;
  for (let c = cand.uraianCol + 1; c <= width; c++) {
    // Group labels in the top row (Pelaksana, Mutu Baku) are recorded for findings.
    const topText = plain(grid, top, c);
    const topRole = topText ? headerRole(topText) : null;
    if (topRole === 'pelaksana') {
      pelaksanaCol ??= c;
      headerCells.pelaksana ??= a1(top, c);
    }
    if (topRole === 'mutuBaku') headerCells.mutuBaku ??= a1(top, c);
    const label = labelOf(c);
    if (!label) continue;
    const role = headerRole(label.text);
    // Under a group label, "Pelaksana" is the name of an actor (seed 000 has an actor called so).
    const isSub = label.row !== top;
    if (role && VALUE_ROLES.includes(role)) {
      if (roleCols[role] === undefined) {
        roleCols[role] = c;
        headerCells[role] = a1(label.row, c);
        if (role === 'waktu') unit = waktuUnit(label.text);
      }
      continue;
    }
    if (role === 'pelaksana' && !isSub && sub.length === 0)
      lonePelaksana.push({ col: c, text: label.text, row: label.row });
    if (role === 'mutuBaku' || (role === 'pelaksana' && !isSub)) continue;
    named.push({ col: c, text: label.text, row: label.row });
  }

  // Actor lanes: named columns left of the first Mutu Baku column.
  const valueCols = VALUE_ROLES.map((r) => roleCols[r]).filter((c): c is number => c !== undefined);
  const firstValueCol = valueCols.length ? Math.min(...valueCols) : Infinity;
  const lanes = named.filter(
    (n) => n.col < firstValueCol && (sub.length === 0 || n.row !== top || n.col !== pelaksanaCol)
  );
  // A one-row header cannot hold a group label over the actors' names, so a "Pelaksana" beside named
  // actor columns there is either the column that writes each step's actor as text (as it stays after
  // Alur generates lanes from it) or an actor so named (Jabatan Pelaksana, the staff). Its cells decide.
  const below = block.rows[block.rows.length - 1] + 1;
  const laneNames = new Set(lanes.map((n) => foldName(n.text)));
  const asActor =
    lanes.length > 0
      ? lonePelaksana.filter((n) => n.col < firstValueCol && holdsMarks(grid, n.col, below, laneNames))
      : [];
  if (asActor.length > 0) {
    lanes.push(...asActor);
    lanes.sort((x, y) => x.col - y.col);
    if (asActor.some((n) => a1(n.row, n.col) === headerCells.pelaksana)) delete headerCells.pelaksana;
  }
  const actorNames = lanes.map((n) => ({ name: n.text, col: n.col, headerCell: a1(n.row, n.col) }));
  let pelaksanaText: number | null = null;
  if (actorNames.length === 0 && pelaksanaCol !== null) pelaksanaText = pelaksanaCol;

  // Labels shifted against the data (seed 002: KET written left of OUTPUT): SOP AP's order wins.
  if (roleCols.output !== undefined && roleCols.keterangan !== undefined && roleCols.keterangan < roleCols.output) {
    const present = VALUE_ROLES.filter((r) => roleCols[r] !== undefined);
    const cols = present.map((r) => roleCols[r]!).sort((x, y) => x - y);
    present.forEach((r, i) => (roleCols[r] = cols[i]));
  }

  let right = Math.max(cand.uraianCol, ...valueCols, ...actorNames.map((a) => a.col), pelaksanaText ?? 0);
  right = Math.max(right, width);
  return {
    columns: {
      no: cand.noCol,
      uraian: cand.uraianCol,
      actors: actorNames.map((a) => a.col),
      pelaksanaText,
      kelengkapan: roleCols.kelengkapan ?? null,
      waktu: roleCols.waktu ?? null,
      output: roleCols.output ?? null,
      keterangan: roleCols.keterangan ?? null,
    },
    actorNames,
    headerCells,
    right,
    waktuUnit: unit,
  };
}

const foldName = (t: string) => t.replace(/\s+/g, ' ').trim().toLowerCase();

/** Rows of a table's body read to judge a column (a long SOP's steps fit well within them). */
const BODY_ROWS = 300;

/**
 * Whether a column's body holds marks (`Mulai`, `X`, `[ ]`, or nothing where shapes mark it) rather
 * than the actors' names written as text or running text.
 */
function holdsMarks(grid: Grid, col: number, from: number, laneNames: Set<string>): boolean {
  const last = Math.min(grid.text.length, from + BODY_ROWS - 1);
  for (let r = from; r <= last; r++) {
    const t = plain(grid, r, col);
    if (t && (laneNames.has(foldName(t)) || !markLike(t))) return false;
  }
  return true;
}

/** Share of the values of a column, over the step spans, that read like a time. */
export function timeShare(grid: Grid, col: number | null, steps: StepSpan[]): number {
  if (col === null || steps.length === 0) return 0;
  let hits = 0;
  for (const s of steps) if (TIME_LIKE.test(plain(grid, s.row, col))) hits++;
  return hits / steps.length;
}

/**
 * A table whose labels name no Waktu (`Durasi`, or no known word at all): the column of times found in
 * the data is the Waktu, and the labelled columns around it take the SOP AP order (issue 13): the text
 * column right before it is the Kelengkapan, the ones after it the Output and the Keterangan. Only lanes
 * whose step cells hold marks stay actors. Tables whose labels name a Waktu are left exactly as read.
 */
export function rolesFromData(
  grid: Grid,
  cols: TableColumns,
  head: { actorNames: DetectedTable['actorNames']; headerCells: Record<string, string> },
  steps: StepSpan[]
): void {
  const laneCols = head.actorNames.map((a) => a.col);
  const waktu = laneCols.find((c) => timeShare(grid, c, steps) >= 0.5);
  if (waktu === undefined) return;
  const texty = (c: number) => steps.some((s) => !markLike(plain(grid, s.row, c)));
  const before = head.actorNames.filter((a) => a.col < waktu);
  const after = head.actorNames.filter((a) => a.col > waktu);
  cols.waktu = waktu;
  head.headerCells.waktu ??= head.actorNames.find((a) => a.col === waktu)!.headerCell;
  const last = before[before.length - 1];
  if (cols.kelengkapan === null && last && texty(last.col)) {
    cols.kelengkapan = last.col;
    head.headerCells.kelengkapan ??= last.headerCell;
    before.pop();
  }
  for (const a of after) {
    const role = cols.output === null ? 'output' : cols.keterangan === null ? 'keterangan' : null;
    if (role === null) break;
    cols[role] = a.col;
    head.headerCells[role] ??= a.headerCell;
  }
  // A Keterangan with a label no vocabulary knows, right after the Output.
  const headerRow = parseRowOf(head.headerCells.uraian);
  if (cols.keterangan === null && cols.output !== null && plain(grid, headerRow, cols.output + 1) !== '') {
    cols.keterangan = cols.output + 1;
    head.headerCells.keterangan ??= a1(headerRow, cols.output + 1);
  }
  head.actorNames.splice(0, head.actorNames.length, ...before);
  cols.actors = before.map((a) => a.col);
}
