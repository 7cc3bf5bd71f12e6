export type StoreErrorCode =
  | 'NOT_SQLITE'
  | 'NOT_BRIEFING_STORE'
  | 'NEWER_SCHEMA'
  | 'CANNOT_OPEN'
  | 'MIGRATION_FAILED'
  | 'STORE_CLOSED'
  | 'WORKER_FAILED'
  | 'QUERY_FAILED'
  /** The request named something that is not there (e.g. a preview already committed). */
  | 'NOT_FOUND'
  /** The input cannot be used as given; the message says why and how to fix it. */
  | 'INVALID_INPUT'
  /** A backup could not be written, or a restore could not replace the store. */
  | 'BACKUP_FAILED'
  /** The file is a Briefing Book store but fails SQLite's check. */
  | 'STORE_DAMAGED'
  /** A briefing could not be printed or its file written; the message says nothing was written. */
  | 'EXPORT_FAILED'
  /** Another process holds the store's lock (see store-lock.ts). */
  | 'STORE_IN_USE';

/** An error the analyst can act on: the message says what happened and what to do. */
export class StoreError extends Error {
  readonly code: StoreErrorCode;
  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
    this.code = code;
  }
}

export function isStoreError(e: unknown): e is StoreError {
  return e instanceof Error && e.name === 'StoreError' && typeof (e as StoreError).code === 'string';
}
