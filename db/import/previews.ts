/**
 * Parsed imports waiting for the analyst's review. A preview lives in the store worker,
 * not the page: a million-entry file is paged to the screen, and the analyst's
 * corrections are applied where the entries are, so the commit writes exactly what
 * was reviewed.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { CATEGORIES, EVENT_TYPES, type Category, type EventType } from './classify.ts';
import { NEEDS_YEAR } from './parse-document.ts';
import type { SimilarEvent } from '../../contract/duplicates.ts';
import { makeSimilarFinder } from '../duplicates.ts';
import type { EntryLink } from './links.ts';
import { commitImport, dedupeKey, type CommitOptions, type ImportEntry, type ImportOutcome, type ImportSource } from './commit.ts';

export interface ImportProblem {
  line: number;
  text: string;
  reason: string;
}

export interface ParsedImport {
  source: ImportSource;
  entries: ImportEntry[];
  problems: ImportProblem[];
  skipped?: Array<{ from: number; to: number; reason: string }>;
  /** Chronology entries held back until the analyst gives the document's year. */
  yearNeeded?: number;
}

/** Reads the same text again: with the analyst's year, or with what the reader has since been taught. */
export type Reread = (year: number | null) => ParsedImport;

export type Duplicate = 'store' | 'file' | null;

export interface PreviewEntry {
  index: number;
  line: number | null;
  dateText: string | null;
  dateStart: string;
  dateEnd: string | null;
  precision: ImportEntry['precision'];
  summary: string;
  type: EventType;
  category: Category;
  location: string | null;
  countries: string[];
  people: Array<{ id: string; name: string }>;
  groupings: Array<{ id: string; name: string }>;
  sourceUrl: string | null;
  warnings: string[];
  excluded: boolean;
  edited: boolean;
  duplicate: Duplicate;
  /** A stored event this entry probably reports too, in other words (db/duplicates.ts). */
  similar: SimilarEvent | null;
}

export interface PreviewSummary {
  previewId: string;
  name: string;
  title: string;
  fileCountries: string[];
  periodStart: string | null;
  periodEnd: string | null;
  total: number;
  withWarnings: number;
  duplicates: number;
  /** Entries that probably repeat a stored event in other words. */
  similar: number;
  excluded: number;
  /** Entries the import would add: neither left out nor already stored (nor repeated in the file). */
  toAdd: number;
  /** Lines that could not be read, each with its line number; at most MAX_PROBLEMS of them. */
  problems: ImportProblem[];
  problemCount: number;
  skipped: Array<{ from: number; to: number; reason: string }>;
  /** Entries that give no year and that nothing in the document places: the analyst is asked for one. */
  yearNeeded: number;
  /** The year the analyst gave, if asked. */
  yearGiven: number | null;
  named: boolean;
  titleFound: boolean;
  suggestions: { titles: string[]; files: string[][] };
}

/** The analyst's title and relationship file for what is imported. */
export interface PreviewNaming {
  title: string;
  fileCountries: string[];
}

/** What the text offers for naming it: lines above the first entry, which the reader did not take for a title. */
export interface NamingHints {
  headings: string[];
}

export interface EntryPatch {
  dateStart?: string;
  dateEnd?: string | null;
  precision?: ImportEntry['precision'];
  countries?: string[];
  type?: EventType;
  category?: Category;
  summary?: string;
  location?: string;
  sourceUrl?: string;
  acceptWarnings?: string[];
  excluded?: boolean;
}

export type PageFilter = 'all' | 'warnings' | 'excluded' | 'duplicates' | 'similar';

const MAX_PROBLEMS = 1000;
/** Previews are large; an analyst reviews one at a time, so only the newest few are kept. */
const MAX_PREVIEWS = 3;

interface Held {
  id: string;
  name: string;
  parsed: ParsedImport;
  reread: Reread | null;
  year: number | null;
  excluded: Uint8Array;
  edited: Uint8Array;
  duplicate: Array<Duplicate>;
  similar: Array<SimilarEvent | null>;
  hints: NamingHints;
  /** The reader's own title, before the analyst named the document. */
  readTitle: string;
  readFileCountries: string[];
  naming: PreviewNaming | null;
  countryName: (code: string) => string;
}

export class PreviewNotFound extends Error {
  constructor() {
    super('This import preview is no longer open (it was committed, discarded or replaced by a newer one). Open the file again.');
    this.name = 'PreviewNotFound';
  }
}

export class InvalidCorrection extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidCorrection';
  }
}

export class PreviewStore {
  #held = new Map<string, Held>();

  create(db: Database, name: string, parsed: ParsedImport, reread: Reread | null = null, hints: NamingHints = { headings: [] }): PreviewSummary {
    const n = parsed.entries.length;
    const held: Held = {
      id: randomUUID(),
      name,
      parsed,
      reread,
      year: null,
      excluded: new Uint8Array(n),
      edited: new Uint8Array(n),
      duplicate: new Array(n).fill(null),
      similar: new Array(n).fill(null),
      hints,
      readTitle: parsed.source.title,
      readFileCountries: parsed.source.fileCountries,
      naming: null,
      countryName: countryNamer(db),
    };
    markDuplicates(db, held);
    this.#held.set(held.id, held);
    while (this.#held.size > MAX_PREVIEWS) this.#held.delete(this.#held.keys().next().value!);
    return summarise(held);
  }

  /**
   * Reads the preview's text again — with the year the analyst gave (`year`), or with the
   * reader's current knowledge (`year` undefined: after the analyst taught it a name). Entries
   * the analyst corrected or left out stay as the analyst left them.
   */
  reread(db: Database, id: string, year?: number): PreviewSummary {
    const held = this.#get(id);
    if (!held.reread) throw new InvalidCorrection('This preview cannot be read again: it did not come from chronology text.');
    if (year !== undefined) held.year = year;
    const next = held.reread(held.year);
    const kept = new Map<string, { entry: ImportEntry; edited: boolean; excluded: boolean }>();
    held.parsed.entries.forEach((entry, i) => {
      if (held.edited[i] || held.excluded[i]) kept.set(entryKey(entry), { entry, edited: held.edited[i] === 1, excluded: held.excluded[i] === 1 });
    });
    const n = next.entries.length;
    held.excluded = new Uint8Array(n);
    held.edited = new Uint8Array(n);
    held.duplicate = new Array(n).fill(null);
    held.similar = new Array(n).fill(null);
    next.entries = next.entries.map((entry, i) => {
      const was = kept.get(entryKey(entry));
      if (!was) return entry;
      held.excluded[i] = was.excluded ? 1 : 0;
      held.edited[i] = was.edited ? 1 : 0;
      return was.edited ? was.entry : entry;
    });
    held.readTitle = next.source.title;
    held.readFileCountries = next.source.fileCountries;
    held.parsed = next;
    applyNaming(held);
    markDuplicates(db, held);
    return summarise(held);
  }

  /** Files the import under the analyst's title and relationship file; a later re-read keeps them. */
  name(db: Database, id: string, naming: PreviewNaming): PreviewSummary {
    const held = this.#get(id);
    const title = naming.title.trim();
    if (title === '') throw new InvalidCorrection('The document needs a title.');
    const codes = [...new Set(naming.fileCountries.map((c) => c.trim().toUpperCase()))];
    const known = db.prepare('SELECT code FROM countries WHERE code = ?').pluck();
    const unknown = codes.filter((c) => !known.get(c));
    if (unknown.length > 0) throw new InvalidCorrection(`Unknown country code${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}.`);
    held.naming = { title, fileCountries: codes };
    applyNaming(held);
    return summarise(held);
  }

  /** The same correction to many entries at once ('set type to statement for these 7'). */
  editMany(db: Database, id: string, indices: readonly number[], patch: EntryPatch): { edited: number } {
    const held = this.#get(id);
    for (const index of indices) if (!held.parsed.entries[index]) throw new InvalidCorrection(`There is no entry ${index + 1} in this preview.`);
    // All or nothing: every entry is checked before any is changed.
    const next = indices.map((index) => applyPatch(db, held.parsed.entries[index]!, patch));
    indices.forEach((index, k) => this.#apply(db, held, index, next[k]!, patch));
    return { edited: indices.length };
  }

  summary(id: string): PreviewSummary {
    return summarise(this.#get(id));
  }

  page(db: Database, id: string, offset: number, limit: number, filter: PageFilter = 'all'): { total: number; entries: PreviewEntry[] } {
    const held = this.#get(id);
    const view = viewer(db);
    const all = held.parsed.entries;
    if (filter === 'all') {
      const entries: PreviewEntry[] = [];
      for (let i = offset; i < Math.min(all.length, offset + limit); i++) entries.push(view(held, i));
      return { total: all.length, entries };
    }
    const keep = (i: number) =>
      filter === 'warnings'
        ? all[i]!.warnings.length > 0
        : filter === 'excluded'
          ? held.excluded[i] === 1
          : filter === 'similar'
            ? held.similar[i] !== null
            : held.duplicate[i] !== null;
    const matching: number[] = [];
    for (let i = 0; i < all.length; i++) if (keep(i)) matching.push(i);
    return { total: matching.length, entries: matching.slice(offset, offset + limit).map((i) => view(held, i)) };
  }

  edit(db: Database, id: string, index: number, patch: EntryPatch): PreviewEntry {
    const held = this.#get(id);
    const entry = held.parsed.entries[index];
    if (!entry) throw new InvalidCorrection(`There is no entry ${index + 1} in this preview.`);
    this.#apply(db, held, index, applyPatch(db, entry, patch), patch);
    return viewer(db)(held, index);
  }

  #apply(db: Database, held: Held, index: number, next: ImportEntry, patch: EntryPatch): void {
    if (patch.excluded !== undefined) held.excluded[index] = patch.excluded ? 1 : 0;
    if (next === held.parsed.entries[index]) return;
    held.parsed.entries[index] = next;
    held.edited[index] = 1;
    held.duplicate[index] = storedKeys(db).get(dedupeKey(next)) ? 'store' : null;
    held.similar[index] = held.duplicate[index] ? null : makeSimilarFinder(db)(similarQuery(next));
  }

  commit(db: Database, id: string, options: CommitOptions): ImportOutcome & { excluded: number } {
    const held = this.#get(id);
    nameIfUnnamed(held);
    const chosen = held.parsed.entries.filter((_, i) => held.excluded[i] === 0);
    const outcome = commitImport(db, held.parsed.source, chosen, options);
    this.#held.delete(id);
    return { ...outcome, excluded: held.parsed.entries.length - chosen.length };
  }

  discard(id: string): void {
    this.#held.delete(id);
  }

  #get(id: string): Held {
    const held = this.#held.get(id);
    if (!held) throw new PreviewNotFound();
    return held;
  }
}

/** An import the analyst did not name, whose heading the reader did not know, is filed under the best suggestion rather than "Pasted text". */
function nameIfUnnamed(held: Held): void {
  if (held.naming || titleWasFound(held)) return;
  const offered = suggestions(held);
  if (!offered.titles[0]) return;
  held.naming = { title: offered.titles[0], fileCountries: held.readFileCountries.length > 0 ? held.readFileCountries : (offered.files[0] ?? []) };
  applyNaming(held);
}

function applyNaming(held: Held): void {
  if (!held.naming) return;
  held.parsed.source = { ...held.parsed.source, title: held.naming.title, fileCountries: held.naming.fileCountries };
}

function countryNamer(db: Database): (code: string) => string {
  const name = db.prepare('SELECT name FROM countries WHERE code = ?').pluck();
  return (code) => (name.get(code) as string | undefined) ?? code;
}

/** The countries the entries name most often, most first (ties by code, so the order is stable). */
function mostNamed(entries: readonly ImportEntry[], limit: number): string[] {
  const counts = new Map<string, number>();
  for (const e of entries) for (const c of e.countries) if (/^[A-Z]{2}$/.test(c.code)) counts.set(c.code, (counts.get(c.code) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([code]) => code);
}

const GENERIC_NAMES = new Set(['pasted text', 'pasted chronology', 'dropped text']);
const withoutExtension = (name: string) => name.replace(/\.(txt|md|markdown|csv|json)$/i, '').trim();

/**
 * Names to offer for the document, best first: the reader's title when it found one, the
 * lines above the first entry, the file's name, then the countries the entries name most.
 */
function suggestions(held: Held): PreviewSummary['suggestions'] {
  const titles: string[] = [];
  const offer = (t: string | null | undefined) => {
    const clean = t?.replace(/\s+/g, ' ').trim();
    if (clean && !GENERIC_NAMES.has(clean.toLowerCase()) && !titles.includes(clean)) titles.push(clean);
  };
  if (titleWasFound(held)) offer(held.readTitle);
  for (const h of held.hints.headings) offer(h);
  offer(withoutExtension(held.name));
  const top = mostNamed(held.parsed.entries, 2);
  if (top.length === 2) offer(`${held.countryName(top[0]!)}–${held.countryName(top[1]!)} relations`);
  const files: string[][] = [];
  const offerFile = (codes: string[]) => {
    if (codes.length > 0 && !files.some((f) => f.join(' ') === codes.join(' '))) files.push(codes);
  };
  if (held.naming) offerFile(held.naming.fileCountries);
  offerFile(held.readFileCountries);
  offerFile(top);
  if (top.length > 0) offerFile(top.slice(0, 1));
  return { titles, files };
}

const titleWasFound = (held: Held) => held.readTitle !== held.name && !GENERIC_NAMES.has(held.readTitle.toLowerCase());

/** Keys already stored: an event's, or an entry's merged into another event (db/merge-events.ts). */
function storedKeys(db: Database): { get(key: string): unknown } {
  const inStore = db.prepare('SELECT 1 FROM events WHERE dedupe_key = ? UNION ALL SELECT 1 FROM event_sources WHERE dedupe_key = ?').pluck();
  return { get: (key) => inStore.get(key, key) };
}

const similarQuery = (e: ImportEntry) => ({ ...e, countries: e.countries.map((c) => c.code) });

function markDuplicates(db: Database, held: Held): void {
  const inStore = storedKeys(db);
  const similarTo = makeSimilarFinder(db);
  const seen = new Set<string>();
  held.parsed.entries.forEach((entry, i) => {
    held.duplicate[i] = duplicateOf(entry, inStore, seen);
    held.similar[i] = held.duplicate[i] ? null : similarTo(similarQuery(entry));
  });
}

/** An entry is the same entry after a re-read when it stands on the same line with the same date as written. */
const entryKey = (e: ImportEntry) => `${e.sourceLine ?? ''}\u0000${e.dateText ?? ''}\u0000${e.summary}`;

function duplicateOf(entry: ImportEntry, inStore: { get(key: string): unknown }, seen: Set<string>): Duplicate {
  const key = dedupeKey(entry);
  if (inStore.get(key)) return 'store';
  if (seen.has(key)) return 'file';
  seen.add(key);
  return null;
}

function summarise(held: Held): PreviewSummary {
  const { source, entries, skipped } = held.parsed;
  // Entries waiting for the year are asked about, not reported as unreadable.
  const problems = held.parsed.problems.filter((p) => p.reason !== NEEDS_YEAR);
  let withWarnings = 0;
  for (const e of entries) if (e.warnings.length > 0) withWarnings++;
  let toAdd = 0;
  for (let i = 0; i < entries.length; i++) if (held.excluded[i] === 0 && held.duplicate[i] === null) toAdd++;
  return {
    previewId: held.id,
    name: held.name,
    title: source.title,
    fileCountries: source.fileCountries,
    periodStart: source.periodStart ?? null,
    periodEnd: source.periodEnd ?? null,
    total: entries.length,
    withWarnings,
    duplicates: held.duplicate.filter((d) => d !== null).length,
    similar: held.similar.filter((d) => d !== null).length,
    excluded: held.excluded.reduce((n, x) => n + x, 0),
    toAdd,
    problems: problems.slice(0, MAX_PROBLEMS),
    problemCount: problems.length,
    skipped: skipped ?? [],
    yearNeeded: held.parsed.yearNeeded ?? 0,
    yearGiven: held.year,
    named: held.naming !== null,
    titleFound: titleWasFound(held),
    suggestions: suggestions(held),
  };
}

/** Entries as the analyst sees them: people by name, not id. */
function viewer(db: Database): (held: Held, index: number) => PreviewEntry {
  const person = db.prepare('SELECT name FROM people WHERE id = ?').pluck();
  const grouping = db.prepare('SELECT name FROM groupings WHERE id = ?').pluck();
  const names = {
    person: (id: string) => (person.get(id) as string | undefined) ?? id,
    grouping: (id: string) => (grouping.get(id) as string | undefined) ?? id,
  };
  return (held, index) => view(held, index, names);
}

function view(held: Held, index: number, names: { person(id: string): string; grouping(id: string): string }): PreviewEntry {
  const e = held.parsed.entries[index]!;
  return {
    index,
    line: e.sourceLine,
    dateText: e.dateText,
    dateStart: e.dateStart,
    dateEnd: e.dateEnd,
    precision: e.precision,
    summary: e.summary,
    type: e.type,
    category: e.category,
    location: e.location,
    countries: e.countries.map((c) => c.code),
    people: e.people.map((id) => ({ id, name: names.person(id) })),
    groupings: e.groupings.map((id) => ({ id, name: names.grouping(id) })),
    sourceUrl: e.links.find((l) => l.kind === 'source' && l.url)?.url ?? null,
    warnings: e.warnings,
    excluded: held.excluded[index] === 1,
    edited: held.edited[index] === 1,
    duplicate: held.duplicate[index] ?? null,
    similar: held.similar[index] ?? null,
  };
}

/** The entry's links with its source link replaced by `url` (or removed, for empty text); documents stay. */
function withSourceLink(links: readonly EntryLink[], url: string): EntryLink[] {
  const documents = links.filter((l) => l.kind !== 'source');
  if (url === '') return documents;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InvalidCorrection(`"${url}" is not a web address; write it as https://…`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new InvalidCorrection('A source link must be an http or https address.');
  const label = links.find((l) => l.kind === 'source')?.label ?? parsed.hostname;
  return [{ label, url: parsed.href, kind: 'source' }, ...documents];
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
function isRealDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().startsWith(s);
}

/** The corrected entry, or the same object when only the exclusion changed. */
function applyPatch(db: Database, entry: ImportEntry, patch: EntryPatch): ImportEntry {
  const { excluded: _excluded, ...changes } = patch;
  if (Object.keys(changes).length === 0) return entry;
  const next: ImportEntry = { ...entry, warnings: [...entry.warnings] };
  if (changes.dateStart !== undefined || changes.dateEnd !== undefined || changes.precision !== undefined) {
    next.dateStart = changes.dateStart ?? entry.dateStart;
    next.dateEnd = changes.dateEnd !== undefined ? changes.dateEnd : entry.dateEnd;
    next.precision = changes.precision ?? entry.precision;
    if (!isRealDate(next.dateStart)) throw new InvalidCorrection(`"${next.dateStart}" is not a date; write it as YYYY-MM-DD.`);
    if (next.dateEnd !== null && !isRealDate(next.dateEnd)) throw new InvalidCorrection(`"${next.dateEnd}" is not a date; write it as YYYY-MM-DD.`);
    if (next.dateEnd !== null && next.dateEnd < next.dateStart) throw new InvalidCorrection('An entry cannot end before it starts.');
    if (next.dateEnd === next.dateStart) next.dateEnd = null;
    // The analyst has read the date: the reader's doubts about it no longer apply.
    next.warnings = next.warnings.filter((w) => !w.startsWith('no year'));
  }
  if (changes.countries !== undefined) {
    const known = db.prepare('SELECT code FROM countries WHERE code = ?').pluck();
    const codes = [...new Set(changes.countries.map((c) => c.trim().toUpperCase()))];
    const unknown = codes.filter((c) => !known.get(c));
    if (unknown.length > 0) throw new InvalidCorrection(`Unknown country code${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}.`);
    const before = new Map(entry.countries.map((c) => [c.code, c.via]));
    next.countries = codes.map((code) => ({ code, via: before.get(code) ?? 'analyst' }));
    if (codes.length > 0) next.warnings = next.warnings.filter((w) => w !== 'no country found');
  }
  if (changes.type !== undefined) {
    if (!(EVENT_TYPES as readonly string[]).includes(changes.type)) throw new InvalidCorrection(`"${changes.type}" is not an event type.`);
    next.type = changes.type;
  }
  if (changes.category !== undefined) {
    if (!(CATEGORIES as readonly string[]).includes(changes.category)) throw new InvalidCorrection(`"${changes.category}" is not a category.`);
    next.category = changes.category;
  }
  if (changes.summary !== undefined) {
    const summary = changes.summary.replace(/\s+/g, ' ').trim();
    if (summary === '') throw new InvalidCorrection('An entry needs its text.');
    next.summary = summary;
  }
  if (changes.location !== undefined) next.location = changes.location.trim() || null;
  if (changes.sourceUrl !== undefined) next.links = withSourceLink(entry.links, changes.sourceUrl.trim());
  if (changes.acceptWarnings !== undefined) {
    const accepted = new Set(changes.acceptWarnings);
    next.warnings = next.warnings.filter((w) => !accepted.has(w));
  }
  return next;
}
