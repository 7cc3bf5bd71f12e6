import type { Database } from 'better-sqlite3';
import type { EventRow, NewEvent } from '../contract/events.ts';
import { countEvents, queryEvents } from './event-queries.ts';

/** The first page of every event, newest first, with the total. */
export function listEvents(db: Database, args: { offset: number; limit: number }): { total: number; rows: EventRow[] } {
  const { total } = countEvents(db, {});
  return { total, rows: queryEvents(db, { offset: args.offset, limit: args.limit }).rows };
}

/** All or nothing: a batch that fails part-way leaves the store as it was. */
export function addEvents(db: Database, args: { events: NewEvent[] }): { added: number; ids: number[] } {
  const insert = db.prepare('INSERT INTO events (date_start, date_end, summary) VALUES (?, ?, ?)');
  const ids = db.transaction((events: NewEvent[]) =>
    events.map((e) => Number(insert.run(e.dateStart, e.dateEnd ?? null, e.summary.trim()).lastInsertRowid)),
  )(args.events);
  return { added: ids.length, ids };
}
