/** The pane's pure parts: settings persistence, error notices, the reducer's selection across re-checks. */
import { describe, expect, it } from 'vitest';
import { checkGrids } from '../../src/core/check';
import { HostError } from '../../src/core/host';
import { strings } from '../../src/taskpane/i18n';
import { errorNotice } from '../../src/taskpane/notices';
import { DEFAULT_SETTINGS, SETTINGS_KEY, loadSettings, saveSettings } from '../../src/taskpane/settings';
import { initialPaneState, paneReducer } from '../../src/taskpane/usePane';
import { safeFileName } from '../../src/taskpane/download';
import { specToGrid } from '../fixtures/spec';
import { twoSopsOneSheet } from '../fixtures/specs';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    data,
  };
}

describe('settings', () => {
  it('round-trips through storage', () => {
    const storage = memoryStorage();
    const settings = {
      language: 'en' as const,
      calendar: { minutesPerDay: 480, daysPerWeek: 6, daysPerMonth: 24 },
      rules: { typo: 'off' as const },
      allSheets: true,
    };
    saveSettings(settings, storage);
    expect(loadSettings(storage)).toEqual(settings);
  });

  it('keeps valid parts and drops invalid ones', () => {
    const storage = memoryStorage({
      [SETTINGS_KEY]: JSON.stringify({
        language: 'fr',
        calendar: { minutesPerDay: 2000, daysPerWeek: 5, daysPerMonth: 20 },
        rules: { typo: 'off', numbering: 'loud' },
        allSheets: 'yes',
      }),
    });
    expect(loadSettings(storage)).toEqual({ ...DEFAULT_SETTINGS, rules: { typo: 'off' } });
  });

  it('falls back to the defaults on garbage or a storage that throws', () => {
    expect(loadSettings(memoryStorage({ [SETTINGS_KEY]: '{not json' }))).toEqual(DEFAULT_SETTINGS);
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(loadSettings(throwing)).toEqual(DEFAULT_SETTINGS);
    expect(() => saveSettings(DEFAULT_SETTINGS, throwing)).not.toThrow();
  });
});

describe('settings and Office', () => {
  it('never asks Office for roaming settings (an Outlook-only store, Mailbox 1.1, that Excel lacks)', () => {
    const g = globalThis as unknown as Record<string, unknown>;
    const before = g.Office;
    let asked = 0;
    g.Office = {
      context: {
        get roamingSettings() {
          asked++;
          throw new Error('Office.context.roamingSettings is Outlook only');
        },
      },
    };
    try {
      const storage = memoryStorage();
      const mine = { ...structuredClone(DEFAULT_SETTINGS), language: 'en' as const };
      saveSettings(mine, storage);
      expect(loadSettings(storage)).toEqual(mine);
      expect(asked).toBe(0);
    } finally {
      g.Office = before;
    }
  });
});

describe('errorNotice', () => {
  it('says what to do for each host error code, in the pane language', () => {
    const protectedSheet = errorNotice(new HostError('protected', 'x', 'y'), strings.id, 'id');
    expect(protectedSheet).toMatchObject({ intent: 'error', title: 'Lembar diproteksi' });
    const noShapes = errorNotice(new HostError('no-shapes', 'x', 'y'), strings.en, 'en');
    expect(noShapes).toMatchObject({ intent: 'warning', title: 'This Excel cannot draw shapes' });
    const unreadable = errorNotice(new HostError('unreadable', 'Rusak.', 'Broken.'), strings.en, 'en');
    expect(unreadable.body.startsWith('Broken. ')).toBe(true);
    const other = errorNotice(new TypeError('boom'), strings.id, 'id');
    expect(other).toMatchObject({ intent: 'error', title: 'Ada yang tidak berhasil' });
    expect(other.body).toContain('boom');
  });

  it('gives generating lanes its own advice: check again when stale, add the columns by hand when it fails', () => {
    const stale = errorNotice(
      new HostError('stale', 'Tabel sudah punya kolom.', 'Has columns.'),
      strings.id,
      'id',
      'lanes'
    );
    expect(stale).toMatchObject({ intent: 'warning', title: 'Tabel sudah berubah' });
    expect(stale.body).toBe(`Tabel sudah punya kolom. ${strings.id.errLanesStale}`);
    const gone = errorNotice(new HostError('not-found', 'x', 'No sheet.'), strings.en, 'en', 'lanes');
    expect(gone).toMatchObject({ title: 'The table has changed' });
    const failed = errorNotice(new HostError('failed', 'x', 'A formula refers to it.'), strings.en, 'en', 'lanes');
    expect(failed).toMatchObject({ intent: 'error', title: 'The actor columns could not be generated' });
    expect(failed.body).toContain('Insert one column per actor after Uraian yourself');
    expect(errorNotice(new RangeError('bad'), strings.id, 'id', 'lanes').title).toBe(
      'Kolom pelaksana tidak dapat dibuat'
    );
    // A protected sheet says the same whatever the action.
    expect(errorNotice(new HostError('protected', 'x', 'y'), strings.id, 'id', 'lanes').title).toBe(
      'Lembar diproteksi'
    );
  });
});

describe('paneReducer', () => {
  it('keeps the picked SOP selected when a re-check finds it again, else the first', () => {
    const grids = twoSopsOneSheet.sheets.map(specToGrid);
    const results = checkGrids(grids);
    let state = paneReducer(initialPaneState, { type: 'checked', grids, results });
    expect(state.selected).toBe(0);
    state = paneReducer(state, { type: 'select', index: 1 });
    state = paneReducer(state, { type: 'checked', grids, results: checkGrids(grids) });
    expect(state.selected).toBe(1);
    state = paneReducer(state, { type: 'checked', grids, results: results.slice(0, 1) });
    expect(state.selected).toBe(0);
  });

  it('keeps the picked SOP when generated actor columns widened its table (same top-left cell)', () => {
    const grids = twoSopsOneSheet.sheets.map(specToGrid);
    let state = paneReducer(initialPaneState, { type: 'checked', grids, results: checkGrids(grids) });
    state = paneReducer(state, { type: 'select', index: 1 });
    const widened = checkGrids(grids);
    const [corner] = widened[1].sop.tableRange.split(':');
    widened[1].sop.tableRange = `${corner}:Z99`;
    state = paneReducer(state, { type: 'checked', grids, results: widened });
    expect(state.selected).toBe(1);
  });

  it('marks the notice with the task it is about, and clears it on the next start', () => {
    let state = paneReducer(initialPaneState, { type: 'start', task: 'draw' });
    state = paneReducer(state, { type: 'finish', notice: { intent: 'success', body: 'ok' } });
    expect(state).toMatchObject({ busy: null, noticeTask: 'draw' });
    state = paneReducer(state, { type: 'start', task: 'check' });
    expect(state.notice).toBeNull();
  });
});

describe('safeFileName', () => {
  it('keeps letters, digits and dashes', () => {
    expect(safeFileName('SOP Penyusunan RKT / 2023')).toBe('SOP-Penyusunan-RKT-2023');
    expect(safeFileName('***')).toBe('sop');
  });
});
