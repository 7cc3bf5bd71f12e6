/**
 * npm run bench — prints figures, never asserts. Each figure through the app's store
 * worker is printed beside the same work done with raw better-sqlite3 in this run, so
 * the ratio means something on a noisy machine.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { StoreClient } from '../db/store-client.ts';
import { benchDashboards } from './dashboard.ts';
import { benchDuplicates } from './duplicates.ts';
import { makeBenchStore } from './fixtures.ts';
import { watchEventLoop } from './event-loop.ts';
import { benchImport } from './import.ts';
import { benchPdf } from './pdf.ts';
import { benchQueries } from './query.ts';
import { saveResults } from './results.ts';
import { syntheticStore } from './synthetic-events.ts';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const workerFile = new URL('../db/worker.ts', import.meta.url);

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * `BENCH_ONLY=query`, `BENCH_ONLY=dashboard`, `BENCH_ONLY=import`, `BENCH_ONLY=pdf` or `BENCH_ONLY=duplicates` runs one
 * part; the results file keeps the other parts' last figures. `BENCH_STORE=path` keeps the synthetic store the
 * query and dashboard parts use there, and reuses it on later runs.
 */
const ONLY = process.env.BENCH_ONLY;

async function main(): Promise<void> {
  console.log(`Briefing Book bench — Node ${process.version}, ${EVENTS.toLocaleString('en-US')} events`);
  if (ONLY === 'query') return saveResults({ ...(await benchQueries(EVENTS)) });
  if (ONLY === 'dashboard') return saveResults({ ...(await benchDashboards(EVENTS)) });
  if (ONLY === 'import') return saveResults({ ...(await benchImport(EVENTS)) });
  if (ONLY === 'pdf') return saveResults({ ...(await benchPdf()) });
  if (ONLY === 'duplicates') return saveResults({ ...(await benchDuplicates(EVENTS)) });
  const setupStarted = performance.now();
  const { file, dir } = await makeBenchStore(EVENTS);
  console.log(`setup: ${fmt(performance.now() - setupStarted)} (${(fs.statSync(file).size / 1e6).toFixed(0)} MB store)`);

  // Baseline: the slow query run directly on this thread, as a naive main process would.
  const raw = new Database(file, { readonly: true });
  let watch = watchEventLoop();
  let started = performance.now();
  raw.pragma('integrity_check');
  const rawQueryMs = performance.now() - started;
  await new Promise((r) => setTimeout(r, 10));
  const rawStall = watch.stop().longestStallMs;

  const rawPage: number[] = [];
  // The same work listEvents does: the total, then one page.
  const countSql = raw.prepare('SELECT count(*) FROM events');
  const pageSql = raw.prepare('SELECT id, date_start, date_end, summary, created_at FROM events ORDER BY date_start DESC, id DESC LIMIT 200 OFFSET ?');
  for (let i = 0; i < 20; i++) {
    started = performance.now();
    countSql.get();
    pageSql.all(i * 5000);
    rawPage.push(performance.now() - started);
  }
  raw.close();

  // The app's way: the same query in the store worker while this loop stays free.
  const client = await StoreClient.open({ storePath: file, workerFile });
  watch = watchEventLoop();
  started = performance.now();
  const check = await client.call('checkIntegrity', undefined as never);
  const workerQueryMs = performance.now() - started;
  const { longestStallMs: workerStall, ticks } = watch.stop();

  const workerPage: number[] = [];
  for (let i = 0; i < 20; i++) {
    started = performance.now();
    await client.call('listEvents', { offset: i * 5000, limit: 200 });
    workerPage.push(performance.now() - started);
  }
  await client.close();
  fs.rmSync(dir, { recursive: true, force: true });

  console.log('');
  console.log('slow query (PRAGMA integrity_check over the whole store)');
  console.log(`  raw better-sqlite3 on the main thread: query ${fmt(rawQueryMs)}, longest event-loop stall ${fmt(rawStall)}`);
  console.log(`  Briefing Book store worker:            query ${fmt(workerQueryMs)}, longest event-loop stall ${fmt(workerStall)} (${ticks} timer ticks, result ${check.ok ? 'ok' : 'NOT ok'})`);
  console.log(`  event_loop_stall_ms=${workerStall.toFixed(1)} slow_query_ms=${workerQueryMs.toFixed(0)} (goal: stall < 50 ms while the query takes > 1000 ms)`);
  console.log('');
  console.log('one page of 200 events with the total count (median of 20, offsets 0–95,000)');
  console.log(`  raw better-sqlite3: ${fmt(median(rawPage))}`);
  console.log(`  through the worker: ${fmt(median(workerPage))} (×${(median(workerPage) / median(rawPage)).toFixed(2)} of raw)`);

  console.log('');
  // One synthetic store for the table's queries and the dashboards.
  const synthetic = await syntheticStore(EVENTS);
  let queries, dashboards;
  try {
    queries = await benchQueries(EVENTS, synthetic);
    console.log('');
    dashboards = await benchDashboards(EVENTS, synthetic);
  } finally {
    synthetic.dispose();
  }
  console.log('');
  const figures = await benchImport(EVENTS);
  console.log('');
  const pdf = await benchPdf();
  saveResults({ ...queries, ...dashboards, ...figures, ...pdf });
  console.log('');
  console.log(`figures written to bench/results.json; whole bench ${((performance.now() - setupStarted) / 1000).toFixed(0)} s`);
}

await main();
