/**
 * The readable report of `alur check` (the default output; `--json` prints the contract's report instead).
 * Colour only where the output is a terminal and NO_COLOR is not set.
 */
import type { Lang, Report, Severity, Sop } from '../core/model';
import { groupFindings, type FindingGroup } from '../core/rules/group';
import { SEVERITY_WORDS } from '../core/rules/severity';
import { messages } from './messages';

export interface Style {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

const ansi = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

export const COLOR: Style = {
  red: ansi(31, 39),
  yellow: ansi(33, 39),
  blue: ansi(34, 39),
  green: ansi(32, 39),
  dim: ansi(2, 22),
  bold: ansi(1, 22),
};

const plain = (s: string) => s;
export const PLAIN: Style = { red: plain, yellow: plain, blue: plain, green: plain, dim: plain, bold: plain };

/** Whether to colour: --color / --no-color win, then NO_COLOR / FORCE_COLOR, then "is it a terminal". */
export function wantColor(flag: boolean | null, isTTY: boolean, env: Record<string, string | undefined>): boolean {
  if (flag !== null) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return isTTY && env.TERM !== 'dumb';
}

const MARK: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };

/** Width of the severity column: the longest word of either language, with its mark. */
const SEVERITY_WIDTH =
  Math.max(...(['id', 'en'] as const).flatMap((l) => Object.values(SEVERITY_WORDS[l]).map((w) => w.length))) + 3;

function severityText(sev: Severity, lang: Lang, st: Style): string {
  const word = `${MARK[sev]} ${messages(lang).report[sev]}`.padEnd(SEVERITY_WIDTH);
  return sev === 'error' ? st.red(word) : sev === 'warning' ? st.yellow(word) : st.blue(word);
}

/**
 * One line per finding, or per group of the same finding over many cells (`Waktu kosong di 11 langkah:
 * I23-I33`): the cell column then names the first cell, the message all of them.
 */
function formatGroup(g: FindingGroup, lang: Lang, st: Style): string {
  // A fix is shown when it is short enough to read at a glance and the same for every cell of the group.
  const tos = [...new Set(g.fixes.map((f) => f.to))];
  const fix =
    g.fixes.length === g.findings.length && tos.length === 1 && tos[0].length <= 60 && !tos[0].includes('\n')
      ? st.dim(` → ${JSON.stringify(tos[0])}`)
      : '';
  return `    ${severityText(g.severity, lang, st)} ${g.cells[0].padEnd(6)} ${g.message} ${st.dim(`[${g.rule}]`)}${fix}`;
}

function formatSop(sop: Sop, lang: Lang, st: Style): string[] {
  const w = messages(lang).report;
  const lines = [`  ${st.bold(sop.name ?? w.unnamed)} ${st.dim(`— ${sop.sheet}!${sop.tableRange}`)}`];
  const without = sop.duration.stepsWithoutTime.length;
  const timeNote = without > 0 && without < sop.steps.length ? st.dim(` (${without} ${w.steps} ${w.withoutTime})`) : '';
  lines.push(
    `    ${sop.steps.length} ${w.steps} · ${sop.actors.length} ${w.actors} · ${w.total}: ${st.bold(sop.duration.text)}${timeNote}`
  );
  const order: Severity[] = ['error', 'warning', 'info'];
  const sorted = [...sop.findings].sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity));
  if (sorted.length === 0) lines.push(`    ${st.green(`✔ ${w.noFindings}`)}`);
  for (const g of groupFindings(sorted, lang)) lines.push(formatGroup(g, lang, st));
  return lines;
}

/** The whole human report: per file, per SOP, then a summary (and a table when several files). */
export function formatReport(report: Report, lang: Lang, st: Style): string {
  const w = messages(lang).report;
  const out: string[] = [];
  for (const file of report.files) {
    out.push(st.bold(file.path));
    if (file.error) {
      out.push(`  ${st.red(`✖ ${file.error.message}`)} ${st.dim(`[${file.error.code}]`)}`);
    } else if (file.sops.length === 0) {
      out.push(`  ${st.dim(w.noSop)}`);
    }
    for (const sop of file.sops) out.push(...formatSop(sop, lang, st));
    out.push('');
  }
  if (report.files.length > 1) out.push(...summaryTable(report, lang, st), '');
  const s = report.summary;
  out.push(
    `${w.summary}: ${s.files} ${w.files}, ${s.sops} ${w.sops}, ` +
      `${st.red(`${s.errors} ${w.error}`)}, ${st.yellow(`${s.warnings} ${w.warning}`)}, ${st.blue(`${s.infos} ${w.info}`)}`
  );
  return out.join('\n') + '\n';
}

/** One line per file: SOPs, findings by severity, total time of its SOPs. */
export function summaryTable(report: Report, lang: Lang, st: Style): string[] {
  const w = messages(lang).report;
  const rows = report.files.map((f) => {
    const count = (sev: Severity) =>
      f.sops.reduce((n, s) => n + s.findings.filter((x) => x.severity === sev).length, 0);
    return [
      f.path,
      f.error ? `✖ ${f.error.code}` : String(f.sops.length),
      String(count('error')),
      String(count('warning')),
      String(count('info')),
      f.sops.map((s) => s.duration.text).join('; '),
    ];
  });
  const head = [w.file, w.sops, w.error, w.warning, w.info, w.total];
  const widths = head.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const cut = (s: string, n: number) => (s.length > n ? `…${s.slice(s.length - n + 1)}` : s);
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 || i === 5 ? cut(c, widths[i]).padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [st.bold(line(head)), st.dim(widths.map((n) => '─'.repeat(n)).join('  ')), ...rows.map(line)];
}
