// @vitest-environment jsdom
/**
 * File mode opens macro-enabled workbooks (.xlsm) too: the file input accepts them, the workbook is
 * read and checked like an .xlsx, and "Unduh berkas" gives back an .xlsm (same extension, the
 * macro-enabled media type) that still holds its vbaProject part and content type.
 */
import { readFile } from 'node:fs/promises';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import JSZip from 'jszip';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/taskpane/App';
import { workbookType, XLSM_TYPE, XLSX_TYPE } from '../../src/taskpane/download';
import { DEFAULT_SETTINGS } from '../../src/taskpane/settings';
import { createFileHost } from '../../src/xlsx/file-host';
import { toXlsm, VBA_CONTENT_TYPE, VBA_PART, vbaProjectBin } from '../cli/xlsm';
import { installJsdomShims } from './jsdom-shims';
import { press } from './press';

beforeAll(installJsdomShims);
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** The bytes of a Blob, read as the browser would (jsdom's Blob has no arrayBuffer()). */
function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((done) => {
    const reader = new FileReader();
    reader.onload = () => done(new Uint8Array(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(blob);
  });
}

describe('an .xlsm in file mode', () => {
  it('gives the download the type of its name', () => {
    expect(workbookType('SOP-alur.xlsm')).toBe(XLSM_TYPE);
    expect(workbookType('SOP-alur.XLSM')).toBe(XLSM_TYPE);
    expect(workbookType('SOP-alur.xlsx')).toBe(XLSX_TYPE);
  });

  it('is accepted by the file input, checked, and downloaded as .xlsm with its macros', async () => {
    const xlsm = await toXlsm(new Uint8Array(await readFile('tests/fixtures/xlsx/002-satpol-pp.xlsx')));
    const opened: string[] = [];
    const blobs: Blob[] = [];
    const names: string[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:workbook'));
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    render(
      <FluentProvider theme={webLightTheme}>
        <App
          mode="file"
          language="id"
          initialSettings={structuredClone(DEFAULT_SETTINGS)}
          openFile={async (file) => (opened.push(file.name), createFileHost(xlsm, file.name))}
        />
      </FluentProvider>
    );
    const input = screen.getByLabelText('Buka berkas .xlsx') as HTMLInputElement;
    expect(input.accept.split(',')).toEqual(['.xlsx', '.xlsm']);
    await act(async () => {
      fireEvent.change(input, { target: { files: [new File([xlsm as Uint8Array<ArrayBuffer>], 'SOP Satpol.xlsm')] } });
    });
    expect(opened).toEqual(['SOP Satpol.xlsm']);
    await screen.findByRole('button', { name: 'Periksa SOP' }, { timeout: 15000 });
    await press('Periksa SOP');
    expect(screen.getByRole('group', { name: 'Total waktu' }).textContent).toContain('23 hari 45 menit');
    await press('Unduh berkas');
    expect(names).toEqual(['SOP Satpol-alur.xlsm']);
    // Blob lower-cases its type, as browsers do (media types are case-insensitive).
    expect(blobs.map((b) => b.type)).toEqual([XLSM_TYPE.toLowerCase()]);
    const zip = await JSZip.loadAsync(await bytesOf(blobs[0]));
    expect(await zip.file(VBA_PART)!.async('uint8array')).toEqual(vbaProjectBin());
    const types = await zip.file('[Content_Types].xml')!.async('string');
    expect(types).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    expect(types).toContain(VBA_CONTENT_TYPE);
  }, 60000);
});
