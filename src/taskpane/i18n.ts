/**
 * The task pane's user-facing strings: Indonesian first (the users are Indonesian civil servants),
 * English for an English Office. Every language must define every key; the type enforces it.
 * Names marked "contract" are accessible names that outside tests rely on: never change them.
 *
 * One way to build bilingual text, the same in every layer (src/core/i18n.ts states it): each layer has
 * one catalogue, and this is the pane's: its own words come from here (`strings[lang]`, with `format`
 * for placeholders), never from a language test in a component. Text with data that core (or a host)
 * builds reaches the pane as a `Bilingual` `{ id, en }` (a calendar problem, a lane-edit problem, a
 * HostError) and is shown with `pick(text, lang)` (the same as `text[lang]`). Rules write their
 * sentences with `say(lang, id, en)` next to the check, so a finding's message is already in the
 * checked language.
 */

import type { Lang } from '../core/model';
import { severityLabels } from '../core/rules/severity';

export interface Strings {
  /** Product name shown as the pane's heading. */
  appName: string;
  tagline: string;
  /** Accessible name of the file input (and the button's text): tests find the input by it (contract). */
  openFile: string;
  openOtherFile: string;
  fileModeTitle: string;
  fileModeHint: string;
  /** Shown under the file button once a file was picked; `{name}` is the file's name. */
  fileChosen: string;
  fileOpening: string;
  excelModeTitle: string;
  privacyNote: string;
  footer: string;

  /** Contract names of the main buttons. */
  check: string;
  draw: string;
  remove: string;
  fix: string;
  download: string;

  checkHint: string;
  allSheets: string;
  settings: string;
  close: string;

  // Summary
  summaryTitle: string;
  pickSop: string;
  unnamedSop: string;
  /** `{sheet}` and `{range}`. */
  sopWhere: string;
  steps: string;
  actors: string;
  /** Contract: accessible name of the total duration. */
  totalTime: string;
  /** `{count}` steps without a readable time; `{list}` their numbers. */
  stepsWithoutTime: string;
  timePerActor: string;
  timePerActorNote: string;
  noTime: string;

  // Findings
  /** Contract: the list's accessible name. */
  findings: string;
  noFindings: string;
  severity: Record<'error' | 'warning' | 'info', string>;
  /** `{cell}`: the button that selects a finding's cell. */
  goToCell: string;
  /** "Fix all": every safe fix of every rule, listed for confirmation first. */
  fixAll: string;
  fixAllTitle: string;
  /** `{count}` cells to change. */
  fixAllHint: string;
  /** `{count}` cells. */
  fixAllApply: string;
  fixAllCancel: string;
  /** Column heads of the list of changes. */
  fixCell: string;
  fixFrom: string;
  fixTo: string;
  /** The cells of a finding found in `{count}` cells. */
  cellsOf: string;
  highlightOnSheet: string;
  clearHighlights: string;
  /** `{applied}` fixes applied, `{stale}` skipped. */
  fixedCount: string;
  fixedStale: string;
  highlightedCount: string;
  clearedCount: string;

  // Flowchart
  flowchartTitle: string;
  flowchartHint: string;
  /** Shown instead of flowchartHint when the host can only write cell markers. */
  markersOnlyHint: string;
  drawing: string;
  /** `{shapes}` symbols, `{connectors}` connectors. */
  drawnResult: string;
  drawnMarkers: string;
  /** `{count}` cell markers written (hosts without shapes). */
  markersResult: string;
  markersNoneWritten: string;
  /** `{range}`: a table left alone. */
  skippedHandDrawn: string;
  skippedNoSteps: string;
  skippedUnplaceable: string;
  /** `{count}` shapes removed. */
  removedResult: string;
  replaceHandDrawn: string;

  // Lanes from text (issue 6): the table names its actors in text and has no actor columns yet.
  /** Per LanePlan source; `{names}` is the list of actors, shown in bold. */
  lanesOffer: Record<'pelaksana' | 'actors' | 'uraian', string>;
  lanesWhere: string;
  /** `{count}` steps with no actor found, `{list}` their numbers. */
  lanesUnmatched: string;
  /** Button that generates the actor columns. */
  generateLanes: string;
  /** `{count}` columns, `{names}` the actors. */
  lanesGenerated: string;
  errLanesStaleTitle: string;
  errLanesStale: string;
  errLanesFailedTitle: string;
  errLanesFailed: string;

  // Data
  dataTitle: string;
  dataHint: string;
  writeDataSheet: string;
  dataSheetWritten: string;
  downloadJson: string;
  downloadBpmn: string;
  /** Issue 15: the review report of the workbook's SOPs, as one HTML file. */
  downloadReport: string;
  /** Issue 15: the flowchart card's preview of what "Gambar flowchart" will draw. */
  flowchartPreview: string;
  flowchartPreviewHint: string;

  // Settings
  language: string;
  languageAuto: string;
  calendarTitle: string;
  minutesPerDay: string;
  daysPerWeek: string;
  daysPerMonth: string;
  rulesTitle: string;
  rulesHint: string;
  resetSettings: string;

  // Errors: title and what to do
  errNoSopTitle: string;
  errNoSop: string;
  errProtectedTitle: string;
  errProtected: string;
  errNoShapesTitle: string;
  errNoShapes: string;
  errUnreadableTitle: string;
  errUnreadable: string;
  errStaleTitle: string;
  errStale: string;
  errFailedTitle: string;
  errFailed: string;
  dismiss: string;
  /** The review report's name for the workbook when it has no file name (Excel mode). */
  thisWorkbook: string;
}

export const strings: Record<Lang, Strings> = {
  id: {
    appName: 'Alur SOP',
    tagline: 'Periksa, hitung waktu, dan gambar diagram alir SOP AP dengan satu klik.',
    openFile: 'Buka berkas .xlsx',
    openOtherFile: 'Buka berkas lain',
    fileModeTitle: 'Mode berkas',
    fileModeHint:
      'Tanpa Excel terbaru? Buka berkas SOP (.xlsx atau .xlsm) di sini untuk memeriksa dan menggambar alurnya.',
    fileChosen: 'Berkas dipilih: {name}',
    fileOpening: 'Membuka berkas…',
    excelModeTitle: 'Terhubung ke Excel',
    privacyNote: 'Berkas tidak dikirim ke mana pun: semuanya diolah di perangkat Anda.',
    footer: 'Format SOP AP · PermenPAN-RB No. 35 Tahun 2012',

    check: 'Periksa SOP',
    draw: 'Gambar flowchart',
    remove: 'Hapus flowchart',
    fix: 'Perbaiki',
    download: 'Unduh berkas',

    checkHint: 'Membaca tabel SOP, menjumlahkan Mutu Baku, dan mencari kesalahan.',
    allSheets: 'Periksa semua lembar',
    settings: 'Pengaturan',
    close: 'Tutup',

    summaryTitle: 'Ringkasan',
    pickSop: 'Pilih SOP',
    unnamedSop: 'SOP tanpa nama',
    sopWhere: 'Lembar {sheet} · {range}',
    steps: 'Langkah',
    actors: 'Pelaksana',
    totalTime: 'Total waktu',
    stepsWithoutTime: '{count} langkah tanpa waktu terbaca: {list}',
    timePerActor: 'Waktu per pelaksana',
    timePerActorNote: 'Langkah bersama dihitung penuh untuk tiap pelaksana.',
    noTime: 'Belum ada waktu yang terbaca.',

    findings: 'Temuan',
    noFindings: 'Tidak ada temuan. SOP ini rapi.',
    severity: severityLabels('id'),
    goToCell: 'Buka sel {cell}',
    fixAll: 'Perbaiki semua',
    fixAllTitle: 'Perubahan yang akan diterapkan',
    fixAllHint: '{count} sel akan diubah. Periksa dulu daftarnya, lalu terapkan.',
    fixAllApply: 'Terapkan {count} perbaikan',
    fixAllCancel: 'Batal',
    fixCell: 'Sel',
    fixFrom: 'Semula',
    fixTo: 'Menjadi',
    cellsOf: 'Sel temuan ini ({count})',
    highlightOnSheet: 'Tandai di lembar',
    clearHighlights: 'Hapus tanda',
    fixedCount: '{applied} perbaikan diterapkan, lalu diperiksa ulang.',
    fixedStale: '{stale} sel sudah berubah sejak pemeriksaan dan dilewati.',
    highlightedCount: '{count} sel ditandai di lembar.',
    clearedCount: '{count} tanda dihapus.',

    flowchartTitle: 'Diagram alir',
    flowchartHint: 'Simbol digambar di kolom pelaksana. Bentuk buatan Anda sendiri tidak disentuh.',
    markersOnlyHint:
      'Excel ini belum bisa menggambar bentuk (perlu ExcelApi 1.9), jadi simbol ditulis sebagai penanda di sel kolom pelaksana.',
    drawing: 'Menggambar flowchart…',
    drawnResult: '{shapes} simbol, {connectors} penghubung digambar.',
    drawnMarkers: 'Excel ini belum bisa menggambar bentuk, jadi simbol ditulis sebagai penanda di sel.',
    markersResult: '{count} penanda simbol ditulis di sel pelaksana.',
    markersNoneWritten: 'Sel pelaksana sudah berisi tanda (√, X atau teks), dan isi sel tidak pernah ditimpa.',
    skippedHandDrawn:
      'Tabel {range} sudah punya flowchart gambar tangan, jadi dibiarkan. Centang “Ganti gambar tangan” untuk menggantinya.',
    skippedNoSteps: 'Tabel {range} tidak punya langkah untuk digambar.',
    skippedUnplaceable:
      'Tabel {range} dibiarkan: bentuk gambar tangan {shapes} tidak berada pada langkah mana pun, jadi menggambar ulang akan menghilangkannya. Pindahkan atau hapus bentuk itu, lalu gambar lagi.',
    removedResult: '{count} bentuk Alur dihapus. Bentuk buatan Anda tetap ada.',
    replaceHandDrawn: 'Ganti gambar tangan',

    lanesOffer: {
      pelaksana: 'Tabel ini belum punya kolom pelaksana. Alur dapat membuatnya dari kolom Pelaksana: {names}.',
      actors:
        'Tabel ini belum punya kolom pelaksana. Alur dapat membuatnya dari pelaksana yang tertulis di tabel: {names}.',
      uraian: 'Tabel ini belum punya kolom pelaksana. Alur dapat membuatnya dari uraian kegiatan: {names}.',
    },
    lanesWhere:
      'Satu kolom per pelaksana disisipkan setelah Uraian, dengan √ di langkahnya; kolom lain bergeser ke kanan.',
    lanesUnmatched: '{count} langkah tanpa pelaksana terbaca ({list}): beri tanda √ sendiri setelahnya.',
    generateLanes: 'Buat kolom pelaksana',
    lanesGenerated: '{count} kolom pelaksana dibuat: {names}. Sekarang gambar flowchart.',
    errLanesStaleTitle: 'Tabel sudah berubah',
    errLanesStale:
      'Klik Periksa SOP untuk membaca tabel lagi. Jika kolom pelaksana sudah ada, langsung gambar flowchart.',
    errLanesFailedTitle: 'Kolom pelaksana tidak dapat dibuat',
    errLanesFailed:
      'Sisipkan sendiri satu kolom per pelaksana setelah Uraian (nama di baris judul, √ di tiap langkahnya), lalu periksa ulang.',

    dataTitle: 'Data terstruktur',
    dataHint: 'Simpan SOP sebagai tabel atau berkas untuk sistem lain.',
    writeDataSheet: 'Buat lembar Data SOP',
    dataSheetWritten: 'Lembar “Data SOP” dibuat.',
    downloadJson: 'Unduh JSON',
    downloadBpmn: 'Unduh BPMN',
    downloadReport: 'Unduh laporan',
    flowchartPreview: 'Pratinjau flowchart',
    flowchartPreviewHint: 'Inilah yang akan digambar oleh “Gambar flowchart”; belum ada yang ditulis ke sheet.',

    language: 'Bahasa',
    languageAuto: 'Ikuti Office',
    calendarTitle: 'Kalender kerja',
    minutesPerDay: 'Menit per hari',
    daysPerWeek: 'Hari per minggu',
    daysPerMonth: 'Hari per bulan',
    rulesTitle: 'Aturan pemeriksaan',
    rulesHint: 'Matikan aturan yang tidak berlaku di instansi Anda.',
    resetSettings: 'Kembalikan bawaan',

    errNoSopTitle: 'Tidak ada tabel SOP',
    errNoSop:
      'Lembar ini tidak memuat tabel SOP (baris judul NO, URAIAN/KEGIATAN, PELAKSANA, MUTU BAKU). Buka lembar SOP, atau centang “Periksa semua lembar”.',
    errProtectedTitle: 'Lembar diproteksi',
    errProtected: 'Tidak ada yang diubah. Buka proteksi lembar (Tinjau › Buka Proteksi Lembar), lalu coba lagi.',
    errNoShapesTitle: 'Excel ini tidak bisa menggambar bentuk',
    errNoShapes:
      'Perbarui Excel, atau buka halaman ini di peramban dan gunakan mode berkas untuk menggambar flowchart.',
    errUnreadableTitle: 'Berkas tidak dapat dibaca',
    errUnreadable:
      'Pastikan berkasnya .xlsx yang tidak rusak dan tanpa kata sandi. Simpan ulang dari Excel sebagai Buku Kerja Excel (.xlsx), lalu buka lagi.',
    errStaleTitle: 'Sel sudah berubah',
    errStale: 'Periksa ulang SOP, lalu coba lagi.',
    errFailedTitle: 'Ada yang tidak berhasil',
    errFailed: 'Coba lagi. Jika terus terjadi, simpan berkas dan buka ulang.',
    dismiss: 'Tutup pesan',
    thisWorkbook: 'Buku kerja ini',
  },
  en: {
    appName: 'Alur SOP',
    tagline: 'Check, time and draw the flowchart of an SOP AP in one click.',
    openFile: 'Open .xlsx file',
    openOtherFile: 'Open another file',
    fileModeTitle: 'File mode',
    fileModeHint: 'No recent Excel? Open an SOP workbook (.xlsx or .xlsm) here to check it and draw its flow.',
    fileChosen: 'Selected file: {name}',
    fileOpening: 'Opening the file…',
    excelModeTitle: 'Connected to Excel',
    privacyNote: 'The file is not sent anywhere: everything runs on your device.',
    footer: 'SOP AP format · PermenPAN-RB No. 35/2012',

    check: 'Check SOP',
    draw: 'Draw flowchart',
    remove: 'Remove flowchart',
    fix: 'Fix',
    download: 'Download file',

    checkHint: 'Reads the SOP table, adds up the Mutu Baku times and looks for mistakes.',
    allSheets: 'Check every sheet',
    settings: 'Settings',
    close: 'Close',

    summaryTitle: 'Summary',
    pickSop: 'Choose an SOP',
    unnamedSop: 'Unnamed SOP',
    sopWhere: 'Sheet {sheet} · {range}',
    steps: 'Steps',
    actors: 'Actors',
    totalTime: 'Total time',
    stepsWithoutTime: '{count} steps without a readable time: {list}',
    timePerActor: 'Time per actor',
    timePerActorNote: 'A shared step counts in full for each actor.',
    noTime: 'No time could be read yet.',

    findings: 'Findings',
    noFindings: 'No findings. This SOP is tidy.',
    severity: severityLabels('en'),
    goToCell: 'Go to cell {cell}',
    fixAll: 'Fix all',
    fixAllTitle: 'Changes to apply',
    fixAllHint: '{count} cells will change. Review the list, then apply.',
    fixAllApply: 'Apply {count} fixes',
    fixAllCancel: 'Cancel',
    fixCell: 'Cell',
    fixFrom: 'From',
    fixTo: 'To',
    cellsOf: 'Cells of this finding ({count})',
    highlightOnSheet: 'Mark on sheet',
    clearHighlights: 'Clear marks',
    fixedCount: '{applied} fixes applied, then checked again.',
    fixedStale: '{stale} cells changed since the check and were skipped.',
    highlightedCount: '{count} cells marked on the sheet.',
    clearedCount: '{count} marks cleared.',

    flowchartTitle: 'Flowchart',
    flowchartHint: 'Symbols are drawn in the actor columns. Your own shapes are left alone.',
    markersOnlyHint:
      'This Excel cannot draw shapes yet (it needs ExcelApi 1.9), so the symbols are written as markers in the actor cells.',
    drawing: 'Drawing the flowchart…',
    drawnResult: '{shapes} symbols, {connectors} connectors drawn.',
    drawnMarkers: 'This Excel cannot draw shapes yet, so the symbols were written as cell markers.',
    markersResult: '{count} symbol markers written in the actor cells.',
    markersNoneWritten: 'The actor cells already hold marks (√, X or text), and Alur never overwrites a cell.',
    skippedHandDrawn:
      'Table {range} already has a hand-drawn flowchart, so it was left alone. Tick “Replace hand-drawn” to replace it.',
    skippedNoSteps: 'Table {range} has no steps to draw.',
    skippedUnplaceable:
      'Table {range} was left alone: the hand-drawn shape(s) {shapes} lie on no step, so redrawing would lose them. Move or delete them, then draw again.',
    removedResult: '{count} Alur shapes removed. Your own shapes are still there.',
    replaceHandDrawn: 'Replace hand-drawn',

    lanesOffer: {
      pelaksana: 'This table has no actor columns yet. Alur can generate them from the Pelaksana column: {names}.',
      actors:
        'This table has no actor columns yet. Alur can generate them from the actors named in the table: {names}.',
      uraian: 'This table has no actor columns yet. Alur can generate them from the step descriptions: {names}.',
    },
    lanesWhere: 'One column per actor goes in after Uraian, with a √ at its steps; the other columns move right.',
    lanesUnmatched: '{count} steps name no actor ({list}): mark them with √ yourself afterwards.',
    generateLanes: 'Generate actor columns',
    lanesGenerated: '{count} actor columns generated: {names}. Now draw the flowchart.',
    errLanesStaleTitle: 'The table has changed',
    errLanesStale:
      'Click Check SOP to read the table again. If it has actor columns now, draw the flowchart straight away.',
    errLanesFailedTitle: 'The actor columns could not be generated',
    errLanesFailed:
      'Insert one column per actor after Uraian yourself (its name in the header row, √ at each of its steps), then check again.',

    dataTitle: 'Structured data',
    dataHint: 'Keep the SOP as a table or a file for other systems.',
    writeDataSheet: 'Create Data SOP sheet',
    dataSheetWritten: 'The “Data SOP” sheet was created.',
    downloadJson: 'Download JSON',
    downloadBpmn: 'Download BPMN',
    downloadReport: 'Download report',
    flowchartPreview: 'Flowchart preview',
    flowchartPreviewHint: 'This is what “Draw flowchart” will draw; nothing has been written to the sheet yet.',

    language: 'Language',
    languageAuto: 'Follow Office',
    calendarTitle: 'Working calendar',
    minutesPerDay: 'Minutes per day',
    daysPerWeek: 'Days per week',
    daysPerMonth: 'Days per month',
    rulesTitle: 'Checks',
    rulesHint: 'Turn off the checks that do not apply in your office.',
    resetSettings: 'Restore defaults',

    errNoSopTitle: 'No SOP table',
    errNoSop:
      'This sheet holds no SOP table (a header row with NO, URAIAN/KEGIATAN, PELAKSANA, MUTU BAKU). Open the SOP sheet, or tick “Check every sheet”.',
    errProtectedTitle: 'The sheet is protected',
    errProtected: 'Nothing was changed. Unprotect the sheet (Review › Unprotect Sheet) and try again.',
    errNoShapesTitle: 'This Excel cannot draw shapes',
    errNoShapes: 'Update Excel, or open this page in a browser and use file mode to draw the flowchart.',
    errUnreadableTitle: 'The file cannot be read',
    errUnreadable:
      'Make sure it is an undamaged .xlsx without a password. Save it again from Excel as an Excel Workbook (.xlsx) and open it again.',
    errStaleTitle: 'The cell has changed',
    errStale: 'Check the SOP again, then retry.',
    errFailedTitle: 'Something did not work',
    errFailed: 'Try again. If it keeps happening, save the file and open it again.',
    dismiss: 'Dismiss',
    thisWorkbook: 'This workbook',
  },
};

/** English when the UI language tag starts with "en" (en-US, en-GB, ...), otherwise Indonesian. */
export function pickLanguage(languageTag: string | undefined): Lang {
  return languageTag?.trim().toLowerCase().startsWith('en') ? 'en' : 'id';
}

/** Fills `{name}`-style placeholders in a string from the dictionary. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
