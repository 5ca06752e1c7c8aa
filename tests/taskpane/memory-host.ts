/**
 * A small in-memory SopHost for the pane's component tests: grids from the fixture specs, fixes that
 * really change the cell text (so a re-check sees them), drawn plans kept as Alur-named shapes, and a
 * log of what the pane asked for. Options make it refuse like a protected sheet or an old Excel.
 */
import { parseA1, type Grid } from '../../src/core/grid';
import { HostError, type CellMark, type DrawResult, type HostCapabilities, type SopHost } from '../../src/core/host';
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
}

export interface MemoryHost extends SopHost {
  grids: Grid[];
  selections: { sheet: string; cell: string }[];
  marks: Map<string, CellMark[]>;
  drawnPlans: FlowchartPlan[];
  dataSheets: { sops: Sop[]; lang: Lang }[];
  progress: [number, number][];
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
    marks: new Map(),
    drawnPlans: [],
    dataSheets: [],
    progress: [],
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
    async markCells(name, marks) {
      writable(name);
      host.marks.set(name, marks);
    },
    async clearMarks(name) {
      const n = host.marks.get(name)?.length ?? 0;
      host.marks.delete(name);
      return n;
    },
    async writeDataSheet(sops, lang) {
      host.dataSheets.push({ sops, lang });
    },
  };
  if (host.kind === 'file') {
    host.download = async () => ({ name: 'sop.xlsx', bytes: new Uint8Array([80, 75]) });
  }
  return host;
}
