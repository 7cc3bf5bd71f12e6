import type { Migration } from './index.ts';

export const m001Events: Migration = {
  version: 1,
  name: 'events',
  up: (db) => {
    db.exec(`
      CREATE TABLE events (
        id          INTEGER PRIMARY KEY,
        date_start  TEXT NOT NULL CHECK (date_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        date_end    TEXT CHECK (date_end IS NULL OR date_end >= date_start),
        summary     TEXT NOT NULL CHECK (length(summary) > 0),
        created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      ) STRICT;
      -- The table's default order: newest first, stable on id.
      CREATE INDEX events_by_date ON events (date_start DESC, id DESC);
    `);
  },
};
