// @vitest-environment jsdom
/**
 * Issue 13 in the pane: "Periksa SOP" on the active sheet reads the workbook, so the identity on a
 * cover sheet reaches the active flowchart's SOP; with the cover itself active, the SOPs it fronts
 * are shown.
 */
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { specToGrid } from '../fixtures/spec';
import { realCoverByContent, satpolPP } from '../fixtures/specs';
import { usePane } from '../../src/taskpane/usePane';
import { DEFAULT_SETTINGS } from '../../src/taskpane/settings';
import { createMemoryHost } from './memory-host';

afterEach(() => cleanup());

async function checked(active: string, grids = realCoverByContent.sheets.map(specToGrid)) {
  const host = createMemoryHost(grids, { active });
  const { result } = renderHook(() => usePane(host, structuredClone(DEFAULT_SETTINGS), 'id'));
  await act(() => result.current.actions.check());
  return result.current.state.results ?? [];
}

describe('the pane on a workbook with a cover sheet', () => {
  it('gives the active flowchart sheet the identity of its cover', async () => {
    const results = await checked('Pelayanan KK');
    expect(results.map((r) => [r.sop.sheet, r.sop.name, r.sop.identity.nomor, r.doc.cover])).toEqual([
      ['Pelayanan KK', 'PELAYANAN ADMINISTRASI KEPENDUDUKAN', '100/05/KEC/2023', { sheet: 'Lembar1', by: 'order', guess: true, name: 'PELAYANAN ADMINISTRASI KEPENDUDUKAN', anchor: 'Lembar1!G10' }],
    ]);
  });

  it('with the cover active, shows the SOPs it fronts', async () => {
    const results = await checked('Lembar1');
    expect(results.map((r) => r.sop.sheet)).toEqual(['Pelayanan KTP', 'Pelayanan KK']);
  });

  it('a one-sheet workbook is read as before', async () => {
    const results = await checked(satpolPP.sheets[0].name, satpolPP.sheets.map(specToGrid));
    expect(results.map((r) => r.sop.sheet)).toEqual([satpolPP.sheets[0].name]);
  });
});
