// Builds the task pane: src/taskpane/index.tsx -> dist/taskpane.html + taskpane.[contenthash].js,
// plus the icons and the few office.js files the pane loads from its own origin.
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';

const root = dirname(fileURLToPath(import.meta.url));
const officeJsDist = resolve(root, 'node_modules/@microsoft/office-js/dist');

/** The port the manifest points to (https://localhost:3000). */
export const DEV_PORT = 3000;

/**
 * office.js files copied to dist/office-js/. office.js finds the host-specific files next to itself,
 * so we copy only what Excel needs (not the 86 MB dist): the loader, the app-to-file table (without it
 * Office.onReady never fires outside Office), the Excel host scripts, the localized strings and the
 * telemetry scripts it requests. They are already minified: `minimized: true` keeps the minimizer off them.
 */
const officeJsPatterns = [
  'office.js',
  'o15apptofilemappingtable.js',
  'excel*.js',
  '*/office_strings.js',
  'telemetry/*.js',
  'ariatelemetry/*.js',
].map((pattern) => ({
  from: pattern,
  context: officeJsDist,
  to: 'office-js/',
  globOptions: { ignore: ['**/*.debug.js'] },
  info: { minimized: true },
}));

/**
 * HTTPS options for the dev server: the office-addin-dev-certs certificate when it was installed
 * (`npx office-addin-dev-certs install`, trusted by Office), otherwise webpack-dev-server's own
 * self-signed certificate, which the browser must be told to trust once.
 */
function httpsServer() {
  const dir = join(homedir(), '.office-addin-dev-certs');
  const cert = join(dir, 'localhost.crt');
  const key = join(dir, 'localhost.key');
  const ca = join(dir, 'ca.crt');
  if (existsSync(cert) && existsSync(key) && existsSync(ca)) {
    return {
      type: 'https',
      options: { cert: readFileSync(cert), key: readFileSync(key), ca: readFileSync(ca) },
    };
  }
  return 'https';
}

export default (_env, argv) => {
  const production = argv.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    target: 'web',
    context: root,
    // harness: the pane over the Excel API fake, for the browser tests (its own page and chunks; the
    // taskpane entry never imports it).
    entry: { taskpane: './src/taskpane/index.tsx', harness: './tests/e2e/harness/harness.ts' },
    output: {
      path: resolve(root, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    resolve: {
      extensions: ['.tsx', '.ts', '.js', '.mjs'],
      // exceljs and jszip declare browser builds in their package.json "browser" fields, which webpack
      // follows for target 'web'; Node built-ins must never reach the pane, so they resolve to nothing.
      fallback: {
        fs: false,
        path: false,
        os: false,
        crypto: false,
        stream: false,
        zlib: false,
      },
    },
    module: {
      // The exceljs browser build is a finished UMD bundle: parsing it again only costs build time.
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.bare)?\.min\.js$/,
      rules: [
        // `?raw` imports (the spelling dictionaries of src/taskpane/spell-engine.ts) are bundled as text.
        { resourceQuery: /raw/, type: 'asset/source' },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type checking is `npm run typecheck`; the bundle only needs the transpiled output.
          use: { loader: 'ts-loader', options: { transpileOnly: true } },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'harness.html',
        template: './tests/e2e/harness/harness.html',
        chunks: ['harness'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/taskpane/commands.html',
        chunks: [],
      }),
      new CopyWebpackPlugin({
        patterns: [{ from: 'assets/*.png', to: 'assets/[name][ext]' }, ...officeJsPatterns],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: DEV_PORT,
      server: httpsServer(),
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};
