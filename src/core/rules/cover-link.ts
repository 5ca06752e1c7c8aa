/**
 * cover-link (issue 13): a cover sheet was linked to a flowchart sheet on the order of the sheets alone
 * (no name they share says they belong together). Severity info: the link is most often right, but the
 * reader should confirm it. On the cover's NAMA SOP (else Nomor SOP) label.
 *
 * Not in the contract's first list: an addition under its rule "more may be added". The finding needs
 * two sheets (the cover and the SOP), so checkWorkbook, which alone sees both, makes it with
 * `coverLinkFinding`; the id, descriptions and default severity live here so that `--rule
 * cover-link=off` and the pane's settings treat it like every other rule.
 */
import type { Lang, SopDoc } from '../model';
import { say, type Rule, type RuleFinding } from './types';

export const coverLink: Rule = {
  id: 'cover-link',
  description: {
    id: 'Sampul dihubungkan ke SOP hanya menurut urutan lembar',
    en: 'A cover sheet linked to an SOP by the order of the sheets alone',
  },
  defaultSeverity: 'info',
  // One SOP alone holds no cover to compare with: the finding is made per workbook (see above).
  check() {
    return [];
  },
};

/** The cover as far as this finding needs it. */
export interface CoverOfLink {
  sheet: string;
  name: string | null;
  /** The cell (sheet-qualified, `Lembar1!G10`) the finding is shown on. */
  cell: string;
}

/** The finding for an SOP whose identity was taken from `cover` on the order of the sheets alone. */
export function coverLinkFinding(doc: Pick<SopDoc, 'sheet'>, cover: CoverOfLink, lang: Lang): RuleFinding {
  const name = cover.name ? ` (“${cover.name}”)` : '';
  return {
    cell: cover.cell,
    message: say(
      lang,
      `Identitas SOP ini (lembar ${doc.sheet}) diambil dari lembar sampul ${cover.sheet}${name} menurut urutan lembar: tidak ada nama yang sama yang menghubungkannya. Pastikan sampul itu milik SOP ini.`,
      `The identity of this SOP (sheet ${doc.sheet}) was taken from the cover sheet ${cover.sheet}${name} by the order of the sheets: no shared name links them. Check that this cover belongs to this SOP.`
    ),
  };
}
