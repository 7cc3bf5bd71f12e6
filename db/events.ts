import type { Database } from 'better-sqlite3';
import type { EventRow, NewEvent } from '../contract/events.ts';

interface EventRecord {
  id: number;
  date_start: string;
  date_end: string | null;
  precision: EventRow['precision'];
  date_text: string | null;
  summary: string;
  type: string;
  category: string;
  location: string | null;
  countries: string | null;
  created_at: string;
}

const toRow = (r: EventRecord): EventRow => ({
  id: r.id,
  dateStart: r.date_start,
  dateEnd: r.date_end,
  precision: r.precision,
  dateText: r.date_text,
  summary: r.summary,
  type: r.type,
  category: r.category,
  location: r.location,
  countries: r.countries ? r.countries.split(',') : [],
  createdAt: r.created_at,
});

export function listEvents(db: Database, args: { offset: number; limit: number }): { total: number; rows: EventRow[] } {
  const total = (db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT e.id, e.date_start, e.date_end, e.precision, e.date_text, e.summary, e.type, e.category, e.location, e.created_at,
              (SELECT group_concat(country_code, ',') FROM (SELECT country_code FROM event_countries WHERE event_id = e.id ORDER BY country_code)) AS countries
         FROM events AS e ORDER BY e.date_start DESC, e.id DESC LIMIT ? OFFSET ?`,
    )
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
