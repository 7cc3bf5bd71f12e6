import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../test/helpers.ts';
import { exportEvents } from './export-events.ts';
import { readEventsCsv } from './read-csv.ts';
import { readEventsJson } from './read-json.ts';
import { knownIds, type ExchangeRow } from './schema.ts';
import { commitEntries, entry, freshStore } from './test-support.ts';
import { csvChunks, writeEventsCsvFile } from './write-csv.ts';
import { jsonChunks, writeEventsJsonFile } from './write-json.ts';
import { writeChunksToFile } from './write-file.ts';

const COUNT = 5_432;

async function bigStore() {
  const db = await freshStore('exchange-big');
  const day = (i: number) => new Date(Date.UTC(2000, 0, 1) + (i % 9000) * 86_400_000).toISOString().slice(0, 10);
  commitEntries(db, Array.from({ length: COUNT }, (_, i) => entry({ dateStart: day(i), summary: `Round ${i} of talks, "quoted" and =formula-like.`, sourceLine: i + 1 })));
  return db;
}

function* counted(rows: Iterable<ExchangeRow>, seen: { n: number }) {
  for (const row of rows) {
    seen.n++;
    yield row;
  }
}

test('exports stream to a file in chunks and read back whole', async () => {
  const db = await bigStore();
  const dir = tempDir('exchange-files');
  const csvFile = path.join(dir, 'events.csv');
  const jsonFile = path.join(dir, 'events.json');
  assert.equal(writeEventsCsvFile(csvFile, exportEvents(db), db.name).bytes, fs.statSync(csvFile).size);
  assert.equal(writeEventsJsonFile(jsonFile, exportEvents(db), db.name).bytes, fs.statSync(jsonFile).size);
  assert.deepEqual(fs.readdirSync(dir).sort(), ['events.csv', 'events.json']);

  const known = knownIds(db);
  const fromCsv = readEventsCsv(fs.readFileSync(csvFile, 'utf8'), { known });
  const fromJson = readEventsJson(fs.readFileSync(jsonFile, 'utf8'), { known });
  for (const read of [fromCsv, fromJson]) {
    assert.deepEqual(read.problems, []);
    assert.equal(read.entries.length, COUNT);
  }
  assert.deepEqual(fromCsv.entries, fromJson.entries);
});

test('a chunk holds at most 1,000 events, and rows are read from the store only as chunks are taken', async () => {
  const db = await bigStore();
  for (const chunks of [csvChunks, jsonChunks]) {
    const seen = { n: 0 };
    const it = chunks(counted(exportEvents(db), seen));
    it.next();
    it.next();
    assert.equal(seen.n, 1000);
    it.return();
    const all = [...chunks(exportEvents(db))];
    // The header chunk, then one per 1,000 events (JSON closes the array in the last).
    assert.equal(all.length, 1 + Math.ceil(COUNT / 1000));
  }
  // Closing the generator early frees the connection for writes.
  const rows = exportEvents(db);
  rows.next();
  rows.return();
  commitEntries(db, [entry({ summary: 'Written after an abandoned export.' })], 'after');
});

test('a failed export leaves the previous file untouched and no partial file behind', () => {
  const dir = tempDir('exchange-fail');
  const file = path.join(dir, 'events.csv');
  fs.writeFileSync(file, 'previous export');
  function* failing() {
    yield 'x'.repeat(2 << 20);
    throw new Error('disk on fire');
  }
  assert.throws(() => writeChunksToFile(file, failing(), path.join(dir, 'store.sqlite')), /disk on fire/);
  assert.equal(fs.readFileSync(file, 'utf8'), 'previous export');
  assert.deepEqual(fs.readdirSync(dir), ['events.csv']);
});
