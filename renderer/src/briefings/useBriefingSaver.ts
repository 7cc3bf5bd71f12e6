/**
 * Autosave for the composer. Each field (a briefing field, a section's title, text or chart)
 * is its own pending save, keyed, so one refused value (an empty title) does not hold back
 * the others. A save runs DEBOUNCE_MS after the last change, at once on blur, when the
 * composer closes and when the window asks for everything pending (pendingSaves.ts).
 * Saves run one at a time in order. A refused value stays in the form with the store's
 * reason; a save that failed for another reason is retried.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { BriefingError } from '../api.ts';
import { registerFlusher } from '../notes/pendingSaves.ts';
import { DEBOUNCE_MS, type SaveState } from '../notes/useAutosave.ts';
import { messageOf } from './messages.ts';

const RETRY_MS = 3000;

export interface PendingSave {
  /** Writes the value; resolves once the store has it. */
  send(): Promise<void>;
}

export function useBriefingSaver(savedAt: string | null) {
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: savedAt });
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const pending = useRef(new Map<string, PendingSave>());
  const running = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastSaved = useRef(savedAt);

  const setError = (key: string, message: string | null) =>
    setErrors((m) => {
      if (message === null && !m.has(key)) return m;
      const next = new Map(m);
      if (message === null) next.delete(key);
      else next.set(key, message);
      return next;
    });

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (running.current) {
      await running.current;
      // Changes made while that run was saving are saved by this call.
      if (pending.current.size > 0) return flush();
      return;
    }
    if (pending.current.size === 0) return;
    running.current = (async () => {
      let failed: string | null = null;
      let retry = false;
      setState({ kind: 'saving' });
      while (pending.current.size > 0) {
        const [key, save] = pending.current.entries().next().value as [string, PendingSave];
        pending.current.delete(key);
        try {
          await save.send();
          setError(key, null);
        } catch (e) {
          const message = messageOf(e);
          failed = message;
          setError(key, message);
          // A refused value stays refused until it is changed; anything else is tried again.
          if (!(e instanceof BriefingError && e.code === 'BAD_REQUEST') && !pending.current.has(key)) {
            pending.current.set(key, save);
            retry = true;
            break;
          }
        }
      }
      lastSaved.current = new Date().toISOString();
      setState(failed ? { kind: 'failed', message: failed } : { kind: 'saved', at: lastSaved.current });
      if (retry) timer.current = setTimeout(() => void flush(), RETRY_MS);
    })().finally(() => {
      running.current = null;
    });
    await running.current;
  }, []);

  /** Queues a save under `key`, replacing an older one not yet sent. */
  const schedule = useCallback(
    (key: string, save: PendingSave, at: 'later' | 'now' = 'later') => {
      pending.current.set(key, save);
      setState((s) => (s.kind === 'saving' ? s : { kind: 'pending' }));
      clearTimeout(timer.current);
      if (at === 'now') void flush();
      else timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [flush],
  );

  /** Forgets a value that cannot be saved yet (half a period), with the reason to show. */
  const hold = useCallback((key: string, reason: string) => {
    pending.current.delete(key);
    setError(key, reason);
  }, []);

  /** Something the store has not taken yet, and will be tried again (not a refused value). */
  const hasUnsaved = useCallback(() => pending.current.size > 0, []);

  useEffect(() => registerFlusher(flush), [flush]);
  // Leaving the composer (back to the list, another screen) saves what it holds.
  useEffect(() => () => void flush(), [flush]);

  const problems = [...errors.values()];
  const shown: SaveState = problems.length > 0 && state.kind === 'saved' ? { kind: 'failed', message: problems[0]! } : state;
  return { state: shown, errors, schedule, flush, hold, hasUnsaved };
}
