import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import type { Result } from '../contract/result.ts';
import { listBackups } from '../db/backups.ts';
import { StoreClient } from '../db/store-client.ts';
import { sha256, tempDir, workerFile } from '../db/test/helpers.ts';
import { restoreFromBackup, type RestoreDeps, type StoreConnections } from './backup-restore.ts';
import { startService, type Service } from './service.ts';

const ORIGIN = 'app://briefing';
const fromApp = { url: `${ORIGIN}/index.html`, isMainFrame: true };

interface Harness {
  service: Service;
  dir: string;
  emitted: Array<[string, unknown]>;
  dialogs: { backupFile: string | null; restoreFile: string | null };
  call<T>(channel: string, payload?: unknown): Promise<T>;
  fail(channel: string, payload?: unknown): Promise<string>;
  total(): Promise<number>;
}

async function harness(): Promise<Harness> {
  const dir = tempDir('restore');
  const emitted: Array<[string, unknown]> = [];
  const dialogs = { backupFile: null as string | null, restoreFile: null as string | null };
  const service = await startService({
    storePath: path.join(dir, 'briefing-book.sqlite'),
    workerFile,
    ports: {
      openExternal: async () => {},
      emit: (event, payload) => void emitted.push([event, payload]),
      chooseImportFile: async () => null,
      chooseExportFile: async () => null,
      chooseBackupFile: async () => dialogs.backupFile,
      chooseRestoreFile: async () => dialogs.restoreFile,
      choosePdfFile: async () => null,
      renderSheetPdf: () => Promise.reject(new Error('nothing is printed in this test')),
    },
    assetsDir: path.join(import.meta.dirname, '..', 'assets'),
    identity: { name: 'Briefing Book', version: '0', shell: 'chromium-harness' },
    trustedOrigin: ORIGIN,
    log: () => {},
  });
  const dispatch = (channel: string, payload?: unknown) => service.dispatch(channel, payload, fromApp);
  const h: Harness = {
    service,
    dir,
    emitted,
    dialogs,
    call: async <T,>(channel: string, payload?: unknown) => {
      const r = (await dispatch(channel, payload)) as Result<T>;
      if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
      return r.value;
    },
    fail: async (channel, payload) => {
      const r = await dispatch(channel, payload);
      assert.equal(r.ok, false, `${channel} should have failed`);
      return (r as Extract<Result<unknown>, { ok: false }>).error.message;
    },
    // Counted on the reader connection, so a restore must have replaced that one too.
    total: async () => (await h.call<{ total: number }>('events:count', { filter: {} })).total,
  };
  return h;
}

const addEvent = (h: Harness, summary: string) => h.call('events:add', { events: [{ dateStart: '2023-01-11', summary }] });
const countIn = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM events').pluck().get();
  } finally {
    db.close();
  }
};

test('back up, change, restore: the change is gone, the store before the restore is kept, the page is told', async () => {
  const h = await harness();
  try {
    await addEvent(h, 'US-Japan 2+2 in Washington');
    h.dialogs.backupFile = path.join(h.dir, 'chosen', 'before-the-change.sqlite');
    const made = await h.call<{ cancelled: false; backup: { file: string; kind: string } }>('backup:now');
    assert.equal(made.backup.file, h.dialogs.backupFile);
    assert.equal(countIn(made.backup.file), 1);

    await addEvent(h, 'an event added after the backup');
    assert.equal(await h.total(), 2);

    h.dialogs.restoreFile = made.backup.file;
    const restored = await h.call<{ restoredFrom: string; safetyBackup: { file: string; kind: string } }>('backup:restore');
    assert.equal(restored.restoredFrom, made.backup.file);
    assert.equal(restored.safetyBackup.kind, 'before-restore');
    assert.equal(countIn(restored.safetyBackup.file), 2, 'the store as it was before the restore is kept');
    assert.deepEqual(h.emitted.filter(([e]) => e === 'store-replaced'), [['store-replaced', { restoredFrom: made.backup.file }]]);

    assert.equal(await h.total(), 1);
    await addEvent(h, 'the restored store takes writes');
    assert.equal(await h.total(), 2);
    const status = await h.call<{ backups: Array<{ kind: string }> }>('backup:status');
    assert.deepEqual(
      status.backups.map((b) => b.kind),
      ['before-restore'],
    );
    assert.equal(fs.existsSync(`${h.service.store.path}.restoring`), false);
  } finally {
    await h.service.close();
  }
});

test('restoring a file that is not a store is refused with its reason, and the store is untouched', async () => {
  const h = await harness();
  try {
    await addEvent(h, 'one');
    const text = path.join(h.dir, 'chronology.txt');
    fs.writeFileSync(text, 'Jan. 11, 2023: US-Japan 2+2 in Washington\n');
    h.dialogs.restoreFile = text;
    assert.match(await h.fail('backup:restore'), /is not a Briefing Book store: it is not an SQLite database/);
    h.dialogs.restoreFile = h.service.store.path;
    assert.match(await h.fail('backup:restore'), /is the store itself/);
    assert.equal(await h.total(), 1);
    assert.deepEqual(listBackups(path.join(h.dir, 'backups')), [], 'no safety backup for a refused file');
    assert.equal(h.emitted.some(([e]) => e === 'store-replaced'), false);
    h.dialogs.restoreFile = null;
    assert.deepEqual(await h.call('backup:restore'), { cancelled: true });
  } finally {
    await h.service.close();
  }
});

/** Connections managed by hand, to make a restore fail at a chosen step. */
async function manualDeps(storePath: string, overrides: Partial<RestoreDeps> = {}) {
  const open = async (): Promise<StoreConnections> => {
    const store = await StoreClient.open({ storePath, workerFile });
    return { store, reader: await StoreClient.open({ storePath, workerFile, readOnly: true }) };
  };
  let current = await open();
  const deps: RestoreDeps = {
    current: () => current,
    open,
    install: (c) => void (current = c),
    emit: () => {},
    ...overrides,
  };
  return { deps, current: () => current };
}

test('if the file cannot be put in place, the original store is reopened unchanged', async () => {
  const dir = tempDir('restore-fail');
  const storePath = path.join(dir, 'briefing-book.sqlite');
  const { deps, current } = await manualDeps(storePath, {
    replaceFile: () => {
      throw new Error('EACCES: permission denied');
    },
  });
  await current().store.call('addEvents', { events: [{ dateStart: '2023-01-11', summary: 'kept' }] });
  const backup = path.join(dir, 'backup.sqlite');
  await current().store.call('backupNow', { file: backup });
  await current().store.call('addEvents', { events: [{ dateStart: '2023-01-12', summary: 'also kept' }] });
  try {
    await assert.rejects(restoreFromBackup(backup, deps), /Could not put .* in place of the store: EACCES.*The store was not changed/);
    assert.equal((await current().store.call('listEvents', { offset: 0, limit: 10 })).total, 2);
    assert.equal(fs.existsSync(`${storePath}.restoring`), false);
  } finally {
    await current().reader.close();
    await current().store.close();
  }
});

test('if the restored file will not open, the store as it was is put back from the safety backup', async () => {
  const dir = tempDir('restore-fail');
  const storePath = path.join(dir, 'briefing-book.sqlite');
  let opens = 0;
  const { deps, current } = await manualDeps(storePath);
  const realOpen = deps.open;
  deps.open = async () => {
    if (opens++ === 0) throw new Error('the update to this version failed');
    return realOpen();
  };
  await current().store.call('addEvents', { events: [{ dateStart: '2023-01-11', summary: 'one' }] });
  const backup = path.join(dir, 'backup.sqlite');
  await current().store.call('backupNow', { file: backup });
  await current().store.call('addEvents', { events: [{ dateStart: '2023-01-12', summary: 'two' }] });
  const backupHash = sha256(backup);
  try {
    await assert.rejects(restoreFromBackup(backup, deps), /could not be opened after it was copied in \(the update to this version failed\), so the store as it was before has been put back/);
    assert.equal((await current().store.call('listEvents', { offset: 0, limit: 10 })).total, 2);
    assert.equal(sha256(backup), backupHash, 'the chosen backup itself is never changed');
  } finally {
    await current().reader.close();
    await current().store.close();
  }
});

test('the quit backup gives up after its timeout instead of holding the app open', async () => {
  const h = await harness();
  try {
    await addEvent(h, 'one');
    const made = await h.service.backupOnQuit(10_000);
    assert.equal(made?.kind, 'auto');
    assert.equal(await h.service.backupOnQuit(10_000), null, 'nothing changed since');
    await addEvent(h, 'two');
    // A zero timeout loses the race; the backup still finishes in the worker before it closes.
    assert.equal(await h.service.backupOnQuit(0), null);
  } finally {
    await h.service.close(5_000);
  }
});

test('a restore may name a listed backup (browser mode has no open dialog); any other path is refused and nothing changes', async () => {
  const h = await harness();
  try {
    await addEvent(h, 'before the backup');
    h.dialogs.backupFile = (await h.service.store.call('suggestBackupFile', {})).file;
    const made = await h.call<{ cancelled: false; backup: { file: string } }>('backup:now');
    await addEvent(h, 'after the backup');

    const elsewhere = path.join(h.dir, 'copy.sqlite');
    fs.copyFileSync(made.backup.file, elsewhere);
    assert.match(await h.fail('backup:restore', { file: elsewhere }), /not in the backups folder/);
    assert.match(await h.fail('backup:restore', { file: h.service.store.path }), /not in the backups folder/);
    assert.equal(await h.total(), 2);

    h.dialogs.restoreFile = elsewhere;
    const restored = await h.call<{ restoredFrom: string }>('backup:restore', { file: made.backup.file });
    assert.equal(restored.restoredFrom, made.backup.file, 'the named backup, not what the dialog would have returned');
    assert.equal(await h.total(), 1);
  } finally {
    await h.service.close();
  }
});
