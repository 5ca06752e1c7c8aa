/**
 * `alur --help` and `alur COMMAND --help`, in Indonesian (default) and English: the help pages of the
 * CLI's catalogue (./messages holds its other words; the pages live here only for their length).
 */
import { pick } from '../core/i18n';
import type { Lang } from '../core/model';
import type { Command } from './args';

const COMMON_ID = `Opsi umum:
  --lang id|en              bahasa pesan (bawaan: id)
  --minutes-per-day N       menit per hari kerja, 1-1440 (bawaan: 450 = 7,5 jam)
  --days-per-week N         hari kerja per minggu, 1-7 (bawaan: 5)
  --days-per-month N        hari kerja per bulan, 1-31 (bawaan: 20)
  --rule ID=off|info|warning|error
                            matikan aturan atau ubah tingkatnya (boleh berulang)
  -h, --help                bantuan ini`;

const COMMON_EN = `Common options:
  --lang id|en              language of messages (default: id)
  --minutes-per-day N       minutes in a working day, 1-1440 (default: 450 = 7.5 hours)
  --days-per-week N         working days in a week, 1-7 (default: 5)
  --days-per-month N        working days in a month, 1-31 (default: 20)
  --rule ID=off|info|warning|error
                            turn a rule off or change its severity (repeatable)
  -h, --help                this help`;

const HELP: Record<Lang, Record<Command | 'main', string>> = {
  id: {
    main: `Alur: membaca, memeriksa, menghitung waktu dan menggambar flowchart SOP AP di berkas Excel.

Pemakaian:
  alur check BERKAS_ATAU_FOLDER... [--json]
  alur draw MASUKAN.xlsx -o KELUARAN.xlsx [--replace] [--lanes]
  alur export MASUKAN.xlsx --format json|bpmn -o KELUARAN
  alur review BERKAS_ATAU_FOLDER... [-o laporan.html] [--json]

Ketik "alur PERINTAH --help" untuk rincian tiap perintah.

${COMMON_ID}`,
    check: `alur check BERKAS_ATAU_FOLDER... [--json]

Mencari setiap tabel SOP di setiap sheet, membacanya, menjumlahkan waktu Mutu Baku, dan melaporkan temuan.
Folder ditelusuri sampai ke subfolder (*.xlsx, *.xlsm); folder tanpa buku kerja adalah kesalahan yang
menyebut berkas yang dilewati dan sebabnya (.xls: simpan sebagai .xlsx dulu).

  --json          cetak hanya laporan JSON (skema: ../shared/contract/report.schema.json)
  -j, --jobs N    jumlah thread kerja untuk banyak berkas (bawaan: sesuai jumlah inti)
  --color, --no-color
                  paksa warna aktif atau mati (bawaan: warna hanya di terminal)

Status keluar: 0 tanpa kesalahan; 1 ada temuan tingkat kesalahan; 2 ada berkas yang tidak dapat dibaca.

${COMMON_ID}`,
    draw: `alur draw MASUKAN.xlsx -o KELUARAN.xlsx [--replace] [--lanes]

Menulis salinan MASUKAN dengan flowchart tergambar di kolom pelaksana setiap SOP: terminator, proses,
keputusan, konektor antarhalaman, dan garis penghubung berpanah. MASUKAN tidak pernah diubah, dan
KELUARAN tidak boleh MASUKAN itu sendiri. Buku kerja bermakro (.xlsm) ditulis sebagai .xlsm, makronya utuh.
SOP yang kolom pelaksananya sudah berisi gambar buatan tangan dibiarkan, kecuali dengan --replace.

  --replace       hapus gambar buatan tangan di sel pelaksana lalu gambar ulang
  --lanes         untuk SOP tanpa kolom pelaksana (pelaksana ditulis sebagai teks di kolom Pelaksana
                  atau di Uraian): sisipkan satu kolom per pelaksana setelah Uraian, beri tanda √ di
                  setiap langkah, lalu gambar flowchart di kolom-kolom itu

Status keluar: 0 tertulis; 2 masukan tidak dapat dibaca, tidak ada yang digambar, KELUARAN = MASUKAN,
atau KELUARAN tidak dapat ditulis (tidak ada berkas setengah jadi yang tertinggal).

${COMMON_ID}`,
    export: `alur export MASUKAN.xlsx --format json|bpmn -o KELUARAN

json: larik "sops" dari laporan. bpmn: BPMN 2.0 dengan satu lane per pelaksana dan tata letak (bpmndi);
jika MASUKAN berisi beberapa SOP, KELUARAN menjadi folder dengan satu berkas per SOP.

Status keluar: 0 tertulis; 2 masukan tidak dapat dibaca, KELUARAN = MASUKAN, atau KELUARAN tidak dapat
ditulis.

${COMMON_ID}`,
    review: `alur review BERKAS_ATAU_FOLDER... [-o LAPORAN.html] [--json]

Memeriksa setiap SOP (seperti check) dan menulis satu laporan HTML mandiri (tanpa internet, siap
dicetak A4 mendatar): ikhtisar per folder kantor dan per SOP, temuan lintas SOP (nomor atau nama ganda,
keterkaitan yang tidak ada, pelaksana yang ditulis berbeda, tanggal yang janggal), lalu per SOP:
identitas, flowchart (SVG), Mutu Baku dengan total waktu, waktu per pelaksana, temuan, dan formulir
monitoring PermenPAN-RB 35/2012 yang sudah terisi langkah-langkahnya.

  -o LAPORAN.html berkas laporan (bawaan: laporan-sop.html di folder saat ini); tidak boleh berkas masukan
  --json          cetak juga laporan JSON (seperti check --json, ditambah "crossFindings")
  -j, --jobs N    jumlah thread kerja untuk banyak berkas (bawaan: sesuai jumlah inti)

--rule juga mengatur temuan lintas SOP: duplicate-nomor, duplicate-name, keterkaitan-not-found,
actor-variants, identity-date (misalnya --rule identity-date=off).

Status keluar: seperti check (0 tanpa kesalahan; 1 ada kesalahan; 2 ada berkas yang tidak dapat dibaca).

${COMMON_ID}`,
  },
  en: {
    main: `Alur: reads, checks, times and draws the flowchart of SOP AP tables in Excel workbooks.

Usage:
  alur check FILE_OR_FOLDER... [--json]
  alur draw IN.xlsx -o OUT.xlsx [--replace] [--lanes]
  alur export IN.xlsx --format json|bpmn -o OUT
  alur review FILE_OR_FOLDER... [-o report.html] [--json]

Type "alur COMMAND --help" for the details of a command.

${COMMON_EN}`,
    check: `alur check FILE_OR_FOLDER... [--json]

Finds every SOP table on every sheet, reads it, adds up the Mutu Baku times and reports findings.
Folders are searched recursively for *.xlsx and *.xlsm; a folder with no workbook is an error that names
the files skipped and why (.xls: save it as .xlsx first).

  --json          print only the JSON report (schema: ../shared/contract/report.schema.json)
  -j, --jobs N    worker threads for many files (default: from the number of cores)
  --color, --no-color
                  force colour on or off (default: colour only on a terminal)

Exit status: 0 no error; 1 at least one finding of severity error; 2 a file could not be read.

${COMMON_EN}`,
    draw: `alur draw IN.xlsx -o OUT.xlsx [--replace] [--lanes]

Writes a copy of IN with the flowchart drawn in the actor columns of every SOP: terminators, processes,
decisions, off-page connectors, and connectors with arrowheads. IN is never modified, and OUT may not
be IN itself. A workbook with macros (.xlsm) is written as .xlsm with its macros intact.
An SOP whose actor cells already hold hand-drawn shapes is left alone, unless --replace is given.

  --replace       remove hand-drawn shapes over the actor cells and draw anyway
  --lanes         for SOPs with no actor columns (actors named in text, in a Pelaksana column or the
                  Uraian): insert one column per actor after Uraian, mark each step with √, then draw
                  the flowchart in those columns

Exit status: 0 written; 2 unreadable input, nothing to draw, OUT = IN, or OUT cannot be written (no half
file is left behind).

${COMMON_EN}`,
    export: `alur export IN.xlsx --format json|bpmn -o OUT

json: the report's "sops" array. bpmn: BPMN 2.0 with one lane per actor and layout (bpmndi); with several
SOPs in IN, OUT is a folder holding one file per SOP.

Exit status: 0 written; 2 unreadable input, OUT = IN, or OUT cannot be written.

${COMMON_EN}`,
    review: `alur review FILE_OR_FOLDER... [-o REPORT.html] [--json]

Checks every SOP (as check does) and writes one self-contained HTML report (no network needed, prints
on A4 landscape): an overview per office folder and per SOP, findings across SOPs (repeated numbers or
names, Keterkaitan naming an SOP not in the set, one actor written several ways, odd dates), then per
SOP: identity, flowchart (SVG), Mutu Baku with the total time, time per actor, findings, and the
PermenPAN-RB 35/2012 monitoring form prefilled with the steps.

  -o REPORT.html  the report file (default: laporan-sop.html in the current folder); never an input file
  --json          also print the JSON report (as check --json, plus "crossFindings")
  -j, --jobs N    worker threads for many files (default: from the number of cores)

--rule also sets the findings across SOPs: duplicate-nomor, duplicate-name, keterkaitan-not-found,
actor-variants, identity-date (e.g. --rule identity-date=off).

Exit status: as check (0 no error; 1 an error finding; 2 a file could not be read).

${COMMON_EN}`,
  },
};

export function helpText(lang: Lang, topic: Command | null): string {
  return pick(HELP, lang)[topic ?? 'main'] + '\n';
}
