/**
 * The main process's service layer, started once: the store worker plus the dispatcher
 * that every page call goes through. Knows nothing of Electron, so the test harness
 * starts exactly this.
 */
import { StoreClient } from '../db/store-client.ts';
import { createDispatch, type Dispatch } from './dispatch.ts';
import type { AppIdentity, Ports } from './handlers.ts';

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
}

export interface Service {
  dispatch: Dispatch;
  store: StoreClient;
  /** Read-only connection for counts, so a slow count never delays a page of rows. */
  reader: StoreClient;
  close(): Promise<void>;
}

export async function startService(options: ServiceOptions): Promise<Service> {
  const log = options.log ?? ((line: string) => console.error(line));
  const store = await StoreClient.open({
    storePath: options.storePath,
    workerFile: options.workerFile,
    backupDir: options.backupDir,
    onSlowQuery: (op, ms) => log(`[store] slow ${op}: ${Math.round(ms)} ms`),
    onProgress: (p) => options.ports.emit('import-progress', p),
  });
  if (store.backupPath) log(`[store] backed up the previous version to ${store.backupPath} before updating it`);
  const reader = await StoreClient.open({
    storePath: store.path,
    workerFile: options.workerFile,
    readOnly: true,
    onSlowQuery: (op, ms) => log(`[store reader] slow ${op}: ${Math.round(ms)} ms`),
  });
  const dispatch = createDispatch({ store, reader, ports: options.ports, identity: options.identity, assetsDir: options.assetsDir }, options.trustedOrigin, log);
  return { dispatch, store, reader, close: async () => void (await Promise.all([reader.close(), store.close()])) };
}
