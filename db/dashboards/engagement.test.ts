import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { LATEST_SCHEMA_VERSION, migrations } from '../migrations/index.ts';
import { openStore } from '../open-store.ts';
import { tempDir } from '../test/helpers.ts';
import { engagementOf, intensityByMonth, intensityIndex, LEVEL_NAMES, type MonthLevelRow } from './engagement.ts';
import { dashboardStore, KEYS, type Key } from './test-store.ts';

test('the intensity index weighs leader-level events 3, minister-level 2, any other 1', () => {
  assert.equal(intensityIndex({ leader: 0, minister: 0, other: 0 }), 0);
  assert.equal(intensityIndex({ leader: 1, minister: 0, other: 0 }), 3);
  assert.equal(intensityIndex({ leader: 0, minister: 1, other: 0 }), 2);
  assert.equal(intensityIndex({ leader: 0, minister: 0, other: 1 }), 1);
  // A month with 4 leader-level, 7 minister-level and 12 other events: 12 + 14 + 12.
  assert.equal(intensityIndex({ leader: 4, minister: 7, other: 12 }), 38);

  // Stored levels: 3 leader, 2 minister, 1 official, 0 unnamed. Named levels are counted; the rest of the total is unnamed.
  const rows: MonthLevelRow[] = [
    { month: '2024-01', level: 3, events: 4 },
    { month: '2024-01', level: 2, events: 7 },
    { month: '2024-01', level: 1, events: 5 },
    { month: '2024-03', level: 1, events: 1 },
  ];
  assert.deepEqual(engagementOf(rows, 26), { leader: 4, minister: 7, official: 6, unnamed: 9 });
  // January: 23 events, of which 4 leader- and 7 minister-level, 12 other (official and unnamed alike).
  const totals = new Map([['2024-01', 23], ['2024-03', 3]]);
  assert.deepEqual(intensityByMonth(rows, totals, ['2024-01', '2024-02', '2024-03']), [
    { month: '2024-01', leader: 4, minister: 7, other: 12, index: 38 },
    { month: '2024-02', leader: 0, minister: 0, other: 0, index: 0 },
    { month: '2024-03', leader: 0, minister: 0, other: 3, index: 3 },
  ]);
});

const levels = (db: import('better-sqlite3').Database) =>
  Object.fromEntries((db.prepare('SELECT id, level FROM events ORDER BY id').all() as Array<{ id: number; level: number }>).map((r) => [KEYS[r.id - 1]!, LEVEL_NAMES[r.level]!])) as Record<Key, string>;

test("an event's level is the highest office its officials hold on its date", async () => {
  const s = await dashboardStore('engagement-levels');
  assert.deepEqual(levels(s.db), {
    e1: 'official',
    // A minister and an official: the minister counts.
    e2: 'minister',
    // minister-us's office ended on 1 February (date_to is the successor's first day).
    e3: 'unnamed',
    e4: 'minister',
    // switch-jp was a minister on 14 March and the leader from 15 March.
    e5: 'minister',
    e6: 'leader',
    // Named, but holding no office.
    e7: 'unnamed',
    e8: 'leader',
    e9: 'leader',
    e10: 'unnamed',
    e11: 'minister',
    e12: 'unnamed',
    e13: 'unnamed',
    e14: 'unnamed',
    e15: 'unnamed',
    e16: 'unnamed',
  });
  s.db.close();
});

test('levels follow officials linked and unlinked, offices added, changed and removed, and dates changed', async () => {
  const s = await dashboardStore('engagement-triggers');
  const { db } = s;
  const level = (key: Key) => levels(db)[key];

  // Linking a leader to e3; unlinking brings it back.
  db.prepare("INSERT INTO event_people (event_id, person_id) VALUES (3, 'test-leader-jp')").run();
  assert.equal(level('e3'), 'leader');
  db.prepare("DELETE FROM event_people WHERE event_id = 3 AND person_id = 'test-leader-jp'").run();
  assert.equal(level('e3'), 'unnamed');

  // minister-us's office extended to 1 March: e3 (1 February) is now minister-level; e11 stays.
  db.prepare("UPDATE person_roles SET date_to = '2023-03-01' WHERE person_id = 'test-minister-us'").run();
  assert.equal(level('e3'), 'minister');
  // An office for the person with none: e7 becomes official-level.
  db.prepare("INSERT INTO person_roles (person_id, title, level, date_from, date_to) VALUES ('test-nobody', 'Envoy', 'official', '2023-03-01', NULL)").run();
  assert.equal(level('e7'), 'official');
  // switch-jp's leader office removed: e6 (15 March) drops to unnamed, e5 (14 March, the minister office) does not move.
  db.prepare("DELETE FROM person_roles WHERE person_id = 'test-switch-jp' AND level = 'leader'").run();
  assert.deepEqual([level('e5'), level('e6')], ['minister', 'unnamed']);

  // An event moved to another date is judged on the new one: e5 to 10 January (switch-jp a minister already), then to 2022 (no office).
  db.prepare("UPDATE events SET date_start = '2023-01-10' WHERE id = 5").run();
  assert.equal(level('e5'), 'minister');
  db.prepare("UPDATE events SET date_start = '2022-12-01' WHERE id = 5").run();
  assert.equal(level('e5'), 'unnamed');

  // A person moved from one event to another (an UPDATE of event_people) recomputes both.
  db.prepare("UPDATE event_people SET event_id = 16 WHERE event_id = 8 AND person_id = 'test-leader-jp'").run();
  assert.deepEqual([level('e8'), level('e16')], ['unnamed', 'leader']);
  s.db.close();
});

test('migration 5 fills the levels of a version-4 store', async () => {
  const file = path.join(tempDir('migration-005'), 'store.sqlite');
  const v4 = await openStore(file, { migrations: migrations.slice(0, 4) });
  const db4 = v4.db;
  // A store opened with its own schema history has no reference data: people without a country.
  db4.prepare("INSERT INTO people (id, name) VALUES ('t-pm', 'A Premier'), ('t-fm', 'A Minister')").run();
  db4.prepare("INSERT INTO person_roles (person_id, title, level, date_from, date_to) VALUES ('t-pm', 'Prime Minister', 'leader', '2021-10-04', '2024-10-01'), ('t-fm', 'Foreign Minister', 'minister', '2021-11-10', '2023-09-13')").run();
  db4.prepare("INSERT INTO events (id, date_start, summary) VALUES (1, '2023-01-11', 'Both.'), (2, '2023-09-13', 'The minister on the day his office ended.'), (3, '2024-10-01', 'The premier on the day his ended.'), (4, '2023-05-01', 'Nobody named.')").run();
  db4.prepare("INSERT INTO event_people (event_id, person_id) VALUES (1, 't-pm'), (1, 't-fm'), (2, 't-fm'), (2, 't-pm'), (3, 't-pm')").run();
  db4.close();

  const store = await openStore(file);
  assert.equal(store.schemaVersion, LATEST_SCHEMA_VERSION);
  assert.deepEqual(store.db.prepare('SELECT id, level FROM events ORDER BY id').all(), [
    { id: 1, level: 3 },
    { id: 2, level: 3 },
    { id: 3, level: 0 },
    { id: 4, level: 0 },
  ]);
  assert.equal(store.db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'events_by_level'").pluck().get(), 1);
  store.db.close();
});
