/**
 * The live workbook as the task pane's SopHost. Ties read.ts, draw.ts, fix.ts, highlights.ts and
 * data-sheet.ts together, and adds what every action needs:
 *  - one action at a time: a second call while one runs is refused with HostError 'busy' (two
 *    batches interleaving would read what the other half-wrote);
 *  - every Office.js error turned into a HostError with an Indonesian and an English sentence;
 *  - the grids of the last read kept, so a draw lays out the plans on exactly the layout they were
 *    made from and only re-reads the shapes and protection.
 */
import type { Grid } from '../core/grid';
import { fixesBySheet, splitSheetRef } from '../core/detect/cover';
import type { FlowchartPlan } from '../core/flowchart/types';
import type { CellHighlight, DrawResult, FixResult, HostCapabilities, ProgressCallback, SopHost } from '../core/host';
import type { LanePlan } from '../core/flowchart/lanes';
import type { Fix, Lang, Sop } from '../core/model';
import { writeDataSheet } from './data-sheet';
import { drawPlans, removeFlowcharts } from './draw';
import { busyError, toHostError, type ActionTopic } from './errors';
import { applyFixes } from './fix';
import { generateLanes } from './lanes';
import { clearHighlights, highlightCells } from './highlights';
import { readActiveSheet, readSheets, selectCell } from './read';
import { hostCapabilities } from './requirements';

export function createExcelHost(): SopHost {
  let busy = false;
  const lastGrids = new Map<string, Grid>();

  async function exclusive<T>(topic: ActionTopic, sheet: string | undefined, action: () => Promise<T>): Promise<T> {
    if (busy) throw busyError();
    busy = true;
    try {
      return await action();
    } catch (error) {
      throw toHostError(error, topic, sheet);
    } finally {
      busy = false;
    }
  }

  /** The grids the plans were made from, when the last read still has all their sheets. */
  function gridsFor(plans: FlowchartPlan[]): Grid[] | undefined {
    const grids = [...new Set(plans.map((p) => p.sheet))].map((s) => lastGrids.get(s));
    return grids.every((g) => g !== undefined) ? (grids as Grid[]) : undefined;
  }

  return {
    kind: 'excel',

    async capabilities(): Promise<HostCapabilities> {
      const caps = hostCapabilities();
      return { shapes: caps.shapes, notes: caps.notes, download: false, dataSheet: true };
    },

    sheets() {
      return exclusive('read', undefined, () =>
        Excel.run(async (context) => {
          const all = context.workbook.worksheets.load('items/name');
          const active = context.workbook.worksheets.getActiveWorksheet().load('name');
          await context.sync();
          return { names: all.items.map((s) => s.name), active: active.name };
        })
      );
    },

    readGrids(scope: 'active' | 'all') {
      return exclusive('read', undefined, async () => {
        const grids = scope === 'active' ? [await readActiveSheet()] : await readSheets();
        // A new read replaces what the last one knew: sheets may have been renamed or deleted.
        lastGrids.clear();
        for (const g of grids) lastGrids.set(g.sheet, g);
        return grids;
      });
    },

    selectCell(sheet: string, cell: string) {
      // A finding on a cover sheet names its cell `COVER!B14`: select it there.
      const ref = splitSheetRef(cell);
      const target = ref.sheet ?? sheet;
      return exclusive('read', target, () => selectCell(target, ref.cell));
    },

    applyFixes(sheet: string, fixes: Fix[]): Promise<FixResult> {
      // Fixes on a cover sheet (`COVER!B14`) are applied there, the others on `sheet`.
      return exclusive('cells', sheet, async () => {
        const result: FixResult = { applied: 0, stale: 0 };
        for (const [target, list] of fixesBySheet(sheet, fixes)) {
          const r = await applyFixes(target, list);
          result.applied += r.applied;
          result.stale += r.stale;
        }
        return result;
      });
    },

    drawFlowcharts(
      plans: FlowchartPlan[],
      opts: { replaceHandDrawn: boolean; onProgress?: ProgressCallback }
    ): Promise<DrawResult> {
      return exclusive('shapes', plans[0]?.sheet, () => drawPlans(plans, { ...opts, grids: gridsFor(plans) }));
    },

    removeFlowcharts(sheet: string): Promise<number> {
      return exclusive('shapes', sheet, () => removeFlowcharts(sheet));
    },

    highlightCells(sheet: string, highlights: CellHighlight[]): Promise<void> {
      return exclusive('notes', sheet, async () => {
        for (const [target, list] of fixesBySheet(sheet, highlights)) await highlightCells(target, list);
      });
    },

    clearHighlights(sheet: string): Promise<number> {
      return exclusive('notes', sheet, () => clearHighlights(sheet));
    },

    generateLanes(sheet: string, plan: LanePlan): Promise<void> {
      return exclusive('cells', sheet, async () => {
        // Every column right of Uraian moves (or, on a refusal, the sheet was found changed): the last
        // read's grid of this sheet no longer describes it, so a draw must not lay plans out on it.
        lastGrids.delete(sheet);
        await generateLanes(sheet, plan);
      });
    },

    writeDataSheet(sops: Sop[], lang: Lang): Promise<void> {
      return exclusive('sheet', undefined, () => writeDataSheet(sops, lang));
    },
  };
}
