/**
 * Command-line arguments of `alur check | draw | export`. Parsed with node:util's parseArgs; every
 * mistake (an unknown command or option, a value out of range, an unknown rule) becomes a UsageError
 * with a message in the user's language, whatever the order of the flags.
 *
 * Each command is one entry of COMMANDS (its options and how its arguments are built), so a new
 * command is one more entry here and one more runner in ./main.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CALENDAR_MAX, validateCalendar } from '../core/duration';
import { DEFAULT_CALENDAR, type Calendar, type Lang } from '../core/model';
import { RULE_METAS, type RuleConfig, type RuleLevel } from '../core/rules/registry';
import { pick } from '../core/i18n';
import { messages } from './messages';

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

/** `alur review PATH... [-o REPORT.html] [--json]` (issue 15). */
export interface ReviewArgs extends CommonOptions {
  command: 'review';
  paths: string[];
  /** The HTML report to write (default: DEFAULT_REVIEW_OUTPUT in the current folder). */
  output: string;
  json: boolean;
  /** Worker threads for a batch; 0 = decide from the number of files and cores. */
  jobs: number;
}

/** Where `alur review` writes its report when no -o is given. */
export const DEFAULT_REVIEW_OUTPUT = 'laporan-sop.html';

export type Args =
  CheckArgs | DrawArgs | ExportArgs | ReviewArgs | { command: 'help' | 'version'; lang: Lang; topic: Command | null };

export class UsageError extends Error {}

type Options = ParseArgsConfig['options'] & {};
type Values = Record<string, string | boolean | string[] | undefined>;

const COMMON = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  'minutes-per-day': { type: 'string' },
  'days-per-week': { type: 'string' },
  'days-per-month': { type: 'string' },
  rule: { type: 'string', multiple: true },
} as const;

const OUTPUT = { output: { type: 'string', short: 'o' } } as const;

/** One command: its own options (besides COMMON) and its arguments built from the parsed values. */
interface CommandSpec {
  options: Options;
  build(values: Values, positionals: string[], common: CommonOptions): Args;
}

const COMMANDS = {
  check: {
    options: {
      json: { type: 'boolean' },
      jobs: { type: 'string', short: 'j' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
    },
    build(v, positionals, common) {
      if (positionals.length === 0) throw new UsageError(messages(common.lang).usage.needsPaths('check'));
      return {
        ...common,
        command: 'check',
        paths: positionals,
        json: Boolean(v.json),
        jobs: v.jobs === undefined ? 0 : positiveInt(v.jobs as string, '--jobs', common.lang),
        color: v['no-color'] ? false : v.color ? true : null,
      };
    },
  },
  draw: {
    options: { ...OUTPUT, replace: { type: 'boolean' }, lanes: { type: 'boolean' } },
    build(v, positionals, common) {
      const { input, output } = inputAndOutput('draw', v, positionals, common.lang);
      return { ...common, command: 'draw', input, output, replace: Boolean(v.replace), lanes: Boolean(v.lanes) };
    },
  },
  export: {
    options: { ...OUTPUT, format: { type: 'string', short: 'f' } },
    build(v, positionals, common) {
      const { input, output } = inputAndOutput('export', v, positionals, common.lang);
      const format = v.format;
      if (format !== 'json' && format !== 'bpmn') throw new UsageError(messages(common.lang).usage.needsFormat);
      return { ...common, command: 'export', input, output, format };
    },
  },
  review: {
    options: { ...OUTPUT, json: { type: 'boolean' }, jobs: { type: 'string', short: 'j' } },
    build(v, positionals, common) {
      const m = messages(common.lang).usage;
      if (positionals.length === 0) throw new UsageError(m.needsPaths('review'));
      if (v.output === '') throw new UsageError(m.needsOutputName('review'));
      return {
        ...common,
        command: 'review',
        paths: positionals,
        output: typeof v.output === 'string' ? v.output : DEFAULT_REVIEW_OUTPUT,
        json: Boolean(v.json),
        jobs: v.jobs === undefined ? 0 : positiveInt(v.jobs as string, '--jobs', common.lang),
      };
    },
  },
} satisfies Record<string, CommandSpec>;

export type Command = keyof typeof COMMANDS;

/** The command names, in the order help lists them. */
export const COMMAND_NAMES = Object.keys(COMMANDS) as Command[];

/** Options that are allowed before any command: `alur --help`, `alur --version`, `alur --lang en`. */
const TOP_LEVEL = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Every option that takes a value, under any command, long and short: its value is not the command. */
const TAKES_VALUE = new Set(
  [COMMON, TOP_LEVEL, ...Object.values(COMMANDS).map((c) => c.options as Options)].flatMap((options) =>
    Object.entries(options).flatMap(([name, o]) =>
      o.type === 'string' ? [`--${name}`, ...(o.short ? [`-${o.short}`] : [])] : []
    )
  )
);

/**
 * The language asked for with --lang (default Indonesian), looked up before the rest is parsed so that
 * every message, even about the flags before it, is in that language. An unknown language gives
 * Indonesian here and a UsageError from parseCommandLine.
 */
export function langOf(argv: string[]): Lang {
  const value = langValue(argv);
  return value === 'en' ? 'en' : 'id';
}

/** The value of the last --lang before a "--" (undefined when none). */
function langValue(argv: string[]): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    if (a === '--lang') value = argv[++i] ?? '';
    else if (a.startsWith('--lang=')) value = a.slice('--lang='.length);
  }
  return value;
}

/** Where the command word is: the first argument that is neither an option nor an option's value. */
function commandIndex(argv: string[]): number {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') return i + 1 < argv.length ? i + 1 : -1;
    if (!a.startsWith('-') || a === '-') return i;
    if (TAKES_VALUE.has(a)) i++;
  }
  return -1;
}

export function parseCommandLine(argv: string[]): Args {
  const lang = langOf(argv);
  const m = messages(lang).usage;
  const langText = langValue(argv);
  if (langText !== undefined && langText !== 'id' && langText !== 'en') throw new UsageError(m.badLang(langText));
  const at = commandIndex(argv);
  const first = at < 0 ? undefined : argv[at];
  const rest = at < 0 ? argv : [...argv.slice(0, at), ...argv.slice(at + 1)];
  if (first === 'help') {
    const topic = rest.find((a) => !a.startsWith('-') && a !== langText);
    return { command: 'help', lang, topic: isCommand(topic) ? topic : null };
  }
  if (first === undefined) {
    const v = parse(rest, TOP_LEVEL, lang, false).values;
    if (v.help) return { command: 'help', lang, topic: null };
    if (v.version) return { command: 'version', lang, topic: null };
    return { command: 'help', lang, topic: null };
  }
  if (!isCommand(first)) {
    throw new UsageError(m.unknownCommand(first, COMMAND_NAMES.join(', ')));
  }
  const spec: CommandSpec = COMMANDS[first];
  const parsed = parse(rest, { ...COMMON, ...spec.options }, lang, true);
  const v = parsed.values;
  if (v.help) return { command: 'help', lang, topic: first };
  const common: CommonOptions = {
    lang,
    help: false,
    calendar: calendarFrom(v, lang),
    rules: rulesFrom(v.rule as string[] | undefined, lang),
  };
  return spec.build(v, parsed.positionals, common);
}

function parse(
  args: string[],
  options: Options,
  lang: Lang,
  positionals: boolean
): { values: Values; positionals: string[] } {
  try {
    const parsed = parseArgs({ args, options, allowPositionals: positionals, strict: true });
    return { values: parsed.values as Values, positionals: parsed.positionals };
  } catch (e) {
    throw new UsageError(translateParseError(e, lang));
  }
}

function isCommand(s: string | undefined): s is Command {
  return s !== undefined && Object.prototype.hasOwnProperty.call(COMMANDS, s);
}

function inputAndOutput(
  command: Command,
  v: Values,
  positionals: string[],
  lang: Lang
): { input: string; output: string } {
  const m = messages(lang).usage;
  if (positionals.length !== 1) throw new UsageError(m.needsOneInput(command));
  if (typeof v.output !== 'string' || v.output === '') throw new UsageError(m.needsOutput(command));
  return { input: positionals[0], output: v.output };
}

const CALENDAR_FLAGS: Record<keyof Calendar, string> = {
  minutesPerDay: 'minutes-per-day',
  daysPerWeek: 'days-per-week',
  daysPerMonth: 'days-per-month',
};

/** The working calendar from its three flags, each checked against the same ranges as the pane's settings. */
function calendarFrom(v: Values, lang: Lang): Calendar {
  const calendar = { ...DEFAULT_CALENDAR };
  for (const [field, flag] of Object.entries(CALENDAR_FLAGS) as [keyof Calendar, string][]) {
    const text = v[flag];
    if (typeof text !== 'string') continue;
    const n = text.trim() === '' ? NaN : Number(text.trim().replace(',', '.'));
    const problem = validateCalendar({ ...calendar, [field]: n }).find((p) => p.field === field);
    if (problem) {
      throw new UsageError(messages(lang).usage.badCalendar(flag, text, pick(problem, lang), rangeMax(field)));
    }
    calendar[field] = n;
  }
  return calendar;
}

const rangeMax = (field: keyof Calendar) => CALENDAR_MAX[field];

const LEVELS: readonly RuleLevel[] = ['off', 'info', 'warning', 'error'];

/**
 * Every id `--rule` accepts: the rules of one SOP, then the checks across SOPs (`alur review` applies
 * those to its report; `alur check` runs none of them, so setting one there changes nothing).
 */
const RULE_IDS: readonly string[] = RULE_METAS.map((r) => r.id);

/** `--rule ID=LEVEL`, repeatable (later options win); an unknown id or level is a UsageError. */
function rulesFrom(values: string[] | undefined, lang: Lang): RuleConfig {
  const m = messages(lang).usage;
  const config: RuleConfig = {};
  for (const value of values ?? []) {
    const eq = value.indexOf('=');
    if (eq < 0) throw new UsageError(m.ruleSyntax(value));
    const id = value.slice(0, eq).trim();
    const level = value
      .slice(eq + 1)
      .trim()
      .toLowerCase();
    if (!RULE_IDS.includes(id)) throw new UsageError(m.unknownRule(value, id, RULE_IDS.join(', ')));
    if (!(LEVELS as readonly string[]).includes(level)) {
      throw new UsageError(m.badLevel(value, LEVELS.join(', '), level));
    }
    config[id] = level as RuleLevel;
  }
  return config;
}

function positiveInt(text: string, flag: string, lang: Lang): number {
  const n = Number(text.replace(',', '.'));
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(messages(lang).usage.notPositive(flag, text));
  return n;
}

/** node:util's parseArgs errors (English, with its own codes) as sentences in the user's language. */
function translateParseError(e: unknown, lang: Lang): string {
  const m = messages(lang).usage;
  const code = (e as { code?: string }).code;
  const message = e instanceof Error ? e.message : String(e);
  const option = /'(-[^']*)'/.exec(message)?.[1] ?? '';
  const name = /--[\w-]+/.exec(option)?.[0] ?? option;
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return m.unknownOption(name);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(message) ? m.needsValue(name) : m.takesNoValue(name);
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return m.unexpectedArgument(/'([^']*)'/.exec(message)?.[1] ?? '');
    default:
      return message;
  }
}
