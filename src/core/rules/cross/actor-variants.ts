/**
 * `actor-variants`: one actor written several ways across an office's SOPs (`Kasubag Perencanaan`,
 * `Kasubbag Perencanaan`, `Kepala Sub Bagian Perencanaan`). Lanes that should be one person's drift
 * apart in reports and BPMN; the most used form is suggested and the other forms' cells are named.
 */
import { say } from '../types';
import { actorTitleKey } from '../utils/names';
import { groupBy, placeOf, words } from '../utils/places';
import type { CrossRule, CrossRuleFinding, CrossSop } from './types';

interface Use {
  sop: CrossSop;
  written: string;
  cell: string;
}

export const actorVariants: CrossRule = {
  meta: {
    id: 'actor-variants',
    description: {
      id: 'Satu pelaksana ditulis dengan beberapa cara di SOP-SOP satu kantor; bentuk yang paling sering dipakai disarankan.',
      en: 'One actor is written several ways across the SOPs of one office; the most used form is suggested.',
    },
    defaultSeverity: 'warning',
    docs: 'docs/rules/actor-variants.md',
    fixable: false,
  },
  check({ sops, lang }) {
    const uses: Use[] = sops.flatMap((sop) =>
      sop.cells.actors.map((a) => ({ sop, written: a.name.replace(/\s+/g, ' ').trim(), cell: a.cell }))
    );
    const found: CrossRuleFinding[] = [];
    for (const group of groupBy(uses, (u) => {
      const key = actorTitleKey(u.written);
      return key === '' ? null : `${u.sop.office}\u0000${key}`;
    })) {
      // Forms differing only in case or punctuation (a header in capitals) are one form: an all-caps
      // header row is formatting, not another name.
      const differ = new Set(group.map((u) => words(u.written).join(' ')));
      if (differ.size < 2) continue;
      // How many SOPs use each written form, in order of first use.
      const forms = new Map<string, Set<CrossSop>>();
      for (const u of group) {
        const f = forms.get(u.written) ?? new Set<CrossSop>();
        f.add(u.sop);
        forms.set(u.written, f);
      }
      const ranked = [...forms.entries()].sort((p, q) => q[1].size - p[1].size || q[0].length - p[0].length);
      const best = ranked[0][0];
      const list = ranked.map(([f, s]) => `“${f}” (${s.size} SOP)`).join(', ');
      const others = group.filter((u) => u.written !== best);
      found.push({
        message: say(
          lang,
          `Pelaksana yang sama ditulis ${forms.size} cara: ${list}. Seragamkan menjadi “${best}”.`,
          `One actor is written ${forms.size} ways: ${list}. Write it as “${best}” everywhere.`
        ),
        places: others.map((u) => placeOf(u.sop, u.cell)),
      });
    }
    return found;
  },
};
