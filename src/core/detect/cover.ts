/**
 * Cover sheets (issue 13, contract "Real workbooks"): many offices keep the identity block (Nomor SOP
 * ... Nama SOP, the six lists) on a sheet of its own in front of the flowchart sheet(s). A cover is
 * recognised by what it holds (identity labels and lists, no flowchart table), not by its name; it is
 * linked to the flowchart SOP(s) it fronts by the name they share, else by the order of the sheets;
 * its identity, lists and text then belong to those SOPs, with every cell written `COVER!B14`.
 */
import { a1, parseA1, type Grid } from '../grid';
import type {
  Identity,
  IdentityCells,
  IdentityField,
  IdentityListField,
  IdentityTextField,
  SopDoc,
  TextCell,
} from '../model';
import { fold, normalizeLabel, plainText } from '../text';
import { readIdentity } from './identity';
import { isSignatureLine, LINE_HINT } from './labels';

export interface CoverDoc {
  sheet: string;
  /** The NAMA SOP value, else a title line on the cover. */
  name: string | null;
  /** True when `name` comes from a NAMA SOP / Judul SOP label. */
  nameFromLabel: boolean;
  identity: Identity;
  /** Cells on the cover sheet (bare A1). */
  identityCells: Partial<Record<IdentityField, IdentityCells>>;
  /** Every non-empty cell of the cover (bare A1), with what it is. */
  texts: TextCell[];
}

/** How a flowchart SOP was linked to its cover. */
export interface CoverLink {
  /** Index of the cover in the list given to `linkCovers`. */
  cover: number;
  /** `name`: the cover's name and the SOP's title agree; `order`: the cover is the nearest before it. */
  by: 'name' | 'order';
  /** True when nothing but the order of the sheets says they belong together. */
  guess: boolean;
}

const TEXT_FIELDS: IdentityField[] = [
  'nomor',
  'tanggalPembuatan',
  'tanggalRevisi',
  'tanggalPengesahan',
  'disahkanOleh',
  'nama',
];
const LIST_FIELDS: IdentityField[] = [
  'dasarHukum',
  'kualifikasiPelaksana',
  'keterkaitan',
  'peralatanPerlengkapan',
  'peringatan',
  'pencatatanPendataan',
];

/** Sheet names offices give a cover: a hint only, the content decides. */
const COVER_NAME = /^(?:cover|sampul|identitas|halaman depan|depan)\b|\b(?:cover|sampul|identitas)$/i;

/**
 * Reads a sheet as a cover: null unless it holds an identity block (at least two of the five text
 * fields and Nama SOP, and at least two of the six lists; one less of each on a sheet named like a
 * cover). The caller passes only sheets where no flowchart table was found.
 */
export function readCover(grid: Grid): CoverDoc | null {
  if (!grid || !Array.isArray(grid.text) || grid.text.length === 0) return null;
  const id = readIdentity(grid, 1, grid.text.length);
  const found = Object.keys(id.identityCells) as IdentityField[];
  const texts = found.filter((f) => TEXT_FIELDS.includes(f)).length;
  const lists = found.filter((f) => LIST_FIELDS.includes(f)).length;
  const need = COVER_NAME.test(grid.sheet.trim()) ? 1 : 2;
  if (texts < need || lists < need) return null;
  // An identity block runs down the sheet: labels on one row are a table's header, not a cover.
  const labelRows = new Set(Object.values(id.identityCells).map((c) => /\d+$/.exec(c!.label)?.[0]));
  if (labelRows.size < 3) return null;
  // The cover's heading: the agency's name rows, above the identity block or beside it on its left (the
  // logo's side, as SOP AP lays it out). They are titles, as above a flowchart table, so the place and
  // agency names in them read as names.
  const textLabels = TEXT_FIELDS.flatMap((f) => {
    const c = id.identityCells[f];
    return c ? [parseA1(c.label)] : [];
  });
  const headTop = Math.min(...textLabels.map((p) => p.row));
  const headBottom = Math.max(...textLabels.map((p) => p.row));
  const headRight = Math.min(...textLabels.map((p) => p.col));
  const inHeading = (r: number, c: number) => r < headTop || (r <= headBottom && c < headRight);
  const out: TextCell[] = [];
  grid.text.forEach((cells, i) => {
    const r = i + 1;
    cells?.forEach((text, j) => {
      if (!text || text.trim() === '') return;
      const cell = a1(r, j + 1);
      let role: TextCell['role'] = 'other';
      if (id.labelCells.has(cell)) role = 'identity-label';
      else if (id.valueCells.has(cell)) role = 'identity-value';
      else if (LINE_HINT.test(text) && isSignatureLine(plainText(text))) role = 'signature';
      else if (inHeading(r, j + 1)) role = 'title';
      out.push({ cell, row: r, col: j + 1, text, role });
    });
  });
  const nameFromLabel = id.identityCells.nama !== undefined && id.name !== null;
  return {
    sheet: grid.sheet,
    name: id.name,
    nameFromLabel,
    identity: id.identity,
    identityCells: id.identityCells,
    texts: out,
  };
}

/** A cell as Excel writes a reference on another sheet: `COVER!B14`, `'Sampul SOP'!I2`. */
export function sheetRef(sheet: string, cell: string): string {
  const plain =
    /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet) && !/^[rc]\d*$/i.test(sheet);
  return plain ? `${sheet}!${cell}` : `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/** The sheet and cell of a reference (`'Sampul SOP'!I2` -> Sampul SOP, I2); sheet null when bare. */
export function splitSheetRef(ref: string): { sheet: string | null; cell: string } {
  const bang = ref.lastIndexOf('!');
  if (bang < 0) return { sheet: null, cell: ref };
  let sheet = ref.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, cell: ref.slice(bang + 1) };
}

/** Fixes grouped by the sheet their cell is on (a bare cell is on `sheet`), cells made bare. */
export function fixesBySheet<T extends { cell: string }>(sheet: string, fixes: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const f of fixes) {
    const ref = splitSheetRef(f.cell);
    const target = ref.sheet ?? sheet;
    const list = out.get(target) ?? [];
    list.push(ref.sheet === null ? f : { ...f, cell: ref.cell });
    out.set(target, list);
  }
  return out;
}

/** A name for comparing: no "SOP" / heading in front, lower case, no punctuation. */
function nameKey(name: string | null): string {
  if (!name) return '';
  return normalizeLabel(name)
    .replace(/^(?:standar\w* op\w+ pro\w+ )?(?:sop )?/, '')
    .trim();
}

/** Whether two SOP names say the same: equal, or one holds the other whole (two words at least). */
export function sameSopName(a: string | null, b: string | null): boolean {
  const x = nameKey(a);
  const y = nameKey(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.split(' ').length >= 2 && ` ${long} `.includes(` ${short} `);
}

/**
 * Links each flowchart SOP to a cover. `covers` and `sops` carry the index of their sheet in the
 * workbook. By name first (one cover per name); the rest by order: with as many covers left as SOPs
 * left, one to one in order; otherwise each to the nearest cover before its sheet (the first cover
 * when none is before it). A link by order is a guess unless the workbook holds exactly one cover and
 * one flowchart SOP whose own name (if any) does not contradict the cover's.
 */
export function linkCovers(
  covers: readonly { sheetIndex: number; name: string | null }[],
  sops: readonly { sheetIndex: number; name: string | null }[]
): (CoverLink | null)[] {
  const out: (CoverLink | null)[] = sops.map(() => null);
  if (covers.length === 0) return out;
  const used = new Set<number>();
  sops.forEach((sop, i) => {
    const named = covers.map((c, k) => k).filter((k) => sameSopName(covers[k].name, sop.name));
    if (named.length === 0) return;
    // Several covers of that name: the nearest one before the SOP's sheet, else the first.
    const before = named.filter((k) => covers[k].sheetIndex < sop.sheetIndex);
    const k = before.length ? before[before.length - 1] : named[0];
    out[i] = { cover: k, by: 'name', guess: false };
    used.add(k);
  });
  const restSops = sops.map((_, i) => i).filter((i) => out[i] === null);
  const restCovers = covers.map((_, k) => k).filter((k) => !used.has(k));
  const sure = covers.length === 1 && sops.length === 1;
  if (restCovers.length > 0 && restCovers.length === restSops.length && used.size > 0) {
    restSops.forEach((i, n) => (out[i] = { cover: restCovers[n], by: 'order', guess: true }));
    return out;
  }
  for (const i of restSops) {
    const at = sops[i].sheetIndex;
    let k = -1;
    covers.forEach((c, j) => {
      if (c.sheetIndex < at) k = j;
    });
    if (k < 0) k = 0;
    const contradicts = sops[i].name !== null && covers[k].name !== null;
    out[i] = { cover: k, by: 'order', guess: !sure || contradicts };
  }
  return out;
}

/**
 * Gives a flowchart SOP the identity of its cover: every field the SOP's own sheet does not give is
 * taken from the cover, with its cells written `COVER!B14`; the name from the cover's NAMA SOP label
 * wins over a title line on the flowchart sheet (the contract: the title is the name only where no
 * Nama SOP label gives it); the cover's cells join the SOP's texts, so they are checked like the rest.
 */
export function applyCover(doc: SopDoc, cover: CoverDoc, link: CoverLink): void {
  const ref = (cell: string) => sheetRef(cover.sheet, cell);
  for (const field of Object.keys(cover.identityCells) as IdentityField[]) {
    if (doc.identityCells[field]) continue;
    const cells = cover.identityCells[field]!;
    doc.identityCells[field] = { label: ref(cells.label), value: cells.value === null ? null : ref(cells.value) };
    if (field === 'nama') continue;
    if (LIST_FIELDS.includes(field)) {
      const list = field as IdentityListField;
      doc.identity[list] = [...cover.identity[list]];
    } else {
      const text = field as IdentityTextField;
      doc.identity[text] = cover.identity[text];
    }
  }
  const ownLabel = doc.identityCells.nama !== undefined && !doc.identityCells.nama.label.includes('!');
  if (!ownLabel && cover.nameFromLabel) doc.name = cover.name;
  else if (doc.name === null && cover.name !== null) doc.name = fold(cover.name);
  for (const t of cover.texts) doc.texts.push({ ...t, cell: ref(t.cell), sheet: cover.sheet });
  const anchor = cover.identityCells.nama?.label ?? cover.identityCells.nomor?.label ?? cover.texts[0]?.cell ?? 'A1';
  doc.cover = { sheet: cover.sheet, by: link.by, guess: link.guess, name: cover.name, anchor: ref(anchor) };
}
