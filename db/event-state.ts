/**
 * An event's correctable fields as one value: what a version in its history holds (before and
 * after each correction), what an edit produces and what a restore writes back. Writing a state
 * touches only the rows that differ, so the triggers that keep the participants key, the level of
 * engagement and the search index in step (migrations 003, 005, 009) fire for exactly what changed.
 */
import type { Database } from 'better-sqlite3';
import type { EventChange } from '../contract/event-edits.ts';
import { prepareCached } from './statement-cache.ts';

export interface EventState {
  dateText: string | null;
  dateStart: string;
  dateEnd: string | null;
  precision: 'day' | 'month' | 'year';
  warnings: string[];
  summary: string;
  type: string;
  category: string;
  location: string | null;
  sourceId: number | null;
  /** Sorted by code. */
  countries: Array<{ code: string; via: string }>;
  /** Grouping ids, sorted. */
  groupings: string[];
  /** Sorted by id. */
  people: Array<{ id: string; mentioned: boolean }>;
}

interface EventRecord {
  date_text: string | null;
  date_start: string;
  date_end: string | null;
  precision: EventState['precision'];
  warnings: string;
  summary: string;
  type: string;
  category: string;
  location: string | null;
  source_id: number | null;
}

export function readState(db: Database, id: number): EventState | undefined {
  const e = prepareCached(db, 'SELECT date_text, date_start, date_end, precision, warnings, summary, type, category, location, source_id FROM events WHERE id = ?').get(id) as
    | EventRecord
    | undefined;
  if (!e) return undefined;
  return {
    dateText: e.date_text,
    dateStart: e.date_start,
    dateEnd: e.date_end,
    precision: e.precision,
    warnings: JSON.parse(e.warnings) as string[],
    summary: e.summary,
    type: e.type,
    category: e.category,
    location: e.location,
    sourceId: e.source_id,
    countries: prepareCached(db, 'SELECT country_code AS code, via FROM event_countries WHERE event_id = ? ORDER BY country_code').all(id) as EventState['countries'],
    groupings: prepareCached(db, 'SELECT grouping_id FROM event_groupings WHERE event_id = ? ORDER BY grouping_id').pluck().all(id) as string[],
    people: (prepareCached(db, 'SELECT person_id AS id, mentioned FROM event_people WHERE event_id = ? ORDER BY person_id').all(id) as Array<{ id: string; mentioned: number }>).map(
      (p) => ({ id: p.id, mentioned: p.mentioned === 1 }),
    ),
  };
}

/** The same state however it was built: lists sorted, no duplicates. */
export function normalState(s: EventState): EventState {
  const countries = [...new Map(s.countries.map((c) => [c.code, c])).values()].sort((a, b) => a.code.localeCompare(b.code));
  const people = [...new Map(s.people.map((p) => [p.id, p])).values()].sort((a, b) => a.id.localeCompare(b.id));
  return { ...s, countries, people, groupings: [...new Set(s.groupings)].sort() };
}

export const sameState = (a: EventState, b: EventState): boolean => JSON.stringify(normalState(a)) === JSON.stringify(normalState(b));

/** Writes `next` over the event's current state `old`, row by row where they differ. */
export function writeState(db: Database, id: number, old: EventState, next: EventState): void {
  const fields = ['dateText', 'dateStart', 'dateEnd', 'precision', 'warnings', 'summary', 'type', 'category', 'location', 'sourceId'] as const;
  if (fields.some((f) => JSON.stringify(old[f]) !== JSON.stringify(next[f]))) {
    // Only the columns that change are written: the search index and level triggers watch columns.
    const columns: Record<(typeof fields)[number], string> = {
      dateText: 'date_text',
      dateStart: 'date_start',
      dateEnd: 'date_end',
      precision: 'precision',
      warnings: 'warnings',
      summary: 'summary',
      type: 'type',
      category: 'category',
      location: 'location',
      sourceId: 'source_id',
    };
    const changed = fields.filter((f) => JSON.stringify(old[f]) !== JSON.stringify(next[f]));
    const values = changed.map((f) => (f === 'warnings' ? JSON.stringify(next.warnings) : next[f]));
    db.prepare(`UPDATE events SET ${changed.map((f) => `${columns[f]} = ?`).join(', ')} WHERE id = ?`).run(...values, id);
  }
  const oldCodes = new Map(old.countries.map((c) => [c.code, c.via]));
  const newCodes = new Map(next.countries.map((c) => [c.code, c.via]));
  for (const code of oldCodes.keys()) if (!newCodes.has(code)) prepareCached(db, 'DELETE FROM event_countries WHERE event_id = ? AND country_code = ?').run(id, code);
  for (const [code, via] of newCodes) {
    if (!oldCodes.has(code)) prepareCached(db, 'INSERT INTO event_countries (event_id, country_code, via) VALUES (?, ?, ?)').run(id, code, via);
    else if (oldCodes.get(code) !== via) prepareCached(db, 'UPDATE event_countries SET via = ? WHERE event_id = ? AND country_code = ?').run(via, id, code);
  }
  for (const g of old.groupings) if (!next.groupings.includes(g)) prepareCached(db, 'DELETE FROM event_groupings WHERE event_id = ? AND grouping_id = ?').run(id, g);
  for (const g of next.groupings) if (!old.groupings.includes(g)) prepareCached(db, 'INSERT INTO event_groupings (event_id, grouping_id) VALUES (?, ?)').run(id, g);
  const oldPeople = new Map(old.people.map((p) => [p.id, p.mentioned]));
  const newPeople = new Map(next.people.map((p) => [p.id, p.mentioned]));
  for (const p of oldPeople.keys()) if (!newPeople.has(p)) prepareCached(db, 'DELETE FROM event_people WHERE event_id = ? AND person_id = ?').run(id, p);
  for (const [p, mentioned] of newPeople) {
    if (!oldPeople.has(p)) prepareCached(db, 'INSERT INTO event_people (event_id, person_id, mentioned) VALUES (?, ?, ?)').run(id, p, mentioned ? 1 : 0);
    else if (oldPeople.get(p) !== mentioned) prepareCached(db, 'UPDATE event_people SET mentioned = ? WHERE event_id = ? AND person_id = ?').run(mentioned ? 1 : 0, id, p);
  }
}

/** Names for codes and ids, so a change reads "participants: + South Korea (KR)". */
export interface Names {
  country(code: string): string;
  grouping(id: string): string;
  person(id: string): string;
  source(id: number | null): string;
}

export function storeNames(db: Database): Names {
  const lookup = (sql: string) => (key: string | number) => (prepareCached(db, sql).pluck().get(key) as string | undefined) ?? String(key);
  const country = lookup('SELECT name FROM countries WHERE code = ?');
  const grouping = lookup('SELECT name FROM groupings WHERE id = ?');
  const person = lookup('SELECT name FROM people WHERE id = ?');
  const source = lookup('SELECT title FROM sources WHERE id = ?');
  return {
    country: (code) => `${country(code)} (${code})`,
    grouping: (id) => `${grouping(id)} (${id})`,
    person: (id) => person(id),
    source: (id) => (id === null ? 'entered by hand' : source(id)),
  };
}

const list = (items: string[]) => (items.length ? items.toSorted((a, b) => a.localeCompare(b)).join(', ') : 'none');

/** Each field that differs between two states, with its value before and after in words. */
export function describeChanges(before: EventState, after: EventState, names: Names): EventChange[] {
  const out: EventChange[] = [];
  const plain = (field: string, a: string, b: string) => {
    if (a !== b) out.push({ field, before: a, after: b });
  };
  plain('date', before.dateText ?? before.dateStart, after.dateText ?? after.dateStart);
  plain('summary', before.summary, after.summary);
  plain('type', before.type, after.type);
  plain('category', before.category, after.category);
  plain('place', before.location ?? 'none', after.location ?? 'none');
  plain('source', names.source(before.sourceId), names.source(after.sourceId));
  plain('participants', list(before.countries.map((c) => names.country(c.code))), list(after.countries.map((c) => names.country(c.code))));
  plain('groupings', list(before.groupings.map(names.grouping)), list(after.groupings.map(names.grouping)));
  const person = (p: { id: string; mentioned: boolean }) => `${names.person(p.id)}${p.mentioned ? ' (mentioned, not taking part)' : ''}`;
  plain('people', list(before.people.map(person)), list(after.people.map(person)));
  return out;
}

/** "type (meeting → statement), participants (+ KR, − CN)": the short form for the activity log. */
export function changeLine(before: EventState, after: EventState): string {
  const parts: string[] = [];
  const arrow = (field: string, a: string, b: string) => a !== b && parts.push(`${field} (${a} → ${b})`);
  arrow('date', before.dateText ?? before.dateStart, after.dateText ?? after.dateStart);
  if (before.summary !== after.summary) parts.push('summary');
  arrow('type', before.type, after.type);
  arrow('category', before.category, after.category);
  arrow('place', before.location ?? 'none', after.location ?? 'none');
  if (before.sourceId !== after.sourceId) parts.push('source');
  const delta = (field: string, a: string[], b: string[]) => {
    const added = b.filter((x) => !a.includes(x)).map((x) => `+ ${x}`);
    const removed = a.filter((x) => !b.includes(x)).map((x) => `− ${x}`);
    if (added.length || removed.length) parts.push(`${field} (${[...added, ...removed].join(', ')})`);
  };
  delta('participants', before.countries.map((c) => c.code), after.countries.map((c) => c.code));
  delta('groupings', before.groupings, after.groupings);
  delta('people', before.people.map((p) => p.id), after.people.map((p) => p.id));
  const flipped = after.people.filter((p) => before.people.some((q) => q.id === p.id && q.mentioned !== p.mentioned));
  if (flipped.length) parts.push(`people marked (${flipped.map((p) => `${p.id}: ${p.mentioned ? 'mentioned' : 'taking part'}`).join(', ')})`);
  return parts.join(', ');
}
