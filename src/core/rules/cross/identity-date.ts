/**
 * `identity-date`: an identity date in the future, or a Tanggal Pembuatan / Tanggal Revisi after the
 * Tanggal Pengesahan (Efektif): the SOP was signed before it was written, or the revision was never
 * signed. Dates are read as offices write them (./dates); a date that cannot be read is left alone.
 */
import type { IdentityTextField } from '../../model';
import { say } from '../types';
import { dayOf, parseIndonesianDate } from '../utils/dates';
import { placeOf, sopLabel } from '../utils/places';
import type { CrossRule, CrossRuleFinding } from './types';

type DateField = Extract<IdentityTextField, 'tanggalPembuatan' | 'tanggalRevisi' | 'tanggalPengesahan'>;

const LABEL: Record<DateField, { id: string; en: string }> = {
  tanggalPembuatan: { id: 'Tanggal Pembuatan', en: 'Tanggal Pembuatan (made)' },
  tanggalRevisi: { id: 'Tanggal Revisi', en: 'Tanggal Revisi (revised)' },
  tanggalPengesahan: { id: 'Tanggal Pengesahan/Efektif', en: 'Tanggal Pengesahan/Efektif (effective)' },
};

export const identityDate: CrossRule = {
  meta: {
    id: 'identity-date',
    description: {
      id: 'Tanggal identitas di masa depan, atau Tanggal Pembuatan/Revisi sesudah Tanggal Pengesahan (Efektif).',
      en: 'An identity date in the future, or a Tanggal Pembuatan/Revisi after the Tanggal Pengesahan (effective date).',
    },
    defaultSeverity: 'warning',
    docs: 'docs/rules/identity-date.md',
    fixable: false,
  },
  check({ sops, lang, today }) {
    const now = dayOf(today);
    const found: CrossRuleFinding[] = [];
    for (const s of sops) {
      const text = (f: DateField) => s.sop.identity[f];
      const read = (f: DateField) => parseIndonesianDate(text(f));
      const effective = read('tanggalPengesahan');
      for (const f of ['tanggalPembuatan', 'tanggalRevisi', 'tanggalPengesahan'] as DateField[]) {
        const d = read(f);
        if (!d) continue;
        const label = say(lang, LABEL[f].id, LABEL[f].en);
        if (d.from > now) {
          found.push({
            message: say(
              lang,
              `${label} ${sopLabel(s, lang)} “${text(f)}” ada di masa depan. Periksa tahunnya.`,
              `${label} of ${sopLabel(s, lang)} “${text(f)}” is in the future. Check the year.`
            ),
            places: [placeOf(s, s.cells[f])],
          });
        } else if (f !== 'tanggalPengesahan' && effective && d.from > effective.to) {
          const eff = text('tanggalPengesahan');
          found.push({
            message: say(
              lang,
              `${label} ${sopLabel(s, lang)} “${text(f)}” sesudah Tanggal Pengesahan/Efektif “${eff}”: SOP disahkan sebelum ${f === 'tanggalRevisi' ? 'direvisi; revisinya perlu disahkan lagi' : 'dibuat'}. Periksa kedua tanggal.`,
              `${label} of ${sopLabel(s, lang)} “${text(f)}” is after the effective date “${eff}”: the SOP was signed before it was ${f === 'tanggalRevisi' ? 'revised; the revision needs signing again' : 'made'}. Check both dates.`
            ),
            places: [placeOf(s, s.cells[f]), placeOf(s, s.cells.tanggalPengesahan)],
          });
        }
      }
    }
    return found;
  },
};
