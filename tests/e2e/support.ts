/**
 * Shared pieces of the browser tests: a tiny static server over dist/ and Debian's Chromium driven by
 * playwright-core (never a downloaded browser).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
export const DIST_DIR = join(REPO_ROOT, 'dist');
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Where the browser tests put their screenshots: tmp/screenshots (git-ignored), so that running the
 * tests never rewrites tracked files; docs/screenshots only when ALUR_UPDATE_SCREENSHOTS=1 asks for the
 * README's pictures to be updated.
 */
export const SCREENSHOTS_DIR =
  process.env.ALUR_UPDATE_SCREENSHOTS === '1' ? join(REPO_ROOT, 'docs', 'screenshots') : join(REPO_ROOT, 'tmp', 'screenshots');

/** Flags headless Chromium needs when run as root in a container, and to stay off the network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** Base URL ending in "/", e.g. http://127.0.0.1:41234/ */
  url: string;
  close: () => Promise<void>;
}

/** Serves `root` on a free localhost port (GET/HEAD only; no paths outside root). */
export async function serveStatic(root: string = DIST_DIR): Promise<StaticServer> {
  const base = resolve(root);
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(base, pathname.endsWith('/') ? pathname + 'index.html' : pathname));
    const inside = file === base || file.startsWith(base + sep);
    if (!inside || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}

/** Launches the system Chromium headless. */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} is missing: apt-get install chromium (see .ci/run)`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** Fails early with a clear message when the pane was not built (npm run build). */
export function assertBuilt(): void {
  if (!existsSync(join(DIST_DIR, 'taskpane.html'))) {
    throw new Error(
      'dist/taskpane.html is missing: run `npm run build` first (npm run test:e2e does)'
    );
  }
}
