/**
 * The automatic page breaks Alur computes from a sheet's page setup (src/core/grid/pagination.ts),
 * compared with LibreOffice's own pagination of the same file: each fixture is printed to PDF by
 * LibreOffice, and the tag in column A ("R036") of the first row on each page tells where its pages start.
 *
 * Where the zoom is fixed (a scale, or 100 %) the two agree row for row. With fit to one page wide, the
 * zoom depends on the printed width of the columns, and there LibreOffice and Excel measure a column
 * differently: Excel counts a width of n characters as n digits of 7 px (5.25 pt, Calibri 11 rounded to
 * whole pixels), LibreOffice as n digits of the font it prints with, unrounded (Carlito 11: about
 * 5.5 pt). Its columns are some 5 % wider, so it picks a zoom a few percent smaller and fits a row or
 * two more on each page. Given LibreOffice's digit width, the computed breaks again agree row for row;
 * with Excel's they stay within a zoom of 5 percent and two rows per page of LibreOffice's.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Grid } from '../../src/core/grid';
import { printedPageBreaks, printZoom } from '../../src/core/grid/pagination';
import { readWorkbook } from '../../src/xlsx/read';
import { offpageAutoBreak } from '../fixtures/specs/offpage';
import { pageSetupSpecs } from '../fixtures/specs/page-setup';
import { requireTool } from './render';

/** LibreOffice's width of one character of a column (points): Carlito 11's digit, not rounded to pixels. */
const LIBREOFFICE_DIGIT_PT = 5.5;
const EXCEL_DIGIT_PT = 5.25;

const fitToWidth = new Set(['page-f4-landscape-fit.xlsx', 'page-print-titles.xlsx']);

/** The first row of each printed page, as LibreOffice prints the file. */
const printed = new Map<string, number[]>();
const grids = new Map<string, Grid>();
/** The text of each page LibreOffice prints of the off-page fixture. */
const sopPages: string[] = [];

beforeAll(async () => {
  requireTool('soffice');
  requireTool('pdftotext');
  const dir = await mkdtemp(join(tmpdir(), 'alur-pages-'));
  const files: string[] = [];
  for (const spec of pageSetupSpecs) {
    const bytes = await readFile(join('tests/fixtures/xlsx', spec.file));
    await writeFile(join(dir, spec.file), bytes);
    files.push(join(dir, spec.file));
    grids.set(spec.file, (await readWorkbook(bytes))[0]);
  }
  const sop = offpageAutoBreak.file;
  await writeFile(join(dir, sop), await readFile(join('tests/fixtures/xlsx', sop)));
  files.push(join(dir, sop));
  grids.set(sop, (await readWorkbook(await readFile(join('tests/fixtures/xlsx', sop))))[0]);
  // One LibreOffice run for all the files, with a private profile.
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files],
    {
      stdio: 'pipe',
      timeout: 300_000,
    }
  );
  for (const spec of pageSetupSpecs) {
    const text = execFileSync('pdftotext', ['-layout', join(dir, spec.file.replace(/\.xlsx$/, '.pdf')), '-'], {
      encoding: 'utf8',
    });
    const firsts = text
      .split('\f')
      .map((page) => /\bR(\d{3})\b/.exec(page))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => Number(m[1]));
    printed.set(spec.file, firsts);
  }
  const pdf = execFileSync('pdftotext', ['-layout', join(dir, sop.replace(/\.xlsx$/, '.pdf')), '-'], {
    encoding: 'utf8',
  });
  sopPages.push(...pdf.split('\f').filter((p) => p.trim() !== ''));
}, 360_000);

/** The rows starting a page after the first, as LibreOffice printed them. */
const libreOfficeBreaks = (file: string) => printed.get(file)!.slice(1);

/** The grid with its column widths as LibreOffice measures them. */
function withLibreOfficeWidths(grid: Grid): Grid {
  const k = LIBREOFFICE_DIGIT_PT / EXCEL_DIGIT_PT;
  return { ...grid, colWidths: grid.colWidths.map((w) => w * k) };
}

describe('automatic page breaks against LibreOffice', () => {
  for (const spec of pageSetupSpecs) {
    const file = spec.file;
    if (fitToWidth.has(file)) {
      it(`${file}: with LibreOffice's column widths, the same rows start each page`, () => {
        expect(printedPageBreaks(withLibreOfficeWidths(grids.get(file)!))).toEqual(libreOfficeBreaks(file));
      });
      it(`${file}: with Excel's column widths, a zoom within 5 % and breaks within 2 rows of LibreOffice's`, () => {
        const grid = grids.get(file)!;
        const ours = printedPageBreaks(grid);
        const theirs = libreOfficeBreaks(file);
        expect(Math.abs(printZoom(grid) - printZoom(withLibreOfficeWidths(grid)))).toBeLessThanOrEqual(5);
        expect(Math.abs(ours.length - theirs.length)).toBeLessThanOrEqual(1);
        theirs.forEach((row, i) => {
          // Each page of LibreOffice's holds up to two rows more than ours: the k-th break drifts by up to 2k.
          if (i < ours.length) expect(Math.abs(ours[i] - row)).toBeLessThanOrEqual(2 * (i + 1));
        });
      });
    } else {
      it(`${file}: the same rows start each printed page`, () => {
        expect(printedPageBreaks(grids.get(file)!)).toEqual(libreOfficeBreaks(file));
      });
    }
  }

  it('an SOP whose page setup breaks between the rows left for off-page pentagons: LibreOffice breaks there too', () => {
    // Steps 1-4 (rows 13-16) and the foot row 17 on page 1; the head row 18 and steps 5-7 on page 2.
    expect(printedPageBreaks(grids.get(offpageAutoBreak.file)!)).toEqual([18]);
    expect(sopPages.length).toBe(2);
    expect(sopPages[0]).toContain('Apakah berkas permohonan lengkap');
    expect(sopPages[0]).not.toContain('Memberikan paraf');
    expect(sopPages[1]).toContain('Memberikan paraf');
  });

  it('the fixtures do break: every one prints on several pages', () => {
    for (const spec of pageSetupSpecs) expect(printed.get(spec.file)!.length, spec.file).toBeGreaterThan(2);
  });
});
