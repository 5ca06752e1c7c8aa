/**
 * Small text helpers private to the rules: markup detection and stripping, word tokens with their
 * offsets in the raw cell text, and normalisation for comparisons. Pure, total functions.
 */
import { fold } from '../grid';

/** An HTML/XML tag such as `<b>`, `</li>`, `<p style="...">`, `<br/>`. */
export const TAG_RE = /<\/?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?\/?>/g;
/** An HTML entity such as `&nbsp;`, `&amp;`, `&#160;`, `&#xA0;`. */
export const ENTITY_RE = /&(?:[A-Za-z][A-Za-z0-9]{1,8}|#[0-9]{1,6}|#[xX][0-9A-Fa-f]{1,6});/g;

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '–', mdash: '—', hellip: '…',
  bull: '•', middot: '·', laquo: '«', raquo: '»', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“',
};

export function hasMarkup(text: string): boolean {
  return new RegExp(TAG_RE.source).test(text) || new RegExp(ENTITY_RE.source).test(text);
}

/** Decode one entity; unknown named entities stay as written (null). */
export function decodeEntity(entity: string): string | null {
  const body = entity.slice(1, -1);
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return null;
    const ch = String.fromCodePoint(code);
    return ch === '\u00a0' ? ' ' : ch;
  }
  return NAMED_ENTITIES[body.toLowerCase()] ?? null;
}

/**
 * The text a reader sees: tags removed (block tags and `<br>` become line breaks, so `<li>` items
 * stay one per line), entities decoded, white space inside each line folded, empty lines dropped.
 */
export function stripMarkup(text: string): string {
  const noTags = text.replace(new RegExp(TAG_RE.source, 'g'), (tag) => {
    const name = /^<\/?([A-Za-z0-9]+)/.exec(tag)?.[1]?.toLowerCase() ?? '';
    return BLOCK_TAGS.has(name) ? '\n' : '';
  });
  const decoded = noTags.replace(new RegExp(ENTITY_RE.source, 'g'), (e) => decodeEntity(e) ?? e);
  return decoded
    .split(/\r?\n/)
    .map((line) => fold(line))
    .filter((line) => line !== '')
    .join('\n');
}

/** Tags that end a line when stripped. */
export const BLOCK_TAGS = new Set(['br', 'p', 'div', 'li', 'ol', 'ul', 'tr', 'table', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Tags that only format text: stripping them loses nothing a reviewer would miss. */
export const INLINE_TAGS = new Set(['b', 'i', 'u', 's', 'strong', 'em', 'span', 'font', 'small', 'big', 'sub', 'sup', 'mark', 'strike']);

/** The raw text with every tag and entity blanked out by spaces of the same length, so offsets hold. */
export function maskMarkup(text: string): string {
  const blank = (m: string) => ' '.repeat(m.length);
  return text.replace(new RegExp(TAG_RE.source, 'g'), blank).replace(new RegExp(ENTITY_RE.source, 'g'), blank);
}

export interface WordToken {
  word: string;
  /** Offset of the word in the raw cell text. */
  start: number;
  end: number;
}

/** Letter runs of the raw text (markup skipped), with their offsets. */
export function wordTokens(raw: string): WordToken[] {
  const masked = maskMarkup(raw);
  const out: WordToken[] = [];
  for (const m of masked.matchAll(/\p{L}+/gu)) {
    out.push({ word: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return out;
}

/** For comparing texts: markup stripped, lower case, punctuation dropped, white space folded. */
export function normalise(text: string): string {
  return fold(stripMarkup(text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' '));
}

/** A value that only holds a placeholder: empty, `-`, `–`, `—`, or punctuation such as `:`. */
export function isPlaceholder(value: string | null | undefined): boolean {
  if (value === null || value === undefined) return true;
  return !/[\p{L}\p{N}]/u.test(stripMarkup(value));
}

/** Give `target` the letter case of `model` (all upper, capitalised, or lower). */
export function matchCase(model: string, target: string): string {
  const letters = model.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return target.toUpperCase();
  const first = letters[0] ?? '';
  if (first !== '' && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return target.charAt(0).toUpperCase() + target.slice(1).toLowerCase();
  }
  return target.toLowerCase();
}
