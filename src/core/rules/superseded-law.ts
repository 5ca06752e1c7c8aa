/**
 * superseded-law: a Dasar Hukum item citing a regulation that has been revoked (data/laws.ts); the
 * message names the replacement. An SOP must rest on law in force: an auditor reads an outdated basis
 * as an SOP that was never reviewed. Citations are recognised however they are written (`PP No. 58
 * Tahun 2005`, `Peraturan Menteri Dalam Negeri Nomor: 54 Tahun 2010`, `UU No 32 th 2004`, line breaks
 * inside). A regulation named inside another's title (`tentang Pelaksanaan PP Nomor 8 Tahun 2008`) is
 * not a citation of it, but an amendment of a revoked regulation (`Perubahan Kedua atas Permendagri
 * Nomor 13 Tahun 2006`) went with it, and is reported once.
 */
import { SUPERSEDED_LAWS, type LawKind, type LawRef, type SupersededLaw } from './data/laws';
import { stripMarkup } from './utils/text';
import { say, type Rule, type RuleFinding } from './types';
import { tableTopLeft } from './utils/where';

const KIND_PATTERNS: [LawKind, string][] = [
  [
    'PermenPANRB',
    String.raw`Peraturan\s+Menteri\s+(?:Negara\s+)?(?:Pendayagunaan\s+Aparatur\s+Negara(?:\s+dan\s+Reformasi\s+Birokrasi)?|PAN(?:\s*-?\s*RB)?)|Peraturan\s+Men\s*PAN(?:\s*-?\s*RB)?|Permen\s*PAN(?:\s*-?\s*RB)?`,
  ],
  ['Permendagri', String.raw`Peraturan\s+Menteri\s+Dalam\s+Negeri|Permen\s*dagri`],
  ['Perpres', String.raw`Peraturan\s+Presiden|Perpres`],
  ['PP', String.raw`Peraturan\s+Pemerintah(?:an)?|PP`],
  ['UU', String.raw`Undang\s*-?\s*Undang|UU`],
];
const KIND_RE = KIND_PATTERNS.map(([, p]) => `(${p})`).join('|');
const NUMBER = String.raw`(?:\s+(?:Republik\s+Indonesia|RI))?\s*,?\s*(?:Nomor|Nomer|Nmr|No)\s*[.:]?\s*:?\s*(\d{1,4})\s*(?:,\s*)?(?:(?:Tahun|Thn|Th)\s*\.?\s*(\d{4})|\/\s*(\d{4}))`;
const CITATION_RE = new RegExp(String.raw`\b(?:${KIND_RE})${NUMBER}`, 'gi');
/** The old MenPAN numbering: `PER/21/M.PAN/11/2008`. */
const MENPAN_RE = /\bPER\s*\/\s*(\d{1,3})\s*\/\s*M\.?\s*PAN\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/gi;

export interface Citation extends LawRef {
  start: number;
  end: number;
}

/** Every regulation citation in a text, in order. */
export function findCitations(text: string): Citation[] {
  const out: Citation[] = [];
  for (const m of text.matchAll(CITATION_RE)) {
    const k = KIND_PATTERNS.findIndex((_, i) => m[i + 1] !== undefined);
    const n = KIND_PATTERNS.length;
    const year = Number(m[n + 2] ?? m[n + 3]);
    out.push({
      kind: KIND_PATTERNS[k][0],
      number: String(Number(m[n + 1])),
      year,
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
    });
  }
  for (const m of text.matchAll(MENPAN_RE)) {
    const number = `PER/${Number(m[1])}/M.PAN/${Number(m[2])}/${m[3]}`;
    out.push({
      kind: 'PermenPANRB',
      number,
      year: Number(m[3]),
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

export function supersededEntry(ref: LawRef): SupersededLaw | undefined {
  return SUPERSEDED_LAWS.find(
    (e) =>
      e.cited.kind === ref.kind &&
      e.cited.year === ref.year &&
      e.cited.number.toUpperCase() === ref.number.toUpperCase()
  );
}

export function citationName(ref: LawRef): string {
  const kind = ref.kind === 'PermenPANRB' ? 'PermenPAN-RB' : ref.kind;
  return ref.number.includes('/') ? `${kind} Nomor ${ref.number}` : `${kind} Nomor ${ref.number} Tahun ${ref.year}`;
}

export interface LawProblem {
  /** The regulation cited by the item (its first citation). */
  cited: Citation;
  /** The revoked regulation: the cited one, or the one it amends. */
  revoked: SupersededLaw;
  /** True when `cited` is itself fine as a number but amends the revoked regulation. */
  viaAmendment: boolean;
}

/**
 * The outdated regulations a Dasar Hukum text cites, one per cited regulation. A text may hold several
 * items run together (`...Keuangan Negara2 Undang-Undang No. 25 ...`): a citation starts a new item
 * when it is the first, follows a list number, or no `tentang` stands between it and the one before.
 */
export function outdatedCitations(text: string): LawProblem[] {
  const cites = findCitations(text);
  const out: LawProblem[] = [];
  let group: { cited: Citation; problem: LawProblem | null } | null = null;
  const close = () => {
    if (group?.problem) out.push(group.problem);
  };
  cites.forEach((c, k) => {
    const prefix = text.slice(k === 0 ? 0 : cites[k - 1].end, c.start);
    const primary =
      k === 0 || /(?:^|\D)\d{1,2}\s*[.)]?\s*$/.test(prefix) || /[;\n]\s*$/.test(prefix) || !/\btentang\b/i.test(prefix);
    if (primary) {
      close();
      const entry = supersededEntry(c);
      group = { cited: c, problem: entry ? { cited: c, revoked: entry, viaAmendment: false } : null };
      return;
    }
    const g = group as { cited: Citation; problem: LawProblem | null } | null;
    if (g && !g.problem && /\bperubahan\b[\s\S]*\batas\s*$/i.test(prefix)) {
      const entry = supersededEntry(c);
      if (entry && entry.status === 'revoked') g.problem = { cited: g.cited, revoked: entry, viaAmendment: true };
    }
  });
  close();
  return out;
}

export const supersededLaw: Rule = {
  meta: {
    id: 'superseded-law',
    description: {
      id: 'Dasar Hukum mengutip peraturan yang sudah dicabut atau diganti',
      en: 'A Dasar Hukum item citing a regulation that has been revoked or replaced',
    },
    defaultSeverity: 'error',
    docs: 'docs/rules/superseded-law.md',
    fixable: false,
  },
  check({ doc, lang }) {
    const cells = doc.identityCells?.dasarHukum;
    const cell = cells?.value ?? cells?.label ?? tableTopLeft(doc);
    let items = doc.identity.dasarHukum ?? [];
    if (items.length === 0 && cells?.value) {
      items = doc.texts.filter((t) => t.cell === cells.value).map((t) => stripMarkup(t.text));
    }
    const out: RuleFinding[] = [];
    for (const item of items) {
      const text = stripMarkup(item).replace(/\s+/g, ' ');
      for (const p of outdatedCitations(text)) {
        const cited = citationName(p.cited);
        const old = citationName(p.revoked.cited);
        const amended = p.revoked.status === 'amended';
        const message = p.viaAmendment
          ? say(
              lang,
              `Dasar Hukum mengutip ${cited}, perubahan atas ${old} (${p.revoked.title}) yang sudah dicabut dan diganti ${p.revoked.replacedBy}. Ganti rujukannya dengan ${p.revoked.replacedBy}.`,
              `Dasar Hukum cites ${cited}, an amendment of ${old} (${p.revoked.title}), which was revoked and replaced by ${p.revoked.replacedBy}. Cite ${p.revoked.replacedBy} instead.`
            )
          : amended
            ? say(
                lang,
                `Dasar Hukum mengutip ${cited} (${p.revoked.title}), yang sudah diubah dengan ${p.revoked.replacedBy}. Tambahkan atau ganti rujukannya.`,
                `Dasar Hukum cites ${cited} (${p.revoked.title}), which was amended by ${p.revoked.replacedBy}. Add or cite the amendment.`
              )
            : say(
                lang,
                `Dasar Hukum mengutip ${cited} (${p.revoked.title}), yang sudah dicabut dan diganti ${p.revoked.replacedBy}. Ganti rujukannya.`,
                `Dasar Hukum cites ${cited} (${p.revoked.title}), which was revoked and replaced by ${p.revoked.replacedBy}. Update the citation.`
              );
        out.push({ cell, message });
      }
    }
    return out;
  },
};
