/**
 * Writes the "Data SOP" worksheet into an .xlsx file: one row per step of every SOP, as a real Excel
 * table (sortable, filterable, styled) that the user can pivot, chart or copy elsewhere.
 *
 * How, and why this way: exceljs can build a table, but loading the user's workbook into exceljs and
 * saving it again loses what exceljs does not model. It keeps pictures but drops DrawingML shapes
 * and connectors, i.e. exactly the hand-drawn or Alur-drawn flowcharts of an SOP sheet (a test shows
 * it). So the sheet is built with exceljs in a workbook of its own, and only its parts are spliced
 * into the user's zip with JSZip: the worksheet XML, its rels, the table part, plus one entry each in
 * workbook.xml, workbook.xml.rels and [Content_Types].xml. Every other part of the file keeps its
 * bytes. Two things do not travel between workbooks and are dealt with here: shared strings (the
 * spliced sheet gets its text as inline strings) and cell style indexes (the sheet uses none; the
 * look comes from the table style, which lives in the table part).
 *
 * Running it again replaces that sheet's content and tables in place (same part, same sheet id and
 * position), and leaves every other sheet alone. Limits: anything else a user hung on that sheet
 * (a drawing, comments) is left in the package unreferenced, and docProps/app.xml's list of sheet
 * titles is not updated (Excel and LibreOffice do not rely on it).
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { dropUnreachableParts } from './hygiene';
import { rememberDates, zipXlsx } from './package';
import { dataSopTable, type DataCell } from '../core/export/data-sop';
import type { Lang, Sop } from '../core/model';

export const DATA_SHEET_NAME = 'Data SOP';
export const DATA_TABLE_NAME = 'DataSOP';
/** Medium blue banded style, the one Excel offers first. */
export const DATA_TABLE_STYLE = 'TableStyleMedium2';

export interface DataSheetOptions {
  /** The worksheet's name (default "Data SOP"). */
  sheetName?: string;
  lang?: Lang;
  /** The table's name (default "DataSOP"; a number is added where another sheet already uses it). */
  tableName?: string;
}

const REL_WORKSHEET = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const REL_TABLE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table';
const REL_OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
const CT_WORKSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const CT_TABLE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';

/** Widest a column gets, in characters: the Uraian column wider than the rest. */
const MAX_WIDTH = { uraian: 60, other: 40 };

// ---------------------------------------------------------------------------------------------
// Small XML helpers for the package parts we touch (attributes in any order, any namespace prefix)

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#([0-9]+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}

/** Attributes of one start tag, by qualified name ("r:id", "name"), unescaped. */
function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/g))
    out.set(m[1], unescapeXml(m[3] ?? m[4] ?? ''));
  return out;
}

/** Every empty or opening tag of an element with this local name (any prefix). */
function tags(xml: string, localName: string): string[] {
  return [...xml.matchAll(new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${localName}\\b[^>]*>`, 'g'))].map((m) => m[0]);
}

interface Relationship {
  id: string;
  type: string;
  target: string;
  tag: string;
}

function relationships(xml: string): Relationship[] {
  return tags(xml, 'Relationship').map((tag) => {
    const a = attributes(tag);
    return { id: a.get('Id') ?? '', type: a.get('Type') ?? '', target: a.get('Target') ?? '', tag };
  });
}

/** A part name from a rels Target, relative to the folder of the part that owns the rels. */
function resolvePart(ownerDir: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ownerDir ? ownerDir.split('/') : [];
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

function dirOf(part: string): string {
  const i = part.lastIndexOf('/');
  return i < 0 ? '' : part.slice(0, i);
}

function relsPathOf(part: string): string {
  const dir = dirOf(part);
  const file = part.slice(dir.length ? dir.length + 1 : 0);
  return `${dir ? `${dir}/` : ''}_rels/${file}.rels`;
}

/** Insert before the closing tag of the first element with this local name (any prefix). */
function insertBeforeClose(xml: string, localName: string, fragment: string): string {
  const m = new RegExp(`</((?:[A-Za-z_][\\w.-]*:)?${localName})>`).exec(xml);
  if (!m) throw new Error(`<${localName}> not found`);
  return xml.slice(0, m.index) + fragment + xml.slice(m.index);
}

/** The namespace prefix (with its colon) an element is written with in this document, "" for none. */
function prefixOf(xml: string, localName: string): string {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${localName}\\b`).exec(xml);
  return m?.[1] ?? '';
}

async function readText(zip: JSZip, part: string): Promise<string> {
  const file = zip.file(part);
  if (!file) throw new Error(`the workbook has no part ${part}`);
  return file.async('string');
}

// ---------------------------------------------------------------------------------------------
// The new sheet, built with exceljs on its own

function widthOf(value: DataCell): number {
  if (value === null) return 0;
  return Math.max(
    ...String(value)
      .split('\n')
      .map((line) => line.length)
  );
}

interface BuiltSheet {
  sheetXml: string;
  tableXml: string;
}

/**
 * The "Data SOP" sheet as exceljs writes it, made portable: shared strings turned into inline strings,
 * no cell style indexes, and the table part's relationship id fixed to "rId1".
 */
async function buildSheet(sops: Sop[], lang: Lang, tableName: string): Promise<BuiltSheet> {
  const table = dataSopTable(sops, lang);
  const rows = table.rows.length ? table.rows : [table.headers.map(() => null)];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.addTable({
    name: tableName,
    ref: 'A1',
    headerRow: true,
    totalsRow: false,
    style: { theme: DATA_TABLE_STYLE, showRowStripes: true },
    columns: table.headers.map((name) => ({ name, filterButton: true })),
    rows,
  });
  const uraianCol = 2; // SOP, No, Uraian ... (0-based index 2)
  table.headers.forEach((header, i) => {
    const widest = Math.max(header.length, ...rows.map((r) => widthOf(r[i])));
    const cap = i === uraianCol ? MAX_WIDTH.uraian : MAX_WIDTH.other;
    ws.getColumn(i + 1).width = Math.min(cap, widest + 2);
  });
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const sst = zip.file('xl/sharedStrings.xml') ? await readText(zip, 'xl/sharedStrings.xml') : '';
  const shared = [...sst.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1]);
  let sheetXml = await readText(zip, 'xl/worksheets/sheet1.xml');
  // <si> and <is> hold the same rich-text content model, so the string moves over as it is.
  sheetXml = sheetXml.replace(
    /<c ([^>]*?)t="s"([^>]*)><v>([0-9]+)<\/v><\/c>/g,
    (_, before: string, after: string, index: string) => {
      const si = shared[Number(index)];
      if (si === undefined) throw new Error(`shared string ${index} missing`);
      return `<c ${before}t="inlineStr"${after}><is>${si}</is></c>`;
    }
  );
  sheetXml = sheetXml.replace(/(<c [^>]*?) s="[0-9]+"/g, '$1');
  // A second selected tab would open the workbook with its sheets grouped.
  sheetXml = sheetXml.replace(/ tabSelected="(1|true)"/g, '');
  const sheetRels = relationships(await readText(zip, 'xl/worksheets/_rels/sheet1.xml.rels'));
  const tableRel = sheetRels.find((r) => r.type === REL_TABLE);
  if (!tableRel || sheetRels.length !== 1) throw new Error('unexpected relationships in the generated sheet');
  sheetXml = sheetXml.replace(new RegExp(`(:id=")${tableRel.id}(")`), '$1rId1$2');
  // exceljs marks the table as having had a totals row ("Total" label) although it has none, and
  // writes one filter column per column only to say its button is shown (the default): leave both out.
  const tableXml = (await readText(zip, 'xl/tables/table1.xml'))
    .replace(/ totalsRowShown="1"/, ' totalsRowShown="0"')
    .replace(/ totalsRowLabel="[^"]*"/g, '')
    .replace(/ totalsRowFunction="none"/g, '')
    .replace(/<filterColumn colId="[0-9]+" hiddenButton="0"\/>/g, '');
  return { sheetXml, tableXml };
}

// ---------------------------------------------------------------------------------------------
// Splicing it into the user's workbook

function checkSheetName(name: string): void {
  if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) {
    throw new Error(`Nama lembar tidak sah / invalid sheet name: ${name}`);
  }
}

/**
 * Adds (or replaces) the "Data SOP" worksheet: one Excel table with a row per step of every SOP
 * (an "SOP" column names each), header row, banded style, filter buttons and fitted column widths.
 */
export async function writeDataSheet(data: Uint8Array, sops: Sop[], opts: DataSheetOptions = {}): Promise<Uint8Array> {
  const sheetName = opts.sheetName ?? DATA_SHEET_NAME;
  checkSheetName(sheetName);
  const zip = await JSZip.loadAsync(data);
  rememberDates(zip);

  const rootRels = relationships(await readText(zip, '_rels/.rels'));
  const wbPart = resolvePart('', rootRels.find((r) => r.type === REL_OFFICE_DOCUMENT)?.target ?? 'xl/workbook.xml');
  const wbRelsPart = relsPathOf(wbPart);
  let wbXml = await readText(zip, wbPart);
  let wbRelsXml = await readText(zip, wbRelsPart);
  let ctXml = await readText(zip, '[Content_Types].xml');
  const wbRels = relationships(wbRelsXml);

  // Is the sheet there already?
  const sheetTags = tags(wbXml, 'sheet').map((tag) => {
    const a = attributes(tag);
    const rid = [...a.entries()].find(([k]) => /:id$/.test(k))?.[1] ?? '';
    return { name: a.get('name') ?? '', sheetId: Number(a.get('sheetId') ?? 0), rid };
  });
  const existing = sheetTags.find((s) => s.name.toLowerCase() === sheetName.toLowerCase());
  const existingRel = existing ? wbRels.find((r) => r.id === existing.rid) : undefined;
  let sheetPart = existingRel ? resolvePart(dirOf(wbPart), existingRel.target) : null;

  // Tables of the sheet being replaced go; the others keep their ids and names.
  const removed = new Set<string>();
  if (sheetPart) {
    const relsPart = relsPathOf(sheetPart);
    const oldRels = zip.file(relsPart) ? relationships(await readText(zip, relsPart)) : [];
    for (const rel of oldRels.filter((r) => r.type === REL_TABLE)) {
      const part = resolvePart(dirOf(sheetPart), rel.target);
      removed.add(part);
      zip.remove(part);
      ctXml = ctXml.replace(
        new RegExp(`<(?:[\\w.-]+:)?Override\\b[^>]*PartName="/${part.replace(/[.]/g, '\\.')}"[^>]*/>`),
        ''
      );
    }
  }
  const otherTables = await Promise.all(
    Object.keys(zip.files)
      .filter((p) => /^xl\/tables\/[^/]+\.xml$/i.test(p) && !removed.has(p))
      .map(async (p) => attributes(tags(await readText(zip, p), 'table')[0] ?? ''))
  );
  const usedNames = new Set(
    otherTables
      .flatMap((a) => [a.get('name'), a.get('displayName')])
      .filter(Boolean)
      .map((n) => (n as string).toLowerCase())
  );
  const baseName = opts.tableName ?? DATA_TABLE_NAME;
  let tableName = baseName;
  for (let n = 2; usedNames.has(tableName.toLowerCase()); n++) tableName = `${baseName}${n}`;
  const tableId = Math.max(0, ...otherTables.map((a) => Number(a.get('id') ?? 0))) + 1;
  let tableIndex = 1;
  while (zip.file(`xl/tables/table${tableIndex}.xml`)) tableIndex++;
  const tablePart = `xl/tables/table${tableIndex}.xml`;

  const built = await buildSheet(sops, opts.lang ?? 'id', tableName);

  if (!sheetPart) {
    let n = 1;
    while (zip.file(`xl/worksheets/sheet${n}.xml`)) n++;
    sheetPart = `xl/worksheets/sheet${n}.xml`;
    const relIds = new Set(wbRels.map((r) => r.id));
    let k = wbRels.length + 1;
    while (relIds.has(`rId${k}`)) k++;
    const rid = `rId${k}`;
    const relPrefix = prefixOf(wbRelsXml, 'Relationship');
    const target = resolveTarget(dirOf(wbPart), sheetPart);
    wbRelsXml = insertBeforeClose(
      wbRelsXml,
      'Relationships',
      `<${relPrefix}Relationship Id="${rid}" Type="${REL_WORKSHEET}" Target="${escapeXml(target)}"/>`
    );
    const sheetId = Math.max(0, ...sheetTags.map((s) => s.sheetId)) + 1;
    const rPrefix = /xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(
      wbXml
    )?.[1];
    const ns = rPrefix ? '' : ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
    wbXml = insertBeforeClose(
      wbXml,
      'sheets',
      `<${prefixOf(wbXml, 'sheets')}sheet name="${escapeXml(sheetName)}" sheetId="${sheetId}" ${rPrefix ?? 'r'}:id="${rid}"${ns}/>`
    );
    ctXml = insertBeforeClose(ctXml, 'Types', `<Override PartName="/${sheetPart}" ContentType="${CT_WORKSHEET}"/>`);
    zip.file(wbPart, wbXml);
    zip.file(wbRelsPart, wbRelsXml);
  }

  const tableXml = built.tableXml.replace(/(<table\b[^>]*?\s)id="[0-9]+"/, `$1id="${tableId}"`);
  ctXml = insertBeforeClose(ctXml, 'Types', `<Override PartName="/${tablePart}" ContentType="${CT_TABLE}"/>`);
  zip.file(sheetPart, built.sheetXml);
  zip.file(
    relsPathOf(sheetPart),
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL_TABLE}" Target="${escapeXml(resolveTarget(dirOf(sheetPart), tablePart))}"/>` +
      '</Relationships>'
  );
  zip.file(tablePart, tableXml);
  zip.file('[Content_Types].xml', ctXml);
  // A replaced sheet's other parts (its drawing, notes, printer settings) are no longer reached.
  if (existingRel) await dropUnreachableParts(zip);
  return zipXlsx(zip);
}

/** A relative rels Target from a folder to a part ("xl" + "xl/worksheets/sheet3.xml" -> "worksheets/sheet3.xml"). */
function resolveTarget(fromDir: string, part: string): string {
  const from = fromDir ? fromDir.split('/') : [];
  const to = part.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}
