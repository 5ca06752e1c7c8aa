/**
 * Sop -> JSON: the report's `sops` array, as `alur export --format json` writes it.
 *
 * Each object is rebuilt field by field in the order the contract lists them, so the output is stable
 * whatever order the parser filled its objects in, and so the parser's internal extras (a StepDoc's
 * cells, marks, branches ...) never leak into the structured data.
 */
import type { Actor, Duration, Finding, Identity, Sop, Step, Waktu } from '../model';

function identityOut(i: Identity): Identity {
  return {
    nomor: i.nomor,
    tanggalPembuatan: i.tanggalPembuatan,
    tanggalRevisi: i.tanggalRevisi,
    tanggalPengesahan: i.tanggalPengesahan,
    disahkanOleh: i.disahkanOleh,
    dasarHukum: [...i.dasarHukum],
    kualifikasiPelaksana: [...i.kualifikasiPelaksana],
    keterkaitan: [...i.keterkaitan],
    peralatanPerlengkapan: [...i.peralatanPerlengkapan],
    peringatan: [...i.peringatan],
    pencatatanPendataan: [...i.pencatatanPendataan],
  };
}

function actorOut(a: Actor): Actor {
  return { name: a.name, column: a.column };
}

function waktuOut(w: Waktu | null): Waktu | null {
  return w === null ? null : { text: w.text, minMinutes: w.minMinutes, maxMinutes: w.maxMinutes };
}

function stepOut(s: Step): Step {
  return {
    no: s.no,
    row: s.row,
    uraian: s.uraian,
    actors: [...s.actors],
    symbol: s.symbol,
    kelengkapan: s.kelengkapan,
    output: s.output,
    keterangan: s.keterangan,
    waktu: waktuOut(s.waktu),
  };
}

function durationOut(d: Duration): Duration {
  return {
    minMinutes: d.minMinutes,
    maxMinutes: d.maxMinutes,
    text: d.text,
    stepsWithoutTime: [...d.stepsWithoutTime],
  };
}

function findingOut(f: Finding): Finding {
  return {
    rule: f.rule,
    severity: f.severity,
    cell: f.cell,
    message: f.message,
    fix: f.fix ? { cell: f.fix.cell, from: f.fix.from, to: f.fix.to } : null,
  };
}

/** One SOP as the contract has it: exactly the contract's fields, in the contract's order. */
export function sopToContract(sop: Sop): Sop {
  return {
    sheet: sop.sheet,
    tableRange: sop.tableRange,
    name: sop.name,
    identity: identityOut(sop.identity),
    actors: sop.actors.map(actorOut),
    steps: sop.steps.map(stepOut),
    duration: durationOut(sop.duration),
    findings: sop.findings.map(findingOut),
  };
}

/** The report's `sops` array, pretty-printed (two spaces), ending with a newline. */
export function toJson(sops: Sop[]): string {
  return `${JSON.stringify(sops.map(sopToContract), null, 2)}\n`;
}
