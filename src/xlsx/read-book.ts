/**
 * What every sheet of a workbook needs from the workbook itself: its shared strings, the number format
 * of each cell style, the date system and the defined names (read once, before the sheets).
 */
import { SaxesParser } from 'saxes';
import { BUILTIN_NUM_FMTS, decodeEscapes } from './cell-text';
import { partXml, readRels, type XlsxPackage } from './package';
import { NS, child, children, type XmlElement } from './xml';

/** What every sheet needs from the workbook: shared strings, number formats by style, the date system. */
export interface Book {
  strings: string[];
  /** The number format code of each cell style (index = the cell's `s`); undefined = General. */
  styleFormats: (string | undefined)[];
  date1904: boolean;
  definedNames?: XmlElement;
}

export function readBook(pkg: XlsxPackage): Book {
  const wb = partXml(pkg, 'xl/workbook.xml');
  const workbookPr = child(wb, NS.main, 'workbookPr');
  const rels = readRels(pkg, 'xl/workbook.xml');
  const target = (type: string) => rels.find((r) => r.type === type && !r.external)?.target;
  const sstPath = target(`${REL_DOC}/sharedStrings`) ?? 'xl/sharedStrings.xml';
  const stylesPath = target(`${REL_DOC}/styles`) ?? 'xl/styles.xml';
  const sst = pkg.xml.get(sstPath);
  return {
    strings: sst === undefined ? [] : readSharedStrings(sst),
    styleFormats: readStyleFormats(partXml(pkg, stylesPath)),
    date1904: workbookPr?.attrs.date1904 === '1',
    definedNames: child(wb, NS.main, 'definedNames'),
  };
}

const REL_DOC = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const BOOK_PARTS = new Set([`${REL_DOC}/sharedStrings`, `${REL_DOC}/styles`]);

export function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

/** The shared string table: plain `<t>` or the runs of rich text; phonetic runs (`<rPh>`) left out. */
function readSharedStrings(source: string): string[] {
  const out: string[] = [];
  const parser = new SaxesParser({ position: false });
  let depth = 0;
  let inSi = false;
  let phonetic = 0;
  let collecting = false;
  let text = '';
  let error: Error | undefined;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('opentag', (tag) => {
    depth++;
    const local = localName(tag.name);
    if (depth === 2 && local === 'si') {
      inSi = true;
      text = '';
    } else if (inSi && local === 'rPh') phonetic++;
    else if (inSi && local === 't' && phonetic === 0) collecting = true;
  });
  parser.on('closetag', (tag) => {
    const local = localName(tag.name);
    if (depth === 2 && local === 'si') {
      out.push(decodeEscapes(text));
      inSi = false;
    } else if (local === 'rPh' && inSi) phonetic--;
    else if (local === 't') collecting = false;
    depth--;
  });
  const onText = (t: string) => {
    if (collecting) text += t;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.write(source).close();
  if (error) throw error;
  return out;
}

/** cellXfs[i].numFmtId -> its code (custom `<numFmt>` or built-in); style 0 and id 0 stay General. */
function readStyleFormats(styles: XmlElement | undefined): (string | undefined)[] {
  if (!styles) return [];
  const custom = new Map<number, string>();
  for (const f of children(child(styles, NS.main, 'numFmts') ?? styles, NS.main, 'numFmt')) {
    custom.set(parseInt(f.attrs.numFmtId ?? '', 10), f.attrs.formatCode ?? '');
  }
  return children(child(styles, NS.main, 'cellXfs') ?? styles, NS.main, 'xf').map((xf) => {
    const id = parseInt(xf.attrs.numFmtId ?? '0', 10);
    if (!id) return undefined;
    return custom.get(id) || BUILTIN_NUM_FMTS[id] || undefined;
  });
}
