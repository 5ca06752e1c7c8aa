/**
 * Command-line arguments of `alur check | draw | export`. Parsed with node:util's parseArgs; every
 * mistake becomes a UsageError with a message in the user's language.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DEFAULT_CALENDAR, type Calendar, type Lang } from '../core/model';
import { parseRuleOption, type RuleConfig } from '../core/rules/registry';

export type Command = 'check' | 'draw' | 'export';

export interface CommonOptions {
  lang: Lang;
  calendar: Calendar;
  rules: RuleConfig;
  help: boolean;
}

export interface CheckArgs extends CommonOptions {
  command: 'check';
  paths: string[];
  json: boolean;
  /** Worker threads for a batch; 0 = decide from the number of files and cores. */
  jobs: number;
  color: boolean | null;
}

export interface DrawArgs extends CommonOptions {
  command: 'draw';
  input: string;
  output: string;
  replace: boolean;
  /** Generate the actor columns of SOPs that name their actors in text (a Pelaksana column), then draw. */
  lanes: boolean;
}

export interface ExportArgs extends CommonOptions {
  command: 'export';
  input: string;
  output: string;
  format: 'json' | 'bpmn';
}

export type Args =
  CheckArgs | DrawArgs | ExportArgs | { command: 'help' | 'version'; lang: Lang; topic: Command | null };

export class UsageError extends Error {}

const COMMON = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  'minutes-per-day': { type: 'string' },
  'days-per-week': { type: 'string' },
  'days-per-month': { type: 'string' },
  rule: { type: 'string', multiple: true },
} as const;

/** The language asked for with --lang (default Indonesian), looked up before the rest is parsed. */
export function langOf(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return 'id';
  const value = argv[i].includes('=') ? argv[i].slice(argv[i].indexOf('=') + 1) : argv[i + 1];
  return value === 'en' ? 'en' : 'id';
}

export function parseCommandLine(argv: string[]): Args {
  const lang = langOf(argv);
  const en = lang === 'en';
  // The command is the first word that is not an option (nor the value of --lang).
  const at = argv.findIndex((a, i) => !a.startsWith('-') && !(i > 0 && argv[i - 1] === '--lang'));
  const first = at < 0 ? undefined : argv[at];
  const rest = at < 0 ? argv : [...argv.slice(0, at), ...argv.slice(at + 1)];
  if (first === 'help') {
    const topic = rest.find((a) => !a.startsWith('-'));
    return { command: 'help', lang, topic: isCommand(topic) ? topic : null };
  }
  if (first === undefined) {
    if (rest.includes('--version') || rest.includes('-v')) return { command: 'version', lang, topic: null };
    return { command: 'help', lang, topic: null };
  }
  if (!isCommand(first)) {
    throw new UsageError(
      en
        ? `unknown command "${first}" (use check, draw or export)`
        : `perintah "${first}" tidak dikenal (pakai check, draw, atau export)`
    );
  }

  const options =
    first === 'check'
      ? {
          ...COMMON,
          json: { type: 'boolean' },
          jobs: { type: 'string', short: 'j' },
          color: { type: 'boolean' },
          'no-color': { type: 'boolean' },
        }
      : first === 'draw'
        ? {
            ...COMMON,
            output: { type: 'string', short: 'o' },
            replace: { type: 'boolean' },
            lanes: { type: 'boolean' },
          }
        : { ...COMMON, output: { type: 'string', short: 'o' }, format: { type: 'string', short: 'f' } };

  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: options as ParseArgsConfig['options'],
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw new UsageError(translateParseError((e as Error).message, lang));
  }
  const v = parsed.values as Record<string, string | boolean | string[] | undefined>;
  if (v.help) return { command: 'help', lang, topic: first };

  const common: CommonOptions = {
    lang,
    help: false,
    calendar: calendarFrom(v, lang),
    rules: rulesFrom(v.rule as string[] | undefined, lang),
  };
  const positionals = parsed.positionals;

  if (first === 'check') {
    if (positionals.length === 0)
      throw new UsageError(
        en ? 'check needs at least one .xlsx file or folder' : 'check memerlukan minimal satu berkas .xlsx atau folder'
      );
    return {
      ...common,
      command: 'check',
      paths: positionals,
      json: Boolean(v.json),
      jobs: v.jobs === undefined ? 0 : positiveInt(v.jobs as string, '--jobs', lang),
      color: v['no-color'] ? false : v.color ? true : null,
    };
  }
  if (positionals.length !== 1) {
    throw new UsageError(
      en ? `${first} needs exactly one input .xlsx file` : `${first} memerlukan tepat satu berkas .xlsx masukan`
    );
  }
  if (typeof v.output !== 'string' || v.output === '') {
    throw new UsageError(en ? `${first} needs -o OUT` : `${first} memerlukan -o KELUARAN`);
  }
  if (first === 'draw') {
    return {
      ...common,
      command: 'draw',
      input: positionals[0],
      output: v.output,
      replace: Boolean(v.replace),
      lanes: Boolean(v.lanes),
    };
  }
  const format = v.format;
  if (format !== 'json' && format !== 'bpmn') {
    throw new UsageError(
      en ? 'export needs --format json or --format bpmn' : 'export memerlukan --format json atau --format bpmn'
    );
  }
  return { ...common, command: 'export', input: positionals[0], output: v.output, format };
}

function isCommand(s: string | undefined): s is Command {
  return s === 'check' || s === 'draw' || s === 'export';
}

function calendarFrom(v: Record<string, unknown>, lang: Lang): Calendar {
  const pick = (key: string, fallback: number) =>
    v[key] === undefined ? fallback : positiveNumber(v[key] as string, `--${key}`, lang);
  return {
    minutesPerDay: pick('minutes-per-day', DEFAULT_CALENDAR.minutesPerDay),
    daysPerWeek: pick('days-per-week', DEFAULT_CALENDAR.daysPerWeek),
    daysPerMonth: pick('days-per-month', DEFAULT_CALENDAR.daysPerMonth),
  };
}

function rulesFrom(values: string[] | undefined, lang: Lang): RuleConfig {
  const config: RuleConfig = {};
  for (const value of values ?? []) {
    try {
      const { id, level } = parseRuleOption(value);
      config[id] = level;
    } catch (e) {
      throw new UsageError(`--rule ${value}: ${(e as Error).message}`);
    }
  }
  void lang;
  return config;
}

function positiveNumber(text: string, flag: string, lang: Lang): number {
  const n = Number(text.replace(',', '.'));
  if (!Number.isFinite(n) || n <= 0) {
    throw new UsageError(
      lang === 'en'
        ? `${flag} must be a positive number, not "${text}"`
        : `${flag} harus bilangan positif, bukan "${text}"`
    );
  }
  return n;
}

function positiveInt(text: string, flag: string, lang: Lang): number {
  const n = positiveNumber(text, flag, lang);
  if (!Number.isInteger(n))
    throw new UsageError(lang === 'en' ? `${flag} must be a whole number` : `${flag} harus bilangan bulat`);
  return n;
}

function translateParseError(message: string, lang: Lang): string {
  if (lang === 'en') return message;
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) return `opsi ${unknown[1]} tidak dikenal`;
  const missing = /Option '([^']+)' argument missing/.exec(message);
  if (missing) return `opsi ${missing[1]} memerlukan nilai`;
  return message;
}
