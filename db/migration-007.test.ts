import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { listActivity } from './activity.ts';
import { migrations } from './migrations/index.ts';
import { openStore } from './open-store.ts';
import { tempDir } from './test/helpers.ts';

test('a version-6 activity log upgrades to 7: every entry kept with its id, event edits under their own kind', async () => {
  const file = path.join(tempDir('migration-007'), 'store.sqlite');
  const v6 = await openStore(file, { migrations: migrations.slice(0, 6) });
  const insert = v6.db.prepare('INSERT INTO activity (id, at, author, kind, action, event_id, note_id) VALUES (?, ?, ?, ?, ?, ?, ?)');
  insert.run(1, '2023-05-01T09:00:00.000Z', 'Analyst', 'note', 'wrote a note', 1, 10);
  insert.run(2, '2023-05-01T10:00:00.000Z', 'Analyst', 'note', 'edited the event: summary', 1, null);
  insert.run(3, '2023-05-01T11:00:00.000Z', 'K. Tanaka', 'briefing', 'created the briefing “Q1”', null, null);
  insert.run(4, '2023-05-01T12:00:00.000Z', 'Analyst', 'note', 'deleted the event Jan. 11, 2023: “Ministers meet.”', 1, null);
  v6.db.close();

  const v7 = await openStore(file, { migrations: migrations.slice(0, 7) });
  assert.equal(v7.schemaVersion, 7);
  const rows = v7.db.prepare('SELECT id, kind, action FROM activity ORDER BY id').all() as Array<{ id: number; kind: string; action: string }>;
  assert.deepEqual(
    rows.map((r) => [r.id, r.kind]),
    [
      [1, 'note'],
      [2, 'event'],
      [3, 'briefing'],
      [4, 'event'],
    ],
  );
  assert.deepEqual(
    listActivity(v7.db, { kinds: ['event'], limit: 10 }).map((a) => a.action),
    ['deleted the event Jan. 11, 2023: “Ministers meet.”', 'edited the event: summary'],
  );
  // The constraint still refuses a kind it does not know.
  assert.throws(() => v7.db.prepare("INSERT INTO activity (author, kind, action) VALUES ('x', 'nonsense', 'x')").run(), /CHECK constraint failed/);
  assert.equal(v7.db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'activity'").pluck().get(), 2);
  v7.db.close();
});
