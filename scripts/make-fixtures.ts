/**
 * npm run fixtures: writes every workbook spec (tests/fixtures/specs) as a real .xlsx under
 * tests/fixtures/xlsx/ (exceljs for cells, merges, sizes, styles and page breaks; src/xlsx/drawing for
 * the shapes), then copies the five seed workbooks, the clean one and the Pelaksana-text one to examples/. The output is
 * deterministic: fixed document dates and zip entry dates, so regenerating gives identical files.
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { colWidth, parseA1, parseRangeA1, rowHeight, type Grid } from '../src/core/grid';
import { addShapes, type DrawPoint, type DrawShape } from '../src/xlsx/drawing';
import { charsToStoredWidth } from '../src/xlsx/units';
import { resolveShapes, specCells, specToGrid, type PageSpec, type SheetSpec, type WorkbookSpec } from '../tests/fixtures/spec';
import { allSpecs, cleanSuratMasuk, pelaksanaText, seedSpecs } from '../tests/fixtures/specs';

const FIXED_DATE = new Date(Date.UTC(2024, 0, 2, 8, 0, 0));
const OUT = 'tests/fixtures/xlsx';
const EXAMPLES = 'examples';

function cellsOf(range: string): { row: number; col: number }[] {
  const r = parseRangeA1(range);
  const out: { row: number; col: number }[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push({ row, col });
  return out;
}

function writeSheet(wb: ExcelJS.Workbook, sheet: SheetSpec): void {
  const ws = wb.addWorksheet(sheet.name, { pageSetup: pageSetupOf(sheet.page) });
  for (const [letters, chars] of Object.entries(sheet.widths ?? {})) ws.getColumn(letters).width = charsToStoredWidth(chars);
  for (const { row, col, value } of specCells(sheet).values()) ws.getCell(row, col).value = value;
  for (const f of sheet.formatted ?? []) {
    const cell = ws.getCell(f.cell);
    cell.value = f.value;
    cell.numFmt = f.numFmt;
  }
  for (const [row, pt] of Object.entries(sheet.heights ?? {})) ws.getRow(Number(row)).height = pt;
  const alignment = new Map<string, Partial<ExcelJS.Alignment>>();
  const align = (range: string, a: Partial<ExcelJS.Alignment>) => {
    for (const { row, col } of cellsOf(range)) alignment.set(`${row},${col}`, { ...alignment.get(`${row},${col}`), ...a });
  };
  for (const range of sheet.wrap ?? []) align(range, { wrapText: true, vertical: 'top' });
  for (const range of sheet.center ?? []) align(range, { horizontal: 'center', vertical: 'middle' });
  for (const [key, a] of alignment) {
    const [row, col] = key.split(',').map(Number);
    ws.getCell(row, col).alignment = a;
  }
  for (const cell of sheet.bold ?? []) ws.getCell(cell).font = { bold: true };
  const thin = { style: 'thin' as const };
  for (const range of sheet.borders ?? []) {
    for (const { row, col } of cellsOf(range)) ws.getCell(row, col).border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  for (const m of sheet.merges ?? []) ws.mergeCells(m);
  // A break "starting row R" is stored on row R - 1 (a break below it).
  for (const r of sheet.pageBreaks ?? []) ws.getRow(r - 1).addPageBreak();
  if (sheet.protect) void ws.protect('', {});
}

/** exceljs' page setup for a spec (it writes the print titles and area as Excel's defined names). */
function pageSetupOf(page: PageSpec | undefined): Partial<ExcelJS.PageSetup> {
  if (!page) return { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  const out: Partial<ExcelJS.PageSetup> = {
    paperSize: page.paperSize as ExcelJS.PaperSize,
    orientation: page.orientation,
    fitToPage: page.fit !== undefined,
    fitToWidth: page.fit?.width ?? 1,
    fitToHeight: page.fit?.height ?? 1,
    scale: page.scale ?? 100,
    margins: page.margins ?? { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  };
  if (page.printTitleRows) out.printTitlesRow = page.printTitleRows;
  if (page.printArea) out.printArea = page.printArea;
  if (page.centerHorizontally) out.horizontalCentered = true;
  return out;
}

/** Where on a box a connection site lies (0 top, 1 left, 2 bottom, 3 right). */
function sitePoint(b: { from: DrawPoint; to: DrawPoint }, site: number): DrawPoint {
  const top = b.from.rowOffPt ?? 0;
  const bottom = b.to.rowOffPt ?? 0;
  const left = b.from.colOffPt ?? 0;
  const right = b.to.colOffPt ?? 0;
  const row = b.from.row;
  const col = b.from.col;
  switch (site) {
    case 0:
      return { row, col, rowOffPt: top, colOffPt: (left + right) / 2 };
    case 1:
      return { row, col, rowOffPt: (top + bottom) / 2, colOffPt: left };
    case 3:
      return { row, col, rowOffPt: (top + bottom) / 2, colOffPt: right };
    default:
      return { row, col, rowOffPt: bottom, colOffPt: (left + right) / 2 };
  }
}

/** The spec's shapes as DrawShapes: symbols centred in their cells, connectors between their sites. */
export function drawShapesOf(sheet: SheetSpec, grid: Grid): DrawShape[] {
  const shapes = resolveShapes(sheet);
  const boxes = new Map<number, { from: DrawPoint; to: DrawPoint }>();
  for (const s of shapes) {
    if (s.kind === 'connector') continue;
    const { row, col } = parseA1(s.cell);
    const w = colWidth(grid, col);
    const h = rowHeight(grid, row);
    // Branch labels are small text boxes in the cell's top-right corner; symbols are centred.
    const label = s.kind === 'other';
    const bw = label ? Math.min(w - 4, 34) : Math.min(w - 12, 80);
    const bh = label
      ? Math.min(h - 2, 12)
      : s.kind === 'decision'
        ? Math.max(10, Math.min(h - 6, 30))
        : Math.max(10, Math.min(h - 10, 22));
    const x = label ? w - bw - 2 : (w - bw) / 2;
    const y = label ? 1 : (h - bh) / 2;
    boxes.set(s.id, { from: { row, col, colOffPt: x, rowOffPt: y }, to: { row, col, colOffPt: x + bw, rowOffPt: y + bh } });
  }
  // In the spec's order, so that the drawing lists the shapes the way the spec (and its grid) does.
  return shapes.map((s): DrawShape => {
    if (s.kind !== 'connector') {
      const picture = s.picture ? { picture: { png: iconPng() } } : {};
      return { kind: s.kind, id: s.id, name: s.name, description: s.description, text: s.text, ...(s.geometry ? { preset: s.geometry } : {}), ...boxes.get(s.id)!, ...picture };
    }
    const start = s.startShape !== undefined ? boxes.get(s.startShape) : undefined;
    const end = s.endShape !== undefined ? boxes.get(s.endShape) : undefined;
    const a = parseA1(s.cell);
    const z = parseA1(s.to ?? s.cell);
    return {
      kind: 'connector',
      id: s.id,
      name: s.name,
      description: s.description,
      route: s.geometry === 'bentConnector3' ? 'elbow' : 'straight',
      from: start ? sitePoint(start, s.startSite ?? 2) : { row: a.row, col: a.col },
      to: end ? sitePoint(end, s.endSite ?? 0) : { row: z.row, col: z.col },
      startId: s.startShape,
      endId: s.endShape,
      startSite: s.startSite ?? 2,
      endSite: s.endSite ?? 0,
    };
  });
}

/**
 * The icon staff copy from a template: a small blue box with a dark outline, as a real PNG (RGB, 24 x 16,
 * one zlib stream), so the media part is what Excel stores for an inserted picture.
 */
function iconPng(): Uint8Array {
  const w = 24;
  const h = 16;
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 3 + 1)] = 0; // filter: none
    for (let x = 0; x < w; x++) {
      const edge = x === 0 || y === 0 || x === w - 1 || y === h - 1;
      const [r, g, b] = edge ? [31, 56, 100] : [91, 155, 213];
      raw.set([r, g, b], y * (w * 3 + 1) + 1 + x * 3);
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', Buffer.alloc(0)),
    ])
  );
}

function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/** Re-zips with fixed entry dates so that the bytes do not depend on when the script ran. */
async function normalise(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const f of Object.values(zip.files)) f.date = FIXED_DATE;
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/**
 * exceljs writes the print area and titles as `'Area'!$A6:$D95`; Excel writes `Area!$A$6:$D$95` (quotes
 * only where the sheet name needs them, every part absolute), and LibreOffice ignores the former.
 */
async function excelDefinedNames(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('xl/workbook.xml')!.async('string');
  const fixed = xml.replace(/(<definedName [^>]*>)([^<]*)(<\/definedName>)/g, (_m, open: string, body: string, close: string) => {
    const text = body
      .replace(/&apos;([A-Za-z_][A-Za-z0-9_.]*)&apos;!/g, '$1!')
      .replace(/\$([A-Z]{1,3})(\d+)/g, '$$$1$$$2');
    return open + text + close;
  });
  zip.file('xl/workbook.xml', fixed);
  return zip.generateAsync({ type: 'uint8array' });
}

export async function buildWorkbook(spec: WorkbookSpec): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Alur fixtures';
  wb.lastModifiedBy = 'Alur fixtures';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const sheet of spec.sheets) writeSheet(wb, sheet);
  let bytes: Uint8Array = new Uint8Array(await wb.xlsx.writeBuffer());
  if (spec.sheets.some((s) => s.page?.printArea || s.page?.printTitleRows)) bytes = await excelDefinedNames(bytes);
  for (const sheet of spec.sheets) {
    if (!sheet.shapes?.length) continue;
    bytes = await addShapes(bytes, sheet.name, drawShapesOf(sheet, specToGrid(sheet)));
  }
  return normalise(bytes);
}

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  await mkdir(EXAMPLES, { recursive: true });
  for (const spec of allSpecs) {
    const bytes = await buildWorkbook(spec);
    await writeFile(join(OUT, spec.file), bytes);
    console.log(`${join(OUT, spec.file)}  ${bytes.length} bytes`);
  }
  const examples = [...seedSpecs, cleanSuratMasuk, pelaksanaText];
  for (const spec of examples) await copyFile(join(OUT, spec.file), join(EXAMPLES, spec.file));
  console.log(`copied ${examples.length} workbooks to ${EXAMPLES}/`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
