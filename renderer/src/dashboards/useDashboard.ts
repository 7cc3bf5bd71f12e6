/**
 * Asks the store for a dashboard whenever the subject or the period changes. An answer to an
 * older question is dropped, so a quick change of period never shows the previous one's numbers.
 * The last answer stays on screen (dimmed) while the next is on its way.
 */
import { useEffect, useRef, useState } from 'react';
import type { CountryDashboard, DashboardPeriod, PairDashboard } from '../../../contract/dashboards.ts';
import { BriefingError, call } from '../api.ts';

export interface Loaded<T> {
  data: T | null;
  /** The question `data` answers (subject and period), to tell a stale answer. */
  dataKey: string | null;
  error: string | null;
  loading: boolean;
}

function useLoad<T>(key: string | null, load: () => Promise<T>): Loaded<T> & { retry(): void } {
  const [state, setState] = useState<Loaded<T>>({ data: null, dataKey: null, error: null, loading: false });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);
  const loader = useRef(load);
  loader.current = load;

  useEffect(() => {
    if (key === null) {
      setState({ data: null, dataKey: null, error: null, loading: false });
      return;
    }
    const token = ++latest.current;
    setState((s) => ({ ...s, loading: true, error: null }));
    loader
      .current()
      .then((data) => token === latest.current && setState({ data, dataKey: key, error: null, loading: false }))
      .catch((e: unknown) => {
        if (token !== latest.current) return;
        setState((s) => ({ ...s, error: e instanceof BriefingError ? e.message : String(e), loading: false }));
      });
  }, [key, attempt]);

  return { ...state, retry: () => setAttempt((a) => a + 1) };
}

export function useCountryDashboard(country: string | null, period: DashboardPeriod) {
  const key = country ? `${country}|${period.from}|${period.to}` : null;
  return useLoad<CountryDashboard>(key, () => call((api) => api.countryDashboard({ country: country!, period })));
}

export function usePairDashboard(countries: readonly string[], period: DashboardPeriod) {
  const key = countries.length >= 2 ? `${countries.join('-')}|${period.from}|${period.to}` : null;
  return useLoad<PairDashboard>(key, () => call((api) => api.pairDashboard({ countries: [...countries], period })));
}
