/**
 * The findings of one SOP (contract: a list named "Temuan" whose items show cell and message; present
 * even when empty, then saying so). Items come grouped by severity, errors first; each group opens
 * with a caption, and each item says its severity in words and with an icon, never by colour alone.
 * The same finding over many cells is one item naming its cells (core/rules/group.ts): clicking it
 * selects the first cell, the small cell buttons under it select each; "Perbaiki" applies its fixes.
 * "Perbaiki semua" gathers every safe fix of every rule and lists the changes (cell, from, to) for the
 * user to confirm before anything is written.
 */
import {
  Badge,
  Button,
  Card,
  CardHeader,
  Subtitle2,
  Toolbar,
  ToolbarButton,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import {
  CheckmarkCircle20Regular,
  ErrorCircle16Filled,
  EraserRegular,
  Info16Filled,
  TextGrammarCheckmark20Regular,
  Warning16Filled,
  Wrench16Regular,
  HighlightRegular,
} from '@fluentui/react-icons';
import type { Finding, Fix, Lang, Severity } from '../../core/model';
import { allFixes } from '../../core/rules/fix';
import { groupFindings, type FindingGroup } from '../../core/rules/group';
import { useId, useState, type ReactNode } from 'react';
import { format, type Strings } from '../i18n';

const ORDER: Severity[] = ['error', 'warning', 'info'];

const useStyles = makeStyles({
  card: { rowGap: tokens.spacingVerticalS },
  title: { margin: 0 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  groupCaption: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    textTransform: 'uppercase',
    letterSpacing: '0.04em',
  },
  item: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalXS,
    borderTop: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: `${tokens.spacingVerticalXS} 0`,
  },
  open: {
    flexGrow: 1,
    minWidth: 0,
    justifyContent: 'flex-start',
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    height: 'auto',
    alignItems: 'flex-start',
  },
  openBody: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0 },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  cell: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground4,
  },
  severity: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
  message: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, overflowWrap: 'anywhere' },
  fixButton: { flexShrink: 0, marginTop: tokens.spacingVerticalXS },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorBrandForeground1 },
  empty: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalS,
    color: tokens.colorPaletteGreenForeground1,
  },
  toolbar: { flexWrap: 'wrap', padding: 0, marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  cells: { display: 'flex', flexWrap: 'wrap', gap: '2px', paddingLeft: tokens.spacingHorizontalXS },
  cellButton: {
    minWidth: 0,
    height: 'auto',
    padding: `0 ${tokens.spacingHorizontalXS}`,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase100,
  },
  confirm: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  changes: {
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    '& th, & td': { textAlign: 'left', verticalAlign: 'top', padding: `2px ${tokens.spacingHorizontalXS}` },
    '& td': { borderTop: `1px solid ${tokens.colorNeutralStroke3}`, overflowWrap: 'anywhere' },
  },
  changesScroll: { maxHeight: '240px', overflowY: 'auto' },
  from: { color: tokens.colorNeutralForeground3, textDecorationLine: 'line-through' },
  confirmButtons: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export interface FindingsListProps {
  findings: Finding[];
  /** The language of the messages (a group's summary sentence is written in it). */
  lang: Lang;
  t: Strings;
  busy: boolean;
  /** The last action's outcome, when it was about this card. */
  notice?: ReactNode;
  /** The host can highlight cells on the sheet (not in file mode, which keeps the file as it was). */
  canHighlight: boolean;
  /** Select a finding's cell: the first of a group, or the one cell asked for. */
  onSelect: (finding: Finding) => void;
  /** Apply the fixes of one item (a group's fixes together). */
  onFix: (findings: Finding[]) => void;
  /** Apply the changes the user confirmed. */
  onFixAll: (fixes: Fix[]) => void;
  onHighlight: () => void;
  onClearHighlights: () => void;
}

function SeverityIcon({ severity, className }: { severity: Severity; className?: string }) {
  const Icon = severity === 'error' ? ErrorCircle16Filled : severity === 'warning' ? Warning16Filled : Info16Filled;
  return <Icon className={className} aria-hidden="true" />;
}

/** The confirm step of "fix all": every change listed (cell, from, to) before it is written. */
function FixAllConfirm(props: { fixes: Fix[]; t: Strings; busy: boolean; onApply: () => void; onCancel: () => void }) {
  const { fixes, t } = props;
  const styles = useStyles();
  const titleId = useId();
  return (
    <section className={styles.confirm} aria-labelledby={titleId}>
      <Subtitle2 as="h3" id={titleId} className={styles.title}>
        {t.fixAllTitle}
      </Subtitle2>
      <span>{format(t.fixAllHint, { count: fixes.length })}</span>
      <div className={styles.changesScroll}>
        <table className={styles.changes} aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">{t.fixCell}</th>
              <th scope="col">{t.fixFrom}</th>
              <th scope="col">{t.fixTo}</th>
            </tr>
          </thead>
          <tbody>
            {fixes.map((f) => (
              <tr key={f.cell}>
                <td>
                  <span className={styles.cell}>{f.cell}</span>
                </td>
                <td className={styles.from}>{f.from}</td>
                <td>{f.to}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className={styles.confirmButtons}>
        <Button appearance="primary" icon={<Wrench16Regular />} disabled={props.busy} onClick={props.onApply}>
          {format(t.fixAllApply, { count: fixes.length })}
        </Button>
        <Button onClick={props.onCancel}>{t.fixAllCancel}</Button>
      </div>
    </section>
  );
}

interface FindingItemProps {
  group: FindingGroup;
  /** The first item of its severity: shows the severity's caption above it. */
  firstOfGroup: boolean;
  /** How many findings of the group's severity there are. */
  count: number;
  /** The id of the message, which describes the item's "Perbaiki" button. */
  messageId: string;
  t: Strings;
  busy: boolean;
  onSelect(finding: Finding): void;
  onFix(findings: Finding[]): void;
}

/** One item of the list: a finding, or a group of the same finding in several cells, with its fix. */
function FindingItem({ group: g, firstOfGroup, count, messageId, t, busy, onSelect, onFix }: FindingItemProps) {
  const styles = useStyles();
  const first = g.findings[0];
  const many = g.cells.length > 1;
  return (
    <li>
      {firstOfGroup && (
        // Visual group caption; each item names its severity itself, so readers skip this.
        <div className={mergeClasses(styles.groupCaption, styles[g.severity])} aria-hidden="true">
          <SeverityIcon severity={g.severity} />
          {t.severity[g.severity]} · {count}
        </div>
      )}
      <div className={styles.item}>
        <span className={styles.openBody} style={{ flexGrow: 1 }}>
          <Button
            appearance="subtle"
            className={styles.open}
            onClick={() => onSelect(first)}
            title={t.goToCell.replace('{cell}', first.cell)}
          >
            <span className={styles.openBody}>
              <span className={styles.head}>
                <SeverityIcon severity={g.severity} className={styles[g.severity]} />
                <span className={styles.cell}>{many ? g.cellsText : first.cell}</span>
                <span className={styles.severity}>{t.severity[g.severity]}</span>
              </span>
              <span className={styles.message} id={messageId}>
                {g.message}
              </span>
            </span>
          </Button>
          {many && (
            <span className={styles.cells} role="group" aria-label={format(t.cellsOf, { count: g.cells.length })}>
              {g.findings.map((f, j) => (
                <Button
                  key={`${f.cell}-${j}`}
                  size="small"
                  appearance="transparent"
                  className={styles.cellButton}
                  onClick={() => onSelect(f)}
                  title={t.goToCell.replace('{cell}', f.cell)}
                >
                  {f.cell}
                </Button>
              ))}
            </span>
          )}
        </span>
        {g.fixes.length > 0 && (
          <Button
            size="small"
            className={styles.fixButton}
            icon={<Wrench16Regular />}
            disabled={busy}
            onClick={() => onFix(g.findings.filter((f) => f.fix))}
            aria-describedby={messageId}
          >
            {t.fix}
          </Button>
        )}
      </div>
    </li>
  );
}

export function FindingsList(props: FindingsListProps) {
  // Ties each "Perbaiki" button to its finding's message for screen readers (the name stays exact).
  const idBase = useId();
  const { findings, t, busy, onSelect, onFix, notice } = props;
  const styles = useStyles();
  const [confirming, setConfirming] = useState<Fix[] | null>(null);
  const counts = Object.fromEntries(ORDER.map((s) => [s, findings.filter((f) => f.severity === s).length])) as Record<
    Severity,
    number
  >;
  const sorted = ORDER.flatMap((s) => findings.filter((f) => f.severity === s));
  const groups = groupFindings(sorted, props.lang);
  const fixable = allFixes(findings);

  return (
    <Card className={styles.card}>
      <CardHeader
        header={
          <Subtitle2 as="h2" className={styles.title}>
            {t.findings}
          </Subtitle2>
        }
        action={
          <span style={{ display: 'flex', gap: 4 }}>
            {ORDER.filter((s) => counts[s] > 0).map((s) => (
              <Badge
                key={s}
                appearance="tint"
                color={s === 'error' ? 'danger' : s === 'warning' ? 'warning' : 'informative'}
                icon={<SeverityIcon severity={s} />}
                aria-label={`${counts[s]} ${t.severity[s]}`}
              >
                {counts[s]}
              </Badge>
            ))}
          </span>
        }
      />
      {findings.length > 0 && (fixable.length > 0 || props.canHighlight) && (
        <Toolbar size="small" className={styles.toolbar}>
          {fixable.length > 0 && (
            <ToolbarButton
              icon={<TextGrammarCheckmark20Regular />}
              disabled={busy || confirming !== null}
              onClick={() => setConfirming(fixable)}
            >
              {t.fixAll} ({fixable.length})
            </ToolbarButton>
          )}
          {props.canHighlight && (
            <>
              <ToolbarButton icon={<HighlightRegular />} disabled={busy} onClick={props.onHighlight}>
                {t.highlightOnSheet}
              </ToolbarButton>
              <ToolbarButton icon={<EraserRegular />} disabled={busy} onClick={props.onClearHighlights}>
                {t.clearHighlights}
              </ToolbarButton>
            </>
          )}
        </Toolbar>
      )}
      {confirming && (
        <FixAllConfirm
          fixes={confirming}
          t={t}
          busy={busy}
          onApply={() => {
            const fixes = confirming;
            setConfirming(null);
            props.onFixAll(fixes);
          }}
          onCancel={() => setConfirming(null)}
        />
      )}
      {notice}
      <ul className={styles.list} aria-label={t.findings}>
        {groups.length === 0 && (
          <li className={styles.empty}>
            <CheckmarkCircle20Regular aria-hidden="true" />
            {t.noFindings}
          </li>
        )}
        {groups.map((g, i) => (
          <FindingItem
            key={`${g.rule}-${g.cells[0]}-${i}`}
            group={g}
            firstOfGroup={i === 0 || groups[i - 1].severity !== g.severity}
            count={counts[g.severity]}
            messageId={`${idBase}-${i}`}
            t={t}
            busy={busy}
            onSelect={onSelect}
            onFix={onFix}
          />
        ))}
      </ul>
    </Card>
  );
}
