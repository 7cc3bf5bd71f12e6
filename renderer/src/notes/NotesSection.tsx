/**
 * The notes on one event or one subject: read them, add one, edit in place (autosaved),
 * see and restore earlier versions, move one to the trash with an immediate Undo.
 */
import { useCallback, useEffect, useState } from 'react';
import type { LoadedPreferences, Note, NoteTarget } from '../../../contract/annotations.ts';
import { BriefingError, call } from '../api.ts';
import { MarkdownView } from '../markdown/MarkdownView.tsx';
import { AuthorPrompt } from './AuthorPrompt.tsx';
import { NoteEditor } from './NoteEditor.tsx';
import { RevisionHistory } from './RevisionHistory.tsx';
import { formatStamp } from './saveStatus.ts';
import './notes.css';
import { useLatestRequest } from '../requests/useLatestRequest.ts';

interface Props {
  target: NoteTarget;
  /** Called after any change, so counts elsewhere (the table's note column) can refresh. */
  onChanged?(): void;
  /** What a note here is about, for empty states: "this event", "JP–US". */
  about: string;
}

/** "new" is a note being written that has not been saved yet; "name" asks for the author's name first. */
type Editing = number | 'new' | 'name' | null;

export function NotesSection({ target, onChanged, about }: Props) {
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  // The note the "new" editor created on its first save: that editor keeps it (and the caret) until Done.
  const [createdHere, setCreatedHere] = useState<number | null>(null);
  const [history, setHistory] = useState<Note | null>(null);
  const [trashed, setTrashed] = useState<Note | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [prefs, setPrefs] = useState<LoadedPreferences | null>(null);
  const report = (e: unknown) => setError(e instanceof BriefingError ? e.message : String(e));
  const key = JSON.stringify(target);

  const requests = useLatestRequest();
  const reload = useCallback(() => {
    requests.latest(call((api) => api.listNotes({ target: JSON.parse(key) as NoteTarget }))).then(setNotes, report);
  }, [key, requests]);

  useEffect(() => {
    setNotes(null);
    setEditing(null);
    setTrashed(null);
    reload();
  }, [reload]);

  const saved = (note: Note) => {
    setNotes((list) => {
      const rest = (list ?? []).filter((n) => n.id !== note.id);
      return [...rest, note].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id);
    });
    onChanged?.();
  };

  // The first note asks whose it is: the login name is no signature.
  const addNote = async () => {
    try {
      const current = prefs ?? (await call((api) => api.getPreferences()));
      setPrefs(current);
      setEditing(current.authorChosen ? 'new' : 'name');
    } catch (e) {
      report(e);
    }
  };

  const trash = async (note: Note) => {
    try {
      await call((api) => api.trashNote({ id: note.id }));
      setNotes((list) => (list ?? []).filter((n) => n.id !== note.id));
      setTrashed(note);
      onChanged?.();
    } catch (e) {
      report(e);
    }
  };

  const undoTrash = async () => {
    if (!trashed) return;
    try {
      const restored = await call((api) => api.untrashNote({ id: trashed.id }));
      setTrashed(null);
      saved(restored);
    } catch (e) {
      report(e);
    }
  };

  return (
    <section className="notes-section" aria-label="Notes">
      {error && (
        <p role="alert" className="notice notice-error">
          {error}{' '}
          <button type="button" className="link" onClick={() => setError(null)}>
            Dismiss
          </button>
        </p>
      )}
      {trashed && (
        <p role="status" className="notice notice-ok notes-undo">
          Note moved to the trash.{' '}
          <button type="button" className="link" onClick={() => void undoTrash()}>
            Undo
          </button>
        </p>
      )}
      {notes === null && <p className="muted">Reading notes…</p>}
      {notes?.length === 0 && editing !== 'new' && <p className="muted">No notes on {about} yet.</p>}
      <ul className="notes-list">
        {notes?.filter((note) => !(editing === 'new' && note.id === createdHere)).map((note) =>
          editing === note.id ? (
            <li key={note.id}>
              <NoteEditor note={note} target={target} onSaved={saved} onDone={() => setEditing(null)} />
            </li>
          ) : (
            <li key={note.id} className="note-card" data-note-id={note.id}>
              <MarkdownView text={note.body} className="note-body" />
              <div className="note-meta">
                <span className="muted small">
                  {note.author} · {formatStamp(note.updatedAt)}
                  {note.revisions > 1 ? ` · ${note.revisions} versions` : ''}
                </span>
                <span className="note-actions">
                  <button type="button" onClick={() => setEditing(note.id)}>
                    Edit
                  </button>
                  <button type="button" onClick={() => setHistory(note)}>
                    History
                  </button>
                  <button type="button" onClick={() => void trash(note)}>
                    Move to trash
                  </button>
                </span>
              </div>
            </li>
          ),
        )}
        {editing === 'new' && (
          <li>
            <NoteEditor
              note={null}
              target={target}
              onSaved={(note) => {
                setCreatedHere(note.id);
                saved(note);
              }}
              onDone={() => {
                setEditing(null);
                setCreatedHere(null);
              }}
            />
          </li>
        )}
      </ul>
      {editing === 'name' && prefs && (
        <AuthorPrompt
          prefs={prefs}
          onNamed={(named) => {
            setPrefs(named);
            setEditing('new');
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      {editing !== 'new' && editing !== 'name' && (
        <button type="button" onClick={() => void addNote()}>
          Add a note
        </button>
      )}
      {history && (
        <RevisionHistory
          note={history}
          onClose={() => setHistory(null)}
          onRestored={(note) => {
            saved(note);
            setEditing(null);
          }}
        />
      )}
    </section>
  );
}
