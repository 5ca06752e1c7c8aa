/**
 * The rules on the five seed SOPs and the clean SOP, through the whole pipeline (fixture spec -> grid
 * -> parser -> times -> rules): each seed's known anomalies (domain README, "What the seeds contain")
 * are found at the right cells, the clean SOP gives no warning or error, and every fix, applied to the
 * grid and checked again, makes its finding disappear.
 */
import { describe, expect, it } from 'vitest';
import { loadSpeller } from '../../../src/cli/speller';
import { checkGrid } from '../../../src/core/check';
import { parseA1, type Grid } from '../../../src/core/grid';
import type { Finding } from '../../../src/core/model';
import { applyFix, typoFixes } from '../../../src/core/rules/fix';
import { specToGrid } from '../../fixtures/spec';
import { allSpecs, cleanSuratMasuk, dinasPerpustakaan, diskominfo, kecamatanParingin, satpolPP, seedSpecs, setdaBanjarbaru } from '../../fixtures/specs';
import type { WorkbookSpec } from '../../fixtures/spec';

// The dictionary, as the CLI loads it (the typo rule reads words with it).
const speller = loadSpeller();

function findingsOf(spec: WorkbookSpec, grid?: Grid): Finding[] {
  const results = checkGrid(grid ?? specToGrid(spec.sheets[0]), { speller });
  expect(results.length).toBeGreaterThan(0);
  return results[0].sop.findings;
}

const at = (found: Finding[], rule: string) => found.filter((f) => f.rule === rule).map((f) => f.cell);

function setCell(grid: Grid, cell: string, text: string): void {
  const { row, col } = parseA1(cell);
  while (grid.text.length < row) grid.text.push([]);
  const r = grid.text[row - 1];
  while (r.length < col) r.push('');
  r[col - 1] = text;
}

function cellText(grid: Grid, cell: string): string {
  const { row, col } = parseA1(cell);
  return grid.text[row - 1]?.[col - 1] ?? '';
}

describe('rules on the seeds', () => {
  it('000 Kecamatan Paringin: Nomor SOP "-", and (RKAT) in an RKT SOP', () => {
    const found = findingsOf(kecamatanParingin);
    expect(found.filter((f) => f.rule === 'identity-missing').map((f) => [f.cell, f.severity])).toEqual([['B6', 'error']]);
    expect(at(found, 'acronym-mismatch')).toEqual(['B46']);
    // The shapes were lost: no step has an actor, so none is singled out, and no terminator is judged.
    expect(at(found, 'missing-actor')).toEqual([]);
    expect(at(found, 'missing-start')).toEqual([]);
  });

  it('001 Dinas Perpustakaan: PROSDUR, MUTU BUKU on both header copies, a bare year as Nomor, decisions in steps 6 and 8', () => {
    const found = findingsOf(dinasPerpustakaan);
    const typos = found.filter((f) => f.rule === 'typo');
    expect(typos.map((f) => [f.cell, f.fix?.to.match(/PROSEDUR|MUTU BAKU/)?.[0]])).toEqual([
      ['A2', 'PROSEDUR'],
      ['G29', 'MUTU BAKU'],
      ['G37', 'MUTU BAKU'],
    ]);
    expect(at(found, 'identity-missing')).toEqual(['A10']);
    expect(at(found, 'decision-branch')).toEqual(['B40', 'B42']);
    // "Buku RKT" in step 10 is a real book.
    expect(found.some((f) => f.rule === 'typo' && /Buku RKT/.test(f.fix?.from ?? ''))).toBe(false);
  });

  it('002 Satpol PP: DTAFT in six cells, mMenyusun, Kalsifikasi, MUTU BUKU; empty Tanggal Revisi not flagged', () => {
    const found = findingsOf(satpolPP);
    const typos = found.filter((f) => f.rule === 'typo');
    const words = typos.map((f) => `${f.cell}:${f.message.match(/“([^”]+)”/)?.[1]}`);
    // With the dictionary, also the words seed 002 writes apart or without their hyphen, and RESTRA (RENSTRA).
    expect(words).toEqual([
      'C14:di Sahkan',
      'A18:Kalsifikasi',
      'A28:RESTRA',
      'A28:di sesuaikan',
      'G31:BUKU',
      'B37:di susun',
      'B38:masing masing',
      'H38:DTAFT',
      'H39:DTAFT',
      'J39:DTAFT',
      'B40:mMenyusun',
      'H40:DTAFT',
      'J40:DTAFT',
      'H41:DTAFT',
      'H43:di Tanda tangani',
    ]);
    expect(typos.find((f) => f.cell === 'B40')?.fix?.to).toBe('Menyusun Draf RKT');
    expect(at(found, 'identity-missing')).toEqual([]);
  });

  it('003 Diskominfo: markup, Uraian cut at "yang" / "dari", markers Mula / tida, Pemdataan, no Mutu Baku', () => {
    const found = findingsOf(diskominfo);
    expect(at(found, 'markup').length).toBeGreaterThanOrEqual(10);
    expect(at(found, 'typo')).toEqual(['C17']);
    expect(at(found, 'truncated-text')).toEqual(['F23', 'B27', 'B28', 'F31']);
    expect(at(found, 'missing-time')).toHaveLength(11);
    expect(found.filter((f) => f.rule === 'missing-time').every((f) => f.severity === 'warning')).toBe(true);
  });

  it('004 Setda Banjarbaru: steps 7 and 8 the same, three outdated laws on the Dasar Hukum cell', () => {
    const found = findingsOf(setdaBanjarbaru);
    expect(at(found, 'duplicate-step')).toEqual(['B30']);
    const laws = found.filter((f) => f.rule === 'superseded-law');
    expect(laws.map((f) => f.cell)).toEqual(['A15', 'A15', 'A15']);
    expect(laws.map((f) => f.message.match(/diganti (\S+ Nomor \d+ Tahun \d+)/)?.[1])).toEqual([
      'Permendagri Nomor 77 Tahun 2020',
      'Permendagri Nomor 86 Tahun 2017',
      'PP Nomor 12 Tahun 2019',
    ]);
  });

  it('the clean SOP gives no warning and no error', () => {
    const found = findingsOf(cleanSuratMasuk);
    expect(found.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('every fix, applied to the sheet and checked again, makes its finding disappear', () => {
    let applied = 0;
    for (const spec of allSpecs) {
      for (const sheet of spec.sheets) {
        const base = specToGrid(sheet);
        for (const { sop } of checkGrid(base, { speller })) {
          for (const f of sop.findings) {
            if (!f.fix) continue;
            const grid = specToGrid(sheet);
            const next = applyFix(cellText(grid, f.fix.cell), f.fix);
            expect(next, `${spec.file} ${f.rule} ${f.cell}`).not.toBeNull();
            setCell(grid, f.fix.cell, next as string);
            const again = checkGrid(grid, { speller }).flatMap((r) => r.sop.findings);
            expect(again.filter((g) => g.rule === f.rule && g.cell === f.cell && g.message === f.message), `${spec.file} ${f.rule} ${f.cell}`).toEqual([]);
            applied++;
          }
        }
      }
    }
    expect(applied).toBeGreaterThan(20);
  });

  it('"fix all typos" on seed 002 leaves no typo', () => {
    const grid = specToGrid(satpolPP.sheets[0]);
    for (const fix of typoFixes(findingsOf(satpolPP, grid))) setCell(grid, fix.cell, applyFix(cellText(grid, fix.cell), fix) as string);
    expect(at(findingsOf(satpolPP, grid), 'typo')).toEqual([]);
  });

  it('the seeds are all there', () => {
    expect(seedSpecs).toHaveLength(5);
  });
});
