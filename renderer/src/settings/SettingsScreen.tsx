/**
 * Settings: who the analyst is (written on notes and in the activity log) and the store's
 * backups. Preferences live in the store, so they travel with the analyst's data.
 */
import { useCallback, useEffect, useState } from 'react';
import type { LoadedPreferences, Preferences, SectionBreaks } from '../../../contract/annotations.ts';
import { call, BriefingError } from '../api.ts';
import { BROWSER_MODE_DIFFERENCES, isBrowserMode } from '../shellInfo.ts';
import { BackupsPanel } from './BackupsPanel.tsx';
import { PreferenceField } from './PreferenceField.tsx';
import type { SettingsRequest } from './useSettingsCommands.ts';
import './settings.css';

type Loaded = LoadedPreferences;

const messageOf = (e: unknown) => (e instanceof BriefingError ? [e.message, ...e.issues].join(' ') : String(e));

interface Props {
  request: SettingsRequest | null;
  onRequestHandled(): void;
  /** Set on the load after a restore: the file the store was restored from. */
  restoredFrom: string | null;
}

export function SettingsScreen({ request, onRequestHandled, restoredFrom }: Props) {
  const [prefs, setPrefs] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call((api) => api.getPreferences()).then(setPrefs, (e: unknown) => setError(messageOf(e)));
  }, []);

  const save = useCallback(async (change: Partial<Preferences>) => {
    const saved = await call((api) => api.savePreferences({ preferences: change }));
    setPrefs(saved);
  }, []);

  return (
    <section className="settings" aria-labelledby="settings-heading">
      <h1 id="settings-heading">Settings</h1>
      {error && (
        <div role="alert" className="notice notice-error">
          {error}
        </div>
      )}
      {isBrowserMode() && (
        <section className="settings-section" aria-labelledby="mode-heading" data-testid="browser-mode">
          <h2 id="mode-heading">Browser mode</h2>
          <p>
            Briefing Book is running in browser mode: this machine has no Electron binary, so the app opened in a Chromium or Chrome window, with the same store and
            everything else the same. What differs:
          </p>
          <ul>
            {BROWSER_MODE_DIFFERENCES.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p className="muted small">To run it in Electron, see “Air-gapped install” in the README.</p>
        </section>
      )}
      {prefs && (
        <section className="settings-section" aria-labelledby="author-heading">
          <h2 id="author-heading">You</h2>
          <PreferenceField
            label="Author name"
            value={prefs.author}
            hint={prefs.defaultAuthor ? `(account's full name: ${prefs.defaultAuthor})` : undefined}
            help={prefs.authorChosen ? 'Written on every note you save and every entry in the activity log.' : 'Not given yet: your first note asks for it. Written on every note you save and every entry in the activity log.'}
            validate={(v) => (v.trim() === '' ? 'Enter the name your notes should carry.' : v.trim().length > 120 ? 'An author name is limited to 120 characters.' : null)}
            onSave={(v) => save({ author: v.trim() })}
          />
        </section>
      )}
      {prefs && (
        <section className="settings-section" aria-labelledby="print-heading">
          <h2 id="print-heading">Printing</h2>
          <div className="pref-field">
            <label htmlFor="section-breaks">Sections of a Briefing book</label>
            <div className="pref-row">
              <select id="section-breaks" value={prefs.sectionBreaks} onChange={(e) => void save({ sectionBreaks: e.target.value as SectionBreaks }).catch((err: unknown) => setError(messageOf(err)))}>
                <option value="run-on">Run on when they fit (a short section follows the last)</option>
                <option value="new-page">Each starts a new page</option>
              </select>
            </div>
            <p className="muted small">A section that does not fit in the rest of a page always starts a new one. A Client note always runs on.</p>
          </div>
        </section>
      )}
      <BackupsPanel
        request={request}
        onRequestHandled={onRequestHandled}
        restoredFrom={restoredFrom}
        keepField={
          prefs && (
            <PreferenceField
              label="Automatic backups kept"
              type="number"
              value={String(prefs.keepBackups)}
              help="Automatic backups are taken when you quit (if anything changed) and at most once a day. Older ones are removed at the next automatic backup; backups you make yourself are never removed."
              validate={(v) => (/^\d+$/.test(v.trim()) && Number(v) >= 1 && Number(v) <= 365 ? null : 'Enter a whole number from 1 to 365.')}
              onSave={(v) => save({ keepBackups: Number(v.trim()) })}
            />
          )
        }
      />
    </section>
  );
}
