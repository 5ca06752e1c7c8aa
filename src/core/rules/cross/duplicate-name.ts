/** `duplicate-name`: one SOP name on two SOPs of one office: a copy, or an old version left behind. */
import { say } from '../types';
import { sopNameKey } from '../utils/names';
import { groupBy, placeOf, sopLabel } from '../utils/places';
import type { CrossRule } from './types';

export const duplicateName: CrossRule = {
  meta: {
    id: 'duplicate-name',
    description: {
      id: 'Nama SOP yang sama ada di dua SOP atau lebih di satu kantor: salinan, atau versi lama yang tertinggal.',
      en: 'The same SOP name appears on two or more SOPs of one office: a copy, or an old version left behind.',
    },
    defaultSeverity: 'warning',
    docs: 'docs/rules/duplicate-name.md',
    fixable: false,
  },
  check({ sops, lang }) {
    return groupBy(sops, (s) => {
      const key = sopNameKey(s.sop.name);
      return key === null ? null : `${s.office}\u0000${key}`;
    })
      .filter((g) => g.length > 1)
      .map((g) => {
        const list = g
          .map((s) => `${s.path} (${s.sop.sheet}${s.sop.identity.nomor ? `, ${s.sop.identity.nomor}` : ''})`)
          .join('; ');
        const label = sopLabel(g[0], lang).replace(/ \([^)]*\)$/, '');
        return {
          message: say(
            lang,
            `SOP ${label} ada ${g.length} kali: ${list}. Jika salinan atau versi lama, simpan satu saja; jika SOP berbeda, bedakan namanya.`,
            `SOP ${label} appears ${g.length} times: ${list}. If it is a copy or an old version, keep one; if the SOPs differ, give them different names.`
          ),
          places: g.map((s) => placeOf(s, s.cells.nama)),
        };
      });
  },
};
