/**
 * The dashboards at scale: a full country dashboard (Japan, a year and a quarter) and a pair
 * dashboard (Japan–US, a year) through the store API as the app calls them (the read-only
 * connection's worker, the operation, the reply), beside a raw better-sqlite3 baseline run in
 * this run: the per-month aggregate written as one plain SQL statement. Also prints each
 * statement's time, run raw, so a slow one can be found.
 */
import Database from 'better-sqlite3';
import type { CountryDashboard } from '../contract/dashboards.ts';
import { countryStatements, type CountryDashboardArgs } from '../db/dashboards/country.ts';
import { pairStatements, type PairDashboardArgs } from '../db/dashboards/pair.ts';
import type { DashboardSql } from '../db/dashboards/period.ts';
import { StoreClient } from '../db/store-client.ts';
import { syntheticStore, type SyntheticStore } from './synthetic-events.ts';

export interface DashboardFigures {
  dashboard_events: number;
  /** Events in each dashboard's period (the previous period is read too). */
  dashboard_country_year_period_events: number;
  dashboard_country_quarter_period_events: number;
  dashboard_pair_year_period_events: number;
  dashboard_country_p50_ms: number;
  dashboard_country_p95_ms: number;
  dashboard_country_quarter_p50_ms: number;
  dashboard_country_quarter_p95_ms: number;
  dashboard_pair_p50_ms: number;
  dashboard_pair_p95_ms: number;
  /** One plain per-month-by-category statement for the country's year, raw on better-sqlite3. */
  raw_month_aggregate_p50_ms: number;
  raw_month_aggregate_p95_ms: number;
  /** A whole country dashboard (a dozen statements, two periods) in plain per-month aggregates. */
  dashboard_country_ratio_p95: number;
}

const RUNS = 20;
const WARM_UP = 3;
// "Today" is fixed so that every run lists the same recent and upcoming events.
const NOW = '2025-01-01';
const COUNTRY_YEAR: CountryDashboardArgs = { country: 'JP', period: { from: '2024-01-01', to: '2024-12-31' }, now: NOW };
const COUNTRY_QUARTER: CountryDashboardArgs = { country: 'JP', period: { from: '2024-10-01', to: '2024-12-31' }, now: NOW };
const PAIR_YEAR: PairDashboardArgs = { countries: ['JP', 'US'], period: { from: '2024-01-01', to: '2024-12-31' }, now: NOW };

/** The per-month aggregate as anyone would first write it: one statement, SQLite's own plan. */
const RAW_MONTH_SQL = `SELECT substr(date_start, 1, 7) AS month, category, count(*) AS events
  FROM events WHERE date_start BETWEEN ? AND ? AND instr(participants, ' JP ') > 0
  GROUP BY month, category`;

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const round = (ms: number) => Number(ms.toFixed(1));

async function timeRuns(run: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARM_UP; i++) await run();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    ms.push(performance.now() - started);
  }
  return ms;
}

/** Each statement of a dashboard run raw, its median over RUNS runs of the whole set in order (as the dashboard runs them). */
function statementTimes(db: Database.Database, statements: Record<string, DashboardSql | null>): Array<[string, number]> {
  const prepared = Object.entries(statements).flatMap(([name, s]) => (s ? [[name, db.prepare(s.sql), s.params] as const] : []));
  const times = new Map<string, number[]>(prepared.map(([name]) => [name, []]));
  for (let run = 0; run < WARM_UP + RUNS; run++) {
    for (const [name, statement, params] of prepared) {
      const started = performance.now();
      statement.all(...params);
      if (run >= WARM_UP) times.get(name)!.push(performance.now() - started);
    }
  }
  return [...times].map(([name, ms]) => [name, percentile(ms, 50)]);
}

/** `shared`: a synthetic store another part of the bench also uses (it is left in place). */
export async function benchDashboards(count: number, shared?: SyntheticStore): Promise<DashboardFigures> {
  const store = shared ?? (await syntheticStore(count));
  try {
    console.log(
      `dashboards over ${count.toLocaleString('en-US')} synthetic events (store ${store.built ? `built in ${(store.buildMs / 1000).toFixed(1)} s` : 'reused from BENCH_STORE'})`,
    );
    // The app's two connections: the writer (opens and migrates) and the read-only one the dashboards run on.
    const writer = await StoreClient.open({ storePath: store.file, workerFile: new URL('../db/worker.ts', import.meta.url) });
    const reader = await StoreClient.open({ storePath: store.file, workerFile: new URL('../db/worker.ts', import.meta.url), readOnly: true });
    let figures: DashboardFigures;
    try {
      const raw = new Database(store.file, { readonly: true });
      const rawMonth = raw.prepare(RAW_MONTH_SQL);
      const rawMs = await timeRuns(async () => rawMonth.all(COUNTRY_YEAR.period.from, COUNTRY_YEAR.period.to));
      const sizes = {
        countryYear: raw.prepare("SELECT count(*) FROM events WHERE date_start BETWEEN ? AND ? AND instr(participants, ' JP ') > 0").pluck().get(COUNTRY_YEAR.period.from, COUNTRY_YEAR.period.to) as number,
        countryQuarter: raw.prepare("SELECT count(*) FROM events WHERE date_start BETWEEN ? AND ? AND instr(participants, ' JP ') > 0").pluck().get(COUNTRY_QUARTER.period.from, COUNTRY_QUARTER.period.to) as number,
        pairYear: raw.prepare("SELECT count(*) FROM events WHERE date_start BETWEEN ? AND ? AND instr(participants, ' JP ') > 0 AND instr(participants, ' US ') > 0").pluck().get(PAIR_YEAR.period.from, PAIR_YEAR.period.to) as number,
      };

      let year: CountryDashboard | undefined;
      const countryMs = await timeRuns(async () => (year = await reader.call('countryDashboard', COUNTRY_YEAR)));
      const quarterMs = await timeRuns(() => reader.call('countryDashboard', COUNTRY_QUARTER));
      const pairMs = await timeRuns(() => reader.call('pairDashboard', PAIR_YEAR));
      const countryStatementMs = statementTimes(raw, countryStatements(raw, COUNTRY_YEAR));
      const pairStatementMs = statementTimes(raw, pairStatements(raw, PAIR_YEAR));
      raw.close();

      figures = {
        dashboard_events: count,
        dashboard_country_year_period_events: sizes.countryYear,
        dashboard_country_quarter_period_events: sizes.countryQuarter,
        dashboard_pair_year_period_events: sizes.pairYear,
        dashboard_country_p50_ms: round(percentile(countryMs, 50)),
        dashboard_country_p95_ms: round(percentile(countryMs, 95)),
        dashboard_country_quarter_p50_ms: round(percentile(quarterMs, 50)),
        dashboard_country_quarter_p95_ms: round(percentile(quarterMs, 95)),
        dashboard_pair_p50_ms: round(percentile(pairMs, 50)),
        dashboard_pair_p95_ms: round(percentile(pairMs, 95)),
        raw_month_aggregate_p50_ms: round(percentile(rawMs, 50)),
        raw_month_aggregate_p95_ms: round(percentile(rawMs, 95)),
        dashboard_country_ratio_p95: Number((percentile(countryMs, 95) / percentile(rawMs, 95)).toFixed(2)),
      };
      const f = figures;
      const events = (n: number) => `${n.toLocaleString('en-US')} events`;
      console.log(`  through the store API (read-only worker), ${RUNS} runs each after ${WARM_UP} untimed (goal: ≤ 100 ms each)`);
      console.log(`    country, JP, 2024 (${events(f.dashboard_country_year_period_events)}):      p50 ${f.dashboard_country_p50_ms} ms, p95 ${f.dashboard_country_p95_ms} ms`);
      console.log(`    country, JP, 2024 Q4 (${events(f.dashboard_country_quarter_period_events)}):    p50 ${f.dashboard_country_quarter_p50_ms} ms, p95 ${f.dashboard_country_quarter_p95_ms} ms`);
      console.log(`    pair, JP–US, 2024 (${events(f.dashboard_pair_year_period_events)}):     p50 ${f.dashboard_pair_p50_ms} ms, p95 ${f.dashboard_pair_p95_ms} ms`);
      console.log(`  per-month aggregate as one plain statement, raw: p50 ${f.raw_month_aggregate_p50_ms} ms, p95 ${f.raw_month_aggregate_p95_ms} ms → a whole country dashboard is ×${f.dashboard_country_ratio_p95} of it at p95`);
      const line = (label: string, times: Array<[string, number]>) =>
        console.log(`  ${label} statements, raw, median: ${times.map(([name, ms]) => `${name} ${ms.toFixed(1)}`).join(', ')} (ms; total ${times.reduce((n, [, ms]) => n + ms, 0).toFixed(1)})`);
      line('country (year)', countryStatementMs);
      line('pair (year)', pairStatementMs);
      const headline = year!.headlines.map((h) => `${h.key} ${h.value} (prev ${h.previous})`).join(', ');
      console.log(`  JP 2024: ${headline}`);
    } finally {
      await reader.close();
      await writer.close();
    }
    return figures;
  } finally {
    if (!shared) store.dispose();
  }
}
