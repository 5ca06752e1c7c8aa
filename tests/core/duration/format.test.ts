import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR, type Calendar } from '../../../src/core/model';
import { displayMinutes, formatDuration, formatRange } from '../../../src/core/duration';

const cal = DEFAULT_CALENDAR;

describe('formatDuration', () => {
  it.each([
    [0, '0 menit', '0 minutes'],
    [1, '1 menit', '1 minute'],
    [45, '45 menit', '45 minutes'],
    [60, '1 jam', '1 hour'],
    [61, '1 jam 1 menit', '1 hour 1 minute'],
    [120, '2 jam', '2 hours'],
    [450, '1 hari', '1 day'],
    [451, '1 hari 1 menit', '1 day 1 minute'],
    [730, '1 hari 4 jam 40 menit', '1 day 4 hours 40 minutes'],
    [900, '2 hari', '2 days'],
    [2250, '5 hari', '5 days'], // never "1 minggu"
    [4500, '10 hari', '10 days'],
    [6585, '14 hari 4 jam 45 menit', '14 days 4 hours 45 minutes'],
    [9000, '20 hari', '20 days'], // never "1 bulan"
    [10395, '23 hari 45 menit', '23 days 45 minutes'],
    [449, '7 jam 29 menit', '7 hours 29 minutes'],
  ])('%d minutes', (minutes, id, en) => {
    expect(formatDuration(minutes, cal, 'id')).toBe(id);
    expect(formatDuration(minutes, cal, 'en')).toBe(en);
  });

  it('rounds fractional minutes half up, and never shows a non-zero time as 0 menit', () => {
    expect(formatDuration(1.5, cal, 'id')).toBe('2 menit');
    expect(formatDuration(2.4, cal, 'id')).toBe('2 menit');
    expect(formatDuration(0.2, cal, 'id')).toBe('1 menit');
    expect(formatDuration(449.6, cal, 'id')).toBe('1 hari');
    expect(displayMinutes(0)).toBe(0);
    expect(displayMinutes(0.0001)).toBe(1);
    expect(displayMinutes(10.5)).toBe(11);
  });

  it('uses the calendar for the length of a day', () => {
    const eight: Calendar = { minutesPerDay: 480, daysPerWeek: 5, daysPerMonth: 20 };
    expect(formatDuration(730, eight, 'id')).toBe('1 hari 4 jam 10 menit');
    const full: Calendar = { minutesPerDay: 1440, daysPerWeek: 7, daysPerMonth: 30 };
    expect(formatDuration(1439, full, 'id')).toBe('23 jam 59 menit');
  });

  it('gives "-" for values no reading produces, and refuses an invalid calendar', () => {
    expect(formatDuration(-5, cal, 'id')).toBe('-');
    expect(formatDuration(Number.NaN, cal, 'id')).toBe('-');
    expect(() => formatDuration(10, { minutesPerDay: 0, daysPerWeek: 5, daysPerMonth: 20 }, 'id')).toThrow(RangeError);
  });
});

describe('formatRange', () => {
  it('writes a range with an en dash and spaces', () => {
    expect(formatRange(730, 900, cal, 'id')).toBe('1 hari 4 jam 40 menit – 2 hari');
    expect(formatRange(730, 900, cal, 'en')).toBe('1 day 4 hours 40 minutes – 2 days');
    expect(formatRange(45, 90, cal, 'id')).toBe('45 menit – 1 jam 30 menit');
  });

  it('writes one value when both ends are the same', () => {
    expect(formatRange(6585, 6585, cal, 'id')).toBe('14 hari 4 jam 45 menit');
    expect(formatRange(1.6, 2.4, cal, 'id')).toBe('2 menit'); // the same once shown in whole minutes
    expect(formatRange(0, 0, cal, 'id')).toBe('0 menit');
  });

  it('puts the ends in order', () => {
    expect(formatRange(900, 450, cal, 'id')).toBe('1 hari – 2 hari');
  });
});
