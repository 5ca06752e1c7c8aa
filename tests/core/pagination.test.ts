/** Printed page breaks from a page setup (src/core/grid/pagination.ts), on hand-made grids. */
import { describe, expect, it } from 'vitest';
import { gridFromRows, type Grid } from '../../src/core/grid';
import { pageSetup, paperCodeOfName, paperOfCode } from '../../src/core/grid/page-setup';
import { printableSize, printedPageBreaks, printZoom } from '../../src/core/grid/pagination';

/** A sheet of `rows` tagged rows, one 100 pt column, row heights by `height`. */
function sheet(rows: number, height: (r: number) => number, extra: Partial<Grid> = {}): Grid {
  const g = gridFromRows(
    'S',
    Array.from({ length: rows }, (_, i) => [`R${i + 1}`]),
    extra
  );
  g.rowHeights = Array.from({ length: rows }, (_, i) => height(i + 1));
  g.colWidths = [100];
  return g;
}

// Letter portrait with 1 in margins all round: a printable box of 468 x 648 pt.
const inch1 = { left: 72, right: 72, top: 72, bottom: 72, header: 36, footer: 36 };

describe('printedPageBreaks', () => {
  it('without a page setup, only the manual breaks', () => {
    expect(printedPageBreaks(sheet(200, () => 20, { pageBreaks: [50, 10, 10] }))).toEqual([10, 50]);
  });

  it('fills each page until the next row would overflow it (648 pt: 32 rows of 20 pt)', () => {
    const g = sheet(100, () => 20, { page: pageSetup({ paperSize: 1, margins: inch1 }) });
    expect(printableSize(g.page!)).toEqual({ width: 468, height: 648 });
    expect(printedPageBreaks(g)).toEqual([33, 65, 97]);
  });

  it('landscape turns the paper; a zoom of 50 % doubles the rows on a page', () => {
    const land = sheet(100, () => 20, { page: pageSetup({ paperSize: 1, orientation: 'landscape', margins: inch1 }) });
    expect(printedPageBreaks(land)).toEqual([24, 47, 70, 93]); // 468 pt: 23 rows
    const half = sheet(100, () => 20, { page: pageSetup({ paperSize: 1, scale: 50, margins: inch1 }) });
    expect(printedPageBreaks(half)).toEqual([65]);
  });

  it('Legal, A4 and Folio (F4) paper', () => {
    expect(paperOfCode(5)).toEqual({ width: 612, height: 1008 });
    expect(paperOfCode(14)).toEqual({ width: 612, height: 936 });
    expect(paperOfCode(9).height).toBeCloseTo(841.89, 2);
    expect(paperCodeOfName('Folio')).toBe(14);
    const f4 = sheet(100, () => 20, { page: pageSetup({ paperSize: 14, margins: inch1 }) });
    expect(printedPageBreaks(f4)).toEqual([40, 79]); // 792 pt: 39 rows
  });

  it('print titles take their height from every page that starts below them', () => {
    const g = sheet(100, (r) => (r <= 2 ? 40 : 20), {
      page: { ...pageSetup({ paperSize: 1, margins: inch1 }), titleRows: { top: 1, bottom: 2 } },
    });
    // Page 1: 80 pt of titles + 28 rows; then 568 pt a page: 28 rows.
    expect(printedPageBreaks(g)).toEqual([31, 59, 87]);
  });

  it('a manual break starts a page and the automatic count again from it', () => {
    const g = sheet(100, () => 20, { pageBreaks: [10], page: pageSetup({ paperSize: 1, margins: inch1 }) });
    expect(printedPageBreaks(g)).toEqual([10, 42, 74]);
  });

  it('a row taller than a page gets a page of its own', () => {
    const g = sheet(6, (r) => (r === 3 ? 700 : 20), { page: pageSetup({ paperSize: 1, margins: inch1 }) });
    expect(printedPageBreaks(g)).toEqual([3, 4]);
  });

  it('fit to one page wide: the largest whole percent that fits the columns; fit to one page tall ignores manual breaks', () => {
    const wide = sheet(100, () => 20, {
      page: pageSetup({ paperSize: 1, margins: inch1, fitToPage: true, fitToWidth: 1, fitToHeight: 0 }),
    });
    wide.text = wide.text.map((r) => [...r, 'b', 'c', 'd', 'e', 'f']);
    wide.colWidths = [100, 100, 100, 100, 100, 100];
    expect(printZoom(wide)).toBe(78); // 468 / 600 columns wide
    expect(printedPageBreaks(wide)).toEqual([42, 83]); // 648 / 0.78 = 830 pt: 41 rows
    const one = sheet(100, () => 20, {
      pageBreaks: [10],
      page: pageSetup({ paperSize: 1, margins: inch1, fitToPage: true, fitToWidth: 1, fitToHeight: 1 }),
    });
    expect(printZoom(one)).toBe(32); // 2000 pt on 648
    expect(printedPageBreaks(one)).toEqual([]);
  });

  it('the print area: only its rows, each area on pages of its own', () => {
    const page = {
      ...pageSetup({ paperSize: 1, margins: inch1 }),
      printArea: [
        { top: 11, left: 1, bottom: 80, right: 1 },
        { top: 90, left: 1, bottom: 95, right: 1 },
      ],
    };
    expect(printedPageBreaks(sheet(100, () => 20, { page }))).toEqual([43, 75, 90]);
  });
});
