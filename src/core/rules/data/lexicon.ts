/**
 * The vocabulary the `typo` rule corrects towards, and the words it must leave alone. Data, not code:
 * extend it from real SOPs. Matching is case-insensitive; fixes take the case of the word found.
 *
 * SOP_VOCABULARY: words of SOP AP titles, header labels, identity labels and the common activity verbs
 * and document names, taken from the five seed SOPs, the BPS Bengkulu corpus and PermenPAN-RB 35/2012.
 * A word near one of these (one edit, or two letters swapped) is reported as its misspelling.
 */
export const SOP_VOCABULARY: readonly string[] = [
  // title and header labels
  'standar', 'operasional', 'prosedur', 'administrasi', 'pemerintahan', 'mutu', 'baku', 'uraian',
  'kegiatan', 'aktivitas', 'tahapan', 'pelaksana', 'kelengkapan', 'persyaratan', 'perlengkapan',
  'peralatan', 'waktu', 'output', 'keluaran', 'keterangan',
  // identity block
  'nomor', 'tanggal', 'pembuatan', 'revisi', 'pengesahan', 'efektif', 'disahkan', 'ditetapkan',
  'judul', 'dasar', 'hukum', 'kualifikasi', 'keterkaitan', 'peringatan', 'pencatatan', 'pendataan',
  // documents and things handled in the seeds
  'draft', 'draf', 'dokumen', 'konsep', 'laporan', 'rencana', 'kinerja', 'tahunan', 'disposisi',
  'klasifikasi', 'kodefikasi', 'formulir', 'format', 'notulen', 'undangan', 'arsip', 'berkas',
  'lampiran', 'anggaran', 'program', 'strategis', 'indikator', 'sasaran', 'target', 'evaluasi',
  'verifikasi', 'validasi', 'perencanaan', 'penyusunan', 'pengendalian', 'pelaporan', 'sekretaris',
  'sekretariat', 'kepala', 'bagian', 'bidang', 'rapat', 'koordinasi', 'penetapan', 'pengarsipan',
  'komputer', 'printer', 'scanner',
  // activity verbs as written in Uraian
  'menyusun', 'membuat', 'mengoreksi', 'koreksi', 'memeriksa', 'mencermati', 'menilai', 'menerima',
  'menyampaikan', 'mengumpulkan', 'mengkompilasi', 'menghimpun', 'mengisi', 'mengundang',
  'melaksanakan', 'memperbaiki', 'menandatangani', 'mengarsipkan', 'menggandakan', 'mendistribusikan',
  'menyimpan', 'memberi', 'memberikan', 'mengajukan', 'menyerahkan', 'mengirim', 'mengirimkan',
  'meneruskan', 'mendisposisikan', 'membukukan', 'memperbaharui', 'mengadakan', 'mengetahui',
  'memahami', 'memiliki',
  // flow markers
  'mulai', 'selesai',
];

/**
 * Misspellings that are only wrong as a phrase: `BUKU` is a real word (the `Buku RKT` of seed 001),
 * but `MUTU BUKU` is always the table header `MUTU BAKU` misspelt.
 */
export const PHRASE_TYPOS: readonly { before: string; wrong: string; right: string }[] = [
  { before: 'mutu', wrong: 'buku', right: 'baku' },
];

/**
 * Correct words (Indonesian, English loan words, proper names, units, acronyms) that sit one edit away
 * from a vocabulary word and must never be "corrected". Each was seen in the seeds or the corpus, or is
 * an obvious neighbour of a vocabulary word (`formal` of format, `penyusun` of menyusun).
 */
export const KNOWN_GOOD: readonly string[] = [
  // seen in the seeds and the corpus
  'buku', 'memuat', 'dapat', 'perawatan', 'penyusutan', 'mengompilasi', 'kodifikasi', 'pendapatan',
  'pemerintah', 'kepada', 'nomer', 'efektip', 'aktifitas',
  // obvious neighbours of vocabulary words (another Indonesian or English word one edit away)
  'formal', 'penyusun', 'menyusul', 'membual', 'member', 'bagan', 'bidan', 'tunggal', 'tanggap',
  'tanggul', 'pasar', 'kasar', 'komuter', 'pointer', 'berkat', 'bekas', 'anggapan', 'penerapan',
  'standard', 'uraikan', 'tahanan', 'tatapan', 'keluarkan', 'pendanaan', 'laporkan', 'bencana',
  'menyimpang', 'mulia', 'programs', 'targets', 'formats', 'drafts', 'outputs', 'printers',
];
