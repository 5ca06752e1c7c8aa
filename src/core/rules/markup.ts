/**
 * markup: HTML or other markup left in a cell (`<b>`, `<li>`, `&nbsp;`), usually from text pasted out
 * of a web form or a converted document (seed 003). Excel shows the tags literally; printed, the SOP
 * looks broken. One finding per cell. The fix strips the markup where that loses nothing: when every
 * tag is a formatting or list/paragraph tag, and every entity is known; list items become lines.
 */
import {
  BLOCK_TAGS,
  ENTITY_RE,
  INLINE_TAGS,
  MD_BOLD_RE,
  TAG_RE,
  decodeEntity,
  hasMarkup,
  stripMarkup,
} from './utils/text';
import { say, type Rule, type RuleFinding } from './types';

/** Whether stripping the cell's markup keeps all of its content (no table, script, image ...). */
export function safeToStrip(raw: string): boolean {
  for (const m of raw.matchAll(new RegExp(TAG_RE.source, 'g'))) {
    const name = /^<\/?([A-Za-z0-9]+)/.exec(m[0])?.[1]?.toLowerCase() ?? '';
    if (!INLINE_TAGS.has(name) && !(BLOCK_TAGS.has(name) && !['table', 'tr', 'td', 'th'].includes(name))) return false;
  }
  for (const m of raw.matchAll(new RegExp(ENTITY_RE.source, 'g'))) {
    if (decodeEntity(m[0]) === null) return false;
  }
  return stripMarkup(raw) !== '';
}

/** The first few markup pieces found, for the message. */
function samples(raw: string): string {
  const pieces = [
    ...[...raw.matchAll(new RegExp(TAG_RE.source, 'g'))].map((m) => m[0]),
    ...[...raw.matchAll(new RegExp(ENTITY_RE.source, 'g'))].map((m) => m[0]),
    ...(new RegExp(MD_BOLD_RE.source).test(raw) ? ['**'] : []),
  ].map((p) => (p.length > 12 ? `${p.slice(0, 11)}…` : p));
  return [...new Set(pieces)].slice(0, 3).join(' ');
}

export const markup: Rule = {
  meta: {
    id: 'markup',
    description: { id: 'Kode HTML atau markup lain tertinggal di sel', en: 'HTML or other markup left in a cell' },
    defaultSeverity: 'warning',
    docs: 'docs/rules/markup.md',
    fixable: true,
  },
  check({ doc, lang }) {
    const out: RuleFinding[] = [];
    for (const t of doc.texts) {
      if (!hasMarkup(t.text)) continue;
      const finding: RuleFinding = {
        cell: t.cell,
        message: say(
          lang,
          `Sel ${t.cell} berisi kode markup (${samples(t.text)}) yang tampil apa adanya di Excel. Hapus kodenya dan sisakan teksnya.`,
          `Cell ${t.cell} holds markup (${samples(t.text)}) that Excel shows as it is. Remove the code and keep the text.`
        ),
      };
      if (safeToStrip(t.text)) finding.fix = { cell: t.cell, from: t.text, to: stripMarkup(t.text) };
      out.push(finding);
    }
    return out;
  },
};
