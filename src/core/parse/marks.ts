/**
 * What marks an actor on a step: a flowchart shape drawn over the actor's cell, or text typed into it
 * (`Mulai`, `↓ []`, `{ } (Diamond)`, `X`, `√`, a truncated `tida` ...), and the symbol each says.
 * Words: a "mark" is what the SOP's author put in an actor cell (read here); a "cell marker" is the text
 * symbol Alur writes where it cannot draw shapes (core/flowchart/cell-markers.ts, excel/cell-markers.ts); a
 * "highlight" is the fill a finding gets on the sheet (excel/highlights.ts).
 */
import { colWidth, rowHeight, type Grid, type GridShape } from '../grid';
import { shapeMark } from '../grid/vocabulary';
import type { SopSymbol } from '../model';

/** Arrows and similar decoration around a mark ("↓ Mulai"). */
const ARROWS = /[↓↑→←⇩⇧⇨⇦⬇⬆➡⬅↘↙↗↖➔➜▼▲►◄|]/g;

/** The symbol a text mark says, or undefined when it only marks the actor ("X", "√", "tida"). */
export function markSymbol(text: string): SopSymbol | undefined {
  const s = text.replace(ARROWS, ' ').trim().toLowerCase();
  if (/^(?:mulai|mula|mul|start|awal)\b/.test(s)) return 'start';
  if (/^(?:selesai|selesa|selsai|finish|end|akhir)\b/.test(s)) return 'end';
  if (/\{\s*\}|diamond|belah ketupat|[◇◆♦]|<\s*>/.test(s)) return 'decision';
  if (/^\[\s*\]|^[□■▭▯]$|persegi|kotak/.test(s)) return 'process';
  return undefined;
}

/** The answers a branch note opens with ("Ya:", "Tidak ->", "T:", "Tidak sesuai, kembali ..."); longest first. */
export const BRANCH_LABELS = String.raw`tidak\s+sesuai|tidak\s+lengkap|tidak\s+setuju|tidak|tdk|belum|ya|sesuai|lengkap|setuju|y|t`;
/** What names a step in a branch note: "langkah 5", "no. 5", "nomor 5", "tahap 5". */
const STEP_NOUN = String.raw`(?:langkah|no\.?|nomor|step|kegiatan|proses|tahap)`;
/** A pointer between an answer and its target: "Tidak: 5", "Tidak -> 5", "T = 5", "Ya → 7". */
const POINTER = String.raw`(?:-+>|=>|[→⇒➔➜>:=])`;
/** A number that counts something ("T: 5 hari", "Ya: 2 berkas") is not a step. */
const NOT_AMOUNT = String.raw`(?!\s*(?:hari|hr|jam|menit|mnt|minggu|mgg|bulan|bln|berkas|lembar|orang|eksemplar|kali|x\b|%|[.,]\d))`;

/**
 * The source of the branch-note pattern, two forms: `[answer] [kembali] ke [langkah] N` ("ke langkah 5",
 * "Tidak: ke 5", "kembali ke no. 3", "dikembalikan ke no. 2") with the answer in group 1 and the target
 * in group 2; and `answer pointer [langkah] N` or `answer langkah N` ("Ya: langkah 7", "Tidak -> 5",
 * "T: 5") with the answer in group 3 and the target in group 4.
 */
export const BRANCH_TEXT_SOURCE =
  String.raw`(?:\b(${BRANCH_LABELS})\b\s*[:=,]?\s*)?(?:\b(?:kembali|dikembalikan)\s+)?\bke\s*${STEP_NOUN}?\s*(?:no\.?\s*)?(\d{1,3})\b${NOT_AMOUNT}` +
  String.raw`|\b(${BRANCH_LABELS})\b\s*(?:${POINTER}\s*(?:${STEP_NOUN}\s*)?|${STEP_NOUN}\s*)(\d{1,3})\b${NOT_AMOUNT}`;

/** Text naming a branch target ("ke langkah 5", "kembali ke no. 3", "Tidak -> 5"): not a mark by itself. */
export const BRANCH_TEXT = new RegExp(BRANCH_TEXT_SOURCE, 'i');

/** Whether a branch note names the step by a noun ("langkah 5", "no. 5") rather than a bare "ke 5". */
export const NAMES_STEP = new RegExp(String.raw`${STEP_NOUN}\s*\d`, 'i');

/** "Ya", "Tidak", "Y", "T": the label of a decision's arrow. */
export function isBranchLabelText(text: string): boolean {
  return /^(?:ya|y|tidak|tdk|t)[.:]?$/i.test(text.trim());
}

/** Longest text still read as a mark in an actor cell (longer text is a note, not a mark). */
const MAX_MARK_LENGTH = 24;

/** Whether an actor cell's text marks the actor. */
export function isMarkText(text: string): boolean {
  if (text === '') return false;
  if (markSymbol(text)) return true;
  if (BRANCH_TEXT.test(text)) return false;
  return text.length <= MAX_MARK_LENGTH;
}

/**
 * The symbol a shape says (terminators are settled by position or text later), 'mark' for a picture
 * that marks the actor without naming its symbol (inferred like a tick), undefined for a shape that
 * marks nothing: labels (text boxes, Alur's own "Ya"/"Tidak" and masks), arrows, off-page pentagons.
 * The vocabulary is the core's one (core/grid/vocabulary), shared by both hosts' readers.
 */
export function shapeSymbol(shape: GridShape): SopSymbol | 'terminator' | 'mark' | undefined {
  switch (shapeMark(shape)) {
    case 'decision':
      return 'decision';
    case 'process':
      return 'process';
    case 'terminator':
      return markSymbol(shape.text) ?? 'terminator';
    case 'mark':
      return 'mark';
    default:
      return undefined;
  }
}

/**
 * Finds the cell under the centre of each shape, from column widths and row heights (so a shape drawn
 * across a cell border lands in the cell holding most of it). Prefix sums make each lookup logarithmic.
 */
export class ShapeLocator {
  private readonly colEdges: number[] = [0];
  private readonly rowEdges: number[] = [0];

  constructor(private readonly grid: Grid) {}

  private edge(edges: number[], n: number, size: (i: number) => number): number {
    while (edges.length <= n) edges.push(edges[edges.length - 1] + size(edges.length));
    return edges[n];
  }

  private colLeft(col: number): number {
    return this.edge(this.colEdges, col - 1, (i) => colWidth(this.grid, i));
  }

  private rowTop(row: number): number {
    return this.edge(this.rowEdges, row - 1, (i) => rowHeight(this.grid, i));
  }

  /** The last of the rows/columns `from`..`to` whose start edge lies at or before `x`. */
  private find(edges: (n: number) => number, x: number, from: number, to: number): number {
    let n = from;
    while (n < to && edges(n + 1) <= x) n++;
    return n;
  }

  /** The cell holding the centre of a shape. */
  centre(shape: GridShape): { row: number; col: number } {
    const x0 = this.colLeft(shape.from.col) + (shape.from.colOffset ?? 0);
    const x1 =
      shape.to.colOffset !== undefined
        ? this.colLeft(shape.to.col) + shape.to.colOffset
        : this.colLeft(shape.to.col + 1);
    const y0 = this.rowTop(shape.from.row) + (shape.from.rowOffset ?? 0);
    const y1 =
      shape.to.rowOffset !== undefined ? this.rowTop(shape.to.row) + shape.to.rowOffset : this.rowTop(shape.to.row + 1);
    const cx = (x0 + x1) / 2;
    const cy = (y0 + y1) / 2;
    return {
      col: this.find((n) => this.colLeft(n), cx, shape.from.col, shape.to.col),
      row: this.find((n) => this.rowTop(n), cy, shape.from.row, shape.to.row),
    };
  }
}
