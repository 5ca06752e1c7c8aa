/**
 * Time per actor honours parallel groups (StepDoc.parallel): one actor doing two steps that run at the
 * same time spends the longer, not the sum. One core function (actorTimes) gives it to the pane's chart
 * and to the review report.
 */
import { describe, expect, it } from 'vitest';
import { checkGrids } from '../../src/core/check';
import { actorTimes } from '../../src/core/duration';
import { renderReport, reviewGrids } from '../../src/core/report';
import { DEFAULT_CALENDAR } from '../../src/core/model';
import { specToGrid } from '../fixtures/spec';
import { bendaharaParallel } from './actor-times-spec';

describe('actorTimes', () => {
  const grids = bendaharaParallel.sheets.map(specToGrid);

  it('counts a parallel group once per actor (Bendahara: max(2 hari, 1 hari)), longest first', () => {
    const [r] = checkGrids(grids);
    expect(r.doc.steps.map((s) => s.parallel ?? null)).toEqual([null, 'run J4', 'run J4', null, null]);
    expect(actorTimes(r.doc)).toEqual([
      { actor: 'Bendahara', minMinutes: 900, maxMinutes: 900 },
      { actor: 'Kasubag Umum', minMinutes: 180, maxMinutes: 180 },
      { actor: 'Sekretaris', minMinutes: 30, maxMinutes: 30 },
      { actor: 'Pengurus Barang', minMinutes: 0, maxMinutes: 0 },
    ]);
    // The contract's steps carry no groups: given those, the two steps add up (what the pane showed).
    expect(actorTimes(r.sop)[0]).toEqual({ actor: 'Bendahara', minMinutes: 1350, maxMinutes: 1350 });
  });

  it('is what the review gathers and draws for each SOP', () => {
    const [review] = reviewGrids(grids);
    expect(review.actorTimes).toEqual(actorTimes(checkGrids(grids)[0].doc));
    const html = renderReport({
      files: [{ path: 'a.xlsx', error: null, sops: [review] }],
      crossFindings: [],
      calendar: DEFAULT_CALENDAR,
      lang: 'id',
      version: '0',
      generated: new Date(0),
    });
    const bar = /<div class="bar-row"><span class="bar-name">Bendahara<\/span>.*?<span class="bar-value">([^<]*)<\/span>/.exec(html);
    expect(bar?.[1]).toBe('2 hari');
  });
});
