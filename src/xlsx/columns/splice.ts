/**
 * Editing XML in place: splices over the original text (a start tag's attributes, an element's text),
 * so that what the code does not know about stays byte for byte as it was written.
 */
import { escapeXml, type XmlElement } from '../xml';

export interface Splice {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping splices (zero-length inserts at one point keep their order). */
export function applySplices(source: string, splices: Splice[]): string {
  const sorted = splices.map((sp, i) => ({ ...sp, i })).sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  let out = '';
  let at = 0;
  for (const sp of sorted) {
    if (sp.start < at) throw new Error(`overlapping XML edits at ${sp.start}`);
    out += source.slice(at, sp.start) + sp.text;
    at = sp.end;
  }
  return out + source.slice(at);
}

/** End (just after ">") of an element's start tag. */
export function startTagEnd(source: string, el: XmlElement): number {
  let quote = '';
  for (let i = el.start; i < el.end; i++) {
    const ch = source[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return i + 1;
  }
  return el.end;
}

export const selfClosing = (source: string, el: XmlElement) => source[startTagEnd(source, el) - 2] === '/';

/** A splice that rewrites attributes of an element's start tag (only the ones given). */
export function attrSplice(source: string, el: XmlElement, changes: Record<string, string>): Splice | null {
  const end = startTagEnd(source, el);
  let tag = source.slice(el.start, end);
  let changed = false;
  for (const [name, value] of Object.entries(changes)) {
    if (el.attrs[name] === value) continue;
    const re = new RegExp(`(\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*)(["'])[^"']*\\2`);
    if (re.test(tag)) tag = tag.replace(re, (_m, lead: string, q: string) => `${lead}${q}${escapeXml(value)}${q}`);
    else tag = tag.replace(/\s*(\/?)>$/, ` ${name}="${escapeXml(value)}"$1>`);
    changed = true;
  }
  return changed ? { start: el.start, end, text: tag } : null;
}

/** A splice that replaces an element's text content (for a non-empty, non-self-closing element). */
export function textSplice(source: string, el: XmlElement, text: string): Splice | null {
  if (selfClosing(source, el)) return null;
  const start = startTagEnd(source, el);
  const end = source.lastIndexOf('</', el.end - 1);
  return { start, end, text: escapeXml(text) };
}

/** Visits an element and its descendants; `skip` leaves a subtree out. */
export function walk(el: XmlElement, f: (e: XmlElement) => void, skip?: XmlElement): void {
  if (el === skip) return;
  f(el);
  for (const c of el.children) walk(c, f, skip);
}
