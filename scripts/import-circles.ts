/**
 * Import circles in a source tree: `npx tsx scripts/import-circles.ts [dir]` (default `src`) prints
 * every circle and exits 1 when there is one; tests/lint-circles.test.ts keeps `src` free of them.
 *
 * The graph is read from the files' text, without the compiler: every `import ... from './x'`,
 * `export ... from './x'` and `import './x'` at the start of a line, and every `import('./x')`,
 * relative specifiers only (packages are not part of the tree). Type-only and lazy imports count as
 * well: a circle through them does no harm at load time, but it still means neither module can be
 * read, moved or tested without the other.
 * A specifier resolves as TypeScript's bundler resolution does here: the file itself, then `.ts`,
 * `.tsx`, then `/index.ts`, `/index.tsx` (a `.js` ending stands for the `.ts` file).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** One import of a file: the file it resolves to, and how (`type`: erased; `lazy`: `import()`). */
export interface ImportEdge {
  to: string;
  kind: 'value' | 'type' | 'lazy';
}

/** Files (absolute paths) and their imports inside the tree. */
export type ImportGraph = Map<string, ImportEdge[]>;

const SOURCE = /\.(?:ts|tsx)$/;
/** `import x from './a'`, `import type { X } from './a'`, `export { x } from './a'`, `export * from './a'`. */
const FROM = /^[ \t]*(import|export)\s+(type\s+)?([^;'"`]*?)\bfrom\s*['"]([^'"]+)['"]/gm;
/** `import './a'` (for its side effects). */
const BARE = /^[ \t]*import\s*['"]([^'"]+)['"]/gm;
/** `import('./a')`, `import(/* webpackChunkName: "a" *\/ './a')`, and `import('./a').T` in a type. */
const LAZY = /\bimport\(\s*(?:\/\*[^*]*\*\/\s*)?['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (SOURCE.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** The file a relative specifier names, or undefined (outside the tree, or not a source file). */
export function resolveImport(from: string, specifier: string, files: ReadonlySet<string>): string | undefined {
  const base = resolve(dirname(from), specifier);
  const stem = base.replace(/\.(?:js|jsx|mjs)$/, '');
  const candidates = [base, `${stem}.ts`, `${stem}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return candidates.find((c) => files.has(c));
}

/** Whether every name of an import clause is a type (`{ type A, type B }`): erased like `import type`. */
function typesOnly(clause: string): boolean {
  const braces = /^\{([^}]*)\}$/.exec(clause.trim());
  if (!braces) return false;
  const names = braces[1]
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');
  return names.length > 0 && names.every((n) => /^type\s/.test(n));
}

/** The relative imports of every .ts/.tsx file under `dir`. */
export function importGraph(dir: string): ImportGraph {
  const files = sourceFiles(resolve(dir));
  const known = new Set(files);
  const graph: ImportGraph = new Map();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const edges: ImportEdge[] = [];
    const add = (specifier: string, kind: ImportEdge['kind']) => {
      if (!specifier.startsWith('.')) return;
      const to = resolveImport(file, specifier, known);
      if (to !== undefined) edges.push({ to, kind });
    };
    for (const m of text.matchAll(FROM)) add(m[4], m[2] !== undefined || typesOnly(m[3]) ? 'type' : 'value');
    for (const m of text.matchAll(BARE)) add(m[1], 'value');
    for (const m of text.matchAll(LAZY)) add(m[1], 'lazy');
    graph.set(file, edges);
  }
  return graph;
}

/**
 * The circles of a graph, one per group of files that import one another (a strongly connected
 * component of two or more files, or a file importing itself): the shortest way from the group's first
 * file (by path) back to it. Sorted by that first file, so the answer is the same every run.
 */
export function importCircles(graph: ImportGraph): string[][] {
  // Tarjan's strongly connected components, iterative so a deep tree cannot overflow the stack.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const groups: string[][] = [];
  let next = 0;
  const targets = (f: string) => (graph.get(f) ?? []).map((e) => e.to).filter((t) => graph.has(t));
  for (const root of [...graph.keys()].sort()) {
    if (index.has(root)) continue;
    const work: { file: string; edges: string[]; i: number }[] = [];
    const open = (file: string) => {
      index.set(file, next);
      low.set(file, next);
      next++;
      stack.push(file);
      onStack.add(file);
      work.push({ file, edges: targets(file), i: 0 });
    };
    open(root);
    while (work.length > 0) {
      const top = work[work.length - 1];
      if (top.i < top.edges.length) {
        const to = top.edges[top.i++];
        if (!index.has(to)) open(to);
        else if (onStack.has(to)) low.set(top.file, Math.min(low.get(top.file)!, index.get(to)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].file;
        low.set(parent, Math.min(low.get(parent)!, low.get(top.file)!));
      }
      if (low.get(top.file) === index.get(top.file)) {
        const group: string[] = [];
        let f: string;
        do {
          f = stack.pop()!;
          onStack.delete(f);
          group.push(f);
        } while (f !== top.file);
        const selfLoop = group.length === 1 && targets(group[0]).includes(group[0]);
        if (group.length > 1 || selfLoop) groups.push(circleThrough(group.sort(), targets));
      }
    }
  }
  return groups.sort((a, b) => a[0].localeCompare(b[0]));
}

/** A shortest circle from the group's first file back to it, inside the group (the group itself if none). */
function circleThrough(group: string[], targets: (f: string) => string[]): string[] {
  const inGroup = new Set(group);
  const start = group[0];
  const came = new Map<string, string>();
  const queue = [start];
  for (let q = 0; q < queue.length; q++) {
    const f = queue[q];
    for (const to of targets(f)) {
      if (!inGroup.has(to)) continue;
      if (to === start) {
        const path = [f];
        while (path[0] !== start) path.unshift(came.get(path[0])!);
        return path;
      }
      if (!came.has(to)) {
        came.set(to, f);
        queue.push(to);
      }
    }
  }
  return group;
}

/** "src/a.ts -> src/b.ts -> src/a.ts", paths relative to `root`. */
export function circleText(circle: string[], root: string): string {
  return [...circle, circle[0]].map((f) => relative(root, f).split('\\').join('/')).join(' -> ');
}

function main(): void {
  const dir = process.argv[2] ?? 'src';
  const graph = importGraph(dir);
  const circles = importCircles(graph);
  const edges = [...graph.values()].reduce((n, e) => n + e.length, 0);
  console.log(`${graph.size} files, ${edges} relative imports under ${dir}: ${circles.length} import circle(s)`);
  for (const c of circles) {
    const kinds = c.map((f, i) => {
      const to = c[(i + 1) % c.length];
      return [...new Set(graph.get(f)!.flatMap((e) => (e.to === to ? [e.kind] : [])))].join('+');
    });
    console.log(`  ${circleText(c, process.cwd())}  (imports: ${kinds.join(', ')})`);
  }
  if (circles.length > 0) process.exitCode = 1;
}

if (
  process.argv[1] &&
  existsSync(process.argv[1]) &&
  import.meta.url === pathToFileURL(resolve(process.argv[1])).href
) {
  main();
}
