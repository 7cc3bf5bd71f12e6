/**
 * Writes a parsed, analyst-reviewed import into the store: one transaction, so an import
 * lands whole or not at all, even if the process is killed part-way. Entries already in
 * the store (same dedupe key) are counted, not added again.
 */
import { hash } from 'node:crypto';
import type { Database, Statement } from 'better-sqlite3';
import type { Category, EventType } from './classify.ts';
import type { EntryLink } from './links.ts';

export interface ImportEntry {
  sourceLine: number | null;
  dateText: string | null;
  dateStart: string;
  dateEnd: string | null;
  precision: 'day' | 'month' | 'year';
  summary: string;
  type: EventType;
  category: Category;
  location: string | null;
  countries: Array<{ code: string; via: string }>;
  people: string[];
  /** People the entry only mentions ('to prepare Obama's visit'): kept, but not taking part. */
  mentionedPeople?: string[];
  /** States the entry only mentions ('talks on North Korea'): kept apart from the participants. */
  mentionedCountries?: string[];
  groupings: string[];
  links: EntryLink[];
  warnings: string[];
}

export interface ImportSource {
  title: string;
  publication?: string | null;
  issue?: string | null;
  published?: string | null;
  url?: string | null;
  fileCountries: string[];
  periodStart?: string | null;
  periodEnd?: string | null;
  /** Hash of the imported text; re-importing the same document reuses the source row. */
  contentHash: string;
}

export interface ImportOutcome {
  sourceId: number;
  added: number;
  duplicates: number;
  cancelled: boolean;
}

export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled; nothing was written.');
    this.name = 'ImportCancelled';
  }
}

const NOT_PRINTABLE_ASCII = /[^ -~]/;

export function dedupeKey(e: Pick<ImportEntry, 'dateStart' | 'dateEnd' | 'summary'>): string {
  const lower = e.summary.toLowerCase();
  // NFKC and the Unicode classes change nothing in printable ASCII, where they cost half the time.
  const words = (NOT_PRINTABLE_ASCII.test(lower) ? lower.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, ' ') : lower.replace(/[^a-z0-9]+/g, ' ')).trim();
  return hash('sha1', `${e.dateStart}|${e.dateEnd ?? ''}|${words}`, 'base64url');
}

export interface CommitOptions {
  /** Called every `progressEvery` entries with the number done so far. */
  onProgress?: (done: number, total: number) => void;
  progressEvery?: number;
  /** Checked with the progress callback; returning true rolls the whole import back. */
  isCancelled?: () => boolean;
}

/** Events go in many rows per statement: fewer calls, and fewer statement journals. */
const EVENT_ROWS = 500;
/** Participant and link rows per statement (at most 4 values each, far below SQLite's 32,766). */
const LINK_ROWS = 256;
/** Page cache while importing: the dedupe-key index takes random inserts, which a small cache turns into reads. */
export const IMPORT_CACHE_KIB = 262_144;

const EVENT_COLUMNS = 'date_start, date_end, precision, date_text, summary, type, category, location, source_id, source_line, warnings, dedupe_key, participants';

/** events.participants as the triggers on event_countries write it: ' JP US '. */
export const participantsKey = (codes: Iterable<string>): string => {
  const sorted = [...new Set(codes)].sort();
  return sorted.length ? ` ${sorted.join(' ')} ` : ' ';
};

export function commitImport(db: Database, source: ImportSource, given: readonly ImportEntry[], options: CommitOptions = {}): ImportOutcome {
  const entries = withoutMergedAway(db, given);
  const every = options.progressEvery ?? 5000;
  const findSource = db.prepare('SELECT id FROM sources WHERE content_hash = ?').pluck();
  const insertSource = db.prepare(
    `INSERT INTO sources (title, publication, issue, published, url, file_countries, period_start, period_end, content_hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertEvents = statementsByRows(db, (rows) =>
    `INSERT INTO events (${EVENT_COLUMNS}) VALUES ${placeholders(rows, 13)}
     ON CONFLICT (dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
     RETURNING id, dedupe_key`,
  );
  const countries = new RowWriter(db, 'INSERT OR IGNORE INTO event_countries (event_id, country_code, via)', 3);
  const people = new RowWriter(db, 'INSERT OR IGNORE INTO event_people (event_id, person_id)', 2);
  // Only prepared when some entry needs them, so that a store of an older version (a migration
  // test commits into one) can still take an import.
  const mentioned = lazyWriter(entries.some((e) => e.mentionedPeople?.length), () => new RowWriter(db, 'INSERT OR IGNORE INTO event_people (event_id, person_id, mentioned)', 3));
  const mentionedCountries = lazyWriter(entries.some((e) => e.mentionedCountries?.length), () => new RowWriter(db, 'INSERT OR IGNORE INTO event_mentioned_countries (event_id, country_code)', 2));
  const groupings = new RowWriter(db, 'INSERT OR IGNORE INTO event_groupings (event_id, grouping_id)', 2);
  const links = new RowWriter(db, 'INSERT INTO event_links (event_id, label, url, kind)', 4);

  const run = db.transaction((): ImportOutcome => {
    const indexing = deferSearchIndexing(db);
    const existing = findSource.get(source.contentHash) as number | undefined;
    const sourceId =
      existing ??
      Number(
        insertSource.run(
          source.title,
          source.publication ?? null,
          source.issue ?? null,
          source.published ?? null,
          source.url ?? null,
          JSON.stringify(source.fileCountries),
          source.periodStart ?? null,
          source.periodEnd ?? null,
          source.contentHash,
        ).lastInsertRowid,
      );
    let added = 0;
    for (let from = 0; from < entries.length; ) {
      if (from % every === 0) {
        if (options.isCancelled?.()) throw new ImportCancelled();
        options.onProgress?.(from, entries.length);
      }
      // A batch never straddles a progress point, so cancelling is checked where it always was.
      const to = Math.min(entries.length, from + EVENT_ROWS, (Math.floor(from / every) + 1) * every);
      const values: unknown[] = [];
      const byKey = new Map<string, ImportEntry>();
      for (let i = from; i < to; i++) {
        const e = entries[i]!;
        const key = dedupeKey(e);
        // Two entries with one key in a batch: the first is inserted, as row by row.
        if (!byKey.has(key)) byKey.set(key, e);
        values.push(
          e.dateStart, e.dateEnd, e.precision, e.dateText, e.summary, e.type, e.category, e.location, sourceId, e.sourceLine,
          e.warnings.length ? JSON.stringify(e.warnings) : '[]', key, participantsKey(e.countries.map((c) => c.code)),
        );
      }
      const inserted = insertEvents(to - from).all(values) as Array<{ id: number; dedupe_key: string }>;
      added += inserted.length;
      for (const { id, dedupe_key } of inserted) {
        const e = byKey.get(dedupe_key)!;
        for (const c of e.countries) countries.add(id, c.code, c.via);
        for (const p of e.people) people.add(id, p);
        for (const p of e.mentionedPeople ?? []) mentioned.add(id, p, 1);
        for (const c of e.mentionedCountries ?? []) mentionedCountries.add(id, c);
        for (const g of e.groupings) groupings.add(id, g);
        for (const l of e.links) links.add(id, l.label, l.url, l.kind);
      }
      from = to;
    }
    countries.finish();
    people.finish();
    mentioned.finish();
    mentionedCountries.finish();
    groupings.finish();
    links.finish();
    indexing.finish();
    options.onProgress?.(entries.length, entries.length);
    return { sourceId, added, duplicates: given.length - added, cancelled: false };
  });

  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = -${IMPORT_CACHE_KIB}`);
  try {
    return run.immediate();
  } finally {
    db.pragma(`cache_size = ${cacheSize}`);
  }
}

/**
 * Entries whose event was merged into another (db/merge-events.ts) are stored: their dedupe
 * key is kept in event_sources, and they are counted as duplicates, not added back.
 */
function withoutMergedAway(db: Database, entries: readonly ImportEntry[]): readonly ImportEntry[] {
  // A store opened below version 10 (a migration test) has no such table.
  if (!db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'event_sources'").get()) return entries;
  if (!db.prepare('SELECT 1 FROM event_sources WHERE dedupe_key IS NOT NULL LIMIT 1').get()) return entries;
  const merged = db.prepare('SELECT 1 FROM event_sources WHERE dedupe_key = ?').pluck();
  return entries.filter((e) => !merged.get(dedupeKey(e)));
}

/**
 * The search index's triggers re-index an event as each of its rows lands (the event, then
 * each official named in it), and FTS5 writes out its pending terms at every statement
 * savepoint: most of an import's time went there. Inside the import's transaction the insert
 * triggers are set aside and the new events (ids above the old maximum: SQLite gives a new
 * row max(id) + 1) are indexed in one pass at the end; a rollback restores the triggers.
 */
// The participants column is written with each event, so its trigger is set aside as well.
const DEFERRED_TRIGGERS = ['events_fts_insert', 'event_people_fts_insert', 'event_countries_participants_insert'];
const OPTIMIZE_AFTER = 10_000;

function deferSearchIndexing(db: Database): { finish(): void } {
  const triggerSql = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?").pluck();
  const triggers = DEFERRED_TRIGGERS.map((name) => triggerSql.get(name) as string | undefined);
  if (triggers.some((sql) => !sql)) return { finish() {} };
  const lastId = db.prepare('SELECT coalesce(max(id), 0) FROM events').pluck().get() as number;
  for (const name of DEFERRED_TRIGGERS) db.exec(`DROP TRIGGER ${name}`);
  return {
    finish() {
      db.prepare(
        `INSERT INTO events_fts (rowid, summary, location, people, notes)
         SELECT id, summary, location, people, notes FROM event_search_text WHERE id > ?`,
      ).run(lastId);
      for (const sql of triggers) db.exec(sql!);
      // A large import leaves the index in many segments, which slows searching for common words.
      const added = (db.prepare('SELECT count(*) FROM events WHERE id > ?').pluck().get(lastId) as number);
      if (added >= OPTIMIZE_AFTER) db.exec("INSERT INTO events_fts (events_fts) VALUES ('optimize')");
    },
  };
}

const placeholders = (rows: number, columns: number) => Array(rows).fill(`(${Array(columns).fill('?').join(', ')})`).join(', ');

/** One statement per row count, prepared when first needed: most batches are full, so few are. */
function statementsByRows(db: Database, sql: (rows: number) => string): (rows: number) => Statement {
  const prepared = new Map<number, Statement>();
  return (rows) => {
    let statement = prepared.get(rows);
    if (!statement) prepared.set(rows, (statement = db.prepare(sql(rows))));
    return statement;
  };
}

/** Collects rows for one table and writes them LINK_ROWS at a time; finish() writes the rest. */
/** A RowWriter when it will be used, else one that ignores what it is given. */
function lazyWriter(needed: boolean | undefined, make: () => RowWriter): Pick<RowWriter, 'add' | 'finish'> {
  return needed ? make() : { add: () => {}, finish: () => {} };
}

class RowWriter {
  readonly #full: Statement;
  readonly #one: Statement;
  readonly #columns: number;
  #values: unknown[] = [];

  constructor(db: Database, insert: string, columns: number) {
    this.#columns = columns;
    this.#full = db.prepare(`${insert} VALUES ${placeholders(LINK_ROWS, columns)}`);
    this.#one = db.prepare(`${insert} VALUES ${placeholders(1, columns)}`);
  }

  add(...row: unknown[]): void {
    for (const v of row) this.#values.push(v);
    if (this.#values.length === LINK_ROWS * this.#columns) {
      this.#full.run(this.#values);
      this.#values = [];
    }
  }

  finish(): void {
    for (let i = 0; i < this.#values.length; i += this.#columns) this.#one.run(this.#values.slice(i, i + this.#columns));
    this.#values = [];
  }
}
