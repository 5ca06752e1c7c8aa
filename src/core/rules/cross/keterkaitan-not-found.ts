/**
 * `keterkaitan-not-found`: a Keterkaitan item naming an SOP that is not in the set reviewed. Only
 * information: the SOP may belong to another office, or simply not be in this folder.
 */
import { say } from '../types';
import { namesMatch } from '../utils/names';
import { placeOf } from '../utils/places';
import type { CrossRule, CrossRuleFinding } from './types';

/** Items that name no SOP: empty, `-`, "tidak ada". */
const NOTHING = /^(?:[-–—.\s]*|tidak ada|none|nihil)$/i;

export const keterkaitanNotFound: CrossRule = {
  meta: {
    id: 'keterkaitan-not-found',
    description: {
      id: 'Keterkaitan menyebut SOP yang tidak ada di antara SOP yang diperiksa.',
      en: 'A Keterkaitan item names an SOP that is not among the SOPs reviewed.',
    },
    defaultSeverity: 'info',
    docs: 'docs/rules/keterkaitan-not-found.md',
    fixable: false,
  },
  check({ sops, lang }) {
    const names = sops.flatMap((s) => (s.sop.name ? [s.sop.name] : []));
    const found: CrossRuleFinding[] = [];
    for (const s of sops) {
      for (const item of s.sop.identity.keterkaitan) {
        if (NOTHING.test(item.trim())) continue;
        if (names.some((n) => namesMatch(item, n))) continue;
        found.push({
          message: say(
            lang,
            `Keterkaitan “${item}” tidak ditemukan di sini: tidak ada SOP bernama itu di antara ${sops.length} SOP yang diperiksa (mungkin milik kantor lain).`,
            `Keterkaitan “${item}” is not found here: no SOP of that name among the ${sops.length} SOP(s) reviewed (it may belong to another office).`
          ),
          places: [placeOf(s, s.cells.keterkaitan)],
        });
      }
    }
    return found;
  },
};
