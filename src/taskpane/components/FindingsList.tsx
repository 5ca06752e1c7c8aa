/**
 * The findings of one SOP (contract: a list named "Temuan" whose items show cell and message; present
 * even when empty, then saying so). Items come grouped by severity, errors first; each group opens
 * with a caption, and each item says its severity in words and with an icon, never by colour alone.
 * Clicking an item selects its cell; "Perbaiki" applies its fix.
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
import type { Finding, Severity } from '../../core/model';
import { useId, type ReactNode } from 'react';
import type { Strings } from '../i18n';

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
});

export interface FindingsListProps {
  findings: Finding[];
  t: Strings;
  busy: boolean;
  /** The last action's outcome, when it was about this card. */
  notice?: ReactNode;
  /** The host can mark cells on the sheet (not in file mode, which keeps the file as it was). */
  canMark: boolean;
  onSelect: (finding: Finding) => void;
  onFix: (finding: Finding) => void;
  onFixAllTypos: () => void;
  onMark: () => void;
  onClearMarks: () => void;
}

function SeverityIcon({ severity, className }: { severity: Severity; className?: string }) {
  const Icon = severity === 'error' ? ErrorCircle16Filled : severity === 'warning' ? Warning16Filled : Info16Filled;
  return <Icon className={className} aria-hidden="true" />;
}

export function FindingsList(props: FindingsListProps) {
  // Ties each "Perbaiki" button to its finding's message for screen readers (the name stays exact).
  const idBase = useId();
  const { findings, t, busy, onSelect, onFix, notice } = props;
  const styles = useStyles();
  const counts = Object.fromEntries(ORDER.map((s) => [s, findings.filter((f) => f.severity === s).length])) as Record<
    Severity,
    number
  >;
  const sorted = ORDER.flatMap((s) => findings.filter((f) => f.severity === s));
  const typoCount = findings.filter((f) => f.rule === 'typo' && f.fix).length;

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
      {findings.length > 0 && (typoCount > 0 || props.canMark) && (
        <Toolbar size="small" className={styles.toolbar}>
          {typoCount > 0 && (
            <ToolbarButton icon={<TextGrammarCheckmark20Regular />} disabled={busy} onClick={props.onFixAllTypos}>
              {t.fixAllTypos} ({typoCount})
            </ToolbarButton>
          )}
          {props.canMark && (
            <>
              <ToolbarButton icon={<HighlightRegular />} disabled={busy} onClick={props.onMark}>
                {t.markOnSheet}
              </ToolbarButton>
              <ToolbarButton icon={<EraserRegular />} disabled={busy} onClick={props.onClearMarks}>
                {t.clearMarks}
              </ToolbarButton>
            </>
          )}
        </Toolbar>
      )}
      {notice}
      <ul className={styles.list} aria-label={t.findings}>
        {sorted.length === 0 && (
          <li className={styles.empty}>
            <CheckmarkCircle20Regular aria-hidden="true" />
            {t.noFindings}
          </li>
        )}
        {sorted.map((f, i) => {
          const firstOfGroup = i === 0 || sorted[i - 1].severity !== f.severity;
          return (
            <li key={`${f.rule}-${f.cell}-${i}`}>
              {firstOfGroup && (
                // Visual group caption; each item names its severity itself, so readers skip this.
                <div className={mergeClasses(styles.groupCaption, styles[f.severity])} aria-hidden="true">
                  <SeverityIcon severity={f.severity} />
                  {t.severity[f.severity]} · {counts[f.severity]}
                </div>
              )}
              <div className={styles.item}>
                <Button
                  appearance="subtle"
                  className={styles.open}
                  onClick={() => onSelect(f)}
                  title={t.goToCell.replace('{cell}', f.cell)}
                >
                  <span className={styles.openBody}>
                    <span className={styles.head}>
                      <SeverityIcon severity={f.severity} className={styles[f.severity]} />
                      <span className={styles.cell}>{f.cell}</span>
                      <span className={styles.severity}>{t.severity[f.severity]}</span>
                    </span>
                    <span className={styles.message} id={`${idBase}-${i}`}>
                      {f.message}
                    </span>
                  </span>
                </Button>
                {f.fix && (
                  <Button
                    size="small"
                    className={styles.fixButton}
                    icon={<Wrench16Regular />}
                    disabled={busy}
                    onClick={() => onFix(f)}
                    aria-describedby={`${idBase}-${i}`}
                  >
                    {t.fix}
                  </Button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
