/**
 * The events table's questions to the store: a window of a filtered, sorted result, its
 * size, and one event in full. Everything is decided in SQL; the renderer holds a window.
 */
import type { Database } from 'better-sqlite3';
import type { EventDetail, EventRow } from '../contract/events.ts';
import { DEFAULT_SORT, type EventFilter, type EventQuery, type EventSort } from '../contract/query.ts';
import { StoreError } from './errors.ts';
import { filterSql } from './event-filter-sql.ts';
import { prepareCached } from './statement-cache.ts';

interface RowRecord {
  id: number;
  date_start: string;
  date_end: string | null;
  precision: EventRow['precision'];
  date_text: string | null;
  summary: string;
  type: string;
  category: string;
  location: string | null;
  source_id: number | null;
  source_title: string | null;
  importance: number | null;
  in_briefing: number;
  created_at: string;
  /** events.participants: ' JP US '. */
  countries: string;
  note_count: number;
  tags: string;
}

export const ROW_SELECT = `
  SELECT e.id, e.date_start, e.date_end, e.precision, e.date_text, e.summary, e.type, e.category, e.location,
         e.source_id, s.title AS source_title, e.importance, e.in_briefing, e.created_at,
         e.participants AS countries,
         (SELECT count(*) FROM notes AS n WHERE n.event_id = e.id AND n.deleted_at IS NULL) AS note_count,
         (SELECT json_group_array(json_object('id', t.id, 'name', t.name, 'color', t.color))
            FROM event_tags AS et JOIN tags AS t ON t.id = et.tag_id WHERE et.event_id = e.id) AS tags
    FROM events AS e LEFT JOIN sources AS s ON s.id = e.source_id`;

export const toRow = (r: RowRecord): EventRow => ({
  id: r.id,
  dateStart: r.date_start,
  dateEnd: r.date_end,
  precision: r.precision,
  dateText: r.date_text,
  summary: r.summary,
  type: r.type,
  category: r.category,
  location: r.location,
  countries: r.countries.trim() ? r.countries.trim().split(' ') : [],
  sourceId: r.source_id,
  source: r.source_title,
  noteCount: r.note_count,
  tags: JSON.parse(r.tags) as EventRow['tags'],
  importance: r.importance,
  inBriefing: r.in_briefing === 1,
  createdAt: r.created_at,
});

/**
 * ORDER BY terms for a sort, ending in the id so the order is total: a page read from the far
 * end with every direction flipped is then exactly the mirror of the same page from the front.
 */
function orderTerms(sort: EventSort): Array<[string, 'ASC' | 'DESC']> {
  const dir = sort.direction === 'asc' ? 'ASC' : 'DESC';
  const newestFirst: Array<[string, 'ASC' | 'DESC']> = [['e.date_start', 'DESC'], ['e.id', 'DESC']];
  switch (sort.column) {
    case 'date':
      return [['e.date_start', dir], ['e.id', dir]];
    case 'type':
      return [['e.type', dir], ...newestFirst];
    case 'category':
      return [['e.category', dir], ...newestFirst];
    case 'location':
      // Events without a place come last either way.
      return [['e.location IS NULL', 'ASC'], ['e.location COLLATE NOCASE', dir], ...newestFirst];
    case 'source':
      return [['s.title IS NULL', 'ASC'], ['s.title COLLATE NOCASE', dir], ...newestFirst];
    case 'importance':
      return [['e.importance IS NULL', 'ASC'], ['e.importance', dir], ...newestFirst];
  }
}

const orderBy = (terms: Array<[string, 'ASC' | 'DESC']>, flip: boolean) =>
  terms.map(([expr, dir]) => `${expr} ${flip === (dir === 'ASC') ? 'DESC' : 'ASC'}`).join(', ');

export const orderBySql = (sort: EventSort): string => orderBy(orderTerms(sort), false);

/** Counts are remembered until the store changes: paging and the far-end trick both need them. */
const counts = new Map<string, number>();
const COUNTS_KEPT = 64;

export function countEvents(db: Database, args: { filter?: EventFilter }): { total: number } {
  const filter = args.filter ?? {};
  // data_version moves when another connection commits; total_changes() when this one writes.
  const version = `${db.pragma('data_version', { simple: true }) as number}.${db.prepare('SELECT total_changes()').pluck().get() as number}`;
  const key = `${db.name}|${version}|${JSON.stringify(filter)}`;
  const known = counts.get(key);
  if (known !== undefined) return { total: known };
  const { where, params } = filterSql(db, filter, 'count');
  const searchOnly = Object.keys(filter).every((k) => k === 'search') && params.length === 1;
  // The index holds one row per event: a search alone is counted there, without touching events.
  const sql = searchOnly ? 'SELECT count(*) FROM events_fts WHERE events_fts MATCH ?' : `SELECT count(*) FROM events AS e WHERE ${where}`;
  const total = prepareCached(db, sql).pluck().get(params) as number;
  if (counts.size >= COUNTS_KEPT) counts.delete(counts.keys().next().value!);
  counts.set(key, total);
  return { total };
}

export interface EventPage {
  offset: number;
  rows: EventRow[];
  terms: string[];
  searchIgnored: boolean;
}

/** Pages past this offset are read from the far end of the result when that is nearer. */
const FAR_END_AFTER = 20_000;

/** The SQL of one page, and how to read its rows: the benchmark runs the same SQL raw. */
export function pageSql(db: Database, args: EventQuery): { sql: string; params: unknown[]; flip: boolean; empty: boolean; terms: string[]; searchIgnored: boolean } {
  // Requests were checked against the contract where they entered (the IPC dispatcher); here only defaults are filled in.
  const query = { filter: args.filter ?? {}, sort: args.sort ?? DEFAULT_SORT, offset: args.offset ?? 0, limit: args.limit ?? 200 };
  const { where, params, terms, searchIgnored } = filterSql(db, query.filter as EventFilter);
  let { offset, limit } = query;
  let flip = false;
  if (offset > FAR_END_AFTER) {
    const { total } = countEvents(db, { filter: query.filter as EventFilter });
    if (offset >= total) return { sql: '', params: [], flip, empty: true, terms, searchIgnored };
    limit = Math.min(limit, total - offset);
    if (offset > total / 2) {
      flip = true;
      offset = total - offset - limit;
    }
  }
  const sql = `${ROW_SELECT} WHERE ${where} ORDER BY ${orderBy(orderTerms(query.sort as EventSort), flip)} LIMIT ? OFFSET ?`;
  return { sql, params: [...params, limit, offset], flip, empty: false, terms, searchIgnored };
}

export function queryEvents(db: Database, args: EventQuery): EventPage {
  const { sql, params, flip, empty, terms, searchIgnored } = pageSql(db, args);
  const offset = args.offset ?? 0;
  if (empty) return { offset, rows: [], terms, searchIgnored };
  const records = prepareCached(db, sql).all(...params) as RowRecord[];
  if (flip) records.reverse();
  return { offset, rows: records.map(toRow), terms, searchIgnored };
}

export function getEvent(db: Database, args: { id: number }): EventDetail {
  const record = db.prepare(`${ROW_SELECT} WHERE e.id = ?`).get(args.id) as (RowRecord & Record<string, unknown>) | undefined;
  if (!record) throw new StoreError('NOT_FOUND', `Event ${args.id} is not in the store; it may have been deleted.`);
  const extra = db
    .prepare(
      `SELECT e.source_line, e.warnings, s.publication, s.issue, s.file_countries, s.period_start, s.period_end, s.imported_at
         FROM events AS e LEFT JOIN sources AS s ON s.id = e.source_id WHERE e.id = ?`,
    )
    .get(args.id) as {
    source_line: number | null;
    warnings: string;
    publication: string | null;
    issue: string | null;
    file_countries: string | null;
    period_start: string | null;
    period_end: string | null;
    imported_at: string | null;
  };
  const row = toRow(record);
  return {
    ...row,
    participants: db
      .prepare(
        `SELECT c.country_code AS code, coalesce(k.name, c.country_code) AS name, c.via
           FROM event_countries AS c LEFT JOIN countries AS k ON k.code = c.country_code
          WHERE c.event_id = ? ORDER BY name`,
      )
      .all(args.id) as EventDetail['participants'],
    people: (db
      .prepare(
        `SELECT p.id, p.name, p.country_code AS country, ep.mentioned,
                (SELECT r.title FROM person_roles AS r
                  WHERE r.person_id = p.id AND r.date_from <= @date AND (r.date_to IS NULL OR r.date_to > @date)
                  ORDER BY r.date_from DESC LIMIT 1) AS role
           FROM event_people AS ep JOIN people AS p ON p.id = ep.person_id
          WHERE ep.event_id = @id ORDER BY p.name`,
      )
      .all({ id: args.id, date: row.dateStart }) as Array<Omit<EventDetail['people'][number], 'mentioned'> & { mentioned: number }>)
      .map((p) => ({ ...p, mentioned: p.mentioned === 1 })),
    groupings: db
      .prepare('SELECT g.id, g.name FROM event_groupings AS eg JOIN groupings AS g ON g.id = eg.grouping_id WHERE eg.event_id = ? ORDER BY g.name')
      .all(args.id) as EventDetail['groupings'],
    mentionedCountries: db
      .prepare(
        `SELECT m.country_code AS code, coalesce(k.name, m.country_code) AS name
           FROM event_mentioned_countries AS m LEFT JOIN countries AS k ON k.code = m.country_code
          WHERE m.event_id = ? ORDER BY name`,
      )
      .all(args.id) as EventDetail['mentionedCountries'],
    provenance: {
      sourceTitle: row.source,
      publication: extra.publication,
      issue: extra.issue,
      fileCountries: extra.file_countries ? (JSON.parse(extra.file_countries) as string[]) : [],
      periodStart: extra.period_start,
      periodEnd: extra.period_end,
      importedAt: extra.imported_at,
      line: extra.source_line,
    },
    links: db.prepare('SELECT label, url, kind FROM event_links WHERE event_id = ? ORDER BY rowid').all(args.id) as EventDetail['links'],
    warnings: JSON.parse(extra.warnings) as string[],
    notes: db
      .prepare('SELECT id, body, author, updated_at AS updatedAt FROM notes WHERE event_id = ? AND deleted_at IS NULL ORDER BY created_at, id')
      .all(args.id) as EventDetail['notes'],
  };
}
