import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR, type Calendar, type Lang, type Waktu } from '../../../src/core/model';
import {
  durationPerActor,
  formatDuration,
  formatRange,
  minutesPerUnit,
  parseWaktu,
  totalDuration,
  type WaktuReading,
} from '../../../src/core/duration';

const PROBLEMS = new Set([
  'too-long', 'no-number', 'recurrence', 'no-unit', 'unknown-word', 'unexpected-symbol', 'malformed', 'too-large',
  'empty-rate', 'bad-calendar',
]);

/** The reading has one of the three shapes, with sane numbers. */
function expectValidShape(reading: WaktuReading): void {
  switch (reading.kind) {
    case 'empty':
      expect(Object.keys(reading)).toEqual(['kind']);
      break;
    case 'duration':
      expect(Number.isFinite(reading.minMinutes)).toBe(true);
      expect(Number.isFinite(reading.maxMinutes)).toBe(true);
      expect(reading.minMinutes).toBeGreaterThanOrEqual(0);
      expect(reading.minMinutes).toBeLessThanOrEqual(reading.maxMinutes);
      if (reading.rate !== null) expect(reading.rate.length).toBeGreaterThan(0);
      break;
    case 'unparsed':
      expect(PROBLEMS.has(reading.reason)).toBe(true);
      break;
    default:
      throw new Error(`unexpected reading ${JSON.stringify(reading)}`);
  }
}

/** Calendars with a whole number of minutes in a day (up to 24 hours), so formatting is exact. */
const calendarArb: fc.Arbitrary<Calendar> = fc.record({
  minutesPerDay: fc.integer({ min: 1, max: 1440 }),
  daysPerWeek: fc.integer({ min: 1, max: 7 }),
  daysPerMonth: fc.integer({ min: 1, max: 31 }),
});
const langArb = fc.constantFrom<Lang>('id', 'en');

/** Pieces of real Waktu text, shuffled into strings that look like times but often are not. */
const VOCABULARY = [
  '1', '2', '24', '48', '0', '1,5', '0.5', '½', '45', '90', '1234567890', ' ', ' ', '-', '–', '—', '/', 'x', '×',
  's.d', 's/d', 'sd', 'sampai', 'dengan', 'hingga', 'dan', '+', ',', '.', 'per', 'tiap', 'setiap', 'menit', 'Menit',
  'mnt', 'jam', 'Jam', 'hari', 'Hari', 'kerja', 'HK', 'minggu', 'bulan', 'detik', 'setengah', 'sehari', 'berkas',
  'senin', 'sesuai', 'jadwal', '±', 'kurang lebih', 'maks.', '(', ')', ':',
];
const vocabularyString = fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 12 }).map((parts) => parts.join(''));
const spacedVocabularyString = fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 12 }).map((parts) => parts.join(' '));

describe('parseWaktu never throws and always returns a valid shape', () => {
  it.each([
    ['fc.string', fc.string({ maxLength: 80 })],
    ['grapheme strings (unicode)', fc.string({ unit: 'grapheme', maxLength: 40 })],
    ['binary strings (any code point, lone surrogates too)', fc.string({ unit: 'binary', maxLength: 40 })],
    ['time vocabulary, glued', vocabularyString],
    ['time vocabulary, spaced', spacedVocabularyString],
  ])('%s', (_name, arb) => {
    fc.assert(
      fc.property(arb as fc.Arbitrary<string>, fc.option(fc.constantFrom('Waktu (Jam)', 'menit', 'Waktu', '')), (text, unitHint) => {
        expectValidShape(parseWaktu(text, { unitHint }));
      }),
      { numRuns: 500 },
    );
  });

  it('with any calendar, valid or not', () => {
    const anyNumber = fc.oneof(fc.double(), fc.integer({ min: -10, max: 2000 }));
    fc.assert(
      fc.property(spacedVocabularyString, anyNumber, anyNumber, anyNumber, (text, minutesPerDay, daysPerWeek, daysPerMonth) => {
        expectValidShape(parseWaktu(text, { calendar: { minutesPerDay, daysPerWeek, daysPerMonth } }));
      }),
      { numRuns: 300 },
    );
  });
});

describe('formatting then reading gives the same minutes', () => {
  it('formatDuration, whole minutes, both languages, any calendar', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), calendarArb, langArb, (minutes, calendar, lang) => {
        const text = formatDuration(minutes, calendar, lang);
        expect(parseWaktu(text, { calendar })).toEqual({ kind: 'duration', minMinutes: minutes, maxMinutes: minutes, rate: null });
      }),
      { numRuns: 1000 },
    );
  });

  it('formatRange', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), langArb, (a, b, lang) => {
        const text = formatRange(a, b, DEFAULT_CALENDAR, lang);
        expect(parseWaktu(text)).toEqual({ kind: 'duration', minMinutes: Math.min(a, b), maxMinutes: Math.max(a, b), rate: null });
      }),
      { numRuns: 500 },
    );
  });
});

describe('ranges and compounds', () => {
  const units = ['menit', 'hari', 'hari kerja', 'minggu', 'bulan', 'HK'] as const;
  const unitOf = { menit: 'menit', hari: 'hari', 'hari kerja': 'hari', minggu: 'minggu', bulan: 'bulan', HK: 'hari' } as const;
  const separators = ['-', ' - ', '–', ' – ', ' — ', ' s.d ', ' s/d ', ' sampai ', ' hingga '];

  it('a range "a SEP b UNIT" reads as [min(a,b), max(a,b)] of the unit, whatever the order', () => {
    fc.assert(
      fc.property(
        fc.nat(500),
        fc.nat(500),
        fc.constantFrom(...units),
        fc.constantFrom(...separators),
        calendarArb,
        (a, b, unit, sep, calendar) => {
          const per = minutesPerUnit(unitOf[unit], calendar);
          const reading = parseWaktu(`${a}${sep}${b} ${unit}`, { calendar });
          expect(reading).toEqual({ kind: 'duration', minMinutes: Math.min(a, b) * per, maxMinutes: Math.max(a, b) * per, rate: null });
        },
      ),
    );
  });

  it('jam: whole multiples of 24 are calendar days, other counts working hours', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), calendarArb, (n, calendar) => {
        const reading = parseWaktu(`${n} jam`, { calendar });
        const expected = n % 24 === 0 ? (n / 24) * calendar.minutesPerDay : n * 60;
        expect(reading).toMatchObject({ minMinutes: expected, maxMinutes: expected });
        expect(parseWaktu(`${n} x 24 jam`, { calendar })).toMatchObject({ minMinutes: n * calendar.minutesPerDay });
      }),
    );
  });

  it('a compound "d hari h jam m menit" adds up', () => {
    fc.assert(
      fc.property(fc.nat(100), fc.nat(23), fc.nat(59), calendarArb, (d, h, m, calendar) => {
        const reading = parseWaktu(`${d} hari ${h} jam ${m} menit`, { calendar });
        const expected = d * calendar.minutesPerDay + h * 60 + m;
        expect(reading).toMatchObject({ minMinutes: expected, maxMinutes: expected });
      }),
    );
  });

  it('a rate keeps the minutes and names the unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 120 }), fc.constantFrom('berkas', 'dokumen', 'surat'), fc.constantFrom('/', '/ ', ' / ', ' per ', ' tiap '), (n, what, sep) => {
        expect(parseWaktu(`${n} menit${sep}${what}`)).toEqual({ kind: 'duration', minMinutes: n, maxMinutes: n, rate: what });
      }),
    );
  });
});

describe('totals', () => {
  const waktuArb: fc.Arbitrary<Waktu | null> = fc.oneof(
    fc.constant(null),
    fc.constant<Waktu>({ text: 'sesuai jadwal', minMinutes: null, maxMinutes: null }),
    fc
      .tuple(fc.nat(20_000), fc.nat(20_000))
      .map(([a, b]): Waktu => ({ text: 't', minMinutes: Math.min(a, b), maxMinutes: Math.max(a, b) })),
  );
  const stepsArb = fc.array(fc.record({ no: fc.option(fc.integer({ min: 1, max: 99 }).map(String)), row: fc.integer({ min: 1, max: 500 }), waktu: waktuArb }), { maxLength: 30 });

  it('sum the steps, list the rest, and say "-" only when nothing is timed', () => {
    fc.assert(
      fc.property(stepsArb, langArb, (steps, lang) => {
        const total = totalDuration(steps, DEFAULT_CALENDAR, lang);
        const timed = steps.filter((s) => s.waktu?.minMinutes != null);
        expect(total.minMinutes).toBe(timed.reduce((sum, s) => sum + s.waktu!.minMinutes!, 0));
        expect(total.maxMinutes).toBe(timed.reduce((sum, s) => sum + s.waktu!.maxMinutes!, 0));
        expect(total.minMinutes).toBeLessThanOrEqual(total.maxMinutes);
        expect(total.stepsWithoutTime).toHaveLength(steps.length - timed.length);
        expect(total.text === '-').toBe(timed.length === 0);
        if (timed.length > 0) {
          expect(parseWaktu(total.text)).toMatchObject({ minMinutes: total.minMinutes, maxMinutes: total.maxMinutes });
        }
      }),
    );
  });

  it('per actor: each actor gets the sum of the timed steps it takes part in', () => {
    const names = ['A', 'B', 'C'];
    const actorStepsArb = fc.array(fc.record({ actors: fc.subarray(names), waktu: waktuArb }), { maxLength: 20 });
    fc.assert(
      fc.property(actorStepsArb, (steps) => {
        const perActor = durationPerActor(steps, names);
        expect(perActor.map((a) => a.actor)).toEqual(names);
        for (const { actor, minMinutes, maxMinutes } of perActor) {
          const mine = steps.filter((s) => s.actors.includes(actor) && s.waktu?.minMinutes != null);
          expect(minMinutes).toBe(mine.reduce((sum, s) => sum + s.waktu!.minMinutes!, 0));
          expect(maxMinutes).toBe(mine.reduce((sum, s) => sum + s.waktu!.maxMinutes!, 0));
        }
      }),
    );
  });
});
