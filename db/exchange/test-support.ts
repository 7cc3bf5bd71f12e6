/** Stores and events shared by the exchange tests. */
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { commitImport, type ImportEntry } from '../import/commit.ts';
import { parseDocument, type ParsedDocument } from '../import/parse-document.ts';
import { openStore } from '../open-store.ts';
import { tempDir } from '../test/helpers.ts';
import type { ExchangeRow } from './schema.ts';

/** A new store with the built-in reference data, in a folder removed after the test file. */
export async function freshStore(label = 'exchange'): Promise<Database> {
  return (await openStore(path.join(tempDir(label), 'store.sqlite'))).db;
}

const SAMPLE = new URL('../../assets/sample/us-japan-2023-jan-apr.md', import.meta.url);

export function parsedSample(): ParsedDocument {
  return parseDocument(fs.readFileSync(SAMPLE, 'utf8'), { title: 'us-japan-2023-jan-apr.md' });
}

export function entry(overrides: Partial<ImportEntry> = {}): ImportEntry {
  return {
    sourceLine: 1,
    dateText: 'Jan. 11, 2023',
    dateStart: '2023-01-11',
    dateEnd: null,
    precision: 'day',
    summary: 'Ministers meet in Tokyo.',
    type: 'meeting',
    category: 'diplomacy',
    location: 'Tokyo',
    countries: [{ code: 'JP', via: 'name' }],
    people: [],
    groupings: [],
    links: [],
    warnings: [],
    ...overrides,
  };
}

export function commitEntries(db: Database, entries: ImportEntry[], contentHash = 'test'): void {
  commitImport(db, { title: 'Test entries', fileCountries: [], contentHash }, entries);
}

/** The event itself: what a round trip must keep (the id and source are the store's own). */
export const eventContent = (rows: Iterable<ExchangeRow>) => [...rows].map(({ id: _id, source: _source, ...content }) => content);
