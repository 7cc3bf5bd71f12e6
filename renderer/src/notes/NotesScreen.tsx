/**
 * Standing notes, on a country, a pair or a trilateral rather than one event ("Assessment:
 * US–Japan defence ties"), and the trash, where deleted notes wait to be restored.
 */
import { useCallback, useEffect, useState } from 'react';
import { subjectKey, type NoteListing } from '../../../contract/annotations.ts';
import { BriefingError, call } from '../api.ts';
import { CountryPicker, type CountryChoice } from '../countries/CountryPicker.tsx';
import { NotesSection } from './NotesSection.tsx';
import { TrashList } from './TrashList.tsx';
import { formatStamp } from './saveStatus.ts';
import { useLatestRequest } from '../requests/useLatestRequest.ts';

type Tab = 'standing' | 'trash';

export function NotesScreen() {
  const [tab, setTab] = useState<Tab>('standing');
  const [countries, setCountries] = useState<CountryChoice[]>([]);
  const [standing, setStanding] = useState<NoteListing[] | null>(null);
  const [subject, setSubject] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);

  const listing = useLatestRequest();
  const countriesRequest = useLatestRequest();
  const reload = useCallback(() => {
    listing.latest(call((api) => api.listStandingNotes())).then(setStanding, (e: unknown) => setError(e instanceof BriefingError ? e.message : String(e)));
  }, [listing]);

  useEffect(() => {
    countriesRequest.latest(call((api) => api.listCountries())).then(setCountries, (e: unknown) => setError(e instanceof BriefingError ? e.message : String(e)));
    reload();
  }, [reload, countriesRequest]);

  const names = new Map(countries.map((c) => [c.code, c.name]));
  // Sorted, as the subject is stored: a pair reads the same whichever way it was picked.
  const subjectName = (codes: readonly string[]) => [...codes].sort().map((c) => names.get(c) ?? c).join('–');
  // One entry per subject, most recently written first.
  const subjects = [...new Map((standing ?? []).map((n) => [subjectKey(n.subject ?? []), n])).values()];
  const chosenKey = subjectKey(subject);

  return (
    <section className="notes-screen" aria-labelledby="notes-heading">
      <div className="toolbar">
        <h1 id="notes-heading">Notes</h1>
        <nav aria-label="Notes" className="tabs">
          <button type="button" aria-pressed={tab === 'standing'} onClick={() => setTab('standing')}>
            Standing notes
          </button>
          <button type="button" aria-pressed={tab === 'trash'} onClick={() => setTab('trash')}>
            Trash
          </button>
        </nav>
      </div>
      {error && (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      )}
      {tab === 'trash' ? (
        <TrashList onChanged={reload} />
      ) : (
        <div className="standing-layout">
          <div>
            <h2 className="small muted">Subjects with standing notes</h2>
            {standing?.length === 0 && <p className="muted">None yet. Choose a country, a pair or a trilateral on the right and write an assessment.</p>}
            <ul className="standing-list" aria-label="Subjects">
              {subjects.map((n) => {
                const codes = n.subject ?? [];
                const count = (standing ?? []).filter((s) => subjectKey(s.subject ?? []) === subjectKey(codes)).length;
                return (
                  <li key={subjectKey(codes)}>
                    <button type="button" className="standing-item" aria-current={subjectKey(codes) === chosenKey ? 'true' : undefined} onClick={() => setSubject(codes)}>
                      <strong>{subjectName(codes)}</strong>
                      <span className="muted small">
                        {count} {count === 1 ? 'note' : 'notes'} · {formatStamp(n.updatedAt)}
                      </span>
                      <span className="revision-preview small">{n.preview}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
          <div className="standing-detail">
            <fieldset className="subject-picker">
              <legend>Subject: one country, a pair or a trilateral</legend>
              <CountryPicker countries={countries} chosen={subject} onChange={setSubject} label="Add a country to the subject" />
            </fieldset>
            {subject.length > 0 ? (
              <>
                <h2>{subjectName(subject)}</h2>
                <NotesSection key={chosenKey} target={{ subject }} about={subjectName(subject)} onChanged={reload} />
              </>
            ) : (
              <p className="muted">Choose a subject to read or write its standing notes.</p>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
