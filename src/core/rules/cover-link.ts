/**
 * cover-link (issue 13): a cover sheet was linked to a flowchart sheet on the order of the sheets alone
 * (no name they share says they belong together). Severity info: the link is most often right, but the
 * reader should confirm it. On the cover's NAMA SOP (else Nomor SOP) label, e.g. `COVER!B14`.
 *
 * Not in the contract's first list: an addition under its rule "more may be added". The workbook
 * reader (checkWorkbook) links covers to SOPs and records the link on the SOP (`doc.cover`); this rule
 * reads that record like any rule reads its SOP.
 */
import { say, type Rule } from './types';

export const coverLink: Rule = {
  meta: {
    id: 'cover-link',
    description: {
      id: 'Sampul dihubungkan ke SOP hanya menurut urutan lembar',
      en: 'A cover sheet linked to an SOP by the order of the sheets alone',
    },
    defaultSeverity: 'info',
    docs: 'docs/rules/cover-link.md',
    fixable: false,
  },
  check({ doc, lang }) {
    const cover = doc.cover;
    if (!cover?.guess) return [];
    const name = cover.name ? ` (“${cover.name}”)` : '';
    return [
      {
        cell: cover.anchor,
        message: say(
          lang,
          `Identitas SOP ini (lembar ${doc.sheet}) diambil dari lembar sampul ${cover.sheet}${name} menurut urutan lembar: tidak ada nama yang sama yang menghubungkannya. Pastikan sampul itu milik SOP ini.`,
          `The identity of this SOP (sheet ${doc.sheet}) was taken from the cover sheet ${cover.sheet}${name} by the order of the sheets: no shared name links them. Check that this cover belongs to this SOP.`
        ),
      },
    ];
  },
};
