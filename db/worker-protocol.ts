import type { StoreErrorCode } from './errors.ts';

export interface WorkerInit {
  storePath: string;
  backupDir?: string;
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
export type WorkerMessage = WorkerReady | WorkerOpenFailed | WorkerReply | { type: 'closed' };

export type ClientMessage = { type: 'call'; id: number; op: string; args: unknown } | { type: 'close' };
