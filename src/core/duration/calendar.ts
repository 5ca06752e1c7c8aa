/**
 * The working calendar: how long a working day, week and month are. Every conversion between units
 * goes through one of these, never through fixed numbers, because offices set their own hours.
 */
import type { Calendar } from '../model';

export type TimeUnit = 'detik' | 'menit' | 'jam' | 'hari' | 'minggu' | 'bulan';

/** Minutes in one of `unit`, under `calendar`. A `hari` is a working day (450 minutes by default), never 1440. */
export function minutesPerUnit(unit: TimeUnit, calendar: Calendar): number {
  switch (unit) {
    case 'detik':
      return 1 / 60;
    case 'menit':
      return 1;
    case 'jam':
      return 60;
    case 'hari':
      return calendar.minutesPerDay;
    case 'minggu':
      return calendar.minutesPerDay * calendar.daysPerWeek;
    case 'bulan':
      return calendar.minutesPerDay * calendar.daysPerMonth;
  }
}

/** One thing wrong with a calendar setting, with the message in Indonesian and English. */
export interface CalendarProblem {
  field: keyof Calendar;
  id: string;
  en: string;
}

/** Upper bounds that follow from what the numbers mean: a day has 1440 minutes, a week 7 days, a month 31. */
const LIMITS: Record<keyof Calendar, { max: number; id: string; en: string }> = {
  minutesPerDay: { max: 1440, id: 'menit per hari', en: 'minutes per day' },
  daysPerWeek: { max: 7, id: 'hari per minggu', en: 'days per week' },
  daysPerMonth: { max: 31, id: 'hari per bulan', en: 'days per month' },
};

/** The least each setting may be: one minute in a day, one day in a week or month. */
export const CALENDAR_MIN = 1;

/** The greatest each setting may be (the real length of the period). */
export const CALENDAR_MAX: Record<keyof Calendar, number> = {
  minutesPerDay: LIMITS.minutesPerDay.max,
  daysPerWeek: LIMITS.daysPerWeek.max,
  daysPerMonth: LIMITS.daysPerMonth.max,
};

/**
 * The problems of a calendar setting (empty when it is valid). Each number must be finite, at least 1,
 * and no more than the real length of that period (1440 minutes, 7 days, 31 days). Accepts anything,
 * since settings come from users and files.
 */
export function validateCalendar(c: unknown): CalendarProblem[] {
  const problems: CalendarProblem[] = [];
  const record = typeof c === 'object' && c !== null ? (c as Record<string, unknown>) : {};
  for (const field of Object.keys(LIMITS) as (keyof Calendar)[]) {
    const { max, id, en } = LIMITS[field];
    const value = record[field];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      problems.push({ field, id: `${id} harus berupa angka`, en: `${en} must be a number` });
    } else if (value < CALENDAR_MIN) {
      problems.push({
        field,
        id: `${id} paling sedikit ${CALENDAR_MIN}`,
        en: `${en} must be at least ${CALENDAR_MIN}`,
      });
    } else if (value > max) {
      problems.push({ field, id: `${id} paling banyak ${max}`, en: `${en} must be at most ${max}` });
    }
  }
  return problems;
}

/** True when `c` is a usable calendar (see validateCalendar). */
export function isValidCalendar(c: unknown): c is Calendar {
  return validateCalendar(c).length === 0;
}
