import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { commitImport } from './import/commit.ts';
import { entry } from './exchange/test-support.ts';
import { mergeEvents, undoMerge } from './merge-events.ts';
import { LATEST_SCHEMA_VERSION, migrations } from './migrations/index.ts';
import { openStore } from './open-store.ts';
import { tempDir } from './test/helpers.ts';

test('a store from before merging upgrades to the latest version with its events, and its events can then be merged and unmerged', async () => {
  const file = path.join(tempDir('migration-010'), 'store.sqlite');
  const v8 = await openStore(file, { migrations: migrations.filter((m) => m.version <= 8) });
  commitImport(v8.db, { title: 'a', fileCountries: [], contentHash: 'a' }, [entry({ summary: 'Ministers meet in Tokyo.', countries: [] })]);
  commitImport(v8.db, { title: 'b', fileCountries: [], contentHash: 'b' }, [entry({ summary: 'The ministers meet in Tokyo today.', countries: [] })]);
  v8.db.close();

  const v10 = await openStore(file);
  assert.equal(v10.schemaVersion, LATEST_SCHEMA_VERSION);
  const ids = v10.db.prepare('SELECT id FROM events ORDER BY id').pluck().all() as number[];
  assert.equal(ids.length, 2);
  for (const table of ['event_merges', 'event_sources', 'duplicate_dismissals']) {
    assert.equal(v10.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), 0, table);
  }
  const { mergeId } = mergeEvents(v10.db, { keep: ids[0]!, merge: ids[1]! });
  undoMerge(v10.db, { mergeId });
  assert.deepEqual(v10.db.prepare('SELECT id FROM events ORDER BY id').pluck().all(), ids);
  assert.deepEqual(v10.db.pragma('foreign_key_check'), []);
  v10.db.close();
});
