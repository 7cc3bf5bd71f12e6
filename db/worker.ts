/**
 * The store's thread: owns the one SQLite connection and runs operations in the
 * order they arrive, so a slow query never blocks the process that hosts the window.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { openStore, type OpenedStore } from './open-store.ts';
import { isStoreError } from './errors.ts';
import { operations } from './operations.ts';
import type { ClientMessage, SerializedStoreError, WorkerInit, WorkerMessage } from './worker-protocol.ts';

const serialize = (e: unknown): SerializedStoreError =>
  isStoreError(e) ? { code: e.code, message: e.message } : { code: 'QUERY_FAILED', message: (e as Error)?.message ?? String(e) };

function serve(port: MessagePort, store: OpenedStore): void {
  const post = (message: WorkerMessage) => port.postMessage(message);
  port.on('message', (message: ClientMessage) => {
    if (message.type === 'close') {
      store.db.close();
      post({ type: 'closed' });
      port.close();
      return;
    }
    const started = performance.now();
    try {
      if (!Object.hasOwn(operations, message.op)) throw new Error(`unknown store operation "${message.op}"`);
      const run = operations[message.op as keyof typeof operations] as (db: unknown, args: unknown) => unknown;
      const value = run(store.db, message.args);
      post({ type: 'reply', id: message.id, ok: true, value, ms: performance.now() - started });
    } catch (e) {
      post({ type: 'reply', id: message.id, ok: false, error: serialize(e), ms: performance.now() - started });
    }
  });
}

// Not top-level await: this file is also bundled as CommonJS for the packaged app.
async function start(port: MessagePort, init: WorkerInit): Promise<void> {
  try {
    const store = await openStore(init.storePath, { backupDir: init.backupDir });
    port.postMessage({ type: 'ready', path: store.path, schemaVersion: store.schemaVersion, backupPath: store.backupPath } satisfies WorkerMessage);
    serve(port, store);
  } catch (e) {
    port.postMessage({ type: 'open-failed', error: serialize(e) } satisfies WorkerMessage);
    port.close();
  }
}

if (!parentPort) throw new Error('db/worker must run as a worker thread');
void start(parentPort, workerData as WorkerInit);
