/**
 * What Alur changed in cells (finding highlights, and the cell markers drawn where shapes are not
 * available), kept so that "clear" and "remove" put back exactly what was there.
 *
 * Where: Office document settings (`Office.context.document.settings`). They are the add-in's own
 * key/value store, saved inside the workbook by `saveAsync`, so they survive the pane being closed and
 * the workbook being saved and reopened, and other add-ins or the user never see them. A hidden
 * worksheet would do the same but shows up in every sheet list (and in the file mode reader), can be
 * unhidden and edited by hand, and costs Excel writes. Settings cost no Excel sync at all.
 * Limits: the record is keyed by sheet name (renaming a highlighted sheet forgets its highlights), and it
 * reaches the file only when the user saves the workbook, like every other change.
 */

/** One edge of a cell border as Excel reports it. */
export interface SavedBorder {
  style: string;
  weight: string;
  color: string;
}

/** The four outer edges Alur draws round a marker cell. */
export const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;
export type Edge = (typeof EDGES)[number];

/** A cell filled (and perhaps noted) by highlightCells (highlights.ts). */
export interface HighlightRecord {
  cell: string;
  /** The fill before the highlight ("#FFFFFF" is also what Excel reports for no fill: cleared on restore). */
  fill: string;
  /** The fill Alur put there: restored only while the cell still has it (the user may have recoloured it). */
  markFill: string;
  /** Whether Alur added the cell's note (a user's note is never touched). */
  alurNote: boolean;
}

/** A cell given a flowchart marker by the fallback of drawPlans. */
export interface MarkerRecord {
  /** The plan's tableRange: a redraw of one SOP replaces only its own markers. */
  table: string;
  cell: string;
  /** The marker text written: the cell is emptied again only while it still holds exactly this. */
  text: string;
  fill: string;
  borders: Record<Edge, SavedBorder>;
}

/**
 * `marks` (the highlights) and HighlightRecord's `markFill` are older names kept as they are: they are
 * the keys stored in workbooks' settings, which a later version must still read to clear them.
 */
export interface SheetMemory {
  marks: HighlightRecord[];
  markers: MarkerRecord[];
}

interface Stored {
  version: 1;
  sheets: Record<string, SheetMemory>;
}

export const SETTINGS_KEY = 'alur.cellChanges';

function settings(): Office.Settings {
  return Office.context.document.settings;
}

function readAll(): Stored {
  const raw = settings().get(SETTINGS_KEY) as Stored | null | undefined;
  if (!raw || raw.version !== 1 || typeof raw.sheets !== 'object' || raw.sheets === null)
    return { version: 1, sheets: {} };
  return raw;
}

/** What Alur remembers about a sheet (empty when nothing). */
export function recall(sheet: string): SheetMemory {
  const s = readAll().sheets[sheet];
  return { marks: [...(s?.marks ?? [])], markers: [...(s?.markers ?? [])] };
}

/** Stores a sheet's record and saves the settings into the document. */
export async function remember(sheet: string, memory: SheetMemory): Promise<void> {
  const all = readAll();
  if (memory.marks.length === 0 && memory.markers.length === 0) delete all.sheets[sheet];
  else all.sheets[sheet] = memory;
  settings().set(SETTINGS_KEY, all);
  await new Promise<void>((resolve, reject) => {
    settings().saveAsync((result) => {
      if (String(result.status) === 'failed') reject(result.error ?? new Error('settings.saveAsync failed'));
      else resolve();
    });
  });
}

/** "#ffffff", "white"-less hex compare: Excel answers upper-case "#RRGGBB". */
export function sameColor(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a ?? '').toUpperCase() === (b ?? '').toUpperCase();
}

/** Excel reports "#FFFFFF" for a cell without fill. */
export function isNoFill(color: string | null | undefined): boolean {
  return !color || sameColor(color, '#FFFFFF');
}
