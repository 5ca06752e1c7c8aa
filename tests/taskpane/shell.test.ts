/** Mode, theme and language detection of the task pane shell (pure parts and a stand-in Office global). */
import { afterEach, describe, expect, it } from 'vitest';
import { format, pickLanguage, strings } from '../../src/taskpane/i18n';
import { detectHost } from '../../src/taskpane/office';
import { luminance, pickThemeKind } from '../../src/taskpane/theme';

const globals = globalThis as { Office?: unknown };

afterEach(() => {
  delete globals.Office;
});

/** The slice of the Office global that detectHost reads. */
function installOffice(onReady: () => Promise<unknown>, context: unknown = {}) {
  globals.Office = { onReady, HostType: { Excel: 'Excel', Word: 'Word' }, context };
}

describe('detectHost', () => {
  it('is file mode without an Office global', async () => {
    expect(await detectHost(50)).toEqual({ mode: 'file' });
  });

  it('is excel mode when Office.onReady reports Excel, with its language and theme', async () => {
    installOffice(() => Promise.resolve({ host: 'Excel', platform: 'PC' }), {
      displayLanguage: 'en-GB',
      officeTheme: { bodyBackgroundColor: '#262626' },
    });
    expect(await detectHost(50)).toEqual({
      mode: 'excel',
      displayLanguage: 'en-GB',
      officeBodyBackground: '#262626',
    });
  });

  it('is file mode when onReady reports no host (plain browser) or another host', async () => {
    installOffice(() => Promise.resolve({ host: null, platform: null }));
    expect((await detectHost(50)).mode).toBe('file');
    installOffice(() => Promise.resolve({ host: 'Word', platform: 'PC' }));
    expect((await detectHost(50)).mode).toBe('file');
  });

  it('gives up waiting after the timeout when onReady never fires', async () => {
    installOffice(() => new Promise(() => {}));
    const started = Date.now();
    expect(await detectHost(60)).toEqual({ mode: 'file' });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('is file mode when onReady rejects', async () => {
    installOffice(() => Promise.reject(new Error('blocked')));
    expect(await detectHost(50)).toEqual({ mode: 'file' });
  });
});

describe('pickThemeKind', () => {
  it('follows the Office body background inside Office', () => {
    const base = { prefersDark: false, forcedColors: false };
    expect(pickThemeKind({ ...base, officeBodyBackground: '#FFFFFF' })).toBe('light');
    expect(pickThemeKind({ ...base, officeBodyBackground: '#E6E6E6' })).toBe('light');
    expect(pickThemeKind({ ...base, officeBodyBackground: '#262626' })).toBe('dark');
    expect(pickThemeKind({ ...base, officeBodyBackground: '#000' })).toBe('dark');
    // The Office theme wins over the browser's preference.
    expect(
      pickThemeKind({ prefersDark: true, forcedColors: false, officeBodyBackground: '#fff' })
    ).toBe('light');
  });

  it('follows prefers-color-scheme outside Office or with an unreadable colour', () => {
    expect(pickThemeKind({ prefersDark: true, forcedColors: false })).toBe('dark');
    expect(pickThemeKind({ prefersDark: false, forcedColors: false })).toBe('light');
    expect(
      pickThemeKind({ prefersDark: true, forcedColors: false, officeBodyBackground: 'teal' })
    ).toBe('dark');
  });

  it('uses high contrast when colours are forced', () => {
    expect(
      pickThemeKind({ prefersDark: false, forcedColors: true, officeBodyBackground: '#fff' })
    ).toBe('highContrast');
  });

  it('computes relative luminance', () => {
    expect(luminance('#ffffff')).toBeCloseTo(1);
    expect(luminance('#000000')).toBeCloseTo(0);
    expect(luminance('#777')).toBeCloseTo(0.184, 2);
    expect(luminance('nope')).toBeUndefined();
  });
});

describe('language', () => {
  it('is English only for English tags, Indonesian otherwise', () => {
    expect(pickLanguage('en-US')).toBe('en');
    expect(pickLanguage('EN-gb')).toBe('en');
    expect(pickLanguage('id-ID')).toBe('id');
    expect(pickLanguage('nl-NL')).toBe('id');
    expect(pickLanguage(undefined)).toBe('id');
  });

  it('has the exact file-input names and the same keys in both languages', () => {
    expect(strings.id.openFile).toBe('Buka berkas .xlsx');
    expect(strings.en.openFile).toBe('Open .xlsx file');
    expect(Object.keys(strings.en).sort()).toEqual(Object.keys(strings.id).sort());
    expect(format(strings.id.fileChosen, { name: 'a.xlsx' })).toBe('Berkas dipilih: a.xlsx');
  });
});
