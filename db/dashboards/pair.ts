/**
 * The pair (or trilateral …) dashboard: the events every chosen country takes part in (the
 * table's pairing mode 'all'), starting within the period, aggregated in SQL. Unordered: the
 * countries may be given in any order.
 */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { PairDashboard, PairDashboardQuery } from '../../contract/dashboards.ts';
import { toRow } from '../event-queries.ts';
import { counterpartCountSql } from './counterparts.ts';
import { intensityByMonth, intensityCounts, intensityIndex, KEY_LEVELS, LEVEL_NAMES, levelsByMonthSql, type MonthLevelRow } from './engagement.ts';
import { countryNames, headline, rows } from './headlines.ts';
import { categoryMix, denseMonths, monthTotals, perMonthSql, type MonthCategoryRow } from './months.ts';
import { standingNotesOn } from './notes.ts';
import { monthsOf, previousPeriod, scopeOf, type DashboardSql } from './period.ts';
import { keyMeetingsSql } from './rows.ts';
import { summarySql, type PeriodSummary } from './summary.ts';
import { visitCountSql } from './travel.ts';

/** The request as the channel parsed it; `now` is accepted for symmetry with the country dashboard (nothing here depends on today). */
export type PairDashboardArgs = z.output<typeof PairDashboardQuery> & { now?: string };

/** Every statement the dashboard runs, by name; query-plans.test.ts explains each. */
export function pairStatements(db: Database, args: PairDashboardArgs) {
  const codes = args.countries;
  const current = scopeOf(db, codes, args.period);
  const previous = scopeOf(db, codes, previousPeriod(args.period));
  // The relationship file's own events: the table's `fileOnly` pairing (sources whose file is exactly these countries).
  const own = scopeOf(db, codes, args.period, true);
  return {
    // The period's total (and each month's) is the sum of its months' categories.
    perMonth: perMonthSql(current),
    levels: levelsByMonthSql(current, KEY_LEVELS),
    counterparts: counterpartCountSql(current, codes),
    visits: visitCountSql(current),
    keyMeetings: keyMeetingsSql(current),
    ownFile: { sql: `SELECT count(*) AS events FROM events AS e WHERE ${own.where}`, params: own.params },
    previous: summarySql(previous, codes),
    previousVisits: visitCountSql(previous),
  } satisfies Record<string, DashboardSql>;
}

export function pairDashboard(db: Database, args: PairDashboardArgs): PairDashboard {
  const s = pairStatements(db, args);
  const names = countryNames(db);
  const perMonth = rows<MonthCategoryRow>(db, s.perMonth);
  const { byMonth, total } = monthTotals(perMonth);
  const levels = rows<MonthLevelRow>(db, s.levels);
  const intensity = intensityByMonth(levels, byMonth, monthsOf(args.period));
  const sum = (key: 'leader' | 'minister' | 'index') => intensity.reduce((n, m) => n + m[key], 0);
  const [previous] = rows<PeriodSummary>(db, s.previous);
  const count = (statement: DashboardSql) => rows<{ events: number }>(db, statement)[0]!.events;
  const own = count(s.ownFile);

  return {
    countries: args.countries.map((code) => ({ code, name: names.get(code)?.name ?? code })),
    period: args.period,
    previousPeriod: previousPeriod(args.period),
    headlines: [
      headline('events', total, previous!.events),
      headline('leader', sum('leader'), previous!.leader),
      headline('minister', sum('minister'), previous!.minister),
      headline('visits', count(s.visits), count(s.previousVisits)),
      headline('counterparts', rows<{ total: number }>(db, s.counterparts)[0]!.total, previous!.counterparts),
      headline('intensity', sum('index'), intensityIndex(intensityCounts(previous!.events, previous!.leader, previous!.minister))),
    ],
    perMonth: denseMonths(perMonth, monthsOf(args.period)),
    intensity,
    categories: categoryMix(perMonth),
    keyMeetings: rows<Parameters<typeof toRow>[0] & { engagement_level: number }>(db, s.keyMeetings).map((r) => ({
      ...toRow(r),
      level: LEVEL_NAMES[r.engagement_level]!,
    })),
    files: { own, other: total - own },
    standingNotes: standingNotesOn(db, args.countries),
  };
}
