/**
 * The exchange format for events (CSV and JSON), version 1. The README section
 * "Exchange formats: CSV and JSON" is its documentation; keep the two in step.
 */
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { countries } from '../gazetteer/countries.ts';
import { groupings } from '../gazetteer/groupings.ts';
import { people } from '../gazetteer/people.ts';
import type { Problem } from '../import/chronology.ts';
import type { Category, EventType } from '../import/classify.ts';
import type { ImportEntry, ImportSource } from '../import/commit.ts';
import type { EntryLink } from '../import/links.ts';

export const EXCHANGE_FORMAT = 'briefing-book/events';
export const EXCHANGE_VERSION = 1;

/** CSV columns and JSON fields, in the order they are written. */
export const COLUMNS = [
  'id',
  'date_start',
  'date_end',
  'precision',
  'date_text',
  'summary',
  'type',
  'category',
  'location',
  'countries',
  'people',
  'groupings',
  'links',
  'source',
  'source_line',
  'warnings',
] as const;
export type Column = (typeof COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly Column[] = ['date_start', 'summary'];

export const PRECISIONS = ['day', 'month', 'year'] as const;

/** One event as exchanged; also what `exportEvents` yields. */
export interface ExchangeRow {
  id: number | null;
  date_start: string;
  date_end: string | null;
  precision: (typeof PRECISIONS)[number];
  date_text: string | null;
  summary: string;
  type: EventType;
  category: Category;
  location: string | null;
  countries: string[];
  people: string[];
  groupings: string[];
  links: EntryLink[];
  source: string | null;
  source_line: number | null;
  warnings: string[];
}

/** Ids the store's foreign keys accept; a row naming anything else would fail the whole commit. */
export interface KnownIds {
  countries: ReadonlySet<string>;
  people: ReadonlySet<string>;
  groupings: ReadonlySet<string>;
}

export function knownIds(db: Database): KnownIds {
  const ids = (sql: string) => new Set(db.prepare(sql).pluck().all() as string[]);
  return {
    countries: ids('SELECT code FROM countries'),
    people: ids('SELECT id FROM people'),
    groupings: ids('SELECT id FROM groupings'),
  };
}

/** What syncReferenceData puts in every store; people an analyst added are only in `knownIds(db)`. */
export function builtInKnownIds(): KnownIds {
  return {
    countries: new Set(countries.map((c) => c.code)),
    people: new Set(people.map((p) => p.id)),
    groupings: new Set(groupings.map((g) => g.id)),
  };
}

export interface ReadOptions {
  /** The source title, usually the file name. */
  title?: string;
  /** Defaults to the built-in gazetteer; pass `knownIds(db)` to accept the analyst's own people. */
  known?: KnownIds;
}

export interface ExchangeRead {
  source: ImportSource;
  entries: ImportEntry[];
  /** Rows (or the whole file) that could not be read, with the line and the field at fault. */
  problems: Problem[];
  /** Things read but set aside without losing an event, e.g. unknown columns. */
  notes: string[];
}

/** How countries read from an exchange file are recorded in event_countries.via. */
export const IMPORTED_VIA = 'import';

/** One source row per imported file; the same text imported again reuses it (commitImport). */
export function exchangeSource(text: string, title: string): ImportSource {
  return { title, fileCountries: [], periodStart: null, periodEnd: null, contentHash: createHash('sha256').update(text).digest('hex') };
}

/** Excel needs a BOM to open UTF-8; it is not part of the content. */
export const stripBom = (text: string): string => (text.startsWith('\uFEFF') ? text.slice(1) : text);
