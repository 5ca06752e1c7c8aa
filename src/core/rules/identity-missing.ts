/**
 * identity-missing: an identity field that is absent, empty or a placeholder (`-`, or a bare year as
 * Nomor SOP). The Nomor, the name and the signer make the SOP a legal document that can be cited and
 * traced; the dates tell which version is in force. `-` in Tanggal Revisi means "not revised" and is
 * fine. On the label's cell, or the table's top-left cell when the label is absent.
 */
import type { IdentityField, Severity, SopDoc } from '../model';
import { isPlaceholder, stripMarkup } from './utils/text';
import { say, type Rule, type RuleFinding } from './types';
import { quote, tableTopLeft } from './utils/where';

interface Checked {
  field: IdentityField;
  label: string;
  severity: Severity;
  value(doc: SopDoc): string | null;
}

const CHECKED: Checked[] = [
  { field: 'nomor', label: 'Nomor SOP', severity: 'error', value: (d) => d.identity.nomor },
  { field: 'nama', label: 'Nama SOP', severity: 'error', value: (d) => d.name },
  {
    field: 'tanggalPembuatan',
    label: 'Tanggal Pembuatan',
    severity: 'warning',
    value: (d) => d.identity.tanggalPembuatan,
  },
  {
    field: 'tanggalPengesahan',
    label: 'Tanggal Pengesahan / Efektif',
    severity: 'warning',
    value: (d) => d.identity.tanggalPengesahan,
  },
  { field: 'disahkanOleh', label: 'Disahkan Oleh', severity: 'error', value: (d) => d.identity.disahkanOleh },
];

/** A Nomor SOP that is only a year ("2023"): the number itself was never filled in. */
function bareYear(value: string): boolean {
  return /^\s*(?:19|20)\d{2}\s*$/.test(stripMarkup(value));
}

export const identityMissing: Rule = {
  meta: {
    id: 'identity-missing',
    description: {
      id: 'Kolom identitas SOP yang tidak ada, kosong atau hanya tanda “-”',
      en: 'An identity field that is absent, empty or a placeholder',
    },
    defaultSeverity: 'error',
    docs: 'docs/rules/identity-missing.md',
    fixable: false,
  },
  check({ doc, lang }) {
    const out: RuleFinding[] = [];
    for (const c of CHECKED) {
      const value = c.value(doc);
      const cells = doc.identityCells?.[c.field];
      let problem: { id: string; en: string } | null = null;
      if (!cells && isPlaceholder(value)) {
        problem = { id: `${c.label} tidak ada.`, en: `${c.label} is missing.` };
      } else if (isPlaceholder(value)) {
        problem = { id: `${c.label} kosong.`, en: `${c.label} is empty.` };
      } else if (c.field === 'nomor' && value !== null && bareYear(value)) {
        problem = {
          id: `Nomor SOP hanya berisi tahun ${quote(value)}.`,
          en: `Nomor SOP holds only a year ${quote(value)}.`,
        };
      }
      if (!problem) continue;
      out.push({
        cell: cells?.label ?? tableTopLeft(doc),
        severity: c.severity,
        message: say(
          lang,
          `${problem.id} Isi ${c.label} sesuai tata naskah dinas unit kerja.`,
          `${problem.en} Fill in ${c.label} as the unit's official document rules require.`
        ),
      });
    }
    return out;
  },
};
