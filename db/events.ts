import type { Database } from 'better-sqlite3';
import type { EventRow, NewEvent } from '../contract/events.ts';

interface EventRecord {
  id: number;
  date_start: string;
  date_end: string | null;
  summary: string;
  created_at: string;
}

const toRow = (r: EventRecord): EventRow => ({
  id: r.id,
  dateStart: r.date_start,
  dateEnd: r.date_end,
  summary: r.summary,
  createdAt: r.created_at,
});

export function listEvents(db: Database, args: { offset: number; limit: number }): { total: number; rows: EventRow[] } {
  const total = (db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
  const rows = db
    .prepare('SELECT id, date_start, date_end, summary, created_at FROM events ORDER BY date_start DESC, id DESC LIMIT ? OFFSET ?')
    .all(args.limit, args.offset) as EventRecord[];
  return { total, rows: rows.map(toRow) };
}

/** All or nothing: a batch that fails part-way leaves the store as it was. */
export function addEvents(db: Database, args: { events: NewEvent[] }): { added: number; ids: number[] } {
  const insert = db.prepare('INSERT INTO events (date_start, date_end, summary) VALUES (?, ?, ?)');
  const ids = db.transaction((events: NewEvent[]) =>
    events.map((e) => Number(insert.run(e.dateStart, e.dateEnd ?? null, e.summary.trim()).lastInsertRowid)),
  )(args.events);
  return { added: ids.length, ids };
}
