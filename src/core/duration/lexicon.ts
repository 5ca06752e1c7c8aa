/**
 * The words of Waktu cells: units in full and short forms (Indonesian first, English as a courtesy),
 * number words, and the small words that join, range, qualify or repeat. All lower case.
 */
import type { TimeUnit } from './calendar';

/** Unit words. `hr` is hari (the contract's short form), so English "hr" for hour is not accepted. */
export const UNIT_WORDS: ReadonlyMap<string, TimeUnit> = new Map<string, TimeUnit>([
  ['detik', 'detik'],
  ['dtk', 'detik'],
  ['det', 'detik'],
  ['second', 'detik'],
  ['seconds', 'detik'],
  ['sec', 'detik'],
  ['secs', 'detik'],
  ['menit', 'menit'],
  ['mnt', 'menit'],
  ['min', 'menit'],
  ['mins', 'menit'],
  ['minute', 'menit'],
  ['minutes', 'menit'],
  ['jam', 'jam'],
  ['jm', 'jam'],
  ['j', 'jam'],
  ['hour', 'jam'],
  ['hours', 'jam'],
  ['hari', 'hari'],
  ['hr', 'hari'],
  ['hri', 'hari'],
  ['hk', 'hari'],
  ['day', 'hari'],
  ['days', 'hari'],
  ['minggu', 'minggu'],
  ['mgg', 'minggu'],
  ['mg', 'minggu'],
  ['pekan', 'minggu'],
  ['week', 'minggu'],
  ['weeks', 'minggu'],
  ['bulan', 'bulan'],
  ['bln', 'bulan'],
  ['month', 'bulan'],
  ['months', 'bulan'],
]);

/**
 * Words that may follow a day-or-longer unit without changing it: `hari kerja` is a working day like
 * `hari`, and `hari kalender` counts as `hari` too (the contract counts calendar days written as
 * `24 jam` as hari, so a written calendar day gets the same treatment).
 */
export const UNIT_SUFFIXES: ReadonlySet<string> = new Set(['kerja', 'kalender', 'efektif']);

/** Words that may come before an English unit: "working days". */
export const UNIT_PREFIXES: ReadonlySet<string> = new Set(['working', 'calendar', 'business']);

/** `sehari`, `sejam`, ... mean one of the unit. */
export const SE_UNITS: ReadonlyMap<string, TimeUnit> = new Map<string, TimeUnit>([
  ['sedetik', 'detik'],
  ['semenit', 'menit'],
  ['sejam', 'jam'],
  ['sehari', 'hari'],
  ['seminggu', 'minggu'],
  ['sepekan', 'minggu'],
  ['sebulan', 'bulan'],
]);

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['setengah', 0.5],
  ['seperempat', 0.25],
  ['satu', 1],
  ['dua', 2],
  ['tiga', 3],
  ['empat', 4],
  ['lima', 5],
  ['enam', 6],
  ['tujuh', 7],
  ['delapan', 8],
  ['sembilan', 9],
  ['sepuluh', 10],
  ['sebelas', 11],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['half', 0.5],
]);

/** Words between the two ends of a range (`s.d`, `s/d` and `sd` are all rewritten to `sd` first). */
export const RANGE_WORDS: ReadonlySet<string> = new Set(['sd', 'sampai', 'hingga', 'to']);

/** Words that may follow a range word without meaning anything more: "sampai dengan". */
export const RANGE_FILLERS: ReadonlySet<string> = new Set(['dengan']);

/** Words that join the parts of a compound: "1 jam dan 30 menit". */
export const JOIN_WORDS: ReadonlySet<string> = new Set(['dan', 'and', 'lebih']);

/** Words that start a rate after a duration: "5 menit per dokumen", "2 menit tiap berkas". */
export const RATE_WORDS: ReadonlySet<string> = new Set(['per', 'tiap', 'setiap', 'each', 'every']);

/** Words of recurrence, which belongs in Keterangan rather than Waktu (`setiap hari senin`). */
export const RECURRENCE_WORDS: ReadonlySet<string> = new Set([
  'setiap',
  'tiap',
  'sekali',
  'rutin',
  'harian',
  'mingguan',
  'bulanan',
  'tahunan',
  'triwulan',
  'triwulanan',
  'semester',
  'senin',
  'selasa',
  'rabu',
  'kamis',
  'jumat',
  'sabtu',
  'every',
  'daily',
  'weekly',
  'monthly',
]);

/**
 * Qualifiers written before a duration that do not change the number Alur counts: the standard time
 * is the number written, whether it is called approximate or a maximum.
 */
export const QUALIFIER_PREFIXES: readonly string[] = [
  'selambat-lambatnya',
  'kurang lebih',
  'lebih kurang',
  'kurang-lebih',
  'kira-kira',
  'paling lama',
  'paling lambat',
  'maksimal',
  'maksimum',
  'maximal',
  'maximum',
  'sekitar',
  'approx.',
  'approx',
  'about',
  'up to',
  'maks.',
  'maks',
  'max.',
  'max',
  'kl.',
  '+/-',
  '+-',
  '±',
  '≤',
  '<',
  '~',
];
