#!/usr/bin/env node
// `npm start`: prints how to sideload Alur into Excel by hand, then runs the HTTPS dev server on
// https://localhost:3000 (office-addin-debugging, which automates sideloading, does not install here).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = join(root, 'manifest.xml');
const devCerts = existsSync(join(homedir(), '.office-addin-dev-certs', 'localhost.crt'));

console.log(`
Alur SOP: server pengembangan / dev server  ->  https://localhost:3000/taskpane.html

Sertifikat / certificate: ${
  devCerts
    ? 'office-addin-dev-certs (~/.office-addin-dev-certs), dipercaya Office / trusted by Office'
    : 'self-signed (webpack-dev-server). Open https://localhost:3000 once and accept it, or run\n  npx office-addin-dev-certs install   (then restart)'
}

Sideload ${manifest}
  Excel on the web: Home > Add-ins > More add-ins > My add-ins > Upload my add-in > manifest.xml
  Excel on Windows: share a folder with manifest.xml, add it as a Trusted Add-in Catalog
                    (File > Options > Trust Center > Trusted Add-in Catalogs, "Show in Menu"),
                    restart Excel, then Home > Add-ins > Shared Folder > Alur SOP
  Excel on Mac:     copy manifest.xml to
                    ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ and restart Excel
Then: Home tab > Alur SOP. Details: README.md, "Sideloading".
`);

const webpack = join(root, 'node_modules', '.bin', 'webpack');
const server = spawn(webpack, ['serve', '--mode', 'development'], { cwd: root, stdio: 'inherit' });
server.on('exit', (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.kill(signal));
}
