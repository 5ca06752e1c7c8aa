/**
 * Text helpers shared by the detector, the parser and the rules: removing the HTML (and markdown bold)
 * that copy-pasting from web SOP builders leaves in cells, splitting the identity lists into items, and
 * normalising labels so that "MUTU BAKU", "Mutu Baku :" and "mutu  baku" compare equal.
 */
import { fold } from './grid';

export { fold };

/** Named HTML entities seen in pasted SOP text (the numeric forms are decoded generically). */
const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ndash: '–',
  mdash: '—',
  bull: '•',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
};

/** Tags after which the text continues on a new line (block elements and list items). */
export const BLOCK_TAGS = new Set([
  'br',
  'p',
  'div',
  'li',
  'ol',
  'ul',
  'tr',
  'table',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

/** An HTML/XML tag such as `<b>`, `</li>`, `<p style="...">`, `<br/>` (group 1: the tag name). */
export const TAG_RE = /<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*\/?>/g;
/** An HTML entity such as `&nbsp;`, `&amp;`, `&#160;` (group 1: its body). */
export const ENTITY_RE = /&(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g;
/** Markdown bold, as documents converted to text leave it (`**CAMAT PARINGIN**`). */
export const MD_BOLD_RE = /\*\*([^*]*?)\*\*/g;

/** One line of words separated by single spaces, with no markup character: already clean. */
const PLAIN_LINE_RE = /^[^<&*\s]+(?: [^<&*\s]+)*$/;

export interface StrippedText {
  /** The text without markup: block tags become line breaks, lines trimmed, empty lines dropped. */
  text: string;
  /** The markup found, each distinct token once, in order of appearance ("<b>", "<li>", "&nbsp;", "**"). */
  found: string[];
}

/**
 * Removes HTML tags, HTML entities and markdown bold (`**x**`) from a cell's text. `<li>`, `<p>`, `<br>`
 * and other block tags start a new line so list items stay apart; the caller folds when it wants one line.
 */
export function stripMarkup(text: string): StrippedText {
  // Most cells are plain words separated by single spaces: nothing to strip, nothing to fold.
  if (PLAIN_LINE_RE.test(text)) return { text, found: [] };
  if (!/[<&*]/.test(text)) return { text: cleanLines(text), found: [] };
  const found: string[] = [];
  const note = (token: string): void => {
    if (!found.includes(token)) found.push(token);
  };
  let out = text.replace(TAG_RE, (_m, name: string) => {
    const tag = name.toLowerCase();
    note(`<${tag}>`);
    return BLOCK_TAGS.has(tag) ? '\n' : '';
  });
  out = out.replace(ENTITY_RE, (m) => {
    const ch = decodeEntity(m);
    if (ch === null) return m;
    note(m.toLowerCase());
    return ch;
  });
  out = out.replace(MD_BOLD_RE, (_m, inner: string) => {
    note('**');
    return inner;
  });
  return { text: cleanLines(out), found };
}

/** Decodes one entity ("&nbsp;" -> " "); null for an unknown name or an impossible code point. */
export function decodeEntity(entity: string): string | null {
  const body = entity.slice(1, -1);
  if (body.startsWith('#')) {
    const hex = body[1] === 'x' || body[1] === 'X';
    const code = hex ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return null;
    const ch = String.fromCodePoint(code);
    return ch === '\u00a0' ? ' ' : ch;
  }
  return ENTITIES[body.toLowerCase()] ?? null;
}

/** Whether a cell's text holds markup that stripMarkup would remove. */
export function hasMarkup(text: string): boolean {
  return /[<&*]/.test(text) && stripMarkup(text).found.length > 0;
}

/** Trims every line, folds white space inside it and drops empty lines. */
function cleanLines(text: string): string {
  return text
    .split(/\r?\n|\r/)
    .map((l) => fold(l))
    .filter((l) => l !== '')
    .join('\n');
}

/** The text without markup on one line (white space folded): what values and labels are compared on. */
export function plainText(text: string): string {
  // Most cells hold plain single-spaced text: skip the markup pass for them.
  if (!/[<&*\s\u00a0]{1}/.test(text.replace(/ (?=\S)/g, ''))) return text.trim();
  return fold(stripMarkup(text).text);
}

/**
 * A label reduced for matching: markup removed, lower case, diacritics and punctuation dropped, white
 * space folded ("Tgl. Efektip :" -> "tgl efektip", "PERALATAN / PERLENGKAPAN" -> "peralatan perlengkapan").
 */
export function normalizeLabel(text: string): string {
  const plain = /[<&*]/.test(text) ? stripMarkup(text).text : text;
  return fold(
    plain
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/&/g, ' dan ')
      .replace(/[^a-z0-9]+/g, ' ')
  );
}

// ---------------------------------------------------------------------------------------------
// Lists

/** Numbering or a bullet at the start of a line: "1.", "1)", "(1)", "1 ", "a.", "a)", "-", "•". */
const LEADING_NUMBER_RE = /^(?:\(?(\d{1,2})[.)](?!\d)|(\d{1,2})(?=\s))\s*/;
const LEADING_LETTER_RE = /^\(?[a-zA-Z][.)]\s+/;
const LEADING_BULLET_RE = /^[-–—•●▪◦·*○]\s*/;

/** Words after which a number is part of a citation, never a list number ("Nomor 2 Tahun 2014"). */
const CITATION_WORD_RE =
  /(?:nomor|nomer|no|nr|tahun|th|thn|uu|pp|pasal|ayat|angka|huruf|bab|perda|perbup|perwali|perpres|permendagri|permen|kep|sk|lampiran|ke)\.?\s*$/i;
/** Words right after a number that make it a quantity or a year, never a list number ("2 Tahun"). */
const QUANTITY_AFTER_RE = /^\s*(?:tahun|th\b|thn\b|hari|jam|menit|bulan|minggu|orang|lembar|unit|buah|kali|%)/i;

/**
 * Splits a one-line text whose items were concatenated ("1. Lembaran Kerja 2. Ruang Rapat 3. Komputer",
 * even "Keuangan Negara2 Undang-Undang ...") at the numbers that continue the sequence `next`, `next+1`,
 * ... Returns the parts (the first part is the text before the first split).
 */
function splitInlineSequence(text: string, next: number): string[] {
  const parts: string[] = [];
  let rest = text;
  let expected = next;
  for (;;) {
    const at = findListNumber(rest, expected);
    if (at < 0) break;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at);
    expected++;
  }
  parts.push(rest);
  return parts;
}

/** Index in `text` (never 0) where list number `n` starts as an item number, or -1. */
function findListNumber(text: string, n: number): number {
  const token = String(n);
  let from = 1;
  for (;;) {
    const i = text.indexOf(token, from);
    if (i < 0) return -1;
    from = i + 1;
    const before = text[i - 1];
    const after = text[i + token.length];
    if (/[0-9/.,\-–:]/.test(before)) continue;
    if (after === undefined) continue;
    // The number must be followed by its "." / ")" or a space, and then by the item's text.
    const tail = text.slice(i + token.length);
    const m = /^(?:[.)]\s*|\s+)(?=[^\s\d])/.exec(tail);
    if (!m) continue;
    if (/^\.\d/.test(tail)) continue;
    if (CITATION_WORD_RE.test(text.slice(0, i))) continue;
    if (!/[.)]/.test(tail[0]) && QUANTITY_AFTER_RE.test(tail)) continue;
    return i;
  }
}

/** Removes a leading number, letter or bullet; returns the number when it was a number. */
function stripNumbering(line: string): { text: string; number: number | null } {
  const num = LEADING_NUMBER_RE.exec(line);
  if (num) {
    const rest = line.slice(num[0].length);
    // "3 Hari" or "2021 - 2026" are not numbered items: a bare number must be followed by a word.
    if (num[2] !== undefined && (QUANTITY_AFTER_RE.test(rest) || !/^[^\s\d]/.test(rest))) {
      return { text: line, number: null };
    }
    return { text: rest, number: Number(num[1] ?? num[2]) };
  }
  const letter = LEADING_LETTER_RE.exec(line);
  if (letter) return { text: line.slice(letter[0].length), number: null };
  const bullet = LEADING_BULLET_RE.exec(line);
  if (bullet) return { text: line.slice(bullet[0].length), number: null };
  return { text: line, number: null };
}

/**
 * Splits an identity list cell into its items, numbering stripped: one item per line (`<li>` and `<br>`
 * become lines), and items run together on one line ("1. A 2. B 3. C") split where the numbers continue
 * in order. Citations ("Nomor 29 Tahun 2014", "UU 23/2014") are never split. A first line that only
 * introduces the list ("Hasil :") is left out.
 */
export function splitListItems(text: string): string[] {
  const lines = stripMarkup(text)
    .text.split('\n')
    .map((l) => fold(l))
    .filter((l) => l !== '');
  const items: string[] = [];
  for (const line of lines) {
    // A lone dash is the placeholder for "none": kept as written, not read as a bullet.
    if (/^[-–—]$/.test(line)) {
      items.push(line);
      continue;
    }
    const { text: first, number } = stripNumbering(line);
    if (number === null) {
      items.push(first);
      continue;
    }
    const parts = splitInlineSequence(first, number + 1);
    items.push(fold(parts[0]));
    for (const part of parts.slice(1)) items.push(fold(stripNumbering(part).text));
  }
  const kept = items.filter((i) => i !== '');
  if (kept.length > 1 && /:\s*$/.test(kept[0]) && !/[:]\s*\S/.test(kept[0])) kept.shift();
  return kept;
}

/**
 * "A dan B", "A, B", "A/B", "A & B" split into its parts, but only when every part is, on its own, a known
 * name ("Kasubag Umum dan Staf" where both are actors elsewhere); otherwise the name stays whole, since
 * "Kepala Bagian Umum dan Keuangan" is one person.
 */
export function splitJointNames(name: string, isKnown: (part: string) => boolean): string[] {
  const parts = name
    .split(/\s*(?:,|\/|&|\bdan\b|\n)\s*/i)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length > 1 && parts.every(isKnown) ? parts : [name];
}
