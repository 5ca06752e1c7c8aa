/**
 * The pane's actions without React: each runs against the in-memory host with a plain state holder
 * (the reducer of src/taskpane/state.ts), and its effect on the host, the state and its notice are
 * compared whole with what the engine says.
 */
import { describe, expect, it } from 'vitest';
import { checkGrids } from '../../src/core/check';
import { planFlowchart } from '../../src/core/flowchart';
import { planLanes } from '../../src/core/flowchart/lanes';
import type { Grid } from '../../src/core/grid';
import type { Lang } from '../../src/core/model';
import * as actions from '../../src/taskpane/actions';
import { format, strings } from '../../src/taskpane/i18n';
import { errorNotice, noSopNotice } from '../../src/taskpane/notices';
import { DEFAULT_SETTINGS, type Settings } from '../../src/taskpane/settings';
import { initialPaneState, paneReducer, type PaneState } from '../../src/taskpane/state';
import { specToGrid } from '../fixtures/spec';
import { emptyWorkbook, pelaksanaText, satpolPP, twoSopsOneSheet } from '../fixtures/specs';
import type { WorkbookSpec } from '../fixtures/spec';
import { createMemoryHost, type MemoryHost, type MemoryHostOptions } from './memory-host';

const gridsOf = (spec: WorkbookSpec): Grid[] => spec.sheets.map(specToGrid);

function setup(spec: WorkbookSpec, opts: MemoryHostOptions & { lang?: Lang; settings?: Partial<Settings> } = {}) {
  const host: MemoryHost = createMemoryHost(gridsOf(spec), opts);
  let state: PaneState = initialPaneState;
  const saved: { name: string; data: string | Uint8Array; type: string }[] = [];
  const ctx: actions.PaneContext = {
    host,
    settings: { ...structuredClone(DEFAULT_SETTINGS), ...opts.settings },
    lang: opts.lang ?? 'id',
    // No dictionary: the check runs as it does when the dictionary cannot be loaded.
    spelling: { spellerFor: async () => undefined },
    state: () => state,
    dispatch: (action) => (state = paneReducer(state, action)),
    save: (name, data, type) => void saved.push({ name, data, type }),
  };
  const options = { calendar: ctx.settings.calendar, lang: ctx.lang, rules: ctx.settings.rules };
  return { host, ctx, saved, state: () => state, expected: () => checkGrids(host.grids, options) };
}

describe('pane actions without React', () => {
  it('check stores what the engine finds, and says when there is no SOP', async () => {
    const { ctx, state, expected } = setup(satpolPP);
    expect(await actions.check(ctx)).toBeNull();
    expect(state().results).toEqual(expected());
    expect(state().grids.map((g) => g.sheet)).toEqual(satpolPP.sheets.map((s) => s.name));

    const empty = setup(emptyWorkbook);
    expect(await actions.check(empty.ctx)).toEqual(noSopNotice(strings.id));
    expect(empty.state().results).toEqual([]);
  });

  it('fixes a finding in the sheet and re-checks', async () => {
    const { host, ctx, state, expected } = setup(satpolPP);
    await actions.check(ctx);
    const finding = state().results![0].sop.findings.find((f) => f.fix);
    expect(finding).toBeDefined();
    const before = state().results![0].sop.findings.length;
    const notice = await actions.fixFindings(ctx, finding!);
    expect(notice).toEqual({ intent: 'success', body: format(strings.id.fixedCount, { applied: 1 }), details: undefined });
    expect(state().results).toEqual(expected());
    expect(state().results![0].sop.findings.length).toBeLessThan(before);
    expect(host.grids).not.toEqual(gridsOf(satpolPP));
  });

  it('highlights the findings on the sheet and clears them', async () => {
    const { host, ctx, state } = setup(satpolPP);
    await actions.check(ctx);
    const sop = state().results![0].sop;
    const notice = await actions.highlightFindings(ctx);
    const highlights = sop.findings.map((f) => ({ cell: f.cell, severity: f.severity, message: f.message }));
    expect(host.highlights.get(sop.sheet)).toEqual(highlights);
    const cells = new Set(highlights.map((h) => h.cell)).size;
    expect(notice).toEqual({ intent: 'success', body: format(strings.id.highlightedCount, { count: cells }) });
    expect(await actions.clearHighlights(ctx)).toEqual({
      intent: 'info',
      body: format(strings.id.clearedCount, { count: highlights.length }),
    });
    expect(host.highlights.size).toBe(0);
  });

  it('draws every checked SOP as the plan says, reporting progress, and removes them again', async () => {
    const { host, ctx, state } = setup(twoSopsOneSheet);
    // Drawing before any check checks first.
    const notice = await actions.drawFlowcharts(ctx, false);
    const results = state().results!;
    expect(results).toHaveLength(2);
    const plans = results.map((r) => planFlowchart(r.doc, state().grids.find((g) => g.sheet === r.sop.sheet)!, { lang: 'id' }));
    expect(host.drawnPlans).toEqual(plans);
    const shapes = plans.reduce((n, p) => n + p.shapes.length, 0);
    const connectors = plans.reduce((n, p) => n + p.connectors.length, 0);
    expect(notice).toEqual({
      intent: 'success',
      body: format(strings.id.drawnResult, { shapes, connectors }),
      details: undefined,
    });
    expect(state().progress).toEqual({ done: shapes + connectors, total: shapes + connectors });
    expect(await actions.removeFlowcharts(ctx)).toEqual({
      intent: 'success',
      body: format(strings.id.removedResult, { count: shapes + connectors }),
    });
    expect(host.drawnPlans).toEqual([]);
  });

  it('generates the actor columns of the lane plan and re-checks into them', async () => {
    const { host, ctx, state, expected } = setup(pelaksanaText);
    await actions.check(ctx);
    const plan = planLanes(state().results![0].doc, { grid: state().grids[0], lang: 'id' })!;
    expect(plan).not.toBeNull();
    const notice = await actions.generateLanes(ctx);
    expect(host.lanePlans).toEqual([{ sheet: state().grids[0].sheet, plan }]);
    expect(notice!.body).toBe(
      format(strings.id.lanesGenerated, { count: plan.count, names: plan.columns.map((c) => c.name).join(', ') })
    );
    expect(state().results).toEqual(expected());
    expect(state().results![0].sop.actors.map((a) => a.name)).toEqual(plan.columns.map((c) => c.name));
  });

  it('runs one task at a time and turns a host failure into its notice', async () => {
    const { ctx, state } = setup(satpolPP, { protectedSheets: satpolPP.sheets.map((s) => s.name), lang: 'en' });
    await actions.runTask(ctx, 'check', actions.check);
    expect(state().busy).toBeNull();
    let caught: unknown;
    await actions.runTask(ctx, 'draw', async (c) => {
      try {
        return await actions.drawFlowcharts(c, false);
      } catch (error) {
        caught = error;
        throw error;
      }
    });
    expect(caught).toBeDefined();
    expect(state().notice).toEqual(errorNotice(caught, strings.en, 'en'));
    expect(state().notice!.title).toBe(strings.en.errProtectedTitle);
    expect(state().noticeTask).toBe('draw');

    // While a task runs, another is refused.
    ctx.dispatch({ type: 'start', task: 'check' });
    let ran = false;
    await actions.runTask(ctx, 'remove', async () => ((ran = true), null));
    expect(ran).toBe(false);
    expect(state().busy).toBe('check');
  });

  it('saves the structured data and the workbook through the context', async () => {
    const { ctx, saved, state } = setup(satpolPP, { kind: 'file' });
    await actions.check(ctx);
    await actions.downloadJson(ctx);
    await actions.downloadWorkbook(ctx);
    const name = state().results![0].sop.name!;
    expect(saved.map((s) => [s.name, s.type])).toEqual([
      [`${name.replace(/\s+/g, '-')}.json`, 'application/json'],
      ['sop.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ]);
    expect(JSON.parse(saved[0].data as string)).toEqual(JSON.parse(JSON.stringify(state().results!.map((r) => r.sop))));
  });
});
