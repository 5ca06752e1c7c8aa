/**
 * The review report as one self-contained HTML page (issue 15): inline CSS and SVG, no script, no
 * reference to anything outside the file, so it opens from a USB stick or an e-mail attachment and
 * prints on A4 landscape (overview first, then one page group per SOP, page numbers in the margin).
 *
 * Pure: every value comes from the arguments, every text from a workbook is escaped. The CLI
 * (`alur review`) and the task pane (`Unduh laporan`) both call renderReport.
 */
import { actorTimes, formatRange, type ActorDuration } from '../duration';
import type { Calendar, Finding, Lang, Severity, Sop } from '../model';
import { baseName, officeOf } from '../rules/utils/places';
import { esc } from './escape';
import { FLOWCHART_CSS, flowchartSvg } from './svg';
import type { CrossFinding, ReviewFile, ReviewPlace, ReviewSop } from './types';
import { reportWords, type ReportWords, type SopStatus } from './words';

export interface ReportInput {
  files: ReviewFile[];
  crossFindings: CrossFinding[];
  calendar: Calendar;
  lang: Lang;
  version: string;
  /** When the report was made (shown in its heading). */
  generated: Date;
  /** Heading of the report (default: "Laporan Tinjauan SOP"). */
  title?: string;
}

interface Entry {
  index: number;
  file: ReviewFile;
  review: ReviewSop;
  cross: CrossFinding[];
  counts: Record<Severity, number>;
  status: SopStatus;
}

function counts(findings: { severity: Severity }[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

/** Whether a place lies in an SOP: its file, and its sheet (or a cover sheet of a one-SOP file). */
function placeInSop(place: ReviewPlace, file: ReviewFile, sop: Sop): boolean {
  return place.path === file.path && (place.sheet === sop.sheet || file.sops.length === 1);
}

function entriesOf(input: ReportInput): Entry[] {
  const entries: Entry[] = [];
  for (const file of input.files) {
    for (const review of file.sops) {
      const cross = input.crossFindings.filter((f) => f.places.some((p) => placeInSop(p, file, review.sop)));
      const c = counts(review.sop.findings);
      const crossBad = cross.some((f) => f.severity !== 'info');
      entries.push({
        index: entries.length + 1,
        file,
        review,
        cross,
        counts: c,
        status: c.error + c.warning > 0 || crossBad ? 'fix' : 'ready',
      });
    }
  }
  return entries;
}

function dateText(d: Date, w: ReportWords): string {
  const hh = String(d.getHours()).padStart(2, '0');
  const mm = String(d.getMinutes()).padStart(2, '0');
  return `${d.getDate()} ${w.months[d.getMonth()]} ${d.getFullYear()}, ${hh}.${mm}`;
}

const badge = (status: SopStatus, w: ReportWords) =>
  `<span class="status status-${status}">${esc(w.status[status])}</span>`;
const sev = (s: Severity, w: ReportWords) => `<span class="sev sev-${s}">${esc(w.severity[s])}</span>`;

function placeText(p: ReviewPlace): string {
  return `${p.path} — ${p.sheet}!${p.cell}`;
}

// ---------------------------------------------------------------------------------------------
// Overview

function overview(input: ReportInput, entries: Entry[], w: ReportWords): string {
  const offices: string[] = [];
  for (const f of input.files) if (!offices.includes(officeOf(f.path))) offices.push(officeOf(f.path));
  const head =
    `<thead><tr><th>${esc(w.col.no)}</th><th>${esc(w.col.file)}</th><th>${esc(w.col.sheet)}</th><th>${esc(w.col.name)}</th>` +
    `<th>${esc(w.col.nomor)}</th><th class="n">${esc(w.col.steps)}</th><th class="n">${esc(w.col.actors)}</th><th>${esc(w.col.total)}</th>` +
    `<th class="n">${esc(w.col.errors)}</th><th class="n">${esc(w.col.warnings)}</th><th class="n">${esc(w.col.infos)}</th><th>${esc(w.col.status)}</th></tr></thead>`;
  const groups = offices.map((office) => {
    const rows: string[] = [];
    for (const file of input.files.filter((f) => officeOf(f.path) === office)) {
      if (file.error || file.sops.length === 0) {
        const why = file.error ? file.error.message : w.noFlowchart;
        rows.push(
          `<tr class="row-unreadable"><td></td><td>${esc(baseName(file.path))}</td><td></td><td colspan="8">${esc(why)}</td><td>${badge('unreadable', w)}</td></tr>`
        );
        continue;
      }
      for (const e of entries.filter((x) => x.file === file)) {
        const s = e.review.sop;
        rows.push(
          `<tr><td class="n">${e.index}</td><td>${esc(baseName(file.path))}</td><td>${esc(s.sheet)}</td>` +
            `<td><a href="#sop-${e.index}">${esc(s.name ?? w.unnamed)}</a></td><td>${esc(s.identity.nomor ?? '')}</td>` +
            `<td class="n">${s.steps.length}</td><td class="n">${s.actors.length}</td><td class="total">${esc(s.duration.text)}</td>` +
            `<td class="n">${e.counts.error}</td><td class="n">${e.counts.warning}</td><td class="n">${e.counts.info}</td><td>${badge(e.status, w)}</td></tr>`
        );
      }
    }
    return (
      `<h3 class="office">${esc(w.office)}: ${esc(office || w.officeRoot)}</h3>` +
      `<table class="overview">${head}<tbody>${rows.join('')}</tbody></table>`
    );
  });
  return (
    `<section class="overview-section" id="overview"><h2>${esc(w.overview)}</h2><p class="hint">${esc(w.overviewHint)}</p>` +
    `${groups.join('')}<p class="legend">${esc(w.statusLegend)}</p></section>`
  );
}

function crossTable(findings: CrossFinding[], w: ReportWords, id?: string): string {
  const rows = findings
    .map(
      (f) =>
        `<tr><td><code>${esc(f.rule)}</code></td><td>${sev(f.severity, w)}</td><td>${esc(f.message)}</td>` +
        `<td><ul class="places">${f.places.map((p) => `<li>${esc(placeText(p))}</li>`).join('')}</ul></td></tr>`
    )
    .join('');
  return (
    `<table class="cross"${id ? ` id="${id}"` : ''}><thead><tr><th>${esc(w.rule)}</th><th>${esc(w.severityCol)}</th>` +
    `<th>${esc(w.message)}</th><th>${esc(w.places)}</th></tr></thead><tbody>${rows}</tbody></table>`
  );
}

function crossSection(findings: CrossFinding[], w: ReportWords): string {
  return (
    `<section class="cross-section" id="cross"><h2>${esc(w.cross)}</h2><p class="hint">${esc(w.crossHint)}</p>` +
    (findings.length === 0 ? `<p>${esc(w.crossNone)}</p>` : crossTable(findings, w)) +
    `</section>`
  );
}

// ---------------------------------------------------------------------------------------------
// One SOP

function identityBlock(s: Sop, w: ReportWords): string {
  const v = (t: string | null) => (t === null || t === '' ? `<span class="muted">${esc(w.empty)}</span>` : esc(t));
  const rows: [string, string | null][] = [
    [w.ident.nama, s.name],
    [w.ident.nomor, s.identity.nomor],
    [w.ident.tanggalPembuatan, s.identity.tanggalPembuatan],
    [w.ident.tanggalRevisi, s.identity.tanggalRevisi],
    [w.ident.tanggalPengesahan, s.identity.tanggalPengesahan],
    [w.ident.disahkanOleh, s.identity.disahkanOleh],
  ];
  const table = `<table class="identity"><tbody>${rows.map(([k, val]) => `<tr><th>${esc(k)}</th><td>${v(val)}</td></tr>`).join('')}</tbody></table>`;
  const keys = [
    'dasarHukum',
    'kualifikasiPelaksana',
    'keterkaitan',
    'peralatanPerlengkapan',
    'peringatan',
    'pencatatanPendataan',
  ] as const;
  const lists = keys
    .map((k) => {
      const items = s.identity[k];
      const body =
        items.length === 0
          ? `<p class="muted">${esc(w.empty)}</p>`
          : `<ol>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ol>`;
      return `<div class="list"><h4>${esc(w.lists[k])}</h4>${body}</div>`;
    })
    .join('');
  return `<h3>${esc(w.identity)}</h3>${table}<div class="lists">${lists}</div>`;
}

function mutuBaku(s: Sop, w: ReportWords): string {
  const cell = (t: string | null) => (t === null ? '' : esc(t));
  const rows = s.steps
    .map(
      (st) =>
        `<tr><td class="n">${esc(st.no ?? '')}</td><td>${esc(st.uraian)}</td><td>${esc(st.actors.join(', '))}</td>` +
        `<td>${cell(st.kelengkapan)}</td><td class="waktu">${cell(st.waktu?.text ?? null)}</td><td>${cell(st.output)}</td><td>${cell(st.keterangan)}</td></tr>`
    )
    .join('');
  const missing = s.duration.stepsWithoutTime.length
    ? `<p class="note">${esc(w.withoutTime(s.duration.stepsWithoutTime.join(', ')))}</p>`
    : '';
  return (
    `<h3>${esc(w.mutuBaku)}</h3><table class="mutu"><thead><tr><th>${esc(w.step.no)}</th><th>${esc(w.step.uraian)}</th>` +
    `<th>${esc(w.step.pelaksana)}</th><th>${esc(w.step.kelengkapan)}</th><th>${esc(w.step.waktu)}</th><th>${esc(w.step.output)}</th>` +
    `<th>${esc(w.step.keterangan)}</th></tr></thead><tbody>${rows}</tbody>` +
    `<tfoot><tr><th colspan="4">${esc(w.totalRow)}</th><td class="total" colspan="3"><strong>${esc(s.duration.text)}</strong></td></tr></tfoot></table>${missing}`
  );
}

/** `times`: the SOP's per-actor times gathered with it (parallel steps counted once); else from its steps. */
function actorBars(s: Sop, calendar: Calendar, lang: Lang, w: ReportWords, times?: ActorDuration[]): string {
  const rows = times ?? actorTimes(s);
  const longest = Math.max(0, ...rows.map((r) => r.maxMinutes));
  if (longest === 0) return `<h3>${esc(w.perActor)}</h3><p class="muted">${esc(w.noTime)}</p>`;
  const bars = rows
    .map((r) => {
      const pct = r.maxMinutes > 0 ? Math.max(1, (100 * r.maxMinutes) / longest) : 0;
      const value = r.maxMinutes === 0 ? '–' : formatRange(r.minMinutes, r.maxMinutes, calendar, lang);
      return (
        `<div class="bar-row"><span class="bar-name">${esc(r.actor)}</span>` +
        `<span class="bar-track"><span class="bar" style="width:${pct.toFixed(1)}%"></span></span><span class="bar-value">${esc(value)}</span></div>`
      );
    })
    .join('');
  const shared = s.steps.some((st) => st.actors.length > 1) ? `<p class="note">${esc(w.perActorNote)}</p>` : '';
  return `<h3>${esc(w.perActor)}</h3><div class="bars">${bars}</div>${shared}`;
}

function findingsBlock(findings: Finding[], w: ReportWords): string {
  if (findings.length === 0) return `<h3>${esc(w.findings)}</h3><p class="findings-none">${esc(w.findingsNone)}</p>`;
  const rows = findings
    .map(
      (f) =>
        `<tr class="finding"><td><code>${esc(f.cell)}</code></td><td>${sev(f.severity, w)}</td><td><code>${esc(f.rule)}</code></td>` +
        `<td>${esc(f.message)}</td><td>${f.fix ? `<code>${esc(f.fix.cell)}</code>: “${esc(f.fix.from)}” → “${esc(f.fix.to)}”` : ''}</td></tr>`
    )
    .join('');
  return (
    `<h3>${esc(w.findings)}</h3><table class="findings"><thead><tr><th>${esc(w.cell)}</th><th>${esc(w.severityCol)}</th>` +
    `<th>${esc(w.rule)}</th><th>${esc(w.message)}</th><th>${esc(w.fix)}</th></tr></thead><tbody>${rows}</tbody></table>`
  );
}

function monitoringForm(e: Entry, w: ReportWords): string {
  const s = e.review.sop;
  const box = (label: string) => `<span class="check"><span class="box"></span>${esc(label)}</span>`;
  const rows = s.steps
    .map(
      (st, i) =>
        `<tr><td class="n">${i + 1}.</td><td>${esc(st.uraian)}</td><td class="assess">${box(w.good)}${box(w.bad)}</td><td></td><td></td><td></td></tr>`
    )
    .join('');
  return (
    `<div class="monitoring"><h3>${esc(w.monitoring)}</h3>` +
    `<table class="mon-head"><tbody><tr><th>${esc(w.ident.nama)}</th><td>${esc(s.name ?? w.unnamed)}</td><th>${esc(w.ident.nomor)}</th><td>${esc(s.identity.nomor ?? '')}</td></tr>` +
    `<tr><th>${esc(w.monitoringFields.unit)}</th><td>${esc(e.file.path)}</td><th>${esc(w.monitoringFields.date)}</th><td class="blank"></td></tr>` +
    `<tr><th>${esc(w.monitoringFields.assessor)}</th><td class="blank" colspan="3"></td></tr></tbody></table>` +
    `<table class="mon"><thead><tr><th>${esc(w.mon.no)}</th><th>${esc(w.mon.prosedur)}</th><th>${esc(w.mon.penilaian)}</th>` +
    `<th>${esc(w.mon.catatan)}</th><th>${esc(w.mon.tindakan)}</th><th>${esc(w.mon.paraf)}</th></tr>` +
    `<tr class="colnums"><th>1</th><th>2</th><th>3</th><th>4</th><th>5</th><th>6</th></tr></thead><tbody>${rows}</tbody></table>` +
    `<p class="source">${esc(w.monitoringSource)}</p></div>`
  );
}

function sopSection(e: Entry, input: ReportInput, w: ReportWords): string {
  const s = e.review.sop;
  const svg = flowchartSvg(e.review.flowchart, {
    lang: input.lang,
    idPrefix: `sop${e.index}`,
    title: `${w.flowchart}: ${s.name ?? w.unnamed}`,
  });
  const notes = e.review.flowchart.warnings.length
    ? `<details class="plan-notes" open><summary>${esc(w.planNotes)}</summary><ul>${e.review.flowchart.warnings.map((m) => `<li>${esc(m)}</li>`).join('')}</ul></details>`
    : '';
  const chart =
    `<div class="chart"><h3>${esc(w.flowchart)}</h3><p class="hint">${esc(w.flowchartHint)}</p>` +
    (svg ? `<div class="svg-wrap">${svg}</div>` : `<p class="muted no-chart">${esc(w.noFlowchart)}</p>`) +
    `${notes}</div>`;
  const crossHere = e.cross.length ? `<h3>${esc(w.crossHere)}</h3>${crossTable(e.cross, w)}` : '';
  return (
    `<section class="sop" id="sop-${e.index}" data-sop="${e.index}">` +
    `<header class="sop-head"><h2>${e.index}. ${esc(s.name ?? w.unnamed)} ${badge(e.status, w)}</h2>` +
    `<p class="where">${esc(w.where(e.file.path, s.sheet, s.tableRange))}</p>` +
    `<p class="sop-total"><strong>${esc(w.totalRow)}:</strong> <span class="total">${esc(s.duration.text)}</span> · ` +
    `${esc(w.col.steps)}: ${s.steps.length} · ${esc(w.col.actors)}: ${s.actors.length} · ` +
    `${esc(w.col.errors)}: ${e.counts.error} · ${esc(w.col.warnings)}: ${e.counts.warning} · ${esc(w.col.infos)}: ${e.counts.info}</p></header>` +
    identityBlock(s, w) +
    chart +
    `<div class="after-chart">${mutuBaku(s, w)}${actorBars(s, input.calendar, input.lang, w, e.review.actorTimes)}${findingsBlock(s.findings, w)}${crossHere}</div>` +
    monitoringForm(e, w) +
    `</section>`
  );
}

// ---------------------------------------------------------------------------------------------
// The page

function css(w: ReportWords): string {
  return `
@page { size: A4 landscape; margin: 11mm 11mm 13mm 11mm;
  @bottom-right { content: "${w.page} " counter(page) " / " counter(pages); font: 8pt 'Liberation Sans', Arial, sans-serif; color: #555; }
  @bottom-left { content: "Alur · ${w.title}"; font: 8pt 'Liberation Sans', Arial, sans-serif; color: #555; } }
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font: 10pt/1.35 'Liberation Sans', Arial, Helvetica, sans-serif; color: #1b1b1b; margin: 0 auto; padding: 16px 20px; max-width: 1200px; background: #fff; }
h1 { font-size: 18pt; margin: 0 0 4px; color: #1f3864; }
h2 { font-size: 14pt; margin: 14px 0 6px; color: #1f3864; }
h3 { font-size: 11pt; margin: 12px 0 4px; color: #1f3864; }
h4 { font-size: 9.5pt; margin: 0 0 2px; }
.hint, .where, .legend, .note, .source { color: #555; font-size: 8.5pt; margin: 2px 0 6px; }
.muted { color: #777; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 8px; font-size: 8.5pt; }
th, td { border: 0.6pt solid #9a9a9a; padding: 2px 4px; vertical-align: top; text-align: left; }
thead th { background: #e8eef7; }
thead { display: table-header-group; }
tfoot { display: table-row-group; }
tr { break-inside: avoid; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
code { font-family: 'Liberation Mono', Consolas, monospace; font-size: 8pt; }
a { color: #1f3864; }
.status { display: inline-block; padding: 0 6px; border-radius: 8px; font-size: 8pt; font-weight: 600; white-space: nowrap; border: 0.6pt solid; }
.status-ready { background: #e2efda; color: #1e4620; }
.status-fix { background: #fde7e9; color: #8a1f11; }
.status-unreadable { background: #eeeeee; color: #444; }
.sev { font-weight: 600; white-space: nowrap; }
.sev-error { color: #a4262c; } .sev-warning { color: #8a5300; } .sev-info { color: #2b5797; }
ul.places { margin: 0; padding-left: 14px; }
.identity { width: auto; min-width: 50%; }
.identity th { width: 14em; background: #f3f6fb; }
.lists { display: grid; grid-template-columns: 1fr 1fr; gap: 4px 16px; font-size: 8.5pt; }
.lists ol { margin: 0; padding-left: 18px; }
.lists p { margin: 0; }
.svg-wrap { overflow-x: auto; }
svg.flowchart { display: block; max-width: 100%; height: auto; margin: 4px 0; }
.plan-notes { font-size: 8pt; color: #555; }
.bars { display: grid; gap: 3px; max-width: 720px; }
.bar-row { display: grid; grid-template-columns: 16em 1fr 11em; gap: 8px; align-items: center; font-size: 8.5pt; }
.bar-track { height: 9px; background: #eef1f5; border-radius: 4px; overflow: hidden; }
.bar { display: block; height: 100%; background: #2f5597; border-radius: 4px; }
.bar-value { font-variant-numeric: tabular-nums; }
.total { font-weight: 600; }
.mon-head th { width: 12em; background: #f3f6fb; }
.mon-head td.blank { height: 18px; }
.mon thead th { text-align: center; }
.mon .colnums th { background: #f3f6fb; font-weight: normal; font-size: 7.5pt; }
.mon td { height: 28px; }
/* Fixed layout: the form always fits the page width, whatever the length of a step's text. */
table.mon, table.mon-head { table-layout: fixed; }
.mon tr:first-child th:nth-child(1) { width: 5%; } .mon tr:first-child th:nth-child(2) { width: 31%; }
.mon tr:first-child th:nth-child(3) { width: 20%; } .mon tr:first-child th:nth-child(4) { width: 17%; }
.mon tr:first-child th:nth-child(5) { width: 17%; } .mon tr:first-child th:nth-child(6) { width: 10%; }
.mon td { overflow-wrap: anywhere; }
.mon-head td { overflow-wrap: anywhere; }
.check { display: block; }
.box { display: inline-block; width: 9px; height: 9px; border: 0.8pt solid #333; margin-right: 5px; vertical-align: -1px; }
.row-unreadable td { color: #555; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
${FLOWCHART_CSS}
@media print {
  body { padding: 0; max-width: none; font-size: 9pt; }
  a { color: inherit; text-decoration: none; }
  section.cross-section { break-before: page; }
  section.sop { break-before: page; }
  .chart { break-before: page; break-inside: avoid; }
  /* As large as the page allows, at most 1.6 times the sheet's size. */
  svg.flowchart { width: auto; max-width: 100%; height: min(165mm, calc(var(--h) * 1.6)); }
  .after-chart { break-before: page; }
  .monitoring { break-before: page; }
  details.plan-notes summary { list-style: none; }
}
`;
}

/** The whole report page. */
export function renderReport(input: ReportInput): string {
  const w = reportWords(input.lang);
  const entries = entriesOf(input);
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const e of entries) {
    errors += e.counts.error;
    warnings += e.counts.warning;
    infos += e.counts.info;
  }
  const title = input.title ?? w.title;
  return (
    `<!DOCTYPE html>\n<html lang="${input.lang}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="generator" content="Alur ${esc(input.version)}">` +
    `<title>${esc(title)}</title><style>${css(w)}</style></head><body>` +
    `<header class="report-head"><h1>${esc(title)}</h1><p class="hint">${esc(w.generated(dateText(input.generated, w), input.version))}</p>` +
    `<p class="summary">${esc(w.summary(input.files.length, entries.length, errors, warnings, infos))}</p></header>` +
    overview(input, entries, w) +
    crossSection(input.crossFindings, w) +
    entries.map((e) => sopSection(e, input, w)).join('\n') +
    `</body></html>\n`
  );
}
