/**
 * How two spellings of one name are recognised: SOP names (`SOP Rapat Internal` = `Rapat Internal`)
 * and actor titles (`Kasubag Perencanaan` = `Kasubbag Perencanaan` = `Kepala Sub Bagian Perencanaan`).
 * A mechanism, not a list of the examples: words are folded (case, punctuation), the abbreviations of
 * Indonesian government titles are written out, and split compounds (`sub bagian`) joined.
 */
import { distance } from 'fastest-levenshtein';
import { words } from './places';

/** Words that open an SOP's name without being part of it. */
const SOP_PREFIXES: string[][] = [
  ['standar', 'operasional', 'prosedur', 'administrasi', 'pemerintahan'],
  ['standar', 'operasional', 'prosedur'],
  ['standard', 'operating', 'procedure'],
  ['standar', 'operasional'],
  ['sop', 'ap'],
  ['sop'],
  ['prosedur'],
];

/**
 * The name without a trailing acronym of its own words in brackets: "Penyusunan Rencana Kinerja Tahunan
 * (RKT)", "Laporan Kinerja Instansi Pemerintah (LKjIP)": the acronym's letters (its capitals, when it
 * mixes cases) are initials of the words before it, in order. "(Reminder Kipapp)" or "(KOMPUTER)" stay.
 */
function withoutAcronym(name: string): string {
  const m = /^([\s\S]*\S)\s*\(\s*([A-Za-z]{2,12})\s*\)\s*$/.exec(name);
  if (!m) return name;
  const token = m[2];
  const mixed = token !== token.toUpperCase() && token !== token.toLowerCase();
  const letters = (mixed ? token.replace(/[^A-Z]/g, '') : token).toLowerCase();
  let matched = 0;
  for (const w of words(m[1])) if (matched < letters.length && w[0] === letters[matched]) matched++;
  return letters.length >= 2 && matched === letters.length ? m[1] : name;
}

/** The words of an SOP's name without a leading list number, "SOP", "Standar Operasional Prosedur" .... */
export function sopNameWords(name: string): string[] {
  let w = words(withoutAcronym(name));
  // A list number or letter: "1", "a" (a single letter), "1 1".
  while (w.length > 1 && (/^\d+$/.test(w[0]) || /^[a-z]$/.test(w[0]))) w = w.slice(1);
  for (const prefix of SOP_PREFIXES) {
    if (w.length > prefix.length && prefix.every((p, i) => w[i] === p)) {
      w = w.slice(prefix.length);
      break;
    }
  }
  // "SOP tentang ..." adds nothing.
  if (w[0] === 'tentang' && w.length > 1) w = w.slice(1);
  return w;
}

/** The key two names of one SOP share. */
export function sopNameKey(name: string | null): string | null {
  if (name === null) return null;
  const w = sopNameWords(name);
  return w.length === 0 ? null : w.join(' ');
}

/**
 * Whether a Keterkaitan item names the SOP called `name`: the same words once "SOP" and list numbers
 * are dropped, one name's words a run inside the other's (of two words at least: `Rapat Internal` in
 * `Penyelenggaraan Rapat Internal`), or a slip of a letter per nine.
 */
export function namesMatch(item: string, name: string): boolean {
  const a = sopNameWords(item);
  const b = sopNameWords(name);
  if (a.length === 0 || b.length === 0) return false;
  const as = a.join(' ');
  const bs = b.join(' ');
  if (as === bs) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 2) {
    for (let i = 0; i + short.length <= long.length; i++) {
      if (short.every((w, k) => long[i + k] === w)) return true;
    }
  }
  return distance(as, bs) <= Math.floor(Math.max(as.length, bs.length) / 9);
}

/** Abbreviations of titles and units, written out (a word may stand for several). */
const ABBREVIATIONS: Record<string, string[]> = {
  ka: ['kepala'],
  kep: ['kepala'],
  kpl: ['kepala'],
  kasubag: ['kepala', 'subbagian'],
  kasubbag: ['kepala', 'subbagian'],
  kasubbagian: ['kepala', 'subbagian'],
  kasub: ['kepala', 'sub'],
  kabag: ['kepala', 'bagian'],
  kabid: ['kepala', 'bidang'],
  kasubid: ['kepala', 'subbidang'],
  kasubbid: ['kepala', 'subbidang'],
  kasi: ['kepala', 'seksi'],
  kasie: ['kepala', 'seksi'],
  kasubsi: ['kepala', 'subseksi'],
  kadis: ['kepala', 'dinas'],
  kaban: ['kepala', 'badan'],
  kakan: ['kepala', 'kantor'],
  kasat: ['kepala', 'satuan'],
  kaur: ['kepala', 'urusan'],
  kaupt: ['kepala', 'upt'],
  kapus: ['kepala', 'pusat'],
  sekdis: ['sekretaris', 'dinas'],
  sekban: ['sekretaris', 'badan'],
  sekcam: ['sekretaris', 'kecamatan'],
  sekda: ['sekretaris', 'daerah'],
  sekdes: ['sekretaris', 'desa'],
  sekret: ['sekretaris'],
  sek: ['sekretaris'],
  subag: ['subbagian'],
  subbag: ['subbagian'],
  subbid: ['subbidang'],
  subid: ['subbidang'],
  subsi: ['subseksi'],
  bag: ['bagian'],
  bid: ['bidang'],
  sie: ['seksi'],
  si: ['seksi'],
  staff: ['staf'],
  pengadministrasi: ['pengadministrasi'],
};

/** Compounds written in two words or one: "sub bagian" = "subbagian". */
const JOIN_AFTER_SUB = new Set(['bagian', 'bidang', 'seksi', 'bag', 'bid', 'si', 'sie']);

/**
 * The key of an actor's title: folded, abbreviations written out, "sub bagian" joined, so every way of
 * writing one title gives one key.
 */
export function actorTitleKey(name: string): string {
  const out: string[] = [];
  for (const w of words(name)) out.push(...(ABBREVIATIONS[w] ?? [w]));
  const joined: string[] = [];
  for (let i = 0; i < out.length; i++) {
    if (out[i] === 'sub' && i + 1 < out.length && JOIN_AFTER_SUB.has(out[i + 1])) {
      joined.push(`sub${(ABBREVIATIONS[out[i + 1]] ?? [out[i + 1]])[0]}`);
      i++;
    } else joined.push(out[i]);
  }
  return joined.join(' ');
}
