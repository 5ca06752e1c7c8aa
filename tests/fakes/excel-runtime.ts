/**
 * The proxy machinery of the Excel API fake: a request context that queues operations and applies
 * them on sync, a base proxy with load()/PropertyNotLoaded semantics, collections, null objects and
 * client results. Errors look like Office.js's (`name` "RichApi.Error", `code`, `debugInfo`).
 */
import type { FakeSheet, FakeWorkbookModel } from './excel-model';
import { EXCEL_ENUMS, isEnumValue, type ExcelEnumName } from './excel-enums';

export class FakeOfficeError extends Error {
  override name = 'RichApi.Error';
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation };
  }
}

export function propertyNotLoaded(entity: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${entity}.${property}`
  );
}

export interface FakeStats {
  /** context.sync() calls. */
  syncs: number;
  /** Operations queued (loads, writes, object look-ups), over all syncs. */
  operations: number;
  loads: number;
  writes: number;
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** What every proxy of one fake shares: the model, the supported requirement sets, the counters. */
export class FakeHost {
  constructor(
    readonly model: FakeWorkbookModel,
    readonly sets: Record<string, string>,
    readonly stats: FakeStats
  ) {}

  isSetSupported(name: string, version?: string): boolean {
    const have = this.sets[name];
    if (have === undefined) return false;
    return version === undefined || compareVersions(have, version) >= 0;
  }

  /** Office.js throws ApiNotFound as soon as an API of a missing requirement set is called. */
  need(version: string, api: string): void {
    if (!this.isSetSupported('ExcelApi', version)) {
      throw new FakeOfficeError(
        'ApiNotFound',
        `The method or property ${api} is part of the ExcelApi ${version} requirement set, which is not available in your version of Excel.`,
        api
      );
    }
  }

  /** Writes to a protected sheet are refused, as Excel refuses them. */
  assertWritable(sheet: FakeSheet): void {
    if (sheet.protected) {
      throw new FakeOfficeError(
        'AccessDenied',
        `The sheet '${sheet.name}' is protected. You cannot perform this operation.`
      );
    }
  }
}

type OpKind = 'load' | 'write' | 'lookup';
interface Op {
  kind: OpKind;
  /** Runs against the model; a load returns a commit (applied when the whole batch succeeded), a write its undo. */
  run: () => (() => void) | void;
}

export class FakeRequestContext {
  private queue: Op[] = [];
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(readonly host: FakeHost) {}

  /** Operations queued since the last sync. */
  get pending(): number {
    return this.queue.length;
  }

  enqueue(kind: OpKind, run: Op['run']): void {
    this.queue.push({ kind, run });
    this.host.stats.operations++;
    if (kind === 'load') this.host.stats.loads++;
    if (kind === 'write') this.host.stats.writes++;
  }

  /**
   * Runs the queued batch in order. If any operation fails, the writes already made in this batch are
   * undone, no loaded value reaches a proxy, and the promise rejects with that operation's error.
   */
  async sync(): Promise<void> {
    await Promise.resolve();
    this.host.stats.syncs++;
    const ops = this.queue;
    this.queue = [];
    const undo: (() => void)[] = [];
    const commits: (() => void)[] = [];
    try {
      for (const op of ops) {
        const after = op.run();
        if (after) (op.kind === 'write' ? undo : commits).push(after);
      }
    } catch (error) {
      for (const u of undo.reverse()) u();
      throw error;
    }
    for (const c of commits) c();
  }
}

export interface Scalar<T> {
  /** ExcelApi version that brought the property. */
  set: string;
  get: (target: T) => unknown;
  /** Applies a write to the model and returns its undo. */
  put?: (target: T, value: unknown) => () => void;
  /** The Excel enum whose exact string values are the only ones a write may set. */
  values?: ExcelEnumName;
}

/**
 * Excel fails the sync with InvalidArgument when an enum property or argument gets a string that is
 * not one of the enum's values ("triangle" for "Triangle", "flowChartProcess" for "FlowChartProcess").
 */
export function invalidEnum(name: ExcelEnumName, value: unknown, where: string): FakeOfficeError {
  return new FakeOfficeError(
    'InvalidArgument',
    `The argument is invalid or missing or has an incorrect format: ${where} = ${JSON.stringify(value)} is not an Excel.${name} (${EXCEL_ENUMS[name].slice(0, 8).join(', ')}${EXCEL_ENUMS[name].length > 8 ? ', ...' : ''}).`,
    where
  );
}

/** Throws invalidEnum unless `value` is one of the enum's values. */
export function checkEnum(name: ExcelEnumName, value: unknown, where: string): void {
  if (!isEnumValue(name, value)) throw invalidEnum(name, value, where);
}

export type LoadArg = string | string[] | Record<string, unknown> | undefined;

/** Normalises the three load() forms ('a,b/c', ['a'], {a: true, b: {c: true}} or {select, expand}). */
export function loadPaths(arg: LoadArg): string[] {
  if (arg === undefined) return [];
  if (typeof arg === 'string')
    return arg
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(arg)) return arg.flatMap((a) => loadPaths(a));
  const out: string[] = [];
  for (const [key, value] of Object.entries(arg)) {
    if (key === 'select' || key === 'expand') out.push(...loadPaths(value as string));
    else if (key === '$all') {
      if (value) out.push('*');
    } else if (key.startsWith('$')) continue;
    else if (value === true) out.push(key);
    else if (value && typeof value === 'object') {
      const inner = loadPaths(value as Record<string, unknown>);
      out.push(...(inner.length ? inner.map((p) => `${key}/${p}`) : [key]));
    }
  }
  return out;
}

function clone<V>(value: V): V {
  return Array.isArray(value) ? (value.map((v) => clone(v)) as V) : value;
}

/** The base of every fake proxy. */
export abstract class FakeObject<T> {
  protected readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;
  private readonly navCache = new Map<string, unknown>();
  protected abstract readonly entity: string;

  constructor(
    readonly context: FakeRequestContext,
    protected readonly locate: () => T | null,
    private readonly nullable = false
  ) {
    if (nullable) {
      context.enqueue('lookup', () => {
        const found = this.locate() !== null;
        return () => {
          this.nullState = !found;
        };
      });
    }
  }

  protected get host(): FakeHost {
    return this.context.host;
  }

  protected scalars(): Record<string, Scalar<T>> {
    return {};
  }

  /** Names of navigation properties (their getters return other proxies). */
  protected navigations(): string[] {
    return [];
  }

  get isNullObject(): boolean {
    if (!this.nullable) return false;
    if (this.nullState === undefined) throw propertyNotLoaded(this.entity, 'isNullObject');
    return this.nullState;
  }

  /** The model object; a missing one fails the sync with ItemNotFound. */
  target(): T {
    const t = this.locate();
    if (t === null)
      throw new FakeOfficeError('ItemNotFound', `The requested ${this.entity} does not exist.`, this.entity);
    return t;
  }

  protected nav<N>(name: string, make: () => N): N {
    if (!this.navCache.has(name)) this.navCache.set(name, make());
    return this.navCache.get(name) as N;
  }

  protected read<V>(name: string): V {
    if (this.nullState === true) return (this.loaded.get(name) ?? null) as V;
    if (!this.loaded.has(name)) throw propertyNotLoaded(this.entity, name);
    return this.loaded.get(name) as V;
  }

  protected write(name: string, value: unknown): void {
    const def = this.scalars()[name];
    this.host.need(def.set, `${this.entity}.${name}`);
    if (!def.put) throw new FakeOfficeError('InvalidArgument', `${this.entity}.${name} is read-only.`);
    this.loaded.set(name, value);
    this.context.enqueue('write', () => {
      if (def.values) checkEnum(def.values, value, `${this.entity}.${name}`);
      return def.put!(this.target(), value);
    });
  }

  /** Queues a write that is not a property assignment (a method call). */
  protected act(run: () => () => void): void {
    this.context.enqueue('write', run);
  }

  load(arg?: LoadArg): this {
    const paths = loadPaths(arg);
    this.check(paths);
    this.context.enqueue('load', () => this.loadNow(paths));
    return this;
  }

  /** Validates load paths at call time (unknown names and unsupported APIs throw, like Office.js). */
  check(paths: string[]): void {
    for (const path of paths) {
      const [head, ...rest] = path.split('/');
      if (head === '*') continue;
      if (this.navigations().includes(head)) {
        this.navProxy(head).check(rest.length ? [rest.join('/')] : []);
      } else {
        const def = this.scalars()[head];
        if (!def)
          throw new FakeOfficeError('InvalidArgument', `${this.entity} has no property '${head}' in this fake.`);
        this.host.need(def.set, `${this.entity}.${head}`);
      }
    }
  }

  private navProxy(name: string): FakeObject<unknown> {
    return (this as unknown as Record<string, FakeObject<unknown>>)[name];
  }

  /** Runs a load against the model now (inside sync) and returns the commit. */
  loadNow(paths: string[]): () => void {
    const t = this.nullable ? this.locate() : this.target();
    if (t === null) {
      return () => {
        this.nullState = true;
      };
    }
    const defs = this.scalars();
    const names = new Set<string>();
    const commits: (() => void)[] = [];
    const all = paths.length === 0 || paths.includes('*');
    if (all) {
      for (const [name, def] of Object.entries(defs))
        if (this.host.isSetSupported('ExcelApi', def.set)) names.add(name);
    }
    const navPaths = new Map<string, string[]>();
    for (const path of paths) {
      const [head, ...rest] = path.split('/');
      if (head === '*') continue;
      if (this.navigations().includes(head)) {
        const list = navPaths.get(head) ?? [];
        if (rest.length) list.push(rest.join('/'));
        navPaths.set(head, list);
      } else names.add(head);
    }
    for (const [head, list] of navPaths) commits.push(this.navProxy(head).loadNow(list));
    const values = [...names].map((n) => [n, clone(defs[n].get(t))] as const);
    return () => {
      if (this.nullable) this.nullState = false;
      for (const [n, v] of values) this.loaded.set(n, v);
      for (const c of commits) c();
    };
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** A collection: `items` after a load, item property paths with or without the "items/" prefix. */
export abstract class FakeCollection<M, P extends FakeObject<M>> extends FakeObject<M[]> {
  private itemsValue: P[] | undefined;

  protected abstract makeItem(locate: () => M | null): P;
  protected abstract idOf(model: M): string;

  get items(): P[] {
    if (!this.itemsValue) throw propertyNotLoaded(this.entity, 'items');
    return this.itemsValue;
  }

  private itemPaths(paths: string[]): string[] {
    return paths.map((p) => (p.startsWith('items/') ? p.slice(6) : p)).filter((p) => p !== 'items');
  }

  override check(paths: string[]): void {
    this.makeItem(() => null).check(this.itemPaths(paths));
  }

  override loadNow(paths: string[]): () => void {
    const models = this.target();
    const itemPaths = this.itemPaths(paths);
    const items = models.map((m) => this.itemFor(m));
    const commits = items.map((item) => item.loadNow(itemPaths));
    return () => {
      this.itemsValue = items;
      for (const c of commits) c();
    };
  }

  /** A proxy for one model item, found again by id at each sync. */
  protected itemFor(model: M): P {
    const id = this.idOf(model);
    return this.makeItem(() => this.locate()?.find((m) => this.idOf(m) === id) ?? null);
  }

  getCount(): FakeClientResult<number> {
    return this.result(() => this.target().length);
  }

  protected result<V>(compute: () => V): FakeClientResult<V> {
    const r = new FakeClientResult<V>();
    this.context.enqueue('load', () => {
      const v = compute();
      return () => r.resolve(v);
    });
    return r;
  }
}

/** OfficeExtension.ClientResult: `value` is there after the sync. */
export class FakeClientResult<V> {
  private box: { value: V } | undefined;
  get value(): V {
    if (!this.box) throw propertyNotLoaded('ClientResult', 'value');
    return this.box.value;
  }
  resolve(value: V): void {
    this.box = { value };
  }
}

/** Queues a computation whose result is a ClientResult (methods like getRowProperties). */
export function clientResult<V>(context: FakeRequestContext, compute: () => V): FakeClientResult<V> {
  const r = new FakeClientResult<V>();
  context.enqueue('load', () => {
    const v = compute();
    return () => r.resolve(v);
  });
  return r;
}
