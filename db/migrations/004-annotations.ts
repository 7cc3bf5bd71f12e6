import type { Migration } from './index.ts';

/**
 * The analyst's annotations made durable: every saved version of a note, a log of who
 * changed which note, tag or mark and when, and the indexes the notes and trash lists use.
 *
 * `notes.body` stays the current text (the search index reads it); `note_revisions` keeps
 * every version, the current one included, so restoring is copying a revision back.
 * The activity log names events, notes and tags by id without foreign keys: an entry
 * outlives what it is about (a deleted tag's history is still history).
 */
export const m004Annotations: Migration = {
  version: 4,
  name: 'note revisions, trash and the activity log',
  up: (db) => {
    db.exec(`
      CREATE TABLE note_revisions (
        id        INTEGER PRIMARY KEY,
        note_id   INTEGER NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
        body      TEXT NOT NULL,
        author    TEXT NOT NULL,
        saved_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        kind      TEXT NOT NULL CHECK (kind IN ('create', 'edit', 'restore'))
      ) STRICT;
      CREATE INDEX note_revisions_by_note ON note_revisions (note_id, id);

      ALTER TABLE notes ADD COLUMN revision_id INTEGER;
      INSERT INTO note_revisions (note_id, body, author, saved_at, kind)
        SELECT id, body, author, updated_at, 'create' FROM notes ORDER BY id;
      UPDATE notes SET revision_id = (SELECT max(r.id) FROM note_revisions AS r WHERE r.note_id = notes.id);

      CREATE INDEX notes_by_subject ON notes (subject) WHERE subject IS NOT NULL;
      CREATE INDEX notes_in_trash ON notes (deleted_at) WHERE deleted_at IS NOT NULL;

      CREATE TABLE activity (
        id        INTEGER PRIMARY KEY,
        at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        author    TEXT NOT NULL,
        kind      TEXT NOT NULL CHECK (kind IN ('note', 'tag', 'importance', 'briefing', 'backup')),
        action    TEXT NOT NULL,
        event_id  INTEGER,
        note_id   INTEGER,
        tag_id    INTEGER,
        subject   TEXT
      ) STRICT;
      CREATE INDEX activity_by_event ON activity (event_id, id) WHERE event_id IS NOT NULL;
      CREATE INDEX activity_by_note ON activity (note_id, id) WHERE note_id IS NOT NULL;
    `);
  },
};
