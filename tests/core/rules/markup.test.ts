import { describe, expect, it } from 'vitest';
import { markup, safeToStrip } from '../../../src/core/rules/markup';
import { applyFix } from '../../../src/core/rules/fix';
import { buildDoc, cleanSpec } from './build';
import { check } from './helpers';

const withRaw = (raw: Record<string, string>) => ({ ...cleanSpec(), raw });

describe('markup', () => {
  it('reports one finding per cell with tags or entities, with a fix that strips them (seed 003)', () => {
    const found = check(markup, withRaw({ C1: '<b>003/SOP/Diskominfo/BLG/2023</b>', A9: '<ol style="list-style-type: none"> <li>1. SOP Penyusunan Renstra</li> <li>2. SOP Penyusunan RPJMD</li> </ol>' }));
    expect(found.map((f) => f.cell)).toEqual(['C1', 'A9']);
    expect(found[0].fix?.to).toBe('003/SOP/Diskominfo/BLG/2023');
    expect(found[1].fix?.to).toBe('1. SOP Penyusunan Renstra\n2. SOP Penyusunan RPJMD');
    // Its findings carry fixes, so its meta must say it is fixable (the docs test holds the rule to it).
    expect(markup.meta.fixable).toBe(true);
  });

  it('decodes entities and offers no fix where stripping would lose content', () => {
    const [f] = check(markup, withRaw({ C1: 'Kepala&nbsp;Dinas' }));
    expect(f.fix?.to).toBe('Kepala Dinas');
    expect(safeToStrip('<table><tr><td>a</td></tr></table>')).toBe(false);
    expect(safeToStrip('<img src="x">')).toBe(false);
  });

  it('reports markdown bold left by converted documents (seed 000, "**CAMAT PARINGIN**"), not a lone asterisk', () => {
    const [f, ...rest] = check(markup, withRaw({ C1: 'Disahkan Oleh : **CAMAT PARINGIN**', A9: 'Catatan*: wajib' }));
    expect(rest).toEqual([]);
    expect(f.cell).toBe('C1');
    expect(f.message).toContain('**');
    expect(f.fix?.to).toBe('Disahkan Oleh : CAMAT PARINGIN');
  });

  it('does not take a comparison or an ampersand for markup (near misses)', () => {
    expect(check(markup, withRaw({ C1: 'Waktu < 2 hari & > 1 jam', A9: 'Pencatatan & Pendataan' }))).toEqual([]);
  });

  it('its fix applied and checked again leaves nothing to report', () => {
    const doc = buildDoc(withRaw({ C1: '<b>Diskominfo</b>' }));
    const [f] = markup.check({ doc, lang: 'en' });
    const cell = doc.texts.find((t) => t.cell === 'C1')!;
    cell.text = applyFix(cell.text, f.fix!)!;
    expect(markup.check({ doc, lang: 'en' })).toEqual([]);
  });
});
