/**
 * Correcting and deleting events.
 *
 * An edit keeps the event's dedupe key, so importing the same chronology again does not bring
 * back the uncorrected entry beside the corrected one. The search index, the participants and
 * the engagement level follow through the triggers on `events` (summary, location, date_start).
 *
 * A deletion keeps what analysts wrote: citations stay in their briefings as snapshots (the
 * foreign key sets `event_id` to NULL), and the event's notes move to the notes trash as
 * standing notes on the event's countries, opening with a line that names the deleted event.
 * Only the notes of an event that names no country have nowhere to go and are deleted with it;
 * the confirmation says how many. Nothing cited or annotated is deleted unconfirmed.
 *
 * The activity log has no kind for events themselves (migration 004's CHECK), so edits and
 * deletions are logged under 'note', the analyst's own changes, with the event named in the text.
 */
import type { Database } from 'better-sqlite3';
import type { CitingBriefing, DeleteOutcome, EventEdit } from '../contract/event-edits.ts';
import type { EventDetail } from '../contract/events.ts';
import { subjectKey } from '../contract/annotations.ts';
import { logActivity } from './activity.ts';
import { StoreError } from './errors.ts';
import { getEvent } from './event-queries.ts';
import { readEventDate } from './event-date-text.ts';
import { currentAuthor } from './preferences.ts';

interface StoredEvent {
  warnings: string;
  date_start: string;
  date_end: string | null;
  precision: 'day' | 'month' | 'year';
  date_text: string | null;
  summary: string;
  location: string | null;
}

/** How the importer begins the warning for a date written without its year (db/import/parse-document.ts). */
const NO_YEAR = 'no year in "';

const quoteShort = (text: string, max = 60): string => `“${text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text}”`;

export function updateEvent(db: Database, args: { id: number; edit: EventEdit }): EventDetail {
  return db.transaction(() => {
    const old = db.prepare('SELECT warnings, date_start, date_end, precision, date_text, summary, location FROM events WHERE id = ?').get(args.id) as
      | StoredEvent
      | undefined;
    if (!old) throw new StoreError('NOT_FOUND', `Event ${args.id} is not in the store; it may have been deleted. Nothing was changed.`);
    const next: StoredEvent = { ...old };
    const changed: string[] = [];
    if (args.edit.dateText !== undefined && args.edit.dateText !== (old.date_text ?? '')) {
      const date = readEventDate(args.edit.dateText, Number(old.date_start.slice(0, 4)));
      if (!date) {
        throw new StoreError(
          'INVALID_INPUT',
          `“${args.edit.dateText}” is not a date Briefing Book can read. Write it as in a chronology — “Jan. 13, 2023”, “March 6-7, 2023”, “December 1991”, “1991” — or as 2023-01-13. Nothing was changed.`,
        );
      }
      // The importer's "no year in …" warning was about the old text; a new one says where this year came from.
      const warnings = (JSON.parse(old.warnings) as string[]).filter((w) => !w.startsWith(NO_YEAR));
      if (date.yearInferred) warnings.unshift(`${NO_YEAR}${date.dateText}": taken from the event's earlier date`);
      Object.assign(next, { warnings: JSON.stringify(warnings), date_start: date.dateStart, date_end: date.dateEnd, precision: date.precision, date_text: date.dateText });
      changed.push(`date (${old.date_text ?? old.date_start} → ${date.dateText})`);
    }
    if (args.edit.summary !== undefined && args.edit.summary !== old.summary) {
      next.summary = args.edit.summary;
      changed.push('summary');
    }
    if (args.edit.location !== undefined) {
      const location = args.edit.location === '' ? null : args.edit.location;
      if (location !== old.location) {
        next.location = location;
        changed.push(`place (${old.location ?? 'none'} → ${location ?? 'none'})`);
      }
    }
    if (changed.length === 0) return getEvent(db, { id: args.id });
    db.prepare('UPDATE events SET warnings = ?, date_start = ?, date_end = ?, precision = ?, date_text = ?, summary = ?, location = ? WHERE id = ?').run(
      next.warnings,
      next.date_start,
      next.date_end,
      next.precision,
      next.date_text,
      next.summary,
      next.location,
      args.id,
    );
    logActivity(db, { kind: 'note', action: `edited the event: ${changed.join(', ')}`, author: currentAuthor(db), eventId: args.id });
    return getEvent(db, { id: args.id });
  })();
}

interface NoteToMove {
  id: number;
  body: string;
  event_id: number;
  codes: string | null;
  date_text: string | null;
  date_start: string;
  summary: string;
}

interface Impact {
  ids: string;
  outcome: Omit<DeleteOutcome, 'deleted' | 'needsConfirmation'>;
  notes: NoteToMove[];
}

const IN_IDS = 'IN (SELECT value FROM json_each(?))';

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
  const notes = db
    .prepare(
      `SELECT n.id, n.body, n.event_id, e.date_text, e.date_start, e.summary,
              (SELECT group_concat(country_code, ' ') FROM event_countries WHERE event_id = e.id) AS codes
         FROM notes AS n JOIN events AS e ON e.id = n.event_id
        WHERE n.event_id ${IN_IDS}
        ORDER BY n.id`,
    )
    .all(ids) as NoteToMove[];
  return { ids, notes, outcome: { citedBy, notes: notes.length, notesLost: notes.filter((n) => !n.codes).length } };
}

const needsConfirmation = (impact: Impact) => impact.outcome.citedBy.length > 0 || impact.outcome.notes > 0;

/** Deletes nothing: what `deleteEvents` would touch, for the dialog that asks before every deletion. */
export function previewEventDeletion(db: Database, args: { ids: number[] }): DeleteOutcome {
  const impact = impactOf(db, args.ids);
  return { deleted: 0, needsConfirmation: needsConfirmation(impact), ...impact.outcome };
}

/** Deletes the events, or — when they are cited or annotated and the request is not confirmed — reports what deleting them would touch. */
export function deleteEvents(db: Database, args: { ids: number[]; confirmed: boolean }): DeleteOutcome {
  const author = currentAuthor(db);
  return db.transaction((): DeleteOutcome => {
    const impact = impactOf(db, args.ids);
    const { ids, outcome } = impact;
    if (!args.confirmed && needsConfirmation(impact)) return { deleted: 0, needsConfirmation: true, ...outcome };

    const moveNote = db.prepare(
      `UPDATE notes SET event_id = NULL, subject = ?, body = ?, revision_id = ?,
              updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
              deleted_at = coalesce(deleted_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        WHERE id = ?`,
    );
    const addRevision = db.prepare("INSERT INTO note_revisions (note_id, body, author, kind) VALUES (?, ?, ?, 'edit')");
    for (const note of impact.notes) {
      if (!note.codes) continue;
      const subject = subjectKey(note.codes.split(' '));
      const body = `On a deleted event — ${note.date_text ?? note.date_start}: ${note.summary}\n\n${note.body}`;
      const revision = addRevision.run(note.id, body, author).lastInsertRowid;
      moveNote.run(subject, body, revision, note.id);
      logActivity(db, { kind: 'note', action: 'moved a note to the trash: its event was deleted', author, noteId: note.id, subject });
    }
    const deleted = db.prepare(`SELECT id, date_text, date_start, summary FROM events WHERE id ${IN_IDS}`).all(ids) as Array<{
      id: number;
      date_text: string | null;
      date_start: string;
      summary: string;
    }>;
    for (const e of deleted) {
      logActivity(db, { kind: 'note', action: `deleted the event ${e.date_text ?? e.date_start}: ${quoteShort(e.summary)}`, author, eventId: e.id });
    }
    // Foreign keys do the rest: links, countries, people, tags and notes left on the events go
    // with them, and citations keep their snapshots with event_id set to NULL.
    db.prepare(`DELETE FROM events WHERE id ${IN_IDS}`).run(ids);
    return { deleted: deleted.length, needsConfirmation: false, ...outcome };
  })();
}
