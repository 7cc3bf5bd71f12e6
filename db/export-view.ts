/**
 * Exports every event of a table view (not only the rows on screen) to a file the analyst
 * chose, streamed so a million events never sit in memory at once.
 */
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { EventFilter, EventSort } from '../contract/query.ts';
import { StoreError } from './errors.ts';
import { refuseLiveStoreTarget } from './store-identity.ts';
import { exportEvents } from './exchange/export-events.ts';
import { writeEventsCsvFile } from './exchange/write-csv.ts';
import { writeEventsJsonFile } from './exchange/write-json.ts';

export interface ExportViewArgs {
  filter: EventFilter;
  sort: EventSort;
  format: 'csv' | 'json';
  /** Absolute path from the main process's save dialog. */
  file: string;
}

export function exportView(db: Database, args: ExportViewArgs): { file: string; events: number; bytes: number } {
  if (!path.isAbsolute(args.file)) throw new StoreError('INVALID_INPUT', 'An export needs a full path to write to.');
  // db.name is the path the store was opened with.
  refuseLiveStoreTarget(args.file, db.name, 'The export was not saved');
  let events = 0;
  const rows = (function* counted() {
    for (const row of exportEvents(db, { filter: args.filter, sort: args.sort })) {
      events++;
      yield row;
    }
  })();
  try {
    const written = args.format === 'csv' ? writeEventsCsvFile(args.file, rows, db.name) : writeEventsJsonFile(args.file, rows, db.name);
    return { file: written.path, events, bytes: written.bytes };
  } catch (e) {
    if (e instanceof StoreError) throw e;
    const reason = e instanceof Error && 'code' in e ? ` (${String((e as NodeJS.ErrnoException).code)})` : '';
    throw new StoreError('INVALID_INPUT', `Could not write ${args.file}${reason}; nothing was written there. Choose another folder.`, { cause: e });
  }
}
