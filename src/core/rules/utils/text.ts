/**
 * Small text helpers private to the rules: markup detection and stripping, word tokens with their
 * offsets in the raw cell text, and normalisation for comparisons. Pure, total functions.
 */
import { fold } from '../../grid';
import {
  BLOCK_TAGS,
  ENTITY_RE,
  MD_BOLD_RE,
  TAG_RE,
  decodeEntity,
  hasMarkup,
  stripMarkup as stripCellMarkup,
} from '../../text';

export { BLOCK_TAGS, ENTITY_RE, MD_BOLD_RE, TAG_RE, decodeEntity, hasMarkup };

/**
 * The text a reader sees: tags removed (block tags and `<br>` become line breaks, so `<li>` items stay
 * one per line), entities decoded, markdown bold unwrapped, white space inside each line folded.
 */
export function stripMarkup(text: string): string {
  return stripCellMarkup(text).text;
}

/** Tags that only format text: stripping them loses nothing a reviewer would miss. */
export const INLINE_TAGS = new Set([
  'b',
  'i',
  'u',
  's',
  'strong',
  'em',
  'span',
  'font',
  'small',
  'big',
  'sub',
  'sup',
  'mark',
  'strike',
]);

/** The raw text with every tag and entity blanked out by spaces of the same length, so offsets hold. */
export function maskMarkup(text: string): string {
  if (!/[<&*]/.test(text)) return text;
  const blank = (m: string) => ' '.repeat(m.length);
  return text
    .replace(new RegExp(TAG_RE.source, 'g'), blank)
    .replace(new RegExp(ENTITY_RE.source, 'g'), blank)
    .replace(new RegExp(MD_BOLD_RE.source, 'g'), (m, inner: string) => `  ${inner}  `);
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
  return fold(
    stripMarkup(text)
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
  );
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
