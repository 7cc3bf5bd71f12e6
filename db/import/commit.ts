/**
 * Writes a parsed, analyst-reviewed import into the store: one transaction, so an import
 * lands whole or not at all, even if the process is killed part-way. Entries already in
 * the store (same dedupe key) are counted, not added again.
 */
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
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

export function dedupeKey(e: Pick<ImportEntry, 'dateStart' | 'dateEnd' | 'summary'>): string {
  const words = e.summary.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return createHash('sha1').update(`${e.dateStart}|${e.dateEnd ?? ''}|${words}`).digest('base64url');
}

export interface CommitOptions {
  /** Called every `progressEvery` entries with the number done so far. */
  onProgress?: (done: number, total: number) => void;
  progressEvery?: number;
  /** Checked with the progress callback; returning true rolls the whole import back. */
  isCancelled?: () => boolean;
}

export function commitImport(db: Database, source: ImportSource, entries: readonly ImportEntry[], options: CommitOptions = {}): ImportOutcome {
  const every = options.progressEvery ?? 5000;
  const findSource = db.prepare('SELECT id FROM sources WHERE content_hash = ?').pluck();
  const insertSource = db.prepare(
    `INSERT INTO sources (title, publication, issue, published, url, file_countries, period_start, period_end, content_hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertEvent = db.prepare(
    `INSERT INTO events (date_start, date_end, precision, date_text, summary, type, category, location, source_id, source_line, warnings, dedupe_key)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING`,
  );
  const insertCountry = db.prepare('INSERT OR IGNORE INTO event_countries (event_id, country_code, via) VALUES (?, ?, ?)');
  const insertPerson = db.prepare('INSERT OR IGNORE INTO event_people (event_id, person_id) VALUES (?, ?)');
  const insertGrouping = db.prepare('INSERT OR IGNORE INTO event_groupings (event_id, grouping_id) VALUES (?, ?)');
  const insertLink = db.prepare('INSERT INTO event_links (event_id, label, url, kind) VALUES (?, ?, ?, ?)');

  const run = db.transaction((): ImportOutcome => {
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
    let duplicates = 0;
    for (let i = 0; i < entries.length; i++) {
      if (i % every === 0) {
        if (options.isCancelled?.()) throw new ImportCancelled();
        options.onProgress?.(i, entries.length);
      }
      const e = entries[i]!;
      const result = insertEvent.run(
        e.dateStart,
        e.dateEnd,
        e.precision,
        e.dateText,
        e.summary,
        e.type,
        e.category,
        e.location,
        sourceId,
        e.sourceLine,
        JSON.stringify(e.warnings),
        dedupeKey(e),
      );
      if (result.changes === 0) {
        duplicates++;
        continue;
      }
      added++;
      const id = result.lastInsertRowid;
      for (const c of e.countries) insertCountry.run(id, c.code, c.via);
      for (const p of e.people) insertPerson.run(id, p);
      for (const g of e.groupings) insertGrouping.run(id, g);
      for (const l of e.links) insertLink.run(id, l.label, l.url, l.kind);
    }
    options.onProgress?.(entries.length, entries.length);
    return { sourceId, added, duplicates, cancelled: false };
  });
  return run.immediate();
}
