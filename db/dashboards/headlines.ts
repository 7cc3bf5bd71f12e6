/**
 * The dashboards' headline figures, each beside the same figure over the previous period
 * ("34 events this quarter, +42% on last" — the page words the change).
 */
import type { Database } from 'better-sqlite3';
import type { Headline } from '../../contract/dashboards.ts';
import { prepareCached } from '../statement-cache.ts';
import type { DashboardSql } from './period.ts';

const LABELS: Record<Headline['key'], string> = {
  events: 'Events',
  leader: 'Leader-level events',
  minister: 'Minister-level events',
  visits: 'Visits',
  counterparts: 'Counterparts',
  intensity: 'Intensity index',
};

export const headline = (key: Headline['key'], value: number, previous: number): Headline => ({ key, label: LABELS[key], value, previous });

/** Runs one of the dashboard's statements (prepared once per shape of SQL). */
export function rows<T>(db: Database, statement: DashboardSql): T[] {
  return prepareCached(db, statement.sql).all(...statement.params) as T[];
}

/** Names and kinds (state, organisation) of every country the store knows. */
export function countryNames(db: Database): Map<string, { name: string; kind: string }> {
  const all = prepareCached(db, 'SELECT code, name, kind FROM countries').all() as Array<{ code: string; name: string; kind: string }>;
  return new Map(all.map((c) => [c.code, { name: c.name, kind: c.kind }]));
}
