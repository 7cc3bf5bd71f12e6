import type { Migration } from './index.ts';

/**
 * Merging duplicate events (db/merge-events.ts).
 *
 * An event keeps its first source in `events.source_id`; `event_sources` holds the other
 * reports of the same event that were merged into it — which document, which line, the words
 * and date as that document wrote them — so both sources stay as provenance. Its `dedupe_key`
 * is the merged-away entry's key: importing that chronology again finds the entry already
 * stored instead of adding it back.
 *
 * `event_merges` is the undo record: a JSON snapshot of the merged-away event with every row
 * that hung on it, and of what the merge changed on the kept event (tags added, notes and
 * citations moved, marks raised), so undoing restores both events as they were.
 *
 * `duplicate_dismissals` holds pairs the analyst said are different events, so the list of
 * possible duplicates stops offering them.
 */
export const m010DuplicatesMerge: Migration = {
  version: 10,
  name: 'merged events and their sources',
  up: (db) => {
    db.exec(`
      CREATE TABLE event_merges (
        id          INTEGER PRIMARY KEY,
        kept_id     INTEGER NOT NULL,
        merged_id   INTEGER NOT NULL,
        -- The merged-away event and its rows, and the kept event's changes (see merge-events.ts).
        snapshot    TEXT NOT NULL CHECK (json_valid(snapshot)),
        author      TEXT NOT NULL,
        merged_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        undone_at   TEXT
      ) STRICT;
      CREATE INDEX event_merges_by_kept ON event_merges (kept_id, id);

      CREATE TABLE event_sources (
        event_id     INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        source_id    INTEGER REFERENCES sources (id),
        source_line  INTEGER,
        date_text    TEXT,
        date_start   TEXT NOT NULL,
        summary      TEXT NOT NULL,
        dedupe_key   TEXT,
        merge_id     INTEGER NOT NULL REFERENCES event_merges (id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX event_sources_by_event ON event_sources (event_id);
      CREATE INDEX event_sources_by_merge ON event_sources (merge_id);
      CREATE INDEX event_sources_by_dedupe_key ON event_sources (dedupe_key) WHERE dedupe_key IS NOT NULL;

      CREATE TABLE duplicate_dismissals (
        low_id        INTEGER NOT NULL,
        high_id       INTEGER NOT NULL,
        dismissed_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        PRIMARY KEY (low_id, high_id),
        CHECK (low_id < high_id)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
