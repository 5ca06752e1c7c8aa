/**
 * How good is the typo rule, measured honestly (`npx tsx scripts/measure-spelling.ts`; also run by
 * `npm run bench`). Writes bench/spelling.md and prints the same.
 *
 * (a) Real text: every word of the five seed SOPs and the nine corpus SOPs (../shared, each line read as
 *     a cell of one SOP, so no line is treated as a name line: stricter than real use) and of every
 *     fixture workbook (through the whole pipeline). Each flagged word is listed as true or false against
 *     scripts/spelling-truth.txt, the hand-labelled true misspellings of that text.
 * (b) Planted typos: words of six letters or more from the HELD-OUT corpus files 05-09 (the lexicon and
 *     the rule were tuned on the seeds, corpus 01-04 and the fixtures only), each given one edit of each
 *     kind (insert, delete, replace, swap neighbours; inserted and replacing letters are keyboard
 *     neighbours), with a fixed random seed. A plant that makes another real word is counted apart (no
 *     dictionary can see it). Counted: flagged, right fix, wrong fix.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { checkGrid } from '../src/core/check';
import type { SopDoc, TextCell } from '../src/core/model';
import { PERSON_LINE, judgeWord, tokensOf, typo } from '../src/core/rules/typo';
import type { Speller } from '../src/core/spell';
import { loadSpeller } from '../src/cli/speller';
import { specToGrid } from '../tests/fixtures/spec';
import { allSpecs } from '../tests/fixtures/specs';

const ROOT = resolve(import.meta.dirname, '..');
const SHARED = resolve(ROOT, '..', 'shared');
const HELD_OUT = /^0[5-9]_/;

interface Flag {
  source: string;
  cell: string;
  word: string;
  fix: string | null;
  verdict: 'true' | 'false';
  fixRight: boolean | null;
}

/** The labelled true misspellings: `word -> fix` (fix `?` where none is certain). */
function readTruth(): Map<string, string | null> {
  const truth = new Map<string, string | null>();
  for (const line of readFileSync(join(ROOT, 'scripts', 'spelling-truth.txt'), 'utf8').split('\n')) {
    const m = /^([^#\s][^-]*?)\s*->\s*(.+?)\s*$/.exec(line);
    if (m) truth.set(m[1], m[2] === '?' ? null : m[2]);
  }
  return truth;
}

function textFiles(dir: string): { name: string; text: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
}

/**
 * A text file as one SOP: each stretch of a line between tabs or runs of spaces (pdftotext's columns) is
 * a cell (role `other`); the first line (the file's source note) is left out.
 */
function docOfText(text: string): SopDoc {
  const texts: TextCell[] = [];
  const lines = text.split('\n');
  // As the parser marks a workbook's signature block: the lines around a person's title or NIP
  // (pdftotext may put the name on a line of its own, beside other text).
  const signature = (i: number) =>
    lines.slice(Math.max(0, i - 3), i + 4).some((l) => PERSON_LINE.test(l)) ||
    lines.slice(Math.max(0, i - 6), i).some((l) => /disahkan oleh/i.test(l));
  lines.forEach((line, i) => {
    if (i === 0 && line.startsWith('SOURCE:')) return;
    line.split(/\t| {2,}/).forEach((cell, j) => {
      const role = signature(i) ? 'signature' : 'other';
      if (cell.trim()) texts.push({ cell: `R${i + 1}C${j + 1}`, row: i + 1, col: j + 1, text: cell, role });
    });
  });
  return { texts, identityCells: {}, name: null } as unknown as SopDoc;
}

/** The word a finding is about, and its fix's replacement (from the message's quotes). */
function aboutFinding(message: string): { word: string; fix: string | null } {
  const quoted = [...message.matchAll(/“([^”]+)”/g)].map((m) => m[1]);
  const fix = /seharusnya|should be/.test(message) ? (quoted[quoted.length - 1] ?? null) : null;
  return { word: quoted[0] ?? '?', fix };
}

function countWords(text: string): number {
  return tokensOf(text).length;
}

function realText(speller: Speller, truth: Map<string, string | null>): { flags: Flag[]; words: number } {
  const flags: Flag[] = [];
  let words = 0;
  const judge = (source: string, cell: string, message: string) => {
    const { word, fix } = aboutFinding(message);
    const known = truth.has(word);
    const right = truth.get(word);
    flags.push({
      source,
      cell,
      word,
      fix,
      verdict: known ? 'true' : 'false',
      fixRight: fix === null ? null : known && right !== null && right !== undefined && fix === right,
    });
  };
  const texts = [
    ...textFiles(join(SHARED, 'seeds')).map((f) => ({ source: `seeds/${f.name}`, text: f.text })),
    ...textFiles(join(SHARED, 'corpus', 'pdf-text')).map((f) => ({ source: `corpus/${f.name}`, text: f.text })),
  ];
  for (const { source, text } of texts) {
    const doc = docOfText(text);
    for (const t of doc.texts) words += countWords(t.text);
    for (const f of typo.check({ doc, lang: 'id', speller })) judge(source, f.cell, f.message);
  }
  for (const spec of allSpecs) {
    for (const sheet of spec.sheets) {
      for (const { doc, sop } of checkGrid(specToGrid(sheet), { speller })) {
        for (const t of doc.texts) words += countWords(t.text);
        for (const f of sop.findings) if (f.rule === 'typo') judge(`fixture ${spec.file}`, f.cell, f.message);
      }
    }
  }
  return { flags, words };
}

// ---------------------------------------------------------------------------------------------
// (b) planted typos

/** QWERTY neighbours of each letter (same row and the rows above and below). */
const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
function neighbours(c: string): string[] {
  const out: string[] = [];
  KEYBOARD_ROWS.forEach((row, r) => {
    const i = row.indexOf(c);
    if (i < 0) return;
    for (const [dr, di] of [[0, -1], [0, 1], [-1, 0], [-1, 1], [1, 0], [1, -1]]) {
      const other = KEYBOARD_ROWS[r + dr]?.[i + di];
      if (other) out.push(other);
    }
  });
  return out.length > 0 ? out : ['a'];
}

/** A small deterministic random generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Kind = 'insert' | 'delete' | 'replace' | 'swap';
const KINDS: Kind[] = ['insert', 'delete', 'replace', 'swap'];

function plant(word: string, kind: Kind, rnd: () => number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const lowerAt = (i: number) => word[i].toLowerCase();
  const keep = (c: string, like: string) => (like === like.toUpperCase() ? c.toUpperCase() : c);
  // Any letter of a lower-case word; not the first of a capitalised one (the rule reads a capitalised
  // word that differs in its first letter as a possible name, and so would the reader).
  const from = word[0] === word[0].toLowerCase() ? 0 : 1;
  const i = from + Math.floor(rnd() * (word.length - from));
  switch (kind) {
    case 'insert': {
      const next = i > 0 ? i - 1 : 0;
      return word.slice(0, i) + keep(pick(neighbours(lowerAt(next))), word[next]) + word.slice(i);
    }
    case 'delete':
      return word.slice(0, i) + word.slice(i + 1);
    case 'replace':
      return word.slice(0, i) + keep(pick(neighbours(lowerAt(i))), word[i]) + word.slice(i + 1);
    case 'swap': {
      const j = Math.min(i, word.length - 2);
      return word.slice(0, j) + word[j + 1] + word[j] + word.slice(j + 2);
    }
  }
}

interface PlantResult {
  kind: Kind;
  word: string;
  typo: string;
  outcome: 'right-fix' | 'wrong-fix' | 'flagged-no-fix' | 'missed' | 'real-word';
  fix?: string;
}

function planted(speller: Speller): PlantResult[] {
  const rnd = random(20261207);
  const words = new Set<string>();
  for (const f of textFiles(join(SHARED, 'corpus', 'pdf-text')).filter((f) => HELD_OUT.test(f.name))) {
    for (const t of tokensOf(f.text)) {
      const w = t.word;
      if (t.code || w.length < 6 || !/^[A-Za-z]+$/.test(w) || w === w.toUpperCase()) continue;
      if (judgeWord(w, speller) !== null || !speller.isKnown(w)) continue; // only words the checker knows
      words.add(w);
    }
  }
  const out: PlantResult[] = [];
  for (const word of [...words].sort()) {
    for (const kind of KINDS) {
      const typoWord = plant(word, kind, rnd);
      if (typoWord.toLowerCase() === word.toLowerCase()) continue;
      if (speller.isKnown(typoWord)) {
        out.push({ kind, word, typo: typoWord, outcome: 'real-word' });
        continue;
      }
      const v = judgeWord(typoWord, speller);
      if (v === null) out.push({ kind, word, typo: typoWord, outcome: 'missed' });
      else if ('fix' in v)
        out.push({ kind, word, typo: typoWord, outcome: v.fix === word.toLowerCase() ? 'right-fix' : 'wrong-fix', fix: v.fix });
      else out.push({ kind, word, typo: typoWord, outcome: 'flagged-no-fix' });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

const pct = (a: number, b: number) => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`);

export interface SpellingFigures {
  loadMs: number;
  words: number;
  falsePerThousand: number;
  wrongFixes: number;
  plantedFlagged: number;
  plantedRightFix: number;
}

/** Measures, writes bench/spelling.md, returns the headline figures (for `npm run bench`). */
export function measureSpelling(): SpellingFigures {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const speller = loadSpeller();
  const loadMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const loadCpuMs = (cpu.user + cpu.system) / 1000;
  const truth = readTruth();
  const { flags, words } = realText(speller, truth);
  const falseFlags = flags.filter((f) => f.verdict === 'false');
  const wrongFixesReal = flags.filter((f) => f.fix !== null && f.fixRight === false);
  const plants = planted(speller);
  const judged = plants.filter((p) => p.outcome !== 'real-word');
  const n = (o: PlantResult['outcome']) => judged.filter((p) => p.outcome === o).length;
  const flagged = judged.length - n('missed');

  const lines: string[] = [];
  lines.push('# Spelling: measured', '');
  lines.push(`Written by \`npx tsx scripts/measure-spelling.ts\` on ${new Date().toISOString().slice(0, 10)}.`, '');
  lines.push('| measure | figure | target |', '|---|---|---|');
  lines.push(`| dictionary load (id_ID + English, nspell), wall / CPU | ${loadMs.toFixed(0)} ms / ${loadCpuMs.toFixed(0)} ms | |`);
  lines.push(`| load average at the start | ${loadavg()[0].toFixed(1)} (${availableParallelism()} cores) | |`);
  lines.push(`| real text: words read | ${words} | |`);
  lines.push(`| real text: words flagged | ${flags.length} (${flags.length - falseFlags.length} true, ${falseFlags.length} false) | |`);
  lines.push(`| real text: false positives per 1,000 words | ${((1000 * falseFlags.length) / words).toFixed(2)} | <= 1 |`);
  lines.push(`| real text: wrong fixes | ${wrongFixesReal.length} | 0 |`);
  lines.push(`| planted typos (held-out corpus 05-09, words of 6+ letters) | ${judged.length} (+${plants.length - judged.length} that make another real word) | |`);
  lines.push(`| planted: flagged | ${flagged} (${pct(flagged, judged.length)}) | >= 90% |`);
  lines.push(`| planted: right fix | ${n('right-fix')} (${pct(n('right-fix'), judged.length)}) | |`);
  lines.push(`| planted: flagged without a fix | ${n('flagged-no-fix')} | |`);
  lines.push(`| planted: wrong fix | ${n('wrong-fix')} | 0 |`);
  lines.push('');
  lines.push('By kind of edit (flagged / right fix / wrong fix, of planted):', '');
  for (const kind of KINDS) {
    const k = judged.filter((p) => p.kind === kind);
    const c = (o: PlantResult['outcome']) => k.filter((p) => p.outcome === o).length;
    lines.push(`- ${kind}: ${pct(k.length - c('missed'), k.length)} / ${pct(c('right-fix'), k.length)} / ${c('wrong-fix')} of ${k.length}`);
  }
  lines.push('', '## Every flagged word of the real text', '');
  lines.push('| source | cell | word | fix | true misspelling? | fix right? |', '|---|---|---|---|---|---|');
  for (const f of flags) {
    lines.push(`| ${f.source} | ${f.cell} | ${f.word} | ${f.fix ?? '(none)'} | ${f.verdict === 'true' ? 'yes' : '**no**'} | ${f.fixRight === null ? '' : f.fixRight ? 'yes' : '**no**'} |`);
  }
  const wrong = judged.filter((p) => p.outcome === 'wrong-fix');
  if (wrong.length > 0) {
    lines.push('', '## Wrong fixes of planted typos', '');
    for (const p of wrong) lines.push(`- ${p.word} -> ${p.typo} -> ${p.fix}`);
  }
  const missed = judged.filter((p) => p.outcome === 'missed');
  lines.push('', `## Planted typos missed (${missed.length})`, '');
  lines.push(missed.map((p) => `${p.typo} (${p.word})`).join(', '));
  const md = lines.join('\n') + '\n';
  writeFileSync(join(ROOT, 'bench', 'spelling.md'), md);
  return {
    loadMs,
    words,
    falsePerThousand: (1000 * falseFlags.length) / words,
    wrongFixes: wrongFixesReal.length + n('wrong-fix'),
    plantedFlagged: flagged / judged.length,
    plantedRightFix: n('right-fix') / judged.length,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  measureSpelling();
  console.log(readFileSync(join(ROOT, 'bench', 'spelling.md'), 'utf8'));
}
