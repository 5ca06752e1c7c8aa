/**
 * The report renderer: the SVG is the plan (every symbol at the plan's box, in its actor's lane; every
 * connector with the plan's points and an arrowhead; Ya/Tidak; off-page pairs), every workbook text is
 * escaped, and the page holds the overview, the findings across SOPs, and per SOP its total, findings
 * and a monitoring form with one row per step, with no reference outside the file.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from '../../../src/core/model';
import { flowchartSvg, renderReport, type ReviewFile } from '../../../src/core/report';
import { SEED_002_ACTORS, SEED_002_STEPS } from '../flowchart/build';
import { seedReview } from './build';

const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

describe('flowchartSvg', () => {
  const review = seedReview({ repeatHeaderBefore: ['6'] });
  const svg = flowchartSvg(review.flowchart, { lang: 'id', idPrefix: 't' })!;

  it('draws one lane per actor, named, at the plan sheet positions', () => {
    const lanes = [...svg.matchAll(/<g class="lane"[^>]*>/g)].map((m) => attr(m[0], 'data-actor'));
    expect(lanes).toEqual(SEED_002_ACTORS);
    for (const name of ['TIM', 'SEKRETARIS', 'KEPALA DINAS']) expect(svg).toContain(`>${name}</tspan>`);
  });

  it('draws every symbol of the plan, each in its actor lane', () => {
    const groups = [...svg.matchAll(/<g class="sym sym-(\w+)"[^>]*>/g)];
    const plan = review.flowchart.shapes;
    expect(groups.map((g) => [g[1], attr(g[0], 'data-step'), attr(g[0], 'data-actor')])).toEqual(
      plan.map((s) => [s.kind, s.step, s.actor])
    );
    // Each symbol's box lies inside its lane's extent.
    for (const s of plan) {
      const lane = review.flowchart.lanes.find((l) => l.name === s.actor)!;
      expect(s.box.left).toBeGreaterThanOrEqual(lane.left);
      expect(s.box.left + s.box.width).toBeLessThanOrEqual(lane.right);
    }
    // Every step with an actor is drawn; step 8 once per actor.
    const steps = plan.filter((s) => s.kind !== 'offpage').map((s) => s.step);
    expect(steps).toEqual(SEED_002_STEPS.flatMap((s) => s.actors.map(() => s.no)));
    expect(groups.filter((g) => g[1] === 'terminator').length).toBe(2);
    expect(groups.filter((g) => g[1] === 'decision').length).toBe(1);
  });

  it('draws connectors through the plan points with an arrowhead, and the Tidak branch label', () => {
    const conns = [...svg.matchAll(/<g class="conn conn-(\w+)"[^>]*><polyline points="([^"]*)" marker-end="url\(#t-arrow\)"\/>/g)];
    expect(conns.map((c) => c[2])).toEqual(
      review.flowchart.connectors.map((c) => c.points.map((p) => `${p.x},${p.y}`).join(' '))
    );
    expect(svg).toContain('<marker id="t-arrow"');
    expect(svg).toMatch(/<text class="branch-label"[^>]*>Tidak<\/text>/);
  });

  it('draws the off-page pair at the page break, both with the same letter', () => {
    const pentagons = [...svg.matchAll(/<g class="sym sym-offpage"[^>]*>.*?<text[^>]*>([^<]*)<\/text><\/g>/g)].map((m) => m[1]);
    expect(pentagons).toEqual(['A', 'A']);
  });

  it('escapes names and draws nothing for a plan without symbols', () => {
    const view = { ...review.flowchart, lanes: [{ name: '<script>alert(1)</script> & "x"', left: 0, right: 80 }, ...review.flowchart.lanes.slice(1)] };
    const out = flowchartSvg(view, { lang: 'id' })!;
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(flowchartSvg({ ...review.flowchart, shapes: [] }, { lang: 'id' })).toBeNull();
  });
});

describe('renderReport', () => {
  const review = seedReview();
  review.sop.name = 'Penyusunan <RKT> & "Renja"';
  const files: ReviewFile[] = [
    { path: 'satpol/002.xlsx', error: null, sops: [review] },
    { path: 'satpol/rusak.xlsx', error: { code: 'unreadable', message: 'Berkas tidak dapat dibaca.' }, sops: [] },
  ];
  const cross = [
    {
      rule: 'keterkaitan-not-found',
      severity: 'info' as const,
      message: 'Keterkaitan “SOP X” tidak ditemukan di sini',
      places: [{ path: 'satpol/002.xlsx', sheet: 'SOP RKT', cell: 'A24' }],
    },
  ];
  const html = renderReport({
    files,
    crossFindings: cross,
    calendar: DEFAULT_CALENDAR,
    lang: 'id',
    version: '9.9.9',
    generated: new Date(2026, 11, 7, 9, 5),
  });

  it('is one page with no script and no reference outside itself', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\b(?:src|href)="(?!#)/);
    expect(html).not.toMatch(/url\((?!#)/);
    expect(html).not.toMatch(/@import/);
    expect(html).toContain('size: A4 landscape');
    expect(html).toContain('counter(page)');
  });

  it('has the overview row of every SOP with its status, and unreadable files', () => {
    const overview = html.slice(html.indexOf('id="overview"'), html.indexOf('id="cross"'));
    expect(overview).toContain('Kantor (folder): satpol');
    expect(overview).toContain('<a href="#sop-1">Penyusunan &lt;RKT&gt; &amp; &quot;Renja&quot;</a>');
    expect(overview).toContain('Perlu perbaikan');
    expect(overview).toContain('rusak.xlsx');
    expect(overview).toContain('Tidak terbaca');
    expect(html).not.toContain('<RKT>');
  });

  it('lists the findings across SOPs with their places', () => {
    expect(html).toContain('<code>keterkaitan-not-found</code>');
    expect(html).toContain('satpol/002.xlsx — SOP RKT!A24');
  });

  it('gives each SOP its SVG, its total, its findings and a monitoring form row per step', () => {
    const sop = html.slice(html.indexOf('id="sop-1"'));
    expect(sop).toContain('<svg xmlns="http://www.w3.org/2000/svg" class="flowchart"');
    expect(sop).toContain(`<span class="total">${review.sop.duration.text}</span>`);
    const findingRows = sop.match(/<tr class="finding">/g) ?? [];
    expect(findingRows.length).toBe(review.sop.findings.length);
    const form = sop.slice(sop.indexOf('class="monitoring"'));
    for (const h of ['No.', 'Prosedur', 'Penilaian terhadap Penerapan', 'Catatan Hasil Penilaian', 'Tindakan yang Harus Diambil', 'Paraf Penilai'])
      expect(form).toContain(`<th>${h}</th>`);
    const rows = form.match(/<td class="assess">/g) ?? [];
    expect(rows.length).toBe(review.sop.steps.length);
    expect(form.match(/Tidak berjalan dengan baik/g)?.length).toBe(review.sop.steps.length);
    expect(form).toContain('Peraturan Menteri PANRB Nomor 35 Tahun 2012');
  });

  it('speaks English when asked', () => {
    const en = renderReport({ files, crossFindings: [], calendar: DEFAULT_CALENDAR, lang: 'en', version: '1', generated: new Date(2026, 0, 1) });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('SOP Review Report');
    expect(en).toContain('No findings across SOPs.');
    expect(en).toContain('Needs fixing');
  });
});
