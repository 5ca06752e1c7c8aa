/**
 * No import circle in src (issue 16): two modules that import each other, even for types only, can
 * only be read, moved and tested together. The walker (scripts/import-circles.ts, also a command:
 * `npx tsx scripts/import-circles.ts src`) is tested here on a small tree built for it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { circleText, importCircles, importGraph } from '../scripts/import-circles';

const ROOT = resolve(import.meta.dirname, '..');

describe('import circles', () => {
  it('src has none', () => {
    const circles = importCircles(importGraph(join(ROOT, 'src'))).map((c) => circleText(c, ROOT));
    expect(circles).toEqual([]);
  });

  describe('the walker', () => {
    const dir = mkdtempSync(join(tmpdir(), 'alur-circles-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const files: Record<string, string> = {
      // a -> b -> a, the way back for types only.
      'a.ts': "import { b } from './b';\nexport const a = b + 1;\n",
      'b.ts': "import type { A } from './a';\nimport { type B } from './a';\nexport const b = 1;\n",
      // A folder resolves to its index; a re-export is an import.
      'c/index.ts': "export * from '../d';\n",
      'd.ts': "import { c } from './c';\nexport const d = c;\n",
      // A lazy import (with webpack's comment) and a side-effect import with a .js ending (a .tsx file).
      'e.tsx': 'export const e = () => import(/* webpackChunkName: "f" */ \'./f\');\n',
      'f.ts': "import './e.js';\n",
      // Into a circle but not part of one; packages are not followed.
      'g.ts': "import React from 'react';\nimport { a } from './a';\nexport const g = [React, a];\n",
      // A file importing itself.
      'h.ts': "import { h as again } from './h';\nexport const h = again;\n",
      // Imports over several lines.
      'j.ts': "import {\n  k,\n  type K,\n} from './k';\nexport const j = k;\n",
      'k.ts': "export {\n  j as k,\n} from './j';\nexport type K = 1;\n",
      // An import quoted in a comment is not one.
      'l.ts': "/**\n * Use it as: import { l } from './m'\n */\nexport const l = 1;\n",
      'm.ts': "import { l } from './l';\nexport const m = l;\n",
      // Not source: ignored as a file and as a target.
      'n.d.ts': "import { a } from './a';\n",
      'o.ts': "import data from './data.json';\nimport { a } from './a';\nexport const o = [data, a];\n",
    };
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    const at = (name: string) => join(dir, name);

    it('reads every kind of relative import, resolved to its file', () => {
      const graph = importGraph(dir);
      expect([...graph.keys()].sort()).toEqual(
        Object.keys(files)
          .filter((f) => f !== 'n.d.ts')
          .map(at)
          .sort()
      );
      expect(graph.get(at('b.ts'))).toEqual([
        { to: at('a.ts'), kind: 'type' },
        { to: at('a.ts'), kind: 'type' },
      ]);
      expect(graph.get(at('d.ts'))).toEqual([{ to: at('c/index.ts'), kind: 'value' }]);
      expect(graph.get(at('e.tsx'))).toEqual([{ to: at('f.ts'), kind: 'lazy' }]);
      expect(graph.get(at('f.ts'))).toEqual([{ to: at('e.tsx'), kind: 'value' }]);
      expect(graph.get(at('g.ts'))).toEqual([{ to: at('a.ts'), kind: 'value' }]);
      expect(graph.get(at('j.ts'))).toEqual([{ to: at('k.ts'), kind: 'value' }]);
      expect(graph.get(at('l.ts'))).toEqual([]);
      expect(graph.get(at('o.ts'))).toEqual([{ to: at('a.ts'), kind: 'value' }]);
    });

    it('finds each circle once, as a path from its first file', () => {
      const circles = importCircles(importGraph(dir)).map((c) => circleText(c, dir));
      expect(circles).toEqual([
        'a.ts -> b.ts -> a.ts',
        'c/index.ts -> d.ts -> c/index.ts',
        'e.tsx -> f.ts -> e.tsx',
        'h.ts -> h.ts',
        'j.ts -> k.ts -> j.ts',
      ]);
    });

    it('finds a circle of three through the shortest way round', () => {
      const three = mkdtempSync(join(tmpdir(), 'alur-circles-'));
      try {
        writeFileSync(
          join(three, 'x.ts'),
          "import { y } from './y';\nimport { z } from './z';\nexport const x = [y, z];\n"
        );
        writeFileSync(join(three, 'y.ts'), "import { z } from './z';\nexport const y = z;\n");
        writeFileSync(join(three, 'z.ts'), "import { x } from './x';\nexport const z = x;\n");
        expect(importCircles(importGraph(three)).map((c) => circleText(c, three))).toEqual(['x.ts -> z.ts -> x.ts']);
      } finally {
        rmSync(three, { recursive: true, force: true });
      }
    });
  });
});
