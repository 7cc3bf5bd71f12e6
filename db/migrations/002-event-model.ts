import type { Migration } from './index.ts';

/**
 * The full event model: reference data (countries, groupings, people), sources, event
 * participants and links, and a full-text index over event text.
 */
export const m002EventModel: Migration = {
  version: 2,
  name: 'event model',
  up: (db) => {
    db.exec(`
      -- Small facts about the store itself, e.g. which built-in reference data it holds.
      CREATE TABLE app_meta (
        key    TEXT PRIMARY KEY,
        value  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE countries (
        code    TEXT PRIMARY KEY,
        alpha3  TEXT,
        name    TEXT NOT NULL,
        kind    TEXT NOT NULL CHECK (kind IN ('state', 'organisation'))
      ) STRICT;

      CREATE TABLE groupings (
        id    TEXT PRIMARY KEY,
        name  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE grouping_members (
        grouping_id   TEXT NOT NULL REFERENCES groupings (id) ON DELETE CASCADE,
        country_code  TEXT NOT NULL REFERENCES countries (code),
        PRIMARY KEY (grouping_id, country_code)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE people (
        id            TEXT PRIMARY KEY,
        name          TEXT NOT NULL,
        country_code  TEXT REFERENCES countries (code),
        aliases       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases)),
        -- 1 once an analyst edits the row: built-in data updates never overwrite it.
        user_edited   INTEGER NOT NULL DEFAULT 0 CHECK (user_edited IN (0, 1))
      ) STRICT;

      CREATE TABLE person_roles (
        person_id  TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        title      TEXT NOT NULL,
        level      TEXT NOT NULL CHECK (level IN ('leader', 'minister', 'official')),
        date_from  TEXT NOT NULL,
        date_to    TEXT
      ) STRICT;
      CREATE INDEX person_roles_by_person ON person_roles (person_id);

      CREATE TABLE sources (
        id             INTEGER PRIMARY KEY,
        title          TEXT NOT NULL,
        publication    TEXT,
        issue          TEXT,
        published      TEXT,
        url            TEXT,
        -- The relationship file, e.g. ["US","JP"] for a US–Japan chronology.
        file_countries TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(file_countries)),
        period_start   TEXT,
        period_end     TEXT,
        content_hash   TEXT NOT NULL UNIQUE,
        imported_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      ) STRICT;

      ALTER TABLE events ADD COLUMN precision TEXT NOT NULL DEFAULT 'day' CHECK (precision IN ('day', 'month', 'year'));
      ALTER TABLE events ADD COLUMN date_text TEXT;
      ALTER TABLE events ADD COLUMN type TEXT NOT NULL DEFAULT 'other'
        CHECK (type IN ('meeting', 'visit', 'call', 'summit', 'statement', 'agreement', 'exercise', 'election', 'announcement', 'incident', 'other'));
      ALTER TABLE events ADD COLUMN category TEXT NOT NULL DEFAULT 'other'
        CHECK (category IN ('diplomacy', 'security', 'economy', 'politics', 'technology', 'other'));
      ALTER TABLE events ADD COLUMN location TEXT;
      ALTER TABLE events ADD COLUMN source_id INTEGER REFERENCES sources (id);
      ALTER TABLE events ADD COLUMN source_line INTEGER;
      ALTER TABLE events ADD COLUMN warnings TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(warnings));
      -- Same date and same words = same event, whichever file it came from.
      ALTER TABLE events ADD COLUMN dedupe_key TEXT;
      CREATE UNIQUE INDEX events_by_dedupe_key ON events (dedupe_key) WHERE dedupe_key IS NOT NULL;
      CREATE INDEX events_by_source ON events (source_id);

      CREATE TABLE event_links (
        event_id  INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        label     TEXT NOT NULL,
        url       TEXT,
        kind      TEXT NOT NULL CHECK (kind IN ('source', 'document'))
      ) STRICT;
      CREATE INDEX event_links_by_event ON event_links (event_id);

      CREATE TABLE event_countries (
        event_id      INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        country_code  TEXT NOT NULL REFERENCES countries (code),
        -- How the country was found: name, adjective, capital, person, grouping, analyst.
        via           TEXT NOT NULL,
        PRIMARY KEY (event_id, country_code)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX event_countries_by_country ON event_countries (country_code, event_id);

      CREATE TABLE event_people (
        event_id   INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        person_id  TEXT NOT NULL REFERENCES people (id),
        PRIMARY KEY (event_id, person_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX event_people_by_person ON event_people (person_id, event_id);

      CREATE TABLE event_groupings (
        event_id     INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        grouping_id  TEXT NOT NULL REFERENCES groupings (id),
        PRIMARY KEY (event_id, grouping_id)
      ) STRICT, WITHOUT ROWID;

      CREATE VIRTUAL TABLE events_fts USING fts5 (
        summary, location,
        content = 'events', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      INSERT INTO events_fts (rowid, summary, location) SELECT id, summary, location FROM events;
      CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
        INSERT INTO events_fts (rowid, summary, location) VALUES (new.id, new.summary, new.location);
      END;
      CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
        INSERT INTO events_fts (events_fts, rowid, summary, location) VALUES ('delete', old.id, old.summary, old.location);
      END;
      CREATE TRIGGER events_fts_update AFTER UPDATE OF summary, location ON events BEGIN
        INSERT INTO events_fts (events_fts, rowid, summary, location) VALUES ('delete', old.id, old.summary, old.location);
        INSERT INTO events_fts (rowid, summary, location) VALUES (new.id, new.summary, new.location);
      END;
    `);
  },
};
