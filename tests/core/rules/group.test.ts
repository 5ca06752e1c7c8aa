import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/model';
import { compressCells, groupFindings } from '../../../src/core/rules/group';
import { SEVERITY_WORDS, severityLabels } from '../../../src/core/rules/severity';
import { strings } from '../../../src/taskpane/i18n';

const f = (rule: string, cell: string, message: string, more: Partial<Finding> = {}): Finding => ({
  rule,
  severity: 'warning',
  cell,
  message,
  fix: null,
  ...more,
});

describe('compressCells', () => {
  it('compresses runs of consecutive rows per column, in the order the runs came', () => {
    expect(compressCells(['H27', 'H28', 'H29', 'H31', 'J39', 'H32', 'J40', 'B2'])).toBe(
      'H27-H29, H31-H32, J39-J40, B2'
    );
    expect(compressCells(['COVER!B14', 'COVER!B15', 'B16', 'B16'])).toBe('COVER!B14-B15, B16');
    expect(compressCells(['A1'])).toBe('A1');
  });
});

describe('groupFindings', () => {
  it('puts the same step finding over many steps on one line, with its cells', () => {
    const findings = [
      ...[27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37].map((r, i) =>
        f('missing-time', `H${r}`, `Waktu langkah ${i + 1} kosong, sehingga tidak ikut dihitung dalam total waktu.`)
      ),
      f('decision-branch', 'B30', 'Langkah 4 adalah keputusan ...', { severity: 'error' }),
    ];
    const groups = groupFindings(findings, 'id');
    expect(groups.map((g) => [g.rule, g.severity, g.cells.length, g.cellsText, g.message])).toEqual([
      [
        'missing-time',
        'warning',
        11,
        'H27-H37',
        'Waktu kosong di 11 langkah: H27-H37. Langkah itu tidak ikut dihitung dalam total waktu; isi lama pengerjaannya (mis. “15 menit”, “1 hari”).',
      ],
      ['decision-branch', 'error', 1, 'B30', 'Langkah 4 adalah keputusan ...'],
    ]);
    expect(groupFindings(findings, 'en')[0].message).toBe(
      'No Waktu in 11 steps: H27-H37. They are left out of the total time; fill in how long each takes (e.g. “15 menit”, “1 hari”).'
    );
    expect(groups[0].findings).toEqual(findings.slice(0, 11));
  });

  it('puts a message that differs only in its own cell on one line, the cells in its place, fixes kept', () => {
    const typo = (cell: string) =>
      f('typo', cell, `Salah ketik “DTAFT”: seharusnya “DRAFT”. Perbaiki kata itu di sel ${cell}.`, {
        severity: 'error',
        fix: { cell, from: 'DTAFT RKT', to: 'DRAFT RKT' },
      });
    const groups = groupFindings(
      [typo('H38'), typo('H39'), typo('J39'), f('typo', 'H3', 'Salah ketik “BUKU” di sel H3.')],
      'id'
    );
    expect(groups).toEqual([
      {
        rule: 'typo',
        severity: 'error',
        cells: ['H38', 'H39', 'J39'],
        cellsText: 'H38-H39, J39',
        message: 'Salah ketik “DTAFT”: seharusnya “DRAFT”. Perbaiki kata itu di sel H38-H39, J39.',
        findings: [typo('H38'), typo('H39'), typo('J39')],
        fixes: ['H38', 'H39', 'J39'].map((cell) => ({ cell, from: 'DTAFT RKT', to: 'DRAFT RKT' })),
      },
      {
        rule: 'typo',
        severity: 'warning',
        cells: ['H3'],
        cellsText: 'H3',
        message: 'Salah ketik “BUKU” di sel H3.',
        findings: [f('typo', 'H3', 'Salah ketik “BUKU” di sel H3.')],
        fixes: [],
      },
    ]);
  });

  it('keeps apart what differs beyond the cell: another step, another severity, another rule', () => {
    const groups = groupFindings(
      [
        f('decision-branch', 'B40', 'Langkah 6 adalah keputusan.'),
        f('decision-branch', 'B42', 'Langkah 8 adalah keputusan.'),
        f('missing-time', 'I3', 'Waktu langkah 1 kosong.', { severity: 'error' }),
        f('missing-time', 'I4', 'Waktu langkah 2 kosong.'),
      ],
      'id'
    );
    expect(groups.map((g) => g.cells)).toEqual([['B40'], ['B42'], ['I3'], ['I4']]);
    expect(groups.map((g) => g.message)).toEqual([
      'Langkah 6 adalah keputusan.',
      'Langkah 8 adalah keputusan.',
      'Waktu langkah 1 kosong.',
      'Waktu langkah 2 kosong.',
    ]);
  });
});

describe('one severity vocabulary', () => {
  it('the pane says the words the CLI says, capitalised', () => {
    expect(SEVERITY_WORDS).toEqual({
      id: { error: 'kesalahan', warning: 'peringatan', info: 'info' },
      en: { error: 'error', warning: 'warning', info: 'info' },
    });
    expect(strings.id.severity).toEqual({ error: 'Kesalahan', warning: 'Peringatan', info: 'Info' });
    expect(strings.en.severity).toEqual(severityLabels('en'));
  });
});
