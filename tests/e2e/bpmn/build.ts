/**
 * The viewer's "build": no bundler, only a folder holding viewer.html and viewer.js from here plus
 * bpmn-js's prebuilt NavigatedViewer bundle and its CSS (with the icon font the CSS points at) from
 * node_modules, ready for serveStatic.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../support';

const BPMN_JS_DIST = join(REPO_ROOT, 'node_modules', 'bpmn-js', 'dist');

/** Copies the viewer into a new temporary folder and returns its path. */
export function buildViewer(): string {
  const out = mkdtempSync(join(tmpdir(), 'alur-bpmn-viewer-'));
  for (const file of ['viewer.html', 'viewer.js']) {
    cpSync(join(import.meta.dirname, file), join(out, file));
  }
  cpSync(
    join(BPMN_JS_DIST, 'bpmn-navigated-viewer.production.min.js'),
    join(out, 'bpmn-navigated-viewer.production.min.js')
  );
  cpSync(join(BPMN_JS_DIST, 'assets'), join(out, 'assets'), { recursive: true });
  return out;
}
