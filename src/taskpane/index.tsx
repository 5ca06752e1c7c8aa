/**
 * Boots the task pane: detect the host (Excel or a plain browser), then pick language and theme
 * from Office when inside it, else from the browser, and render the app.
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider } from '@fluentui/react-components';
import { App } from './App';
import { pickLanguage } from './i18n';
import { detectHost } from './office';
import { fluentThemes, pickThemeKind } from './theme';

function matches(query: string): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(query).matches;
}

async function boot(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  const host = await detectHost();
  const language = pickLanguage(host.displayLanguage ?? navigator.language);
  const themeKind = pickThemeKind({
    officeBodyBackground: host.officeBodyBackground,
    prefersDark: matches('(prefers-color-scheme: dark)'),
    forcedColors: matches('(forced-colors: active)'),
  });
  document.documentElement.lang = language;
  document.body.dataset.mode = host.mode;
  document.body.dataset.theme = themeKind;
  createRoot(container).render(
    <FluentProvider theme={fluentThemes[themeKind]}>
      <App mode={host.mode} language={language} />
    </FluentProvider>
  );
}

void boot();
