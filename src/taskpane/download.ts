/**
 * Saves data as a file in the browser: a Blob behind a temporary <a download>. Nothing leaves the
 * machine; the object URL is revoked once the browser has taken the click.
 */
export function downloadBlob(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file-name-safe version of an SOP or workbook name ("SOP Penyusunan RKT" -> "SOP-Penyusunan-RKT"). */
export function safeFileName(name: string, fallback = 'sop'): string {
  const cleaned = name
    .normalize('NFKD')
    .replace(/[^\w\s.-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 80);
  return cleaned || fallback;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A macro-enabled workbook (.xlsm): Excel opens it with its macros only under this type and extension. */
export const XLSM_TYPE = 'application/vnd.ms-excel.sheet.macroEnabled.12';

/** The workbooks the pane opens in file mode (the file input's `accept`). */
export const WORKBOOK_ACCEPT = '.xlsx,.xlsm';

/** The media type of a workbook download, from its name. */
export function workbookType(name: string): string {
  return /\.xlsm$/i.test(name) ? XLSM_TYPE : XLSX_TYPE;
}
