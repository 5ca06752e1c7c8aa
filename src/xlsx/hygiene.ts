/**
 * Package hygiene: no part left behind that nothing points at (parts unreachable through the
 * relationships, drawings left empty after a redraw), so a written workbook opens in Excel without repair.
 */
import type JSZip from 'jszip';
import { openXlsx, partXml, readRels, relsPathOf, resolveTarget, zipXlsx, REL_TYPE } from './package';
import { NS, children, nsAttr, parseXml, type XmlElement } from './xml';

const CONTENT_TYPES = '[Content_Types].xml';

/**
 * Removes the parts no relationship reaches any more (walking from _rels/.rels), with their own rels
 * parts and their content type overrides: what a replaced sheet or a removed drawing leaves behind.
 * Returns the removed part names. Leaves everything as it is when some rels part cannot be read.
 */
export async function dropUnreachableParts(zip: JSZip): Promise<string[]> {
  const files = new Set(
    Object.values(zip.files)
      .filter((f) => !f.dir)
      .map((f) => f.name)
  );
  const reached = new Set<string>();
  const queue = [''];
  while (queue.length) {
    const part = queue.pop()!;
    const relsPath = part === '' ? '_rels/.rels' : relsPathOf(part);
    const relsFile = zip.file(relsPath);
    if (!relsFile) continue;
    let root: XmlElement;
    try {
      root = parseXml(await relsFile.async('string'));
    } catch {
      return [];
    }
    for (const r of children(root, NS.pkgRels, 'Relationship')) {
      if (r.attrs.TargetMode === 'External') continue;
      let target = resolveTarget(part, r.attrs.Target ?? '');
      try {
        target = decodeURIComponent(target);
      } catch {
        // a target with a bare "%" is taken as written
      }
      if (reached.has(target)) continue;
      reached.add(target);
      queue.push(target);
    }
  }
  const keep = (name: string) =>
    name === CONTENT_TYPES ||
    name === '_rels/.rels' ||
    reached.has(name) ||
    [...reached].some((p) => relsPathOf(p) === name);
  const dropped = [...files].filter((name) => !keep(name));
  if (dropped.length === 0) return dropped;
  let ct = (await zip.file(CONTENT_TYPES)?.async('string')) ?? '';
  for (const name of dropped) {
    zip.remove(name);
    const part = `/${name}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    ct = ct.replace(new RegExp(`<(?:[\\w.-]+:)?Override\\b[^>]*\\bPartName="${part}"[^>]*/>`, 'i'), '');
  }
  if (zip.file(CONTENT_TYPES)) zip.file(CONTENT_TYPES, ct, { date: zip.file(CONTENT_TYPES)!.date });
  // Folder entries left with nothing in them go too.
  const names = Object.keys(zip.files);
  for (const f of Object.values(zip.files)) {
    if (f.dir && !names.some((n) => n !== f.name && n.startsWith(f.name))) zip.remove(f.name);
  }
  return dropped;
}

/**
 * After shapes were removed from a sheet: a drawing part left without any shape is taken out of the
 * package (its `<drawing>` element, the relationship to it, the part, its rels and its content type),
 * as Excel saves a sheet whose last shape was deleted. Returns the same bytes when there is none.
 */
export async function dropEmptyDrawings(data: Uint8Array, sheet: string): Promise<Uint8Array> {
  const pkg = await openXlsx(data);
  const part = pkg.sheets.find((s) => s.name === sheet);
  if (!part) return data;
  const empty = readRels(pkg, part.path).filter((rel) => {
    if (rel.type !== REL_TYPE.drawing || rel.external) return false;
    const root = partXml(pkg, rel.target);
    return root !== undefined && root.children.length === 0;
  });
  if (empty.length === 0) return data;
  const ids = new Set(empty.map((r) => r.id));
  let sheetXml = pkg.xml.get(part.path) ?? '';
  const sheetRoot = parseXml(sheetXml);
  const drawingEls = children(sheetRoot, NS.main, 'drawing').filter((d) => ids.has(nsAttr(d, NS.r, 'id') ?? ''));
  for (const el of drawingEls.sort((a, b) => b.start - a.start))
    sheetXml = sheetXml.slice(0, el.start) + sheetXml.slice(el.end);
  const relsPath = relsPathOf(part.path);
  let relsXml = pkg.xml.get(relsPath) ?? '';
  const relsRoot = parseXml(relsXml);
  const relEls = children(relsRoot, NS.pkgRels, 'Relationship').filter((r) => ids.has(r.attrs.Id ?? ''));
  for (const el of relEls.sort((a, b) => b.start - a.start))
    relsXml = relsXml.slice(0, el.start) + relsXml.slice(el.end);
  const date = (p: string) => ({ date: pkg.zip.file(p)?.date });
  pkg.zip.file(part.path, sheetXml, date(part.path));
  pkg.zip.file(relsPath, relsXml, date(relsPath));
  await dropUnreachableParts(pkg.zip);
  return zipXlsx(pkg.zip, { level: 6 });
}
