import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR, type Calendar } from '../../../src/core/model';
import { parseWaktu, resolveUnitHint, type WaktuProblem } from '../../../src/core/duration';

const HARI = 450;
const MINGGU = 5 * HARI;
const BULAN = 20 * HARI;

type Expect = [text: string, min: number, max?: number, rate?: string | null];

/** Read `text` and compare with [min, max, rate] (max defaults to min, rate to null). */
function expectDuration([text, min, max = min, rate = null]: Expect, unitHint: string | null = null): void {
  expect(parseWaktu(text, { unitHint })).toEqual({ kind: 'duration', minMinutes: min, maxMinutes: max, rate });
}

function expectUnparsed(text: string, reason: WaktuProblem): void {
  const reading = parseWaktu(text);
  expect(reading.kind).toBe('unparsed');
  if (reading.kind === 'unparsed') expect(reading.reason).toBe(reason);
}

describe('parseWaktu: every form in the domain README ("Waktu as written")', () => {
  const cases: Expect[] = [
    ['5 menit', 5],
    ['5 Menit', 5],
    ['2 jam', 120],
    ['1 hari', HARI],
    ['1 hari kerja', HARI],
    ['1 Hari Kerja', HARI],
    ['1 Minggu', MINGGU],
    ['1 Bulan', BULAN],
    ['180 menit', 180],
    ['45-90 menit', 45, 90],
    ['1 – 20 Hari', HARI, 20 * HARI],
    ['2 s.d 3 bulan', 2 * BULAN, 3 * BULAN],
    ['1-2 hari', HARI, 2 * HARI],
    ['3-5 Hari Kerja', 3 * HARI, 5 * HARI],
    ['1 x 24 Jam', HARI],
    ['2 menit/berkas', 2, 2, 'berkas'],
    ['15 menit/ berkas', 15, 15, 'berkas'],
  ];
  it.each(cases)('%s', (...c) => expectDuration(c));

  it('reads "-", empty and white space as no time', () => {
    for (const text of ['-', '', '   ', '–', '—', ' - ', '\u00a0']) expect(parseWaktu(text)).toEqual({ kind: 'empty' });
  });

  it('does not read free text or recurrence as a duration', () => {
    expectUnparsed('sesuai jadwal', 'no-number');
    expectUnparsed('setiap hari senin', 'recurrence');
  });

  it('never counts a hari kerja as 1440 minutes (the pitfall of other tools)', () => {
    expectDuration(['1 hari kerja', 450]);
    expectDuration(['2 HK', 900]);
  });
});

describe('parseWaktu: the Waktu cells of the five seeds', () => {
  const cases: Expect[] = [
    ['1 Hari', HARI], // 000
    ['2 Hari', 2 * HARI],
    ['3 Hari', 3 * HARI],
    ['3 Jam', 180], // 001
    ['20 Menit', 20],
    ['1 Jam', 60],
    ['5 Menit', 5],
    ['15 Menit', 15], // 002
    ['30 Menit', 30],
    ['1 Minggu', MINGGU],
    ['15 menit', 15], // 004
    ['1 jam', 60],
    ['1 hari', HARI],
    ['30 menit', 30],
  ];
  it.each(cases)('%s', (...c) => expectDuration(c));
});

describe('parseWaktu: the Waktu cells of the BPS Bengkulu corpus (pdf-text)', () => {
  const cases: Expect[] = [
    ['2 menit', 2], // 01 surat masuk
    ['3 menit', 3],
    ['10 menit', 10],
    ['1 Jam', 60], // 02 gratifikasi
    ['2 Jam', 120],
    ['1 x 24 Jam', HARI],
    ['1 Hari Kerja', HARI],
    ['30 hari kerja', 30 * HARI],
    ['14 hari', 14 * HARI], // 03 pembayaran
    ['5 hari', 5 * HARI],
    ['1 – 20 Hari', HARI, 20 * HARI], // 04 capaian kinerja
    ['1 – 20 Hari Kerja', HARI, 20 * HARI], // the same cell, with its wrapped second line
    ['1 – 10 Hari', HARI, 10 * HARI],
    ['5-10 menit', 5, 10], // 05 pemeliharaan PC
    ['20-30 menit', 20, 30],
    ['3 - 5 menit', 3, 5],
    ['15-20 menit', 15, 20],
    ['45-90 menit', 45, 90],
    ['2 s.d 3 bulan', 2 * BULAN, 3 * BULAN], // 06 blok sensus
    ['1 bulan', BULAN],
    ['2 jam', 120],
    ['2 menit/berkas', 2, 2, 'berkas'], // 07 kearsipan
    ['3 menit/berkas', 3, 3, 'berkas'],
    ['1 menit/berkas', 1, 1, 'berkas'],
    ['4 jam', 240],
    ['6 hari', 6 * HARI], // 08 pengajuan LS
    ['maksimal 17 hari kerja', 17 * HARI], // 08, from Peringatan
    ['2 Hari Kerja', 2 * HARI], // 09 nada ceria
    ['3-5 Hari Kerja', 3 * HARI, 5 * HARI],
  ];
  it.each(cases)('%s', (...c) => expectDuration(c));

  it('leaves the Keterangan texts that mention time unread', () => {
    expectUnparsed('Setiap Hari atau minimal setiap 2 x 24 Jam', 'recurrence'); // 02
    expectUnparsed('Dikirimkan setiap hari senin di awal minggu', 'recurrence'); // 09
    expectUnparsed('Dilaksanakan setiap hari kerja pukul 15.00 WIB', 'recurrence'); // 09
    expectUnparsed('Proses pengajuan 2 bulan', 'unknown-word'); // 07
    expectUnparsed('Tersedia buku panduan', 'no-number'); // 06
  });
});

describe('parseWaktu: units in any case and short forms', () => {
  const cases: Expect[] = [
    ['10 MENIT', 10],
    ['10 mnt', 10],
    ['10 mnt.', 10],
    ['10 min', 10],
    ['10 mins', 10],
    ['10minutes', 10],
    ['90 detik', 1.5],
    ['2 JAM', 120],
    ['2 j', 120],
    ['2 hours', 120],
    ['2 HARI', 900],
    ['2 hr', 900],
    ['2 HK', 900],
    ['2hk', 900],
    ['2 hr kerja', 900],
    ['2 working days', 900],
    ['1 hari kalender', 450],
    ['2 mgg', 2 * MINGGU],
    ['2 pekan', 2 * MINGGU],
    ['2 bln', 2 * BULAN],
    ['2 months', 2 * BULAN],
    ['3Hari', 3 * HARI],
  ];
  it.each(cases)('%s', (...c) => expectDuration(c));
});

describe('parseWaktu: ranges', () => {
  const cases: Expect[] = [
    ['1-2 hari', 450, 900],
    ['1 - 2 hari', 450, 900],
    ['1–2 hari', 450, 900],
    ['1—2 hari', 450, 900],
    ['1 s.d 2 hari', 450, 900],
    ['1 s.d. 2 hari', 450, 900],
    ['1 s/d 2 hari', 450, 900],
    ['1 sd 2 hari', 450, 900],
    ['1 S.D 2 Hari', 450, 900],
    ['2 sampai 3 hari', 900, 1350],
    ['2 sampai dengan 3 hari', 900, 1350],
    ['2 hingga 3 hari', 900, 1350],
    ['1 to 2 days', 450, 900],
    ['30 menit - 1 jam', 30, 60],
    ['1 hari - 2 hari', 450, 900],
    ['3 jam - 5', 180, 300], // the unit written on the first end only
    ['1 hari 4 jam 40 menit – 2 hari', 730, 900],
    ['1-2 x 24 jam', 450, 900],
    ['24-48 jam', 450, 900],
    ['5-3 hari', 1350, 2250], // written high to low: read low to high
  ];
  it.each(cases)('%s', (...c) => expectDuration(c));

  it('refuses a range with more than one separator or a missing end', () => {
    expectUnparsed('1-2-3 hari', 'malformed');
    expectUnparsed('2 hari -', 'malformed');
    expectUnparsed('1 s.d 2 s.d 3 hari', 'malformed');
  });
});

describe('parseWaktu: 24 jam means calendar days, other jam are working hours', () => {
  const cases: Expect[] = [
    ['24 jam', HARI],
    ['48 jam', 2 * HARI],
    ['72 Jam', 3 * HARI],
    ['1 x 24 jam', HARI],
    ['2 x 24 jam', 2 * HARI],
    ['2x24 jam', 2 * HARI],
    ['3 X 24 Jam', 3 * HARI],
    ['1 × 24 jam', HARI],
    ['1 x 48 jam', 2 * HARI],
    ['30 jam', 1800],
    ['8 jam', 480],
    ['36 jam', 36 * 60],
    ['3 x 8 jam', 24 * 60], // not "N x 24": 24 working hours
    ['12-24 jam', 720, 1440], // both ends read the same way: working hours
    ['0 jam', 0],
  ];
  it.each(cases)('%s', (...c) => expectDuration(c));

  it('follows the calendar for the length of the day', () => {
    const calendar: Calendar = { minutesPerDay: 480, daysPerWeek: 5, daysPerMonth: 22 };
    expect(parseWaktu('24 jam', { calendar })).toMatchObject({ minMinutes: 480 });
    expect(parseWaktu('1 minggu', { calendar })).toMatchObject({ minMinutes: 2400 });
    expect(parseWaktu('1 bulan', { calendar })).toMatchObject({ minMinutes: 480 * 22 });
    expect(parseWaktu('2 jam', { calendar })).toMatchObject({ minMinutes: 120 });
  });
});

describe('parseWaktu: compounds, decimals and number words', () => {
  const cases: Expect[] = [
    ['1 hari 2 jam', 570],
    ['1 jam 30 menit', 90],
    ['1 jam dan 30 menit', 90],
    ['1 jam + 30 menit', 90],
    ['1 jam, 30 menit', 90],
    ['1 jam lebih 30 menit', 90],
    ['14 hari 4 jam 45 menit', 6585],
    ['14 days 4 hours 45 minutes', 6585],
    ['1 day 1 hour 1 minute', 511],
    ['1,5 jam', 90],
    ['1.5 jam', 90],
    ['0.5 hari', 225],
    ['0,5 hari', 225],
    ['1,5 menit', 1.5],
    ['1,1 jam', 66], // no floating-point noise
    ['1/2 jam', 30],
    ['½ hari', 225],
    ['1½ jam', 90],
    ['setengah hari', 225],
    ['satu setengah jam', 90],
    ['dua hari', 900],
    ['sehari', 450],
    ['sejam', 60],
    ['seminggu', MINGGU],
    ['sebulan', BULAN],
  ];
  it.each(cases)('%s', (...c) => expectDuration(c));
});

describe('parseWaktu: rates', () => {
  const cases: Expect[] = [
    ['2 menit/berkas', 2, 2, 'berkas'],
    ['15 menit/ berkas', 15, 15, 'berkas'],
    ['15 menit /berkas', 15, 15, 'berkas'],
    ['5 menit per dokumen', 5, 5, 'dokumen'],
    ['5 menit tiap surat', 5, 5, 'surat'],
    ['2 Menit/Berkas', 2, 2, 'berkas'],
    ['1-2 menit/berkas', 1, 2, 'berkas'],
    ['10 menit / lembar surat', 10, 10, 'lembar surat'],
  ];
  it.each(cases)('%s', (...c) => expectDuration(c));

  it('refuses a rate that names nothing, and a schedule dressed as a rate', () => {
    expectUnparsed('2 menit/', 'empty-rate');
    expectUnparsed('2 menit per', 'empty-rate');
    expectUnparsed('2 jam setiap senin', 'recurrence');
  });
});

describe('parseWaktu: qualifiers that do not change the count', () => {
  const cases: Expect[] = [
    ['± 2 jam', 120],
    ['±2 jam', 120],
    ['+/- 2 jam', 120],
    ['kurang lebih 2 jam', 120],
    ['kurang-lebih 2 jam', 120],
    ['sekitar 30 menit', 30],
    ['maks. 3 hari', 1350],
    ['maksimal 3 hari', 1350],
    ['paling lama 3 hari', 1350],
    ['selambat-lambatnya 3 hari', 1350],
    ['- 2 hari', 900], // a list bullet
    ['2 hari.', 900],
  ];
  it.each(cases)('%s', (...c) => expectDuration(c));
});

describe('parseWaktu: bare numbers take the unit of the Waktu header', () => {
  it.each([
    ['3', 'Waktu (Jam)', 180, 180],
    ['3', 'Jam', 180, 180],
    ['45', 'Waktu (menit)', 45, 45],
    ['2', 'WAKTU (HARI KERJA)', 900, 900],
    ['1-2', 'Waktu (Hari)', 450, 900],
    ['1,5', 'jam', 90, 90],
    ['3 hari', 'Waktu (Jam)', 1350, 1350], // a written unit wins over the header
  ] as const)('%s under %s', (text, hint, min, max) => expectDuration([text, min, max], hint));

  it('is no-unit without a header unit', () => {
    expectUnparsed('3', 'no-unit');
    expect(parseWaktu('3', { unitHint: 'Waktu' })).toEqual({ kind: 'unparsed', reason: 'no-unit' });
    expect(parseWaktu('3', { unitHint: null })).toEqual({ kind: 'unparsed', reason: 'no-unit' });
  });

  it('finds the unit in a header text', () => {
    expect(resolveUnitHint('Waktu (Jam)')).toBe('jam');
    expect(resolveUnitHint('Waktu (menit)')).toBe('menit');
    expect(resolveUnitHint('WAKTU')).toBeNull();
    expect(resolveUnitHint(null)).toBeNull();
    expect(resolveUnitHint('')).toBeNull();
  });
});

describe('parseWaktu: text that is not a duration', () => {
  it.each([
    ['sesuai jadwal', 'no-number'],
    ['Sesuai Kebutuhan', 'no-number'],
    ['hari', 'no-number'],
    ['Hari Kerja', 'no-number'],
    ['setiap hari senin', 'recurrence'],
    ['setiap 2 jam', 'recurrence'],
    ['2 kali sehari', 'unknown-word'],
    ['jam 2', 'malformed'],
    ['1 2 hari', 'malformed'],
    ['1 jam 30', 'malformed'],
    ['2 x hari', 'malformed'],
    ['3 hari (tergantung)', 'unexpected-symbol'],
    ['08:00', 'unexpected-symbol'],
    ['2 tahun', 'unknown-word'],
    ['1234567890 menit', 'too-large'],
    ['1/0 jam', 'malformed'],
    ['x'.repeat(501), 'too-long'],
  ] as [string, WaktuProblem][])('%s -> %s', (text, reason) => expectUnparsed(text, reason));

  it('names the word that stopped it', () => {
    expect(parseWaktu('2 tahun')).toEqual({ kind: 'unparsed', reason: 'unknown-word', detail: 'tahun' });
  });

  it('does not throw on an invalid calendar or a non-string', () => {
    expect(parseWaktu('1 hari', { calendar: { minutesPerDay: 0, daysPerWeek: 5, daysPerMonth: 20 } })).toEqual({
      kind: 'unparsed',
      reason: 'bad-calendar',
    });
    expect(parseWaktu(undefined as unknown as string).kind).toBe('empty');
    expect(parseWaktu(42 as unknown as string)).toEqual({ kind: 'unparsed', reason: 'no-unit' });
  });

  it('runs in bounded time on 100 KB of adversarial text', () => {
    const inputs = [
      '1'.repeat(100_000),
      '1-'.repeat(50_000),
      '1 jam '.repeat(17_000),
      's.d '.repeat(25_000),
      ' '.repeat(100_000) + '1 hari',
      '-'.repeat(100_000),
      '1,'.repeat(50_000),
      'a'.repeat(100_000) + '!',
    ];
    for (const text of inputs) {
      const start = performance.now();
      const reading = parseWaktu(text);
      expect(performance.now() - start).toBeLessThan(200);
      expect(['empty', 'duration', 'unparsed']).toContain(reading.kind);
    }
    expect(parseWaktu(' '.repeat(100_000) + '1 hari')).toMatchObject({ kind: 'duration', minMinutes: 450 });
    expect(parseWaktu('-'.repeat(100_000))).toEqual({ kind: 'empty' });
  });

  it('uses the default calendar when none is given', () => {
    expect(parseWaktu('1 hari', { calendar: DEFAULT_CALENDAR })).toEqual(parseWaktu('1 hari'));
  });
});
