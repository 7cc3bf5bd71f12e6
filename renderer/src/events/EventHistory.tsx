/**
 * An event's corrections, newest first: what each changed, before and after, and a button to
 * bring the event back to how it was before that change. A restore is itself a correction,
 * listed here and undoable like any other.
 */
import { useEffect, useState } from 'react';
import type { EventVersion } from '../../../contract/event-edits.ts';
import type { EventDetail } from '../../../contract/events.ts';
import { BriefingError, call } from '../api.ts';

interface Props {
  eventId: number;
  /** Changes when the event changes, so the list is read again. */
  refreshKey: string;
  onRestored(event: EventDetail, batch: number | null): void;
}

const KIND: Record<EventVersion['kind'], string> = { edit: 'Edited', undo: 'Undone', restore: 'Restored an earlier version' };

export function EventHistory({ eventId, refreshKey, onRestored }: Props) {
  const [versions, setVersions] = useState<EventVersion[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  useEffect(() => {
    let live = true;
    call((api) => api.eventHistory({ id: eventId })).then(
      (v) => live && setVersions(v),
      (e: unknown) => live && setProblem(e instanceof BriefingError ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [eventId, refreshKey]);

  const restore = async (v: EventVersion) => {
    setWorking(true);
    setProblem(null);
    try {
      const { batch, ...event } = await call((api) => api.restoreEventVersion({ versionId: v.id, side: 'before' }));
      onRestored(event, batch);
    } catch (e) {
      setProblem(e instanceof BriefingError ? e.message : String(e));
    } finally {
      setWorking(false);
    }
  };

  if (!versions) return problem ? <p role="alert" className="notice notice-error">{problem}</p> : null;
  if (versions.length === 0) return <p className="muted small">Not corrected since it was imported.</p>;
  return (
    <>
      {problem && (
        <p role="alert" className="notice notice-error">
          {problem}
        </p>
      )}
      <ol className="event-history" aria-label="Versions">
        {versions.map((v) => (
          <li key={v.id} data-version-id={v.id}>
            <div className="version-head">
              <span>
                {KIND[v.kind]} by {v.author}, {v.at.slice(0, 16).replace('T', ' ')}
              </span>
              <button type="button" className="link-button" disabled={working} onClick={() => void restore(v)}>
                Restore as before this
              </button>
            </div>
            <table>
              <thead>
                <tr>
                  <th scope="col">
                    <span className="visually-hidden">Field</span>
                  </th>
                  <th scope="col">Before</th>
                  <th scope="col">After</th>
                </tr>
              </thead>
              <tbody>
                {v.changes.map((c) => (
                  <tr key={c.field}>
                    <th scope="row">{c.field}</th>
                    <td className="before">{c.before}</td>
                    <td className="after">{c.after}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </li>
        ))}
      </ol>
    </>
  );
}
