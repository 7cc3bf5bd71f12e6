/**
 * Restoring a backup: the one operation that replaces the store file under the running app.
 *
 * The candidate is checked and copied beside the store, and the current store backed up,
 * while everything is still open; only then are the connections closed and the copy
 * renamed over the store. Whatever fails after closing, the analyst gets a working store
 * back: the original (untouched until the rename) or, after the rename, the safety backup.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../contract/annotations.ts';
import type { PushEventName, PushEvents } from '../contract/methods.ts';
import { copyCandidate, replaceStoreFile } from '../db/backups.ts';
import { StoreError } from '../db/errors.ts';
import type { StoreClient } from '../db/store-client.ts';

export interface StoreConnections {
  store: StoreClient;
  reader: StoreClient;
}

export interface RestoreDeps {
  /** The connections the handlers use now. */
  current(): StoreConnections;
  /** Opens the store file (migrating an older schema) and a reader on it. */
  open(): Promise<StoreConnections>;
  /** Makes the handlers use these connections from the next call on. */
  install(connections: StoreConnections): void;
  emit<E extends PushEventName>(event: E, payload: PushEvents[E]): void;
  /** Puts the staged copy in place of the store; tests pass one that fails. */
  replaceFile?: (storePath: string, staged: string) => void;
}

export interface RestoreOutcome {
  restoredFrom: string;
  safetyBackup: BackupInfo;
}

export async function restoreFromBackup(file: string, deps: RestoreDeps): Promise<RestoreOutcome> {
  const restoredFrom = path.resolve(file);
  const { store, reader } = deps.current();
  const storePath = store.path;
  // Refuses a file that is not a store before anything is closed or written.
  const { staged, safetyBackup } = await store.call('prepareRestore', { file: restoredFrom });

  // The reader first, so that the store's own close checkpoints and removes the WAL.
  await reader.close();
  await store.close();

  try {
    (deps.replaceFile ?? replaceStoreFile)(storePath, staged);
  } catch (e) {
    fs.rmSync(staged, { force: true });
    deps.install(await deps.open());
    throw new StoreError('BACKUP_FAILED', `Could not put ${restoredFrom} in place of the store: ${(e as Error).message}. The store was not changed.`, { cause: e });
  }

  try {
    deps.install(await deps.open());
  } catch (e) {
    // The copy would not open (its update to this version failed, say): bring back the store as it was.
    await copyCandidate(safetyBackup.file, staged);
    replaceStoreFile(storePath, staged);
    deps.install(await deps.open());
    throw new StoreError(
      'BACKUP_FAILED',
      `${restoredFrom} could not be opened after it was copied in (${(e as Error).message}), so the store as it was before has been put back.`,
      { cause: e },
    );
  }

  try {
    await deps.current().store.call('recordRestore', { restoredFrom, safetyBackup: safetyBackup.file });
  } catch {
    // The log entry is a courtesy; the restore itself is done.
  }
  deps.emit('store-replaced', { restoredFrom });
  return { restoredFrom, safetyBackup };
}
