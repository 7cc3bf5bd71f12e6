/**
 * The events trash: deleted events wait here, out of the table, the dashboards and the
 * briefings, until they are restored or the trash is emptied. Emptying asks first, inside the
 * dialog, saying what goes for good and where the events' notes go.
 */
import { useCallback, useEffect, useState } from 'react';
import type { TrashedEvent } from '../../../contract/event-edits.ts';
import { BriefingError, call } from '../api.ts';
import { formatCount, formatDateRange } from '../format.ts';
import { ModalDialog } from './ModalDialog.tsx';
import { restoreFromTrash } from './undo.ts';

interface Props {
  onClose(): void;
  /** Events came back: the table reads its rows again and shows the message. */
  onRestored(message: string): void;
}

const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;
const errorText = (e: unknown) => (e instanceof BriefingError ? [e.message, ...e.issues].join(' ') : String(e));

export function EventsTrashDialog({ onClose, onRestored }: Props) {
  const [events, setEvents] = useState<TrashedEvent[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [working, setWorking] = useState(false);

  const reload = useCallback(() => {
    call((api) => api.listEventsTrash()).then(setEvents, (e: unknown) => setProblem(errorText(e)));
  }, []);
  useEffect(reload, [reload]);

  const act = async (work: () => Promise<string>) => {
    setWorking(true);
    setProblem(null);
    try {
      setMessage(await work());
      reload();
    } catch (e) {
      setProblem(errorText(e));
    } finally {
      setWorking(false);
      setConfirming(false);
    }
  };

  const restore = (ids: number[]) =>
    act(async () => {
      const said = await restoreFromTrash(ids);
      onRestored(said);
      return said;
    });
  const empty = () =>
    act(async () => {
      const o = await call((api) => api.emptyEventsTrash({}));
      const notes = [o.notesMoved > 0 && `${plural(o.notesMoved, 'note')} moved to the notes trash`, o.notesLost > 0 && `${plural(o.notesLost, 'note')} deleted`].filter(Boolean);
      return `Deleted ${plural(o.deleted, 'event')} for good${notes.length ? `; ${notes.join('; ')}` : ''}.`;
    });

  const notes = events?.reduce((n, e) => n + e.notes, 0) ?? 0;
  const homeless = events?.filter((e) => e.countries.length === 0).reduce((n, e) => n + e.notes, 0) ?? 0;
  return (
    <ModalDialog title="Events trash" name="events-trash" onClose={onClose}>
      {!events && !problem && (
        <p className="muted" aria-busy="true">
          Reading the trash…
        </p>
      )}
      {message && (
        <p role="status" className="notice notice-ok">
          {message}
        </p>
      )}
      {events?.length === 0 && <p className="muted">The trash is empty. Events you delete wait here until you restore them or empty the trash.</p>}
      {events && events.length > 0 && (
        <ul className="events-trash" aria-label="Deleted events">
          {events.map((e) => (
            <li key={e.id} data-event-id={e.id}>
              <div>
                <strong>{e.dateText ?? formatDateRange(e.dateStart, null, 'day')}</strong> {e.summary}
                <p className="muted small">
                  {e.countries.length ? e.countries.join(' · ') : 'no country'}
                  {e.notes > 0 && ` · ${plural(e.notes, 'note')}`} · deleted by {e.author} on {e.trashedAt.slice(0, 10)}
                </p>
              </div>
              <button type="button" disabled={working} onClick={() => void restore([e.id])}>
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
      {confirming && events && (
        <div className="notice notice-warn" role="group" aria-label="Confirm emptying the trash">
          <p>
            Delete {plural(events.length, 'event')} for good? This cannot be undone. Citations of them stay in their briefings, as cited.
            {notes > 0 &&
              ` Their ${plural(notes, 'note')} ${notes - homeless > 0 ? `move${notes - homeless === 1 ? 's' : ''} to the notes trash as standing notes on the events’ countries` : ''}${homeless > 0 ? `${notes - homeless > 0 ? '; ' : ''}${plural(homeless, 'note')} on events naming no country ${homeless === 1 ? 'is' : 'are'} deleted` : ''}.`}
          </p>
          <div className="dialog-actions">
            <button type="button" onClick={() => setConfirming(false)}>
              Keep them
            </button>
            <button type="button" className="danger" disabled={working} onClick={() => void empty()}>
              Delete {plural(events.length, 'event')} for good
            </button>
          </div>
        </div>
      )}
      {problem && (
        <p role="alert" className="notice notice-error">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        {events && events.length > 0 && !confirming && (
          <>
            <button type="button" disabled={working} onClick={() => void restore(events.map((e) => e.id))}>
              Restore all
            </button>
            <button type="button" disabled={working} onClick={() => setConfirming(true)}>
              Empty trash…
            </button>
          </>
        )}
        <button type="button" data-autofocus onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
