/**
 * `alur draw IN.xlsx -o OUT.xlsx [--replace]`: writes a copy of IN with the flowchart of every SOP drawn
 * over its actor columns (src/core/flowchart plans, drawn by src/xlsx/flowchart). IN is never modified,
 * and OUT may not be IN (nor a link to it); OUT is written whole or not at all (src/xlsx/write-files),
 * and nothing is said to have been drawn before it is. A workbook with macros (.xlsm) keeps them byte
 * for byte and must be written as .xlsm. An SOP whose actor cells hold hand-drawn shapes is left alone
 * unless --replace.
 * Exit 0 written; 2 unreadable input, nothing to draw (no SOP, or every SOP skipped), or a write failure.
 *
 * --lanes (issue 6): an SOP with no actor columns whose actors are named in text (planLanes) first gets
 * its actor columns (src/xlsx/columns, one SOP at a time, re-reading after each since the insertion
 * moves everything right of it); the copy is then read again and drawn. Without --lanes such an SOP is
 * reported as having no actor columns, with a hint to use --lanes.
 */
import { checkGrids } from '../core/check';
import { laneEdit, planFlowchart, planLanes } from '../core/flowchart';
import type { Grid } from '../core/grid';
import { HostError, type DrawResult } from '../core/host';
import type { Lang } from '../core/model';
import { applyLaneEdit } from '../xlsx/columns';
import { drawPlans, type PlanOutcome } from '../xlsx/flowchart';
import { readWorkbook } from '../xlsx/read';
import { isMacroWorkbook, writeOutput } from '../xlsx/write-files';
import type { DrawArgs } from './args';
import { loadWorkbook, noSopMessage } from './export';
import { outputReplacesInput, writeErrorMessage } from './io';
import type { Io } from './io';
import { messages } from './messages';

export async function runDraw(args: DrawArgs, io: Io): Promise<number> {
  const m = messages(args.lang).draw;
  const refused = await outputReplacesInput(args.output, [args.input], args.lang);
  if (refused) {
    io.err(refused);
    return 2;
  }
  const book = await loadWorkbook(args.input, args, io);
  if (!book) return 2;
  let { bytes, grids, results } = book;
  if (results.length === 0) {
    io.err(noSopMessage(args.input, args.lang));
    return 2;
  }
  const misnamed = extensionMismatch(args.output, await isMacroWorkbook(bytes), args.lang);
  if (misnamed) {
    io.err(misnamed);
    return 2;
  }
  // Everything to say about the drawing waits until the file is written: no success line before that.
  let report = '';
  if (args.lanes) {
    let generated: { bytes: Uint8Array; lines: string[] };
    try {
      generated = await generateLanes(bytes, grids, args.lang);
    } catch (e) {
      const detail = e instanceof HostError ? e.text(args.lang) : e instanceof Error ? e.message : String(e);
      io.err(`alur: ${args.input}: ${detail}\n`);
      return 2;
    }
    if (generated.lines.length > 0) {
      report += generated.lines.join('');
      bytes = generated.bytes;
      grids = await readWorkbook(bytes);
      results = checkGrids(grids, { calendar: args.calendar, lang: args.lang, rules: args.rules });
    }
  }
  const plans = results.map(({ doc }) =>
    planFlowchart(
      doc,
      grids.find((g) => g.sheet === doc.sheet)!,
      { lang: args.lang }
    )
  );
  const {
    bytes: out,
    result,
    outcomes,
    unplaced,
  } = await drawPlans(bytes, plans, { grids, replaceHandDrawn: args.replace });
  const label = (i: number) =>
    `${results[i].sop.sheet}!${results[i].sop.tableRange}${results[i].sop.name ? ` (${results[i].sop.name})` : ''}`;
  const lines = plans.map((p, i) => {
    const { doc } = results[i];
    const grid = grids.find((g) => g.sheet === doc.sheet)!;
    const lanesHint =
      !args.lanes && doc.table.columns.actors.length === 0 && planLanes(doc, { grid, lang: args.lang }) !== null;
    return { label: label(i), outcome: outcomes[i], warnings: p.warnings.length, lanesHint, unplaced: unplaced[i] };
  });
  report += describe(result, lines, args.lang);
  if (result.drawn === 0) {
    io.out(report);
    io.err(m.nothing);
    return 2;
  }
  try {
    await writeOutput(args.output, out);
  } catch (e) {
    io.err(writeErrorMessage(e, args.output, args.lang));
    return 2;
  }
  io.out(report + m.wrote(args.output));
  return 0;
}

/**
 * The refusal when the output's name does not fit the workbook: a workbook with macros must be written
 * as .xlsm (its macros are kept), one without as .xlsx; Excel will not open either under the other
 * name. Names with another ending are the user's choice. Null when the name fits.
 */
export function extensionMismatch(output: string, macros: boolean, lang: Lang): string | null {
  const ext = /\.(xlsx|xlsm)$/i.exec(output)?.[1]?.toLowerCase();
  if (!ext || (ext === 'xlsm') === macros) return null;
  const m = messages(lang).output;
  return macros ? m.needsXlsm(output) : m.needsXlsx(output);
}

interface PlanLine {
  label: string;
  outcome: PlanOutcome;
  warnings: number;
  /** The SOP has no actor columns but names its actors in text: --lanes would generate them. */
  lanesHint?: boolean;
  /** For outcome 'unplaceable': the hand-drawn shapes no step holds. */
  unplaced?: string[];
}

/**
 * Generates the actor columns of every SOP that has none and names its actors in text, one SOP at a
 * time (each insertion moves the columns of the SOPs beside it), re-reading the workbook after each.
 * Returns the new bytes and one line per SOP given lanes (none: the bytes are the input's).
 */
export async function generateLanes(
  bytes: Uint8Array,
  grids: Grid[],
  lang: Lang
): Promise<{ bytes: Uint8Array; lines: string[] }> {
  const lines: string[] = [];
  const done = new Set<string>();
  for (;;) {
    let next: { sheet: string; tableRange: string; names: string[]; unmatched: number } | null = null;
    for (const { doc, sop } of checkGrids(grids, { lang })) {
      const key = `${doc.sheet}!${doc.steps[0]?.row ?? doc.table.range.top}`;
      if (done.has(key) || doc.table.columns.actors.length > 0) continue;
      const grid = grids.find((g) => g.sheet === doc.sheet)!;
      const plan = planLanes(doc, { grid, lang });
      if (!plan) continue;
      const edit = laneEdit(plan, grid);
      if (typeof edit === 'string') continue;
      bytes = await applyLaneEdit(bytes, edit);
      done.add(key);
      next = {
        sheet: sop.sheet,
        tableRange: sop.tableRange,
        names: plan.columns.map((c) => c.name),
        unmatched: plan.unmatched.length,
      };
      break;
    }
    if (!next) return { bytes, lines };
    lines.push(messages(lang).draw.lanesInserted(`${next.sheet}!${next.tableRange}`, next.names, next.unmatched));
    grids = await readWorkbook(bytes);
  }
}

/** One line per SOP: drawn (with counts) or skipped (and why, and what to do). */
export function describe(result: DrawResult, plans: PlanLine[], lang: Lang): string {
  const m = messages(lang).draw;
  const lines = plans.map((p) => {
    const reason = p.outcome;
    if (reason === 'hand-drawn') return m.handDrawn(p.label);
    if (reason === 'unplaceable') return m.unplaceable(p.label, (p.unplaced ?? []).map((n) => `"${n}"`).join(', '));
    if (reason === 'no-steps') return p.lanesHint ? m.noColumns(p.label) : m.noSteps(p.label);
    // Drawn all in its one Pelaksana text column: the hint says how to get real lanes.
    return m.drawn(p.label, p.warnings, Boolean(p.lanesHint));
  });
  const head = m.summary(result.drawn, result.shapes, result.connectors, result.skipped.length);
  return head + lines.map((l) => `${l}\n`).join('');
}
