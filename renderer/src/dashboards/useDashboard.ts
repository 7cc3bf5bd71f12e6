/**
 * Asks the store for a dashboard whenever the subject or the period changes (useLoaded: an answer
 * to an older question, or to a subject since cleared, is dropped). The last answer stays on
 * screen (dimmed) while the next is on its way.
 */
import type { CountryDashboard, DashboardPeriod, PairDashboard } from '../../../contract/dashboards.ts';
import { call } from '../api.ts';
import { useLoaded } from '../requests/useLoaded.ts';

export type { Loaded } from '../requests/useLoaded.ts';

export function useCountryDashboard(country: string | null, period: DashboardPeriod) {
  const key = country ? `${country}|${period.from}|${period.to}` : null;
  return useLoaded<CountryDashboard>(key, () => call((api) => api.countryDashboard({ country: country!, period })));
}

export function usePairDashboard(countries: readonly string[], period: DashboardPeriod) {
  const key = countries.length >= 2 ? `${countries.join('-')}|${period.from}|${period.to}` : null;
  return useLoaded<PairDashboard>(key, () => call((api) => api.pairDashboard({ countries: [...countries], period })));
}
