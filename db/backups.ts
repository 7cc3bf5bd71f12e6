/**
 * Snapshots of the store and the checks a file must pass before it may replace the store.
 *
 * A snapshot is written with SQLite's online backup API to a `.partial` file, switched to
 * a self-contained single file (rollback journal, so it opens read-only without leaving
 * -wal/-shm files beside it), flushed to disk, and only then renamed to its final name.
 * A crash or kill at any point leaves at most a `.partial` file, which no listing shows and
 * the next backup removes — never a half file that looks like a backup.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database, { type Database as Db } from 'better-sqlite3';
import type { BackupInfo } from '../contract/annotations.ts';
import { StoreError } from './errors.ts';
import { LATEST_SCHEMA_VERSION } from './migrations/index.ts';
import { APPLICATION_ID } from './open-store.ts';
import { refuseLiveStoreTarget } from './store-identity.ts';

export { syncedFolderWarning } from './synced-folder.ts';

export type BackupKind = BackupInfo['kind'];
type WrittenKind = Exclude<BackupKind, 'before-update'>;

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const TEMP_SUFFIX = '.partial';
/** A `.partial` file untouched this long belongs to no running backup. */
const STALE_TEMP_MS = 10 * 60 * 1000;

/** `<store>-2026-12-05T22-50-08Z.auto.sqlite`, with `-2`, `-3` … for a second backup in the same second. */
const BACKUP_NAME = /^(?<store>.+)-(?<stamp>\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z)(?:-(?<seq>\d+))?\.(?<kind>auto|manual|before-restore)\.sqlite$/;
/** Copies open-store.ts takes before a migration: `<store>.v3.2026-12-05T22-50-08-123Z.sqlite`. */
const PRE_MIGRATION_NAME = /^(?<store>.+)\.v\d+\.(?<stamp>\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.sqlite$/;

/** The store's file name without its extension: backups are named after it. */
export function storeName(storePath: string): string {
  return path.basename(storePath, path.extname(storePath));
}

function stampOf(now: Date): string {
  return `${now.toISOString().slice(0, 19).replace(/:/g, '-')}Z`;
}

/** The file name a new backup of `kind` taken at `now` gets (before any same-second suffix). */
export function backupFileName(store: string, kind: WrittenKind, now: Date): string {
  return `${store}-${stampOf(now)}.${kind}.sqlite`;
}

interface ListedBackup extends BackupInfo {
  seq: number;
}

/** The backups of one store (or of every store) in a folder, newest first. */
export function listBackups(folder: string, store?: string): BackupInfo[] {
  return listWithOrder(folder, store).map(({ seq: _seq, ...info }) => info);
}

function listWithOrder(folder: string, store?: string): ListedBackup[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const found: ListedBackup[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed || (store !== undefined && parsed.store !== store)) continue;
    const file = path.join(folder, name);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      continue;
    }
    if (!stat.isFile()) continue;
    found.push({ file, kind: parsed.kind, at: parsed.at, bytes: stat.size, seq: parsed.seq });
  }
  return found.sort((a, b) => b.at.localeCompare(a.at) || b.seq - a.seq);
}

function parseBackupName(name: string): { store: string; kind: BackupKind; at: string; seq: number } | null {
  const current = BACKUP_NAME.exec(name)?.groups;
  if (current) {
    const stamp = current.stamp!;
    const at = new Date(`${stamp.slice(0, 10)}T${stamp.slice(11, 19).replace(/-/g, ':')}Z`);
    if (Number.isNaN(at.getTime())) return null;
    return { store: current.store!, kind: current.kind as BackupKind, at: at.toISOString(), seq: Number(current.seq ?? 1) };
  }
  const old = PRE_MIGRATION_NAME.exec(name)?.groups;
  if (old) {
    const stamp = old.stamp!;
    const at = new Date(`${stamp.slice(0, 10)}T${stamp.slice(11, 19).replace(/-/g, ':')}.${stamp.slice(20, 23)}Z`);
    if (Number.isNaN(at.getTime())) return null;
    return { store: old.store!, kind: 'before-update', at: at.toISOString(), seq: 1 };
  }
  return null;
}

/** Takes a snapshot of the open store into `folder`, named after the store, the time and its kind. */
export async function backupStore(db: Db, folder: string, kind: WrittenKind, now: Date): Promise<BackupInfo> {
  try {
    fs.mkdirSync(folder, { recursive: true });
  } catch (e) {
    throw new StoreError('BACKUP_FAILED', `Could not create the backups folder ${folder}: ${(e as Error).message}`, { cause: e });
  }
  removeStaleTempFiles(folder, now);
  const first = backupFileName(storeName(db.name), kind, now);
  let file = path.join(folder, first);
  for (let seq = 2; fs.existsSync(file); seq++) file = path.join(folder, first.replace(`.${kind}.sqlite`, `-${seq}.${kind}.sqlite`));
  await snapshotTo(db, file);
  return { file, kind, at: new Date(Math.floor(now.getTime() / 1000) * 1000).toISOString(), bytes: fs.statSync(file).size };
}

/**
 * Writes a snapshot of the open store to `target` (replacing any file there) through a temp
 * file. A target that is the store itself or one of its working files, by whatever path, is
 * refused before anything is written.
 */
export async function snapshotTo(db: Db, target: string): Promise<void> {
  refuseLiveStoreTarget(target, db.name, 'The backup was not saved');
  const temp = `${target}${TEMP_SUFFIX}`;
  try {
    removeWithCompanions(temp);
    await db.backup(temp);
    // The copy keeps the store's WAL mode; a single self-contained file is what a backup should be.
    const copy = new Database(temp);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    fsyncFile(temp);
    refuseLiveStoreTarget(target, db.name, 'The backup was not saved');
    fs.renameSync(temp, target);
    fsyncFolder(path.dirname(target));
  } catch (e) {
    removeWithCompanions(temp);
    if (e instanceof StoreError) throw e;
    throw new StoreError('BACKUP_FAILED', `Could not write the backup ${target}: ${(e as Error).message}`, { cause: e });
  }
}

/** Keeps the newest `keep` automatic backups of a store; backups of every other kind are never removed. */
export function rotateAutoBackups(folder: string, store: string, keep: number): string[] {
  const autos = listWithOrder(folder, store).filter((b) => b.kind === 'auto');
  const removed: string[] = [];
  for (const old of autos.slice(Math.max(keep, 0))) {
    try {
      fs.rmSync(old.file);
      removed.push(old.file);
    } catch {
      // Removed by hand or locked by a sync client: try again at the next rotation.
    }
  }
  return removed;
}

/** Temp files a killed backup left behind (and their journals). */
export function removeStaleTempFiles(folder: string, now: Date): void {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (!/\.partial(-journal|-wal|-shm)?$/.test(name)) continue;
    const file = path.join(folder, name);
    try {
      if (now.getTime() - fs.statSync(file).mtimeMs > STALE_TEMP_MS) fs.rmSync(file);
    } catch {
      // Gone already.
    }
  }
}

export interface RestoreCandidate {
  schemaVersion: number;
}

/**
 * Refuses, with a message the analyst can act on, any file that is not a Briefing Book
 * store this version can open: missing, empty, not SQLite, another application's SQLite,
 * a newer schema, or damaged. Reads only; companions SQLite creates while reading are removed.
 */
export function checkRestoreCandidate(file: string, latest = LATEST_SCHEMA_VERSION): RestoreCandidate {
  return withReadOnly(file, latest, (_db, version) => ({ schemaVersion: version }));
}

/** Copies a checked candidate to `target` with the backup API, so a candidate with a -wal file is copied whole. */
export async function copyCandidate(file: string, target: string, latest = LATEST_SCHEMA_VERSION): Promise<RestoreCandidate> {
  removeWithCompanions(target);
  const version = await withReadOnlyAsync(file, latest, async (db, v) => {
    await db.backup(target);
    return v;
  });
  fsyncFile(target);
  return { schemaVersion: version };
}

const NOTHING_RESTORED = 'Nothing was restored; the current store is unchanged.';

function withReadOnly<T>(file: string, latest: number, use: (db: Db, version: number) => T): T {
  const candidate = openCandidate(file, latest);
  try {
    return use(candidate.db, candidate.version);
  } finally {
    candidate.close();
  }
}

async function withReadOnlyAsync<T>(file: string, latest: number, use: (db: Db, version: number) => Promise<T>): Promise<T> {
  const candidate = openCandidate(file, latest);
  try {
    return await use(candidate.db, candidate.version);
  } finally {
    candidate.close();
  }
}

function openCandidate(file: string, latest: number): { db: Db; version: number; close(): void } {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    throw new StoreError('CANNOT_OPEN', `${file} cannot be read: ${(e as Error).message}. ${NOTHING_RESTORED}`, { cause: e });
  }
  if (!stat.isFile()) throw new StoreError('CANNOT_OPEN', `${file} is not a file. ${NOTHING_RESTORED}`);
  if (stat.size === 0) throw new StoreError('NOT_SQLITE', `${file} is empty (0 bytes), so it is not a Briefing Book store. ${NOTHING_RESTORED}`);
  if (!readHeader(file).equals(SQLITE_HEADER)) {
    throw new StoreError('NOT_SQLITE', `${file} is not a Briefing Book store: it is not an SQLite database. ${NOTHING_RESTORED}`);
  }
  // Reading a WAL-mode file creates -wal and -shm beside it; remove the ones we made.
  const companions = ['-wal', '-shm'].map((s) => `${file}${s}`).filter((f) => !fs.existsSync(f));
  const removeCompanions = () => {
    for (const f of companions) fs.rmSync(f, { force: true });
  };
  let db: Db;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (e) {
    removeCompanions();
    throw new StoreError('NOT_SQLITE', `${file} could not be read as an SQLite database: ${(e as Error).message}. ${NOTHING_RESTORED}`, { cause: e });
  }
  const close = () => {
    db.close();
    removeCompanions();
  };
  try {
    const appId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    if (appId !== APPLICATION_ID || version === 0) {
      throw new StoreError('NOT_BRIEFING_STORE', `${file} is an SQLite database of another application, not a Briefing Book store. ${NOTHING_RESTORED}`);
    }
    if (version > latest) {
      throw new StoreError(
        'NEWER_SCHEMA',
        `${file} was written by a newer version of Briefing Book (store version ${version}; this version knows up to ${latest}). Update Briefing Book to restore it. ${NOTHING_RESTORED}`,
      );
    }
    const problems = (db.pragma('quick_check') as Array<{ quick_check: string }>).map((r) => r.quick_check);
    if (problems.length !== 1 || problems[0] !== 'ok') {
      throw new StoreError('STORE_DAMAGED', `${file} is damaged (SQLite's check reports: ${problems.slice(0, 3).join('; ')}). ${NOTHING_RESTORED}`);
    }
    return { db, version, close };
  } catch (e) {
    close();
    if (e instanceof StoreError) throw e;
    throw new StoreError('NOT_SQLITE', `${file} could not be read as a Briefing Book store: ${(e as Error).message}. ${NOTHING_RESTORED}`, { cause: e });
  }
}

function readHeader(file: string): Buffer {
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, header, 0, header.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  return header;
}

/**
 * Puts a staged copy in place of the (closed) store. The store's -wal, -shm and -journal go
 * first: left beside the new file, SQLite would replay the old store's pages into it.
 */
export function replaceStoreFile(storePath: string, staged: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${storePath}${suffix}`, { force: true });
  fs.renameSync(staged, storePath);
  fsyncFolder(path.dirname(storePath));
}

function removeWithCompanions(file: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes a rename durable. Windows cannot open a folder for fsync; NTFS journals the rename itself. */
function fsyncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(folder, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Not supported on this platform or file system.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
