/**
 * Whether the store changed since its last backup. Kept in the settings table, so that it
 * survives a restart — and a crash before the quit backup could run. The worker calls
 * `afterOperation` after every operation; the connection's total_changes() says whether the
 * operation wrote. Only the first write after a backup costs an extra (tiny) write.
 */
import type { Database } from 'better-sqlite3';

const KEY = 'backup-state';

export interface BackupPlace {
  storePath: string;
  /** `backups/` beside the store unless the app was given another folder. */
  folder: string;
  changes: ChangeTracker;
}

export interface ChangeTracker {
  afterOperation(): void;
  changedSinceBackup(): boolean;
  markBackedUp(): void;
}

/** For the read-only connection, which never writes. */
export const untracked: ChangeTracker = { afterOperation() {}, changedSinceBackup: () => false, markBackedUp() {} };

export function trackChanges(db: Database): ChangeTracker {
  const hasSettings = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'settings'").get() !== undefined;
  if (!hasSettings) return untracked;
  const totalChanges = db.prepare('SELECT total_changes()').pluck();
  const save = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  const stored = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(KEY) as string | undefined;
  // A store from before backups existed: worth a first backup if it holds anything.
  let changed = stored === undefined ? db.prepare('SELECT EXISTS (SELECT 1 FROM events)').pluck().get() === 1 : readChanged(stored);
  let seen = totalChanges.get() as number;

  const set = (value: boolean) => {
    save.run(KEY, JSON.stringify({ changed: value }));
    changed = value;
    seen = totalChanges.get() as number;
  };
  return {
    afterOperation() {
      const now = totalChanges.get() as number;
      if (now === seen) return;
      if (changed) seen = now;
      else set(true);
    },
    changedSinceBackup: () => changed,
    markBackedUp: () => set(false),
  };
}

function readChanged(value: string): boolean {
  try {
    return (JSON.parse(value) as { changed?: unknown }).changed !== false;
  } catch {
    return true;
  }
}
