/**
 * A sheet's page setup as Excel keeps it: paper, orientation, margins, zoom or fit-to-pages, print
 * titles, print area and manual column breaks, with Excel's papers and defaults. Hosts read it into
 * `grid.page` (src/xlsx/page-setup.ts from the file, src/excel/read.ts from `worksheet.pageLayout`);
 * ./pagination computes the printed pages from it. Types and data only: its own module so that the
 * grid (./index), which holds a PageSetup, and the pagination, which reads the grid, import it without
 * importing each other.
 */
import type { CellRange } from './a1';

/** Page margins in points. */
export interface PageMargins {
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

/** A sheet's page setup, as Excel keeps it (lengths in points). */
export interface PageSetup {
  /** Excel's paper size code (1 Letter, 5 Legal, 9 A4, 14 Folio 8.5x13 in, ...), where known. */
  paperSize?: number;
  /** The paper's width and height in points, portrait (width <= height). */
  paper: { width: number; height: number };
  orientation: 'portrait' | 'landscape';
  margins: PageMargins;
  /** Zoom in percent (10..400), used when fitToPage is off. */
  scale: number;
  fitToPage: boolean;
  /** Pages across / down to fit to; 0 means "automatic" (no limit that way). */
  fitToWidth: number;
  fitToHeight: number;
  /** Rows repeated at the top of every page (`_xlnm.Print_Titles`), 1-based inclusive. */
  titleRows?: { top: number; bottom: number };
  /** Columns repeated at the left of every page, 1-based inclusive. */
  titleCols?: { left: number; right: number };
  /** The print area (`_xlnm.Print_Area`): one or more ranges, each printed on pages of its own. */
  printArea?: CellRange[];
  centerHorizontally?: boolean;
  centerVertically?: boolean;
  /** Columns (1-based) where a manual break starts a new page across. */
  colBreaks?: number[];
}

const INCH = 72;
const MM = 72 / 25.4;

/** Portrait paper sizes in points by Excel's paperSize code (ECMA-376 Part 1, 18.3.1.63). */
const PAPER: Record<number, { width: number; height: number }> = {
  1: { width: 8.5 * INCH, height: 11 * INCH }, // Letter
  2: { width: 8.5 * INCH, height: 11 * INCH }, // Letter small
  3: { width: 11 * INCH, height: 17 * INCH }, // Tabloid
  4: { width: 11 * INCH, height: 17 * INCH }, // Ledger (17 x 11, landscape of Tabloid)
  5: { width: 8.5 * INCH, height: 14 * INCH }, // Legal
  6: { width: 5.5 * INCH, height: 8.5 * INCH }, // Statement
  7: { width: 7.25 * INCH, height: 10.5 * INCH }, // Executive
  8: { width: 297 * MM, height: 420 * MM }, // A3
  9: { width: 210 * MM, height: 297 * MM }, // A4
  10: { width: 210 * MM, height: 297 * MM }, // A4 small
  11: { width: 148 * MM, height: 210 * MM }, // A5
  12: { width: 257 * MM, height: 364 * MM }, // B4 (JIS)
  13: { width: 182 * MM, height: 257 * MM }, // B5 (JIS)
  14: { width: 8.5 * INCH, height: 13 * INCH }, // Folio: the "F4" of Indonesian offices
  15: { width: 215 * MM, height: 275 * MM }, // Quarto
  16: { width: 10 * INCH, height: 14 * INCH },
  17: { width: 11 * INCH, height: 17 * INCH },
  18: { width: 8.5 * INCH, height: 11 * INCH }, // Note
  39: { width: 14.875 * INCH, height: 11 * INCH }, // US standard fanfold
  40: { width: 8.5 * INCH, height: 12 * INCH }, // German standard fanfold
  41: { width: 8.5 * INCH, height: 13 * INCH }, // German legal fanfold
  66: { width: 420 * MM, height: 594 * MM }, // A2
  70: { width: 105 * MM, height: 148 * MM }, // A6
};

/** Excel's names for the paper sizes (Office.js `Excel.PaperType`), in code order from 1. */
const PAPER_NAMES = [
  'Letter',
  'LetterSmall',
  'Tabloid',
  'Ledger',
  'Legal',
  'Statement',
  'Executive',
  'A3',
  'A4',
  'A4Small',
  'A5',
  'B4',
  'B5',
  'Folio',
  'Quatro',
  'Paper10x14',
  'Paper11x17',
  'Note',
];

/** The paper of an Excel paperSize code (Letter, Excel's default, for a code it does not list here). */
export function paperOfCode(code: number | undefined): { width: number; height: number } {
  const p = (code !== undefined && PAPER[code]) || PAPER[1];
  return { width: Math.min(p.width, p.height), height: Math.max(p.width, p.height) };
}

/** Excel's paperSize code of an Office.js paper name ("Legal" -> 5), or undefined. */
export function paperCodeOfName(name: string): number | undefined {
  const i = PAPER_NAMES.findIndex((n) => n.toLowerCase() === name.toLowerCase());
  return i < 0 ? undefined : i + 1;
}

/** Excel's default margins ("Normal"): 0.7 in left and right, 0.75 in top and bottom, 0.3 in header/footer. */
export const DEFAULT_MARGINS: PageMargins = {
  left: 0.7 * INCH,
  right: 0.7 * INCH,
  top: 0.75 * INCH,
  bottom: 0.75 * INCH,
  header: 0.3 * INCH,
  footer: 0.3 * INCH,
};

/** A page setup with Excel's defaults for whatever is not given. */
export function pageSetup(p: Partial<PageSetup> = {}): PageSetup {
  return {
    orientation: 'portrait',
    scale: 100,
    fitToPage: false,
    fitToWidth: 1,
    fitToHeight: 1,
    ...p,
    paper: p.paper ?? paperOfCode(p.paperSize),
    margins: { ...DEFAULT_MARGINS, ...p.margins },
  };
}
