/** missing-output: a step with no Output (see missing-field-rule.ts). */
import { missingField } from './utils/missing-field-rule';
import { say } from './types';

export const missingOutput = missingField('missing-output', 'output', { id: 'Output', en: 'Output' }, (lang) =>
  say(lang, 'Isi hasil yang diserahkan langkah ini.', 'Fill in what the step hands on.')
);
