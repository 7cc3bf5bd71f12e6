import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { backupStore, checkRestoreCandidate, copyCandidate, listBackups, rotateAutoBackups, syncedFolderWarning } from './backups.ts';
import { APPLICATION_ID, openStore } from './open-store.ts';
import { sha256, tempDir } from './test/helpers.ts';

const at = (iso: string) => new Date(iso);
const summaries = (file: string) => {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT summary FROM events ORDER BY id').pluck().all();
  } finally {
    db.close();
  }
};

async function storeWithEvents(dir: string, ...events: string[]) {
  const store = await openStore(path.join(dir, 'briefing-book.sqlite'));
  const insert = store.db.prepare("INSERT INTO events (date_start, summary) VALUES ('2023-01-11', ?)");
  for (const e of events) insert.run(e);
  return store;
}

test('a backup is a complete, self-contained copy with the same rows, named after the store, the time and its kind', async () => {
  const dir = tempDir('backup');
  const store = await storeWithEvents(dir, 'US-Japan 2+2 in Washington', 'Kishida visits the White House');
  const folder = path.join(dir, 'backups');
  try {
    const info = await backupStore(store.db, folder, 'auto', at('2026-12-05T22:50:08.123Z'));
    assert.equal(path.basename(info.file), 'briefing-book-2026-12-05T22-50-08Z.auto.sqlite');
    assert.deepEqual({ kind: info.kind, at: info.at }, { kind: 'auto', at: '2026-12-05T22:50:08.000Z' });
    assert.equal(info.bytes, fs.statSync(info.file).size);
    assert.deepEqual(summaries(info.file), ['US-Japan 2+2 in Washington', 'Kishida visits the White House']);
    // One file: no -wal or -shm beside it, before or after reading it, and no temp file left.
    assert.deepEqual(fs.readdirSync(folder), [path.basename(info.file)]);
    const copy = new Database(info.file, { readonly: true });
    assert.equal(copy.pragma('journal_mode', { simple: true }), 'delete');
    assert.equal(copy.pragma('application_id', { simple: true }), APPLICATION_ID);
    copy.close();
    assert.deepEqual(listBackups(folder), [info]);
  } finally {
    store.db.close();
  }
});

test('two backups in the same second get distinct names; both are listed, newest first', async () => {
  const dir = tempDir('backup');
  const store = await storeWithEvents(dir, 'one');
  const folder = path.join(dir, 'backups');
  try {
    const first = await backupStore(store.db, folder, 'manual', at('2026-12-05T22:50:08Z'));
    const second = await backupStore(store.db, folder, 'manual', at('2026-12-05T22:50:08.900Z'));
    assert.equal(path.basename(second.file), 'briefing-book-2026-12-05T22-50-08Z-2.manual.sqlite');
    assert.deepEqual(
      listBackups(folder).map((b) => b.file),
      [second.file, first.file],
    );
  } finally {
    store.db.close();
  }
});

test('rotation keeps the newest N automatic backups and never removes manual, before-restore or before-update ones', async () => {
  const dir = tempDir('backup');
  const store = await storeWithEvents(dir, 'one');
  const folder = path.join(dir, 'backups');
  try {
    const autos = [];
    for (let day = 1; day <= 5; day++) autos.push(await backupStore(store.db, folder, 'auto', at(`2026-12-0${day}T08:00:00Z`)));
    const manual = await backupStore(store.db, folder, 'manual', at('2026-11-01T08:00:00Z'));
    const safety = await backupStore(store.db, folder, 'before-restore', at('2026-11-02T08:00:00Z'));
    // A pre-migration copy as open-store.ts names it.
    const preUpdate = path.join(folder, 'briefing-book.v3.2026-10-01T08-00-00-000Z.sqlite');
    fs.copyFileSync(manual.file, preUpdate);
    // Another store's automatic backups in the same folder are not this store's to rotate.
    const other = path.join(folder, 'other-store-2026-09-01T08-00-00Z.auto.sqlite');
    fs.copyFileSync(manual.file, other);

    const removed = rotateAutoBackups(folder, 'briefing-book', 3);
    assert.deepEqual(removed.sort(), [autos[0]!.file, autos[1]!.file].sort());
    const kept = listBackups(folder, 'briefing-book');
    assert.deepEqual(
      kept.filter((b) => b.kind === 'auto').map((b) => b.file),
      [autos[4]!.file, autos[3]!.file, autos[2]!.file],
    );
    assert.ok(kept.some((b) => b.file === manual.file));
    assert.ok(kept.some((b) => b.file === safety.file && b.kind === 'before-restore'));
    assert.ok(kept.some((b) => b.file === preUpdate && b.kind === 'before-update' && b.at === '2026-10-01T08:00:00.000Z'));
    assert.ok(fs.existsSync(other));
  } finally {
    store.db.close();
  }
});

test('a temp file a killed backup left behind is never listed, and the next backup removes it once stale', async () => {
  const dir = tempDir('backup');
  const store = await storeWithEvents(dir, 'one');
  const folder = path.join(dir, 'backups');
  fs.mkdirSync(folder);
  const leftover = path.join(folder, 'briefing-book-2026-12-05T22-50-08Z.auto.sqlite.partial');
  fs.writeFileSync(leftover, 'SQLite format 3\0 half of a page');
  const journal = `${leftover}-journal`;
  fs.writeFileSync(journal, '');
  try {
    assert.deepEqual(listBackups(folder), []);
    const old = new Date('2026-12-05T22:50:08Z');
    fs.utimesSync(leftover, old, old);
    fs.utimesSync(journal, old, old);
    await backupStore(store.db, folder, 'auto', at('2026-12-06T08:00:00Z'));
    assert.equal(fs.existsSync(leftover), false);
    assert.equal(fs.existsSync(journal), false);
    assert.equal(listBackups(folder).length, 1);
  } finally {
    store.db.close();
  }
});

test('a backup is accepted for restore; copying it leaves nothing beside it', async () => {
  const dir = tempDir('backup');
  const store = await storeWithEvents(dir, 'one');
  const info = await backupStore(store.db, path.join(dir, 'backups'), 'manual', new Date());
  store.db.close();
  const before = sha256(info.file);
  assert.equal(checkRestoreCandidate(info.file).schemaVersion, store.schemaVersion);
  // The live store itself (WAL mode, closed: no -wal file) is accepted too, and not touched.
  assert.equal(checkRestoreCandidate(store.path).schemaVersion, store.schemaVersion);
  const staged = path.join(dir, 'staged.sqlite');
  await copyCandidate(store.path, staged);
  assert.equal(sha256(info.file), before);
  assert.deepEqual(fs.readdirSync(dir).sort(), ['backups', 'briefing-book.sqlite', 'staged.sqlite']);
  assert.deepEqual(summaries(staged), ['one']);
});

test('restore refuses anything that is not a Briefing Book store this version can open, and says why', async () => {
  const dir = tempDir('refuse');
  const refused = (file: string, code: string, message: RegExp) =>
    assert.throws(
      () => checkRestoreCandidate(file),
      (e: Error & { code?: string }) => e.code === code && message.test(e.message) && /Nothing was restored/.test(e.message),
    );

  refused(path.join(dir, 'missing.sqlite'), 'CANNOT_OPEN', /cannot be read/);

  const empty = path.join(dir, 'empty.sqlite');
  fs.writeFileSync(empty, '');
  refused(empty, 'NOT_SQLITE', /is empty \(0 bytes\), so it is not a Briefing Book store/);

  const text = path.join(dir, 'notes.sqlite');
  fs.writeFileSync(text, 'Chronology of US-Japan relations\n');
  refused(text, 'NOT_SQLITE', /not a Briefing Book store: it is not an SQLite database/);

  const foreign = path.join(dir, 'other-app.sqlite');
  const other = new Database(foreign);
  other.exec('CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES (\'someone\')');
  other.pragma('user_version = 2');
  other.close();
  refused(foreign, 'NOT_BRIEFING_STORE', /SQLite database of another application/);

  const newer = (await storeWithEvents(tempDir('newer'), 'from the future')).db;
  newer.pragma('user_version = 999');
  const newerFile = newer.name;
  newer.close();
  refused(newerFile, 'NEWER_SCHEMA', /newer version of Briefing Book \(store version 999/);

  const damaged = await damagedStore();
  refused(damaged, 'STORE_DAMAGED', /is damaged/);

  // None of them was changed or given companions.
  assert.deepEqual(fs.readdirSync(dir).sort(), ['empty.sqlite', 'notes.sqlite', 'other-app.sqlite']);
});

/** A Briefing Book store whose events table has a page overwritten with garbage. */
async function damagedStore(): Promise<string> {
  const store = await storeWithEvents(tempDir('damaged'));
  const insert = store.db.prepare("INSERT INTO events (date_start, summary) VALUES ('2023-01-11', ?)");
  store.db.transaction(() => {
    for (let i = 0; i < 2000; i++) insert.run(`event ${i} `.repeat(20));
  })();
  const root = store.db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'events'").pluck().get() as number;
  const pageSize = store.db.pragma('page_size', { simple: true }) as number;
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  store.db.close();
  const fd = fs.openSync(store.path, 'r+');
  fs.writeSync(fd, Buffer.alloc(64, 0xab), 0, 64, (root - 1) * pageSize);
  fs.closeSync(fd);
  return store.path;
}

test('backups folders inside synced folders are named with their service', () => {
  const mounts = '/dev/sda1 / ext4 rw 0 0\n';
  const warn = (folder: string) => syncedFolderWarning(folder, { platform: 'linux', mounts });
  assert.match(warn('/home/ana/Dropbox/briefing/backups')!, /synced by Dropbox/);
  assert.match(warn('/home/ana/Dropbox (Personal)/backups')!, /synced by Dropbox/);
  assert.match(warn('/home/ana/OneDrive - Contoso/backups')!, /synced by OneDrive/);
  assert.match(warn('/Users/ana/Library/Mobile Documents/com~apple~CloudDocs/backups')!, /synced by iCloud Drive/);
  assert.match(warn('/Users/ana/Library/CloudStorage/GoogleDrive-ana@example.org/My Drive/backups')!, /synced by/);
  assert.match(warn('/home/ana/Google Drive/backups')!, /synced by Google Drive/);
  assert.match(warn('/home/ana/Nextcloud/backups')!, /synced by Nextcloud/);
  assert.match(warn('/home/ana/ownCloud/backups')!, /synced by ownCloud/);
  assert.match(warn('/home/ana/pCloudDrive/backups')!, /synced by pCloud/);
  assert.match(warn('/home/ana/Box/backups')!, /synced by Box/);
  assert.match(warn('/home/ana/MEGA/backups')!, /synced by MEGA/);
  assert.match(warn('/home/ana/Syncthing/backups')!, /synced by Syncthing/);
  assert.match(warn('/run/user/1000/gvfs/smb-share:server=files,share=team/backups')!, /network share/);
  assert.equal(warn('/home/ana/.config/Briefing Book/backups'), null);
  assert.equal(warn('/home/ana/dropboxes-i-built/backups'), null);
  assert.equal(warn('/home/ana/toolbox/backups'), null);
});

test('a Syncthing folder is known by its marker file', () => {
  const root = tempDir('syncthing');
  fs.mkdirSync(path.join(root, '.stfolder'));
  assert.match(syncedFolderWarning(path.join(root, 'briefing', 'backups'), { platform: 'linux', mounts: null })!, /Syncthing/);
  assert.equal(syncedFolderWarning(tempDir('plain'), { platform: 'linux', mounts: null }), null);
});

test('network drives: the mount of the folder decides (Linux), UNC paths (Windows)', () => {
  const mounts = [
    '/dev/sda1 / ext4 rw,relatime 0 0',
    'fileserver:/export/team /mnt/team nfs4 rw,relatime,vers=4.2 0 0',
    '//nas/analysts /mnt/analysts\\040share cifs rw,vers=3.1.1 0 0',
    'ana@host:/srv /home/ana/remote fuse.sshfs rw,nosuid 0 0',
    'C:\\134 /mnt/c 9p rw,noatime,dirsync,aname=drvfs;path=C:\\;uid=1000 0 0',
    '/dev/sdb1 /mnt/team/local-cache ext4 rw 0 0',
  ].join('\n');
  const warn = (folder: string) => syncedFolderWarning(folder, { platform: 'linux', mounts });
  assert.match(warn('/mnt/team/briefing/backups')!, /network drive \(nfs4 at \/mnt\/team\)/);
  assert.match(warn('/mnt/analysts share/backups')!, /network drive \(cifs at \/mnt\/analysts share\)/);
  assert.match(warn('/home/ana/remote/backups')!, /fuse\.sshfs/);
  // The longest mount point wins: a local disk mounted inside a network share is local.
  assert.equal(warn('/mnt/team/local-cache/backups'), null);
  // WSL's Windows drives are 9p but local.
  assert.equal(warn('/mnt/c/Users/ana/backups'), null);
  assert.equal(warn('/mnt/teamwork/backups'), null);

  const win = (folder: string) => syncedFolderWarning(folder, { platform: 'win32' });
  assert.match(win('\\\\fileserver\\team\\briefing\\backups')!, /network share/);
  assert.match(win('\\\\?\\UNC\\fileserver\\team\\backups')!, /network share/);
  assert.match(win('C:\\Users\\ana\\OneDrive - Contoso\\backups')!, /OneDrive/);
  assert.equal(win('C:\\Users\\ana\\AppData\\Roaming\\Briefing Book\\backups'), null);
  assert.equal(win('\\\\?\\C:\\Users\\ana\\backups'), null);
});
