/**
 * `alur draw IN.xlsx -o OUT.xlsx [--replace]`: writes a copy of IN with the flowchart of every SOP drawn
 * over its actor columns (src/core/flowchart plans, drawn by src/xlsx/flowchart). IN is never modified,
 * and OUT may not be IN. An SOP whose actor cells hold hand-drawn shapes is left alone unless --replace.
 * Exit 0 written; 2 unreadable input, nothing to draw (no SOP, or every SOP skipped), or a write failure.
 */
import { planFlowchart } from '../core/flowchart';
import type { DrawResult } from '../core/host';
import type { Lang } from '../core/model';
import { drawPlans, type PlanOutcome } from '../xlsx/flowchart';
import { isSameFile, writeOutput } from '../xlsx/write-files';
import type { DrawArgs } from './args';
import { loadWorkbook, noSopMessage } from './export';
import type { Io } from './main';

export async function runDraw(args: DrawArgs, io: Io): Promise<number> {
  const en = args.lang === 'en';
  if (await isSameFile(args.input, args.output)) {
    io.err(
      en
        ? `alur: the output must be another file than the input (${args.input} is never modified).\n`
        : `alur: berkas keluaran harus berbeda dari masukan (${args.input} tidak pernah diubah).\n`,
    );
    return 2;
  }
  const book = await loadWorkbook(args.input, args, io);
  if (!book) return 2;
  const { bytes, grids, results } = book;
  if (results.length === 0) {
    io.err(noSopMessage(args.input, args.lang));
    return 2;
  }
  const plans = results.map(({ doc }) => planFlowchart(doc, grids.find((g) => g.sheet === doc.sheet)!, { lang: args.lang }));
  const { bytes: out, result, outcomes } = await drawPlans(bytes, plans, { grids, replaceHandDrawn: args.replace });
  const label = (i: number) => `${results[i].sop.sheet}!${results[i].sop.tableRange}${results[i].sop.name ? ` (${results[i].sop.name})` : ''}`;
  const lines = plans.map((p, i) => ({ label: label(i), outcome: outcomes[i], warnings: p.warnings.length }));
  io.out(describe(result, lines, args.lang));
  if (result.drawn === 0) {
    io.err(en ? 'alur: nothing to draw; no file written.\n' : 'alur: tidak ada yang digambar; tidak ada berkas ditulis.\n');
    return 2;
  }
  try {
    await writeOutput(args.output, out);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    io.err(en ? `alur: cannot write ${args.output}: ${detail}\n` : `alur: tidak dapat menulis ${args.output}: ${detail}\n`);
    return 2;
  }
  io.out(en ? `Wrote ${args.output}\n` : `Ditulis ke ${args.output}\n`);
  return 0;
}

interface PlanLine {
  label: string;
  outcome: PlanOutcome;
  warnings: number;
}

/** One line per SOP: drawn (with counts) or skipped (and why, and what to do). */
export function describe(result: DrawResult, plans: PlanLine[], lang: Lang): string {
  const en = lang === 'en';
  const lines = plans.map((p) => {
    const reason = p.outcome;
    if (reason === 'hand-drawn') {
      return en
        ? `  skipped  ${p.label}: its actor cells already hold a hand-drawn flowchart (use --replace to redraw it)`
        : `  dilewati ${p.label}: sel pelaksananya sudah berisi flowchart gambar tangan (pakai --replace untuk menggambar ulang)`;
    }
    if (reason === 'no-steps') {
      return en ? `  skipped  ${p.label}: no step with an actor to draw` : `  dilewati ${p.label}: tidak ada langkah berpelaksana untuk digambar`;
    }
    const note = p.warnings > 0 ? (en ? `, ${p.warnings} note(s)` : `, ${p.warnings} catatan`) : '';
    return en ? `  drawn    ${p.label}${note}` : `  digambar ${p.label}${note}`;
  });
  const head = en
    ? `Flowcharts drawn: ${result.drawn} SOP(s), ${result.shapes} symbols, ${result.connectors} connectors; skipped: ${result.skipped.length}\n`
    : `Flowchart digambar: ${result.drawn} SOP, ${result.shapes} simbol, ${result.connectors} konektor; dilewati: ${result.skipped.length}\n`;
  return head + lines.map((l) => `${l}\n`).join('');
}
