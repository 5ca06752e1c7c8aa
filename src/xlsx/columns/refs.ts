/**
 * Reference shifting for a column insertion: a cell, a range, a list of ranges, the A1 references of a
 * formula (the sheet's own, or naming it), each moved right when at or past the insertion point; a range
 * straddling the point grows, as in Excel.
 */
import { colLetter, colNumber, type CellRange } from '../../core/grid';

/** Column shifter for one insertion. */
export interface Shift {
  at: number;
  count: number;
}

export const col = (s: Shift, c: number) => (c >= s.at ? c + s.count : c);

/** "E5" / "$E$5" -> shifted, keeping the $ signs; anything else unchanged. */
export function shiftCellRef(ref: string, s: Shift): string {
  const m = /^(\$?)([A-Z]{1,3})(\$?)(\d+)$/.exec(ref);
  if (!m) return ref;
  return `${m[1]}${colLetter(col(s, colNumber(m[2])))}${m[3]}${m[4]}`;
}

/** "C3:F9" (or a single cell, or whole columns "C:F") shifted; a range straddling the point grows. */
export function shiftRangeRef(ref: string, s: Shift): string {
  const parts = ref.split(':');
  if (parts.length === 1) return shiftCellRef(ref, s);
  if (parts.length !== 2) return ref;
  const wholeCol = /^(\$?)([A-Z]{1,3})$/;
  const shiftPart = (p: string) => {
    const w = wholeCol.exec(p);
    return w ? `${w[1]}${colLetter(col(s, colNumber(w[2])))}` : shiftCellRef(p, s);
  };
  return `${shiftPart(parts[0])}:${shiftPart(parts[1])}`;
}

/** A space-separated list of ranges (sqref). */
export function shiftSqref(sqref: string, s: Shift): string {
  return sqref
    .split(/(\s+)/)
    .map((p) => (/^\s*$/.test(p) ? p : shiftRangeRef(p, s)))
    .join('');
}

/**
 * A1 references in a formula: optional sheet prefix (Name! or 'Quoted Name'!), a cell or area, or
 * whole columns. Not preceded by a name character (so "LOG10" inside "XLOG10" is no match) and not
 * followed by "(" (a function such as LOG10( ) or a name character.
 */
const FORMULA_REF =
  /(?<![A-Za-z0-9_.$'\]])((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?[A-Z]{1,3})(\$?\d+)?(?::(\$?[A-Z]{1,3})(\$?\d+)?)?(?![A-Za-z0-9_(!])/g;

const unquoteSheet = (prefix: string) => {
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
};

/**
 * Shifts the references of a formula that point at `sheet`: those naming it, and (when the formula
 * lives on that sheet, `local`) those naming no sheet. String literals are left alone.
 */
export function shiftFormula(formula: string, sheet: string, local: boolean, s: Shift): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => {
      if (i % 2 === 1) return part; // a string literal
      return part.replace(
        FORMULA_REF,
        (match, prefix: string | undefined, c1: string, r1?: string, c2?: string, r2?: string) => {
          const onSheet = prefix ? unquoteSheet(prefix) === sheet : local;
          if (!onSheet) return match;
          const isCell = r1 !== undefined && (c2 === undefined || r2 !== undefined);
          const isColumns = r1 === undefined && c2 !== undefined && r2 === undefined;
          if (!isCell && !isColumns) return match; // a name such as TRUE or Pajak
          const ref = `${c1}${r1 ?? ''}${c2 !== undefined ? `:${c2}${r2 ?? ''}` : ''}`;
          return `${prefix ?? ''}${shiftRangeRef(ref, s)}`;
        }
      );
    })
    .join('');
}

export function parseRange(ref: string): CellRange | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(ref);
  if (!m) return null;
  const left = colNumber(m[1]);
  const top = Number(m[2]);
  return { top, left, bottom: m[4] ? Number(m[4]) : top, right: m[3] ? colNumber(m[3]) : left };
}

export const straddles = (r: CellRange, s: Shift) => r.left < s.at && r.right >= s.at;
