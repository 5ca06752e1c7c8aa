/**
 * Boots the task pane: detect the host (Excel or a plain browser), then pick language and theme
 * from Office when inside it, else from the browser, and render the app over the right SopHost:
 * the live workbook in Excel, or (file mode) a workbook opened in memory. The file-mode code and
 * exceljs load only when a file is opened, so the Excel pane's first render does not pay for them.
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider } from '@fluentui/react-components';
import { createExcelHost } from '../excel/host';
import type { SopHost } from '../core/host';
import { App } from './App';
import { pickLanguage } from './i18n';
import { detectHost } from './office';
import { fluentThemes, pickThemeKind } from './theme';

function matches(query: string): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(query).matches;
}

/** File mode: the picked workbook as an in-memory host (nothing is uploaded). */
async function openFile(file: File): Promise<SopHost> {
  const { createFileHost } = await import(/* webpackChunkName: "file-mode" */ '../xlsx/file-host');
  return createFileHost(new Uint8Array(await file.arrayBuffer()), file.name);
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
      {host.mode === 'excel' ? (
        <App mode="excel" language={language} host={createExcelHost()} />
      ) : (
        <App mode="file" language={language} openFile={openFile} />
      )}
    </FluentProvider>
  );
}

void boot();
