/**
 * Picks the Fluent theme: inside Office it follows the Office theme (so the pane matches a dark Excel),
 * outside it follows the browser's colour scheme. Forced colours (Windows high contrast) win over both.
 */
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

export type ThemeKind = 'light' | 'dark' | 'highContrast';

export interface ThemeInputs {
  /** Office.context.officeTheme.bodyBackgroundColor ("#RRGGBB"), when running inside Office. */
  officeBodyBackground?: string;
  /** `(prefers-color-scheme: dark)` matched. */
  prefersDark: boolean;
  /** `(forced-colors: active)` matched. */
  forcedColors: boolean;
}

/** Relative luminance (0 black .. 1 white) of a "#RGB" or "#RRGGBB" colour, or undefined. */
export function luminance(color: string): number | undefined {
  const hex = color.trim().replace(/^#/, '');
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return undefined;
  const channel = (offset: number): number => {
    const c = parseInt(full.slice(offset, offset + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

export function pickThemeKind(inputs: ThemeInputs): ThemeKind {
  if (inputs.forcedColors) return 'highContrast';
  const officeLuminance =
    inputs.officeBodyBackground === undefined ? undefined : luminance(inputs.officeBodyBackground);
  if (officeLuminance !== undefined) return officeLuminance < 0.2 ? 'dark' : 'light';
  return inputs.prefersDark ? 'dark' : 'light';
}

export const fluentThemes: Record<ThemeKind, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
};
