import { describe, expect, it } from 'vitest';
import { gridFromRows } from '../../src/core/grid';
import { applyFixes } from '../../src/excel/fix';
import { install } from './helpers';

function sheet() {
  return gridFromRows('SOP', [
    ['No', 'Uraian', 'Output'],
    ['1', 'Menyusun DTAFT RKT', 'DTAFT RKT'],
    ['2', 'mMenyusun Draf', 'Autput'],
    ['3', 'Mengirim', '=B2'],
  ]);
}

describe('applyFixes', () => {
  it('writes the fixed text in two syncs, merging fixes on one cell', async () => {
    const fake = install([sheet()]);
    const before = fake.stats.syncs;
    const result = await applyFixes('SOP', [
      { cell: 'B2', from: 'Menyusun DTAFT RKT', to: 'Menyusun DRAFT RKT' },
      { cell: 'C2', from: 'DTAFT RKT', to: 'DRAFT RKT' },
      { cell: 'B3', from: 'mMenyusun Draf', to: 'Menyusun Draf' },
      { cell: 'B3', from: 'mMenyusun Draf', to: 'mMenyusun Draft' },
    ]);
    expect(fake.stats.syncs - before).toBe(2);
    expect(result).toEqual({ applied: 4, stale: 0 });
    expect(fake.sheet('SOP').cellText('B2')).toBe('Menyusun DRAFT RKT');
    expect(fake.sheet('SOP').cellText('C2')).toBe('DRAFT RKT');
    expect(fake.sheet('SOP').cellText('B3')).toBe('Menyusun Draft');
  });

  it('refuses a fix whose cell changed since the check, and never replaces a formula', async () => {
    const fake = install([sheet()]);
    fake.sheet('SOP').formulas.set('C4', '=B2');
    const result = await applyFixes('SOP', [
      { cell: 'C3', from: 'Autput lama', to: 'Output' },
      { cell: 'C4', from: '=B2', to: 'B2' },
      { cell: 'C2', from: 'DTAFT RKT', to: 'DRAFT RKT' },
    ]);
    expect(result).toEqual({ applied: 1, stale: 2 });
    expect(fake.sheet('SOP').cellText('C3')).toBe('Autput');
    expect(fake.sheet('SOP').formulas.get('C4')).toBe('=B2');
  });

  it('counts a second fix starting from other text on the same cell as stale', async () => {
    install([sheet()]);
    const result = await applyFixes('SOP', [
      { cell: 'C3', from: 'Autput', to: 'Output' },
      { cell: 'C3', from: 'Autput x', to: 'Output x' },
    ]);
    expect(result).toEqual({ applied: 1, stale: 1 });
  });

  it('keeps a fixed text starting with "=" as text', async () => {
    const fake = install([sheet()]);
    await applyFixes('SOP', [{ cell: 'B4', from: 'Mengirim', to: '=Mengirim' }]);
    // Excel shows the text after its apostrophe prefix; the fake keeps the prefix in the text.
    expect(fake.sheet('SOP').cellText('B4')).toBe("'=Mengirim");
    expect(fake.sheet('SOP').formulas.has('B4')).toBe(false);
  });

  it('rejects a protected sheet with nothing written; does nothing for no fixes', async () => {
    const fake = install([sheet()], { protectedSheets: ['SOP'] });
    await expect(
      applyFixes('SOP', [{ cell: 'C3', from: 'Autput', to: 'Output' }])
    ).rejects.toMatchObject({ code: 'protected' });
    expect(fake.sheet('SOP').cellText('C3')).toBe('Autput');
    const syncs = fake.stats.syncs;
    expect(await applyFixes('SOP', [])).toEqual({ applied: 0, stale: 0 });
    expect(fake.stats.syncs).toBe(syncs);
  });
});
