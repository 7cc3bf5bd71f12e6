import type { Migration } from './index.ts';

/**
 * Edits and deletions of events get their own kind in the activity log ('event'). SQLite
 * cannot change a CHECK constraint in place, so the table is rebuilt with the same rows,
 * ids and indexes, inside the migration's transaction. Entries written before this version
 * for event edits (logged under 'note') are moved to the new kind.
 */
export const m007EventActivity: Migration = {
  version: 7,
  name: "event edits in the activity log",
  up: (db) => {
    db.exec(`
      CREATE TABLE activity_new (
        id        INTEGER PRIMARY KEY,
        at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        author    TEXT NOT NULL,
        kind      TEXT NOT NULL CHECK (kind IN ('event', 'note', 'tag', 'importance', 'briefing', 'backup')),
        action    TEXT NOT NULL,
        event_id  INTEGER,
        note_id   INTEGER,
        tag_id    INTEGER,
        subject   TEXT
      ) STRICT;
      INSERT INTO activity_new (id, at, author, kind, action, event_id, note_id, tag_id, subject)
        SELECT id, at, author,
               CASE WHEN kind = 'note' AND (action LIKE 'edited the event:%' OR action LIKE 'deleted the event %') THEN 'event' ELSE kind END,
               action, event_id, note_id, tag_id, subject
        FROM activity;
      DROP TABLE activity;
      ALTER TABLE activity_new RENAME TO activity;
      CREATE INDEX activity_by_event ON activity (event_id, id) WHERE event_id IS NOT NULL;
      CREATE INDEX activity_by_note ON activity (note_id, id) WHERE note_id IS NOT NULL;
    `);
  },
};
