import type { Migration } from './index.ts';

/**
 * Correcting events in full, with their history and a trash.
 *
 * - `event_people.mentioned`: 1 when an official is only mentioned in the entry, not taking part.
 *   A mentioned official does not raise the event's level of engagement, so the level triggers of
 *   migration 005 are written again with that condition.
 * - `event_versions`: every correction keeps the event's correctable fields as they were before and
 *   after (JSON, see db/event-state.ts), so any change can be undone and any version restored. The
 *   versions written by one request share a `batch`, so a bulk edit is undone as one. No foreign key:
 *   the history stays while the event is in the trash.
 * - `events_trash`: a deleted event leaves `events` (so the table, dashboards, briefings and exports,
 *   which all read `events`, no longer see it) and is kept here whole, with its participants, links,
 *   tags, notes and the ids of the citations that named it, until it is restored or the trash is emptied.
 */
const LEVEL = `CASE r.level WHEN 'leader' THEN 3 WHEN 'minister' THEN 2 ELSE 1 END`;
const LEVEL_OF = (event: string) => `coalesce((
  SELECT max(${LEVEL})
    FROM event_people AS ep JOIN person_roles AS r ON r.person_id = ep.person_id
   WHERE ep.event_id = ${event}.id AND ep.mentioned = 0
     AND r.date_from <= ${event}.date_start AND (r.date_to IS NULL OR r.date_to > ${event}.date_start)), 0)`;

export const recomputeLevelSql = (where: string): string => `UPDATE events SET level = ${LEVEL_OF('events')} WHERE ${where};`;

const PERSON_LEVEL = `(SELECT max(${LEVEL})
    FROM person_roles AS r
   WHERE r.person_id = new.person_id AND r.date_from <= events.date_start AND (r.date_to IS NULL OR r.date_to > events.date_start))`;

const inOffice = (role: 'new' | 'old') =>
  `id IN (SELECT event_id FROM event_people WHERE person_id = ${role}.person_id AND mentioned = 0)
   AND date_start >= ${role}.date_from AND (${role}.date_to IS NULL OR date_start < ${role}.date_to)`;

export const m009EventCorrections: Migration = {
  version: 9,
  name: 'event corrections, history and trash',
  up: (db) => {
    db.exec(`
      ALTER TABLE event_people ADD COLUMN mentioned INTEGER NOT NULL DEFAULT 0 CHECK (mentioned IN (0, 1));

      DROP TRIGGER event_people_level_insert;
      DROP TRIGGER event_people_level_delete;
      DROP TRIGGER event_people_level_update;
      DROP TRIGGER person_roles_level_insert;
      DROP TRIGGER person_roles_level_delete;
      DROP TRIGGER person_roles_level_update;
      DROP TRIGGER events_level_date;
      CREATE TRIGGER event_people_level_insert AFTER INSERT ON event_people WHEN new.mentioned = 0 BEGIN
        UPDATE events SET level = ${PERSON_LEVEL} WHERE id = new.event_id AND level < coalesce(${PERSON_LEVEL}, 0);
      END;
      CREATE TRIGGER event_people_level_delete AFTER DELETE ON event_people BEGIN
        ${recomputeLevelSql('id = old.event_id')}
      END;
      CREATE TRIGGER event_people_level_update AFTER UPDATE ON event_people BEGIN
        ${recomputeLevelSql('id IN (old.event_id, new.event_id)')}
      END;
      CREATE TRIGGER person_roles_level_insert AFTER INSERT ON person_roles BEGIN
        ${recomputeLevelSql(inOffice('new'))}
      END;
      CREATE TRIGGER person_roles_level_delete AFTER DELETE ON person_roles BEGIN
        ${recomputeLevelSql(inOffice('old'))}
      END;
      CREATE TRIGGER person_roles_level_update AFTER UPDATE OF person_id, level, date_from, date_to ON person_roles BEGIN
        ${recomputeLevelSql(`(${inOffice('old')}) OR (${inOffice('new')})`)}
      END;
      CREATE TRIGGER events_level_date AFTER UPDATE OF date_start ON events BEGIN
        ${recomputeLevelSql('id = new.id')}
      END;

      CREATE TABLE event_versions (
        id        INTEGER PRIMARY KEY,
        event_id  INTEGER NOT NULL,
        batch     INTEGER NOT NULL,
        at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        author    TEXT NOT NULL,
        -- 'edit' (a correction), 'undo' (a batch undone), 'restore' (an earlier version brought back).
        kind      TEXT NOT NULL CHECK (kind IN ('edit', 'undo', 'restore')),
        before    TEXT NOT NULL CHECK (json_valid(before)),
        after     TEXT NOT NULL CHECK (json_valid(after))
      ) STRICT;
      CREATE INDEX event_versions_by_event ON event_versions (event_id, id);
      CREATE INDEX event_versions_by_batch ON event_versions (batch);

      CREATE TABLE events_trash (
        event_id    INTEGER PRIMARY KEY,
        trashed_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        author      TEXT NOT NULL,
        date_start  TEXT NOT NULL,
        date_text   TEXT,
        summary     TEXT NOT NULL,
        countries   TEXT NOT NULL,
        notes       INTEGER NOT NULL DEFAULT 0,
        snapshot    TEXT NOT NULL CHECK (json_valid(snapshot))
      ) STRICT;
      CREATE INDEX events_trash_by_time ON events_trash (trashed_at);
    `);
  },
};
