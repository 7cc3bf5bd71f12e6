/**
 * The country dashboard: one country's events over a period (it takes part, and they start
 * within the period — see period.ts), aggregated in SQL; only the visits' host is read in JS,
 * from the period's few visit rows (travel.ts).
 */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { CountryDashboard, CountryDashboardQuery } from '../../contract/dashboards.ts';
import { toRow } from '../event-queries.ts';
import { counterpartsSql, type CounterpartRow } from './counterparts.ts';
import { engagementOf, levelsByMonthSql, NAMED_LEVELS, type MonthLevelRow } from './engagement.ts';
import { countryNames, headline, rows } from './headlines.ts';
import { denseMonths, monthTotals, perMonthSql, typeMixSql, type MonthCategoryRow, type TypeCount } from './months.ts';
import { notesOnEventsSql, standingNotesOn } from './notes.ts';
import { addDays, monthsOf, previousPeriod, scopeOf, today, type DashboardSql } from './period.ts';
import { recentSql, upcomingSql } from './rows.ts';
import { summarySql, type PeriodSummary } from './summary.ts';
import { travelOf, visitCountSql, visitsSql } from './travel.ts';

/** The request as the channel parsed it, and `now` (an ISO date or timestamp) for tests. */
export type CountryDashboardArgs = z.output<typeof CountryDashboardQuery> & { now?: string };

type Row = Parameters<typeof toRow>[0];

/** Every statement the dashboard runs, by name; query-plans.test.ts explains each. */
export function countryStatements(db: Database, args: CountryDashboardArgs) {
  const codes = [args.country];
  const { period } = args;
  const day = today(args.now);
  const current = scopeOf(db, codes, period);
  const previous = scopeOf(db, codes, previousPeriod(period));
  return {
    // The period's total is the sum of its months.
    perMonth: perMonthSql(current),
    types: typeMixSql(current),
    levels: levelsByMonthSql(current, NAMED_LEVELS),
    counterparts: counterpartsSql(current, codes),
    visits: visitsSql(current),
    notes: notesOnEventsSql(current),
    // Bounded above by whichever comes first, the period's end or today: one upper end for the index range.
    recent: day < period.from ? null : recentSql(scopeOf(db, codes, { from: period.from, to: day < period.to ? day : period.to })),
    upcoming: upcomingSql(scopeOf(db, codes, { from: addDays(day, 1) })),
    previous: summarySql(previous, codes),
    previousVisits: visitCountSql(previous),
  } satisfies Record<string, DashboardSql | null>;
}

export function countryDashboard(db: Database, args: CountryDashboardArgs): CountryDashboard {
  const s = countryStatements(db, args);
  const names = countryNames(db);
  const perMonth = rows<MonthCategoryRow>(db, s.perMonth);
  const { total } = monthTotals(perMonth);
  const engagement = engagementOf(rows<MonthLevelRow>(db, s.levels), total);
  const counterparts = rows<CounterpartRow>(db, s.counterparts);
  const visits = rows<{ id: number; location: string | null; summary: string; participants: string }>(db, s.visits).map((v) => ({
    id: v.id,
    location: v.location,
    summary: v.summary,
    countries: v.participants.trim().split(' '),
  }));
  const [previous] = rows<PeriodSummary>(db, s.previous);
  const [previousVisits] = rows<{ events: number }>(db, s.previousVisits);
  const [notes] = rows<{ notes: number }>(db, s.notes);

  return {
    country: { code: args.country, name: names.get(args.country)?.name ?? args.country },
    period: args.period,
    previousPeriod: previousPeriod(args.period),
    headlines: [
      headline('events', total, previous!.events),
      headline('leader', engagement.leader, previous!.leader),
      headline('minister', engagement.minister, previous!.minister),
      headline('visits', visits.length, previousVisits!.events),
      headline('counterparts', counterparts[0]?.total ?? 0, previous!.counterparts),
    ],
    perMonth: denseMonths(perMonth, monthsOf(args.period)),
    types: rows<TypeCount>(db, s.types),
    counterparts: counterparts.map(({ code, name, events }) => ({ code, name, events })),
    engagement,
    travel: travelOf(args.country, visits, names),
    recent: s.recent ? rows<Row>(db, s.recent).map(toRow) : [],
    upcoming: rows<Row>(db, s.upcoming).map(toRow),
    notes: { onEvents: notes!.notes, standing: standingNotesOn(db, [args.country]) },
  };
}
