/**
 * The seed workbooks through the real pipeline (xlsx reader -> checkGrids -> toBpmn), shared by the node
 * test of the export (tests/core/export/bpmn-seeds.test.ts) and the bpmn-js browser test, with the
 * numbers each seed's diagram must have, counted by hand from the SOP tables.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkGrids } from '../../../src/core/check';
import { toBpmn, type BpmnOptions } from '../../../src/core/export';
import type { Sop, SopDoc } from '../../../src/core/model';
import { readWorkbook } from '../../../src/xlsx/read';

export const XLSX_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'xlsx');

export interface SeedExpectation {
  /** Fixture file name without ".xlsx"; the screenshot is docs/screenshots/bpmn-<seed>.png. */
  seed: string;
  /** Lane names top to bottom: actors that carry a step, then "(tanpa pelaksana)" if a step has none. */
  lanes: string[];
  tasks: number;
  gateways: number;
  /** Start and end events. */
  events: number;
  sequenceFlows: number;
}

const NO_ACTOR = '(tanpa pelaksana)';

/**
 * Counted from the SOPs as the parser reads them: every step is a task or (a decision) a gateway; one
 * flow from the start event and one out of every step, plus a "Tidak" flow where a decision names its
 * target. Seeds 001 and 003 mark an actor on only a few steps, so most of their steps have no lane.
 */
export const SEEDS: SeedExpectation[] = [
  {
    seed: '000-kecamatan-paringin',
    lanes: ['Camat', 'Sekretaris', 'Kasubbag Perencanaan dan Keuangan', 'Pelaksana'],
    tasks: 7,
    gateways: 0,
    events: 2,
    sequenceFlows: 8,
  },
  {
    seed: '001-dinas-perpustakaan',
    lanes: ['Kasubag Program', NO_ACTOR],
    tasks: 10,
    gateways: 0,
    events: 2,
    sequenceFlows: 11,
  },
  {
    seed: '002-satpol-pp',
    lanes: [
      'TIM',
      'KASUBAG PERENCANAAN DAN PELAPORAN',
      'KABID/ KASUBAG/ JF PENYETARAAN',
      'SEKRETARIS',
      'KEPALA DINAS',
    ],
    tasks: 10,
    gateways: 1,
    events: 2,
    sequenceFlows: 12,
  },
  {
    seed: '003-diskominfo',
    lanes: ['Sekretaris', NO_ACTOR],
    tasks: 11,
    gateways: 0,
    events: 2,
    sequenceFlows: 12,
  },
  {
    seed: '004-setda-banjarbaru',
    lanes: [
      'Kepala Sub Bagian Perencanaan',
      'Pelaksana',
      'Sekretaris Daerah',
      'Kepala Bagian Umum',
      'Asisten III',
    ],
    tasks: 11,
    gateways: 0,
    events: 2,
    sequenceFlows: 12,
  },
  {
    seed: 'clean-surat-masuk',
    lanes: ['Pengadministrasi Umum', 'Kepala Subbagian Umum', 'Sekretaris', 'Kepala Dinas'],
    tasks: 5,
    gateways: 1,
    events: 2,
    // 6 steps + the start flow + the "Tidak" back from step 3 to step 2
    sequenceFlows: 8,
  },
];

export interface SeedExport {
  sop: Sop;
  doc: SopDoc;
  xml: string;
}

/** Reads a seed workbook and exports its only SOP as BPMN, exactly as `alur export` would. */
export async function exportSeed(seed: string, opts?: BpmnOptions): Promise<SeedExport> {
  const grids = await readWorkbook(await readFile(join(XLSX_DIR, `${seed}.xlsx`)));
  const results = checkGrids(grids);
  if (results.length !== 1) throw new Error(`${seed}: expected one SOP, found ${results.length}`);
  const { sop, doc } = results[0];
  const grid = grids.find((g) => g.sheet === sop.sheet);
  if (!grid) throw new Error(`${seed}: no sheet named ${sop.sheet}`);
  return { sop, doc, xml: await toBpmn(sop, doc, grid, opts) };
}
