/**
 * Every saved version of a note, newest first; any one can be read and made current again.
 * Restoring adds a version rather than removing any, so it can itself be undone from here.
 */
import { useEffect, useRef, useState } from 'react';
import type { Note, NoteRevision } from '../../../contract/annotations.ts';
import { BriefingError, call } from '../api.ts';
import { MarkdownView } from '../markdown/MarkdownView.tsx';
import { formatStamp } from './saveStatus.ts';
import { useLatestRequest } from '../requests/useLatestRequest.ts';

interface Props {
  note: Note;
  onRestored(note: Note): void;
  onClose(): void;
}

const KIND_LABEL: Record<NoteRevision['kind'], string> = { create: 'First version', edit: 'Edited', restore: 'Restored an earlier version' };

export function RevisionHistory({ note, onRestored, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [revisions, setRevisions] = useState<NoteRevision[] | null>(null);
  const [chosen, setChosen] = useState<number | null>(null);
  const [body, setBody] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const report = (e: unknown) => setError(e instanceof BriefingError ? e.message : String(e));

  const listing = useLatestRequest();
  const reading = useLatestRequest();

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    listing.latest(call((api) => api.noteRevisions({ noteId: note.id }))).then((list) => {
      setRevisions(list);
      setChosen(list[0]?.id ?? null);
    }, report);
  }, [note.id, listing]);

  useEffect(() => {
    if (chosen === null) return;
    setBody(null);
    reading.latest(call((api) => api.noteRevisionBody({ revisionId: chosen }))).then((r) => setBody(r.body), report);
  }, [chosen, reading]);

  const restore = async () => {
    if (chosen === null) return;
    try {
      const restored = await call((api) => api.restoreNoteRevision({ noteId: note.id, revisionId: chosen }));
      onRestored(restored);
      onClose();
    } catch (e) {
      report(e);
    }
  };

  const isCurrent = chosen === note.revisionId;
  return (
    <dialog ref={dialog} className="revision-dialog" aria-label="Note history" onClose={onClose} onCancel={onClose}>
      <header className="revision-head">
        <h2>Note history</h2>
        <span className="muted small">{revisions ? `${revisions.length} saved ${revisions.length === 1 ? 'version' : 'versions'}` : 'Reading…'}</span>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      {error && (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      )}
      <div className="revision-body">
        <ol className="revision-list" aria-label="Versions">
          {revisions?.map((r) => (
            <li key={r.id}>
              <button type="button" className="revision-item" aria-current={r.id === chosen ? 'true' : undefined} onClick={() => setChosen(r.id)}>
                <span className="revision-when">{formatStamp(r.savedAt, true)}</span>
                <span className="muted small">
                  {KIND_LABEL[r.kind]} · {r.author} · {r.chars.toLocaleString()} chars{r.id === note.revisionId ? ' · current' : ''}
                </span>
                <span className="revision-preview small">{r.preview || '(empty)'}</span>
              </button>
            </li>
          ))}
        </ol>
        <section className="revision-view" aria-label="Chosen version">
          {body === null ? <p className="muted">Reading the version…</p> : <MarkdownView text={body} />}
        </section>
      </div>
      <footer className="revision-foot">
        <button type="button" className="primary" disabled={chosen === null || isCurrent || body === null} onClick={() => void restore()}>
          {isCurrent ? 'This is the current version' : 'Restore this version'}
        </button>
      </footer>
    </dialog>
  );
}
