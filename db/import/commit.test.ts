import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { openStore } from '../open-store.ts';
import { tempDir } from '../test/helpers.ts';
import { commitImport, ImportCancelled, type ImportEntry, type ImportSource } from './commit.ts';

const source: ImportSource = { title: 'Test chronology', fileCountries: ['US', 'JP'], periodStart: '2023-01-01', periodEnd: '2023-04-30', contentHash: 'abc' };
const entry = (day: number, summary: string): ImportEntry => ({
  sourceLine: day,
  dateText: `Jan. ${day}, 2023`,
  dateStart: `2023-01-${String(day).padStart(2, '0')}`,
  dateEnd: null,
  precision: 'day',
  summary,
  type: 'meeting',
  category: 'diplomacy',
  location: 'Tokyo',
  countries: [{ code: 'JP', via: 'name' }],
  people: [],
  groupings: [],
  links: [{ label: 'Joint Statement', url: 'https://example.gov/', kind: 'document' }],
  warnings: [],
});

async function store() {
  const s = await openStore(path.join(tempDir('commit'), 'store.sqlite'));
  s.db.prepare("INSERT OR IGNORE INTO countries (code, alpha3, name, kind) VALUES ('JP', 'JPN', 'Japan', 'state')").run();
  return s;
}

test('an import lands whole, with participants, links and full-text rows; the same import again adds nothing', async () => {
  const { db } = await store();
  const entries = [entry(11, 'Ministers meet in Tokyo.'), entry(12, 'Officials hold talks.')];
  assert.deepEqual(commitImport(db, source, entries), { sourceId: 1, added: 2, duplicates: 0, cancelled: false });
  assert.deepEqual(commitImport(db, source, entries), { sourceId: 1, added: 0, duplicates: 2, cancelled: false });
  // Same words with different punctuation and case are the same event.
  assert.equal(commitImport(db, { ...source, contentHash: 'other' }, [entry(11, 'MINISTERS meet in Tokyo')]).duplicates, 1);
  assert.equal(db.prepare('SELECT count(*) FROM events').pluck().get(), 2);
  assert.equal(db.prepare('SELECT count(*) FROM event_countries').pluck().get(), 2);
  assert.equal(db.prepare('SELECT count(*) FROM event_links').pluck().get(), 2);
  assert.deepEqual(db.prepare("SELECT rowid FROM events_fts WHERE events_fts MATCH 'talks'").pluck().all(), [2]);
  db.close();
});

test('imported rows are indexed once, and events written later are indexed by the trigger again', async () => {
  const { db } = await store();
  commitImport(db, source, [entry(11, 'Ministers meet in Tokyo.')]);
  commitImport(db, { ...source, contentHash: 'second' }, [entry(11, 'Ministers meet in Tokyo.'), entry(14, 'Leaders hold a summit in Tokyo.')]);
  db.prepare("INSERT INTO events (date_start, summary) VALUES ('2023-02-01', 'Envoys hold a summit.')").run();
  const summit = db.prepare("SELECT rowid FROM events_fts WHERE events_fts MATCH ? ORDER BY rowid").pluck();
  assert.deepEqual(summit.all('summit'), [2, 3]);
  assert.deepEqual(summit.all('tokyo'), [1, 2]);
  assert.doesNotThrow(() => db.exec("INSERT INTO events_fts (events_fts, rank) VALUES ('integrity-check', 1)"));
  db.close();
});

test('events.participants always matches event_countries: written by the import, kept by the triggers after it', async () => {
  const { db } = await store();
  db.prepare("INSERT OR IGNORE INTO countries (code, alpha3, name, kind) VALUES ('US', 'USA', 'United States', 'state'), ('KR', 'KOR', 'South Korea', 'state')").run();
  commitImport(db, source, [{ ...entry(11, 'Ministers meet in Tokyo.'), countries: [{ code: 'US', via: 'name' }, { code: 'JP', via: 'name' }] }, entry(12, 'Officials hold talks.')]);
  const participants = db.prepare('SELECT participants FROM events ORDER BY id').pluck();
  assert.deepEqual(participants.all(), [' JP US ', ' JP ']);
  db.prepare("INSERT INTO event_countries (event_id, country_code, via) VALUES (1, 'KR', 'analyst')").run();
  db.prepare("DELETE FROM event_countries WHERE event_id = 2").run();
  assert.deepEqual(participants.all(), [' JP KR US ', ' ']);
  const mismatched = db
    .prepare(
      `SELECT count(*) FROM events e WHERE e.participants <> coalesce((SELECT ' ' || group_concat(country_code, ' ') || ' '
         FROM (SELECT country_code FROM event_countries WHERE event_id = e.id ORDER BY country_code)), ' ')`,
    )
    .pluck();
  assert.equal(mismatched.get(), 0);
  db.close();
});

test('a cancelled or failing import leaves nothing behind', async () => {
  const { db } = await store();
  const many = Array.from({ length: 30 }, (_, i) => entry(1 + (i % 28), `Round ${i} of talks.`));
  let checks = 0;
  assert.throws(() => commitImport(db, source, many, { progressEvery: 10, isCancelled: () => ++checks > 2 }), ImportCancelled);
  const bad = [...many.slice(0, 5), { ...entry(3, 'Unknown participant.'), countries: [{ code: 'ZZ', via: 'name' }] }];
  assert.throws(() => commitImport(db, source, bad), /FOREIGN KEY constraint failed/);
  assert.equal(db.prepare('SELECT count(*) FROM events').pluck().get(), 0);
  assert.equal(db.prepare('SELECT count(*) FROM sources').pluck().get(), 0);
  // The search index's trigger, set aside during an import, is back after a rollback.
  db.prepare("INSERT INTO events (date_start, summary) VALUES ('2023-02-01', 'Envoys hold a summit.')").run();
  assert.deepEqual(db.prepare("SELECT rowid FROM events_fts WHERE events_fts MATCH 'summit'").pluck().all(), [1]);
  db.close();
});
