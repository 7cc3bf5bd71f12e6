import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { APPLICATION_ID, openStore } from './open-store.ts';
import { migrations } from './migrations/index.ts';
import type { Migration } from './migrations/index.ts';
import { sha256, tempDir } from './test/helpers.ts';

test('a new store is created with WAL, foreign keys, a busy timeout and the latest schema', async () => {
  const file = path.join(tempDir(), 'nested', 'new.sqlite');
  const store = await openStore(file);
  try {
    assert.equal(store.db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(store.db.pragma('foreign_keys', { simple: true }), 1);
    assert.equal(store.db.pragma('busy_timeout', { simple: true }), 5000);
    assert.equal(store.db.pragma('user_version', { simple: true }), migrations.at(-1)!.version);
    assert.equal(store.db.pragma('application_id', { simple: true }), APPLICATION_ID);
    assert.equal(store.backupPath, null, 'nothing to back up in a new file');
  } finally {
    store.db.close();
  }
});

test('reopening a current store neither migrates nor backs up', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'store.sqlite');
  (await openStore(file)).db.close();
  const again = await openStore(file);
  again.db.close();
  assert.equal(again.backupPath, null);
  assert.equal(fs.existsSync(path.join(dir, 'backups')), false);
});

test('an existing store is backed up before it is migrated, and the backup holds the old data', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'store.sqlite');
  const v1 = await openStore(file);
  v1.db.prepare("INSERT INTO events (date_start, summary) VALUES ('2023-01-11', 'US-Japan 2+2 in Washington')").run();
  v1.db.close();

  const latest = migrations.at(-1)!.version;
  const next: Migration = {
    version: latest + 1,
    name: 'event locations',
    up: (db) => db.exec('ALTER TABLE events ADD COLUMN analyst_rating INTEGER'),
  };
  const upgraded = await openStore(file, { migrations: [...migrations, next], now: () => new Date('2026-01-02T03:04:05Z') });
  try {
    assert.equal(upgraded.schemaVersion, latest + 1);
    assert.equal(upgraded.db.pragma('user_version', { simple: true }), latest + 1);
    assert.ok(upgraded.backupPath, 'a backup was made');
    assert.equal(path.dirname(upgraded.backupPath), path.join(dir, 'backups'));
    assert.equal(path.basename(upgraded.backupPath), `store.v${latest}.2026-01-02T03-04-05-000Z.sqlite`);
    const backup = new Database(upgraded.backupPath, { readonly: true });
    assert.equal(backup.pragma('user_version', { simple: true }), latest);
    assert.deepEqual(backup.prepare('SELECT summary FROM events').pluck().all(), ['US-Japan 2+2 in Washington']);
    assert.ok(!backup.prepare('SELECT * FROM pragma_table_info(?)').all('events').some((c) => (c as { name: string }).name === 'analyst_rating'));
    backup.close();
  } finally {
    upgraded.db.close();
  }
});

test('a failing migration is rolled back and the file keeps its old version', async () => {
  const file = path.join(tempDir(), 'store.sqlite');
  (await openStore(file)).db.close();
  const latest = migrations.at(-1)!.version;
  const broken: Migration = {
    version: latest + 1,
    name: 'broken',
    up: (db) => {
      db.exec('CREATE TABLE half_done (x)');
      db.exec('THIS IS NOT SQL');
    },
  };
  await assert.rejects(openStore(file, { migrations: [...migrations, broken] }), (e: Error & { code?: string }) => {
    assert.equal(e.code, 'MIGRATION_FAILED');
    assert.match(e.message, new RegExp(`version ${latest + 1} \\(broken\\) failed and was rolled back`));
    return true;
  });
  const db = new Database(file, { readonly: true });
  assert.equal(db.pragma('user_version', { simple: true }), latest);
  assert.equal(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'").pluck().get(), 0);
  db.close();
});

test('a store from a newer version is refused and left byte-for-byte unchanged', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'future.sqlite');
  const store = await openStore(file);
  store.db.pragma('user_version = 999');
  store.db.pragma('journal_mode = DELETE');
  store.db.close();
  const before = sha256(file);
  const listing = fs.readdirSync(dir).sort();

  await assert.rejects(openStore(file), (e: Error & { code?: string }) => {
    assert.equal(e.code, 'NEWER_SCHEMA');
    assert.match(e.message, /newer version of Briefing Book \(store version 999/);
    assert.match(e.message, /left untouched/);
    return true;
  });
  assert.equal(sha256(file), before);
  assert.deepEqual(fs.readdirSync(dir).sort(), listing, 'no backup, journal or WAL files appeared');
});

test('a file that is not SQLite gets a clear error and is not touched', async () => {
  const file = path.join(tempDir(), 'notes.sqlite');
  fs.writeFileSync(file, 'Jan. 11, 2023: this is a text file, not a database\n');
  const before = sha256(file);
  await assert.rejects(openStore(file), (e: Error & { code?: string }) => {
    assert.equal(e.code, 'NOT_SQLITE');
    assert.match(e.message, /is not a Briefing Book store \(it is not an SQLite database\)/);
    return true;
  });
  assert.equal(sha256(file), before);
});

test('a truncated SQLite file gets a clear error', async () => {
  const dir = tempDir();
  const good = path.join(dir, 'good.sqlite');
  (await openStore(good)).db.close();
  const truncated = path.join(dir, 'truncated.sqlite');
  fs.writeFileSync(truncated, fs.readFileSync(good).subarray(0, 60));
  await assert.rejects(openStore(truncated), (e: Error & { code?: string }) => ['NOT_SQLITE'].includes(e.code!));
});

test("another application's SQLite database is refused and not touched", async () => {
  const file = path.join(tempDir(), 'other.sqlite');
  const other = new Database(file);
  other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)');
  other.close();
  const before = sha256(file);
  await assert.rejects(openStore(file), (e: Error & { code?: string }) => e.code === 'NOT_BRIEFING_STORE');
  assert.equal(sha256(file), before);
});

test('an empty (zero-byte) file becomes a new store, as SQLite treats it', async () => {
  const file = path.join(tempDir(), 'empty.sqlite');
  fs.writeFileSync(file, '');
  const store = await openStore(file);
  assert.equal(store.schemaVersion, migrations.at(-1)!.version);
  store.db.close();
});

test('a path that cannot be created gets a clear error', async () => {
  const dir = tempDir();
  const blocker = path.join(dir, 'a-file');
  fs.writeFileSync(blocker, 'x');
  await assert.rejects(openStore(path.join(blocker, 'store.sqlite')), (e: Error & { code?: string }) => {
    assert.equal(e.code, 'CANNOT_OPEN');
    assert.match(e.message, /Cannot (open|read) the store at/);
    return true;
  });
});

test('a version-1 store upgrades to the event model with its events intact and searchable', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'store.sqlite');
  const v1 = await openStore(file, { migrations: migrations.slice(0, 1) });
  v1.db.prepare("INSERT INTO events (date_start, summary) VALUES ('2023-03-16', 'Kishida and Yoon hold a summit in Tokyo')").run();
  v1.db.close();

  const store = await openStore(file);
  try {
    assert.ok(store.backupPath, 'the version-1 file was backed up first');
    const row = store.db.prepare('SELECT type, category, precision, warnings FROM events').get();
    assert.deepEqual(row, { type: 'other', category: 'other', precision: 'day', warnings: '[]' });
    const hits = store.db.prepare("SELECT rowid FROM events_fts WHERE events_fts MATCH 'summit'").pluck().all();
    assert.deepEqual(hits, [1]);
    assert.deepEqual(store.db.pragma('foreign_key_check'), []);
  } finally {
    store.db.close();
  }
});
