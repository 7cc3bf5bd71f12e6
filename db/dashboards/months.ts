/**
 * Events per month by category, and the period's category and type mix.
 *
 * An event belongs to the month its date_start falls in. Counting walks events_by_category
 * (category, date_start, id, participants) once per category — the IN list names every
 * category the schema allows, so it selects nothing away and only lets SQLite seek each
 * category's stretch of the period — and the pairing is decided on the index entry, so no
 * event row is read. Rows come out in (category, day) order, so they are counted per day
 * without a sort over the events, and the few hundred day counts are summed per month.
 */
import { CATEGORIES, EVENT_TYPES } from '../../contract/imports.ts';
import type { Category, EventType } from '../import/classify.ts';
import { marks, type DashboardSql, type Scope } from './period.ts';

export interface MonthCategoryRow {
  month: string;
  category: Category;
  events: number;
}

export function perMonthSql(scope: Scope): DashboardSql {
  return {
    sql: `SELECT substr(d.day, 1, 7) AS month, d.category, sum(d.events) AS events
            FROM (SELECT e.category, e.date_start AS day, count(*) AS events
                    FROM events AS e
                   WHERE e.category IN (${marks(CATEGORIES.length)}) AND ${scope.where}
                   GROUP BY e.category, e.date_start) AS d
           GROUP BY month, d.category`,
    params: [...CATEGORIES, ...scope.params],
  };
}

/** Every month of the period and every category, zero where nothing happened, months in order. */
export function denseMonths(rows: readonly MonthCategoryRow[], months: readonly string[]): MonthCategoryRow[] {
  const counted = new Map(rows.map((r) => [`${r.month}|${r.category}`, r.events]));
  return months.flatMap((month) => CATEGORIES.map((category) => ({ month, category, events: counted.get(`${month}|${category}`) ?? 0 })));
}

/** Events per month (all categories), and in the whole period. */
export function monthTotals(rows: readonly MonthCategoryRow[]): { byMonth: Map<string, number>; total: number } {
  const byMonth = new Map<string, number>();
  let total = 0;
  for (const r of rows) {
    byMonth.set(r.month, (byMonth.get(r.month) ?? 0) + r.events);
    total += r.events;
  }
  return { byMonth, total };
}

/**
 * The category mix: the per-month counts above, summed per category (no second pass over the
 * events). Categories with events only, most first, ties in the contract's order.
 */
export function categoryMix(rows: readonly MonthCategoryRow[]): Array<{ category: Category; events: number }> {
  const totals = new Map<Category, number>();
  for (const r of rows) totals.set(r.category, (totals.get(r.category) ?? 0) + r.events);
  return CATEGORIES.map((category) => ({ category, events: totals.get(category) ?? 0 }))
    .filter((c) => c.events > 0)
    .sort((a, b) => b.events - a.events || CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category));
}

/** The type mix, on events_by_type as the months are on events_by_category. Types with events only, most first. */
export function typeMixSql(scope: Scope): DashboardSql {
  return {
    sql: `SELECT e.type, count(*) AS events
            FROM events AS e
           WHERE e.type IN (${marks(EVENT_TYPES.length)}) AND ${scope.where}
           GROUP BY e.type
           ORDER BY events DESC, e.type`,
    params: [...EVENT_TYPES, ...scope.params],
  };
}

export type TypeCount = { type: EventType; events: number };
