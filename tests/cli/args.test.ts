import { describe, expect, it } from 'vitest';
import { parseCommandLine, UsageError, type CheckArgs } from '../../src/cli/args';
import { main } from '../../src/cli/main';
import { fakeIo } from './io';
import { DEFAULT_CALENDAR } from '../../src/core/model';

describe('parseCommandLine', () => {
  it('reads check with paths, --json and the defaults', () => {
    expect(parseCommandLine(['check', 'a.xlsx', 'folder', '--json'])).toEqual({
      command: 'check',
      paths: ['a.xlsx', 'folder'],
      json: true,
      jobs: 0,
      color: null,
      lang: 'id',
      help: false,
      calendar: DEFAULT_CALENDAR,
      rules: {},
    });
  });

  it('takes --lang before or after the command', () => {
    expect(parseCommandLine(['--lang', 'en', 'check', 'x.xlsx'])).toMatchObject({ command: 'check', lang: 'en', paths: ['x.xlsx'] });
    expect(parseCommandLine(['check', 'x.xlsx', '--lang=en'])).toMatchObject({ command: 'check', lang: 'en' });
  });

  it('reads the working calendar and rule settings', () => {
    const args = parseCommandLine(['check', 'x.xlsx', '--minutes-per-day', '480', '--days-per-week=6', '--rule', 'typo=off', '--rule', 'numbering=error']);
    expect(args).toMatchObject({
      calendar: { minutesPerDay: 480, daysPerWeek: 6, daysPerMonth: 20 },
      rules: { typo: 'off', numbering: 'error' },
    });
  });

  it('reads draw and export', () => {
    expect(parseCommandLine(['draw', 'in.xlsx', '-o', 'out.xlsx', '--replace'])).toMatchObject({ command: 'draw', input: 'in.xlsx', output: 'out.xlsx', replace: true });
    expect(parseCommandLine(['export', 'in.xlsx', '--format', 'bpmn', '-o', 'out'])).toMatchObject({ command: 'export', format: 'bpmn', output: 'out' });
  });

  it('gives help for no arguments, --help and COMMAND --help', () => {
    expect(parseCommandLine([])).toEqual({ command: 'help', lang: 'id', topic: null });
    expect(parseCommandLine(['--help', '--lang', 'en'])).toEqual({ command: 'help', lang: 'en', topic: null });
    expect(parseCommandLine(['draw', '--help'])).toEqual({ command: 'help', lang: 'id', topic: 'draw' });
  });

  it('says what is wrong, in the language asked for', () => {
    expect(() => parseCommandLine(['frobnicate'])).toThrow(/perintah "frobnicate" tidak dikenal/);
    expect(() => parseCommandLine(['frobnicate', '--lang', 'en'])).toThrow(/unknown command/);
    expect(() => parseCommandLine(['check'])).toThrow(UsageError);
    expect(() => parseCommandLine(['check', 'x.xlsx', '--bogus'])).toThrow(/opsi --bogus tidak dikenal/);
    expect(() => parseCommandLine(['draw', 'in.xlsx'])).toThrow(/-o/);
    expect(() => parseCommandLine(['export', 'in.xlsx', '-o', 'x', '--format', 'pdf'])).toThrow(/--format json/);
    expect(() => parseCommandLine(['check', 'x.xlsx', '--minutes-per-day', '0'])).toThrow(/paling sedikit 1/);
    expect(() => parseCommandLine(['check', 'x.xlsx', '--rule', 'nosuchrule=off'])).toThrow(/nosuchrule/);
  });

  it('checks the working calendar against the ranges the pane uses, at both ends', () => {
    const cal = (flag: string, value: string) => parseCommandLine(['check', 'x.xlsx', `--${flag}`, value]) as CheckArgs;
    expect(cal('minutes-per-day', '1').calendar.minutesPerDay).toBe(1);
    expect(cal('minutes-per-day', '1440').calendar.minutesPerDay).toBe(1440);
    expect(cal('days-per-week', '5,5').calendar.daysPerWeek).toBe(5.5);
    expect(cal('days-per-month', '31').calendar.daysPerMonth).toBe(31);
    const message = (flag: string, value: string, lang = 'id') => {
      try {
        parseCommandLine(['check', 'x.xlsx', `--${flag}`, value, '--lang', lang]);
      } catch (e) {
        expect(e).toBeInstanceOf(UsageError);
        return (e as Error).message;
      }
      return 'accepted';
    };
    expect(message('minutes-per-day', '0')).toBe('--minutes-per-day 0: menit per hari paling sedikit 1 (boleh: 1 sampai 1440)');
    expect(message('minutes-per-day', '0.5')).toBe('--minutes-per-day 0.5: menit per hari paling sedikit 1 (boleh: 1 sampai 1440)');
    expect(message('minutes-per-day', '1441')).toBe('--minutes-per-day 1441: menit per hari paling banyak 1440 (boleh: 1 sampai 1440)');
    expect(message('days-per-week', '8', 'en')).toBe('--days-per-week 8: days per week must be at most 7 (allowed: 1 to 7)');
    expect(message('days-per-month', '32', 'en')).toBe('--days-per-month 32: days per month must be at most 31 (allowed: 1 to 31)');
    expect(message('days-per-month', 'abc')).toBe('--days-per-month abc: hari per bulan harus berupa angka (boleh: 1 sampai 31)');
    expect(message('days-per-week', '')).toBe('--days-per-week : hari per minggu harus berupa angka (boleh: 1 sampai 7)');
  });

  it('takes only id or en for --lang', () => {
    expect(() => parseCommandLine(['check', 'x.xlsx', '--lang', 'fr'])).toThrow(new UsageError('--lang harus id atau en, bukan "fr"'));
    expect(() => parseCommandLine(['--lang=EN', 'check', 'x.xlsx'])).toThrow(new UsageError('--lang harus id atau en, bukan "EN"'));
  });

  it('accepts the ids of the checks across SOPs (for review; harmless for check)', () => {
    const ids = ['duplicate-nomor', 'duplicate-name', 'keterkaitan-not-found', 'actor-variants', 'identity-date'];
    const rules = ids.flatMap((id, i) => ['--rule', `${id}=${['off', 'info', 'warning', 'error', 'OFF'][i]}`]);
    expect(parseCommandLine(['review', 'dir', ...rules, '--rule', 'typo=off'])).toMatchObject({
      rules: {
        'duplicate-nomor': 'off',
        'duplicate-name': 'info',
        'keterkaitan-not-found': 'warning',
        'actor-variants': 'error',
        'identity-date': 'off',
        typo: 'off',
      },
    });
    expect(parseCommandLine(['check', 'x.xlsx', '--rule', 'identity-date=off'])).toMatchObject({ rules: { 'identity-date': 'off' } });
    expect(() => parseCommandLine(['review', 'dir', '--rule', 'duplicate-nomer=off'])).toThrow(
      /tidak ada aturan "duplicate-nomer"; aturan yang ada: .*typo.*duplicate-nomor.*identity-date/
    );
  });

  it('refuses unknown rules and levels in the user language, whatever the order of the flags', () => {
    expect(() => parseCommandLine(['check', 'x.xlsx', '--rule', 'nosuchrule=off'])).toThrow(
      /^--rule nosuchrule=off: tidak ada aturan "nosuchrule"; aturan yang ada: .*typo/
    );
    expect(() => parseCommandLine(['--rule', 'nosuchrule=off', 'check', 'x.xlsx', '--lang', 'en'])).toThrow(
      /^--rule nosuchrule=off: there is no rule "nosuchrule"; the rules are: .*typo/
    );
    expect(() => parseCommandLine(['check', '--rule', 'typo=loud', 'x.xlsx'])).toThrow(
      new UsageError('--rule typo=loud: tingkatnya harus salah satu dari off, info, warning, error, bukan "loud"')
    );
    expect(() => parseCommandLine(['check', 'x.xlsx', '--lang', 'en', '--rule', 'typo'])).toThrow(
      new UsageError('--rule typo: write ID=LEVEL, e.g. --rule typo=off')
    );
  });

  it('finds the command after options that take values', () => {
    expect(parseCommandLine(['--minutes-per-day', '480', 'check', 'x.xlsx'])).toMatchObject({
      command: 'check',
      paths: ['x.xlsx'],
      calendar: { minutesPerDay: 480 },
    });
    expect(parseCommandLine(['-o', 'out.xlsx', 'draw', 'in.xlsx'])).toMatchObject({ command: 'draw', input: 'in.xlsx', output: 'out.xlsx' });
  });

  it('refuses unknown options in both languages, with or without a command', () => {
    expect(() => parseCommandLine(['--bogus'])).toThrow(new UsageError('opsi --bogus tidak dikenal'));
    expect(() => parseCommandLine(['--bogus', '--lang', 'en'])).toThrow(new UsageError('unknown option --bogus'));
    expect(() => parseCommandLine(['check', 'x.xlsx', '--bogus', '--lang', 'en'])).toThrow(new UsageError('unknown option --bogus'));
    expect(() => parseCommandLine(['draw', 'in.xlsx', '-o'])).toThrow(new UsageError('opsi --output memerlukan nilai'));
    expect(() => parseCommandLine(['check', 'x.xlsx', '--json=yes', '--lang', 'en'])).toThrow(new UsageError('option --json takes no value'));
    expect(() => parseCommandLine(['check', 'x.xlsx', '--jobs', '0'])).toThrow(new UsageError('--jobs harus bilangan bulat 1 atau lebih, bukan "0"'));
  });

  it('alur --bogus is an error (exit 2, no help); alur --version and --help still work', async () => {
    const io = fakeIo();
    expect(await main(['--bogus'], io)).toBe(2);
    expect(io.stdout).toBe('');
    expect(io.stderr).toBe('alur: opsi --bogus tidak dikenal\nCoba "alur --help".\n');
    const en = fakeIo();
    expect(await main(['--lang', 'en', 'check', 'x.xlsx', '--days-per-week', '9'], en)).toBe(2);
    expect(en.stderr).toBe('alur: --days-per-week 9: days per week must be at most 7 (allowed: 1 to 7)\nTry "alur --help".\n');
    const version = fakeIo();
    expect(await main(['--version'], version)).toBe(0);
    expect(version.stdout).toMatch(/^alur \d/);
    const help = fakeIo();
    expect(await main(['-h', '--lang', 'en'], help)).toBe(0);
    expect(help.stdout).toMatch(/^Alur: reads/);
  });
});
