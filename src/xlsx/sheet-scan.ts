/**
 * One pass of XML events over a worksheet part (saxes): the cell text as displayed, written straight
 * into rows of strings, and the few sheet-level facts the Grid needs (row heights, column definitions,
 * merges, default sizes, protection, the used range). The small print-setting elements are cut out
 * as source text (`kept`) for ./read to parse as trees. No element tree and no cell objects are built
 * for the sheet's data, so a 10 000 x 100 data sheet costs its text and little more.
 */
import { SaxesParser, type SaxesTag } from 'saxes';
import { decodeEntities, decodeEscapes, valueText, type CellValue } from './cell-text';
import { localName, type Book } from './read-book';

/** The top-level sheet elements kept as source text (all small: a few attributes each). */
const KEPT = new Set(['sheetPr', 'pageMargins', 'pageSetup', 'printOptions', 'rowBreaks', 'colBreaks']);

export interface ScannedSheet {
  /** Cell text as displayed, row by row (1-based row r at index r - 1); trailing blanks not trimmed. */
  text: string[][];
  /** Row heights in points where a row sets one (0 for a hidden row). */
  heights: (number | undefined)[];
  cols: { min: number; max: number; width?: number; hidden: boolean }[];
  mergeRefs: string[];
  defaultRowHeight: number;
  defaultColWidth: number | undefined;
  isProtected: boolean;
  usedRows: number;
  usedCols: number;
  /** The source text of each kept print-setting element. */
  kept: string[];
}

const colOfLetters = (ref: string, end: number): number => {
  let col = 0;
  for (let i = 0; i < end; i++) col = col * 26 + (ref.charCodeAt(i) - 64);
  return col;
};

/** Splits "AB12" into its column (28) and row (12); null when it is not a plain A1 reference. */
function splitRef(ref: string): { row: number; col: number } | null {
  let i = 0;
  while (i < ref.length && i < 3) {
    const ch = ref.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    i++;
  }
  if (i === 0 || i === ref.length) return null;
  let row = 0;
  for (let j = i; j < ref.length; j++) {
    const d = ref.charCodeAt(j) - 48;
    if (d < 0 || d > 9) return null;
    row = row * 10 + d;
  }
  return { row, col: colOfLetters(ref, i) };
}

const isTrue = (v: string | undefined) => v === '1' || v === 'true';

/** Where the scanner is among the sheet's top-level elements. */
const Section = { None: 0, SheetData: 1, Cols: 2, MergeCells: 3 } as const;

/** What a text event is collected into. */
const Collect = {
  None: 0,
  /** `<v>`, or an inline string's own `<t>`. */
  Value: 1,
  /** A rich text run's `<t>`. */
  Run: 2,
  /** `<f>`: only whether it has text. */
  Formula: 3,
} as const;

/** The cell being read: its attributes and the text collected for it. */
interface CellState {
  ref: string | undefined;
  type: string | undefined;
  style: number;
  isFormula: boolean;
  formulaText: boolean;
  value: string | undefined;
  runs: string | undefined;
}

/** The text a cell shows: its value through its number format, or its link where it has no value. */
function shownText(cell: CellState, book: Book, links: Map<string, string>): string {
  let runs = cell.runs;
  let value = cell.value;
  if (runs !== undefined) {
    runs = decodeEscapes(runs);
    if (value === undefined && cell.type === 'inlineStr') value = runs;
  }
  let v: CellValue;
  if (cell.isFormula || cell.formulaText) {
    if (value) v = typedValue(cell.type, value);
  } else if (value !== undefined) {
    if (cell.type === 's') v = book.strings[parseInt(value, 10)];
    else if (cell.type === 'inlineStr') v = value;
    else v = typedValue(cell.type, value);
  }
  const numFmt = cell.style ? book.styleFormats[cell.style] : undefined;
  const link = cell.ref === undefined ? undefined : links.get(cell.ref);
  // A linked cell without a value shows its link.
  return v === undefined && link !== undefined ? link : valueText(v, numFmt, book.date1904);
}

/** A `<v>` of type `str`, `b`, `e` or a number. */
function typedValue(type: string | undefined, value: string): CellValue {
  if (type === 'str') return decodeEntities(value);
  if (type === 'b') return parseInt(value, 10) !== 0;
  if (type === 'e') return { error: value };
  return parseFloat(value);
}

class SheetScanner {
  readonly out: ScannedSheet = {
    text: [],
    heights: [],
    cols: [],
    mergeRefs: [],
    defaultRowHeight: 0,
    defaultColWidth: undefined,
    isProtected: false,
    usedRows: 0,
    usedCols: 0,
    kept: [],
  };
  private depth = 0;
  private section: (typeof Section)[keyof typeof Section] = Section.None;
  /** Where the kept element being read starts in the source (-1: none), and its depth. */
  private keptStart = -1;
  private keptDepth = 0;
  private rowNo = 0;
  private colNo = 0;
  private cell: CellState = {
    ref: undefined,
    type: undefined,
    style: 0,
    isFormula: false,
    formulaText: false,
    value: undefined,
    runs: undefined,
  };
  private inIs = false;
  private inRun = false;
  private phonetic = 0;
  private collect: (typeof Collect)[keyof typeof Collect] = Collect.None;

  constructor(
    private readonly source: string,
    private readonly parser: SaxesParser<{ position: true }>,
    private readonly book: Book,
    private readonly links: Map<string, string>
  ) {}

  open(tag: SaxesTag): void {
    this.depth++;
    if (this.keptStart >= 0) return;
    const local = localName(tag.name);
    const a = tag.attributes as Record<string, string>;
    if (this.depth === 2) this.openTopLevel(local, a, tag.isSelfClosing);
    else if (this.section === Section.SheetData) this.openInData(local, a);
    else if (this.section === Section.Cols && this.depth === 3 && local === 'col') {
      this.out.cols.push({
        min: parseInt(a.min || '0', 10),
        max: parseInt(a.max || '0', 10),
        width: a.width === undefined ? undefined : parseFloat(a.width || '0'),
        hidden: isTrue(a.hidden),
      });
    } else if (this.section === Section.MergeCells && this.depth === 3 && local === 'mergeCell') {
      this.out.mergeRefs.push(a.ref ?? '');
    }
  }

  private openTopLevel(local: string, a: Record<string, string>, selfClosing: boolean): void {
    if (local === 'sheetData') this.section = Section.SheetData;
    else if (local === 'cols') this.section = Section.Cols;
    else if (local === 'mergeCells') this.section = Section.MergeCells;
    else if (local === 'sheetFormatPr') {
      this.out.defaultRowHeight = parseFloat(a.defaultRowHeight || '0');
      if (a.defaultColWidth) this.out.defaultColWidth = parseFloat(a.defaultColWidth);
    } else if (local === 'sheetProtection') this.out.isProtected = a.sheet === '1';
    else if (KEPT.has(local)) {
      this.keptStart = this.source.lastIndexOf('<', this.parser.position - 1);
      this.keptDepth = this.depth;
      if (selfClosing) {
        this.out.kept.push(this.source.slice(this.keptStart, this.parser.position));
        this.keptStart = -1;
      }
    }
  }

  private openInData(local: string, a: Record<string, string>): void {
    const depth = this.depth;
    if (depth === 3 && local === 'row') {
      this.rowNo = a.r ? parseInt(a.r, 10) : this.rowNo + 1;
      this.colNo = 0;
      const ht = a.ht ? parseFloat(a.ht) : 0;
      if (isTrue(a.hidden)) this.out.heights[this.rowNo - 1] = 0;
      else if (ht) this.out.heights[this.rowNo - 1] = ht;
    } else if (depth === 4 && local === 'c') {
      const at = a.r ? splitRef(a.r) : null;
      this.colNo = at ? at.col : this.colNo + 1;
      if (at) {
        if (at.row > this.out.usedRows) this.out.usedRows = at.row;
        if (at.col > this.out.usedCols) this.out.usedCols = at.col;
      }
      const c = this.cell;
      c.ref = a.r;
      c.type = a.t;
      c.style = a.s ? parseInt(a.s, 10) : 0;
      c.isFormula = false;
      c.formulaText = false;
      c.value = undefined;
      c.runs = undefined;
    } else if (depth === 5) {
      if (local === 'v') this.collect = Collect.Value;
      else if (local === 'f') {
        this.collect = Collect.Formula;
        if (a.t) this.cell.isFormula = true;
      } else if (local === 'is') this.inIs = true;
    } else if (this.inIs) {
      if (local === 'rPh') this.phonetic++;
      else if (local === 'r' && depth === 6) {
        this.inRun = true;
        this.cell.runs ??= '';
      } else if (local === 't' && this.phonetic === 0) this.collect = this.inRun ? Collect.Run : Collect.Value;
    }
  }

  close(tag: SaxesTag): void {
    const d = this.depth--;
    if (this.keptStart >= 0) {
      if (d === this.keptDepth) {
        this.out.kept.push(this.source.slice(this.keptStart, this.parser.position));
        this.keptStart = -1;
      }
      return;
    }
    if (d === 2) {
      this.section = Section.None;
      return;
    }
    if (this.section !== Section.SheetData) return;
    if (d === 4) {
      this.endCell();
      return;
    }
    const local = localName(tag.name);
    if (d === 5) {
      this.collect = Collect.None;
      if (local === 'is') this.inIs = false;
    } else if (this.inIs) {
      if (local === 'rPh') this.phonetic--;
      else if (local === 'r' && d === 6) this.inRun = false;
      else if (local === 't') this.collect = Collect.None;
    }
  }

  text(t: string): void {
    const c = this.cell;
    if (this.collect === Collect.Value) c.value = c.value === undefined ? t : c.value + t;
    else if (this.collect === Collect.Run) c.runs += t;
    else if (this.collect === Collect.Formula && t) c.formulaText = true;
  }

  private endCell(): void {
    const shown = shownText(this.cell, this.book, this.links);
    if (shown === '') return;
    const text = this.out.text;
    while (text.length < this.rowNo) text.push([]);
    const line = text[this.rowNo - 1];
    while (line.length < this.colNo) line.push('');
    line[this.colNo - 1] = shown;
  }
}

/** Scans one sheet part; throws the XML parser's first error. */
export function scanSheet(source: string, book: Book, links: Map<string, string>): ScannedSheet {
  const parser = new SaxesParser({ position: true });
  const scanner = new SheetScanner(source, parser, book, links);
  let error: Error | undefined;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('opentag', (tag) => scanner.open(tag));
  parser.on('closetag', (tag) => scanner.close(tag));
  parser.on('text', (t) => scanner.text(t));
  parser.on('cdata', (t) => scanner.text(t));
  parser.write(source).close();
  if (error) throw error;
  return scanner.out;
}
