/**
 * `alur export IN.xlsx --format json|bpmn -o OUT`: the SOPs of a workbook as the report's `sops` array
 * (json), or as BPMN 2.0 with lanes and layout (bpmn). With several SOPs, bpmn writes one file per SOP
 * into the folder OUT, named from the sheet and the SOP name. OUT is never the input (nor a link to it),
 * and is written whole or not at all (a folder too). Exit 0 written; 2 unreadable input, no SOP, OUT
 * would replace the input, or the output could not be written.
 */
import { join } from 'node:path';
import { checkGrids, type SopResult } from '../core/check';
import type { Grid } from '../core/grid';
import { toBpmn, toJson } from '../core/export';
import type { Lang } from '../core/model';
import { readWorkbook } from '../xlsx/read';
import { readBytes, safeFileName, writeFolderOutput, writeOutput } from '../xlsx/write-files';
import type { ExportArgs } from './args';
import { fileError } from './check-file';
import { outputReplacesInput, writeErrorMessage } from './io';
import type { Io } from './io';
import { messages } from './messages';
import { spellerFor } from './speller';

/** Reads and checks a workbook for draw and export; null (with the message printed) when it cannot be read. */
export async function loadWorkbook(
  path: string,
  args: { lang: Lang; calendar: ExportArgs['calendar']; rules: ExportArgs['rules'] },
  io: Io
): Promise<{ bytes: Uint8Array; grids: Grid[]; results: SopResult[] } | null> {
  try {
    const bytes = await readBytes(path);
    const grids = await readWorkbook(bytes);
    const results = checkGrids(grids, {
      calendar: args.calendar,
      lang: args.lang,
      rules: args.rules,
      speller: spellerFor(args.rules),
    });
    return { bytes, grids, results };
  } catch (e) {
    io.err(`alur: ${path}: ${fileError(e, args.lang).message}\n`);
    return null;
  }
}

export function noSopMessage(path: string, lang: Lang): string {
  return messages(lang).output.noSop(path);
}

/** File names for one BPMN file per SOP: "<sheet>-<SOP name>.bpmn", numbered where two would clash. */
export function bpmnFileNames(results: SopResult[]): string[] {
  const used = new Set<string>();
  return results.map(({ sop }) => {
    const base = safeFileName(`${sop.sheet}-${sop.name ?? sop.tableRange}`);
    let name = `${base}.bpmn`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}-${n}.bpmn`;
    used.add(name.toLowerCase());
    return name;
  });
}

export async function runExport(args: ExportArgs, io: Io): Promise<number> {
  const m = messages(args.lang).export;
  const refused = await outputReplacesInput(args.output, [args.input], args.lang);
  if (refused) {
    io.err(refused);
    return 2;
  }
  const book = await loadWorkbook(args.input, args, io);
  if (!book) return 2;
  const { grids, results } = book;
  if (results.length === 0) {
    io.err(noSopMessage(args.input, args.lang));
    return 2;
  }
  try {
    if (args.format === 'json') {
      await writeOutput(args.output, toJson(results.map((r) => r.sop)));
      io.out(m.wroteJson(results.length, args.output));
      return 0;
    }
    const gridOf = (sheet: string) => grids.find((g) => g.sheet === sheet)!;
    const xml = await Promise.all(
      results.map(({ sop, doc }) => toBpmn(sop, doc, gridOf(doc.sheet), { lang: args.lang }))
    );
    if (results.length === 1) {
      await writeOutput(args.output, xml[0]);
      io.out(m.wroteBpmn(args.output));
      return 0;
    }
    const names = bpmnFileNames(results);
    // The input may sit in the output folder: none of the files written may be it.
    for (const name of names) {
      const refusedFile = await outputReplacesInput(join(args.output, name), [args.input], args.lang);
      if (refusedFile) {
        io.err(refusedFile);
        return 2;
      }
    }
    await writeFolderOutput(
      args.output,
      names.map((name, i) => ({ name, data: xml[i] }))
    );
    io.out(
      m.wroteBpmnFolder(results.length, args.output) +
        names
          .map((n, i) => `  ${n}  (${results[i].sop.sheet}: ${results[i].sop.name ?? results[i].sop.tableRange})\n`)
          .join('')
    );
    return 0;
  } catch (e) {
    io.err(writeErrorMessage(e, args.output, args.lang));
    return 2;
  }
}
