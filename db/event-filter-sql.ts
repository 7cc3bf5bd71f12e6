/**
 * An EventFilter as an SQL condition over `events AS e`, with its parameters. Shared by the
 * page, the count and the export, so the three always agree on what "the current view" is.
 */
import type { Database } from 'better-sqlite3';
import { MAX_FILTER_IDS, MAX_SEARCH_CHARS, type EngagementLevel, type EventFilter, type Pairing } from '../contract/query.ts';
import { StoreError } from './errors.ts';
import { participantsKey } from './import/commit.ts';
import { toSearchQuery } from './search-query.ts';
import { prepareCached } from './statement-cache.ts';

export interface FilterSql {
  /** A condition, `1` when nothing is filtered. */
  where: string;
  params: unknown[];
  /** Words to highlight; empty without a search. */
  terms: string[];
  /** The search text held nothing searchable (e.g. only `"` or emoji) and was left out. */
  searchIgnored: boolean;
}

/** events.level of each level of engagement (db/migrations/005-engagement-level.ts). */
const LEVEL_VALUES: Record<EngagementLevel, number> = { leader: 3, minister: 2, official: 1, unnamed: 0 };

const marks = (n: number) => Array(n).fill('?').join(', ');

/**
 * What the SQL is for. A page wants the first rows in the table's order quickly; a count
 * wants every match once. Searches are planned differently for each (see searchSql).
 */
export type Purpose = 'page' | 'count';

export function filterSql(db: Database, filter: EventFilter, purpose: Purpose = 'page'): FilterSql {
  const where: string[] = [];
  const params: unknown[] = [];
  let terms: string[] = [];
  let searchIgnored = false;

  if (filter.pairing) pairingSql(db, filter.pairing, where, params);
  if (filter.dateMatch === 'start') startSql(filter, where, params);
  else overlapSql(db, filter, where, params);
  if (filter.types?.length) {
    where.push(`e.type IN (${marks(filter.types.length)})`);
    params.push(...filter.types);
  }
  if (filter.categories?.length) {
    where.push(`e.category IN (${marks(filter.categories.length)})`);
    params.push(...filter.categories);
  }
  if (filter.tags?.length) {
    where.push(`EXISTS (SELECT 1 FROM event_tags AS t WHERE t.event_id = e.id AND t.tag_id IN (${marks(filter.tags.length)}))`);
    params.push(...filter.tags);
  }
  if (filter.minImportance) {
    // Few events are marked: start from the marked ones (a partial index), not from every event.
    where.push('e.id IN (SELECT id FROM events WHERE importance >= ?)');
    params.push(filter.minImportance);
  }
  if (filter.hasNotes !== undefined) {
    where.push(`e.id ${filter.hasNotes ? '' : 'NOT '}IN (SELECT event_id FROM notes WHERE event_id IS NOT NULL AND deleted_at IS NULL)`);
  }
  if (filter.sources?.length) {
    where.push(`e.source_id IN (${marks(filter.sources.length)})`);
    params.push(...filter.sources);
  }
  if (filter.levels?.length) {
    // events_by_level (level, date_start, id, participants) serves this when the levels are the rarer side.
    where.push(`e.level IN (${marks(filter.levels.length)})`);
    params.push(...filter.levels.map((l) => LEVEL_VALUES[l]));
  }
  if (filter.ids) {
    if (filter.ids.length > MAX_FILTER_IDS) throw new StoreError('INVALID_INPUT', `a filter can list at most ${MAX_FILTER_IDS.toLocaleString('en-US')} events`);
    // One parameter whatever the number of ids; each is then a rowid lookup.
    where.push('e.id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.ids));
  }
  if (filter.search && filter.search.length > MAX_SEARCH_CHARS) {
    throw new StoreError('INVALID_INPUT', `search text is limited to ${MAX_SEARCH_CHARS.toLocaleString('en-US')} characters`);
  }
  if (filter.search?.trim()) {
    const search = toSearchQuery(filter.search);
    if (search.match) {
      where.push(searchSql(db, search.match, search.simple, purpose));
      params.push(search.match);
      terms = search.terms;
    } else {
      searchIgnored = true;
    }
  }
  return { where: where.length ? where.join(' AND ') : '1', params, terms, searchIgnored };
}

/** Events overlapping the range (the table's default): starting before its end and ending after its start. */
function overlapSql(db: Database, filter: EventFilter, where: string[], params: unknown[]): void {
  if (filter.dateTo) {
    where.push('e.date_start <= ?');
    params.push(filter.dateTo);
  }
  if (filter.dateFrom) {
    where.push('coalesce(e.date_end, e.date_start) >= ?');
    params.push(filter.dateFrom);
    // Lets the date index bound the scan from below too: no event spans more than the longest span in the store.
    where.push('e.date_start >= ?');
    params.push(shiftDays(filter.dateFrom, -longestSpanDays(db)));
  }
}

/**
 * Events starting within the range (dateMatch 'start'), as the dashboards count them: an
 * event belongs to the month of its first day. Both bounds fall on the date index itself.
 */
function startSql(filter: EventFilter, where: string[], params: unknown[]): void {
  if (filter.dateFrom && filter.dateTo) {
    where.push('e.date_start BETWEEN ? AND ?');
    params.push(filter.dateFrom, filter.dateTo);
  } else if (filter.dateFrom) {
    where.push('e.date_start >= ?');
    params.push(filter.dateFrom);
  } else if (filter.dateTo) {
    where.push('e.date_start <= ?');
    params.push(filter.dateTo);
  }
}

/** Up to this many hits, a search drives the query: fetch the hits, then sort them. */
const FEW_HITS = 2_000;
/** From this many, a search of plain words is checked row by row in the table's order instead. */
const COMMON_HITS = 50_000;

/**
 * A search matching few events is cheapest from its hits; one matching many is cheapest by
 * walking the table's order and keeping matching rows until the page is full. A very common
 * plain word ("on") is then checked per row, which stops after a page's worth; a phrase or a
 * prefix is not cheap per row, so its hits are gathered once into a list (the unary + keeps
 * SQLite from driving the query from that list). Counting always gathers the hits once.
 */
function searchSql(db: Database, match: string, simple: boolean, purpose: Purpose): string {
  const hits = 'e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)';
  if (purpose === 'count') return hits;
  const found = prepareCached(db, 'SELECT count(*) FROM (SELECT rowid FROM events_fts WHERE events_fts MATCH ? LIMIT ?)').pluck().get(match, COMMON_HITS) as number;
  if (found < FEW_HITS) return hits;
  if (found >= COMMON_HITS && simple) return 'EXISTS (SELECT 1 FROM events_fts AS f WHERE f.rowid = e.id AND events_fts MATCH ?)';
  return `+${hits}`;
}

/**
 * Pairings test events.participants (' JP US '), which the date-ordered indexes carry: the
 * test is made on the index entry itself, so walking a year of events costs no row reads.
 */
const has = 'instr(e.participants, ?) > 0';
const padded = (code: string) => ` ${code} `;

function pairingSql(db: Database, pairing: Pairing, where: string[], params: unknown[]): void {
  if (pairing.kind === 'grouping') {
    groupingSql(db, pairing.grouping, pairing.mode, where, params);
    return;
  }
  const codes = pairing.countries;
  if (pairing.mode === 'bilateral') {
    where.push('e.participants = ?');
    params.push(participantsKey(codes));
  } else if (pairing.mode === 'any') {
    where.push(`(${codes.map(() => has).join(' OR ')})`);
    params.push(...codes.map(padded));
  } else {
    for (const code of codes) {
      where.push(has);
      params.push(padded(code));
    }
  }
  if (pairing.fileOnly && pairing.otherFilesOnly) throw new StoreError('INVALID_INPUT', 'choose either only their relationship file or only other files, not both');
  if (pairing.fileOnly) {
    const ids = relationshipFileSources(db, pairing.countries);
    where.push(ids.length ? `e.source_id IN (${marks(ids.length)})` : '0');
    params.push(...ids);
  } else if (pairing.otherFilesOnly) {
    // The complement: events from any other source, and those typed in without one.
    const ids = relationshipFileSources(db, pairing.countries);
    if (ids.length) {
      where.push(`(e.source_id IS NULL OR e.source_id NOT IN (${marks(ids.length)}))`);
      params.push(...ids);
    }
  }
}

/** Members as of the event's date: a country that joined later is not expected at earlier events. */
function groupingSql(db: Database, id: string, mode: 'all' | 'any', where: string[], params: unknown[]): void {
  const members = db.prepare('SELECT country_code, since FROM grouping_members WHERE grouping_id = ? ORDER BY since IS NOT NULL, country_code').all(id) as Array<{ country_code: string; since: string | null }>;
  if (members.length === 0) throw new StoreError('INVALID_INPUT', `There is no grouping "${id}" with members in this store.`);
  const terms = members.map((m) => {
    params.push(padded(m.country_code));
    if (!m.since) return has;
    params.push(m.since);
    return mode === 'all' ? `(${has} OR e.date_start < ?)` : `(${has} AND e.date_start >= ?)`;
  });
  where.push(`(${terms.join(mode === 'all' ? ' AND ' : ' OR ')})`);
}

/** Sources whose relationship file is exactly these countries, in any order. */
function relationshipFileSources(db: Database, codes: readonly string[]): number[] {
  const wanted = [...codes].sort().join(',');
  const rows = db.prepare('SELECT id, file_countries FROM sources').all() as Array<{ id: number; file_countries: string }>;
  return rows.filter((r) => (JSON.parse(r.file_countries) as string[]).toSorted().join(',') === wanted).map((r) => r.id);
}

function longestSpanDays(db: Database): number {
  const days = prepareCached(db, 'SELECT max(julianday(date_end) - julianday(date_start)) FROM events WHERE date_end IS NOT NULL').pluck().get() as number | null;
  return Math.ceil(days ?? 0);
}

function shiftDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
