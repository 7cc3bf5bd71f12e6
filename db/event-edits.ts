/**
 * Correcting events: any correctable field of one event or of many at once, each change kept as
 * a version (the fields before and after, db/event-state.ts) so it can be undone, and any
 * earlier version restored. Undoing and restoring are changes like any other: logged, versioned,
 * and undoable in their turn.
 *
 * An edit keeps the event's dedupe key, so importing the same chronology again does not bring
 * back the uncorrected entry beside the corrected one. The search index, the participants key and
 * the level of engagement follow through the triggers on `events`, `event_countries` and
 * `event_people` (migrations 003, 005 and 009): dashboards and briefings read them as corrected.
 *
 * Deleting events is in db/events-trash.ts.
 */
import type { Database } from 'better-sqlite3';
import type { BulkEdit, EventEdit, EventVersion } from '../contract/event-edits.ts';
import type { EventDetail } from '../contract/events.ts';
import { logActivity } from './activity.ts';
import { StoreError } from './errors.ts';
import { getEvent } from './event-queries.ts';
import { readEventDate } from './event-date-text.ts';
import { changeLine, describeChanges, normalState, readState, sameState, storeNames, writeState, type EventState } from './event-state.ts';
import { countryCodeForName } from './gazetteer/lookup.ts';
import { currentAuthor } from './preferences.ts';
import { prepareCached } from './statement-cache.ts';

/** How the importer begins the warning for a date written without its year (db/import/parse-document.ts). */
const NO_YEAR = 'no year in "';

type Participant = { kind: 'country'; code: string } | { kind: 'grouping'; id: string };

/** A country or grouping by code or name: "KR", "South Korea", "the U.S.", "ASEAN". */
export function findParticipant(db: Database, text: string): Participant {
  const code = prepareCached(db, 'SELECT code FROM countries WHERE code = upper(?)').pluck().get(text.trim()) as string | undefined;
  if (code) return { kind: 'country', code };
  const grouping = prepareCached(db, 'SELECT id FROM groupings WHERE upper(id) = upper(?) OR lower(name) = lower(?)').pluck().get(text.trim(), text.trim()) as string | undefined;
  if (grouping) return { kind: 'grouping', id: grouping };
  const named = countryCodeForName(text);
  if (named && prepareCached(db, 'SELECT 1 FROM countries WHERE code = ?').get(named)) return { kind: 'country', code: named };
  const byName = prepareCached(db, 'SELECT code FROM countries WHERE lower(name) = lower(?)').pluck().get(text.trim()) as string | undefined;
  if (byName) return { kind: 'country', code: byName };
  throw new StoreError('INVALID_INPUT', `“${text}” is not a country or grouping Briefing Book knows. Write its name (South Korea) or its code (KR). Nothing was changed.`);
}

/** An official by id, name or alias, as on the People screen. */
export function findPerson(db: Database, text: string): string {
  const wanted = text.trim();
  const ids = prepareCached(
    db,
    `SELECT id FROM people WHERE id = @wanted OR lower(name) = lower(@wanted)
     UNION SELECT p.id FROM people AS p, json_each(p.aliases) AS a WHERE lower(a.value) = lower(@wanted)`,
  )
    .pluck()
    .all({ wanted }) as string[];
  if (ids.includes(wanted)) return wanted;
  if (ids.length === 1) return ids[0]!;
  if (ids.length > 1) throw new StoreError('INVALID_INPUT', `“${text}” names ${ids.length} officials (${ids.join(', ')}); write the one you mean by its id. Nothing was changed.`);
  throw new StoreError('INVALID_INPUT', `“${text}” is not an official Briefing Book knows. Add them on the People screen first, then name them here. Nothing was changed.`);
}

/** The state an edit makes of `old`. Throws, changing nothing, on a name or date it cannot read. */
export function applyEdit(db: Database, old: EventState, edit: EventEdit | BulkEdit): EventState {
  const next: EventState = structuredClone(old);
  if ('dateText' in edit && edit.dateText !== undefined && edit.dateText !== (old.dateText ?? '')) {
    const date = readEventDate(edit.dateText, Number(old.dateStart.slice(0, 4)));
    if (!date) {
      throw new StoreError(
        'INVALID_INPUT',
        `“${edit.dateText}” is not a date Briefing Book can read. Write it as in a chronology — “Jan. 13, 2023”, “March 6-7, 2023”, “December 1991”, “1991” — or as 2023-01-13. Nothing was changed.`,
      );
    }
    // The importer's "no year in …" warning was about the old text; a new one says where this year came from.
    next.warnings = old.warnings.filter((w) => !w.startsWith(NO_YEAR));
    if (date.yearInferred) next.warnings.unshift(`${NO_YEAR}${date.dateText}": taken from the event's earlier date`);
    Object.assign(next, { dateStart: date.dateStart, dateEnd: date.dateEnd, precision: date.precision, dateText: date.dateText });
  }
  if ('summary' in edit && edit.summary !== undefined) next.summary = edit.summary;
  if (edit.location !== undefined) next.location = edit.location === '' ? null : edit.location;
  if (edit.type !== undefined) next.type = edit.type;
  if (edit.category !== undefined) next.category = edit.category;
  if (edit.sourceId !== undefined) {
    if (edit.sourceId !== null && !prepareCached(db, 'SELECT 1 FROM sources WHERE id = ?').get(edit.sourceId)) {
      throw new StoreError('NOT_FOUND', `There is no source ${edit.sourceId} in the store; choose one from the list. Nothing was changed.`);
    }
    next.sourceId = edit.sourceId;
  }
  for (const name of edit.removeParticipants ?? []) {
    const p = findParticipant(db, name);
    if (p.kind === 'country') next.countries = next.countries.filter((c) => c.code !== p.code);
    else next.groupings = next.groupings.filter((g) => g !== p.id);
  }
  for (const name of edit.addParticipants ?? []) {
    const p = findParticipant(db, name);
    if (p.kind === 'country' && !next.countries.some((c) => c.code === p.code)) next.countries.push({ code: p.code, via: 'analyst' });
    if (p.kind === 'grouping' && !next.groupings.includes(p.id)) next.groupings.push(p.id);
  }
  for (const name of edit.removePeople ?? []) {
    const id = findPerson(db, name);
    next.people = next.people.filter((p) => p.id !== id);
  }
  for (const name of edit.addPeople ?? []) {
    const id = findPerson(db, name);
    if (!next.people.some((p) => p.id === id)) next.people.push({ id, mentioned: false });
  }
  for (const mark of edit.mentioned ?? []) {
    const id = findPerson(db, mark.person);
    const present = next.people.find((p) => p.id === id);
    if (present) present.mentioned = mark.mentioned;
    else next.people.push({ id, mentioned: mark.mentioned });
  }
  return normalState(next);
}

const ACTION: Record<EventVersion['kind'], string> = {
  edit: 'edited the event',
  undo: 'undid a change to the event',
  restore: 'restored an earlier version of the event',
};

/** Writes `after` over `before` and keeps the change as a version of batch `batch` (0: a new batch). Returns the batch. */
function recordChange(db: Database, id: number, before: EventState, after: EventState, kind: EventVersion['kind'], batch: number, author: string): number {
  writeState(db, id, before, after);
  const version = Number(
    prepareCached(db, "INSERT INTO event_versions (event_id, batch, author, kind, before, after) VALUES (?, 0, ?, ?, ?, ?)").run(
      id,
      author,
      kind,
      JSON.stringify(before),
      JSON.stringify(after),
    ).lastInsertRowid,
  );
  const own = batch || version;
  prepareCached(db, 'UPDATE event_versions SET batch = ? WHERE id = ?').run(own, version);
  logActivity(db, { kind: 'event', action: `${ACTION[kind]}: ${changeLine(before, after)}`, author, eventId: id });
  return own;
}

const notFound = (id: number) => new StoreError('NOT_FOUND', `Event ${id} is not in the store; it may have been deleted. Nothing was changed.`);

export function updateEvent(db: Database, args: { id: number; edit: EventEdit }): EventDetail & { batch: number | null } {
  const author = currentAuthor(db);
  return db.transaction(() => {
    const old = readState(db, args.id);
    if (!old) throw notFound(args.id);
    const next = applyEdit(db, old, args.edit);
    const batch = sameState(old, next) ? null : recordChange(db, args.id, old, next, 'edit', 0, author);
    return { ...getEvent(db, { id: args.id }), batch };
  })();
}

/** One change to many events: one batch, undone as one. Events the change leaves as they were are counted, not versioned. */
export function editEvents(db: Database, args: { ids: number[]; edit: BulkEdit }): { changed: number; unchanged: number; batch: number | null } {
  const author = currentAuthor(db);
  return db.transaction(() => {
    const ids = [...new Set(args.ids)];
    const states = ids.map((id) => [id, readState(db, id)] as const);
    const missing = states.filter(([, s]) => !s).map(([id]) => id);
    if (missing.length === ids.length) throw new StoreError('NOT_FOUND', 'None of these events is in the store any more; nothing was changed.');
    let batch = 0;
    let changed = 0;
    for (const [id, old] of states) {
      if (!old) continue;
      const next = applyEdit(db, old, args.edit);
      if (sameState(old, next)) continue;
      batch = recordChange(db, id, old, next, 'edit', batch, author);
      changed++;
    }
    return { changed, unchanged: ids.length - missing.length - changed, batch: batch || null };
  })();
}

interface VersionRecord {
  id: number;
  event_id: number;
  batch: number;
  at: string;
  author: string;
  kind: EventVersion['kind'];
  before: string;
  after: string;
}

/**
 * Puts back what a batch replaced. An event changed again since (or deleted) is left as it is
 * and counted: undoing must not throw away a later correction.
 */
export function undoEventChange(db: Database, args: { batch: number }): { undone: number; changedSince: number; batch: number | null } {
  const author = currentAuthor(db);
  return db.transaction(() => {
    const versions = prepareCached(db, 'SELECT * FROM event_versions WHERE batch = ? ORDER BY id DESC').all(args.batch) as VersionRecord[];
    if (versions.length === 0) throw new StoreError('NOT_FOUND', 'That change is no longer in the history (its events were deleted for good); nothing was undone.');
    let batch = 0;
    let undone = 0;
    for (const v of versions) {
      const current = readState(db, v.event_id);
      if (!current || !sameState(current, JSON.parse(v.after) as EventState)) continue;
      batch = recordChange(db, v.event_id, current, normalState(JSON.parse(v.before) as EventState), 'undo', batch, author);
      undone++;
    }
    return { undone, changedSince: versions.length - undone, batch: batch || null };
  })();
}

/** The event's versions, newest first, each with what its change did in words. */
export function eventHistory(db: Database, args: { id: number }): EventVersion[] {
  const names = storeNames(db);
  const rows = prepareCached(db, 'SELECT * FROM event_versions WHERE event_id = ? ORDER BY id DESC').all(args.id) as VersionRecord[];
  return rows.map((v) => ({
    id: v.id,
    batch: v.batch,
    at: v.at,
    author: v.author,
    kind: v.kind,
    changes: describeChanges(JSON.parse(v.before) as EventState, JSON.parse(v.after) as EventState, names),
  }));
}

/** Makes the event as it was before (or just after) one version's change. */
export function restoreEventVersion(db: Database, args: { versionId: number; side: 'before' | 'after' }): EventDetail & { batch: number | null } {
  const author = currentAuthor(db);
  return db.transaction(() => {
    const v = prepareCached(db, 'SELECT * FROM event_versions WHERE id = ?').get(args.versionId) as VersionRecord | undefined;
    if (!v) throw new StoreError('NOT_FOUND', 'That version is no longer in the history; nothing was restored.');
    const current = readState(db, v.event_id);
    if (!current) throw notFound(v.event_id);
    const target = normalState(JSON.parse(args.side === 'before' ? v.before : v.after) as EventState);
    // A source or an official removed from the store since cannot come back; the rest of the version can.
    if (target.sourceId !== null && !prepareCached(db, 'SELECT 1 FROM sources WHERE id = ?').get(target.sourceId)) target.sourceId = null;
    target.people = target.people.filter((p) => prepareCached(db, 'SELECT 1 FROM people WHERE id = ?').get(p.id));
    const batch = sameState(current, target) ? null : recordChange(db, v.event_id, current, target, 'restore', 0, author);
    return { ...getEvent(db, { id: v.event_id }), batch };
  })();
}
