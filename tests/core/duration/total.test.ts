import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR, type Waktu } from '../../../src/core/model';
import { durationPerActor, readStepTime, totalDuration, type TimedStep } from '../../../src/core/duration';
import { stepKey as stepLabel } from '../../../src/core/step-key';

const cal = DEFAULT_CALENDAR;

/**
 * The Waktu cells of the seed SOPs (../shared/seeds), step by step, as written. 003 has no Mutu Baku
 * at all (no Waktu column), so every step's text is null.
 */
const SEED_WAKTU: Record<string, (string | null)[]> = {
  '000': ['1 Hari', '1 Hari', '3 Hari', '2 Hari', '1 Hari', '1 Hari', '1 Hari'],
  '001': ['3 Hari', '3 Hari', '2 Hari', '3 Jam', '3 Hari', '20 Menit', '1 Jam', '20 Menit', '3 Hari', '5 Menit'],
  '002': ['15 Menit', '30 Menit', '1 Hari', '3 Hari', '3 Hari', '3 Hari', '3 Hari', '3 Hari', '1 Minggu', '1 Hari', '1 Hari'],
  '003': Array.from({ length: 11 }, () => null),
  '004': ['15 menit', '15 menit', '5 menit', '1 jam', '2 jam', '1 hari', '5 menit', '5 menit', '20 menit', '5 menit', '30 menit'],
};

/** Steps numbered 1..n from a list of Waktu texts, read the way the pipeline reads them. */
function stepsOf(texts: (string | null)[], firstRow = 15): TimedStep[] {
  return texts.map((text, i) => ({ no: String(i + 1), row: firstRow + i, waktu: readStepTime(text, cal, null).waktu }));
}

describe('totalDuration on the seeds', () => {
  it.each([
    ['000', 4500, '10 hari'],
    ['001', 6585, '14 hari 4 jam 45 menit'],
    ['002', 10395, '23 hari 45 menit'],
    ['004', 730, '1 hari 4 jam 40 menit'],
  ])('%s totals %d minutes (%s)', (seed, minutes, text) => {
    expect(totalDuration(stepsOf(SEED_WAKTU[seed]), cal, 'id')).toEqual({
      minMinutes: minutes,
      maxMinutes: minutes,
      text,
      stepsWithoutTime: [],
    });
  });

  it('003 has no time on any step: 0, "-", every step listed', () => {
    expect(totalDuration(stepsOf(SEED_WAKTU['003']), cal, 'id')).toEqual({
      minMinutes: 0,
      maxMinutes: 0,
      text: '-',
      stepsWithoutTime: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11'],
    });
  });

  it('writes the total in English when asked', () => {
    expect(totalDuration(stepsOf(SEED_WAKTU['001']), cal, 'en').text).toBe('14 days 4 hours 45 minutes');
  });
});

describe('totalDuration', () => {
  const w = (text: string, min: number | null, max: number | null = min): Waktu => ({ text, minMinutes: min, maxMinutes: max });

  it('sums ranges into a range (the contract example)', () => {
    const steps: TimedStep[] = [
      { no: '1', row: 10, waktu: w('1 hari 4 jam', 690) },
      { no: '2', row: 11, waktu: w('40 menit', 40) },
      { no: '3', row: 12, waktu: w('0-170 menit', 0, 170) },
    ];
    expect(totalDuration(steps, cal, 'id')).toMatchObject({ minMinutes: 730, maxMinutes: 900, text: '1 hari 4 jam 40 menit – 2 hari' });
  });

  it('lists steps without a readable time by number, or by row when unnumbered', () => {
    const steps: TimedStep[] = [
      { no: '1', row: 10, waktu: w('1 hari', 450) },
      { no: '2', row: 11, waktu: null },
      { no: '3', row: 12, waktu: w('sesuai jadwal', null) },
      { no: null, row: 13, waktu: null },
      { no: '', row: 14, waktu: w('?', null) },
    ];
    expect(totalDuration(steps, cal, 'id')).toEqual({
      minMinutes: 450,
      maxMinutes: 450,
      text: '1 hari',
      stepsWithoutTime: ['2', '3', 'row 13', 'row 14'],
    });
  });

  it('gives 0 and "-" when only unreadable times are present, and for no steps', () => {
    expect(totalDuration([{ no: '1', row: 3, waktu: w('sesuai jadwal', null) }], cal, 'id')).toEqual({
      minMinutes: 0,
      maxMinutes: 0,
      text: '-',
      stepsWithoutTime: ['1'],
    });
    expect(totalDuration([], cal, 'id')).toEqual({ minMinutes: 0, maxMinutes: 0, text: '-', stepsWithoutTime: [] });
  });

  it('shows "0 menit" when steps have times that are all zero', () => {
    expect(totalDuration([{ no: '1', row: 3, waktu: w('0 menit', 0) }], cal, 'id').text).toBe('0 menit');
  });

  it('keeps fractions exact in the sums and rounds once in the text', () => {
    const steps: TimedStep[] = Array.from({ length: 10 }, (_, i) => ({ no: String(i + 1), row: i + 1, waktu: w('66,1 menit', 66.1) }));
    const total = totalDuration(steps, cal, 'id');
    expect(total.minMinutes).toBe(661);
    expect(total.text).toBe('1 hari 3 jam 31 menit');
  });

  it('labels steps', () => {
    expect(stepLabel({ no: '7', row: 20 })).toBe('7');
    expect(stepLabel({ no: null, row: 20 })).toBe('row 20');
    expect(stepLabel({ no: '  ', row: 21 })).toBe('row 21');
  });
});

describe('durationPerActor', () => {
  const w = (min: number, max = min): Waktu => ({ text: '', minMinutes: min, maxMinutes: max });

  it('counts a step with two actors for each of them (002 step 8), in the order of the actor list', () => {
    const steps = [
      { actors: ['SEKRETARIS'], waktu: w(15) },
      { actors: ['TIM'], waktu: w(450) },
      { actors: ['TIM', 'KASUBAG'], waktu: w(1350) },
      { actors: ['KASUBAG'], waktu: w(30, 60) },
      { actors: ['KASUBAG'], waktu: null },
      { actors: ['TIM'], waktu: { text: 'sesuai jadwal', minMinutes: null, maxMinutes: null } },
      { actors: [], waktu: w(5) },
      { actors: ['Orang lain'], waktu: w(5) },
    ];
    expect(durationPerActor(steps, ['TIM', 'KASUBAG', 'SEKRETARIS', 'KEPALA DINAS'])).toEqual([
      { actor: 'TIM', minMinutes: 1800, maxMinutes: 1800 },
      { actor: 'KASUBAG', minMinutes: 1380, maxMinutes: 1410 },
      { actor: 'SEKRETARIS', minMinutes: 15, maxMinutes: 15 },
      { actor: 'KEPALA DINAS', minMinutes: 0, maxMinutes: 0 },
    ]);
  });

  it('counts an actor named twice on one step once', () => {
    expect(durationPerActor([{ actors: ['A', 'A'], waktu: w(10) }], ['A'])).toEqual([{ actor: 'A', minMinutes: 10, maxMinutes: 10 }]);
  });
});

describe('readStepTime', () => {
  it('keeps nothing for an empty cell or "-"', () => {
    for (const text of [null, '', '-', ' – ']) {
      expect(readStepTime(text, cal, null)).toEqual({ waktu: null, rate: null, problem: null, problemDetail: null });
    }
  });

  it('keeps the folded text and the minutes of a duration', () => {
    expect(readStepTime('  1 x 24\n Jam ', cal, null)).toEqual({
      waktu: { text: '1 x 24 Jam', minMinutes: 450, maxMinutes: 450 },
      rate: null,
      problem: null,
      problemDetail: null,
    });
  });

  it('keeps the rate of a time per unit', () => {
    expect(readStepTime('2 menit/berkas', cal, null)).toEqual({
      waktu: { text: '2 menit/berkas', minMinutes: 2, maxMinutes: 2 },
      rate: 'berkas',
      problem: null,
      problemDetail: null,
    });
  });

  it('keeps the text with null minutes and the problem for text that is not a duration', () => {
    expect(readStepTime('sesuai jadwal', cal, null)).toEqual({
      waktu: { text: 'sesuai jadwal', minMinutes: null, maxMinutes: null },
      rate: null,
      problem: 'no-number',
      problemDetail: 'sesuai',
    });
  });

  it('uses the header unit for a bare number', () => {
    expect(readStepTime('3', cal, 'Waktu (Jam)').waktu).toEqual({ text: '3', minMinutes: 180, maxMinutes: 180 });
    expect(readStepTime('3', cal, null).problem).toBe('no-unit');
  });
});
