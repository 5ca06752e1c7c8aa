/**
 * A typed in-memory fake of the Excel JavaScript API subset Alur uses, for unit tests (install with
 * `installFakeExcel`) and for the browser harness (bundle this file and assign `Excel`/`Office`).
 *
 * Faithful where it matters for add-in code: proxies queue loads and writes; reading a property that
 * was not loaded and synced throws PropertyNotLoaded; `*OrNullObject` gives `isNullObject`; each
 * `context.sync()` is counted and applies its batch (a failing batch, e.g. AccessDenied on a protected
 * sheet, applies nothing); APIs of a requirement set the fake host lacks throw ApiNotFound when used.
 * Known simplifications: formulas are stored, not calculated; tables need a header row; lines'
 * connection sites are the four side middles; real Excel keeps the writes that ran before a failing
 * operation of a batch, the fake rolls the whole batch back.
 */
import type { Grid } from '../../src/core/grid';
import { FakeWorkbookModel, type FakeSheet } from './excel-model';
import { FakeWorkbook } from './excel-proxies';
import { FakeHost, FakeOfficeError, FakeRequestContext, type FakeStats } from './excel-runtime';

export { FakeOfficeError, FakeRequestContext, type FakeStats } from './excel-runtime';
export {
  FakeSheet,
  FakeWorkbookModel,
  type FakeShape,
  type FakeLine,
  type FakeTable,
} from './excel-model';

export interface FakeExcelOptions {
  /** Supported requirement sets, e.g. { ExcelApi: '1.9' }. Default: ExcelApi 1.18. */
  sets?: Record<string, string>;
  /** Sheets that start protected. */
  protectedSheets?: string[];
  /** Name of the active sheet (default: the first). */
  activeSheet?: string;
}

/** The `Office` global as far as the add-in uses it. */
export interface FakeOffice {
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    displayLanguage: string;
    officeTheme: {
      bodyBackgroundColor: string;
      bodyForegroundColor: string;
      controlBackgroundColor: string;
      controlForegroundColor: string;
    };
    host: string;
    /** Office.context.document.settings: the add-in's own key/value store, saved inside the workbook. */
    document: { settings: FakeSettings };
  };
  HostType: { Excel: 'Excel' };
  onReady(
    callback?: (info: { host: string; platform: string }) => void
  ): Promise<{ host: string; platform: string }>;
}

/**
 * Office.Settings as Office.js has it: get/set/remove work on the pane's in-memory copy, loaded when
 * the pane starts; only saveAsync writes them into the document, so what was not saved is lost when
 * the pane is closed (FakeExcel.reopenPane).
 */
export interface FakeSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: 'succeeded' | 'failed'; error?: Error }) => void): void;
}

export interface FakeExcelNamespace {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  RequestContext: new () => FakeRequestContext;
  ErrorCodes: {
    accessDenied: 'AccessDenied';
    itemNotFound: 'ItemNotFound';
    invalidArgument: 'InvalidArgument';
    apiNotFound: 'ApiNotFound';
  };
  /** The enums whose string values add-in code may pass instead of the literals. */
  InsertShiftDirection: { down: 'Down'; right: 'Right' };
  RangeCopyType: { all: 'All'; formulas: 'Formulas'; values: 'Values'; formats: 'Formats'; link: 'Link' };
}

export interface FakeExcel {
  /** Cast once at the boundary to Office.js's types, so add-in code type-checks against the real API. */
  Excel: typeof Excel;
  Office: typeof Office;
  /** The same objects with the fake's own types. */
  fakeExcel: FakeExcelNamespace;
  fakeOffice: FakeOffice;
  workbook: FakeWorkbookModel;
  stats: FakeStats;
  /** A sheet of the model by name (throws when absent). */
  sheet(name: string): FakeSheet;
  /** Closes and opens the task pane again: document settings are re-read from what was saved. */
  reopenPane(): void;
}

export function createFakeExcel(grids: Grid[], opts: FakeExcelOptions = {}): FakeExcel {
  const model = new FakeWorkbookModel();
  for (const grid of grids) model.addGrid(grid);
  if (model.sheets.length === 0) model.addSheet('Sheet1');
  for (const name of opts.protectedSheets ?? []) model.sheet(name).protected = true;
  if (opts.activeSheet) model.activeSheetId = model.sheet(opts.activeSheet).id;
  const stats: FakeStats = { syncs: 0, operations: 0, loads: 0, writes: 0 };
  const host = new FakeHost(model, opts.sets ?? { ExcelApi: '1.18' }, stats);

  const newContext = (): FakeRequestContext & { workbook: FakeWorkbook } => {
    const context = new FakeRequestContext(host) as FakeRequestContext & { workbook: FakeWorkbook };
    context.workbook = new FakeWorkbook(context);
    return context;
  };

  const fakeExcel: FakeExcelNamespace = {
    /** Like Excel.run: a fresh context per batch; pending writes are synced when the batch resolves. */
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      const context = newContext();
      const result = await batch(context as unknown as Excel.RequestContext);
      if (context.pending > 0) await context.sync();
      return result;
    },
    RequestContext: function RequestContext() {
      return newContext();
    } as unknown as new () => FakeRequestContext,
    ErrorCodes: {
      accessDenied: 'AccessDenied',
      itemNotFound: 'ItemNotFound',
      invalidArgument: 'InvalidArgument',
      apiNotFound: 'ApiNotFound',
    },
    InsertShiftDirection: { down: 'Down', right: 'Right' },
    RangeCopyType: { all: 'All', formulas: 'Formulas', values: 'Values', formats: 'Formats', link: 'Link' },
  };

  const fakeOffice: FakeOffice = {
    context: {
      requirements: { isSetSupported: (name, minVersion) => host.isSetSupported(name, minVersion) },
      displayLanguage: 'id-ID',
      officeTheme: {
        bodyBackgroundColor: '#FFFFFF',
        bodyForegroundColor: '#000000',
        controlBackgroundColor: '#FFFFFF',
        controlForegroundColor: '#000000',
      },
      host: 'Excel',
      document: {
        settings: {
          // Settings hold JSON: a copy in and out, so a caller cannot change the store by reference.
          get: (name) => {
            const v = model.settings.get(name);
            return v === undefined ? null : JSON.parse(JSON.stringify(v));
          },
          set: (name, value) => void model.settings.set(name, JSON.parse(JSON.stringify(value))),
          remove: (name) => void model.settings.delete(name),
          saveAsync: (callback) => {
            model.savedSettings = new Map(model.settings);
            queueMicrotask(() => callback?.({ status: 'succeeded' }));
          },
        },
      },
    },
    HostType: { Excel: 'Excel' },
    onReady(callback) {
      const info = { host: 'Excel', platform: 'OfficeOnline' };
      callback?.(info);
      return Promise.resolve(info);
    },
  };

  return {
    Excel: fakeExcel as unknown as typeof Excel,
    Office: fakeOffice as unknown as typeof Office,
    fakeExcel,
    fakeOffice,
    workbook: model,
    stats,
    sheet: (name) => model.sheet(name),
    reopenPane: () => {
      model.settings = new Map(model.savedSettings);
    },
  };
}

/** Installs a fake as the `Excel` and `Office` globals (unit tests; the harness page does the same). */
export function installFakeExcel(fake: FakeExcel): () => void {
  const g = globalThis as unknown as Record<string, unknown>;
  const before = { Excel: g.Excel, Office: g.Office };
  g.Excel = fake.Excel;
  g.Office = fake.Office;
  return () => {
    g.Excel = before.Excel;
    g.Office = before.Office;
  };
}

export function isFakeOfficeError(e: unknown, code?: string): e is FakeOfficeError {
  return e instanceof FakeOfficeError && (code === undefined || e.code === code);
}
