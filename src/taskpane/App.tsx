/**
 * The task pane: a header, the source of the workbook (live Excel, or a file opened in the browser),
 * one primary action "Periksa SOP", then the SOP's summary, its findings, the flowchart and the
 * structured data. State lives in usePane; the pieces below only show it and call its actions.
 */
import { Suspense, lazy, useEffect, useState, type ReactNode } from 'react';
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { SopResult } from '../core/check';
import type { LanePlan } from '../core/flowchart/lanes';
import type { SopHost } from '../core/host';
import type { Lang } from '../core/model';
import { strings } from './i18n';
import type { HostMode } from './office';
import { loadSettings, saveSettings, type Settings } from './settings';
import { usePane, type PaneActions, type PaneState, type Task } from './usePane';
import { useFileHost } from './useFileHost';
import { CheckCard } from './components/CheckCard';
import { DataCard } from './components/DataCard';
import { FindingsList } from './components/FindingsList';
import { FlowchartCard } from './components/FlowchartCard';
import { NoticeBar } from './components/NoticeBar';
import { OpenFileCard } from './components/OpenFileCard';
import { PaneHeader } from './components/PaneHeader';
import { SopPicker } from './components/SopPicker';
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
  language: Lang;
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
  footer: { marginTop: 'auto', color: tokens.colorNeutralForeground3, textAlign: 'center' },
});

/** What Excel says about the host: can it write a data sheet, can it draw shapes (else cell markers). */
function useCapabilities(host: SopHost | null) {
  const [capabilities, setCapabilities] = useState({ dataSheet: true, shapes: true });
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
  return capabilities;
}

interface SopCardsProps {
  sop: SopResult;
  host: SopHost | null;
  state: PaneState;
  actions: PaneActions;
  settings: Settings;
  lang: Lang;
  capabilities: { dataSheet: boolean; shapes: boolean };
  lanePlan: LanePlan | null;
  previewSvg: string | null;
  /** File mode: the workbook's name, for the review report. */
  workbookName: string | undefined;
  noticeFor(tasks: (Task | null)[]): ReactNode;
}

/** The selected SOP's cards: summary, findings, flowchart, structured data. */
function SopCards({
  sop,
  host,
  state,
  actions,
  settings,
  lang,
  capabilities,
  lanePlan,
  previewSvg,
  workbookName,
  noticeFor,
}: SopCardsProps) {
  const t = strings[lang];
  const busy = state.busy !== null;
  return (
    <>
      <SummaryCard sop={sop.sop} doc={sop.doc} calendar={settings.calendar} lang={lang} t={t} />
      <FindingsList
        findings={sop.sop.findings}
        lang={lang}
        t={t}
        busy={busy}
        canHighlight={host?.kind === 'excel'}
        onSelect={(f) => void host?.selectCell(sop.sop.sheet, f.cell).catch(() => undefined)}
        onFix={(f) => void actions.fix(f)}
        onFixAll={(fixes) => void actions.fixAll(fixes)}
        onHighlight={() => void actions.highlight()}
        onClearHighlights={() => void actions.clearHighlights()}
        notice={noticeFor(['fix', 'highlight', 'clear'])}
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
        onReport={() => void actions.downloadReport(workbookName)}
        notice={noticeFor(['data'])}
      />
    </>
  );
}

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

  const lang: Lang = settings.language === 'auto' ? officeLanguage : settings.language;
  const t = strings[lang];
  const file = useFileHost(openFile, lang);
  const host = mode === 'file' ? file.host : liveHost;
  const { state, selected, lanePlan, previewSvg, actions } = usePane(host, settings, lang, spelling);
  const capabilities = useCapabilities(host);
  const busy = state.busy !== null;

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const changeSettings = (next: Settings) => {
    setSettings(next);
    saveSettings(next);
  };
  const onFile = (picked: File) => void file.onFile(picked);

  /** The last action's notice, shown beside the buttons of the task it is about. */
  const noticeFor = (tasks: (Task | null)[]) =>
    state.notice && tasks.includes(state.noticeTask) ? (
      <NoticeBar notice={state.notice} dismissLabel={t.dismiss} onDismiss={actions.dismiss} />
    ) : null;
  return (
    <main className={styles.page} lang={lang}>
      <PaneHeader
        mode={mode}
        openFileName={file.host && file.fileName ? file.fileName : null}
        t={t}
        onSettings={() => {
          setSettingsUsed(true);
          setSettingsOpen(true);
        }}
      />

      {mode === 'file' && !file.host && (
        <OpenFileCard t={t} fileName={file.fileName} opening={file.opening} onFile={onFile} />
      )}
      {file.openError && <NoticeBar notice={file.openError} dismissLabel={t.dismiss} onDismiss={file.dismissError} />}

      {host && (
        <CheckCard
          t={t}
          busy={busy}
          checking={state.busy === 'check'}
          checked={state.results !== null}
          allSheets={settings.allSheets}
          onAllSheets={(allSheets) => changeSettings({ ...settings, allSheets })}
          onCheck={() => void actions.check()}
          file={
            mode === 'file' && host.download ? { onDownload: () => void actions.downloadWorkbook(), onFile } : undefined
          }
        />
      )}

      {noticeFor(['check', 'download', null])}

      {state.results && state.results.length > 1 && (
        <SopPicker t={t} results={state.results} selected={state.selected} onSelect={actions.select} />
      )}

      {selected && (
        <SopCards
          sop={selected}
          host={host}
          state={state}
          actions={actions}
          settings={settings}
          lang={lang}
          capabilities={capabilities}
          lanePlan={lanePlan}
          previewSvg={previewSvg}
          workbookName={mode === 'file' ? file.fileName : undefined}
          noticeFor={noticeFor}
        />
      )}

      <Caption1 as="p" block className={styles.footer}>
        {mode === 'file' && file.host ? `${t.privacyNote} · ` : ''}
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
