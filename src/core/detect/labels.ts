/**
 * The label vocabulary of SOP AP sheets as offices really write it: header labels of the flowchart
 * table and identity labels, with their variants and common misspellings. Everything is compared on
 * `normalizeLabel` text (lower case, no punctuation, folded).
 */
import type { IdentityField } from '../model';
import { normalizeLabel } from '../text';

export type ColumnRole = 'no' | 'uraian' | 'pelaksana' | 'mutuBaku' | 'kelengkapan' | 'waktu' | 'output' | 'keterangan';

/** Exact normalised header labels, by role. */
const HEADER_LABELS: Record<ColumnRole, RegExp> = {
  no: /^(?:no|nomor|no urut|nomor urut)$/,
  uraian:
    /^(?:uraian(?: prosedur| kegiatan| aktivitas| tugas| pekerjaan)?|uraian prosdur|kegiatan|aktivitas|aktifitas|tahapan(?: kegiatan)?|prosedur|langkah(?: kegiatan)?|(?:uraian )?(?:aktivitas|aktifitas|kegiatan) (?:aktivitas|aktifitas|kegiatan))$/,
  pelaksana: /^(?:pelaksana|pelaksanaan|pelaku|pelaksana kegiatan)$/,
  mutuBaku: /^(?:mutu ba[kg]u|mutu buku|mutubaku)$/,
  // "Sumber Data": the Mutu Baku input column of BPS Bengkulu's SOP-012 (Pengumpulan Data Capaian Kinerja).
  kelengkapan:
    /^(?:(?:persyaratan )?(?:kelengkapan|perlengkapan|peralatan|persyaratan)(?: (?:dan|dan or|atau) (?:peralatan|perlengkapan|kelengkapan))?|persyaratan kelengkapan|persyaratan perlengkapan|input|masukan|syarat|sumber data)$/,
  waktu: /^(?:waktu|lama waktu|waktu \w+)$/,
  output: /^(?:output|out put|autput|outpt|keluaran|hasil|output keluaran)$/,
  keterangan: /^(?:keterangan|ket|keterangn|ketarangan)$/,
};

/** Header roles already worked out, by cell text: sheets repeat the same few labels many times. */
const roleMemo = new Map<string, ColumnRole | null>();
const ROLE_MEMO_LIMIT = 5000;

/** The role a header cell's text names, or null. */
export function headerRole(text: string): ColumnRole | null {
  if (text.length > 80) return null;
  const known = roleMemo.get(text);
  if (known !== undefined) return known;
  const role = headerRoleOf(text);
  if (roleMemo.size >= ROLE_MEMO_LIMIT) roleMemo.clear();
  roleMemo.set(text, role);
  return role;
}

function headerRoleOf(text: string): ColumnRole | null {
  const n = normalizeLabel(text);
  if (!n) return null;
  for (const role of Object.keys(HEADER_LABELS) as ColumnRole[]) {
    if (HEADER_LABELS[role].test(n)) return role;
  }
  return null;
}

/** Cheap pre-filter before `headerRole(text) === 'uraian'`, so noise cells are skipped fast. */
export const URAIAN_HINT = /uraian|kegiatan|aktivitas|aktifitas|tahapan|prosedur|prosdur|langkah/i;

/** The unit written in a Waktu header ("Waktu (Jam)" -> "jam"), or null. */
export function waktuUnit(text: string): string | null {
  const m = /\((menit|mnt|jam|hari(?: kerja)?|hk|minggu|bulan)\)/i.exec(text);
  return m ? m[1].toLowerCase() : null;
}

/** Identity labels, by field. Matched against the whole normalised label part of a cell. */
const IDENTITY_LABELS: [IdentityField, RegExp][] = [
  // "NOMOR SOP AP" (BPS Bengkulu's Kearsipan SOPs).
  ['nomor', /^(?:nomor(?: sop(?: ap)?)?|no sop(?: ap)?|nmr sop)$/],
  ['tanggalPembuatan', /^(?:tanggal|tgl) (?:pembuatan|dibuat|buat)$/],
  ['tanggalRevisi', /^(?:tanggal|tgl) (?:revisi|perubahan)$/],
  ['tanggalPengesahan', /^(?:tanggal|tgl) (?:pengesahan|efektif|efektip|disahkan|penetapan|berlaku)$/],
  ['disahkanOleh', /^(?:di ?sahkan|di ?tetapkan|mengesahkan)(?: oleh)?$/],
  ['nama', /^(?:nama|judul)(?: sop)?$/],
  ['dasarHukum', /^dasar hukum$/],
  // "Kualifikasi Pelaksanaan" too (BPS Bengkulu's SOP-012).
  ['kualifikasiPelaksana', /^kua?l[ia]fikasi pelaksana?(?:an)?$/],
  ['keterkaitan', /^keterkaitan(?: (?:dengan )?(?:sop|prosedur lain))?$/],
  [
    'peralatanPerlengkapan',
    /^(?:peralatan (?:dan )?perlengkapan|peralatan|perlengkapan|perlengkapan (?:dan )?peralatan)$/,
  ],
  ['peringatan', /^peringatan$/],
  // "PENCATATAN DAN PENDAFTARAN" too, as some offices' templates write it.
  ['pencatatanPendataan', /^pencatatan (?:dan )?(?:pe[nm]dataan|pendaftaran)$/],
];

/** Cheap test on raw cell text before the identity labels are tried (noise is skipped fast). */
export const IDENTITY_HINT =
  /nom[oe]r|no\.?\s*sop|nmr|tanggal|tgl|sahkan|tetapkan|mengesahkan|nama|judul|dasar|kua?l[ia]fikasi|keterkaitan|peralatan|perlengkapan|peringatan|pencatatan/i;

/** Cheap test on raw text before title, signature and date lines are tried. */
export const LINE_HINT = /standar|sop|nip|mengetahui|menyetujui|ditetapkan|disetujui|\.\.\.|,\s*\d/i;

/**
 * Reads an identity label at the start of a cell: "Nomor SOP : -" -> nomor with inline value "-";
 * "Tanggal Revisi" -> tanggalRevisi with no inline value. The label part is the text before the first
 * ":" (or the whole text); `inline` is the text after that ":" (null when the cell has no ":").
 */
export function identityLabel(plain: string): { field: IdentityField; inline: string | null } | null {
  if (plain.length > 400 || !IDENTITY_HINT.test(plain)) return null;
  const colon = plain.indexOf(':');
  const labelPart = colon >= 0 ? plain.slice(0, colon) : plain;
  if (labelPart.length > 40) return null;
  const n = normalizeLabel(labelPart);
  if (!n) return null;
  for (const [field, re] of IDENTITY_LABELS) {
    if (re.test(n)) return { field, inline: colon >= 0 ? plain.slice(colon + 1).trim() : null };
  }
  return null;
}

/** The heading "STANDAR OPERASIONAL PROSEDUR", also misspelt (`STANDART OPRASIONAL PROSEDURE`, `PROSDUR`). */
const HEADING = String.raw`stand[ae]r[dt]?\s+op[e]?r[a]?s[i]?onal\s+pro[sc]?[e]?dur(?:e)?`;
const HEADING_RE = new RegExp(`^${HEADING}\\b`, 'i');

/** A title line naming the SOP: "SOP : X", "SOP X", "STANDAR OPERASIONAL PROSEDUR (SOP) X". Returns X, or null. */
export function titleName(plain: string): string | null {
  const sop = /^sop\s*:\s*(.+)$/i.exec(plain);
  if (sop) return sop[1].trim();
  // "SOP PENANGANAN PENGADUAN" (issue 13); not "SOP AP", "SOP No. 3" or a bare "SOP 2023".
  const short = /^sop\s+(?!ap\b|no\b|nomor\b)([A-Za-z][^:]{3,})$/i.exec(plain);
  if (short) return short[1].trim();
  const full = new RegExp(
    `^${HEADING}\\s*(?:\\(\\s*sop\\s*\\))?\\s*(?:administrasi pemerintahan)?\\s*[:\\-–]?\\s*(.*)$`,
    'i'
  ).exec(plain);
  if (full && full[1].trim()) return full[1].trim();
  return null;
}

/** The heading alone ("STANDAR OPERASIONAL PROSEDUR (SOP)"), with the name on the line under it. */
export function isBareHeading(plain: string): boolean {
  return HEADING_RE.test(plain) && titleName(plain) === null;
}

/** A line naming the unit rather than the SOP ("DINAS KOMUNIKASI ...", "PEMERINTAH KABUPATEN ..."). */
export function isUnitLine(plain: string): boolean {
  return /^(?:pemerintah|dinas|badan|kantor|sekretariat|kecamatan|kelurahan|desa|bagian|bidang|upt|uptd|inspektorat|satuan|rumah sakit|puskesmas|kementerian|biro|seksi|subbagian|sub bagian)\b/i.test(
    plain
  );
}

/** A line that opens a new SOP (its title), as opposed to text inside one. */
export function isSopTitle(plain: string): boolean {
  return HEADING_RE.test(plain) || /^sop\s*:/i.test(plain);
}

/**
 * A line of a signature block or a place-and-date line: "Paringin, 3 Januari 2023", "NIP. 1972...",
 * "Mengetahui,", "Kepala Dinas ...".
 */
export function isSignatureLine(plain: string): boolean {
  return (
    /^[A-Z][A-Za-z .'-]{2,30},\s*\d{1,2}\s+[A-Za-z]+\s+\d{4}$/.test(plain) ||
    /^nip\.?\s*[:.]?\s*\d/i.test(plain) ||
    /^(?:mengetahui|menyetujui|ditetapkan di|disetujui)\b/i.test(plain) ||
    /^\.{3,}$/.test(plain)
  );
}
