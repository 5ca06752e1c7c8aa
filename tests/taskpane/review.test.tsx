// @vitest-environment jsdom
/**
 * Issue 15 in the pane: after a check the flowchart card previews, as SVG, exactly the plan "Gambar
 * flowchart" will draw (same symbols, steps and actors), with nothing written to the sheet; "Gambar
 * flowchart" then draws that very plan. "Unduh laporan" downloads the review report of the workbook's
 * SOPs, built by the same core code as `alur review`.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { specToGrid } from '../fixtures/spec';
import { satpolPP } from '../fixtures/specs';
import { App } from '../../src/taskpane/App';
import { DEFAULT_SETTINGS } from '../../src/taskpane/settings';
import { installJsdomShims } from './jsdom-shims';
import { press } from './press';
import { createMemoryHost } from './memory-host';

beforeAll(installJsdomShims);
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function setup() {
  const host = createMemoryHost(satpolPP.sheets.map(specToGrid));
  render(
    <FluentProvider theme={webLightTheme}>
      <App mode={host.kind} language="id" host={host} initialSettings={structuredClone(DEFAULT_SETTINGS)} />
    </FluentProvider>
  );
  return host;
}

describe('review in the pane', () => {
  it('previews the flowchart it will draw before anything is written, then draws that plan', async () => {
    const host = setup();
    await press('Periksa SOP');
    const preview = screen.getByRole('img', { name: 'Pratinjau flowchart' });
    const symbols = [...preview.querySelectorAll('g.sym')].map((g) => [
      g.getAttribute('data-kind'),
      g.getAttribute('data-step'),
      g.getAttribute('data-actor'),
    ]);
    expect(symbols.length).toBeGreaterThan(5);
    expect(preview.querySelectorAll('g.lane')).toHaveLength(5);
    expect(host.drawnPlans).toEqual([]);
    await press('Gambar flowchart');
    expect(host.drawnPlans.flatMap((p) => p.shapes.map((s) => [s.kind, s.step, s.actor]))).toEqual(symbols);
  }, 60000);

  it('downloads the review report of the workbook as HTML', async () => {
    const blobs: Blob[] = [];
    const names: string[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:report'));
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    setup();
    await press('Periksa SOP');
    const data = screen.getByRole('button', { name: 'Unduh laporan' });
    expect(within(data).getByText('Unduh laporan')).toBeTruthy();
    await press('Unduh laporan');
    expect(names).toEqual(['laporan-sop.html']);
    // jsdom's Blob has no text(): read it as the browser would.
    const html = await new Promise<string>((done) => {
      const reader = new FileReader();
      reader.onload = () => done(reader.result as string);
      reader.readAsText(blobs[0]);
    });
    expect(html).toContain('<title>Laporan Tinjauan SOP</title>');
    expect(html).toContain('SOP Penyusunan RKT');
    expect(html).toContain('23 hari 45 menit');
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg" class="flowchart"');
    expect(html).toContain('Formulir Monitoring Pelaksanaan SOP AP');
  }, 60000);
});
