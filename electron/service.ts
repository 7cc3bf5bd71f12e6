/**
 * The main process's service layer, started once: the store worker plus the dispatcher
 * that every page call goes through. Knows nothing of Electron, so the test harness
 * starts exactly this.
 */
import type { BackupInfo } from '../contract/annotations.ts';
import { StoreError } from '../db/errors.ts';
import { StoreClient } from '../db/store-client.ts';
import { acquireStoreLock, type LockHost, type StoreLock } from '../db/store-lock.ts';
import { restoreFromBackup, type RestoreOutcome, type StoreConnections } from './backup-restore.ts';
import { createDispatch, type Dispatch } from './dispatch.ts';
import { FlushRequests } from './flush-requests.ts';
import type { AppIdentity, Ports, Services } from './handlers.ts';

export interface ServiceOptions {
  storePath: string;
  workerFile: string | URL;
  backupDir?: string;
  ports: Ports;
  identity: AppIdentity;
  assetsDir: string;
  /** `scheme://host` the page is served from; calls from anywhere else are refused. */
  trustedOrigin: string;
  log?: (line: string) => void;
  /** How often to check whether the daily automatic backup is due; none when unset (tests). */
  autoBackupCheckMs?: number;
  /** Who takes the store's lock; this process unless a test says otherwise. */
  lockHost?: LockHost;
}

export interface Service {
  dispatch: Dispatch;
  /** The current connections: a restore replaces them. */
  readonly store: StoreClient;
  /** Read-only connection for counts, so a slow count never delays a page of rows. */
  readonly reader: StoreClient;
  /** Replaces the store with a backup (see backup-restore.ts). */
  restore(file: string): Promise<RestoreOutcome>;
  /** The automatic backup on quit, if the store changed since the last one; gives up after `timeoutMs`. */
  backupOnQuit(timeoutMs?: number): Promise<BackupInfo | null>;
  /** Asks the page to save what is pending (before its window closes); true if it answered in time. */
  flushPage(timeoutMs?: number): Promise<boolean>;
  /** With a timeout, workers still busy after it are stopped (see StoreClient.close). */
  close(timeoutMs?: number): Promise<void>;
}

export async function startService(options: ServiceOptions): Promise<Service> {
  // Before anything opens the file: a store open in another process is refused untouched.
  const lock = acquireStoreLock(options.storePath, options.lockHost);
  try {
    return await startLocked(options, lock);
  } catch (e) {
    lock.release();
    throw e;
  }
}

async function startLocked(options: ServiceOptions, lock: StoreLock): Promise<Service> {
  const log = options.log ?? ((line: string) => console.error(line));
  const openConnections = async (): Promise<StoreConnections> => {
    const store = await StoreClient.open({
      storePath: options.storePath,
      workerFile: options.workerFile,
      backupDir: options.backupDir,
      onSlowQuery: (op, ms) => log(`[store] slow ${op}: ${Math.round(ms)} ms`),
      onProgress: (p) => options.ports.emit('import-progress', p),
    });
    if (store.backupPath) log(`[store] backed up the previous version to ${store.backupPath} before updating it`);
    try {
      const reader = await StoreClient.open({
        storePath: store.path,
        workerFile: options.workerFile,
        readOnly: true,
        onSlowQuery: (op, ms) => log(`[store reader] slow ${op}: ${Math.round(ms)} ms`),
      });
      return { store, reader };
    } catch (e) {
      await store.close();
      throw e;
    }
  };
  // Handlers read `services.store` on every call, so a restore swaps the connections here.
  const connections = await openConnections();
  let restoring: Promise<RestoreOutcome> | null = null;
  const restore = (file: string): Promise<RestoreOutcome> => {
    if (restoring) return Promise.reject(new StoreError('BACKUP_FAILED', 'A restore is already running; wait for it to finish.'));
    // A restore removes the -wal and -shm and renames over the store: never under another process.
    if (!lock.stillHeld()) {
      return Promise.reject(
        new StoreError(
          'STORE_IN_USE',
          `Nothing was restored: the store's lock file ${lock.file} no longer names this Briefing Book (process ${lock.owner.pid}), so another process may have the store open. Quit every Briefing Book using ${services.store.path}, then start again.`,
        ),
      );
    }
    restoring = restoreFromBackup(file, {
      current: () => ({ store: services.store, reader: services.reader! }),
      open: openConnections,
      install: (c) => Object.assign(services, c),
      emit: (event, payload) => options.ports.emit(event, payload),
    }).finally(() => (restoring = null));
    return restoring;
  };
  const flushes = new FlushRequests();
  const services: Services = { ...connections, ports: options.ports, identity: options.identity, assetsDir: options.assetsDir, flushes, restoreStore: restore, log };
  const dispatch = createDispatch(services, options.trustedOrigin, log);

  const autoBackup = async (reason: 'quit' | 'daily') => {
    try {
      return await services.store.call('autoBackup', { reason });
    } catch (e) {
      log(`[backup] the ${reason} backup failed: ${(e as Error).message}`);
      return null;
    }
  };
  const dailyCheck = options.autoBackupCheckMs ? setInterval(() => void autoBackup('daily'), options.autoBackupCheckMs) : null;
  dailyCheck?.unref();

  return {
    dispatch,
    get store() {
      return services.store;
    },
    get reader() {
      return services.reader!;
    },
    restore,
    backupOnQuit: async (timeoutMs = 10_000) => {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), timeoutMs)));
      try {
        return await Promise.race([autoBackup('quit'), late]);
      } finally {
        clearTimeout(timer);
      }
    },
    flushPage: (timeoutMs = 3000) => flushes.request((token) => options.ports.emit('flush', { token }), timeoutMs),
    close: async (timeoutMs?: number) => {
      if (dailyCheck) clearInterval(dailyCheck);
      try {
        await Promise.all([services.reader!.close(timeoutMs), services.store.close(timeoutMs)]);
      } finally {
        lock.release();
      }
    },
  };
}
