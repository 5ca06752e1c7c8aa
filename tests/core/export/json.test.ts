import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { sopToContract, toJson } from '../../../src/core/export/json';
import { seed001, seed002 } from './build';

const schema = JSON.parse(
  readFileSync(new URL('../../../../shared/contract/report.schema.json', import.meta.url), 'utf8')
);

/** Validates a `sops` array against the contract schema's own definition of an SOP. */
function validateSops(value: unknown) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema(schema);
  const validate = ajv.compile({
    type: 'array',
    items: { $ref: 'alur-report.schema.json#/$defs/sop' },
  });
  const ok = validate(value);
  return { ok, errors: validate.errors };
}

describe('toJson', () => {
  it('writes the sops array that the report schema accepts', () => {
    const json = toJson([seed002().sop, seed001().sop]);
    const parsed = JSON.parse(json);
    const { ok, errors } = validateSops(parsed);
    expect(errors).toBeNull();
    expect(ok).toBe(true);
    expect(parsed).toHaveLength(2);
    expect(parsed[0].steps).toHaveLength(11);
    expect(parsed[0].steps[7].actors).toEqual(['TIM', 'KASUBAG PERENCANAAN DAN PELAPORAN']);
    expect(parsed[0].findings[0].fix).toEqual({ cell: 'H37', from: 'DTAFT RKT', to: 'DRAFT RKT' });
    expect(parsed[0].findings[1].fix).toBeNull();
  });

  it('is pretty-printed with two spaces and ends with a newline', () => {
    const json = toJson([seed002().sop]);
    expect(json.startsWith('[\n  {\n    "sheet": "SOP RKT",\n')).toBe(true);
    expect(json.endsWith(']\n')).toBe(true);
  });

  it('keeps the contract key order whatever order the objects were filled in', () => {
    const { sop } = seed002();
    const shuffled = Object.fromEntries(Object.entries(sop).reverse()) as typeof sop;
    shuffled.steps = sop.steps.map(
      (s) => Object.fromEntries(Object.entries(s).reverse()) as typeof s
    );
    const parsed = JSON.parse(toJson([shuffled]));
    expect(Object.keys(parsed[0])).toEqual([
      'sheet',
      'tableRange',
      'name',
      'identity',
      'actors',
      'steps',
      'duration',
      'findings',
    ]);
    expect(Object.keys(parsed[0].identity)).toEqual([
      'nomor',
      'tanggalPembuatan',
      'tanggalRevisi',
      'tanggalPengesahan',
      'disahkanOleh',
      'dasarHukum',
      'kualifikasiPelaksana',
      'keterkaitan',
      'peralatanPerlengkapan',
      'peringatan',
      'pencatatanPendataan',
    ]);
    expect(Object.keys(parsed[0].steps[0])).toEqual([
      'no',
      'row',
      'uraian',
      'actors',
      'symbol',
      'kelengkapan',
      'output',
      'keterangan',
      'waktu',
    ]);
    expect(Object.keys(parsed[0].steps[0].waktu)).toEqual(['text', 'minMinutes', 'maxMinutes']);
    expect(Object.keys(parsed[0].duration)).toEqual([
      'minMinutes',
      'maxMinutes',
      'text',
      'stepsWithoutTime',
    ]);
    expect(Object.keys(parsed[0].findings[0])).toEqual([
      'rule',
      'severity',
      'cell',
      'message',
      'fix',
    ]);
    expect(toJson([shuffled])).toBe(toJson([sop]));
  });

  it("leaves the parser's internal fields out when given StepDocs", () => {
    const { sop, doc } = seed001();
    const withDocs = { ...sop, steps: doc.steps };
    const out = sopToContract(withDocs);
    expect(out.steps[5]).not.toHaveProperty('branches');
    expect(out.steps[5]).not.toHaveProperty('cells');
    expect(toJson([withDocs])).toBe(toJson([sop]));
    expect(validateSops(JSON.parse(toJson([withDocs]))).ok).toBe(true);
  });

  it('writes an empty array for no SOP', () => {
    expect(toJson([])).toBe('[]\n');
  });
});
