/**
 * The task pane's host in file mode: a workbook the user opened in the browser, held in memory as
 * bytes. Every action reads or rewrites those bytes with the same code the CLI uses (./read, ./cells,
 * ./flowchart, ./data-sheet), and download() hands the result back. The file never leaves the browser:
 * there is no network code here or below.
 *
 * Notes for the task pane:
 * - capabilities(): shapes yes, notes no, download yes, dataSheet yes.
 * - highlightCells / clearHighlights do NOT change the file in file mode: the highlights are remembered
 *   (so clearHighlights can report how many it cleared) and the pane shows the findings in its list only.
 *   Writing fills into a user's file would need a new cell style per highlighted cell and is easy to leave behind in a
 *   downloaded copy; a file that comes back exactly as it went, plus the fixes and drawings asked for,
 *   is the safer promise.
 * - selectCell only records the cell (lastSelection()): there is no grid to scroll.
 * - One action at a time: a second call while one runs is refused with HostError 'busy'.
 * - Grids are read once and cached until an action changes the bytes.
 * - generateLanes inserts the actor columns into the bytes (./columns): re-read and re-check after it.
 */
import type { Grid } from '../core/grid';
import { fixesBySheet, splitSheetRef } from '../core/detect/cover';
import { laneEdit, laneEditProblemText } from '../core/flowchart/lane-edit';
import type { LanePlan } from '../core/flowchart/lanes';
import type { FlowchartPlan } from '../core/flowchart/types';
import {
  HostError,
  type CellHighlight,
  type DrawResult,
  type FixResult,
  type HostCapabilities,
  type ProgressCallback,
  type SopHost,
} from '../core/host';
import type { Fix, Lang, Sop } from '../core/model';
import { setCellTexts } from './cells';
import { applyLaneEdit } from './columns';
import { writeDataSheet } from './data-sheet';
import { isXlsxError } from './errors';
import { drawPlans, removeAlurShapes } from './flowchart';
import { openXlsx, partXml } from './package';
import { readWorkbook } from './read';
import { NS, find } from './xml';

export interface FileHost extends SopHost {
  readonly kind: 'file';
  /** The cell last selected with selectCell, if any. */
  lastSelection(): { sheet: string; cell: string } | null;
  /** The highlights highlightCells remembered for a sheet (shown by the pane; never written to the file). */
  highlights(sheet: string): CellHighlight[];
  download(): Promise<{ name: string; bytes: Uint8Array }>;
}

/**
 * "Laporan SOP.xlsx" -> "Laporan SOP-alur.xlsx"; a macro-enabled "Laporan.xlsm" keeps its extension
 * ("Laporan-alur.xlsm": its vbaProject part and content type are kept as they came). Any other
 * extension is kept out.
 */
export function downloadName(fileName: string): string {
  const last = fileName.split(/[\\/]/).pop() ?? '';
  const base = last.replace(/\.[^.]*$/, '') || 'workbook';
  return `${base}-alur.${/\.xlsm$/i.test(last) ? 'xlsm' : 'xlsx'}`;
}

function toHostError(e: unknown): HostError {
  if (e instanceof HostError) return e;
  if (isXlsxError(e)) return new HostError('unreadable', e.id, e.en, { cause: e });
  const detail = e instanceof Error ? e.message : String(e);
  return new HostError('failed', `Gagal: ${detail}`, `Failed: ${detail}`, { cause: e });
}

/** Opens a workbook's bytes as a host; refuses (HostError 'unreadable') a file that cannot be read. */
export async function createFileHost(bytes: Uint8Array, fileName: string): Promise<FileHost> {
  let data = bytes;
  let grids: Grid[] | null = null;
  let running = false;
  let selection: { sheet: string; cell: string } | null = null;
  const highlightsBySheet = new Map<string, CellHighlight[]>();

  const read = async (): Promise<Grid[]> => {
    grids ??= await readWorkbook(data);
    return grids;
  };
  const update = (next: Uint8Array) => {
    if (next !== data) {
      data = next;
      grids = null;
    }
  };
  /** Runs one action at a time, turning every failure into a HostError. */
  const action = async <T>(f: () => Promise<T>): Promise<T> => {
    if (running) throw new HostError('busy', 'Tindakan lain masih berjalan.', 'Another action is still running.');
    running = true;
    try {
      return await f();
    } catch (e) {
      throw toHostError(e);
    } finally {
      running = false;
    }
  };
  const sheetGrid = async (sheet: string): Promise<Grid> => {
    const g = (await read()).find((x) => x.sheet === sheet);
    if (!g) throw new HostError('not-found', `Lembar "${sheet}" tidak ada.`, `There is no sheet "${sheet}".`);
    return g;
  };
  const writable = (g: Grid) => {
    if (g.protected) {
      throw new HostError(
        'protected',
        `Lembar "${g.sheet}" diproteksi: tidak ada yang diubah. Buka proteksinya di Excel lalu coba lagi.`,
        `Sheet "${g.sheet}" is protected: nothing was changed. Unprotect it in Excel and try again.`
      );
    }
  };

  // Read now, so that a bad file is refused at once rather than at the first button.
  await action(read);
  const activeIndex = await action(() => activeTab(data));

  const host: FileHost = {
    kind: 'file',
    async capabilities(): Promise<HostCapabilities> {
      return { shapes: true, notes: false, download: true, dataSheet: true };
    },
    async sheets() {
      const names = (await action(read)).map((g) => g.sheet);
      return { names, active: names[Math.min(activeIndex, names.length - 1)] ?? '' };
    },
    async readGrids(scope) {
      const all = await action(read);
      return scope === 'all'
        ? all
        : all.slice(Math.min(activeIndex, all.length - 1), Math.min(activeIndex, all.length - 1) + 1);
    },
    async selectCell(sheet, cell) {
      // A finding on a cover sheet names its cell `COVER!B14`: select it there.
      const ref = splitSheetRef(cell);
      const target = ref.sheet ?? sheet;
      await action(() => sheetGrid(target));
      selection = { sheet: target, cell: ref.cell };
    },
    async applyFixes(sheet: string, fixes: Fix[]): Promise<FixResult> {
      return action(async () => {
        // Fixes on a cover sheet (`COVER!B14`) are applied there, the others on `sheet`.
        const groups = fixesBySheet(sheet, fixes);
        for (const target of groups.keys()) writable(await sheetGrid(target));
        const result: FixResult = { applied: 0, stale: 0 };
        for (const [target, list] of groups) {
          const r = await setCellTexts(data, target, list);
          update(r.bytes);
          result.applied += r.applied;
          result.stale += r.stale;
        }
        return result;
      });
    },
    async drawFlowcharts(
      plans: FlowchartPlan[],
      opts: { replaceHandDrawn: boolean; onProgress?: ProgressCallback }
    ): Promise<DrawResult> {
      return action(async () => {
        for (const sheet of new Set(plans.map((p) => p.sheet))) writable(await sheetGrid(sheet));
        opts.onProgress?.(0, plans.length);
        const { bytes: next, result } = await drawPlans(data, plans, {
          grids: await read(),
          replaceHandDrawn: opts.replaceHandDrawn,
        });
        update(next);
        opts.onProgress?.(plans.length, plans.length);
        return result;
      });
    },
    async removeFlowcharts(sheet: string): Promise<number> {
      return action(async () => {
        writable(await sheetGrid(sheet));
        const r = await removeAlurShapes(data, sheet);
        update(r.bytes);
        return r.removed;
      });
    },
    async generateLanes(sheet: string, plan: LanePlan): Promise<void> {
      await action(async () => {
        const grid = await sheetGrid(sheet);
        writable(grid);
        const edit = laneEdit(plan, grid);
        if (typeof edit === 'string') {
          const t = laneEditProblemText(edit, sheet);
          throw new HostError('stale', t.id, t.en);
        }
        update(await applyLaneEdit(data, edit));
      });
    },
    async highlightCells(sheet: string, highlights: CellHighlight[]): Promise<void> {
      // Highlights on a cover sheet (`COVER!B14`) are remembered for that sheet.
      for (const [target, list] of fixesBySheet(sheet, highlights)) {
        await action(() => sheetGrid(target));
        const known = highlightsBySheet.get(target) ?? [];
        highlightsBySheet.set(target, [...known.filter((m) => !list.some((n) => n.cell === m.cell)), ...list]);
      }
    },
    async clearHighlights(sheet: string): Promise<number> {
      const n = new Set((highlightsBySheet.get(sheet) ?? []).map((m) => m.cell)).size;
      highlightsBySheet.delete(sheet);
      return n;
    },
    async writeDataSheet(sops: Sop[], lang: Lang): Promise<void> {
      await action(async () => update(await writeDataSheet(data, sops, { lang })));
    },
    async download() {
      return { name: downloadName(fileName), bytes: data };
    },
    lastSelection: () => selection,
    highlights: (sheet) => [...(highlightsBySheet.get(sheet) ?? [])],
  };
  return host;
}

/** The index of the sheet Excel shows first (<workbookView activeTab>), among the worksheets. */
async function activeTab(data: Uint8Array): Promise<number> {
  const pkg = await openXlsx(data);
  const view = find(partXml(pkg, 'xl/workbook.xml'), NS.main, 'workbookView');
  const n = Number(view?.attrs.activeTab ?? 0);
  return Number.isInteger(n) && n >= 0 ? n : 0;
}
