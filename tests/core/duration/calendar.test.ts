import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from '../../../src/core/model';
import { describeWaktuProblem, isValidCalendar, minutesPerUnit, validateCalendar } from '../../../src/core/duration';

describe('the working calendar', () => {
  it('converts units by the default calendar: 1 hari = 450, 1 minggu = 5 hari, 1 bulan = 20 hari', () => {
    expect(minutesPerUnit('detik', DEFAULT_CALENDAR)).toBeCloseTo(1 / 60);
    expect(minutesPerUnit('menit', DEFAULT_CALENDAR)).toBe(1);
    expect(minutesPerUnit('jam', DEFAULT_CALENDAR)).toBe(60);
    expect(minutesPerUnit('hari', DEFAULT_CALENDAR)).toBe(450);
    expect(minutesPerUnit('minggu', DEFAULT_CALENDAR)).toBe(2250);
    expect(minutesPerUnit('bulan', DEFAULT_CALENDAR)).toBe(9000);
  });

  it('accepts the default and other sensible calendars', () => {
    expect(validateCalendar(DEFAULT_CALENDAR)).toEqual([]);
    expect(isValidCalendar({ minutesPerDay: 480, daysPerWeek: 6, daysPerMonth: 25 })).toBe(true);
    expect(isValidCalendar({ minutesPerDay: 1440, daysPerWeek: 7, daysPerMonth: 31 })).toBe(true);
  });

  it('rejects non-positive, non-numeric and impossible values, naming the field in both languages', () => {
    const problems = validateCalendar({ minutesPerDay: 0, daysPerWeek: -1, daysPerMonth: Number.NaN });
    expect(problems.map((p) => p.field)).toEqual(['minutesPerDay', 'daysPerWeek', 'daysPerMonth']);
    expect(problems[0]).toEqual({ field: 'minutesPerDay', id: 'menit per hari paling sedikit 1', en: 'minutes per day must be at least 1' });
    expect(validateCalendar({ minutesPerDay: 0.5, daysPerWeek: 1, daysPerMonth: 1 }).map((p) => p.field)).toEqual(['minutesPerDay']);
    expect(validateCalendar({ minutesPerDay: 1441, daysPerWeek: 8, daysPerMonth: 32 })).toHaveLength(3);
    expect(validateCalendar({ minutesPerDay: '450', daysPerWeek: 5, daysPerMonth: 20 })[0].field).toBe('minutesPerDay');
    expect(validateCalendar(null)).toHaveLength(3);
    expect(isValidCalendar(undefined)).toBe(false);
  });
});

describe('describeWaktuProblem', () => {
  it('explains in Indonesian and English, with the offending word', () => {
    expect(describeWaktuProblem('recurrence', 'id')).toBe('jadwal berulang, bukan lama waktu; tempatkan di Keterangan');
    expect(describeWaktuProblem('unknown-word', 'en', 'tahun')).toBe('a word that is not a time unit: "tahun"');
    expect(describeWaktuProblem('no-unit', 'id')).toBe('angka tanpa satuan waktu');
  });
});
