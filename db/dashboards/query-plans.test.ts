/**
 * Every statement the dashboards run, explained by SQLite: each must seek its index to the
 * period (no scan of the events table), and where it counts per day it must do so in the
 * index's order. The statements come from the same builders the dashboards call
 * (countryStatements, pairStatements), so the plans checked are the plans run.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import type { Database } from 'better-sqlite3';
import { fillSyntheticEvents } from '../../bench/synthetic-events.ts';
import { openStore } from '../open-store.ts';
import { tempDir } from '../test/helpers.ts';
import { countryStatements } from './country.ts';
import { pairStatements } from './pair.ts';
import type { DashboardSql } from './period.ts';

const plan = (db: Database, s: DashboardSql): string[] =>
  (db.prepare(`EXPLAIN QUERY PLAN ${s.sql}`).all(...s.params) as Array<{ detail: string }>).map((r) => r.detail);

const PERIOD = 'date_start>? AND date_start<?';
const covering = (index: string, prefix = '') => `SEARCH e USING COVERING INDEX ${index} (${prefix}${PERIOD})`;

/** Lines each plan must contain, and how many sorts it may use (per day counts are in index order: only the small per-month roll-up sorts). */
const EXPECTED: Record<string, { uses: string[]; sorts: number }> = {
  'country.perMonth': { uses: [covering('events_by_category', 'category=? AND ')], sorts: 1 },
  'country.types': { uses: [covering('events_by_type', 'type=? AND ')], sorts: 1 },
  'country.levels': { uses: [covering('events_by_level', 'level=? AND ')], sorts: 1 },
  // Participant sets are grouped on the date index's entries; the rest sorts a handful of sets and countries.
  'country.counterparts': { uses: [covering('events_by_date'), 'SEARCH c USING INDEX sqlite_autoindex_countries_1 (code=?) LEFT-JOIN'], sorts: 3 },
  // The previous period's headline figures in one pass; distinct participant sets kept in a small index, not sorted.
  'country.previous': { uses: [covering('events_by_level', 'level=? AND '), 'USE TEMP B-TREE FOR json_group_array(DISTINCT)'], sorts: 0 },
  // Visit rows are read (location, summary); the previous period's visits are only counted.
  'country.visits': { uses: [`SEARCH e USING INDEX events_by_type (type=? AND ${PERIOD})`], sorts: 0 },
  'country.previousVisits': { uses: [covering('events_by_type', 'type=? AND ')], sorts: 0 },
  'country.notes': { uses: [covering('events_by_date'), 'BLOOM FILTER ON k (event_id=?)', 'SEARCH k USING AUTOMATIC COVERING INDEX (event_id=?)'], sorts: 0 },
  // Walked in the index's order: the first ten rows end the query.
  'country.recent': { uses: [`SEARCH e USING INDEX events_by_date (${PERIOD})`], sorts: 0 },
  'country.upcoming': { uses: ['SEARCH e USING INDEX events_by_date (date_start>?)'], sorts: 0 },
  'pair.perMonth': { uses: [covering('events_by_category', 'category=? AND ')], sorts: 1 },
  'pair.levels': { uses: [covering('events_by_level', 'level=? AND ')], sorts: 1 },
  'pair.counterparts': { uses: [covering('events_by_date'), 'USE TEMP B-TREE FOR DISTINCT'], sorts: 0 },
  'pair.previous': { uses: [covering('events_by_level', 'level=? AND '), 'USE TEMP B-TREE FOR json_group_array(DISTINCT)'], sorts: 0 },
  'pair.visits': { uses: [covering('events_by_type', 'type=? AND ')], sorts: 0 },
  'pair.previousVisits': { uses: [covering('events_by_type', 'type=? AND ')], sorts: 0 },
  // Candidates found on the index and sorted by date as ids; only the fifty kept are read (by rowid).
  'pair.keyMeetings': { uses: ['MATERIALIZE k', covering('events_by_level', 'level=? AND '), 'SEARCH e USING INTEGER PRIMARY KEY (rowid=?)'], sorts: 2 },
  'pair.ownFile': { uses: [covering('events_by_source', 'source_id=? AND ')], sorts: 0 },
};

test('every dashboard statement seeks its index to the period; none scans the events table', async () => {
  const { db } = await openStore(path.join(tempDir('dashboard-plans'), 'store.sqlite'));
  fillSyntheticEvents(db, 3_000);
  const period = { from: '2024-01-01', to: '2024-12-31' };
  const statements: Record<string, DashboardSql | null> = {};
  for (const [name, s] of Object.entries(countryStatements(db, { country: 'JP', period, now: '2024-06-30' }))) statements[`country.${name}`] = s;
  for (const [name, s] of Object.entries(pairStatements(db, { countries: ['JP', 'US'], period }))) statements[`pair.${name}`] = s;
  assert.deepEqual(Object.keys(statements).sort(), Object.keys(EXPECTED).sort(), 'every statement has an expected plan');

  for (const [name, statement] of Object.entries(statements)) {
    assert.ok(statement, `${name} is run`);
    const lines = plan(db, statement);
    const shown = `${name}:\n  ${lines.join('\n  ')}`;
    for (const line of EXPECTED[name]!.uses) assert.ok(lines.includes(line), `${shown}\nlacks: ${line}`);
    assert.ok(!lines.some((l) => /^SCAN (e|events)\b/.test(l)), `${shown}\nscans the events table`);
    // Sorts (ORDER BY, GROUP BY); DISTINCT keeps a small index of the distinct values instead.
    const sorts = lines.filter((l) => /^USE TEMP B-TREE FOR (ORDER BY|GROUP BY|RIGHT PART)/.test(l)).length;
    assert.equal(sorts, EXPECTED[name]!.sorts, `${shown}\nsorts`);
  }
  db.close();
});

test('the per-day counts read their index in order: no sort under the per-month roll-up', async () => {
  const { db } = await openStore(path.join(tempDir('dashboard-plans-order'), 'store.sqlite'));
  const s = countryStatements(db, { country: 'JP', period: { from: '2024-01-01', to: '2024-03-31' }, now: '2024-06-30' });
  for (const statement of [s.perMonth, s.levels]) {
    const rows = db.prepare(`EXPLAIN QUERY PLAN ${statement.sql}`).all(...statement.params) as Array<{ id: number; parent: number; detail: string }>;
    const inner = rows.find((r) => r.detail === 'CO-ROUTINE d')!;
    assert.ok(inner, 'the per-day counts are a co-routine');
    assert.deepEqual(rows.filter((r) => r.parent === inner.id).map((r) => r.detail.replace(/ \(.*/, '')), [
      statement === s.perMonth ? 'SEARCH e USING COVERING INDEX events_by_category' : 'SEARCH e USING COVERING INDEX events_by_level',
    ]);
  }
  db.close();
});
