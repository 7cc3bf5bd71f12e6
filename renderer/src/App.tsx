import { useEffect, useState } from 'react';
import { call, BriefingError } from './api.ts';
import { EventsScreen } from './events/EventsScreen.tsx';

interface AppInfo {
  name: string;
  version: string;
  storePath: string;
  schemaVersion: number;
}

export function App() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call((api) => api.appInfo()).then(setInfo, (e: unknown) => setError(e instanceof BriefingError ? e.message : String(e)));
  }, []);

  return (
    <div className="app">
      <header className="app-bar">
        <span className="app-title">Briefing Book</span>
        <nav aria-label="Screens" className="app-nav">
          <a className="app-nav-item" aria-current="page" href="#events">
            Events
          </a>
        </nav>
        {info && (
          <span className="app-store" title={info.storePath}>
            {fileName(info.storePath)}
          </span>
        )}
      </header>
      <main className="app-main" id="events">
        {error ? (
          <div role="alert" className="notice notice-error">
            {error}
          </div>
        ) : (
          <EventsScreen storePath={info?.storePath ?? null} />
        )}
      </main>
    </div>
  );
}

function fileName(p: string): string {
  return p.split(/[\\/]/).at(-1) ?? p;
}
