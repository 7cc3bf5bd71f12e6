/**
 * Notes on events and standing notes on a country, pair or trilateral: create, autosave
 * (every save is a kept revision), restore a revision, trash and untrash, empty the trash.
 * Each change and its activity entry commit together.
 */
import type { Database } from 'better-sqlite3';
import { subjectKey, type Note, type NoteListing, type NoteRevision, type NoteTarget } from '../contract/annotations.ts';
import { logActivity, logNoteEdit } from './activity.ts';
import { StoreError } from './errors.ts';
import { currentAuthor } from './preferences.ts';

const PREVIEW_CHARS = 200;

interface NoteRecord {
  id: number;
  event_id: number | null;
  subject: string | null;
  body: string;
  author: string;
  created_at: string;
  updated_at: string;
  revision_id: number;
  revisions: number;
  deleted_at: string | null;
}

const NOTE_COLUMNS = `n.id, n.event_id, n.subject, n.body, n.author, n.created_at, n.updated_at, n.revision_id, n.deleted_at,
  (SELECT count(*) FROM note_revisions AS r WHERE r.note_id = n.id) AS revisions`;

function toNote(r: NoteRecord): Note {
  return {
    id: r.id,
    eventId: r.event_id,
    subject: r.subject ? r.subject.split('-') : null,
    body: r.body,
    author: r.author,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    revisionId: r.revision_id,
    revisions: r.revisions,
    deletedAt: r.deleted_at,
  };
}

function noteById(db: Database, id: number): Note {
  const row = db.prepare(`SELECT ${NOTE_COLUMNS} FROM notes AS n WHERE n.id = ?`).get(id) as NoteRecord | undefined;
  if (!row) throw new StoreError('NOT_FOUND', 'That note no longer exists (the trash may have been emptied).');
  return toNote(row);
}

/** A short phrase naming what a note is on, for the activity log's standing-note entries. */
function targetOf(note: Pick<Note, 'eventId' | 'subject'>): { eventId: number | null; subject: string | null } {
  return { eventId: note.eventId, subject: note.subject ? subjectKey(note.subject) : null };
}

export function listNotes(db: Database, args: { target: NoteTarget }): Note[] {
  const rows =
    'eventId' in args.target
      ? db.prepare(`SELECT ${NOTE_COLUMNS} FROM notes AS n WHERE n.event_id = ? AND n.deleted_at IS NULL ORDER BY n.created_at, n.id`).all(args.target.eventId)
      : db.prepare(`SELECT ${NOTE_COLUMNS} FROM notes AS n WHERE n.subject = ? AND n.deleted_at IS NULL ORDER BY n.created_at, n.id`).all(subjectKey(args.target.subject));
  return (rows as NoteRecord[]).map(toNote);
}

export function createNote(db: Database, args: { target: NoteTarget; body: string }): Note {
  const author = currentAuthor(db);
  return db.transaction(() => {
    let eventId: number | null = null;
    let subject: string | null = null;
    if ('eventId' in args.target) {
      eventId = args.target.eventId;
      if (db.prepare('SELECT 1 FROM events WHERE id = ?').get(eventId) === undefined) {
        throw new StoreError('NOT_FOUND', 'That event no longer exists, so the note was not added.');
      }
    } else {
      subject = subjectKey(args.target.subject);
      const codes = args.target.subject;
      const known = db.prepare(`SELECT count(*) FROM countries WHERE code IN (${codes.map(() => '?').join(', ')})`).pluck().get(...codes) as number;
      if (known !== codes.length) throw new StoreError('INVALID_INPUT', `A standing note needs known countries; ${subject} includes a code Briefing Book does not know.`);
    }
    const id = Number(db.prepare('INSERT INTO notes (event_id, subject, body, author) VALUES (?, ?, ?, ?)').run(eventId, subject, args.body, author).lastInsertRowid);
    const revision = db.prepare("INSERT INTO note_revisions (note_id, body, author, kind) VALUES (?, ?, ?, 'create')").run(id, args.body, author).lastInsertRowid;
    db.prepare('UPDATE notes SET revision_id = ? WHERE id = ?').run(revision, id);
    logActivity(db, { kind: 'note', action: subject ? 'wrote a standing note' : 'wrote a note', author, eventId, noteId: id, subject });
    return noteById(db, id);
  })();
}

/**
 * An autosave. A save that changes nothing writes nothing; any other is a new revision.
 * Saving a note in the trash is refused: the editor that still shows it must not bring it
 * back silently.
 */
export function saveNote(db: Database, args: { id: number; body: string }): Note {
  const author = currentAuthor(db);
  return db.transaction(() => {
    const note = noteById(db, args.id);
    if (note.deletedAt) throw new StoreError('INVALID_INPUT', 'This note is in the trash; restore it before editing it.');
    if (note.body === args.body) return note;
    const revision = db.prepare("INSERT INTO note_revisions (note_id, body, author, kind) VALUES (?, ?, ?, 'edit')").run(args.id, args.body, author).lastInsertRowid;
    db.prepare("UPDATE notes SET body = ?, revision_id = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?").run(args.body, revision, args.id);
    logNoteEdit(db, { kind: 'note', action: 'edited a note', author, noteId: args.id, ...targetOf(note) });
    return noteById(db, args.id);
  })();
}

export function noteRevisions(db: Database, args: { noteId: number }): NoteRevision[] {
  noteById(db, args.noteId);
  return db
    .prepare(
      `SELECT id, note_id AS noteId, author, saved_at AS savedAt, kind, length(body) AS chars, substr(body, 1, ${PREVIEW_CHARS}) AS preview
         FROM note_revisions WHERE note_id = ? ORDER BY id DESC`,
    )
    .all(args.noteId) as NoteRevision[];
}

export function noteRevisionBody(db: Database, args: { revisionId: number }): { body: string } {
  const body = db.prepare('SELECT body FROM note_revisions WHERE id = ?').pluck().get(args.revisionId) as string | undefined;
  if (body === undefined) throw new StoreError('NOT_FOUND', 'That revision no longer exists.');
  return { body };
}

/** Restoring makes an old version current as a new revision: nothing in the history is lost. */
export function restoreNoteRevision(db: Database, args: { noteId: number; revisionId: number }): Note {
  const author = currentAuthor(db);
  return db.transaction(() => {
    const note = noteById(db, args.noteId);
    if (note.deletedAt) throw new StoreError('INVALID_INPUT', 'This note is in the trash; restore it before restoring one of its revisions.');
    const old = db.prepare('SELECT body, saved_at FROM note_revisions WHERE id = ? AND note_id = ?').get(args.revisionId, args.noteId) as
      | { body: string; saved_at: string }
      | undefined;
    if (!old) throw new StoreError('NOT_FOUND', 'That revision is not one of this note’s.');
    const revision = db.prepare("INSERT INTO note_revisions (note_id, body, author, kind) VALUES (?, ?, ?, 'restore')").run(args.noteId, old.body, author).lastInsertRowid;
    db.prepare("UPDATE notes SET body = ?, revision_id = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?").run(old.body, revision, args.noteId);
    logActivity(db, { kind: 'note', action: `restored the version of ${old.saved_at.slice(0, 16).replace('T', ' ')} UTC`, author, noteId: args.noteId, ...targetOf(note) });
    return noteById(db, args.noteId);
  })();
}

export function trashNote(db: Database, args: { id: number }): Note {
  const author = currentAuthor(db);
  return db.transaction(() => {
    const note = noteById(db, args.id);
    if (note.deletedAt) return note;
    db.prepare("UPDATE notes SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?").run(args.id);
    logActivity(db, { kind: 'note', action: 'moved a note to the trash', author, noteId: args.id, ...targetOf(note) });
    return noteById(db, args.id);
  })();
}

export function untrashNote(db: Database, args: { id: number }): Note {
  const author = currentAuthor(db);
  return db.transaction(() => {
    const note = noteById(db, args.id);
    if (!note.deletedAt) return note;
    if (note.eventId === null && note.subject === null) throw new StoreError('INVALID_INPUT', 'This note has nothing left to belong to.');
    db.prepare('UPDATE notes SET deleted_at = NULL WHERE id = ?').run(args.id);
    logActivity(db, { kind: 'note', action: 'restored a note from the trash', author, noteId: args.id, ...targetOf(note) });
    return noteById(db, args.id);
  })();
}

interface ListingRecord extends Omit<NoteRecord, 'body'> {
  preview: string;
  chars: number;
  date_start: string | null;
  summary: string | null;
}

function toListing(r: ListingRecord): NoteListing {
  const { body: _omitted, ...note } = toNote({ ...r, body: '' });
  return {
    ...note,
    preview: r.preview,
    chars: r.chars,
    event: r.date_start !== null && r.summary !== null ? { dateStart: r.date_start, summary: r.summary } : null,
  };
}

const LISTING_COLUMNS = `n.id, n.event_id, n.subject, n.author, n.created_at, n.updated_at, n.revision_id, n.deleted_at,
  (SELECT count(*) FROM note_revisions AS r WHERE r.note_id = n.id) AS revisions,
  substr(n.body, 1, ${PREVIEW_CHARS}) AS preview, length(n.body) AS chars, e.date_start, e.summary`;

export function listTrash(db: Database): NoteListing[] {
  const rows = db
    .prepare(`SELECT ${LISTING_COLUMNS} FROM notes AS n LEFT JOIN events AS e ON e.id = n.event_id WHERE n.deleted_at IS NOT NULL ORDER BY n.deleted_at DESC, n.id DESC`)
    .all() as ListingRecord[];
  return rows.map(toListing);
}

export function listStandingNotes(db: Database): NoteListing[] {
  const rows = db
    .prepare(`SELECT ${LISTING_COLUMNS} FROM notes AS n LEFT JOIN events AS e ON e.id = n.event_id WHERE n.subject IS NOT NULL AND n.deleted_at IS NULL ORDER BY n.updated_at DESC, n.id DESC`)
    .all() as ListingRecord[];
  return rows.map(toListing);
}

/** Deletes notes in the trash for good, with their revisions. Only notes already in the trash. */
export function emptyTrash(db: Database, args: { ids?: number[] }): { deleted: number } {
  const author = currentAuthor(db);
  return db.transaction(() => {
    // An empty choice deletes nothing; only a request without `ids` empties the whole trash.
    const ids = args.ids !== undefined
      ? (db.prepare(`SELECT id FROM notes WHERE deleted_at IS NOT NULL AND id IN (SELECT value FROM json_each(?))`).pluck().all(JSON.stringify(args.ids)) as number[])
      : (db.prepare('SELECT id FROM notes WHERE deleted_at IS NOT NULL').pluck().all() as number[]);
    if (ids.length === 0) return { deleted: 0 };
    db.prepare('DELETE FROM notes WHERE id IN (SELECT value FROM json_each(?))').run(JSON.stringify(ids));
    logActivity(db, { kind: 'note', action: `deleted ${ids.length === 1 ? 'a note' : `${ids.length} notes`} from the trash for good`, author });
    return { deleted: ids.length };
  })();
}
