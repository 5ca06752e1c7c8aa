/** `duplicate-nomor`: one Nomor SOP on two SOPs of one office; each SOP needs a number of its own. */
import { say } from '../types';
import { groupBy, placeOf, sopLabel } from '../utils/places';
import type { CrossRule } from './types';

/** The number folded (case, spaces around separators); placeholders (`-`, a bare year) are no number. */
export function nomorKey(nomor: string | null): string | null {
  if (nomor === null) return null;
  const t = nomor
    .toLowerCase()
    .replace(/\s*([/.\-:])\s*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  if (!/[0-9a-z]/.test(t) || /^\d{4}$/.test(t) || /^[.\s…_-]+$/.test(t)) return null;
  return t;
}

export const duplicateNomor: CrossRule = {
  meta: {
    id: 'duplicate-nomor',
    description: {
      id: 'Nomor SOP yang sama dipakai oleh dua SOP atau lebih di satu kantor.',
      en: 'The same Nomor SOP is used by two or more SOPs of one office.',
    },
    defaultSeverity: 'warning',
    docs: 'docs/rules/duplicate-nomor.md',
    fixable: false,
  },
  check({ sops, lang }) {
    return groupBy(sops, (s) => {
      const key = nomorKey(s.sop.identity.nomor);
      return key === null ? null : `${s.office}\u0000${key}`;
    })
      .filter((g) => g.length > 1)
      .map((g) => {
        const list = g.map((s) => sopLabel(s, lang)).join(', ');
        const nomor = g[0].sop.identity.nomor ?? '';
        return {
          message: say(
            lang,
            `Nomor SOP “${nomor}” dipakai oleh ${g.length} SOP: ${list}. Setiap SOP perlu nomor sendiri; perbaiki nomor yang salah.`,
            `Nomor SOP “${nomor}” is used by ${g.length} SOPs: ${list}. Each SOP needs a number of its own; correct the wrong ones.`
          ),
          places: g.map((s) => placeOf(s, s.cells.nomor)),
        };
      });
  },
};
