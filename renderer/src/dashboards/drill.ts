/**
 * Drill-through: the table filter that gives exactly the events behind a figure. Dashboards
 * count an event in the month (and the period) it starts in, so every filter here matches
 * dates by start (`dateMatch: 'start'`) — the table then shows the same events, not also those
 * that merely overlap.
 */
import type { DashboardPeriod } from '../../../contract/dashboards.ts';
import type { EngagementLevel, EventFilter, Pairing } from '../../../contract/query.ts';

export interface DrillTarget {
  filter: EventFilter;
  /** An event to open in the table's detail panel. */
  detailId?: number;
}

export type Drill = (target: DrillTarget) => void;

/** The country's events: it takes part (with anyone). */
export const countryPairing = (code: string): Pairing => ({ kind: 'countries', mode: 'any', countries: [code], fileOnly: false });

/**
 * Shared events of a pair or a trilateral: every chosen country takes part (others may join);
 * 'own' keeps those from their relationship file, 'other' those from anywhere else.
 */
export const sharedPairing = (codes: readonly string[], file: 'own' | 'other' | 'any' = 'any'): Pairing => ({
  kind: 'countries',
  mode: codes.length === 2 ? 'both' : 'all',
  countries: [...codes],
  fileOnly: file === 'own',
  ...(file === 'other' ? { otherFilesOnly: true } : {}),
});

export const byStart = (range: { from: string; to: string }): Pick<EventFilter, 'dateFrom' | 'dateTo' | 'dateMatch'> => ({
  dateFrom: range.from,
  dateTo: range.to,
  dateMatch: 'start',
});

/** The pairing over the period, narrowed by whatever the figure is (a month, a category, a type). */
export function drillFilter(
  pairing: Pairing,
  period: DashboardPeriod,
  narrow: { month?: { dateFrom: string; dateTo: string }; category?: string; type?: string; hasNotes?: boolean; levels?: EngagementLevel[] } = {},
): EventFilter {
  const range = narrow.month ? { from: narrow.month.dateFrom, to: narrow.month.dateTo } : period;
  const filter: EventFilter = { pairing, ...byStart(range) };
  if (narrow.category) filter.categories = [narrow.category as NonNullable<EventFilter['categories']>[number]];
  if (narrow.type) filter.types = [narrow.type as NonNullable<EventFilter['types']>[number]];
  if (narrow.hasNotes) filter.hasNotes = true;
  if (narrow.levels?.length) filter.levels = [...narrow.levels];
  return filter;
}

/**
 * A travel bar: exactly its visits (their ids: the host is read from the text, which no other
 * filter can say), shown with the pair, the period and the type that they all share.
 */
export function visitsFilter(country: string, other: string, period: DashboardPeriod, ids: readonly number[]): EventFilter {
  return { ...drillFilter({ kind: 'countries', mode: 'both', countries: [country, other], fileOnly: false }, period, { type: 'visit' }), ids: [...ids] };
}
