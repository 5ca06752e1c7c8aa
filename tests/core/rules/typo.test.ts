import { describe, expect, it } from 'vitest';
import { loadSpeller } from '../../../src/cli/speller';
import { judgeWord, labelCorrection, typo } from '../../../src/core/rules/typo';
import { applyFix } from '../../../src/core/rules/fix';
import type { TextCell } from '../../../src/core/model';
import { buildDoc, cleanSpec } from './build';

const speller = loadSpeller();

const withTexts = (...texts: [string, string][]) => ({
  ...cleanSpec(),
  texts: texts.map(([cell, text]) => ({ cell, text, role: 'step' as const })),
});

function run(texts: [string, string][], options: { lang?: 'id' | 'en'; dictionary?: boolean; role?: TextCell['role'] } = {}) {
  const doc = buildDoc(withTexts(...texts));
  if (options.role) for (const t of doc.texts) if (texts.some(([c]) => c === t.cell)) t.role = options.role;
  return typo.check({ doc, lang: options.lang ?? 'id', speller: options.dictionary === false ? undefined : speller });
}

describe('typo with the dictionary', () => {
  it.each([
    ['STANDAR OPERASIONAL PROSDUR (SOP)', 'STANDAR OPERASIONAL PROSEDUR (SOP)'],
    ['Tentang Kalsifikasi Kodefikasi', 'Tentang Klasifikasi Kodefikasi'],
    ['mMenyusun Draf RKT', 'Menyusun Draf RKT'],
    ['Pencatatan dan Pemdataan', 'Pencatatan dan Pendataan'],
    ['MUTU BUKU', 'MUTU BAKU'],
    ['Mutu  Buku', 'Mutu  Baku'],
    // ordinary words no list names (issue 14)
    ['Kasubag melaksnakan rapat', 'Kasubag melaksanakan rapat'],
    ['Memeriksa dokumne', 'Memeriksa dokumen'],
    ['Surat pengajaun cuti', 'Surat pengajuan cuti'],
    ['Bagian kepegawaina', 'Bagian kepegawaian'],
    ['Mengoreksii Draf', 'Mengoreksi Draf'],
    ['Penyelengaraan Kearsipan', 'Penyelenggaraan Kearsipan'],
    // planted: insert, delete, replace, swap
    ['Menerima permohonn', 'Menerima permohonan'],
    ['Verifikasi kelengkapam berkas', 'Verifikasi kelengkapan berkas'],
    ['Menyampaikan laproan', 'Menyampaikan laporan'],
  ])('corrects %j to %j, keeping the case and the rest of the cell', (from, to) => {
    const found = run([['A1', from]]);
    expect(found.map((f) => [f.cell, f.fix])).toEqual([['A1', { cell: 'A1', from, to }]]);
  });

  it('never flags correct words: affixed forms, loan words, jargon, reduplication', () => {
    const texts: [string, string][] = [
      ['A1', 'Camat mengerahkan petugas; Sekretaris menyerahkan berkas'],
      ['A2', 'Disposisi surat; Surat Terdisposisi; Dokumen Ditandatangani'],
      ['A3', 'melalui keuangan mendistribusikan dokumen-dokumen dokumennya'],
      ['A4', 'Draft notulen divalidasi, direviu oleh Kasubbag dan Kasubag; renstra satker; arsiparis'],
      ['A5', 'Upload file ke website; scanner, printer; output'],
      ['A6', 'Menyusun Draf RKT dapat dilakukan oleh penyusun'],
      ['A7', 'Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP); SAKIP'],
      ['A8', 'Nomor 800/13/Satpol PP- BLG/2023; dinaskearsipan.balangan@gmail.com; S.Sos.MM.Pub'],
      ['A9', 'masing-masing bidang; di ruang rapat; di bagian umum; di atas meja'],
    ];
    expect(run(texts)).toEqual([]);
  });

  it('leaves a capitalised unknown word in a Title Case name, but still fixes a sure slip there', () => {
    const found = run([
      ['A1', 'Peraturan Badan Siber dan Sandi Negara Nomor 10 Tahun 2019 tentang Persandian'],
      ['A2', 'Peraturan Pemerintah Nomor 51 Tahun 1999 tentang Penyelengaraan Statistik'],
      ['A3', 'Menyusun laporan siber mingguan'],
    ]);
    expect(found.map((f) => [f.cell, f.fix?.to ?? null])).toEqual([
      ['A2', 'Peraturan Pemerintah Nomor 51 Tahun 1999 tentang Penyelenggaraan Statistik'],
      ['A3', null],
    ]);
  });

  it('does not flag the names of the SOP: its organisation lines, signature and Disahkan Oleh', () => {
    const doc = buildDoc(withTexts(['A1', 'KECAMATAN PARINGIN']));
  doc.texts.find((t) => t.cell === 'A1')!.role = 'title';
    doc.texts.push({ cell: 'A2', row: 2, col: 1, text: 'Dikirim ke Paringin dan Rizal', role: 'step' });
    doc.texts.push({ cell: 'A3', row: 3, col: 1, text: 'Ir. Win Rizal, M.E.', role: 'signature' });
    expect(typo.check({ doc, lang: 'id', speller })).toEqual([]);
  });

  it('joins a prefix written apart where the dictionary knows the joined word', () => {
    const found = run([
      ['A1', 'Draft di susun oleh tim'],
      ['A2', 'RKT yang sudah di Tanda tangani'],
      ['A3', 'Rapat di ruang rapat'],
    ]);
    expect(found.map((f) => f.fix)).toEqual([
      { cell: 'A1', from: 'Draft di susun oleh tim', to: 'Draft disusun oleh tim' },
      { cell: 'A2', from: 'RKT yang sudah di Tanda tangani', to: 'RKT yang sudah ditandatangani' },
    ]);
  });

  it('writes the joined prefix in the case of the phrase: Title Case, capitals, or as written', () => {
    const found = run([
      ['A1', 'di Sahkan Oleh'],
      ['A2', 'Di susun oleh tim'],
      ['A3', 'DI SUSUN OLEH TIM'],
      ['A4', 'Dokumen di Susun dan di Arsipkan'],
      ['A5', 'Draft yang di Susun oleh tim'],
    ]);
    expect(found.map((f) => f.fix?.to)).toEqual([
      'Disahkan Oleh',
      'Disusun oleh tim',
      'DISUSUN OLEH TIM',
      // one fix per split prefix, each in the cell's Title Case
      'Dokumen Disusun dan di Arsipkan',
      'Dokumen di Susun dan Diarsipkan',
      'Draft yang disusun oleh tim',
    ]);
  });

  it('corrects a header label even where its first letter is wrong (no names in labels)', () => {
    expect(run([['I44', 'Autput']], { role: 'header' }).map((f) => f.fix?.to)).toEqual(['Output']);
    expect(run([['I44', 'Autput']], { role: 'step' })).toEqual([]);
  });

  it('finds a word written twice, and a reduplication written without its hyphen', () => {
    const found = run([
      ['A1', 'Pembuatan Pembuatan SOP'],
      ['A2', 'dari masing masing bidang'],
    ]);
    expect(found.map((f) => f.fix?.to)).toEqual(['Pembuatan SOP', 'dari masing-masing bidang']);
  });

  it('reports a word with several equally close candidates without a fix, as a warning', () => {
    const found = run([['A1', 'hasil pemeriksaan keungan']]);
    expect(found).toEqual([
      {
        cell: 'A1',
        severity: 'warning',
        message:
          'Kata “keungan” tidak ada di kamus; mungkin salah ketik (“kepungan” atau “keuangan”?). Periksa kata itu di sel A1.',
      },
    ]);
  });

  it('offers no fix where another known word is as close, however likely the slip (issue 14)', () => {
    // fiskal is the likelier slip (k beside i), but fisika is one edit away too.
    expect(judgeWord('fisikal', speller)).toEqual({ unsure: ['fiskal', 'fisika', 'fisikah'] });
    expect(judgeWord('laporran', speller)).toEqual({ unsure: ['laporan', 'laporkan'] });
    expect(judgeWord('Mendistribusiakn', speller)).toEqual({ unsure: ['mendistribusikan', 'mendistribusian'] });
    // An English word competes too (alcohol beside alkohol)...
    expect(judgeWord('alvohol', speller)).toEqual({ unsure: ['alkohol'] });
    // ...unless the one Indonesian candidate is the SOP's own vocabulary: draft (jargon), not daft.
    expect(judgeWord('DTAFT', speller)).toEqual({ fix: 'draft' });
    // A form only the affix reading knows is no rival (pemataan, pembataan): one dictionary word is close.
    expect(judgeWord('Pemdataan', speller)).toEqual({ fix: 'pendataan' });
    const found = run([['A1', 'hasil fisikal dan logical']]);
    expect(found.map((f) => [f.severity, f.fix])).toEqual([['warning', undefined]]);
  });

  it('fixes a long word two edits away only when one known word is that close and none closer', () => {
    expect(judgeWord('penyelengarran', speller)).toEqual({ fix: 'penyelenggaraan' });
    // several words two edits away (melaksanakan, melakonkan): not even reported
    expect(judgeWord('melaksnkaan', speller)).toBeNull();
    // a correct word the dictionary lacks is not turned into a far one
    expect(judgeWord('kolaboratif', speller)).toBeNull();
    // shorter than nine letters: one edit only
    expect(judgeWord('dokmnen', speller)).toBeNull();
  });

  it('judges words one by one: known, sure, unsure, too short', () => {
    expect(judgeWord('terdisposisi', speller)).toBeNull();
    expect(judgeWord('dokumne', speller)).toEqual({ fix: 'dokumen' });
    expect(judgeWord('tida', speller)).toBeNull();
    expect(judgeWord('SAKIT', speller)).toBeNull();
    expect(judgeWord('RPJMD', speller)).toBeNull();
  });

  it('reports each misspelt word of a cell separately, each fix changing only its word', () => {
    const found = run([['A1', 'Kalsifikasi dan PROSDUR']]);
    expect(found.map((f) => f.fix?.to)).toEqual(['Klasifikasi dan PROSDUR', 'Kalsifikasi dan PROSEDUR']);
  });

  it('keeps markup around the word, so the markup rule can fix it separately', () => {
    const [f] = run([['C17', '<b>Pencatatan dan Pemdataan</b>']]);
    expect(f.fix?.to).toBe('<b>Pencatatan dan Pendataan</b>');
  });

  it('its fix applied and checked again leaves nothing to report', () => {
    const doc = buildDoc(withTexts(['A1', 'Kasubag melaksnakan rapat']));
    const [f] = typo.check({ doc, lang: 'id', speller });
    doc.texts.find((t) => t.cell === 'A1')!.text = applyFix('Kasubag melaksnakan rapat', f.fix!)!;
    expect(typo.check({ doc, lang: 'id', speller })).toEqual([]);
  });

  it('speaks English when asked', () => {
    const [f] = run([['A1', 'PROSDUR']], { lang: 'en' });
    expect(f.message).toMatch(/^Typo “PROSDUR”: should be “PROSEDUR”/);
  });
});

describe('typo without a dictionary', () => {
  it('corrects the labels of the SOP AP format in label cells only', () => {
    const found = run(
      [
        ['A1', 'STANDAR OPERASIONAL PROSDUR'],
        ['A2', 'Pencatatan dan Pemdataan'],
        ['A3', 'MUTU BUKU'],
      ],
      { dictionary: false, role: 'header' }
    );
    expect(found.map((f) => f.fix?.to)).toEqual(['STANDAR OPERASIONAL PROSEDUR', 'Pencatatan dan Pendataan', 'MUTU BAKU']);
    expect(run([['A1', 'DTAFT melaksnakan']], { dictionary: false, role: 'step' })).toEqual([]);
  });

  it('leaves real words near a label alone', () => {
    expect(labelCorrection('Nomer')).toBeNull();
    expect(labelCorrection('Autput')).toBe('output');
  });
});
