/** SOPs for the report's tests: a CrossSop from a few identity values, and a checked seed-002 SOP. */
import { analyzeSop } from '../../../src/core/check';
import { emptyIdentity } from '../../../src/core/detect/identity';
import type { Identity, Sop } from '../../../src/core/model';
import { reviewSop, type ReviewSop } from '../../../src/core/report';
import type { CrossSop } from '../../../src/core/rules/cross';
import { officeOf } from '../../../src/core/rules/cross';
import { buildSop, type BuildOptions } from '../flowchart/build';

export interface CrossSpec {
  path: string;
  name?: string | null;
  sheet?: string;
  identity?: Partial<Identity>;
  actors?: string[];
}

/** A CrossSop with its cells at fixed places: Nomor B5, Nama B6, dates B7-B9, Keterkaitan A20, actors D14, E14 ... */
export function crossSop(spec: CrossSpec): CrossSop {
  const identity: Identity = { ...emptyIdentity(), ...spec.identity };
  const actors = (spec.actors ?? []).map((name, i) => ({ name, column: String.fromCharCode(68 + i) }));
  const sop: Sop = {
    sheet: spec.sheet ?? 'SOP',
    tableRange: 'A13:K20',
    name: spec.name === undefined ? 'SOP Contoh' : spec.name,
    identity,
    actors,
    steps: [],
    duration: { minMinutes: 0, maxMinutes: 0, text: '-', stepsWithoutTime: [] },
    findings: [],
  };
  return {
    path: spec.path,
    office: officeOf(spec.path),
    sop,
    cells: {
      nomor: 'B5',
      nama: 'B6',
      tanggalPembuatan: 'B7',
      tanggalRevisi: 'B8',
      tanggalPengesahan: 'B9',
      keterkaitan: 'A20',
      actors: actors.map((a) => ({ name: a.name, cell: `${a.column}14` })),
      table: 'A13',
    },
    flowchart: { lanes: [], top: 0, bottom: 0, shapes: [], connectors: [], warnings: [] },
  };
}

/** Seed 002's SOP (five lanes, a decision looping back, step 8 by two actors), checked and planned. */
export function seedReview(opts: BuildOptions = {}): ReviewSop {
  const { doc, grid } = buildSop(opts);
  return reviewSop(analyzeSop(doc), grid, 'id');
}
