/**
 * One event in full: text, participants, officials, provenance and links, notes, and
 * "add to briefing"; editing, citing in a briefing and deleting it. Links open in the system
 * browser only when clicked, and only http(s).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { OtherSources } from '../duplicates/OtherSources.tsx';
import type { EventDetail } from '../../../contract/events.ts';
import { call, BriefingError } from '../api.ts';
import { formatDateRange } from '../format.ts';
import { ActivityList } from '../activity/ActivityList.tsx';
import { NotesSection } from '../notes/NotesSection.tsx';
import { makeHighlighter } from '../table/highlight.tsx';
import { CiteDialog } from './CiteDialog.tsx';
import { DeleteEventsDialog } from './DeleteEventsDialog.tsx';
import { EditEventForm } from './EditEventForm.tsx';
import { EventHistory } from './EventHistory.tsx';
import { undoChange } from './undo.ts';
import { EventMarks } from './EventMarks.tsx';
import { useLatestRequest } from '../requests/useLatestRequest.ts';

interface Props {
  id: number;
  terms: readonly string[];
  onClose(): void;
  /** Changes when an undo elsewhere may have changed the event: it is read again. */
  version?: number;
  onChanged(): void;
  /** The event went to the trash: the table reads its rows again and shows the message; `undo` brings it back. */
  onDeleted(message: string, undo: () => Promise<string>): void;
  /** A message for the screen's status line (e.g. where the event was cited), with an Undo when the change has one. */
  onNotice(message: string, undo?: () => Promise<string>): void;
}

type Mode = 'view' | 'edit' | 'cite' | 'delete';

/** How the importer (or the analyst) found each participant, in words. */
const FOUND_BY: Record<string, string> = {
  name: 'named',
  adjective: 'named as an adjective',
  capital: 'its capital acts',
  person: 'an official of it is named',
  grouping: 'member of a named grouping',
  file: 'the chronology is about it',
  analyst: 'added by you',
};

const isWebLink = (url: string | null): url is string => !!url && /^https?:\/\//i.test(url);

export function DetailPanel({ id, terms, version = 0, onClose, onChanged, onDeleted, onNotice }: Props) {
  const [event, setEvent] = useState<EventDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [mode, setMode] = useState<Mode>('view');
  const editButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const mark = useMemo(() => makeHighlighter(terms), [terms]);
  // Bumped by any change made here, so the event's activity list reads the log again.
  const [changes, setChanges] = useState(0);
  const changed = () => {
    setChanges((n) => n + 1);
    onChanged();
  };

  const reading = useLatestRequest();
  useEffect(() => {
    setEvent(null);
    setMode('view');
    reading.latest(call((api) => api.getEvent({ id }))).then(
      (e) => (setEvent(e), setError(null)),
      (e: unknown) => setError(e instanceof BriefingError ? e.message : String(e)),
    );
  }, [id, version, reading]);

  // Focus the heading when an event opens, not after every change to it (an edit, a mark).
  const shownId = event?.id;
  useEffect(() => {
    if (shownId !== undefined) heading.current?.focus();
  }, [shownId]);

  const endEdit = () => {
    setMode('view');
    // The form is gone; focus goes back to the button that opened it.
    requestAnimationFrame(() => editButton.current?.focus());
  };

  const toggleBriefing = async () => {
    if (!event) return;
    try {
      await call((api) => api.setInBriefing({ ids: [event.id], inBriefing: !event.inBriefing }));
      setEvent({ ...event, inBriefing: !event.inBriefing });
      onChanged();
    } catch (e) {
      setError(e instanceof BriefingError ? e.message : String(e));
    }
  };

  return (
    <aside className="detail-panel" aria-label="Event detail">
      <div className="detail-bar">
        <button type="button" onClick={onClose} aria-label="Close detail (Esc)">
          Close
        </button>
      </div>
      {error && (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      )}
      {!event && !error && <p className="muted" aria-busy="true">Reading the event…</p>}
      {event && (
        <>
          <h2 ref={heading} tabIndex={-1} className="detail-date">
            {formatDateRange(event.dateStart, event.dateEnd, event.precision)}
            <span className="muted small"> · {event.type} · {event.category}</span>
          </h2>
          {mode === 'edit' ? (
            <EditEventForm
              event={event}
              onCancel={endEdit}
              onSaved={(saved, batch) => {
                setEvent(saved);
                endEdit();
                changed();
                onNotice('Saved the changes to the event.', batch === null ? undefined : () => undoChange(batch));
              }}
            />
          ) : (
            <>
              <p className="detail-summary">{mark(event.summary)}</p>
              {event.location && (
                <p>
                  <span className="muted">Where: </span>
                  {mark(event.location)}
                </p>
              )}
            </>
          )}
          <div className="detail-actions">
            <button type="button" className={event.inBriefing ? '' : 'primary'} aria-pressed={event.inBriefing} onClick={() => void toggleBriefing()}>
              {event.inBriefing ? '✓ In the briefing — remove' : 'Add to briefing'}
            </button>
            <button type="button" onClick={() => setMode('cite')}>
              Cite in briefing…
            </button>
            <button ref={editButton} type="button" aria-expanded={mode === 'edit'} disabled={mode === 'edit'} onClick={() => setMode('edit')}>
              Edit
            </button>
            <button type="button" onClick={() => setMode('delete')}>
              Delete event…
            </button>
          </div>
          {mode === 'cite' && (
            <CiteDialog
              ids={[event.id]}
              what="this event"
              countries={event.countries}
              onCancel={() => setMode('view')}
              onCited={(message) => {
                setMode('view');
                changed();
                onNotice(message);
              }}
            />
          )}
          {mode === 'delete' && <DeleteEventsDialog ids={[event.id]} what="this event" onCancel={() => setMode('view')} onDeleted={onDeleted} />}
          <EventMarks key={event.id} event={event} onChanged={changed} />

          <h3>Participants</h3>
          <ul className="detail-list">
            {event.participants.map((p) => (
              <li key={p.code}>
                <span className="chip">{p.code}</span> {p.name} <span className="muted small">— {FOUND_BY[p.via] ?? p.via}</span>
              </li>
            ))}
            {event.groupings.map((g) => (
              <li key={g.id}>
                <span className="chip">{g.id}</span> {g.name}
              </li>
            ))}
          </ul>
          {event.mentionedCountries.length > 0 && (
            <p className="muted small" data-testid="mentioned-countries">
              Mentioned, not taking part: {event.mentionedCountries.map((c) => c.name).join(', ')}
            </p>
          )}
          {event.people.length > 0 && (
            <>
              <h3>Officials</h3>
              <ul className="detail-list">
                {event.people.map((p) => (
                  <li key={p.id}>
                    {mark(p.name)}
                    {p.role && <span className="muted">, {p.role}</span>}
                    {p.country && <span className="muted small"> ({p.country})</span>}
                    {p.mentioned && <span className="muted small"> — mentioned, not taking part</span>}
                  </li>
                ))}
              </ul>
            </>
          )}

          <h3>Provenance</h3>
          <dl className="detail-provenance">
            <dt>Source</dt>
            <dd>{event.provenance.sourceTitle ?? 'Entered by hand'}</dd>
            {event.provenance.fileCountries.length > 0 && (
              <>
                <dt>Relationship file</dt>
                <dd>{event.provenance.fileCountries.join('–')}</dd>
              </>
            )}
            {event.provenance.line !== null && (
              <>
                <dt>Line</dt>
                <dd>{event.provenance.line}</dd>
              </>
            )}
            {event.dateText && (
              <>
                <dt>Date as written</dt>
                <dd>
                  <q>{event.dateText}</q>
                </dd>
              </>
            )}
            {event.provenance.importedAt && (
              <>
                <dt>Imported</dt>
                <dd>{event.provenance.importedAt.slice(0, 10)}</dd>
              </>
            )}
          </dl>
          <OtherSources eventId={event.id} />
          {event.links.length > 0 && (
            <>
              <h3>Links</h3>
              <ul className="detail-list">
                {event.links.map((l, i) => (
                  <li key={i}>
                    {l.label}
                    {isWebLink(l.url) ? (
                      <>
                        {' '}
                        <button type="button" className="link-button" title={l.url} onClick={() => void call((api) => api.openExternal({ url: l.url! }))}>
                          {l.url}
                        </button>
                      </>
                    ) : (
                      l.url && <span className="muted small"> {l.url} (not a web link; not opened)</span>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          {event.warnings.length > 0 && (
            <>
              <h3>Import warnings</h3>
              <ul className="detail-list warnings">
                {event.warnings.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            </>
          )}
          <h3>Notes</h3>
          <NotesSection target={{ eventId: event.id }} about="this event" onChanged={changed} />
          <h3>History</h3>
          <EventHistory
            eventId={event.id}
            refreshKey={`${changes}:${version}`}
            onRestored={(restored, batch) => {
              setEvent(restored);
              changed();
              onNotice('Restored the event as it was before that change.', batch === null ? undefined : () => undoChange(batch));
            }}
          />
          <h3>Activity</h3>
          <ActivityList eventId={event.id} refreshKey={`${changes}:${event.inBriefing}`} />
        </>
      )}
    </aside>
  );
}
