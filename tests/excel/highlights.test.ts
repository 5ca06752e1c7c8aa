import { describe, expect, it } from 'vitest';
import { gridFromRows } from '../../src/core/grid';
import type { CellHighlight } from '../../src/core/host';
import { clearHighlights, HIGHLIGHT_FILL, highlightCells } from '../../src/excel/highlights';
import { install } from './helpers';

function sheet() {
  return gridFromRows('SOP', [
    ['No', 'Uraian', 'Waktu'],
    ['1', 'Menyusun DTAFT RKT', ''],
    ['2', 'Menyusun', '2 menit/berkas'],
  ]);
}

const HIGHLIGHTS: CellHighlight[] = [
  { cell: 'B2', severity: 'error', message: 'Salah ketik: DTAFT' },
  { cell: 'C2', severity: 'warning', message: 'Waktu kosong' },
  { cell: 'C3', severity: 'info', message: 'Waktu per berkas' },
  { cell: 'C2', severity: 'error', message: 'Kedua' },
];

describe('highlightCells / clearHighlights', () => {
  it('fills by severity, adds Alur notes, and clear restores exactly (across a closed pane)', async () => {
    const fake = install([sheet()]);
    const s = fake.sheet('SOP');
    s.fills.set('C3', '#92D050'); // the user's own colour
    s.notes.set('B2', 'Catatan pengguna'); // the user's own note
    const before = fake.stats.syncs;
    await highlightCells('SOP', HIGHLIGHTS);
    expect(fake.stats.syncs - before).toBe(2);
    expect(s.fills.get('B2')).toBe(HIGHLIGHT_FILL.error);
    expect(s.fills.get('C2')).toBe(HIGHLIGHT_FILL.error); // the most severe of its two highlights
    expect(s.fills.get('C3')).toBe(HIGHLIGHT_FILL.info.toUpperCase());
    expect(s.noteAt('B2')).toBe('Catatan pengguna');
    expect(s.noteAt('C2')).toBe('Alur: Waktu kosong\nKedua');
    expect(s.noteAt('C3')).toBe('Alur: Waktu per berkas');

    fake.reopenPane();
    const syncs = fake.stats.syncs;
    expect(await clearHighlights('SOP')).toBe(3);
    expect(fake.stats.syncs - syncs).toBe(2);
    expect([...s.fills]).toEqual([['C3', '#92D050']]);
    expect([...s.notes]).toEqual([['B2', 'Catatan pengguna']]);
    expect(await clearHighlights('SOP')).toBe(0);
  });

  it('highlighting again replaces the earlier highlights and keeps the first recorded fill', async () => {
    const fake = install([sheet()]);
    const s = fake.sheet('SOP');
    s.fills.set('B2', '#FFC000');
    await highlightCells('SOP', HIGHLIGHTS);
    await highlightCells('SOP', [{ cell: 'B2', severity: 'warning', message: 'Lagi' }]);
    expect(s.fills.get('C2')).toBeUndefined();
    expect(s.noteAt('C2')).toBeUndefined();
    expect(s.noteAt('B2')).toBe('Alur: Lagi');
    expect(s.fills.get('B2')).toBe(HIGHLIGHT_FILL.warning);
    await clearHighlights('SOP');
    expect([...s.fills]).toEqual([['B2', '#FFC000']]);
    expect(s.notes.size).toBe(0);
  });

  it('leaves a colour the user put on a marked cell since', async () => {
    const fake = install([sheet()]);
    await highlightCells('SOP', HIGHLIGHTS);
    fake.sheet('SOP').fills.set('C3', '#00B0F0');
    await clearHighlights('SOP');
    expect(fake.sheet('SOP').fills.get('C3')).toBe('#00B0F0');
  });

  it('adds no notes before ExcelApi 1.18, fills only', async () => {
    const fake = install([sheet()], { sets: { ExcelApi: '1.17' } });
    await highlightCells('SOP', HIGHLIGHTS);
    const s = fake.sheet('SOP');
    expect(s.notes.size).toBe(0);
    expect(s.fills.get('B2')).toBe(HIGHLIGHT_FILL.error);
    expect(await clearHighlights('SOP')).toBe(3);
    expect(s.fills.size).toBe(0);
  });

  it('refuses a protected sheet and changes nothing', async () => {
    const fake = install([sheet()], { protectedSheets: ['SOP'] });
    await expect(highlightCells('SOP', HIGHLIGHTS)).rejects.toMatchObject({ code: 'protected' });
    expect(fake.sheet('SOP').fills.size).toBe(0);
    expect(await clearHighlights('SOP')).toBe(0);
  });
});
