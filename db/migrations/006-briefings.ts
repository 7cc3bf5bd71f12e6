import type { Migration } from './index.ts';

/**
 * Stored briefings. A briefing has sections in order; a section cites events in order. A
 * citation keeps a snapshot of the event as it was cited (JSON), so a later edit of the event
 * leaves the briefing's text alone; deleting the event only clears `event_id`, keeping the
 * citation as its snapshot. Deleting a briefing removes its sections and citations.
 *
 * Positions are renumbered 0…n−1 by every move, so they are not UNIQUE (a move would collide
 * half-way); the indexes read a briefing's sections and a section's citations in order, and
 * the citations of one event ("this event is cited in …", and the foreign key's SET NULL).
 */
export const m006Briefings: Migration = {
  version: 6,
  name: 'stored briefings',
  up: (db) => {
    db.exec(`
      CREATE TABLE briefings (
        id           INTEGER PRIMARY KEY,
        title        TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        subtitle     TEXT NOT NULL DEFAULT '',
        marking      TEXT NOT NULL DEFAULT 'UNCLASSIFIED',
        author       TEXT NOT NULL,
        date         TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        -- The subject key, codes sorted and joined by "-" ("JP-US"), as standing notes write it.
        subject      TEXT,
        period_from  TEXT,
        period_to    TEXT,
        template     TEXT NOT NULL CHECK (template IN ('client-note', 'briefing-book')),
        paper        TEXT NOT NULL CHECK (paper IN ('a4', 'letter')),
        key_points   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(key_points) AND json_type(key_points) = 'array'),
        created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        -- Set while the briefing is in the trash.
        deleted_at   TEXT,
        CHECK ((period_from IS NULL) = (period_to IS NULL)),
        CHECK (period_from IS NULL OR period_from <= period_to)
      ) STRICT;
      CREATE INDEX briefings_by_update ON briefings (updated_at DESC, id DESC);

      CREATE TABLE briefing_sections (
        id           INTEGER PRIMARY KEY,
        briefing_id  INTEGER NOT NULL REFERENCES briefings (id) ON DELETE CASCADE,
        position     INTEGER NOT NULL CHECK (position >= 0),
        title        TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
        body         TEXT NOT NULL DEFAULT '',
        chart        TEXT CHECK (chart IS NULL OR json_valid(chart))
      ) STRICT;
      CREATE INDEX briefing_sections_by_briefing ON briefing_sections (briefing_id, position);

      CREATE TABLE briefing_citations (
        id           INTEGER PRIMARY KEY,
        section_id   INTEGER NOT NULL REFERENCES briefing_sections (id) ON DELETE CASCADE,
        position     INTEGER NOT NULL CHECK (position >= 0),
        event_id     INTEGER REFERENCES events (id) ON DELETE SET NULL,
        with_note    INTEGER NOT NULL DEFAULT 0 CHECK (with_note IN (0, 1)),
        snapshot     TEXT NOT NULL CHECK (json_valid(snapshot)),
        cited_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      ) STRICT;
      CREATE INDEX briefing_citations_by_section ON briefing_citations (section_id, position);
      CREATE INDEX briefing_citations_by_event ON briefing_citations (event_id);
    `);
  },
};
