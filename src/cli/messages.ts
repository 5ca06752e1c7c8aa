/**
 * The command line's words and sentences, Indonesian first, English second: the CLI's one catalogue
 * (the rule for every layer is in src/core/i18n.ts). Both languages define every key, the type enforces
 * it; a sentence with data in it is a function of that data. Read it with `messages(lang)`; no command
 * chooses a language itself. The help pages, long and one per command, are the same kind of catalogue
 * in ./help.ts (apart only to keep files short).
 */
import { pick } from '../core/i18n';
import type { Lang, Severity } from '../core/model';
import { SEVERITY_WORDS } from '../core/rules/severity';
import type { SkipReason } from '../xlsx/files';

/** "1 step", "2 steps": English needs the plural; Indonesian does not change the word. */
export function plural(n: number, one: string, many: string = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export interface CliMessages {
  /** `alur check`'s readable report (./format) and the progress bar's unit (./progress). */
  report: Record<Severity, string> & {
    steps: string;
    actors: string;
    total: string;
    noSop: string;
    noFindings: string;
    unnamed: string;
    withoutTime: string;
    summary: string;
    files: string;
    sops: string;
    file: string;
  };
  /** Mistakes on the command line (./args), and the hint after each (./main). */
  usage: {
    tryHelp: string;
    badLang: (value: string) => string;
    unknownCommand: (command: string, names: string) => string;
    needsPaths: (command: string) => string;
    needsOneInput: (command: string) => string;
    needsOutput: (command: string) => string;
    needsOutputName: (command: string) => string;
    needsFormat: string;
    /** `problem` is the calendar problem's text, already in this language. */
    badCalendar: (flag: string, text: string, problem: string, max: number) => string;
    ruleSyntax: (value: string) => string;
    unknownRule: (value: string, id: string, known: string) => string;
    badLevel: (value: string, levels: string, level: string) => string;
    notPositive: (flag: string, text: string) => string;
    unknownOption: (name: string) => string;
    needsValue: (name: string) => string;
    takesNoValue: (name: string) => string;
    unexpectedArgument: (word: string) => string;
  };
  /** A file or folder that cannot be checked, as the report's `error.message` (./check-file, ./pool). */
  file: {
    notFound: string;
    permission: string;
    isFolder: string;
    unreadable: (detail: string) => string;
    lockFile: string;
    /** A folder without workbooks: empty, or with the files skipped grouped by reason. */
    noWorkbookEmpty: string;
    noWorkbookSkipped: (skipped: number, groups: string[]) => string;
    skipReason: Record<SkipReason, string>;
    /** `shown`, the first names, and how many more there are. */
    andMore: (shown: string, more: number) => string;
    workerStopped: (detail: string) => string;
  };
  /** What the commands that write say about their output (./io, ./draw, ./export). */
  output: {
    replacesInput: (output: string, input: string) => string;
    /** `why` is one of `whyNot`'s sentences. */
    cannotWrite: (path: string, why: string) => string;
    whyNot: {
      noFolder: (folder: string) => string;
      isFolder: (path: string) => string;
      notFolder: (path: string) => string;
      permission: (folder: string) => string;
      readOnly: (folder: string) => string;
      diskFull: string;
      nameTooLong: string;
      refused: (detail: string) => string;
    };
    needsXlsm: (output: string) => string;
    needsXlsx: (output: string) => string;
    noSop: (path: string) => string;
  };
  /** `alur draw` (./draw). */
  draw: {
    summary: (sops: number, symbols: number, connectors: number, skipped: number) => string;
    drawn: (label: string, notes: number, lanesHint: boolean) => string;
    handDrawn: (label: string) => string;
    unplaceable: (label: string, shapes: string) => string;
    noColumns: (label: string) => string;
    noSteps: (label: string) => string;
    lanesInserted: (table: string, names: string[], withoutActor: number) => string;
    nothing: string;
    wrote: (path: string) => string;
  };
  /** `alur export` (./export). */
  export: {
    wroteJson: (sops: number, path: string) => string;
    wroteBpmn: (path: string) => string;
    wroteBpmnFolder: (files: number, path: string) => string;
  };
  /** `alur review` (./review). */
  review: {
    written: (path: string) => string;
    summary: (
      c: { files: number; sops: number; errors: number; warnings: number; infos: number; across: number },
      path: string,
      kb: string
    ) => string;
  };
}

const ID: CliMessages = {
  report: {
    ...SEVERITY_WORDS.id,
    steps: 'langkah',
    actors: 'pelaksana',
    total: 'Total waktu',
    noSop: 'tidak ada tabel SOP yang ditemukan',
    noFindings: 'tidak ada temuan',
    unnamed: '(tanpa nama)',
    withoutTime: 'tanpa waktu',
    summary: 'Ringkasan',
    files: 'berkas',
    sops: 'SOP',
    file: 'Berkas',
  },
  usage: {
    tryHelp: 'Coba "alur --help".',
    badLang: (value) => `--lang harus id atau en, bukan "${value}"`,
    unknownCommand: (command, names) => `perintah "${command}" tidak dikenal (pakai ${names})`,
    needsPaths: (command) => `${command} memerlukan minimal satu berkas .xlsx atau folder`,
    needsOneInput: (command) => `${command} memerlukan tepat satu buku kerja masukan (.xlsx atau .xlsm)`,
    needsOutput: (command) => `${command} memerlukan -o KELUARAN`,
    needsOutputName: (command) => `${command}: -o memerlukan nama berkas`,
    needsFormat: 'export memerlukan --format json atau --format bpmn',
    badCalendar: (flag, text, problem, max) => `--${flag} ${text}: ${problem} (boleh: 1 sampai ${max})`,
    ruleSyntax: (value) => `--rule ${value}: tulis ID=TINGKAT, misalnya --rule typo=off`,
    unknownRule: (value, id, known) => `--rule ${value}: tidak ada aturan "${id}"; aturan yang ada: ${known}`,
    badLevel: (value, levels, level) => `--rule ${value}: tingkatnya harus salah satu dari ${levels}, bukan "${level}"`,
    notPositive: (flag, text) => `${flag} harus bilangan bulat 1 atau lebih, bukan "${text}"`,
    unknownOption: (name) => `opsi ${name} tidak dikenal`,
    needsValue: (name) => `opsi ${name} memerlukan nilai`,
    takesNoValue: (name) => `opsi ${name} tidak menerima nilai`,
    unexpectedArgument: (word) => `argumen "${word}" tidak diharapkan`,
  },
  file: {
    notFound: 'Berkas atau folder tidak ada.',
    permission: 'Akses ditolak: berkas tidak dapat dibuka.',
    isFolder: 'Ini folder, bukan berkas.',
    unreadable: (detail) => `Berkas tidak dapat dibaca (${detail}).`,
    lockFile:
      'Ini berkas kunci yang dibuat Excel di samping buku kerja yang sedang dibuka ("~$..."), bukan buku kerja. Periksa buku kerjanya sendiri (nama yang sama tanpa "~$").',
    noWorkbookEmpty: 'Tidak ada buku kerja .xlsx atau .xlsm di folder ini: folder ini kosong.',
    noWorkbookSkipped: (skipped, groups) =>
      `Tidak ada buku kerja .xlsx atau .xlsm di folder ini; ${skipped} berkas dilewati: ${groups.join('; ')}.`,
    skipReason: {
      xls: 'format Excel lama: buka di Excel lalu simpan sebagai .xlsx dulu',
      spreadsheet: 'format lembar kerja lain: buka di Excel lalu simpan sebagai .xlsx',
      lock: 'berkas kunci Excel dari buku kerja yang sedang dibuka',
      other: 'bukan buku kerja Excel',
    },
    andMore: (shown, more) => `${shown} dan ${more} lainnya`,
    workerStopped: (detail) =>
      `Pemeriksaan berkas ini menghentikan proses pekerjanya (${detail}); berkas mungkin terlalu besar atau rusak.`,
  },
  output: {
    replacesInput: (output, input) =>
      `alur: keluaran ${output} adalah berkas masukan ${input}: tidak ada yang ditulis (masukan tidak pernah diubah; beri nama berkas lain dengan -o).\n`,
    cannotWrite: (path, why) => `alur: tidak dapat menulis ${path}: ${why} Tidak ada yang ditulis.\n`,
    whyNot: {
      noFolder: (folder) => `folder ${folder} tidak ada. Buat dulu folder itu, atau pilih tempat lain.`,
      isFolder: (path) => `${path} adalah folder. Beri nama berkas yang akan ditulis.`,
      notFolder: (path) => `sebagian jalur ${path} adalah berkas, bukan folder.`,
      permission: (folder) =>
        `akses ditolak: Anda tidak boleh menulis di ${folder}. Pilih folder yang dapat Anda tulisi.`,
      readOnly: (folder) => `${folder} berada di disk yang hanya bisa dibaca. Pilih tempat lain.`,
      diskFull: 'disk penuh. Kosongkan sebagian ruang lalu coba lagi.',
      nameTooLong: 'namanya terlalu panjang. Pilih nama yang lebih pendek.',
      refused: (detail) => `sistem menolak (${detail}).`,
    },
    needsXlsm: (output) =>
      `alur: masukan berisi makro, jadi keluaran harus berkas .xlsm (makronya tetap disimpan), bukan ${output}. Tidak ada yang ditulis.\n`,
    needsXlsx: (output) =>
      `alur: masukan tidak berisi makro, jadi keluaran harus berkas .xlsx, bukan ${output} (Excel tidak membuka buku kerja tanpa makro yang bernama .xlsm). Tidak ada yang ditulis.\n`,
    noSop: (path) => `alur: ${path}: tidak ada tabel SOP di lembar mana pun.\n`,
  },
  draw: {
    summary: (sops, symbols, connectors, skipped) =>
      `Flowchart digambar: ${sops} SOP, ${symbols} simbol, ${connectors} konektor; dilewati: ${skipped}\n`,
    drawn: (label, notes, lanesHint) =>
      `  digambar ${label}${notes > 0 ? `, ${notes} catatan` : ''}` +
      (lanesHint ? ': tidak ada kolom pelaksana: pakai --lanes untuk membuatnya' : ''),
    handDrawn: (label) =>
      `  dilewati ${label}: sel pelaksananya sudah berisi flowchart gambar tangan (pakai --replace untuk menggambar ulang)`,
    unplaceable: (label, shapes) =>
      `  dilewati ${label}: bentuk gambar tangan ${shapes} tidak berada pada langkah mana pun, jadi menggambar ulang akan menghilangkannya: pindahkan atau hapus, lalu gambar lagi`,
    noColumns: (label) => `  dilewati ${label}: tidak ada kolom pelaksana: pakai --lanes untuk membuatnya`,
    noSteps: (label) => `  dilewati ${label}: tidak ada langkah berpelaksana untuk digambar`,
    lanesInserted: (table, names, withoutActor) =>
      `  kolom    ${table}: ${names.length} kolom pelaksana disisipkan (${names.join(', ')})` +
      `${withoutActor > 0 ? `; ${withoutActor} langkah tanpa pelaksana` : ''}\n`,
    nothing: 'alur: tidak ada yang digambar; tidak ada berkas ditulis.\n',
    wrote: (path) => `Ditulis ke ${path}\n`,
  },
  export: {
    wroteJson: (sops, path) => `${sops} SOP ditulis sebagai JSON ke ${path}\n`,
    wroteBpmn: (path) => `BPMN ditulis ke ${path}\n`,
    wroteBpmnFolder: (files, path) => `${files} berkas BPMN ditulis ke folder ${path}:\n`,
  },
  review: {
    written: (path) => `Laporan ditulis ke ${path}\n`,
    summary: (c, path, kb) =>
      `Ditinjau ${c.files} berkas, ${c.sops} SOP: ${c.errors} kesalahan, ${c.warnings} peringatan, ${c.infos} info; ${c.across} temuan lintas SOP.\nLaporan ditulis ke ${path} (${kb} KB)\n`,
  },
};

const EN: CliMessages = {
  report: {
    ...SEVERITY_WORDS.en,
    steps: 'steps',
    actors: 'actors',
    total: 'Total time',
    noSop: 'no SOP table found',
    noFindings: 'no findings',
    unnamed: '(unnamed)',
    withoutTime: 'without time',
    summary: 'Summary',
    files: 'files',
    sops: 'SOPs',
    file: 'File',
  },
  usage: {
    tryHelp: 'Try "alur --help".',
    badLang: (value) => `--lang must be id or en, not "${value}"`,
    unknownCommand: (command, names) => `unknown command "${command}" (use ${names})`,
    needsPaths: (command) => `${command} needs at least one .xlsx file or folder`,
    needsOneInput: (command) => `${command} needs exactly one input workbook (.xlsx or .xlsm)`,
    needsOutput: (command) => `${command} needs -o OUT`,
    needsOutputName: (command) => `${command}: -o needs a file name`,
    needsFormat: 'export needs --format json or --format bpmn',
    badCalendar: (flag, text, problem, max) => `--${flag} ${text}: ${problem} (allowed: 1 to ${max})`,
    ruleSyntax: (value) => `--rule ${value}: write ID=LEVEL, e.g. --rule typo=off`,
    unknownRule: (value, id, known) => `--rule ${value}: there is no rule "${id}"; the rules are: ${known}`,
    badLevel: (value, levels, level) => `--rule ${value}: the level must be one of ${levels}, not "${level}"`,
    notPositive: (flag, text) => `${flag} must be a whole number of 1 or more, not "${text}"`,
    unknownOption: (name) => `unknown option ${name}`,
    needsValue: (name) => `option ${name} needs a value`,
    takesNoValue: (name) => `option ${name} takes no value`,
    unexpectedArgument: (word) => `unexpected argument "${word}"`,
  },
  file: {
    notFound: 'No such file or folder.',
    permission: 'Permission denied: the file cannot be opened.',
    isFolder: 'This is a folder, not a file.',
    unreadable: (detail) => `The file cannot be read (${detail}).`,
    lockFile:
      'This is a lock file Excel keeps beside an open workbook ("~$..."), not a workbook. Check the workbook itself (the same name without "~$").',
    noWorkbookEmpty: 'No .xlsx or .xlsm workbook in this folder: it is empty.',
    noWorkbookSkipped: (skipped, groups) =>
      `No .xlsx or .xlsm workbook in this folder; ${plural(skipped, 'file')} skipped: ${groups.join('; ')}.`,
    skipReason: {
      xls: 'the old Excel format: open it in Excel and save it as .xlsx first',
      spreadsheet: 'another spreadsheet format: open it in Excel and save it as .xlsx',
      lock: 'Excel lock files of open workbooks',
      other: 'not Excel workbooks',
    },
    andMore: (shown, more) => `${shown} and ${more} more`,
    workerStopped: (detail) =>
      `Checking this file stopped its worker (${detail}); the file may be too large or damaged.`,
  },
  output: {
    replacesInput: (output, input) =>
      `alur: the output ${output} is the input file ${input}: nothing written (the input is never modified; name another file with -o).\n`,
    cannotWrite: (path, why) => `alur: cannot write ${path}: ${why} Nothing was written.\n`,
    whyNot: {
      noFolder: (folder) => `the folder ${folder} does not exist. Create it first, or choose another place.`,
      isFolder: (path) => `${path} is a folder. Give the name of a file to write.`,
      notFolder: (path) => `part of the path ${path} is a file, not a folder.`,
      permission: (folder) => `permission denied: you may not write in ${folder}. Choose a folder you can write to.`,
      readOnly: (folder) => `${folder} is on a read-only disk. Choose another place.`,
      diskFull: 'the disk is full. Free some space and try again.',
      nameTooLong: 'the name is too long. Choose a shorter one.',
      refused: (detail) => `the system refused (${detail}).`,
    },
    needsXlsm: (output) =>
      `alur: the input holds macros, so the output must be an .xlsm file (the macros are kept), not ${output}. Nothing written.\n`,
    needsXlsx: (output) =>
      `alur: the input holds no macros, so the output must be an .xlsx file, not ${output} (Excel does not open a workbook without macros named .xlsm). Nothing written.\n`,
    noSop: (path) => `alur: ${path}: no SOP table found on any sheet.\n`,
  },
  draw: {
    summary: (sops, symbols, connectors, skipped) =>
      `Flowcharts drawn: ${plural(sops, 'SOP')}, ${plural(symbols, 'symbol')}, ${plural(connectors, 'connector')}; skipped: ${skipped}\n`,
    drawn: (label, notes, lanesHint) =>
      `  drawn    ${label}${notes > 0 ? `, ${plural(notes, 'note')}` : ''}` +
      (lanesHint ? ': no actor columns: use --lanes to generate them' : ''),
    handDrawn: (label) =>
      `  skipped  ${label}: its actor cells already hold a hand-drawn flowchart (use --replace to redraw it)`,
    unplaceable: (label, shapes) =>
      `  skipped  ${label}: the hand-drawn shape(s) ${shapes} lie on no step, so redrawing would lose them: move or delete them, then draw again`,
    noColumns: (label) => `  skipped  ${label}: no actor columns: use --lanes to generate them`,
    noSteps: (label) => `  skipped  ${label}: no step with an actor to draw`,
    lanesInserted: (table, names, withoutActor) =>
      `  lanes    ${table}: ${plural(names.length, 'actor column')} inserted (${names.join(', ')})` +
      `${withoutActor > 0 ? `; ${plural(withoutActor, 'step')} without an actor` : ''}\n`,
    nothing: 'alur: nothing to draw; no file written.\n',
    wrote: (path) => `Wrote ${path}\n`,
  },
  export: {
    wroteJson: (sops, path) => `Wrote ${plural(sops, 'SOP')} as JSON to ${path}\n`,
    wroteBpmn: (path) => `Wrote BPMN to ${path}\n`,
    wroteBpmnFolder: (files, path) => `Wrote ${plural(files, 'BPMN file')} to the folder ${path}:\n`,
  },
  review: {
    written: (path) => `Report written to ${path}\n`,
    summary: (c, path, kb) =>
      `Reviewed ${c.files} file(s), ${c.sops} SOP(s): ${c.errors} error(s), ${c.warnings} warning(s), ${c.infos} info; ${c.across} finding(s) across SOPs.\nReport written to ${path} (${kb} KB)\n`,
  },
};

/** Both languages' catalogues (the test that every sentence is written in both reads them all). */
export const CLI_MESSAGES: Record<Lang, CliMessages> = { id: ID, en: EN };

/** The catalogue in `lang` (Indonesian unless English is asked for). */
export function messages(lang: Lang | undefined): CliMessages {
  return pick(CLI_MESSAGES, lang);
}
