/**
 * The store's thread: owns the one SQLite connection and runs operations in the
 * order they arrive, so a slow query never blocks the process that hosts the window.
 */
import path from 'node:path';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { trackChanges, untracked } from './backup-state.ts';
import { openReader, openStore, type OpenedStore } from './open-store.ts';
import { isStoreError, type StoreErrorCode } from './errors.ts';
import { diskFullError } from './storage-errors.ts';
import { PreviewStore } from './import/previews.ts';
import type { MentionFinder } from './import/parse-document.ts';
import type { OperationContext } from './operation-context.ts';
import { operations } from './operations.ts';
import { analystMentionFinder } from './people.ts';
import type { ClientMessage, SerializedStoreError, WorkerInit, WorkerMessage } from './worker-protocol.ts';

/** Errors the analyst can act on keep their message; their name picks the code. */
const CODE_BY_NAME: Record<string, StoreErrorCode> = {
  PreviewNotFound: 'NOT_FOUND',
  InvalidCorrection: 'INVALID_INPUT',
  UnreadableImport: 'INVALID_INPUT',
  InvalidPerson: 'INVALID_INPUT',
  InvalidTerm: 'INVALID_INPUT',
};

const serialize = (e: unknown): SerializedStoreError => {
  if (isStoreError(e)) return { code: e.code, message: e.message };
  const full = diskFullError(e, 'What the store held before is kept.');
  if (full) return { code: full.code, message: full.message };
  const error = e as Error | undefined;
  return { code: CODE_BY_NAME[error?.name ?? ''] ?? 'QUERY_FAILED', message: error?.message ?? String(e) };
};

function createContext(store: OpenedStore, init: WorkerInit, post: (m: WorkerMessage) => void, cancelFlag: Int32Array): OperationContext {
  let finder: MentionFinder | null = null;
  return {
    backups: {
      storePath: store.path,
      folder: init.backupDir ?? path.join(path.dirname(store.path), 'backups'),
      changes: init.readOnly ? untracked : trackChanges(store.db),
    },
    previews: new PreviewStore(),
    mentionFinder: () => (finder ??= analystMentionFinder(store.db)),
    forgetMentionFinder: () => void (finder = null),
    progress: (report) => post({ type: 'progress', ...report }),
    isCancelled: () => Atomics.load(cancelFlag, 0) === 1,
    clearCancel: () => void Atomics.store(cancelFlag, 0, 0),
  };
}

function serve(port: MessagePort, store: OpenedStore, init: WorkerInit): void {
  const post = (message: WorkerMessage) => port.postMessage(message);
  const context = createContext(store, init, post, new Int32Array(init.cancelFlag));
  // Some operations (backups) are asynchronous: each message waits for the one before it,
  // so operations still run one at a time, in arrival order.
  let queue = Promise.resolve();
  port.on('message', (message: ClientMessage) => {
    queue = queue.then(() => handle(message)).catch(() => {});
  });

  async function handle(message: ClientMessage): Promise<void> {
    if (message.type === 'close') {
      store.db.close();
      post({ type: 'closed' });
      port.close();
      return;
    }
    if (!store.db.open) return;
    const started = performance.now();
    try {
      if (!Object.hasOwn(operations, message.op)) throw new Error(`unknown store operation "${message.op}"`);
      const run = operations[message.op as keyof typeof operations] as (db: unknown, args: unknown, ctx: OperationContext) => unknown;
      const value = await run(store.db, message.args, context);
      post({ type: 'reply', id: message.id, ok: true, value, ms: performance.now() - started });
    } catch (e) {
      post({ type: 'reply', id: message.id, ok: false, error: serialize(e), ms: performance.now() - started });
    } finally {
      noteWrites(context);
    }
  }
}

/** Remembers that the store changed since its last backup; never fails the operation. */
function noteWrites(context: OperationContext): void {
  try {
    context.backups.changes.afterOperation();
  } catch {
    // The store is busy or full: the next operation tries again.
  }
}

// Not top-level await: this file is also bundled as CommonJS for the packaged app.
async function start(port: MessagePort, init: WorkerInit): Promise<void> {
  try {
    const store = init.readOnly ? openReader(init.storePath) : await openStore(init.storePath, { backupDir: init.backupDir });
    port.postMessage({ type: 'ready', path: store.path, schemaVersion: store.schemaVersion, backupPath: store.backupPath } satisfies WorkerMessage);
    serve(port, store, init);
  } catch (e) {
    port.postMessage({ type: 'open-failed', error: serialize(e) } satisfies WorkerMessage);
    port.close();
  }
}

if (!parentPort) throw new Error('db/worker must run as a worker thread');
void start(parentPort, workerData as WorkerInit);
