import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { ImportOutcome } from '../../contract/imports.ts';
import { bridge, call, BriefingError } from './api.ts';
import { EventsScreen, type OpenEvents } from './events/EventsScreen.tsx';
import { ImportStart } from './import/ImportStart.tsx';
import { PreviewScreen } from './import/PreviewScreen.tsx';
import { useImport } from './import/useImport.ts';
import { NotesScreen } from './notes/NotesScreen.tsx';
import { flushAll } from './notes/pendingSaves.ts';
import { PeopleScreen } from './people/PeopleScreen.tsx';
import { SettingsScreen } from './settings/SettingsScreen.tsx';
import { useSettingsCommands } from './settings/useSettingsCommands.ts';
import { TagsScreen } from './tags/TagsScreen.tsx';
import { ActivityScreen } from './activity/ActivityScreen.tsx';
import { BriefingsScreen } from './briefings/BriefingsScreen.tsx';
import { DuplicatesScreen } from './duplicates/DuplicatesScreen.tsx';
import type { ComposerRequest } from './briefings/Composer.tsx';
import { formatCount } from './format.ts';
import { APP_TITLE, BROWSER_MODE_TITLE, loadAppInfo, type AppInfo } from './shellInfo.ts';
import { useFileDrop } from './useFileDrop.ts';

// The charts library is loaded with the Dashboards screen, not at start.
const DashboardsScreen = lazy(() => import('./dashboards/DashboardsScreen.tsx').then((m) => ({ default: m.DashboardsScreen })));

type Screen = 'events' | 'duplicates' | 'dashboards' | 'briefings' | 'import' | 'people' | 'notes' | 'tags' | 'activity' | 'settings';

export function App() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [screen, setScreen] = useState<Screen>('events');
  // The status line; `undo` puts back the change it reports and says what it did.
  const [notice, setNoticeState] = useState<{ text: string; undo?: () => Promise<string> } | null>(null);
  const setNotice = useCallback((text: string | null, undo?: () => Promise<string>) => setNoticeState(text === null ? null : { text, undo }), []);
  const [undoing, setUndoing] = useState(false);
  const runUndo = async (undo: () => Promise<string>) => {
    setUndoing(true);
    try {
      setNotice(await undo());
    } catch (e) {
      setNotice(null);
      setError(e instanceof BriefingError ? e.message : String(e));
    } finally {
      setUndoing(false);
    }
  };
  // Bumped after an import so the events table reads the store again.
  const [generation, setGeneration] = useState(0);
  // A dashboard's drill-through: the table opens with this filter; forgotten once the table is left.
  const [openEvents, setOpenEvents] = useState<OpenEvents | null>(null);
  useEffect(() => {
    if (screen !== 'events') setOpenEvents(null);
  }, [screen]);
  // The open briefing outlives a visit to another screen; a menu command reaches it through `briefingRequest`.
  const [openBriefing, setOpenBriefing] = useState<number | null>(null);
  const [briefingRequest, setBriefingRequest] = useState<ComposerRequest | null>(null);
  const [briefingNotice, setBriefingNotice] = useState<string | null>(null);
  const importer = useImport(useCallback(() => setScreen('import'), []));
  const settings = useSettingsCommands(useCallback(() => setScreen('settings'), []));
  const dragging = useFileDrop((file) => void importer.readDropped(file));

  useEffect(() => {
    loadAppInfo().then(
      (loaded) => {
        setInfo(loaded);
        // Browser mode says so in the window's title (Electron's window is titled by the page too).
        document.title = loaded.shell === 'browser' ? BROWSER_MODE_TITLE : APP_TITLE;
      },
      (e: unknown) => setError(e instanceof BriefingError ? e.message : String(e)),
    );
  }, []);

  // The window is closing: save what every note editor holds, then say so.
  useEffect(
    () =>
      bridge().on('flush', ({ token }) => {
        void flushAll().finally(() => void call((api) => api.flushed({ token })).catch(() => {}));
      }),
    [],
  );

  // Browser mode: a browser window's close cannot be held back for the page, so what autosave
  // holds is sent as the page goes (the calls reach the main process before the window is gone).
  useEffect(() => {
    const onHide = () => {
      if (info?.shell === 'browser') void flushAll();
    };
    window.addEventListener('pagehide', onHide);
    return () => window.removeEventListener('pagehide', onHide);
  }, [info]);

  const { chooseFile } = importer;
  useEffect(
    () =>
      bridge().on('command', (command) => {
        if (command === 'import-chronology') void chooseFile();
        else if (command === 'export-briefing-pdf' || (command as string) === 'print-briefing') {
          const kind = command === 'export-briefing-pdf' ? 'export' : 'print';
          setScreen('briefings');
          if (openBriefing === null) setBriefingNotice(kind === 'export' ? 'Open a briefing to export it.' : 'Open a briefing to print it.');
          else setBriefingRequest({ kind, token: Date.now() });
        }
      }),
    [chooseFile, openBriefing],
  );

  const imported = (outcome: ImportOutcome, what = 'the import') => {
    const parts = [`Added ${formatCount(outcome.added)} ${outcome.added === 1 ? 'event' : 'events'} from ${what}.`];
    if (outcome.duplicates > 0) parts.push(`${formatCount(outcome.duplicates)} ${outcome.duplicates === 1 ? 'was' : 'were'} already in the store and not added again.`);
    if (outcome.excluded > 0) parts.push(`${formatCount(outcome.excluded)} left out as you chose.`);
    setNotice(parts.join(' '));
    importer.replace(null);
    setGeneration((g) => g + 1);
    setScreen('events');
  };

  const loadSample = async () => {
    try {
      imported(await call((api) => api.loadSample()), 'the sample briefing book');
    } catch (e) {
      setNotice(null);
      setError(e instanceof BriefingError ? e.message : String(e));
    }
  };

  return (
    <div className={`app${dragging ? ' app-dragging' : ''}`}>
      <header className="app-bar">
        <span className="app-title">Briefing Book</span>
        <nav aria-label="Screens" className="app-nav">
          <button type="button" className="app-nav-item" aria-current={screen === 'events' || screen === 'duplicates' ? 'page' : undefined} onClick={() => setScreen('events')}>
            Events
          </button>
          <button type="button" className="app-nav-item" aria-current={screen === 'dashboards' ? 'page' : undefined} onClick={() => setScreen('dashboards')}>
            Dashboards
          </button>
          <button type="button" className="app-nav-item" aria-current={screen === 'briefings' ? 'page' : undefined} onClick={() => setScreen('briefings')}>
            Briefings
          </button>
          <button type="button" className="app-nav-item" aria-current={screen === 'import' ? 'page' : undefined} onClick={() => setScreen('import')}>
            Import
          </button>
          <button type="button" className="app-nav-item" aria-current={screen === 'notes' ? 'page' : undefined} onClick={() => setScreen('notes')}>
            Notes
          </button>
          <button type="button" className="app-nav-item" aria-current={screen === 'people' ? 'page' : undefined} onClick={() => setScreen('people')}>
            People
          </button>
          <button type="button" className="app-nav-item" aria-current={screen === 'tags' ? 'page' : undefined} onClick={() => setScreen('tags')}>
            Tags
          </button>
          <button type="button" className="app-nav-item" aria-current={screen === 'activity' ? 'page' : undefined} onClick={() => setScreen('activity')}>
            Activity
          </button>
          <button type="button" className="app-nav-item" aria-current={screen === 'settings' ? 'page' : undefined} onClick={() => setScreen('settings')}>
            Settings
          </button>
        </nav>
        {info?.shell === 'browser' && (
          <button type="button" className="app-mode" title="Running in a browser window without Electron: see Settings for what differs" onClick={() => setScreen('settings')}>
            Browser mode
          </button>
        )}
        {info && (
          <span className="app-store" title={info.storePath}>
            {fileName(info.storePath)}
          </span>
        )}
      </header>
      <main className="app-main">
        {dragging && (
          <div className="drop-hint" aria-hidden="true">
            Drop a chronology (.txt, .md, .csv, .json) to review it for import
          </div>
        )}
        {error && (
          <div role="alert" className="notice notice-error">
            {error}
          </div>
        )}
        {notice && screen === 'events' && (
          <div role="status" className="notice notice-ok">
            {notice.text}{' '}
            {notice.undo && (
              <button type="button" className="link undo-button" disabled={undoing} onClick={() => void runUndo(notice.undo!)}>
                Undo
              </button>
            )}{' '}
            <button type="button" className="link" onClick={() => setNotice(null)}>
              Dismiss
            </button>
          </div>
        )}
        {screen === 'import' && importer.error && (
          <div role="alert" className="notice notice-error" data-testid="import-error">
            {importer.error}
          </div>
        )}
        {screen === 'events' && !error && (
          <EventsScreen generation={generation} storePath={info?.storePath ?? null} onLoadSample={loadSample} onImport={() => setScreen('import')} onNotice={setNotice} openWith={openEvents} onDuplicates={() => setScreen('duplicates')} />
        )}
        {screen === 'duplicates' && <DuplicatesScreen onBack={() => setScreen('events')} onChanged={() => setGeneration((g) => g + 1)} />}
        {screen === 'dashboards' && (
          <Suspense fallback={<p className="muted">Opening the dashboards…</p>}>
            <DashboardsScreen
              onOpenEvents={(target) => {
                setOpenEvents({ ...target, token: Date.now() });
                setScreen('events');
              }}
            />
          </Suspense>
        )}
        {screen === 'briefings' && (
          <BriefingsScreen
            openId={openBriefing}
            onOpen={(id) => {
              setOpenBriefing(id);
              setBriefingNotice(null);
            }}
            request={briefingRequest}
            onRequestHandled={() => setBriefingRequest(null)}
            notice={briefingNotice}
            onDismissNotice={() => setBriefingNotice(null)}
          />
        )}
        {screen === 'people' && <PeopleScreen />}
        {screen === 'settings' && <SettingsScreen request={settings.request} onRequestHandled={settings.requestHandled} restoredFrom={settings.restoredFrom} />}
        {screen === 'tags' && <TagsScreen onOpenEvents={() => setScreen('events')} />}
        {screen === 'activity' && <ActivityScreen />}
        {screen === 'notes' && <NotesScreen />}
        {screen === 'import' &&
          (importer.preview ? (
            <PreviewScreen preview={importer.preview} onChange={importer.replace} onDone={(o) => imported(o)} />
          ) : (
            <ImportStart importer={importer} onLoadSample={loadSample} />
          ))}
      </main>
    </div>
  );
}

function fileName(p: string): string {
  return p.split(/[\\/]/).at(-1) ?? p;
}
