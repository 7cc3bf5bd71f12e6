/**
 * Autosave for one note: the draft is written DEBOUNCE_MS after the last keystroke, at once
 * on blur, and when the window asks for everything pending (see pendingSaves.ts). Saves run
 * one at a time in order; a failed save keeps the draft, says why, and retries.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Note, NoteTarget } from '../../../contract/annotations.ts';
import { BriefingError, call } from '../api.ts';
import { registerFlusher } from './pendingSaves.ts';

/** Short enough that a crash a second after typing stops loses nothing. */
export const DEBOUNCE_MS = 400;
const RETRY_MS = 3000;

export type SaveState = { kind: 'saved'; at: string | null } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'failed'; message: string };

interface Options {
  /** The note being edited, or null for a note not written yet (created by its first save). */
  note: Note | null;
  target: NoteTarget;
  onSaved(note: Note): void;
}

export function useAutosave({ note, target, onSaved }: Options) {
  const [draft, setDraftState] = useState(note?.body ?? '');
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: note?.updatedAt ?? null });
  const [current, setCurrent] = useState<Note | null>(note);
  const live = useRef({ note, target, onSaved, draft, saved: note?.body ?? '', running: null as Promise<void> | null });
  live.current.target = target;
  live.current.onSaved = onSaved;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const saveOnce = useCallback(async (): Promise<void> => {
    const l = live.current;
    const body = l.draft;
    // A note not written yet is created only once there is something in it.
    if (body === l.saved || (!l.note && body.trim() === '')) {
      setState((s) => (s.kind === 'saved' ? s : { kind: 'saved', at: l.note?.updatedAt ?? null }));
      return;
    }
    setState({ kind: 'saving' });
    try {
      const saved = l.note
        ? await call((api) => api.saveNote({ id: l.note!.id, body }))
        : await call((api) => api.createNote({ target: l.target, body }));
      l.note = saved;
      l.saved = body;
      setCurrent(saved);
      l.onSaved(saved);
      setState(l.draft === body ? { kind: 'saved', at: saved.updatedAt } : { kind: 'pending' });
    } catch (e) {
      const message = e instanceof BriefingError ? e.message : String(e);
      setState({ kind: 'failed', message });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), RETRY_MS);
      throw e;
    }
  }, []);

  /** Saves until what is stored is what is typed; concurrent callers share the run. */
  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    const l = live.current;
    if (l.running) return l.running;
    l.running = (async () => {
      try {
        while (l.draft !== l.saved && (l.note || l.draft.trim() !== '')) await saveOnce();
        // Typing that was undone back to the stored text leaves nothing to write, but it is saved.
        if (l.draft === l.saved) setState((s) => (s.kind === 'saved' ? s : { kind: 'saved', at: l.note?.updatedAt ?? null }));
      } catch {
        // saveOnce reported it and scheduled a retry.
      } finally {
        l.running = null;
      }
    })();
    return l.running;
  }, [saveOnce]);

  const setDraft = useCallback(
    (text: string) => {
      live.current.draft = text;
      setDraftState(text);
      setState((s) => (s.kind === 'failed' ? s : { kind: 'pending' }));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [flush],
  );

  /** Replaces the text from outside (a restored revision), as the stored text. */
  const reset = useCallback((saved: Note) => {
    clearTimeout(timer.current);
    Object.assign(live.current, { note: saved, draft: saved.body, saved: saved.body });
    setDraftState(saved.body);
    setCurrent(saved);
    setState({ kind: 'saved', at: saved.updatedAt });
  }, []);

  useEffect(() => registerFlusher(flush), [flush]);
  // Leaving the editor (closing the panel, switching screens) saves what it holds.
  useEffect(() => () => void flush(), [flush]);

  return { draft, setDraft, flush, reset, state, note: current };
}
