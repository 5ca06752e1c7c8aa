/**
 * typo: a misspelt word, read like a careful proofreader would (docs/rules/typo.md).
 *
 * With a speller (src/core/spell: the hunspell dictionary plus the SOP lexicon) every word of the SOP's
 * text is read. A word is a misspelling only when nothing knows it: not the dictionary (in any case,
 * with or without common affixes), not the lexicon, not an acronym (capitals of up to four letters, or
 * written in brackets in this SOP), not a name (a capitalised word of the SOP's organisation lines,
 * signature or `Disahkan Oleh`), not part of a code, number, e-mail or abbreviation. It gets a fix only
 * when exactly one known word is one edit or one swap away, and that word may be offered (Indonesian or
 * lexicon, not only English) or exactly one is a likelier slip than all others (./spell/edits); with
 * several equally close candidates a word of six letters or more is reported without a fix (not one
 * in capitals: an acronym); otherwise, and for words of four letters or fewer, nothing is said. A correct
 * word is never changed. Also: a prefix `di` written apart where the dictionary knows the joined word
 * (`di susun`), a word written twice (`Pembuatan Pembuatan`).
 *
 * Without a speller only what needs no dictionary is read: the labels of the SOP AP format in title,
 * header and identity-label cells (`PROSDUR`, `Pemdataan`, `Autput`), `MUTU BUKU`, doubled words.
 */
import { distance } from 'fastest-levenshtein';
import type { SopDoc, TextCell } from '../model';
import { LIKELY_EDIT, OTHER_EDIT, editCost } from '../spell/edits';
import type { Speller } from '../spell/types';
import { FORMAT_LABEL_NEIGHBOURS, FORMAT_LABELS, PHRASE_TYPOS, REAL_WORD_TYPOS } from './data/lexicon';
import { maskMarkup, matchCase } from './utils/text';
import { say, type Rule, type RuleFinding } from './types';

/** Words this short are never judged: one edit turns too many of them into another word. */
export const MIN_FIX_LENGTH = 5;
/** A word with several close candidates is reported (without a fix) from this length on. */
export const MIN_UNSURE_LENGTH = 6;
/** Capitals up to this length are acronyms (RKT, SKPD, IKU). */
const MAX_ACRONYM_LENGTH = 4;

export interface Token {
  word: string;
  start: number;
  end: number;
  /** Part of a code, number, e-mail, web address or dotted abbreviation (`800/13/Satpol`, `S.Sos`). */
  code: boolean;
}

/** Letter runs of a cell's text (markup blanked out), each marked when it sits inside a code. */
export function tokensOf(raw: string): Token[] {
  const text = maskMarkup(raw);
  const out: Token[] = [];
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    let a = start;
    let b = end;
    while (a > 0 && !/\s/.test(text[a - 1])) a--;
    while (b < text.length && !/\s/.test(text[b])) b++;
    const chunk = text.slice(a, b);
    const code =
      /\d/.test(chunk) ||
      /[@_\\]|:\/\/|www\./i.test(chunk) ||
      /\p{L}\.\p{L}/u.test(text.slice(Math.max(0, start - 2), Math.min(text.length, end + 2)));
    out.push({ word: m[0], start, end, code });
  }
  return out;
}

const isCaps = (w: string) => w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();
const isCapitalised = (w: string) => w[0] !== w[0].toLowerCase();

/** Title Case text (`Peraturan Badan Siber dan Sandi Negara`): most longer words capitalised, not in capitals. */
function isTitleCase(words: string[]): boolean {
  const long = words.filter((w) => w.length >= 4 && /^\p{L}+$/u.test(w));
  if (long.length < 3) return false;
  const titled = long.filter((w) => isCapitalised(w) && w !== w.toUpperCase()).length;
  return titled / long.length >= 0.6;
}
/** An upper-case letter after a lower-case one, past the second letter: `MenPAN`, `SatPol`. */
const isCamel = (w: string) => /\p{Ll}\p{Lu}/u.test(w.slice(1));
const plainLetters = (w: string) => /^[a-zA-Z]+$/.test(w);

/** Two strings of one length that differ only by two neighbouring letters swapped. */
function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** A person's name line: an academic title or degree (`Ir.`, `Drs.`, `S.Sos`, `M.Si`) or an NIP. */
export const PERSON_LINE = /\b(?:Ir|Drs?|Dra|Dr|Hj?|Prof)\.\s|\b[SMD]\.\s?[A-Z][a-z]{0,5}\b|\bNIP\b/;

/** A line naming an office or its address: `PEMERINTAH KABUPATEN BALANGAN`, `Jl. A. Yani Paringin`. */
const ORGANISATION_LINE =
  /\b(pemerintah|kabupaten|kota|kecamatan|kelurahan|desa|provinsi|dinas|badan|kantor|sekretariat|inspektorat|satuan|bagian|unit|alamat|jln?|jalan|telp|kode pos)\b/i;

/**
 * Cells that carry names: the organisation lines above the SOP, its signature, `Disahkan Oleh` and the
 * few cells under it (the signer's name and NIP).
 */
function nameCells(doc: SopDoc): TextCell[] {
  const signer = doc.identityCells.disahkanOleh?.value ?? null;
  const at = signer === null ? null : doc.texts.find((t) => t.cell === signer);
  const underSigner = (t: TextCell) =>
    at !== undefined && at !== null && t.col === at.col && t.row > at.row && t.row <= at.row + 5;
  return doc.texts.filter(
    (t) =>
      t.role === 'signature' ||
      PERSON_LINE.test(t.text) ||
      underSigner(t) ||
      (t.role === 'title' && ORGANISATION_LINE.test(t.text) && !/\b(sop|standar|operasional)\b/i.test(t.text)) ||
      t.cell === signer
  );
}

/** What the SOP itself says is a name or an acronym (lower case). */
function namesAndAcronyms(doc: SopDoc): Set<string> {
  const out = new Set<string>();
  for (const t of nameCells(doc)) {
    for (const tok of tokensOf(t.text)) if (isCapitalised(tok.word)) out.add(tok.word.toLowerCase());
  }
  for (const t of doc.texts) {
    for (const m of maskMarkup(t.text).matchAll(/\(([^()]*)\)/g)) {
      for (const tok of tokensOf(m[1])) if (isCaps(tok.word)) out.add(tok.word.toLowerCase());
    }
  }
  return out;
}

export type Verdict = { fix: string } | { unsure: string[] } | null;

/**
 * The verdict on one word: null when it is known or cannot be judged, a fix (lower case) when exactly
 * one offerable word is one edit away, or the candidates when several are.
 */
export function judgeWord(
  word: string,
  speller: Speller,
  known: ReadonlySet<string> = new Set(),
  inLabel = false,
  inTitle = false
): Verdict {
  const lower = word.toLowerCase();
  if (word.length < MIN_FIX_LENGTH || !plainLetters(word) || known.has(lower)) return null;
  if (isCaps(word) && word.length <= MAX_ACRONYM_LENGTH) return null;
  if (isCamel(word) && !(lower[0] === lower[1])) return null;
  const meant = REAL_WORD_ERRORS.get(lower);
  if (meant) return { fix: meant };
  if (speller.isKnown(word)) return null;
  // Header and identity labels hold no names (`Autput`).
  const name = isCapitalised(word) && !inLabel;
  // Every known word one edit or one swap away (./spell/edits1): all at the smallest plain distance. For
  // a long word with none that close the speller gives those two edits away (all of them, so again all
  // at the smallest distance, and the next word is three edits or more away).
  const close = speller
    .suggest(word)
    .map((s) => ({
      word: s.word.toLowerCase(),
      offer: s.offer,
      jargon: s.jargon === true,
      affixed: s.affixed === true,
      far: s.distance === 2,
    }))
    .filter((s, k, all) => s.word !== lower && all.findIndex((o) => o.word === s.word) === k);
  // Whether to flag: a capitalised word that differs from every candidate in its first letter is more
  // likely a name (`Paringin`, not `Waringin`). The weights (./spell/edits) only order the candidates.
  const candidates = close
    .filter((s) => !(name && s.word[0] !== lower[0]))
    .map((s) => ({ ...s, cost: s.far ? 2 * OTHER_EDIT : editCost(lower, s.word) }))
    .sort((a, b) => a.cost - b.cost || Number(b.offer) - Number(a.offer));
  if (candidates.length === 0) return null;
  // A fix only when exactly one known word is that close, and it may be offered. Every word a dictionary
  // lists counts, an English one too (`Alvohol`: alcohol as close as alkohol, so no fix), and so does a
  // word a name would not start with; but where the one Indonesian candidate is a word of the SOP lexicon,
  // the domain's own vocabulary beats general English (`DTAFT`: the SOP's `draft`, not `daft`). A likelier
  // slip never wins over an equally close word: `fisikal` is one edit from both `fiskal` and `fisika`, so
  // it gets no fix. A form only the affix reading knows (./spell/morph: a root with affixes the dictionary
  // does not list, often no real word) is no rival, unless it is a likelier slip than the one word
  // (`ivalidasi`: divalidasi rather than validasi).
  const offerable = close.filter((c) => !c.affixed && c.offer);
  const listed = offerable.length === 1 && offerable[0].jargon ? offerable : close.filter((c) => !c.affixed);
  const only = listed.length === 1 ? candidates.find((c) => c.word === listed[0].word) : undefined;
  if (only?.offer && !candidates.some((c) => c.affixed && c.cost < only.cost)) return { fix: only.word };
  // Two edits away, no single word: too far to say it is a misspelling at all (`kolaboratif`, `Microsoft`).
  if (candidates[0].far) return null;
  // A capitalised word inside Title Case text (a regulation's or an agency's name) with no sure fix is
  // more likely a name or a term than a slip (`Siber` in `Badan Siber dan Sandi Negara`): leave it.
  if (name && inTitle) return null;
  // No sure fix: report the word (a warning) when it is long enough, or, for an upper-case word (perhaps
  // an acronym) or one of MIN_FIX_LENGTH letters, only when its closest candidate is a likely slip of a
  // word that may be offered (`DTAFT`: draft, though daft is as close); otherwise leave it.
  const likely = candidates[0].offer && candidates[0].cost <= LIKELY_EDIT;
  if ((isCaps(word) || word.length < MIN_UNSURE_LENGTH) && !likely) return null;
  const offered = candidates.filter((c) => c.offer);
  return { unsure: (offered.length > 0 ? offered : candidates).map((c) => c.word).slice(0, 3) };
}

/** Without a dictionary: the format label one edit from a word of a label cell, or null. */
export function labelCorrection(word: string): string | null {
  const lower = word.toLowerCase();
  if (lower.length < MIN_FIX_LENGTH || LABELS.has(lower) || LABEL_NEIGHBOURS.has(lower)) return null;
  let best: string | null = null;
  for (const label of LABELS) {
    if (Math.abs(label.length - lower.length) > 1) continue;
    if (!(isSwap(lower, label) || distance(lower, label) === 1)) continue;
    if (best !== null) return null;
    best = label;
  }
  return best;
}

const LABELS = new Set(FORMAT_LABELS);
const REAL_WORD_ERRORS = new Map(Object.entries(REAL_WORD_TYPOS));
const LABEL_NEIGHBOURS = new Set(FORMAT_LABEL_NEIGHBOURS);
const LABEL_ROLES = new Set<TextCell['role']>(['title', 'header', 'identity-label']);

/** The corrected word in the case the user wrote it (`mMenyusun` -> `Menyusun`). */
function corrected(token: string, target: string): string {
  const lower = token.toLowerCase();
  if (lower[0] === lower[1] && lower.slice(1) === target) return token.slice(1);
  return matchCase(token, target);
}

/** Only spaces (no line break, no punctuation) between two offsets of a text. */
const spacesOnly = (text: string, from: number, to: number) => to > from && /^[ \u00a0]+$/.test(text.slice(from, to));

export const typo: Rule = {
  meta: {
    id: 'typo',
    description: {
      id: 'Kata yang salah ketik (menurut kamus bahasa Indonesia dan kosakata SOP)',
      en: 'A misspelt word (by the Indonesian dictionary and the SOP vocabulary)',
    },
    defaultSeverity: 'error',
    docs: 'docs/rules/typo.md',
    fixable: true,
  },
  check({ doc, lang, speller }) {
    const out: RuleFinding[] = [];
    const known = speller ? namesAndAcronyms(doc) : new Set<string>();
    for (const t of doc.texts) {
      const text = t.text;
      const tokens = tokensOf(text);
      const titleCase = isTitleCase(tokens.map((tok) => tok.word));
      const replace = (from: number, to: number, right: string) => text.slice(0, from) + right + text.slice(to);
      const fixAt = (wrong: string, right: string, from: number, to: number) =>
        out.push({
          cell: t.cell,
          message: say(
            lang,
            `Salah ketik “${wrong}”: seharusnya “${right}”. Perbaiki kata itu di sel ${t.cell}.`,
            `Typo “${wrong}”: should be “${right}”. Correct the word in cell ${t.cell}.`
          ),
          fix: { cell: t.cell, from: text, to: replace(from, to, right) },
        });
      for (let i = 0; i < tokens.length; i++) {
        const tok = tokens[i];
        if (reduplicated(text, tokens, i)) continue;
        const next = tokens[i + 1];
        // The first of a word written twice: the second one's finding covers both.
        if (next && next.word.toLowerCase() === tok.word.toLowerCase() && spacesOnly(text, tok.end, next.start))
          continue;
        const lower = tok.word.toLowerCase();
        const prev = tokens[i - 1];
        // A word written twice: `Pembuatan Pembuatan` (reduplication is written with a hyphen).
        if (prev && !tok.code && lower === prev.word.toLowerCase() && spacesOnly(text, prev.end, tok.start)) {
          // A reduplication written with a space (`masing masing`): the word alone is not a word.
          if (speller && tok.word.length >= 3 && !speller.isKnown(tok.word)) {
            const right = `${prev.word}-${tok.word}`;
            out.push({
              cell: t.cell,
              message: say(
                lang,
                `Salah ketik “${text.slice(prev.start, tok.end)}”: bentuk ulang ditulis dengan tanda hubung, seharusnya “${right}”. Perbaiki di sel ${t.cell}.`,
                `Typo “${text.slice(prev.start, tok.end)}”: a reduplicated word takes a hyphen, should be “${right}”. Correct it in cell ${t.cell}.`
              ),
              fix: { cell: t.cell, from: text, to: replace(prev.start, tok.end, right) },
            });
            continue;
          }
          out.push({
            cell: t.cell,
            message: say(
              lang,
              `Kata “${tok.word}” tertulis dua kali. Hapus salah satunya di sel ${t.cell}.`,
              `The word “${tok.word}” is written twice. Delete one in cell ${t.cell}.`
            ),
            fix: { cell: t.cell, from: text, to: text.slice(0, prev.end) + text.slice(tok.end) },
          });
          continue;
        }
        // A phrase only wrong as a phrase: MUTU BUKU.
        const phrase = PHRASE_TYPOS.find(
          (p) => lower === p.wrong && prev?.word.toLowerCase() === p.before && spacesOnly(text, prev.end, tok.start)
        );
        if (phrase) {
          fixAt(tok.word, matchCase(tok.word, phrase.right), tok.start, tok.end);
          continue;
        }
        if (tok.code) continue;
        if (!speller) {
          const label = LABEL_ROLES.has(t.role) ? labelCorrection(tok.word) : null;
          if (label) fixAt(tok.word, corrected(tok.word, label), tok.start, tok.end);
          continue;
        }
        // A prefix written apart: `di susun`, `di Tanda tangani` (the dictionary must list the joined word).
        if (lower === 'di' && (i === 0 || !/-$/.test(text.slice(0, tok.start)))) {
          const joined = joinPrefix(text, tokens, i, speller);
          if (joined) {
            const right = joinedCase(text, tokens, i, joined.last, joined.word);
            out.push({
              cell: t.cell,
              message: say(
                lang,
                `Salah ketik “${text.slice(tok.start, joined.end)}”: awalan di- ditulis terpisah, seharusnya “${right}”. Perbaiki di sel ${t.cell}.`,
                `Typo “${text.slice(tok.start, joined.end)}”: the prefix di- is written apart, should be “${right}”. Correct it in cell ${t.cell}.`
              ),
              fix: { cell: t.cell, from: text, to: replace(tok.start, joined.end, right) },
            });
            i = joined.last;
            continue;
          }
        }
        const verdict = judgeWord(
          tok.word,
          speller,
          known,
          t.role === 'header' || t.role === 'identity-label',
          i > 0 && titleCase
        );
        if (verdict === null) continue;
        if ('fix' in verdict) {
          fixAt(tok.word, corrected(tok.word, verdict.fix), tok.start, tok.end);
        } else {
          const list = verdict.unsure.map((w) => `“${w}”`).join(say(lang, ' atau ', ' or '));
          out.push({
            cell: t.cell,
            severity: 'warning',
            message: say(
              lang,
              `Kata “${tok.word}” tidak ada di kamus; mungkin salah ketik (${list}?). Periksa kata itu di sel ${t.cell}.`,
              `The word “${tok.word}” is not in the dictionary; perhaps a typo (${list}?). Check the word in cell ${t.cell}.`
            ),
          });
        }
      }
    }
    return out;
  },
};

/**
 * Half of a reduplication written with a hyphen (`masing-masing`, `dokumen-dokumennya`): the halves
 * need not be words on their own.
 */
function reduplicated(text: string, tokens: Token[], i: number): boolean {
  const same = (a: Token, b: Token) => {
    const x = a.word.toLowerCase();
    const y = b.word.toLowerCase();
    return text.slice(a.end, b.start) === '-' && (y.startsWith(x) || x.startsWith(y));
  };
  return (i > 0 && same(tokens[i - 1], tokens[i])) || (i + 1 < tokens.length && same(tokens[i], tokens[i + 1]));
}

/** Words Indonesian title case leaves in lower case (`Standar Operasional Prosedur dan Tata Kerja`). */
const TITLE_CASE_MINOR = new Set([
  'dan',
  'atau',
  'di',
  'ke',
  'dari',
  'yang',
  'untuk',
  'pada',
  'dengan',
  'oleh',
  'dalam',
]);

/**
 * The joined word of a split prefix in the case of the phrase: all capitals as `DI SUSUN`, capitalised
 * when the user capitalised `Di`, or when the cell is written in Title Case (`di Sahkan Oleh` ->
 * `Disahkan Oleh`: every other word starts with a capital, bar the small words title case leaves lower);
 * otherwise lower case (`sudah di Tanda tangani` -> `sudah ditandatangani`).
 */
function joinedCase(text: string, tokens: Token[], i: number, last: number, joined: string): string {
  const phrase = text.slice(tokens[i].start, tokens[last].end);
  const letters = phrase.replace(/[^\p{L}]/gu, '');
  if (letters === letters.toUpperCase()) return joined.toUpperCase();
  const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  if (isCapitalised(tokens[i].word)) return capital(joined);
  const others = tokens.filter((t, k) => k !== i && !t.code);
  const titleCase =
    isCapitalised(tokens[i + 1].word) && others.every((t) => isCapitalised(t.word) || TITLE_CASE_MINOR.has(t.word));
  return titleCase ? capital(joined) : joined;
}

/** `di` + the next one or two words, where the dictionary lists them joined (`disusun`, `ditandatangani`). */
function joinPrefix(
  text: string,
  tokens: Token[],
  i: number,
  speller: Speller
): { word: string; end: number; last: number } | null {
  let word = 'di';
  for (let k = i + 1; k <= i + 2 && k < tokens.length; k++) {
    const tok = tokens[k];
    if (tok.code || !spacesOnly(text, tokens[k - 1].end, tok.start) || !plainLetters(tok.word)) return null;
    word += tok.word.toLowerCase();
    // `di bagian`, `di ruangan`: a noun in -an after the preposition di, not a verb.
    if (k === i + 1 && (tok.word.length < 3 || /[^k]an$/i.test(tok.word))) return null;
    if (speller.isDictionaryWord(word)) return { word, end: tok.end, last: k };
  }
  return null;
}
