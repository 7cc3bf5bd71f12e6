/**
 * The activity log: which note, tag or mark changed, when and by whom. Written by the
 * operations that make the change, in the same transaction, so the log and the data
 * never disagree.
 */
import type { Database } from 'better-sqlite3';
import type { Activity } from '../contract/annotations.ts';
import { prepareCached } from './statement-cache.ts';

export type ActivityKind = Activity['kind'];

export interface ActivityEntry {
  kind: ActivityKind;
  action: string;
  author: string;
  eventId?: number | null;
  noteId?: number | null;
  tagId?: number | null;
  /** A standing note's subject key ("JP-US"). */
  subject?: string | null;
}

/** Saves of one note by one author closer together than this make one "edited" entry. */
const COALESCE_MINUTES = 10;

export function logActivity(db: Database, entry: ActivityEntry): void {
  prepareCached(db, 'INSERT INTO activity (kind, action, author, event_id, note_id, tag_id, subject) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    entry.kind,
    entry.action,
    entry.author,
    entry.eventId ?? null,
    entry.noteId ?? null,
    entry.tagId ?? null,
    entry.subject ?? null,
  );
}

/**
 * Autosave writes a revision every pause in typing; the log says "edited a note" once per
 * sitting: the sitting's entry is replaced by a new one, so the log stays in id order.
 */
export function logNoteEdit(db: Database, entry: ActivityEntry & { noteId: number }): void {
  const recent = prepareCached(
    db,
    `SELECT id FROM activity
      WHERE note_id = ? AND author = ? AND action = ? AND at >= strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-${COALESCE_MINUTES} minutes')
        AND id = (SELECT max(id) FROM activity WHERE note_id = ?)`,
  )
    .pluck()
    .get(entry.noteId, entry.author, entry.action, entry.noteId) as number | undefined;
  if (recent !== undefined) prepareCached(db, 'DELETE FROM activity WHERE id = ?').run(recent);
  logActivity(db, entry);
}

interface ActivityRecord {
  id: number;
  at: string;
  author: string;
  kind: ActivityKind;
  action: string;
  event_id: number | null;
  note_id: number | null;
  tag_id: number | null;
  subject: string | null;
  date_start: string | null;
  summary: string | null;
}

export function listActivity(
  db: Database,
  args: { eventId?: number; kinds?: ActivityKind[]; before?: number; limit: number },
): Activity[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (args.eventId !== undefined) {
    where.push('a.event_id = ?');
    params.push(args.eventId);
  }
  if (args.kinds?.length) {
    where.push(`a.kind IN (${args.kinds.map(() => '?').join(', ')})`);
    params.push(...args.kinds);
  }
  if (args.before !== undefined) {
    where.push('a.id < ?');
    params.push(args.before);
  }
  const rows = db
    .prepare(
      `SELECT a.id, a.at, a.author, a.kind, a.action, a.event_id, a.note_id, a.tag_id, a.subject, e.date_start, e.summary
         FROM activity AS a LEFT JOIN events AS e ON e.id = a.event_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY a.id DESC LIMIT ?`,
    )
    .all(...params, args.limit) as ActivityRecord[];
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    author: r.author,
    kind: r.kind,
    action: r.action,
    eventId: r.event_id,
    noteId: r.note_id,
    tagId: r.tag_id,
    event: r.date_start !== null && r.summary !== null ? { dateStart: r.date_start, summary: r.summary } : null,
    subject: r.subject ? r.subject.split('-') : null,
  }));
}
