/**
 * The main process's handle on the store worker: numbered requests, a table of
 * pending promises, and a slow-query log. It holds no SQLite connection itself.
 */
import { Worker } from 'node:worker_threads';
import { StoreError } from './errors.ts';
import type { OperationArgs, OperationName, OperationResult } from './operations.ts';
import type { ClientMessage, WorkerInit, WorkerMessage, WorkerProgress } from './worker-protocol.ts';

export interface StoreClientOptions {
  storePath: string;
  /** The worker entry: `db/worker.ts` when run from source, the bundled file in the app. */
  workerFile: string | URL;
  backupDir?: string;
  /** Open a read-only second connection to a store another client has opened. */
  readOnly?: boolean;
  slowQueryMs?: number;
  onSlowQuery?: (op: string, ms: number) => void;
  /** Progress of long tasks (imports), reported while the worker is busy with them. */
  onProgress?: (progress: Omit<WorkerProgress, 'type'>) => void;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  op: string;
}

export class StoreClient {
  readonly path: string;
  readonly schemaVersion: number;
  readonly backupPath: string | null;
  #worker: Worker;
  #pending = new Map<number, Pending>();
  #nextId = 1;
  #failure: StoreError | null = null;
  #options: StoreClientOptions;
  #cancelFlag: Int32Array;

  private constructor(
    worker: Worker,
    ready: { path: string; schemaVersion: number; backupPath: string | null },
    options: StoreClientOptions,
    cancelFlag: SharedArrayBuffer,
  ) {
    this.#worker = worker;
    this.path = ready.path;
    this.schemaVersion = ready.schemaVersion;
    this.backupPath = ready.backupPath;
    this.#options = options;
    this.#cancelFlag = new Int32Array(cancelFlag);
    worker.on('message', (m: WorkerMessage) => this.#onMessage(m));
    worker.on('error', (e) => this.#failAll(new StoreError('WORKER_FAILED', `The store stopped unexpectedly: ${e.message}`, { cause: e })));
    worker.on('exit', () => this.#failAll(new StoreError('STORE_CLOSED', 'The store is closed.')));
  }

  /** Starts the worker and resolves once the store is open and migrated, or rejects with its StoreError. */
  static open(options: StoreClientOptions): Promise<StoreClient> {
    const cancelFlag = new SharedArrayBuffer(4);
    const init: WorkerInit = { storePath: options.storePath, backupDir: options.backupDir, readOnly: options.readOnly, cancelFlag };
    const worker = new Worker(options.workerFile, { workerData: init });
    return new Promise((resolve, reject) => {
      const onError = (e: Error) => reject(new StoreError('WORKER_FAILED', `The store could not start: ${e.message}`, { cause: e }));
      worker.once('error', onError);
      worker.once('message', (m: WorkerMessage) => {
        worker.off('error', onError);
        if (m.type === 'ready') resolve(new StoreClient(worker, m, options, cancelFlag));
        else if (m.type === 'open-failed') {
          void worker.terminate();
          reject(new StoreError(m.error.code, m.error.message));
        } else reject(new StoreError('WORKER_FAILED', `The store sent ${m.type} before it was ready.`));
      });
    });
  }

  call<K extends OperationName>(op: K, args: OperationArgs<K>): Promise<OperationResult<K>> {
    if (this.#failure) return Promise.reject(this.#failure);
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (v: unknown) => void, reject, op });
      this.#post({ type: 'call', id, op, args });
    });
  }

  /**
   * Asks the running cancellable task (an import commit) to stop and roll back. Shared
   * memory, not a message: the worker is busy and would read a message only afterwards.
   */
  cancelRunningTask(): void {
    Atomics.store(this.#cancelFlag, 0, 1);
  }

  /**
   * Closes the store after the operations already sent. With a timeout, a worker still busy
   * when it expires is stopped: SQLite's journal keeps the file consistent, and quitting
   * must not hang on a backup to a drive that stopped answering.
   */
  async close(timeoutMs?: number): Promise<void> {
    if (this.#failure) return;
    const closed = new Promise<void>((resolve) => this.#worker.once('exit', () => resolve()));
    this.#post({ type: 'close' });
    if (timeoutMs === undefined) return closed;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), timeoutMs)));
    try {
      if (await Promise.race([closed.then(() => false), timedOut])) await this.#worker.terminate();
    } finally {
      clearTimeout(timer);
    }
  }

  #post(message: ClientMessage) {
    this.#worker.postMessage(message);
  }

  #onMessage(m: WorkerMessage) {
    if (m.type === 'progress') {
      const { type: _type, ...progress } = m;
      this.#options.onProgress?.(progress);
      return;
    }
    if (m.type !== 'reply') return;
    const pending = this.#pending.get(m.id);
    if (!pending) return;
    this.#pending.delete(m.id);
    if (m.ms >= (this.#options.slowQueryMs ?? 250)) this.#options.onSlowQuery?.(pending.op, m.ms);
    if (m.ok) pending.resolve(m.value);
    else pending.reject(new StoreError(m.error.code, m.error.message));
  }

  #failAll(error: StoreError) {
    this.#failure ??= error;
    for (const p of this.#pending.values()) p.reject(error);
    this.#pending.clear();
  }
}
