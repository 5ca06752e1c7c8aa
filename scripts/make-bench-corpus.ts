/**
 * The benchmark's folder of SOP workbooks: the fixture specs (five seeds, the clean SOP, the odd ones)
 * with variations, written as real .xlsx files into a folder the caller chooses (the bench uses one
 * under os.tmpdir(); the corpus is never committed). Each variation renames the sheet, names the SOP
 * differently and scales its Waktu numbers, so the files differ as an office's folder would.
 *
 *   npx tsx scripts/make-bench-corpus.ts OUT_DIR [COUNT]
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SpecValue, WorkbookSpec } from '../tests/fixtures/spec';
import { allSpecs } from '../tests/fixtures/specs';
import { buildWorkbook } from './make-fixtures';

/** One variation of a spec: sheet names, the SOP name and the Waktu numbers change with `n`. */
export function varySpec(spec: WorkbookSpec, n: number): WorkbookSpec {
  const factor = 1 + (n % 4);
  const vary = (v: SpecValue, previous: SpecValue): SpecValue => {
    if (typeof v !== 'string') return v;
    if (/^Nama SOP/i.test(String(previous ?? ''))) return `${v} (varian ${n})`;
    return v.replace(/^(\d+)(\s*(?:menit|jam|hari|minggu|bulan)\b)/i, (_, num: string, unit: string) => `${Number(num) * factor}${unit}`);
  };
  return {
    ...spec,
    file: spec.file.replace(/\.xlsx$/, `-${String(n).padStart(4, '0')}.xlsx`),
    sheets: spec.sheets.map((sheet, s) => ({
      ...sheet,
      name: spec.sheets.length === 1 ? `SOP ${n}` : `${sheet.name.slice(0, 20)} ${n}-${s}`,
      blocks: sheet.blocks.map((block) => ({
        ...block,
        rows: block.rows.map((row) => row.map((v, i) => vary(v, i > 0 ? row[i - 1] : null))),
      })),
    })),
  };
}

/**
 * Writes `count` workbooks into `dir`: `distinct` different variations (built with exceljs, about
 * 50 ms each), the rest copies of them under their own names, to keep generating quick.
 */
export async function makeBenchCorpus(dir: string, count = 500, distinct = 100): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const built: string[] = [];
  const paths: string[] = [];
  for (let n = 0; n < count; n++) {
    const spec = varySpec(allSpecs[n % allSpecs.length], n);
    const path = join(dir, spec.file);
    if (n < distinct) {
      await writeFile(path, await buildWorkbook(spec));
      built.push(path);
    } else {
      await copyFile(built[n % built.length], path);
    }
    paths.push(path);
  }
  return paths;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, count] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: tsx scripts/make-bench-corpus.ts OUT_DIR [COUNT]');
    process.exitCode = 2;
  } else {
    const paths = await makeBenchCorpus(dir, count ? Number(count) : 500);
    console.log(`${paths.length} workbooks in ${dir}`);
  }
}
