/**
 * The task pane: a header, the source of the workbook (live Excel, or a file opened in the browser),
 * one primary action "Periksa SOP", then the SOP's summary, its findings, the flowchart and the
 * structured data. State lives in usePane; the pieces below only show it and call its actions.
 */
import { Suspense, lazy, useEffect, useState } from 'react';
import {
  Badge,
  Body1,
  CardHeader,
  Subtitle2,
  Button,
  Caption1,
  Card,
  Checkbox,
  Select,
  Field,
  Spinner,
  Text,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowDownload20Regular,
  DocumentTable20Regular,
  LockClosed16Regular,
  PlugConnected16Regular,
  Search20Regular,
  Settings20Regular,
} from '@fluentui/react-icons';
import type { SopHost } from '../core/host';
import { format, strings, type Language } from './i18n';
import type { HostMode } from './office';
import { OpenFileButton } from './OpenFileButton';
import { errorNotice, type Notice } from './notices';
import { loadSettings, saveSettings, type Settings } from './settings';
import { usePane } from './usePane';
import { DataCard } from './components/DataCard';
import { FindingsList } from './components/FindingsList';
import { FlowchartCard } from './components/FlowchartCard';
import { NoticeBar } from './components/NoticeBar';
import { SummaryCard } from './components/SummaryCard';
import type { Spelling } from './spelling';

/** The settings drawer loads on first open: most sessions never open it. */
const SettingsPanel = lazy(() =>
  import(/* webpackChunkName: "settings" */ './components/SettingsPanel').then((m) => ({
    default: m.SettingsPanel,
  }))
);

export interface AppProps {
  mode: HostMode;
  /** The language Office (or the browser) speaks; the settings may choose another. */
  language: Language;
  /** Excel mode: the live workbook. */
  host?: SopHost | null;
  /** File mode: opens a picked workbook in memory. Absent: the file is only named. */
  openFile?: (file: File) => Promise<SopHost>;
  /** Starting settings (default: from localStorage). */
  initialSettings?: Settings;
  /** The spelling dictionary (default: the page's worker, src/taskpane/spelling.ts). */
  spelling?: Spelling;
}

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    maxWidth: '520px',
  },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  logo: { width: '32px', height: '32px', flexShrink: 0 },
  titles: { flexGrow: 1, minWidth: 0 },
  heading: { margin: 0 },
  tagline: { margin: 0, color: tokens.colorNeutralForeground2 },
  source: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground3,
    minWidth: 0,
  },
  fileName: {
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    fontWeight: tokens.fontWeightSemibold,
  },
  checkCard: { rowGap: tokens.spacingVerticalS },
  primary: { width: '100%' },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  cardBody: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalM },
  note: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground3,
  },
  picker: {
    backgroundColor: tokens.colorNeutralBackground1,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow4,
  },
  select: { width: '100%', minWidth: 0, '& select': { textOverflow: 'ellipsis' } },
  footer: { marginTop: 'auto', color: tokens.colorNeutralForeground3, textAlign: 'center' },
});

export function App({
  mode,
  language: officeLanguage,
  host: liveHost = null,
  openFile,
  initialSettings,
  spelling,
}: AppProps) {
  const styles = useStyles();
  const [settings, setSettings] = useState<Settings>(() => initialSettings ?? loadSettings());
  const [settingsOpen, setSettingsOpen] = useState(false);
  // Stays mounted once opened, so the drawer can animate out.
  const [settingsUsed, setSettingsUsed] = useState(false);
  const [fileHost, setFileHost] = useState<SopHost | null>(null);
  const [fileName, setFileName] = useState<string>();
  const [opening, setOpening] = useState(false);
  const [openError, setOpenError] = useState<Notice | null>(null);
  const [capabilities, setCapabilities] = useState({ dataSheet: true, shapes: true });

  const lang: Language = settings.language === 'auto' ? officeLanguage : settings.language;
  const t = strings[lang];
  const host = mode === 'file' ? fileHost : liveHost;
  const { state, selected, lanePlan, previewSvg, actions } = usePane(host, settings, lang, spelling);
  const busy = state.busy !== null;

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    let live = true;
    host?.capabilities().then(
      (c) => live && setCapabilities({ dataSheet: c.dataSheet, shapes: c.shapes }),
      () => undefined
    );
    return () => {
      live = false;
    };
  }, [host]);

  const changeSettings = (next: Settings) => {
    setSettings(next);
    saveSettings(next);
  };

  const onFile = async (file: File) => {
    setFileName(file.name);
    setOpenError(null);
    if (!openFile) return;
    setOpening(true);
    try {
      setFileHost(await openFile(file));
    } catch (error) {
      setFileHost(null);
      setOpenError(errorNotice(error, t, lang));
    } finally {
      setOpening(false);
    }
  };

  const results = state.results;
  /** The last action's notice, shown beside the buttons of the task it is about. */
  const noticeFor = (tasks: (string | null)[]) =>
    state.notice && tasks.includes(state.noticeTask) ? (
      <NoticeBar notice={state.notice} dismissLabel={t.dismiss} onDismiss={actions.dismiss} />
    ) : null;
  return (
    <main className={styles.page} lang={lang}>
      <header className={styles.header}>
        <img className={styles.logo} src="assets/icon-80.png" alt="" />
        <div className={styles.titles}>
          <Title3 as="h1" block className={styles.heading}>
            {t.appName}
          </Title3>
          {mode === 'excel' ? (
            <Caption1 className={styles.source}>
              <PlugConnected16Regular aria-hidden="true" /> {t.excelModeTitle}
            </Caption1>
          ) : fileHost && fileName ? (
            <Caption1 className={styles.source} title={fileName}>
              <DocumentTable20Regular aria-hidden="true" />
              <span className={styles.fileName}>{fileName}</span>
            </Caption1>
          ) : (
            <Caption1 as="p" block className={styles.tagline}>
              {t.tagline}
            </Caption1>
          )}
        </div>
        <Button
          appearance="subtle"
          icon={<Settings20Regular />}
          aria-label={t.settings}
          title={t.settings}
          onClick={() => {
            setSettingsUsed(true);
            setSettingsOpen(true);
          }}
        />
      </header>

      {mode === 'file' && !fileHost && (
        <Card>
          <CardHeader
            image={<DocumentTable20Regular aria-hidden="true" />}
            header={
              <Subtitle2 as="h2" className={styles.heading}>
                {t.fileModeTitle}
              </Subtitle2>
            }
            action={
              <Badge appearance="tint" color="brand">
                .xlsx · .xlsm
              </Badge>
            }
          />
          <div className={styles.cardBody}>
            <Body1 as="p" block className={styles.tagline}>
              {t.fileModeHint}
            </Body1>
            <OpenFileButton label={t.openFile} onFile={(file) => void onFile(file)} />
            {fileName && <Text role="status">{format(t.fileChosen, { name: fileName })}</Text>}
            {opening && <Spinner size="tiny" label={t.fileOpening} />}
            <Caption1 className={styles.note}>
              <LockClosed16Regular aria-hidden="true" /> {t.privacyNote}
            </Caption1>
          </div>
        </Card>
      )}
      {openError && <NoticeBar notice={openError} dismissLabel={t.dismiss} onDismiss={() => setOpenError(null)} />}

      {host && (
        <Card className={styles.checkCard}>
          <Button
            appearance="primary"
            size="large"
            className={styles.primary}
            icon={state.busy === 'check' ? <Spinner size="tiny" /> : <Search20Regular />}
            disabled={busy}
            onClick={() => void actions.check()}
          >
            {t.check}
          </Button>
          <Checkbox
            label={t.allSheets}
            checked={settings.allSheets}
            onChange={(_, data) => changeSettings({ ...settings, allSheets: data.checked === true })}
          />
          {!results && <Caption1 className={styles.tagline}>{t.checkHint}</Caption1>}
          {mode === 'file' && host.download && (
            <div className={styles.row}>
              <Button icon={<ArrowDownload20Regular />} disabled={busy} onClick={() => void actions.downloadWorkbook()}>
                {t.download}
              </Button>
              <OpenFileButton label={t.openOtherFile} appearance="subtle" onFile={(file) => void onFile(file)} />
            </div>
          )}
        </Card>
      )}

      {noticeFor(['check', 'download', null])}

      {results && results.length > 1 && (
        <Field label={t.pickSop} className={styles.picker}>
          <Select
            className={styles.select}
            value={String(state.selected)}
            onChange={(_, data) => actions.select(Number(data.value))}
          >
            {results.map((r, i) => (
              <option key={`${r.sop.sheet}!${r.sop.tableRange}`} value={i}>
                {`${i + 1}. ${r.sop.name ?? t.unnamedSop} · ${r.sop.tableRange}`}
              </option>
            ))}
          </Select>
        </Field>
      )}

      {selected && (
        <>
          <SummaryCard sop={selected.sop} doc={selected.doc} calendar={settings.calendar} lang={lang} t={t} />
          <FindingsList
            findings={selected.sop.findings}
            lang={lang}
            t={t}
            busy={busy}
            canMark={host?.kind === 'excel'}
            onSelect={(f) => void host?.selectCell(selected.sop.sheet, f.cell).catch(() => undefined)}
            onFix={(f) => void actions.fix(f)}
            onFixAll={(fixes) => void actions.fixAll(fixes)}
            onMark={() => void actions.mark()}
            onClearMarks={() => void actions.clearMarks()}
            notice={noticeFor(['fix', 'mark', 'clear'])}
          />
          <FlowchartCard
            t={t}
            busy={busy}
            drawing={state.busy === 'draw' || state.busy === 'remove'}
            progress={state.progress}
            markersOnly={!capabilities.shapes}
            onDraw={(replace) => void actions.draw(replace)}
            onRemove={() => void actions.remove()}
            lanePlan={lanePlan}
            generating={state.busy === 'lanes'}
            onGenerateLanes={() => void actions.generateLanes()}
            previewSvg={previewSvg}
            notice={noticeFor(['lanes', 'draw', 'remove'])}
          />
          <DataCard
            t={t}
            busy={busy}
            canWriteSheet={capabilities.dataSheet}
            onWriteSheet={() => void actions.writeDataSheet()}
            onJson={() => void actions.downloadJson()}
            onBpmn={() => void actions.downloadBpmn()}
            onReport={() => void actions.downloadReport(mode === 'file' ? fileName : undefined)}
            notice={noticeFor(['data'])}
          />
        </>
      )}

      <Caption1 as="p" block className={styles.footer}>
        {mode === 'file' && fileHost ? `${t.privacyNote} · ` : ''}
        {t.footer}
      </Caption1>

      {settingsUsed && (
        <Suspense fallback={null}>
          <SettingsPanel
            open={settingsOpen}
            settings={settings}
            lang={lang}
            t={t}
            onChange={changeSettings}
            onClose={() => setSettingsOpen(false)}
          />
        </Suspense>
      )}
    </main>
  );
}
