import fs from 'node:fs';
import path from 'node:path';
import Database, { type Database as Db } from 'better-sqlite3';
import { StoreError } from './errors.ts';
import { migrations as appMigrations, type Migration } from './migrations/index.ts';
import { syncReferenceData } from './reference-data.ts';

/** PRAGMA application_id stamped on every store: 'BBK1'. Lets us refuse other apps' databases. */
export const APPLICATION_ID = 0x42424b31;
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export interface OpenedStore {
  db: Db;
  path: string;
  schemaVersion: number;
  /** Where the pre-migration copy went, if the file was migrated. */
  backupPath: string | null;
}

export interface OpenOptions {
  /** Folder for pre-migration backups; defaults to `<store folder>/backups`. */
  backupDir?: string;
  now?: () => Date;
  /** The schema history; tests pass their own to exercise upgrades. */
  migrations?: readonly Migration[];
}

/**
 * Opens (or creates) a store file, refusing anything that is not ours and never
 * writing to a file it refuses. Checks happen read-only first; only a file that passes
 * is opened for writing, backed up if it needs migrating, then migrated.
 */
/**
 * A second, read-only connection to a store the app has already opened and migrated, for
 * questions that may take long (counting a large result) so that they never queue in front
 * of the table's pages. WAL lets it read while the main connection writes.
 */
export function openReader(file: string): OpenedStore {
  const db = new Database(path.resolve(file), { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  const schemaVersion = db.pragma('user_version', { simple: true }) as number;
  return { db, path: path.resolve(file), schemaVersion, backupPath: null };
}

export async function openStore(file: string, options: OpenOptions = {}): Promise<OpenedStore> {
  const absolute = path.resolve(file);
  const migrations = options.migrations ?? appMigrations;
  const latest = migrations.at(-1)?.version ?? 0;
  const existing = inspectExistingFile(absolute, latest);

  let db: Db;
  try {
    fs.mkdirSync(path.dirname(absolute), { recursive: true });
    db = new Database(absolute);
  } catch (e) {
    throw new StoreError('CANNOT_OPEN', `Cannot open the store at ${absolute}: ${(e as Error).message}`, { cause: e });
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // NORMAL is durable across application crashes in WAL mode; only an OS crash can lose
    // the last transactions, and never corrupts the file.
    db.pragma('synchronous = NORMAL');

    let backupPath: string | null = null;
    if (existing.version > 0 && existing.version < latest) {
      backupPath = await backupBeforeMigration(db, absolute, existing.version, options);
    }
    migrate(db, existing.version, migrations);
    // Tests that bring their own schema history have no reference tables to fill.
    if (!options.migrations) syncReferenceData(db);
    return { db, path: absolute, schemaVersion: latest, backupPath };
  } catch (e) {
    db.close();
    throw e;
  }
}

interface ExistingFile {
  version: number;
}

function inspectExistingFile(file: string, latest: number): ExistingFile {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { version: 0 };
    throw new StoreError('CANNOT_OPEN', `Cannot read the store at ${file}: ${(e as Error).message}`, { cause: e });
  }
  // SQLite itself treats an empty file as an empty database; so do we.
  if (size === 0) {
    assertWritable(file);
    return { version: 0 };
  }

  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, header, 0, header.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (!header.equals(SQLITE_HEADER)) {
    throw new StoreError(
      'NOT_SQLITE',
      `${file} is not a Briefing Book store (it is not an SQLite database). The file was left untouched; choose another file or move this one away.`,
    );
  }

  // Before the probe below, which would leave a -wal and -shm beside a read-only file.
  assertWritable(file);

  // A crash leaves the -shm beside the -wal; a -wal alone was copied or moved here by hand,
  // perhaps from another store, and SQLite would apply it whatever store it came from.
  const wal = `${file}-wal`;
  const loneWal = fs.existsSync(wal) && fs.statSync(wal).size > 0 && !fs.existsSync(`${file}-shm`);
  let probe: Db | undefined;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true });
    if (loneWal && probe.pragma('quick_check(1)', { simple: true }) !== 'ok') {
      throw new StoreError(
        'STORE_DAMAGED',
        `${file} was not opened: the journal file beside it (${path.basename(wal)}) does not fit it, probably copied there from another store, and applying it would damage the store. Nothing was changed. Move ${path.basename(wal)} out of that folder, then open the store again.`,
      );
    }
    const version = probe.pragma('user_version', { simple: true }) as number;
    const appId = probe.pragma('application_id', { simple: true }) as number;
    const tables = probe.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'").get() as { n: number };
    if (appId !== APPLICATION_ID && (appId !== 0 || tables.n > 0)) {
      throw new StoreError(
        'NOT_BRIEFING_STORE',
        `${file} is an SQLite database of another application, not a Briefing Book store. It was left untouched.`,
      );
    }
    if (version > latest) {
      throw new StoreError(
        'NEWER_SCHEMA',
        `${file} was written by a newer version of Briefing Book (store version ${version}; this version knows up to ${latest}). Update Briefing Book to open it. The file was left untouched.`,
      );
    }
    return { version };
  } catch (e) {
    if (e instanceof StoreError) throw e;
    if (isReadOnlyFailure(e)) throw readOnlyStore(file, e);
    throw new StoreError('NOT_SQLITE', `${file} could not be read as a Briefing Book store: ${(e as Error).message}. The file was left untouched.`, {
      cause: e,
    });
  } finally {
    probe?.close();
    // Reading through the lone -wal made a -shm; leave the folder as it was found.
    if (loneWal) fs.rmSync(`${file}-shm`, { force: true });
  }
}

/**
 * SQLite opens a file it may not write read-only without saying so, and a WAL store in a
 * folder it may not write cannot be read at all; either would otherwise surface later as
 * "attempt to write a readonly database" at the first save, or as a file "not a store".
 */
function assertWritable(file: string): void {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
  } catch (e) {
    throw readOnlyStore(file, e);
  }
}

function isReadOnlyFailure(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_PERM');
}

function readOnlyStore(file: string, cause: unknown): StoreError {
  return new StoreError(
    'CANNOT_OPEN',
    `${file} cannot be written: the file or its folder is read-only (Briefing Book writes the store and a journal file beside it). The file was left untouched; make the file and its folder writable, or choose another file.`,
    { cause },
  );
}

async function backupBeforeMigration(db: Db, file: string, fromVersion: number, options: OpenOptions): Promise<string> {
  const dir = options.backupDir ?? path.join(path.dirname(file), 'backups');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
  const target = path.join(dir, `${path.basename(file, path.extname(file))}.v${fromVersion}.${stamp}.sqlite`);
  // Through a temp file the backup listing ignores: a copy cut short by a crash must never look like a backup.
  const temp = `${target}.partial`;
  try {
    await db.backup(temp);
    fs.renameSync(temp, target);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw new StoreError('MIGRATION_FAILED', `Could not back up ${file} before updating it, so it was not updated: ${(e as Error).message}`, {
      cause: e,
    });
  }
  return target;
}

function migrate(db: Db, fromVersion: number, migrations: readonly Migration[]): void {
  for (const migration of migrations) {
    if (migration.version <= fromVersion) continue;
    try {
      db.transaction(() => {
        migration.up(db);
        db.pragma(`application_id = ${APPLICATION_ID}`);
        db.pragma(`user_version = ${migration.version}`);
      }).immediate();
    } catch (e) {
      throw new StoreError(
        'MIGRATION_FAILED',
        `Updating the store to version ${migration.version} (${migration.name}) failed and was rolled back: ${(e as Error).message}`,
        { cause: e },
      );
    }
  }
}
