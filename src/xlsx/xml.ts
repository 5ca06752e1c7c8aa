/**
 * A tiny element tree over saxes (a conforming, non-validating XML parser that never expands external
 * entities). Namespace-aware: elements and attributes are matched by namespace URI and local name, so
 * a file that uses other prefixes still reads. Every element remembers where it starts and ends in the
 * source text, so a writer can splice a part instead of re-serialising it.
 */
import { SaxesParser } from 'saxes';

export const NS = {
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  pkgRels: 'http://schemas.openxmlformats.org/package/2006/relationships',
  contentTypes: 'http://schemas.openxmlformats.org/package/2006/content-types',
} as const;

export interface XmlElement {
  /** Local name ("sp" for xdr:sp). */
  local: string;
  /** Namespace URI ('' when none). */
  uri: string;
  /** Qualified name as written ("xdr:sp"). */
  name: string;
  /** Attributes by qualified name as written, and by "{uri}local" for prefixed ones. */
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Text directly inside this element (not its children's). */
  text: string;
  /** Offsets in the source string: start of "<name", end just after the closing ">". */
  start: number;
  end: number;
  parent?: XmlElement;
}

/** Parses a whole XML document; throws on malformed XML. */
export function parseXml(source: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let error: Error | undefined;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const attr of Object.values(tag.attributes)) {
      attrs[attr.name] = attr.value;
      if (attr.uri) attrs[`{${attr.uri}}${attr.local}`] = attr.value;
    }
    const openEnd = parser.position;
    const el: XmlElement = {
      local: tag.local,
      uri: tag.uri,
      name: tag.name,
      attrs,
      children: [],
      text: '',
      // "<" cannot occur inside an attribute value, so the last one before the tag's end opens it.
      start: source.lastIndexOf('<', openEnd - 1),
      end: openEnd,
      parent: stack.at(-1),
    };
    if (el.parent) el.parent.children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('closetag', () => {
    const el = stack.pop();
    if (el) el.end = parser.position;
  });
  parser.on('text', (t) => {
    const top = stack.at(-1);
    if (top) top.text += t;
  });
  parser.on('cdata', (t) => {
    const top = stack.at(-1);
    if (top) top.text += t;
  });
  parser.write(source).close();
  if (error) throw error;
  if (!root) throw new Error('empty XML document');
  return root;
}

/** Direct children with this namespace and local name. */
export function children(el: XmlElement, uri: string, local: string): XmlElement[] {
  return el.children.filter((c) => c.uri === uri && c.local === local);
}

export function child(el: XmlElement | undefined, uri: string, local: string): XmlElement | undefined {
  return el?.children.find((c) => c.uri === uri && c.local === local);
}

/** First descendant (depth first) with this namespace and local name. */
export function find(el: XmlElement | undefined, uri: string, local: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) {
    if (c.uri === uri && c.local === local) return c;
    const deep = find(c, uri, local);
    if (deep) return deep;
  }
  return undefined;
}

/** All descendants with this namespace and local name, in document order. */
export function findAll(el: XmlElement, uri: string, local: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (c.uri === uri && c.local === local) out.push(c);
    findAll(c, uri, local, out);
  }
  return out;
}

/** Attribute in a namespace (e.g. r:id), whatever prefix the file uses. */
export function nsAttr(el: XmlElement | undefined, uri: string, local: string): string | undefined {
  return el?.attrs[`{${uri}}${local}`];
}

/** Escapes text for element content and attribute values. */
export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // XML 1.0 cannot carry these control characters at all (a cell may hold them): they are dropped.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
  );
}
