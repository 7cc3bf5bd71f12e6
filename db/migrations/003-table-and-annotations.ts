import type { Migration } from './index.ts';

/**
 * What the events table filters and shows beyond the imported facts: tags, importance,
 * notes, the briefing flag; saved views and settings; and a search index that also covers
 * the officials named in an event and the analyst's notes on it.
 *
 * The index is contentless (it keeps no copy of the text) with contentless_delete, so a row
 * can be re-indexed from `event_search_text` by rowid alone whenever any of its parts
 * changes: the summary, the people linked to it, a person's names, or a note.
 */
export const m003TableAndAnnotations: Migration = {
  version: 3,
  name: 'table, annotations and search over people and notes',
  up: (db) => {
    db.exec(`
      -- When a country joined a grouping (NULL: a founding member); filled by the reference-data sync.
      ALTER TABLE grouping_members ADD COLUMN since TEXT;
      ALTER TABLE events ADD COLUMN importance INTEGER CHECK (importance BETWEEN 1 AND 3);
      ALTER TABLE events ADD COLUMN in_briefing INTEGER NOT NULL DEFAULT 0 CHECK (in_briefing IN (0, 1));
      -- A date-range filter bounds its index scan by the longest span any event has (see event-filter-sql.ts).
      CREATE INDEX events_by_span ON events (julianday(date_end) - julianday(date_start)) WHERE date_end IS NOT NULL;
      -- Who takes part, as ' JP US ' (codes sorted, space-delimited), copied from
      -- event_countries by triggers. Carried in the date-ordered indexes below so that a
      -- pairing filter is decided inside the index, without visiting each event's rows.
      ALTER TABLE events ADD COLUMN participants TEXT NOT NULL DEFAULT ' ';
      UPDATE events SET participants = coalesce((SELECT ' ' || group_concat(country_code, ' ') || ' '
        FROM (SELECT country_code FROM event_countries WHERE event_id = events.id ORDER BY country_code)), ' ');
      -- Type, category and source filters walk these in date order, as the table shows them.
      DROP INDEX events_by_date;
      CREATE INDEX events_by_date ON events (date_start DESC, id DESC, participants);
      CREATE INDEX events_by_type ON events (type, date_start, id, participants);
      CREATE INDEX events_by_category ON events (category, date_start, id, participants);
      DROP INDEX events_by_source;
      CREATE INDEX events_by_source ON events (source_id, date_start, id, participants);
      CREATE INDEX events_by_importance ON events (importance, date_start, id) WHERE importance IS NOT NULL;

      CREATE TABLE tags (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
        -- A CSS colour such as #3b82f6, or NULL for the neutral default.
        color       TEXT CHECK (color IS NULL OR color GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]'),
        created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      ) STRICT;

      CREATE TABLE event_tags (
        event_id  INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        tag_id    INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
        PRIMARY KEY (event_id, tag_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX event_tags_by_tag ON event_tags (tag_id, event_id);

      -- A note is on one event, or a standing note on a subject such as "JP" or "JP-US".
      CREATE TABLE notes (
        id          INTEGER PRIMARY KEY,
        event_id    INTEGER REFERENCES events (id) ON DELETE CASCADE,
        subject     TEXT,
        body        TEXT NOT NULL,
        author      TEXT NOT NULL,
        created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        -- Set when the note goes to the trash; it can be restored until the trash is emptied.
        deleted_at  TEXT,
        CHECK ((event_id IS NULL) <> (subject IS NULL))
      ) STRICT;
      CREATE INDEX notes_by_event ON notes (event_id) WHERE event_id IS NOT NULL;

      CREATE TABLE saved_views (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
        state       TEXT NOT NULL CHECK (json_valid(state)),
        created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      ) STRICT;

      -- Preferences that belong with the data, such as the table's column layout.
      CREATE TABLE settings (
        key    TEXT PRIMARY KEY,
        value  TEXT NOT NULL CHECK (json_valid(value))
      ) STRICT;

      CREATE TRIGGER event_countries_participants_insert AFTER INSERT ON event_countries BEGIN
        UPDATE events SET participants = (SELECT ' ' || group_concat(country_code, ' ') || ' '
          FROM (SELECT country_code FROM event_countries WHERE event_id = new.event_id ORDER BY country_code)) WHERE id = new.event_id;
      END;
      CREATE TRIGGER event_countries_participants_delete AFTER DELETE ON event_countries BEGIN
        UPDATE events SET participants = coalesce((SELECT ' ' || group_concat(country_code, ' ') || ' '
          FROM (SELECT country_code FROM event_countries WHERE event_id = old.event_id ORDER BY country_code)), ' ') WHERE id = old.event_id;
      END;

      DROP TRIGGER events_fts_insert;
      DROP TRIGGER events_fts_delete;
      DROP TRIGGER events_fts_update;
      DROP TABLE events_fts;

      CREATE VIEW event_search_text AS
        SELECT e.id,
               e.summary,
               coalesce(e.location, '') AS location,
               coalesce((SELECT group_concat(p.name || ' ' || (SELECT coalesce(group_concat(a.value, ' '), '') FROM json_each(p.aliases) AS a), ' ')
                           FROM event_people AS ep JOIN people AS p ON p.id = ep.person_id
                          WHERE ep.event_id = e.id), '') AS people,
               coalesce((SELECT group_concat(n.body, ' ') FROM notes AS n
                          WHERE n.event_id = e.id AND n.deleted_at IS NULL), '') AS notes
          FROM events AS e;

      CREATE VIRTUAL TABLE events_fts USING fts5 (
        summary, location, people, notes,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2'
      );
      INSERT INTO events_fts (rowid, summary, location, people, notes)
        SELECT id, summary, location, people, notes FROM event_search_text;

      CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
        INSERT INTO events_fts (rowid, summary, location, people, notes)
          SELECT id, summary, location, people, notes FROM event_search_text WHERE id = new.id;
      END;
      CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
        DELETE FROM events_fts WHERE rowid = old.id;
      END;
      CREATE TRIGGER events_fts_update AFTER UPDATE OF summary, location ON events BEGIN
        DELETE FROM events_fts WHERE rowid = new.id;
        INSERT INTO events_fts (rowid, summary, location, people, notes)
          SELECT id, summary, location, people, notes FROM event_search_text WHERE id = new.id;
      END;
      CREATE TRIGGER event_people_fts_insert AFTER INSERT ON event_people BEGIN
        DELETE FROM events_fts WHERE rowid = new.event_id;
        INSERT INTO events_fts (rowid, summary, location, people, notes)
          SELECT id, summary, location, people, notes FROM event_search_text WHERE id = new.event_id;
      END;
      CREATE TRIGGER event_people_fts_delete AFTER DELETE ON event_people BEGIN
        DELETE FROM events_fts WHERE rowid = old.event_id;
        INSERT INTO events_fts (rowid, summary, location, people, notes)
          SELECT id, summary, location, people, notes FROM event_search_text WHERE id = old.event_id;
      END;
      CREATE TRIGGER people_fts_update AFTER UPDATE OF name, aliases ON people BEGIN
        DELETE FROM events_fts WHERE rowid IN (SELECT event_id FROM event_people WHERE person_id = new.id);
        INSERT INTO events_fts (rowid, summary, location, people, notes)
          SELECT id, summary, location, people, notes FROM event_search_text
           WHERE id IN (SELECT event_id FROM event_people WHERE person_id = new.id);
      END;
      CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes WHEN new.event_id IS NOT NULL BEGIN
        DELETE FROM events_fts WHERE rowid = new.event_id;
        INSERT INTO events_fts (rowid, summary, location, people, notes)
          SELECT id, summary, location, people, notes FROM event_search_text WHERE id = new.event_id;
      END;
      CREATE TRIGGER notes_fts_update AFTER UPDATE OF body, deleted_at, event_id ON notes BEGIN
        DELETE FROM events_fts WHERE rowid IN (old.event_id, new.event_id);
        INSERT INTO events_fts (rowid, summary, location, people, notes)
          SELECT id, summary, location, people, notes FROM event_search_text WHERE id IN (old.event_id, new.event_id);
      END;
      CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes WHEN old.event_id IS NOT NULL BEGIN
        DELETE FROM events_fts WHERE rowid = old.event_id;
        INSERT INTO events_fts (rowid, summary, location, people, notes)
          SELECT id, summary, location, people, notes FROM event_search_text WHERE id = old.event_id;
      END;
    `);
  },
};
