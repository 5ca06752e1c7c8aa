/**
 * truncated-text: a cell whose text stops mid-phrase: an Uraian or value ending in a word that needs a
 * continuation (`Mengumpulkan Form RKT yang`, `Mengkompilasi Form RKT dari`), or a flow mark cut
 * short (`Mula` for Mulai, `tida` for tidak). Typically text cut off by a narrow column in the source
 * the SOP was copied from: the reader cannot tell what the step really is.
 */
import { stripMarkup } from './utils/text';
import { say, type Rule, type RuleFinding } from './types';
import { quote } from './utils/where';

/** Function words that cannot end a phrase in Indonesian: a conjunction, preposition or relative. */
export const NEEDS_CONTINUATION: ReadonlySet<string> = new Set([
  'yang',
  'dari',
  'dan',
  'untuk',
  'dengan',
  'ke',
  'di',
  'oleh',
  'atau',
  'serta',
  'bahwa',
  'pada',
  'kepada',
  'bagi',
  'tentang',
  'terhadap',
  'melalui',
  'sebagai',
  'dalam',
  'antara',
  'hingga',
  'sampai',
  'agar',
  'supaya',
  'karena',
  'jika',
  'apabila',
  'maka',
  'sehingga',
  'tetapi',
  'namun',
  'beserta',
  'berupa',
  'yaitu',
  'yakni',
  'guna',
  'demi',
  'menuju',
  'mengenai',
  'atas',
]);

/** Words of the flow's marks, so a mark cut short can be completed. */
const MARK_WORDS = ['mulai', 'selesai', 'tidak', 'ya'];

/** The mark word a cut-short mark stands for ("Mula" -> "Mulai"), or null. */
export function cutMark(text: string): string | null {
  const word = text.trim().toLowerCase();
  if (!/^\p{L}{3,}$/u.test(word)) return null;
  for (const m of MARK_WORDS) if (m !== word && m.startsWith(word)) return m;
  return null;
}

/** The function word a text ends on, or null. */
export function danglingWord(text: string): string | null {
  const plain = stripMarkup(text).trim();
  if (/[.;:!?)\]"”]$/.test(plain)) return null; // a closed sentence or bracket is not cut short
  const last = /(\p{L}+)\s*,?$/u.exec(plain)?.[1];
  if (!last) return null;
  return NEEDS_CONTINUATION.has(last.toLowerCase()) ? last : null;
}

export const truncatedText: Rule = {
  meta: {
    id: 'truncated-text',
    description: { id: 'Teks sel yang terpotong di tengah frasa', en: 'A cell whose text stops mid-phrase' },
    defaultSeverity: 'warning',
    docs: 'docs/rules/truncated-text.md',
    fixable: true,
  },
  check({ doc, lang }) {
    const out: RuleFinding[] = [];
    const seen = new Set<string>();
    const push = (f: RuleFinding) => {
      if (seen.has(f.cell)) return;
      seen.add(f.cell);
      out.push(f);
    };
    // Mark texts in the actor cells: from the parser's marks and from texts it tagged as marks.
    const marks = new Map<string, string>();
    for (const step of doc.steps) for (const mark of step.marks ?? []) marks.set(mark.cell, mark.text);
    for (const t of doc.texts) if (t.role === 'mark' || marks.has(t.cell)) marks.set(t.cell, t.text);
    for (const step of doc.steps) {
      const values: [string | null, string | null][] = [
        [step.uraian, step.cells.uraian],
        [step.kelengkapan, step.cells.kelengkapan],
        [step.output, step.cells.output],
        [step.keterangan, step.cells.keterangan],
      ];
      for (const [value, cell] of values) {
        if (!value || !cell) continue;
        const word = danglingWord(value);
        if (!word) continue;
        push({
          cell,
          message: say(
            lang,
            `Teks ${quote(value)} terpotong: berakhir pada “${word}”. Lengkapi kalimatnya.`,
            `The text ${quote(value)} is cut short: it ends on “${word}”. Complete the phrase.`
          ),
        });
      }
    }
    for (const [cell, raw] of marks) {
      const words = [...stripMarkup(raw).matchAll(/\p{L}+/gu)].map((m) => m[0]);
      if (words.length !== 1) continue;
      const whole = cutMark(words[0]);
      if (!whole) continue;
      const right = words[0][0] === words[0][0].toUpperCase() ? whole[0].toUpperCase() + whole.slice(1) : whole;
      const at = raw.lastIndexOf(words[0]);
      const fix =
        at >= 0 ? { cell, from: raw, to: raw.slice(0, at) + right + raw.slice(at + words[0].length) } : undefined;
      push({
        cell,
        message: say(
          lang,
          `Penanda “${words[0]}” terpotong: seharusnya “${right}”. Lengkapi penandanya.`,
          `The marker “${words[0]}” is cut short: it should be “${right}”. Complete the marker.`
        ),
        ...(fix ? { fix } : {}),
      });
    }
    return out;
  },
};
