import type { StoreErrorCode } from './errors.ts';

export interface WorkerInit {
  storePath: string;
  backupDir?: string;
  /** A read-only second connection to an already open store: no migration, no writes. */
  readOnly?: boolean;
  /** One Int32: the client sets it to 1 to cancel the running task (the worker is busy, so a message would wait). */
  cancelFlag: SharedArrayBuffer;
}

export interface SerializedStoreError {
  code: StoreErrorCode;
  message: string;
}

export type WorkerReady = { type: 'ready'; path: string; schemaVersion: number; backupPath: string | null };
export type WorkerOpenFailed = { type: 'open-failed'; error: SerializedStoreError };
export type WorkerReply =
  | { type: 'reply'; id: number; ok: true; value: unknown; ms: number }
  | { type: 'reply'; id: number; ok: false; error: SerializedStoreError; ms: number };
export type WorkerProgress = { type: 'progress'; task: string; phase: 'reading' | 'parsing' | 'writing'; done: number; total: number };
export type WorkerMessage = WorkerReady | WorkerOpenFailed | WorkerReply | WorkerProgress | { type: 'closed' };

export type ClientMessage = { type: 'call'; id: number; op: string; args: unknown } | { type: 'close' };
