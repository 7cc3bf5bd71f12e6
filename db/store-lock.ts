/**
 * One process per store. Electron's single-instance lock is per user-data folder, so a
 * second profile, another user, or a second computer reaching the store on a network drive
 * could open the same file twice — and a restore, which removes the -wal and -shm and
 * renames a file over the store, would pull it from under the other process.
 *
 * A lock file beside the store (`<store>.lock`) holds the owner's pid, host and user. It is
 * created with O_EXCL, which is atomic on local disks and on the network file systems
 * stores live on (SMB, NFS v3 and later), held for the life of the process and removed on
 * close. A lock file rather than SQLite's exclusive locking mode because:
 * - the app itself opens the store twice (the writer and the read-only connection for
 *   counts and dashboards), which exclusive locking would shut out;
 * - byte-range locks are what SQLite's documentation warns are unreliable on network file
 *   systems, where a second process is most likely;
 * - the file says who holds the store, so the refusal can name the computer and process.
 *
 * A lock whose owner is gone (the app was killed, or the computer crashed) is recovered when
 * it is provably stale: the same host, and no process with that pid. A lock from another
 * host cannot be checked from here; the message says so and how to remove it.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StoreError } from './errors.ts';

export interface LockOwner {
  app: 'Briefing Book';
  pid: number;
  host: string;
  user: string;
  since: string;
  /** Tells this process's lock from a later one with the same pid. */
  token: string;
}

/** Who is asking, and how to tell whether a pid on this host is still running; tests pass their own. */
export interface LockHost {
  pid: number;
  host: string;
  user: string;
  now(): Date;
  isRunning(pid: number): boolean;
}

export interface StoreLock {
  readonly file: string;
  readonly owner: LockOwner;
  /** True while the lock file on disk is still this one. */
  stillHeld(): boolean;
  /** Removes the lock file if it is still this one; safe to call twice. */
  release(): void;
}

/** A lock file that is not yet readable is taken to be being written for this long. */
const UNREADABLE_GRACE_MS = 10_000;
const ATTEMPTS = 4;

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function thisHost(): LockHost {
  let user = 'unknown';
  try {
    user = os.userInfo().username;
  } catch {
    // No passwd entry (a container): the pid and host still identify the owner.
  }
  return { pid: process.pid, host: os.hostname(), user, now: () => new Date(), isRunning };
}

/** `<store>.lock` beside the store's real file, so a symlinked folder finds the same lock. */
export function lockFileOf(storePath: string): string {
  const absolute = path.resolve(storePath);
  let real = absolute;
  try {
    real = fs.realpathSync.native(absolute);
  } catch {
    try {
      real = path.join(fs.realpathSync.native(path.dirname(absolute)), path.basename(absolute));
    } catch {
      // The folder does not exist yet: opening the store creates it.
    }
  }
  return `${real}.lock`;
}

export function acquireStoreLock(storePath: string, host: LockHost = thisHost()): StoreLock {
  const file = lockFileOf(storePath);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const owner: LockOwner = { app: 'Briefing Book', pid: host.pid, host: host.host, user: host.user, since: host.now().toISOString(), token: randomBytes(12).toString('hex') };
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (tryCreate(file, owner)) return held(file, owner);
    const holder = readOwner(file);
    if (holder === 'gone') continue;
    if (holder === 'unreadable') {
      if (ageMs(file, host) < UNREADABLE_GRACE_MS) throw inUse(storePath, file, null, host);
      removeIfStill(file, null);
      continue;
    }
    if (holder.host !== host.host || host.isRunning(holder.pid)) throw inUse(storePath, file, holder, host);
    removeIfStill(file, holder.token);
  }
  throw inUse(storePath, file, null, host);
}

function tryCreate(file: string, owner: LockOwner): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'wx', 0o644);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new StoreError('CANNOT_OPEN', `Cannot open the store: its lock file ${file} could not be created (${(e as Error).message}). Nothing was changed.`, { cause: e });
  }
  try {
    fs.writeSync(fd, `${JSON.stringify(owner, null, 2)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

function readOwner(file: string): LockOwner | 'gone' | 'unreadable' {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'gone' : 'unreadable';
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string' && typeof parsed.token === 'string') {
      return { app: 'Briefing Book', pid: parsed.pid, host: parsed.host, user: String(parsed.user ?? 'unknown'), since: String(parsed.since ?? ''), token: parsed.token };
    }
  } catch {
    // Half written, or not ours.
  }
  return 'unreadable';
}

function ageMs(file: string, host: LockHost): number {
  try {
    return host.now().getTime() - fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * Removes a stale lock without ever removing a live one: the lock is first renamed to a
 * name only this process uses (only one of two processes recovering it at once can do
 * that), then checked to be the stale one. If another process had replaced it meanwhile,
 * it is put back.
 */
function removeIfStill(file: string, staleToken: string | null): void {
  const aside = `${file}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    fs.renameSync(file, aside);
  } catch {
    return; // Someone else recovered it first.
  }
  const moved = readOwner(aside);
  const isStale = staleToken === null ? moved === 'unreadable' : typeof moved === 'object' && moved.token === staleToken;
  if (!isStale) {
    try {
      fs.linkSync(aside, file);
    } catch {
      // A third process created a lock in the meantime; it holds the store.
    }
  }
  fs.rmSync(aside, { force: true });
}

function held(file: string, owner: LockOwner): StoreLock {
  let released = false;
  const stillHeld = () => {
    const current = readOwner(file);
    return typeof current === 'object' && current.token === owner.token;
  };
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    if (stillHeld()) fs.rmSync(file, { force: true });
  };
  // A process that exits without closing its store (an uncaught error) leaves no lock behind.
  process.once('exit', release);
  return { file, owner, stillHeld, release };
}

function inUse(storePath: string, file: string, holder: LockOwner | null, asking: LockHost): StoreError {
  const store = path.resolve(storePath);
  if (!holder) {
    return new StoreError('STORE_IN_USE', `${store} is being opened by another Briefing Book right now (its lock file ${file} is being written). Nothing was changed; try again in a moment.`);
  }
  const who = `process ${holder.pid} of ${holder.user} on ${holder.host}, since ${holder.since}`;
  const local = holder.host === asking.host;
  return new StoreError(
    'STORE_IN_USE',
    local
      ? `${store} is already open in another Briefing Book (${who}). Nothing was changed. Close it there first, or start this one with --db and another store.`
      : `${store} is already open in Briefing Book on another computer (${who}), as its lock file ${file} says. Nothing was changed. Close it there first; if that computer is off or crashed, delete ${file} and start again.`,
  );
}
