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
import JSZip from 'jszip';
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

const colName = (c: number): string => (c > 26 ? colName(Math.floor((c - 1) / 26)) : '') + String.fromCharCode(65 + ((c - 1) % 26));

/**
 * A workbook holding one data sheet of `rows` x `cols` cells and no SOP, written as Excel writes one:
 * text in the shared string table (a quarter of it repeated), whole and decimal numbers, dates with a
 * date format. The bench reads it to see that a big sheet costs memory and time in proportion.
 */
export async function makeBigSheetWorkbook(path: string, rows = 10_000, cols = 100): Promise<void> {
  const strings: string[] = [];
  const sheet: string[] = [];
  for (let r = 1; r <= rows; r++) {
    const cells: string[] = [];
    for (let c = 1; c <= cols; c++) {
      const ref = `${colName(c)}${r}`;
      const kind = r === 1 ? 0 : c % 4;
      if (kind === 0) {
        const text = r === 1 ? `Kolom ${c}` : c % 8 === 0 ? `Kategori ${(r * c) % 50}` : `Data ${r}-${c} keterangan`;
        strings.push(text);
        cells.push(`<c r="${ref}" t="s"><v>${strings.length - 1}</v></c>`);
      } else if (kind === 1) cells.push(`<c r="${ref}"><v>${r * c}</v></c>`);
      else if (kind === 2) cells.push(`<c r="${ref}" s="1"><v>${((r * 7 + c) % 1000) / 7}</v></c>`);
      else cells.push(`<c r="${ref}" s="2"><v>${44927 + ((r + c) % 365)}</v></c>`);
    }
    sheet.push(`<row r="${r}" spans="1:${cols}">${cells.join('')}</row>`);
  }
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `${decl}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`
  );
  zip.file(
    '_rels/.rels',
    `${decl}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  );
  zip.file(
    'xl/workbook.xml',
    `${decl}<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `${decl}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`
  );
  zip.file(
    'xl/styles.xml',
    `${decl}<styleSheet xmlns="${main}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`
  );
  const unique = [...new Set(strings)];
  const index = new Map(unique.map((s, i) => [s, i]));
  const remapped = sheet.join('').replace(/t="s"><v>(\d+)<\/v>/g, (_, i: string) => `t="s"><v>${index.get(strings[Number(i)])}</v>`);
  zip.file(
    'xl/sharedStrings.xml',
    `${decl}<sst xmlns="${main}" count="${strings.length}" uniqueCount="${unique.length}">${unique.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`
  );
  zip.file(
    'xl/worksheets/sheet1.xml',
    `${decl}<worksheet xmlns="${main}" xmlns:r="${rel}"><dimension ref="A1:${colName(cols)}${rows}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>${remapped}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`
  );
  await writeFile(path, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
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
