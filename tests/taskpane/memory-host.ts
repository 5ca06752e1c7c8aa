/**
 * A small in-memory SopHost for the pane's component tests: grids from the fixture specs, fixes that
 * really change the cell text (so a re-check sees them), drawn plans kept as Alur-named shapes, and a
 * log of what the pane asked for. Options make it refuse like a protected sheet or an old Excel.
 * generateLanes applies a LanePlan to the grid as the real hosts do (through laneEdit): the columns go
 * in after Uraian and everything right of them moves, so a re-check finds the new actor columns.
 */
import { parseA1, type Grid } from '../../src/core/grid';
import { laneEdit, laneEditProblemText, type LaneEdit } from '../../src/core/flowchart/lane-edit';
import type { LanePlan } from '../../src/core/flowchart/lanes';
import {
  HostError,
  type CellHighlight,
  type DrawResult,
  type HostCapabilities,
  type SopHost,
} from '../../src/core/host';
import type { FlowchartPlan } from '../../src/core/flowchart/types';
import type { Fix, Lang, Sop } from '../../src/core/model';
import { applyFix } from '../../src/core/rules/fix';

export interface MemoryHostOptions {
  kind?: 'excel' | 'file';
  /** Sheets on which every write fails with HostError 'protected'. */
  protectedSheets?: string[];
  /** No shape support: drawFlowcharts fails with 'no-shapes'. */
  noShapes?: boolean;
  active?: string;
  /** No generateLanes at all (a host that cannot insert columns). */
  noLanes?: boolean;
  /** generateLanes fails with HostError 'failed' (e.g. a formula elsewhere refers to the moved columns). */
  lanesFail?: boolean;
}

export interface MemoryHost extends SopHost {
  grids: Grid[];
  selections: { sheet: string; cell: string }[];
  highlights: Map<string, CellHighlight[]>;
  drawnPlans: FlowchartPlan[];
  dataSheets: { sops: Sop[]; lang: Lang }[];
  progress: [number, number][];
  /** The lane plans applied, in order. */
  lanePlans: { sheet: string; plan: LanePlan }[];
}

/** Inserts the edit's columns into the grid (text, merges, widths, shapes move right), then writes its cells. */
function insertLanes(grid: Grid, edit: LaneEdit): void {
  const { insertAt: at, count } = edit;
  const shift = (col: number) => (col >= at ? col + count : col);
  for (const row of grid.text) if (row && row.length >= at) row.splice(at - 1, 0, ...Array<string>(count).fill(''));
  grid.merges = grid.merges.map((m) => ({ ...m, left: shift(m.left), right: shift(m.right) }));
  if (grid.colWidths.length < at - 1) grid.colWidths.length = at - 1;
  grid.colWidths.splice(at - 1, 0, ...Array<number>(count).fill(edit.widthPt));
  for (const shape of grid.shapes) {
    shape.from = { ...shape.from, col: shift(shape.from.col) };
    shape.to = { ...shape.to, col: shift(shape.to.col) };
  }
  for (const cell of edit.cells) {
    while (grid.text.length < cell.row) grid.text.push([]);
    const row = grid.text[cell.row - 1];
    while (row.length < cell.col) row.push('');
    row[cell.col - 1] = cell.text;
  }
  grid.merges.push(...edit.merges);
}

export function createMemoryHost(grids: Grid[], opts: MemoryHostOptions = {}): MemoryHost {
  const copy = structuredClone(grids);
  const active = opts.active ?? copy[0]?.sheet ?? '';
  const sheet = (name: string): Grid => {
    const grid = copy.find((g) => g.sheet === name);
    if (!grid) throw new HostError('not-found', `Lembar ${name} tidak ada`, `No sheet ${name}`);
    return grid;
  };
  const writable = (name: string): Grid => {
    if (opts.protectedSheets?.includes(name))
      throw new HostError('protected', 'Lembar diproteksi', 'The sheet is protected');
    return sheet(name);
  };
  const host: MemoryHost = {
    kind: opts.kind ?? 'excel',
    grids: copy,
    selections: [],
    highlights: new Map(),
    drawnPlans: [],
    dataSheets: [],
    progress: [],
    lanePlans: [],
    async capabilities(): Promise<HostCapabilities> {
      return { shapes: !opts.noShapes, notes: false, download: host.kind === 'file', dataSheet: true };
    },
    async sheets() {
      return { names: copy.map((g) => g.sheet), active };
    },
    async readGrids(scope) {
      return structuredClone(scope === 'all' ? copy : [sheet(active)]);
    },
    async selectCell(name, cell) {
      sheet(name);
      host.selections.push({ sheet: name, cell });
    },
    async applyFixes(name, fixes: Fix[]) {
      const grid = writable(name);
      let applied = 0;
      let stale = 0;
      for (const fix of fixes) {
        const { row, col } = parseA1(fix.cell);
        const now = grid.text[row - 1]?.[col - 1] ?? '';
        const next = applyFix(now, fix);
        if (next === null) stale++;
        else {
          grid.text[row - 1][col - 1] = next;
          applied++;
        }
      }
      return { applied, stale };
    },
    async drawFlowcharts(plans, { onProgress }): Promise<DrawResult> {
      if (opts.noShapes) throw new HostError('no-shapes', 'Tidak bisa menggambar', 'Cannot draw shapes');
      for (const plan of plans) writable(plan.sheet);
      const total = plans.reduce((n, p) => n + p.shapes.length + p.connectors.length, 0);
      let done = 0;
      for (const plan of plans) {
        done += plan.shapes.length + plan.connectors.length;
        host.progress.push([done, total]);
        onProgress?.(done, total);
        host.drawnPlans.push(plan);
      }
      return {
        drawn: plans.length,
        shapes: plans.reduce((n, p) => n + p.shapes.length, 0),
        connectors: plans.reduce((n, p) => n + p.connectors.length, 0),
        fallback: null,
        skipped: [],
      };
    },
    async removeFlowcharts(name) {
      writable(name);
      const mine = host.drawnPlans.filter((p) => p.sheet === name);
      host.drawnPlans = host.drawnPlans.filter((p) => p.sheet !== name);
      return mine.reduce((n, p) => n + p.shapes.length + p.connectors.length, 0);
    },
    async highlightCells(name, highlights) {
      writable(name);
      host.highlights.set(name, highlights);
    },
    async clearHighlights(name) {
      const n = host.highlights.get(name)?.length ?? 0;
      host.highlights.delete(name);
      return n;
    },
    async writeDataSheet(sops, lang) {
      host.dataSheets.push({ sops, lang });
    },
  };
  if (!opts.noLanes) {
    host.generateLanes = async (name, plan) => {
      const grid = writable(name);
      if (opts.lanesFail)
        throw new HostError(
          'failed',
          'Kolom tidak dapat disisipkan: rumus di lembar lain merujuk kolom yang bergeser.',
          'The columns cannot be inserted: a formula on another sheet refers to the moved columns.'
        );
      const edit = laneEdit(plan, grid);
      if (typeof edit === 'string') {
        const text = laneEditProblemText(edit, name);
        throw new HostError('stale', text.id, text.en);
      }
      insertLanes(grid, edit);
      host.lanePlans.push({ sheet: name, plan });
    };
  }
  if (host.kind === 'file') {
    host.download = async () => ({ name: 'sop.xlsx', bytes: new Uint8Array([80, 75]) });
  }
  return host;
}
