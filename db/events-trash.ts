/**
 * The events trash. Deleting events moves them here whole — the event row, its participants,
 * officials, groupings, links, tags, notes (with their revisions) and the ids of the citations
 * that named it — and out of `events`, so the table, the dashboards, the briefing pickers, the
 * exports and the search all stop seeing them without a condition of their own. Restoring puts
 * everything back under the same id (a new one only if that id was taken since) and points the
 * citations at it again. Citations keep their snapshots throughout: the foreign key sets
 * `event_id` to NULL while the event is away.
 *
 * Emptying the trash deletes for good. What analysts wrote is kept where it can be: the notes of
 * an emptied event move to the notes trash as standing notes on its countries, opening with a
 * line that names the event; only the notes of an event that names no country are deleted with it.
 */
import type { Database } from 'better-sqlite3';
import { subjectKey } from '../contract/annotations.ts';
import type { CitingBriefing, DeleteOutcome, TrashedEvent } from '../contract/event-edits.ts';
import { logActivity } from './activity.ts';
import { StoreError } from './errors.ts';
import { currentAuthor } from './preferences.ts';

type Row = Record<string, unknown>;

interface Snapshot {
  event: Row;
  countries: Row[];
  people: Row[];
  groupings: Row[];
  links: Row[];
  tags: Row[];
  notes: Row[];
  revisions: Row[];
  citations: number[];
  /** Reports of the same event merged into it (older snapshots have none). */
  sources?: Row[];
  mentionedCountries?: Row[];
}

const IN_IDS = 'IN (SELECT value FROM json_each(?))';
const quoteShort = (text: string, max = 60): string => `“${text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text}”`;

interface Impact {
  ids: string;
  outcome: Omit<DeleteOutcome, 'deleted' | 'needsConfirmation'>;
}

/** What deleting the events would touch: the briefings citing them and their notes. */
function impactOf(db: Database, requested: readonly number[]): Impact {
  const ids = JSON.stringify([...new Set(requested)]);
  const present = db.prepare(`SELECT count(*) FROM events WHERE id ${IN_IDS}`).pluck().get(ids) as number;
  if (present === 0) {
    throw new StoreError('NOT_FOUND', requested.length === 1 ? 'That event is no longer in the store; nothing was deleted.' : 'None of these events is in the store any more; nothing was deleted.');
  }
  const citedBy = (
    db
      .prepare(
        `SELECT b.id AS briefingId, b.title AS briefingTitle, count(*) AS citations, b.deleted_at IS NOT NULL AS trashed
           FROM briefing_citations AS c
           JOIN briefing_sections AS s ON s.id = c.section_id
           JOIN briefings AS b ON b.id = s.briefing_id
          WHERE c.event_id ${IN_IDS}
          GROUP BY b.id
          ORDER BY b.deleted_at IS NOT NULL, b.updated_at DESC, b.id DESC`,
      )
      .all(ids) as Array<Omit<CitingBriefing, 'trashed'> & { trashed: number }>
  ).map((b) => ({ ...b, trashed: b.trashed === 1 }));
  const notes = db.prepare(`SELECT count(*) FROM notes WHERE event_id ${IN_IDS}`).pluck().get(ids) as number;
  return { ids, outcome: { citedBy, notes, notesLost: 0 } };
}

const needsConfirmation = (impact: Impact) => impact.outcome.citedBy.length > 0 || impact.outcome.notes > 0;

/** Deletes nothing: what `deleteEvents` would touch, for the dialog that asks before a deletion. */
export function previewEventDeletion(db: Database, args: { ids: number[] }): DeleteOutcome {
  const impact = impactOf(db, args.ids);
  return { deleted: 0, needsConfirmation: needsConfirmation(impact), ...impact.outcome };
}

function snapshotOf(db: Database, id: number): Snapshot {
  const all = (sql: string) => db.prepare(sql).all(id) as Row[];
  const notes = all('SELECT * FROM notes WHERE event_id = ? ORDER BY id');
  return {
    event: db.prepare('SELECT * FROM events WHERE id = ?').get(id) as Row,
    countries: all('SELECT * FROM event_countries WHERE event_id = ?'),
    people: all('SELECT * FROM event_people WHERE event_id = ?'),
    groupings: all('SELECT * FROM event_groupings WHERE event_id = ?'),
    links: all('SELECT * FROM event_links WHERE event_id = ? ORDER BY rowid'),
    tags: all('SELECT * FROM event_tags WHERE event_id = ?'),
    notes,
    revisions: all('SELECT r.* FROM note_revisions AS r JOIN notes AS n ON n.id = r.note_id WHERE n.event_id = ? ORDER BY r.id'),
    citations: db.prepare('SELECT id FROM briefing_citations WHERE event_id = ?').pluck().all(id) as number[],
    sources: all('SELECT * FROM event_sources WHERE event_id = ?'),
    mentionedCountries: all('SELECT * FROM event_mentioned_countries WHERE event_id = ?'),
  };
}

/**
 * Moves the events to the trash, or — when they are cited or annotated and the request is not
 * confirmed — reports what moving them would touch.
 */
export function deleteEvents(db: Database, args: { ids: number[]; confirmed: boolean }): DeleteOutcome {
  const author = currentAuthor(db);
  return db.transaction((): DeleteOutcome => {
    const impact = impactOf(db, args.ids);
    if (!args.confirmed && needsConfirmation(impact)) return { deleted: 0, needsConfirmation: true, ...impact.outcome };
    const present = db.prepare(`SELECT id FROM events WHERE id ${IN_IDS} ORDER BY id`).pluck().all(impact.ids) as number[];
    const keep = db.prepare(
      `INSERT INTO events_trash (event_id, author, date_start, date_text, summary, countries, notes, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (event_id) DO UPDATE SET trashed_at = excluded.trashed_at, author = excluded.author, date_start = excluded.date_start,
         date_text = excluded.date_text, summary = excluded.summary, countries = excluded.countries, notes = excluded.notes, snapshot = excluded.snapshot`,
    );
    for (const id of present) {
      const s = snapshotOf(db, id);
      const e = s.event as { date_start: string; date_text: string | null; summary: string; participants: string };
      keep.run(id, author, e.date_start, e.date_text, e.summary, JSON.stringify(e.participants.trim() ? e.participants.trim().split(' ') : []), s.notes.length, JSON.stringify(s));
      logActivity(db, { kind: 'event', action: `moved the event to the trash: ${e.date_text ?? e.date_start} ${quoteShort(e.summary)}`, author, eventId: id });
    }
    // Foreign keys do the rest: the rows kept in the snapshot go with the events, and citations
    // keep their snapshots with event_id set to NULL until the events are restored.
    db.prepare(`DELETE FROM events WHERE id ${IN_IDS}`).run(impact.ids);
    return { deleted: present.length, needsConfirmation: false, ...impact.outcome };
  })();
}

const columnsOf = (db: Database, table: string) => new Set((db.pragma(`table_info(${table})`) as Array<{ name: string }>).map((c) => c.name));

/** Inserts a kept row, with only the columns the table still has; returns the new rowid. */
function insertRow(db: Database, table: string, row: Row, override: Row = {}): number {
  const columns = columnsOf(db, table);
  const values = { ...row, ...override };
  const names = Object.keys(values).filter((k) => columns.has(k) && values[k] !== undefined);
  const info = db.prepare(`INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(...names.map((k) => values[k]));
  return Number(info.lastInsertRowid);
}

const taken = (db: Database, table: string, id: unknown) => db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;

/** Brings events back from the trash, all or none. */
export function untrashEvents(db: Database, args: { ids: number[] }): { restored: number } {
  const author = currentAuthor(db);
  return db.transaction(() => {
    const rows = db.prepare(`SELECT event_id, snapshot FROM events_trash WHERE event_id ${IN_IDS} ORDER BY event_id`).all(JSON.stringify(args.ids)) as Array<{ event_id: number; snapshot: string }>;
    if (rows.length === 0) throw new StoreError('NOT_FOUND', 'Those events are not in the trash any more (it may have been emptied); nothing was restored.');
    for (const { event_id: trashedId, snapshot } of rows) {
      const s = JSON.parse(snapshot) as Snapshot;
      const e = s.event as { id: number; dedupe_key: string | null; summary: string; date_text: string | null; date_start: string };
      const twin = e.dedupe_key ? (db.prepare('SELECT id FROM events WHERE dedupe_key = ?').pluck().get(e.dedupe_key) as number | undefined) : undefined;
      if (twin !== undefined) {
        throw new StoreError(
          'INVALID_INPUT',
          `${e.date_text ?? e.date_start} ${quoteShort(e.summary)} was imported again after it went to the trash (it is event ${twin}); restoring it would list it twice. Nothing was restored.`,
        );
      }
      // A new event may have taken the id since (SQLite reuses the highest id once it is free).
      const id = taken(db, 'events', trashedId) ? insertRow(db, 'events', e, { id: undefined }) : insertRow(db, 'events', e);
      if (id !== trashedId) {
        db.prepare('UPDATE activity SET event_id = ? WHERE event_id = ?').run(id, trashedId);
        db.prepare('UPDATE event_versions SET event_id = ? WHERE event_id = ?').run(id, trashedId);
      }
      for (const [table, list] of [['event_countries', s.countries], ['event_people', s.people], ['event_groupings', s.groupings], ['event_links', s.links], ['event_tags', s.tags], ['event_mentioned_countries', s.mentionedCountries ?? []]] as const) {
        for (const row of list) insertRow(db, table, row, { event_id: id });
      }
      // A merge undone while the event was in the trash took its reports back with it.
      for (const row of s.sources ?? []) if (taken(db, 'event_merges', row.merge_id)) insertRow(db, 'event_sources', row, { event_id: id });
      const noteIds = new Map<unknown, number>();
      for (const note of s.notes) noteIds.set(note.id, insertRow(db, 'notes', note, { event_id: id, id: taken(db, 'notes', note.id) ? undefined : note.id, revision_id: null }));
      const revisionIds = new Map<unknown, number>();
      for (const r of s.revisions) revisionIds.set(r.id, insertRow(db, 'note_revisions', r, { note_id: noteIds.get(r.note_id), id: taken(db, 'note_revisions', r.id) ? undefined : r.id }));
      const setRevision = db.prepare('UPDATE notes SET revision_id = ? WHERE id = ?');
      for (const note of s.notes) setRevision.run(revisionIds.get(note.revision_id) ?? null, noteIds.get(note.id));
      db.prepare(`UPDATE briefing_citations SET event_id = ? WHERE event_id IS NULL AND id ${IN_IDS}`).run(id, JSON.stringify(s.citations));
      db.prepare('DELETE FROM events_trash WHERE event_id = ?').run(trashedId);
      logActivity(db, { kind: 'event', action: `restored the event from the trash: ${e.date_text ?? e.date_start} ${quoteShort(e.summary)}`, author, eventId: id });
    }
    return { restored: rows.length };
  })();
}

export function listEventsTrash(db: Database): TrashedEvent[] {
  const rows = db
    .prepare('SELECT event_id, date_start, date_text, summary, countries, notes, trashed_at, author FROM events_trash ORDER BY trashed_at DESC, event_id DESC')
    .all() as Array<{ event_id: number; date_start: string; date_text: string | null; summary: string; countries: string; notes: number; trashed_at: string; author: string }>;
  return rows.map((r) => ({
    id: r.event_id,
    dateStart: r.date_start,
    dateText: r.date_text,
    summary: r.summary,
    countries: JSON.parse(r.countries) as string[],
    notes: r.notes,
    trashedAt: r.trashed_at,
    author: r.author,
  }));
}

/** Deletes trashed events for good: all of them, or those listed. */
export function emptyEventsTrash(db: Database, args: { ids?: number[] }): { deleted: number; notesMoved: number; notesLost: number } {
  const author = currentAuthor(db);
  return db.transaction(() => {
    const rows = (
      args.ids
        ? db.prepare(`SELECT event_id, countries, snapshot FROM events_trash WHERE event_id ${IN_IDS}`).all(JSON.stringify(args.ids))
        : db.prepare('SELECT event_id, countries, snapshot FROM events_trash').all()
    ) as Array<{ event_id: number; countries: string; snapshot: string }>;
    let notesMoved = 0;
    let notesLost = 0;
    const addRevision = db.prepare("INSERT INTO note_revisions (note_id, body, author, kind) VALUES (?, ?, ?, 'edit')");
    for (const row of rows) {
      const s = JSON.parse(row.snapshot) as Snapshot;
      const codes = JSON.parse(row.countries) as string[];
      const e = s.event as { date_text: string | null; date_start: string; summary: string };
      if (codes.length === 0) notesLost += s.notes.length;
      else {
        for (const note of s.notes) {
          const body = `On a deleted event — ${e.date_text ?? e.date_start}: ${e.summary}\n\n${String(note.body)}`;
          const noteId = insertRow(db, 'notes', note, {
            id: taken(db, 'notes', note.id) ? undefined : note.id,
            event_id: null,
            subject: subjectKey(codes),
            body,
            revision_id: null,
            deleted_at: note.deleted_at ?? new Date().toISOString(),
          });
          for (const r of s.revisions.filter((r) => r.note_id === note.id)) insertRow(db, 'note_revisions', r, { id: undefined, note_id: noteId });
          const revision = addRevision.run(noteId, body, author).lastInsertRowid;
          db.prepare('UPDATE notes SET revision_id = ? WHERE id = ?').run(revision, noteId);
          logActivity(db, { kind: 'note', action: 'moved a note to the trash: its event was deleted', author, noteId, subject: subjectKey(codes) });
          notesMoved++;
        }
      }
      db.prepare('DELETE FROM event_versions WHERE event_id = ?').run(row.event_id);
      db.prepare('DELETE FROM events_trash WHERE event_id = ?').run(row.event_id);
      logActivity(db, { kind: 'event', action: `deleted the event for good: ${e.date_text ?? e.date_start} ${quoteShort(e.summary)}`, author, eventId: row.event_id });
    }
    return { deleted: rows.length, notesMoved, notesLost };
  })();
}
