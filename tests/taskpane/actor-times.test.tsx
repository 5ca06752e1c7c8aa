// @vitest-environment jsdom
/**
 * The pane's "Waktu per pelaksana" chart takes the core's per-actor times of the parsed SOP, so an
 * actor doing two steps that run at the same time ("simultan") spends the longer, not their sum.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { specToGrid } from '../fixtures/spec';
import { bendaharaParallel } from '../core/actor-times-spec';
import { App } from '../../src/taskpane/App';
import { DEFAULT_SETTINGS } from '../../src/taskpane/settings';
import { installJsdomShims } from './jsdom-shims';
import { createMemoryHost } from './memory-host';

beforeAll(installJsdomShims);
afterEach(() => cleanup());

describe('time per actor in the pane', () => {
  it('counts a parallel group once for the actor doing both of its steps', async () => {
    const host = createMemoryHost(bendaharaParallel.sheets.map(specToGrid));
    render(
      <FluentProvider theme={webLightTheme}>
        <App mode={host.kind} language="id" host={host} initialSettings={structuredClone(DEFAULT_SETTINGS)} />
      </FluentProvider>
    );
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Periksa SOP' }));
    });
    const list = await screen.findByRole('list', { name: 'Waktu per pelaksana' }, { timeout: 15000 });
    const rows = within(list)
      .getAllByRole('listitem')
      .map((li) => [...li.querySelectorAll('span')].slice(0, 2).map((s) => s.textContent));
    expect(rows).toEqual([
      ['Bendahara', '2 hari'],
      ['Kasubag Umum', '3 jam'],
      ['Sekretaris', '30 menit'],
      ['Pengurus Barang', '–'],
    ]);
  }, 30000);
});
