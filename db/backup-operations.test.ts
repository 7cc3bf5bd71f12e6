import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { listBackups } from './backups.ts';
import { StoreClient } from './store-client.ts';
import { tempDir, workerFile } from './test/helpers.ts';

async function openClient(dir: string) {
  return StoreClient.open({ storePath: path.join(dir, 'briefing-book.sqlite'), workerFile });
}
const addEvent = (client: StoreClient, summary: string) => client.call('addEvents', { events: [{ dateStart: '2023-01-11', summary }] });
const eventCount = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM events').pluck().get();
  } finally {
    db.close();
  }
};

test('the quit backup runs only when something was written since the last backup, across restarts', async () => {
  const dir = tempDir('auto');
  let client = await openClient(dir);
  try {
    assert.equal(await client.call('autoBackup', { reason: 'quit' }), null, 'a new, empty store has nothing to back up');
    await addEvent(client, 'US-Japan 2+2 in Washington');
    const first = await client.call('autoBackup', { reason: 'quit', now: '2026-12-05T22:50:08Z' });
    assert.equal(first?.kind, 'auto');
    assert.equal(eventCount(first!.file), 1);
    assert.equal(await client.call('autoBackup', { reason: 'quit' }), null, 'nothing changed since');
    // Reads change nothing.
    await client.call('listEvents', { offset: 0, limit: 10 });
    assert.equal(await client.call('autoBackup', { reason: 'quit' }), null);

    // A write, then the app dies before its quit backup: the next session still knows.
    await addEvent(client, 'Kishida visits the White House');
  } finally {
    await client.close();
  }
  client = await openClient(dir);
  try {
    const second = await client.call('autoBackup', { reason: 'quit', now: '2026-12-06T08:00:00Z' });
    assert.equal(eventCount(second!.file), 2);
  } finally {
    await client.close();
  }
});

test('the daily backup waits 24 hours after the last automatic one and needs a change', async () => {
  const dir = tempDir('auto');
  const client = await openClient(dir);
  try {
    await addEvent(client, 'one');
    assert.ok(await client.call('autoBackup', { reason: 'daily', now: '2026-12-05T08:00:00Z' }), 'no automatic backup yet');
    await addEvent(client, 'two');
    assert.equal(await client.call('autoBackup', { reason: 'daily', now: '2026-12-06T07:59:00Z' }), null, 'less than a day later');
    assert.ok(await client.call('autoBackup', { reason: 'daily', now: '2026-12-06T08:00:00Z' }));
    assert.equal(await client.call('autoBackup', { reason: 'daily', now: '2026-12-08T08:00:00Z' }), null, 'a day later, but nothing changed');
  } finally {
    await client.close();
  }
});

test('automatic backups are rotated to the number in the preferences; manual ones stay', async () => {
  const dir = tempDir('auto');
  const client = await openClient(dir);
  try {
    await client.call('savePreferences', { preferences: { keepBackups: 3 } });
    const manual = await client.call('backupNow', { now: '2026-11-30T08:00:00Z' });
    assert.equal(manual.backup.kind, 'manual');
    assert.equal(manual.warning, null);
    for (let day = 1; day <= 5; day++) {
      await addEvent(client, `day ${day}`);
      await client.call('autoBackup', { reason: 'quit', now: `2026-12-0${day}T08:00:00Z` });
    }
    const status = await client.call('backupStatus', undefined as never);
    assert.equal(status.folder, path.join(dir, 'backups'));
    assert.deepEqual(
      status.backups.map((b) => `${b.kind} ${b.at.slice(0, 10)}`),
      ['auto 2026-12-05', 'auto 2026-12-04', 'auto 2026-12-03', 'manual 2026-11-30'],
    );
    assert.equal(status.lastBackupAt, '2026-12-05T08:00:00.000Z');
  } finally {
    await client.close();
  }
});

test('back up now writes to the chosen file, never over the store itself', async () => {
  const dir = tempDir('manual');
  const client = await openClient(dir);
  try {
    await addEvent(client, 'one');
    const target = path.join(dir, 'elsewhere', 'my copy.sqlite');
    const { backup } = await client.call('backupNow', { file: target });
    assert.deepEqual({ file: backup.file, kind: backup.kind }, { file: target, kind: 'manual' });
    assert.equal(eventCount(target), 1);
    assert.deepEqual(fs.readdirSync(path.dirname(target)), ['my copy.sqlite']);
    await assert.rejects(client.call('backupNow', { file: client.path }), (e: Error & { code?: string }) => e.code === 'INVALID_INPUT' && /the store itself/.test(e.message));
    // A manual backup counts as the last backup: quitting now has nothing new to save.
    assert.equal(await client.call('autoBackup', { reason: 'quit' }), null);
    assert.deepEqual(listBackups(path.join(dir, 'backups')), []);
  } finally {
    await client.close();
  }
});

test('operations still run one at a time, in order, around an asynchronous backup', async () => {
  const dir = tempDir('order');
  const client = await openClient(dir);
  try {
    await addEvent(client, 'before');
    const backup = client.call('backupNow', {});
    const added = addEvent(client, 'after');
    const { backup: info } = await backup;
    await added;
    assert.equal(eventCount(info.file), 1, 'the write sent after the backup is not in it');
    assert.equal((await client.call('listEvents', { offset: 0, limit: 10 })).total, 2);
  } finally {
    await client.close();
  }
});
