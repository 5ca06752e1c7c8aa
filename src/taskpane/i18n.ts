/**
 * The task pane's user-facing strings: Indonesian first (the users are Indonesian civil servants),
 * English for an English Office. Every language must define every key; the type enforces it.
 */

export type Language = 'id' | 'en';

export interface Strings {
  /** Product name shown as the pane's heading. */
  appName: string;
  tagline: string;
  /** Accessible name of the file input (and the button's text): tests find the input by it. */
  openFile: string;
  fileModeTitle: string;
  fileModeHint: string;
  /** Shown under the file button once a file was picked; `{name}` is the file's name. */
  fileChosen: string;
  excelModeTitle: string;
  excelModeHint: string;
  privacyNote: string;
  footer: string;
}

export const strings: Record<Language, Strings> = {
  id: {
    appName: 'Alur SOP',
    tagline: 'Periksa, hitung waktu, dan gambar diagram alir SOP AP dengan satu klik.',
    openFile: 'Buka berkas .xlsx',
    fileModeTitle: 'Mode berkas',
    fileModeHint:
      'Tanpa Excel terbaru? Buka berkas SOP (.xlsx) di sini untuk memeriksa dan menggambar alurnya.',
    fileChosen: 'Berkas dipilih: {name}',
    excelModeTitle: 'Terhubung ke Excel',
    excelModeHint: 'Alur membaca tabel SOP pada lembar kerja yang aktif.',
    privacyNote: 'Berkas diolah di perangkat Anda dan tidak diunggah.',
    footer: 'Format SOP AP · PermenPAN-RB No. 35 Tahun 2012',
  },
  en: {
    appName: 'Alur SOP',
    tagline: 'Check, time and draw the flowchart of an SOP AP in one click.',
    openFile: 'Open .xlsx file',
    fileModeTitle: 'File mode',
    fileModeHint:
      'No recent Excel? Open an SOP workbook (.xlsx) here to check it and draw its flow.',
    fileChosen: 'Selected file: {name}',
    excelModeTitle: 'Connected to Excel',
    excelModeHint: 'Alur reads the SOP table on the active worksheet.',
    privacyNote: 'Files are processed on your device and never uploaded.',
    footer: 'SOP AP format · PermenPAN-RB No. 35/2012',
  },
};

/** English when the UI language tag starts with "en" (en-US, en-GB, ...), otherwise Indonesian. */
export function pickLanguage(languageTag: string | undefined): Language {
  return languageTag?.trim().toLowerCase().startsWith('en') ? 'en' : 'id';
}

/** Fills `{name}`-style placeholders in a string from the dictionary. */
export function format(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
