/**
 * Events as exchange rows, straight from the store. One statement, read with `.iterate()`,
 * gathers each event's participants and links in SQL, so a million events stream through
 * one row at a time. The connection stays busy until the generator is finished or closed.
 */
import type { Database } from 'better-sqlite3';
import type { EventFilter, EventSort } from '../../contract/query.ts';
import { filterSql } from '../event-filter-sql.ts';
import { orderBySql } from '../event-queries.ts';
import type { EntryLink } from '../import/links.ts';
import type { ExchangeRow } from './schema.ts';

export interface ExportOptions {
  /** Only the events imported from this source. */
  sourceId?: number;
  /** Only the events of a table view, in its order (default: every event, oldest first). */
  filter?: EventFilter;
  sort?: EventSort;
}

interface StoredRow {
  id: number;
  date_start: string;
  date_end: string | null;
  precision: ExchangeRow['precision'];
  date_text: string | null;
  summary: string;
  type: ExchangeRow['type'];
  category: ExchangeRow['category'];
  location: string | null;
  countries: string;
  people: string;
  groupings: string;
  links: string;
  source: string | null;
  source_line: number | null;
  warnings: string;
}

// Participants in key order; links in the order they were written (rowid), which is
// the order they had in the text. Chronological order, as analysts read a chronology.
const SELECT = `
  SELECT e.id, e.date_start, e.date_end, e.precision, e.date_text, e.summary, e.type, e.category, e.location,
    (SELECT json_group_array(country_code ORDER BY country_code) FROM event_countries WHERE event_id = e.id) AS countries,
    (SELECT json_group_array(person_id ORDER BY person_id) FROM event_people WHERE event_id = e.id) AS people,
    (SELECT json_group_array(grouping_id ORDER BY grouping_id) FROM event_groupings WHERE event_id = e.id) AS groupings,
    (SELECT json_group_array(json_object('label', label, 'url', url, 'kind', kind) ORDER BY rowid)
       FROM event_links WHERE event_id = e.id) AS links,
    s.title AS source, e.source_line, e.warnings
  FROM events e LEFT JOIN sources s ON s.id = e.source_id`;

export function* exportEvents(db: Database, options: ExportOptions = {}): Generator<ExchangeRow, void, undefined> {
  const { where, params } = filterSql(db, options.filter ?? {}, 'count');
  const order = options.sort ? orderBySql(options.sort) : 'e.date_start, e.id';
  const sql = `${SELECT} WHERE ${where} AND (? IS NULL OR e.source_id = ?) ORDER BY ${order}`;
  const sourceId = options.sourceId ?? null;
  for (const row of db.prepare(sql).iterate(...params, sourceId, sourceId) as IterableIterator<StoredRow>) {
    yield {
      id: row.id,
      date_start: row.date_start,
      date_end: row.date_end,
      precision: row.precision,
      date_text: row.date_text,
      summary: row.summary,
      type: row.type,
      category: row.category,
      location: row.location,
      countries: JSON.parse(row.countries) as string[],
      people: JSON.parse(row.people) as string[],
      groupings: JSON.parse(row.groupings) as string[],
      links: JSON.parse(row.links) as EntryLink[],
      source: row.source,
      source_line: row.source_line,
      warnings: JSON.parse(row.warnings) as string[],
    };
  }
}
