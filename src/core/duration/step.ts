/**
 * The Waktu of one step as the parser stores it on a StepDoc (waktu, waktuRate, waktuProblem), and the
 * messages that explain an unreadable Waktu, in Indonesian and English.
 */
import type { Calendar, Lang, Waktu } from '../model';
import { pick, type Bilingual } from '../i18n';
import { foldText, parseWaktu, type WaktuProblem } from './parse';

export interface StepTime {
  /** null when the cell is empty or "-"; minutes null when the text is not a duration. */
  waktu: Waktu | null;
  /** What the time is per ("berkas" for "2 menit/berkas"), or null. */
  rate: string | null;
  /** Why the text could not be read (a WaktuProblem code), or null. */
  problem: WaktuProblem | null;
  /** The word or character that stopped the reading (for describeWaktuProblem), or null. */
  problemDetail: string | null;
}

/** Read a step's Waktu cell text (null for no cell) into what a StepDoc keeps. */
export function readStepTime(waktuText: string | null, calendar: Calendar, unitHint: string | null): StepTime {
  if (waktuText === null) return { waktu: null, rate: null, problem: null, problemDetail: null };
  const reading = parseWaktu(waktuText, { calendar, unitHint });
  const text = foldText(waktuText);
  switch (reading.kind) {
    case 'empty':
      return { waktu: null, rate: null, problem: null, problemDetail: null };
    case 'duration':
      return {
        waktu: { text, minMinutes: reading.minMinutes, maxMinutes: reading.maxMinutes },
        rate: reading.rate,
        problem: null,
        problemDetail: null,
      };
    case 'unparsed':
      return {
        waktu: { text, minMinutes: null, maxMinutes: null },
        rate: null,
        problem: reading.reason,
        problemDetail: reading.detail ?? null,
      };
  }
}

const PROBLEM_MESSAGES: Record<WaktuProblem, Bilingual> = {
  'too-long': { id: 'teks terlalu panjang untuk sebuah waktu', en: 'text too long for a time' },
  'no-number': { id: 'tidak ada angka', en: 'there is no number' },
  recurrence: {
    id: 'jadwal berulang, bukan lama waktu; tempatkan di Keterangan',
    en: 'a recurring schedule, not a duration; it belongs in Keterangan',
  },
  'no-unit': { id: 'angka tanpa satuan waktu', en: 'a number without a time unit' },
  'unknown-word': { id: 'kata yang bukan satuan waktu', en: 'a word that is not a time unit' },
  'unexpected-symbol': { id: 'tanda yang tidak dikenal', en: 'an unexpected character' },
  malformed: { id: 'susunan waktu tidak dapat dibaca', en: 'the time is not written in a readable order' },
  'too-large': { id: 'angka terlalu besar', en: 'number too large' },
  'empty-rate': { id: 'satuan setelah "/" kosong', en: 'nothing after "/" to say what the time is per' },
  'bad-calendar': { id: 'pengaturan kalender kerja tidak sah', en: 'the working calendar setting is not valid' },
};

/** A short explanation of why a Waktu could not be read, for the `unparsed-time` finding. */
export function describeWaktuProblem(problem: WaktuProblem, lang: Lang, detail?: string): string {
  const base = pick(PROBLEM_MESSAGES[problem] ?? PROBLEM_MESSAGES.malformed, lang);
  return detail ? `${base}: "${detail}"` : base;
}
