import { describe, expect, it } from 'vitest';
import { parseCommandLine, UsageError } from '../../src/cli/args';
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
});
