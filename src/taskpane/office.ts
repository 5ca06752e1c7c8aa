/**
 * Works out where the pane runs. Inside Excel, Office.onReady reports the Excel host and the pane
 * works on the live workbook ("excel" mode). In a plain browser (no Office global, onReady reporting
 * no host, or onReady never firing) the pane works on an opened .xlsx file ("file" mode).
 * This module reads only Office.* facts; Excel.* calls live in src/excel.
 */

export type HostMode = 'excel' | 'file';

export interface HostInfo {
  mode: HostMode;
  /** Office's UI language (e.g. "id-ID"), when inside Office. */
  displayLanguage?: string;
  /** Office theme body background ("#RRGGBB"), when the host exposes the theme. */
  officeBodyBackground?: string;
}

/** How long to wait for Office.onReady before deciding there is no Office host. */
export const OFFICE_READY_TIMEOUT_MS = 1500;

export async function detectHost(timeoutMs: number = OFFICE_READY_TIMEOUT_MS): Promise<HostInfo> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return { mode: 'file' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), timeoutMs);
  });
  try {
    const info = await Promise.race([Office.onReady(), timeout]);
    if (!info || info.host !== Office.HostType.Excel) return { mode: 'file' };
    return {
      mode: 'excel',
      displayLanguage: Office.context?.displayLanguage,
      officeBodyBackground: Office.context?.officeTheme?.bodyBackgroundColor,
    };
  } catch {
    // office.js failed to initialise (e.g. blocked scripts): the file mode still works.
    return { mode: 'file' };
  } finally {
    clearTimeout(timer);
  }
}
