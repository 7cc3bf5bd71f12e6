/**
 * Loads whatever `key` names, again whenever it changes (or on retry), through one LatestRequest:
 * an answer to an older key, or to a key since cleared (null), is never shown. The last answer stays
 * (with `dataKey` saying which question it answers) while the next is on its way.
 */
import { useEffect, useRef, useState } from 'react';
import { BriefingError } from '../api.ts';
import { useLatestRequest } from './useLatestRequest.ts';

export interface Loaded<T> {
  data: T | null;
  /** The question `data` answers, to tell a stale answer. */
  dataKey: string | null;
  error: string | null;
  loading: boolean;
}

export function useLoaded<T>(key: string | null, load: () => Promise<T>): Loaded<T> & { retry(): void } {
  const [state, setState] = useState<Loaded<T>>({ data: null, dataKey: null, error: null, loading: false });
  const [attempt, setAttempt] = useState(0);
  const requests = useLatestRequest();
  const loader = useRef(load);
  loader.current = load;

  useEffect(() => {
    if (key === null) {
      requests.drop();
      setState({ data: null, dataKey: null, error: null, loading: false });
      return;
    }
    setState((s) => ({ ...s, loading: true, error: null }));
    requests.latest(loader.current()).then(
      (data) => setState({ data, dataKey: key, error: null, loading: false }),
      (e: unknown) => setState((s) => ({ ...s, error: e instanceof BriefingError ? e.message : String(e), loading: false })),
    );
  }, [key, attempt, requests]);

  return { ...state, retry: () => setAttempt((a) => a + 1) };
}
