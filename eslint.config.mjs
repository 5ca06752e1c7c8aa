// Lint setup for `npm run lint` (office-addin-lint check). office-addin-lint uses this file because it
// is named exactly eslint.config.mjs in the project root; otherwise it would use its own config, whose
// rules skip .tsx files. It lints src/**/*.{ts,tsx,js,jsx} (office-addin-lint's default file set).
import officeAddins from 'eslint-plugin-office-addins';
import tsParser from '@typescript-eslint/parser';

/** The recommended block of eslint-plugin-office-addins: the Office.js rules, TypeScript, prettier. */
const [jsRecommended, prettierOff, officeBlock] = officeAddins.configs.recommended;

/** Node built-ins that must not reach the core or the task pane bundle. */
const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'stream', 'zlib', 'buffer'];
const nodeImportPatterns = nodeBuiltins.flatMap((name) => [name, `${name}/*`, `node:${name}`]);

export default [
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  jsRecommended,
  prettierOff,
  {
    files: ['src/**/*.{ts,tsx,js,jsx}'],
    plugins: officeBlock.plugins,
    languageOptions: {
      ...officeBlock.languageOptions,
      parser: tsParser,
      ecmaVersion: 2022,
      globals: {
        Excel: 'readonly',
        Office: 'readonly',
        OfficeExtension: 'readonly',
      },
    },
    rules: {
      ...officeBlock.rules,
      // TypeScript already reports undeclared names (and knows DOM/Node types); no-undef misfires on types.
      'no-undef': 'off',
      // A context.sync() inside a loop is one round trip to Excel per iteration: an error here, not a hint.
      'office-addins/no-context-sync-in-loop': 'error',
    },
  },
  {
    // Layering (DESIGN.md): the core is pure TypeScript, no Office.js, DOM or Node APIs.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'Excel', message: 'Excel.* belongs in src/excel.' },
        { name: 'Office', message: 'Office.* belongs in src/excel (or src/taskpane/office.ts).' },
        { name: 'document', message: 'The core has no DOM.' },
        { name: 'window', message: 'The core has no DOM.' },
        { name: 'Buffer', message: 'The core has no Node APIs; use Uint8Array.' },
        { name: 'process', message: 'The core has no Node APIs.' },
      ],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: nodeImportPatterns, message: 'The core has no Node APIs.' }] },
      ],
    },
  },
  {
    // The task pane may read Office.* (host detection) but workbook calls live in src/excel.
    files: ['src/taskpane/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        {
          name: 'Excel',
          message: 'Excel.* calls belong in src/excel; the pane uses its host interface.',
        },
      ],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: nodeImportPatterns, message: 'The task pane runs in a browser.' }] },
      ],
    },
  },
];
