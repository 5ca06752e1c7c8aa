/**
 * manifest.xml against the official XSDs (offline, via ../shared's validate.sh and xmllint), plus the
 * checks the XSDs cannot make: every icon URL must name a PNG in assets/ of the declared pixel size.
 * Broken variants prove the validator really rejects things.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const MANIFEST = join(ROOT, 'manifest.xml');
const VALIDATE = resolve(ROOT, '..', 'shared', 'schemas', 'office-addin-manifest', 'validate.sh');
const manifest = readFileSync(MANIFEST, 'utf8');
const scratch = mkdtempSync(join(tmpdir(), 'alur-manifest-'));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function validate(file: string): { status: number | null; output: string } {
  const run = spawnSync('sh', [VALIDATE, file], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

function validateVariant(name: string, xml: string) {
  const file = join(scratch, `${name}.xml`);
  writeFileSync(file, xml);
  return validate(file);
}

/** Replaces exactly one occurrence, so a variant cannot silently equal the original. */
function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const changed = text.replace(from, to);
  expect(changed, `variant did not change: ${String(from)}`).not.toBe(text);
  return changed;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  it('is valid against the Office add-in XSDs', () => {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' }); // fails loudly without libxml2-utils
    const result = validate(MANIFEST);
    expect(result.output).toContain('validates');
    expect(result.status).toBe(0);
  });

  it.each([
    ['missing Id', (xml: string) => replaceOnce(xml, /\s*<Id>[^<]*<\/Id>/, '')],
    [
      'bad version string',
      (xml: string) => replaceOnce(xml, /<Version>[^<]*</, '<Version>1.0.beta<'),
    ],
    [
      'unknown element',
      (xml: string) => replaceOnce(xml, '<Permissions>', '<Colour>teal</Colour>\n  <Permissions>'),
    ],
    [
      'unknown permission',
      (xml: string) => replaceOnce(xml, /<Permissions>[^<]*</, '<Permissions>Everything<'),
    ],
    ['not well-formed', (xml: string) => replaceOnce(xml, '</OfficeApp>', '')],
  ])('rejects a variant with a %s', (name, breakIt) => {
    const result = validateVariant(name.replace(/\W+/g, '-'), breakIt(manifest));
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/INVALID|error/i);
  });

  it('is an Excel task pane with a fresh GUID, id-ID default and an en-US override', () => {
    expect(manifest).toMatch(/xsi:type="TaskPaneApp"/);
    expect(manifest).toMatch(/<Host Name="Workbook"\/>/);
    expect(manifest).toMatch(
      /<Id>[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}<\/Id>/
    );
    expect(manifest).not.toContain('3f2b8c1e-7a4d-4e5f-9b61-0c2d8e4a7f13'); // the example's GUID
    expect(manifest).toContain('<DefaultLocale>id-ID</DefaultLocale>');
    expect(manifest).toMatch(/<DisplayName DefaultValue="Alur SOP">\s*<Override Locale="en-US"/);
    expect(manifest).toContain('<Permissions>ReadWriteDocument</Permissions>');
    // Excel 2016 can load it: nothing above ExcelApi 1.1 is required up front.
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1\.1"\/>/);
    expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
    expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(manifest).toContain('https://localhost:3000/taskpane.html');
  });

  it('points every icon URL at a PNG in assets/ with the declared pixel size', () => {
    const icons: Array<{ url: string; size: number }> = [];
    const iconUrl = /<IconUrl DefaultValue="([^"]+)"/.exec(manifest);
    const highRes = /<HighResolutionIconUrl DefaultValue="([^"]+)"/.exec(manifest);
    expect(iconUrl).not.toBeNull();
    expect(highRes).not.toBeNull();
    icons.push({ url: iconUrl![1], size: 32 }, { url: highRes![1], size: 64 });
    // Ribbon images: <bt:Image id="Icon.16x16" DefaultValue="..."/>; the id carries the size.
    for (const match of manifest.matchAll(
      /<bt:Image id="[^"]*?(\d+)x\1" DefaultValue="([^"]+)"/g
    )) {
      icons.push({ url: match[2], size: Number(match[1]) });
    }
    expect(icons.map((icon) => icon.size).sort((a, b) => a - b)).toEqual([16, 32, 32, 64, 80]);
    // Each size a control asks for must have a resource of that size.
    for (const match of manifest.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"\/>/g)) {
      expect(match[2]).toBe(`Icon.${match[1]}x${match[1]}`);
    }
    for (const { url, size } of icons) {
      const path = /^https:\/\/localhost:3000\/(assets\/[\w.-]+\.png)$/.exec(url);
      expect(path, url).not.toBeNull();
      expect(pngSize(join(ROOT, path![1])), url).toEqual({ width: size, height: size });
    }
  });
});
