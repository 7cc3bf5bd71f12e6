/**
 * What a dashboard counts, and over which days.
 *
 * - A dashboard's events are those where every chosen country takes part (one country for a
 *   country dashboard: `instr(e.participants, ' JP ')`, decided on the date index's entry, as
 *   the table's pairing filter does) and whose date_start is within [from, to]. That is the
 *   table's filter with dateMatch 'start', not its overlap rule: an event belongs to the month
 *   its first day is in, so a click on a chart opens the table with exactly the same events.
 * - The previous period is the same number of days immediately before `from`.
 */
import type { Database } from 'better-sqlite3';
import type { DashboardPeriod } from '../../contract/dashboards.ts';
import type { EventFilter } from '../../contract/query.ts';
import { StoreError } from '../errors.ts';
import { filterSql } from '../event-filter-sql.ts';

/** One statement a dashboard runs: exported builders return these, so tests explain the same SQL. */
export interface DashboardSql {
  sql: string;
  params: unknown[];
}

/** A condition over `events AS e` selecting a dashboard's events, with its parameters. */
export interface Scope {
  where: string;
  params: unknown[];
}

const DAY_MS = 86_400_000;
const toTime = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const toIso = (time: number) => new Date(time).toISOString().slice(0, 10);

export const addDays = (iso: string, days: number): string => toIso(toTime(iso) + days * DAY_MS);

/** The same number of days immediately before `from`. */
export function previousPeriod(period: DashboardPeriod): DashboardPeriod {
  const days = Math.round((toTime(period.to) - toTime(period.from)) / DAY_MS) + 1;
  return { from: addDays(period.from, -days), to: addDays(period.from, -1) };
}

/** Every month the period touches, as 'YYYY-MM', in order. */
export function monthsOf(period: DashboardPeriod): string[] {
  const months: string[] = [];
  let [year, month] = period.from.slice(0, 7).split('-').map(Number) as [number, number];
  const last = period.to.slice(0, 7);
  for (;;) {
    const m = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    if (m > last) return months;
    months.push(m);
    if (++month > 12) [year, month] = [year + 1, 1];
  }
}

/** Today, as the analyst's calendar has it, or the date part of an injected `now` (tests). */
export function today(now?: string): string {
  if (now !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}/.test(now)) throw new StoreError('INVALID_INPUT', `"now" must start with a date written YYYY-MM-DD, not ${JSON.stringify(now)}.`);
    return now.slice(0, 10);
  }
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The table's filter for a dashboard's events: every one of `countries` takes part, starting
 * within the dates given (either may be open). `fileOnly` keeps the relationship file's own.
 */
export function dashboardFilter(countries: readonly string[], dates: { from?: string; to?: string }, fileOnly = false): EventFilter {
  const filter: EventFilter = { pairing: { kind: 'countries', mode: 'all', countries: [...countries], fileOnly }, dateMatch: 'start' };
  if (dates.from) filter.dateFrom = dates.from;
  if (dates.to) filter.dateTo = dates.to;
  return filter;
}

/** The same condition the table builds for that filter (db/event-filter-sql.ts). */
export function scopeOf(db: Database, countries: readonly string[], dates: { from?: string; to?: string }, fileOnly = false): Scope {
  const { where, params } = filterSql(db, dashboardFilter(countries, dates, fileOnly), 'count');
  return { where, params };
}

export const marks = (n: number): string => Array(n).fill('?').join(', ');
