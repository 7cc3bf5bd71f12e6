/**
 * The events table's questions at scale: a filtered, sorted page (pair + date range + type)
 * through the store API (worker, IPC-shaped messages, validation), beside the same SQL run
 * raw on better-sqlite3 in this run; the tricky searches; and the count queries.
 */
import Database from 'better-sqlite3';
import { EventFilter, type EventQuery } from '../contract/query.ts';
import { pageSql } from '../db/event-queries.ts';
import { StoreClient } from '../db/store-client.ts';
import { syntheticStore, type SyntheticStore } from './synthetic-events.ts';

export interface QueryFigures {
  query_events: number;
  page_p50_ms: number;
  page_p95_ms: number;
  raw_page_p50_ms: number;
  raw_page_p95_ms: number;
  page_ratio_p95: number;
  fts_p50_ms: number;
  fts_p95_ms: number;
  fts_worst_ms: number;
  fts_worst_query: string;
  count_p50_ms: number;
  count_p95_ms: number;
}

const PAIRS: Array<[string, string]> = [['US', 'JP'], ['JP', 'KR'], ['US', 'CN'], ['CN', 'JP'], ['KR', 'US'], ['AU', 'JP'], ['IN', 'JP'], ['KP', 'KR']];
const TYPES = ['meeting', 'visit', 'call', 'summit', 'statement', 'agreement'];
/** The bad-input catalogue's searches, plus very common words and prefixes. */
export const TRICKY_SEARCHES = [
  'multi-agent', "don't", 'a.b', 'AND', 'OR NOT', '"', '""', 'body:x', 'NEAR(a b', '*', 'a*', '^x', '(', '2+2',
  'a'.repeat(10_000), 'שלום עולם', 'تايوان', '😀 summit', 'a\u0000b', 'on', 'the', 'con*', 'sec*', 'Tokyo', 'semiconductors export',
];
const RUNS = 40;

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const round = (ms: number) => Number(ms.toFixed(1));

/** A year-long window in 2000–2025 and one type, for the i-th pair. */
function pageQuery(i: number): EventQuery {
  const year = 2000 + ((i * 7) % 26);
  return {
    filter: {
      pairing: { kind: 'countries', mode: 'both', countries: PAIRS[i % PAIRS.length]!, fileOnly: false },
      dateFrom: `${year}-01-01`,
      dateTo: `${year}-12-31`,
      types: [TYPES[i % TYPES.length]! as 'meeting'],
    },
    sort: { column: 'date', direction: 'desc' },
    offset: 0,
    limit: 100,
  };
}

/** `shared`: a synthetic store another part of the bench also uses (it is left in place). */
export async function benchQueries(count: number, shared?: SyntheticStore): Promise<QueryFigures> {
  const store = shared ?? (await syntheticStore(count));
  const file = store.file;
  try {
    let started = performance.now();
    console.log(`events table queries over ${count.toLocaleString('en-US')} synthetic events (store ${store.built ? `built in ${(store.buildMs / 1000).toFixed(1)} s` : 'reused from BENCH_STORE'})`);

    // Raw: the same SQL the store builds, prepared and run directly on this thread. Both
    // sides run every query once untimed first, so neither pays for warming caches and JIT.
    const raw = new Database(file, { readonly: true });
    const rawMs: number[] = [];
    for (const timed of [false, true]) {
      for (let i = 0; i < RUNS; i++) {
        const { sql, params } = pageSql(raw, pageQuery(i));
        const statement = raw.prepare(sql);
        started = performance.now();
        statement.all(...params);
        if (timed) rawMs.push(performance.now() - started);
      }
    }
    raw.close();

    const client = await StoreClient.open({ storePath: file, workerFile: new URL('../db/worker.ts', import.meta.url) });
    try {
      const pageMs: number[] = [];
      const countMs: number[] = [];
      for (let i = 0; i < RUNS; i++) await client.call('queryEvents', pageQuery(i));
      for (let i = 0; i < RUNS; i++) {
        started = performance.now();
        await client.call('queryEvents', pageQuery(i));
        pageMs.push(performance.now() - started);
        started = performance.now();
        await client.call('countEvents', { filter: EventFilter.parse(pageQuery(i + RUNS).filter) });
        countMs.push(performance.now() - started);
      }
      const ftsMs: number[] = [];
      let worst = { ms: 0, query: '' };
      for (const search of TRICKY_SEARCHES) {
        for (let run = 0; run < 3; run++) {
          started = performance.now();
          await client.call('queryEvents', { filter: { search }, limit: 100 });
          const ms = performance.now() - started;
          ftsMs.push(ms);
          if (ms > worst.ms) worst = { ms, query: search.length > 30 ? `${search.slice(0, 12)}… (${search.length} chars)` : search };
        }
      }
      const figures: QueryFigures = {
        query_events: count,
        page_p50_ms: round(percentile(pageMs, 50)),
        page_p95_ms: round(percentile(pageMs, 95)),
        raw_page_p50_ms: round(percentile(rawMs, 50)),
        raw_page_p95_ms: round(percentile(rawMs, 95)),
        page_ratio_p95: Number((percentile(pageMs, 95) / percentile(rawMs, 95)).toFixed(2)),
        fts_p50_ms: round(percentile(ftsMs, 50)),
        fts_p95_ms: round(percentile(ftsMs, 95)),
        fts_worst_ms: round(worst.ms),
        fts_worst_query: worst.query,
        count_p50_ms: round(percentile(countMs, 50)),
        count_p95_ms: round(percentile(countMs, 95)),
      };
      console.log(`  page of 100, pair + year + type, newest first (${RUNS} queries after one untimed pass)`);
      console.log(`    through the store API: p50 ${figures.page_p50_ms} ms, p95 ${figures.page_p95_ms} ms (goal: p95 ≤ 20 ms)`);
      console.log(`    same SQL raw:          p50 ${figures.raw_page_p50_ms} ms, p95 ${figures.raw_page_p95_ms} ms → ×${figures.page_ratio_p95} of raw at p95 (goal: ≤ 2)`);
      console.log(`  search, ${TRICKY_SEARCHES.length} tricky or very common queries × 3: p50 ${figures.fts_p50_ms} ms, p95 ${figures.fts_p95_ms} ms (goal: ≤ 100 ms); slowest ${figures.fts_worst_ms} ms for ${JSON.stringify(figures.fts_worst_query)}`);
      console.log(`  count of a pair + year + type result: p50 ${figures.count_p50_ms} ms, p95 ${figures.count_p95_ms} ms`);
      return figures;
    } finally {
      await client.close();
    }
  } finally {
    if (!shared) store.dispose();
  }
}
