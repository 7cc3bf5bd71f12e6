/**
 * The store worker's backup operations. They run in the worker's queue like every other
 * operation, so nothing writes to the store while a snapshot is being taken.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { BackupInfo, BackupStatus } from '../contract/annotations.ts';
import { logActivity } from './activity.ts';
import { backupFileName, backupStore, copyCandidate, listBackups, rotateAutoBackups, snapshotTo, storeName, syncedFolderWarning } from './backups.ts';
import type { OperationContext } from './operation-context.ts';
import { currentAuthor, getPreferences } from './preferences.ts';
import { refuseLiveStoreTarget } from './store-identity.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

const timeOf = (now?: string) => (now ? new Date(now) : new Date());

export function backupStatus(_db: Database, _args: undefined, ctx: OperationContext): BackupStatus {
  const { folder, storePath } = ctx.backups;
  const backups = listBackups(folder, storeName(storePath));
  return { folder, folderWarning: syncedFolderWarning(folder), backups, lastBackupAt: backups[0]?.at ?? null };
}

/** The name File → Back up now suggests in the save dialog. */
export function suggestBackupFile(_db: Database, args: { now?: string }, ctx: OperationContext): { file: string } {
  const { folder, storePath } = ctx.backups;
  return { file: path.join(folder, backupFileName(storeName(storePath), 'manual', timeOf(args.now))) };
}

/** File → Back up now: to the file the analyst chose, or into the backups folder. */
export async function backupNow(db: Database, args: { file?: string; now?: string }, ctx: OperationContext): Promise<{ backup: BackupInfo; warning: string | null }> {
  const now = timeOf(args.now);
  let backup: BackupInfo;
  if (args.file) {
    const file = path.resolve(args.file);
    refuseLiveStoreTarget(file, ctx.backups.storePath, 'The backup was not saved');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await snapshotTo(db, file);
    backup = { file, kind: 'manual', at: now.toISOString(), bytes: fs.statSync(file).size };
  } else {
    backup = await backupStore(db, ctx.backups.folder, 'manual', now);
  }
  logActivity(db, { kind: 'backup', action: `backed up the store to ${backup.file}`, author: currentAuthor(db) });
  ctx.backups.changes.markBackedUp();
  return { backup, warning: syncedFolderWarning(path.dirname(backup.file)) };
}

/**
 * The automatic snapshot, only when the store changed since its last backup: on quit, and
 * from the hourly timer at most once a day. Afterwards only the newest N automatic
 * backups are kept (N from the preferences).
 */
export async function autoBackup(db: Database, args: { reason: 'quit' | 'daily'; now?: string }, ctx: OperationContext): Promise<BackupInfo | null> {
  const { folder, storePath, changes } = ctx.backups;
  if (!changes.changedSinceBackup()) return null;
  const now = timeOf(args.now);
  const store = storeName(storePath);
  if (args.reason === 'daily') {
    const lastAuto = listBackups(folder, store).find((b) => b.kind === 'auto');
    if (lastAuto && now.getTime() - Date.parse(lastAuto.at) < DAY_MS) return null;
  }
  const backup = await backupStore(db, folder, 'auto', now);
  changes.markBackedUp();
  rotateAutoBackups(folder, store, getPreferences(db).keepBackups);
  return backup;
}

/**
 * The first half of a restore, while the store is still open: the candidate is checked,
 * the current store is backed up ('before-restore'), and the candidate is copied beside the
 * store, ready to be renamed over it once the store is closed.
 */
export async function prepareRestore(db: Database, args: { file: string; now?: string }, ctx: OperationContext): Promise<{ staged: string; safetyBackup: BackupInfo }> {
  const { folder, storePath } = ctx.backups;
  const candidate = path.resolve(args.file);
  refuseLiveStoreTarget(candidate, storePath, 'Nothing was restored');
  const staged = `${storePath}.restoring`;
  // Checked (and refused) before anything is written.
  await copyCandidate(candidate, staged);
  try {
    const safetyBackup = await backupStore(db, folder, 'before-restore', timeOf(args.now));
    return { staged, safetyBackup };
  } catch (e) {
    fs.rmSync(staged, { force: true });
    throw e;
  }
}

/** Written into the restored store, so its activity log says where its contents came from. */
export function recordRestore(db: Database, args: { restoredFrom: string; safetyBackup: string }): void {
  logActivity(db, {
    kind: 'backup',
    action: `restored the store from ${args.restoredFrom}; the store as it was before is in ${args.safetyBackup}`,
    author: currentAuthor(db),
  });
}
