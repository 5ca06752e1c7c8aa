import { describe, expect, it } from 'vitest';
import { HostError } from '../../src/core/host';
import { drawPlans, fitFontSize, removeFromSheet } from '../../src/excel/draw';
import { alurNames, generatedSop, install } from './helpers';

describe('drawPlans with shapes (ExcelApi 1.9)', () => {
  it('draws 10, 50 and 200 steps in the same two syncs', async () => {
    const syncs: number[] = [];
    for (const n of [10, 50, 200]) {
      const { grid, plan } = generatedSop(n);
      const fake = install([grid]);
      const before = fake.stats.syncs;
      const result = await drawPlans([plan], { replaceHandDrawn: false });
      syncs.push(fake.stats.syncs - before);
      expect(result).toMatchObject({ drawn: 1, fallback: null, skipped: [] });
      expect(result.shapes).toBe(plan.shapes.length);
      expect(result.connectors).toBe(plan.connectors.length);
      const sheet = fake.sheet('SOP');
      for (const s of plan.shapes) {
        const drawn = sheet.shape(s.name)!;
        expect(drawn).toBeDefined();
        expect(drawn.geometricShapeType).toBe(s.preset.charAt(0).toUpperCase() + s.preset.slice(1));
        expect([drawn.left, drawn.top, drawn.width, drawn.height]).toEqual([
          s.box.left,
          s.box.top,
          s.box.width,
          s.box.height,
        ]);
        expect(drawn.text).toBe(s.text);
        expect(drawn.altTextDescription).toBe(s.description);
        expect(drawn.textAlign).toBe('Center');
      }
      for (const c of plan.connectors) {
        const line = sheet.shape(c.name)!.line!;
        expect(line.beginShapeId).toBe(
          sheet.shape(plan.shapes.find((s) => s.id === c.from.shape)!.name)!.id
        );
        expect(line.endShapeId).toBe(
          sheet.shape(plan.shapes.find((s) => s.id === c.to.shape)!.name)!.id
        );
        expect(line.endArrowheadStyle).toBe('Triangle');
        expect(line.connectorType).toBe(c.kind === 'elbow' ? 'Elbow' : 'Straight');
      }
      const labels = plan.connectors.filter((c) => c.label);
      expect(labels.length).toBeGreaterThan(0);
      for (const c of labels) expect(sheet.shape(`${c.name}:label`)!.text).toBe(c.label);
    }
    expect(syncs).toEqual([2, 2, 2]);
  });

  it('reports progress per phase', async () => {
    const { grid, plan } = generatedSop(10);
    install([grid]);
    const calls: [number, number][] = [];
    await drawPlans([plan], { replaceHandDrawn: false, onProgress: (d, t) => calls.push([d, t]) });
    expect(calls).toEqual([
      [0, 2],
      [1, 2],
      [2, 2],
    ]);
  });

  it('drawing twice leaves one flowchart', async () => {
    const { grid, plan } = generatedSop(12);
    const fake = install([grid]);
    await drawPlans([plan], { replaceHandDrawn: false });
    const once = alurNames(fake, 'SOP').sort();
    await drawPlans([plan], { replaceHandDrawn: false });
    expect(alurNames(fake, 'SOP').sort()).toEqual(once);
  });
});

describe('fitFontSize', () => {
  it('keeps short text at 10 pt and shrinks long text, never below 6', () => {
    expect(fitFontSize('3', { width: 60, height: 30 }, 'process')).toBe(10);
    expect(fitFontSize('Selesai', { width: 60, height: 24 }, 'terminator')).toBeLessThanOrEqual(10);
    expect(fitFontSize('x'.repeat(200), { width: 30, height: 12 }, 'decision')).toBe(6);
  });
});
