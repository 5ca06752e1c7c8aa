// @vitest-environment jsdom
/**
 * Issue 12: the pane's settings take the same ranges as the CLI's flags (1-1440 minutes a day, 1-7 days
 * a week, 1-31 days a month). A value out of range shows its message under the field and is not applied;
 * a stored value out of range (or a rule this version does not know) is not used.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from '../../src/core/model';
import { SettingsPanel } from '../../src/taskpane/components/SettingsPanel';
import { strings } from '../../src/taskpane/i18n';
import { DEFAULT_SETTINGS, SETTINGS_KEY, loadSettings, type Settings } from '../../src/taskpane/settings';
import { installJsdomShims } from './jsdom-shims';

beforeAll(installJsdomShims);
afterEach(() => cleanup());

const stored = (value: unknown) => ({
  getItem: (k: string) => (k === SETTINGS_KEY ? JSON.stringify(value) : null),
  setItem: () => undefined,
});

describe('stored settings', () => {
  it('uses each calendar number only when it is within range, the others keep their defaults', () => {
    expect(loadSettings(stored({ calendar: { minutesPerDay: 480, daysPerWeek: 0.5, daysPerMonth: 32 } })).calendar).toEqual({
      ...DEFAULT_CALENDAR,
      minutesPerDay: 480,
    });
    expect(loadSettings(stored({ calendar: { minutesPerDay: 0, daysPerWeek: 6, daysPerMonth: 31 } })).calendar).toEqual({
      minutesPerDay: DEFAULT_CALENDAR.minutesPerDay,
      daysPerWeek: 6,
      daysPerMonth: 31,
    });
    expect(loadSettings(stored({ calendar: { minutesPerDay: 1441, daysPerWeek: 8, daysPerMonth: '20' } })).calendar).toEqual(DEFAULT_CALENDAR);
  });

  it('drops rules this version does not know', () => {
    expect(loadSettings(stored({ rules: { typo: 'off', 'no-such-rule': 'off' } })).rules).toEqual({ typo: 'off' });
  });
});

describe('the settings panel', () => {
  function renderPanel(lang: 'id' | 'en') {
    const changes: Settings[] = [];
    render(
      <FluentProvider theme={webLightTheme}>
        <SettingsPanel
          open
          settings={structuredClone(DEFAULT_SETTINGS)}
          lang={lang}
          t={strings[lang]}
          onChange={(s) => changes.push(s)}
          onClose={() => undefined}
        />
      </FluentProvider>
    );
    return changes;
  }

  const type = async (label: string, value: string) => {
    await act(async () => {
      fireEvent.change(screen.getByLabelText(label), { target: { value } });
    });
  };

  it('shows the range message under the field and does not apply a value out of range', async () => {
    const changes = renderPanel('id');
    const minutes = screen.getByLabelText('Menit per hari') as HTMLInputElement;
    expect([minutes.min, minutes.max]).toEqual(['1', '1440']);
    expect((screen.getByLabelText('Hari per minggu') as HTMLInputElement).max).toBe('7');
    expect((screen.getByLabelText('Hari per bulan') as HTMLInputElement).max).toBe('31');

    await type('Menit per hari', '0.5');
    expect(screen.getByText('menit per hari paling sedikit 1')).toBeTruthy();
    await type('Menit per hari', '450');
    await type('Hari per minggu', '8');
    expect(screen.getByText('hari per minggu paling banyak 7')).toBeTruthy();
    await type('Hari per minggu', '5');
    await type('Hari per bulan', '32');
    expect(screen.getByText('hari per bulan paling banyak 31')).toBeTruthy();
    // Nothing out of range reached the settings.
    expect(changes.every((s) => s.calendar.daysPerWeek <= 7 && s.calendar.daysPerMonth <= 31 && s.calendar.minutesPerDay >= 1)).toBe(true);

    await type('Hari per bulan', '22');
    expect(changes.at(-1)?.calendar).toEqual({ minutesPerDay: 450, daysPerWeek: 5, daysPerMonth: 22 });
  });

  it('in English too', async () => {
    renderPanel('en');
    await type('Minutes per day', '0');
    expect(screen.getByText('minutes per day must be at least 1')).toBeTruthy();
  });
});
