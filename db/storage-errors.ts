/**
 * SQLite's own words for a full disk ("database or disk is full") say nothing of what the
 * analyst still has. A write that fails this way is rolled back whole, so the message can
 * say what was kept and what to do.
 */
import { StoreError } from './errors.ts';

/** A StoreError for a full disk, or null when `e` is some other failure. `kept` says what survived. */
export function diskFullError(e: unknown, kept: string): StoreError | null {
  if ((e as { code?: unknown } | null)?.code !== 'SQLITE_FULL') return null;
  return new StoreError('QUERY_FAILED', `The disk that holds the store is full, so this could not be written. ${kept} Free some space on the disk and try again.`, {
    cause: e,
  });
}
