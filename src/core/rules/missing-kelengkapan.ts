/** missing-kelengkapan: a step with no Kelengkapan (see missing-field-rule.ts). */
import { missingField } from './utils/missing-field-rule';
import { say } from './types';

export const missingKelengkapan = missingField(
  'missing-kelengkapan',
  'kelengkapan',
  { id: 'Kelengkapan', en: 'Kelengkapan' },
  (lang) =>
    say(
      lang,
      'Isi dokumen atau bahan yang diperlukan langkah ini.',
      'Fill in the documents or material the step needs.'
    )
);
