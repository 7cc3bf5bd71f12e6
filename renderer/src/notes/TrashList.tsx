/** Notes in the trash: restore one, delete one for good, or empty the trash (after asking). */
import { useCallback, useEffect, useState } from 'react';
import type { NoteListing } from '../../../contract/annotations.ts';
import { BriefingError, call } from '../api.ts';
import { formatStamp } from './saveStatus.ts';
import { useLatestRequest } from '../requests/useLatestRequest.ts';

export function TrashList({ onChanged }: { onChanged(): void }) {
  const [notes, setNotes] = useState<NoteListing[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const report = (e: unknown) => setError(e instanceof BriefingError ? e.message : String(e));

  const listing = useLatestRequest();
  const reload = useCallback(() => {
    listing.latest(call((api) => api.listTrash())).then(setNotes, report);
  }, [listing]);
  useEffect(reload, [reload]);

  const restore = async (n: NoteListing) => {
    try {
      await call((api) => api.untrashNote({ id: n.id }));
      setMessage('Note restored to where it was.');
      reload();
      onChanged();
    } catch (e) {
      report(e);
    }
  };

  const remove = async (ids?: number[]) => {
    const what = ids ? 'this note and all its versions' : `all ${notes?.length ?? 0} notes in the trash and all their versions`;
    if (!window.confirm(`Delete ${what} for good? This cannot be undone.`)) return;
    try {
      const { deleted } = await call((api) => api.emptyTrash(ids ? { ids } : {}));
      setMessage(`Deleted ${deleted} ${deleted === 1 ? 'note' : 'notes'} for good.`);
      reload();
    } catch (e) {
      report(e);
    }
  };

  return (
    <section aria-label="Trash">
      {error && (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      )}
      {message && (
        <p role="status" className="notice notice-ok">
          {message}
        </p>
      )}
      {notes?.length === 0 && <p className="muted">The trash is empty. Notes you delete wait here until you restore them or empty the trash.</p>}
      {notes && notes.length > 0 && (
        <>
          <p>
            <button type="button" onClick={() => void remove()}>
              Empty trash…
            </button>
          </p>
          <ul className="trash-list">
            {notes.map((n) => (
              <li key={n.id} className="trash-item" data-note-id={n.id}>
                <div>
                  <p>{n.preview}{n.chars > n.preview.length ? '…' : ''}</p>
                  <p className="muted small">
                    {n.event ? `On ${n.event.dateStart}: ${n.event.summary.slice(0, 120)}` : `Standing note on ${(n.subject ?? []).join('–')}`} · {n.author} · deleted{' '}
                    {formatStamp(n.deletedAt ?? n.updatedAt)}
                  </p>
                </div>
                <span className="note-actions">
                  <button type="button" className="primary" onClick={() => void restore(n)}>
                    Restore
                  </button>
                  <button type="button" onClick={() => void remove([n.id])}>
                    Delete for good…
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
