/**
 * The pane's settings: language, working calendar, rules turned off, and whether a check reads every
 * sheet. Kept in localStorage (the pane's own origin), so they survive closing the pane; anything
 * unreadable falls back to the defaults rather than breaking the pane.
 * Not in Office.context.roamingSettings: that store is Outlook's (Mailbox 1.1) and is undefined in
 * Excel, so settings cannot follow the user to another computer. Not in document settings either:
 * they are the user's preferences, not the workbook's.
 */
import { validateCalendar } from '../core/duration';
import { DEFAULT_CALENDAR, type Calendar } from '../core/model';
import { RULES, type RuleConfig } from '../core/rules/registry';
import type { Lang } from '../core/model';

export interface Settings {
  /** 'auto' follows Office (or the browser outside Office). */
  language: Lang | 'auto';
  calendar: Calendar;
  /** Per-rule levels; only 'off' is set from the pane. */
  rules: RuleConfig;
  /** Check every sheet instead of only the active one. */
  allSheets: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  language: 'auto',
  calendar: { ...DEFAULT_CALENDAR },
  rules: {},
  allSheets: false,
};

export const SETTINGS_KEY = 'alur.settings.v1';

/** A storage that may be missing (private windows, sandboxed frames): every call may throw. */
type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

function defaultStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** Reads settings, keeping each valid part and replacing each invalid one by its default. */
export function loadSettings(storage: Storage | undefined = defaultStorage()): Settings {
  let raw: unknown;
  try {
    raw = JSON.parse(storage?.getItem(SETTINGS_KEY) ?? 'null');
  } catch {
    raw = null;
  }
  if (typeof raw !== 'object' || raw === null) return structuredClone(DEFAULT_SETTINGS);
  const r = raw as Partial<Record<keyof Settings, unknown>>;
  const rules: RuleConfig = {};
  if (typeof r.rules === 'object' && r.rules !== null) {
    for (const [id, level] of Object.entries(r.rules)) {
      // A rule this version does not have (renamed, removed) is dropped, like a level it does not know.
      if (!RULES.some((rule) => rule.meta.id === id)) continue;
      if (level === 'off' || level === 'error' || level === 'warning' || level === 'info') rules[id] = level;
    }
  }
  return {
    language: r.language === 'id' || r.language === 'en' ? r.language : 'auto',
    calendar: storedCalendar(r.calendar),
    rules,
    allSheets: r.allSheets === true,
  };
}

/**
 * The stored calendar, each of its three numbers kept only when it is within the same ranges the CLI
 * and the settings panel accept (validateCalendar: 1-1440 minutes a day, 1-7 days a week, 1-31 a
 * month); a number out of range is replaced by its default, never used.
 */
function storedCalendar(stored: unknown): Calendar {
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const calendar = { ...DEFAULT_CALENDAR };
  for (const field of Object.keys(DEFAULT_CALENDAR) as (keyof Calendar)[]) {
    const candidate = { ...DEFAULT_CALENDAR, [field]: record[field] };
    if (!validateCalendar(candidate).some((p) => p.field === field)) calendar[field] = record[field] as number;
  }
  return calendar;
}

/** Stores settings; a storage that refuses (quota, privacy mode) only loses persistence. */
export function saveSettings(settings: Settings, storage: Storage | undefined = defaultStorage()): void {
  try {
    storage?.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // Nothing to do: the settings still apply for this session.
  }
}
