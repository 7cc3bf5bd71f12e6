import type { Migration } from './index.ts';

/**
 * The level of engagement of an event, stored: 3 leader, 2 minister, 1 official, 0 unnamed.
 * It is the highest level among the offices that the officials it names (event_people) hold on
 * its date (person_roles: date_from <= date_start < date_to, an office ending on its
 * successor's first day, as getEvent reads it); 0 when no official is named or none held an
 * office that day.
 *
 * Stored rather than computed per dashboard: working it out for a year of Japan's events at a
 * million events (27,000 events, one probe into event_people and person_roles each) took 66–77
 * ms per period, and a dashboard needs two periods; from `events_by_level` the same figures
 * take a few milliseconds (see bench/dashboard.ts and db/dashboards/engagement.ts).
 *
 * Triggers keep it in step with everything it depends on: an official linked or unlinked, an
 * office added, changed or removed (only the person's events inside the office's dates are
 * recomputed), and an event's date changed.
 */
const LEVEL_OF = (event: string) => `coalesce((
  SELECT max(CASE r.level WHEN 'leader' THEN 3 WHEN 'minister' THEN 2 ELSE 1 END)
    FROM event_people AS ep JOIN person_roles AS r ON r.person_id = ep.person_id
   WHERE ep.event_id = ${event}.id AND r.date_from <= ${event}.date_start AND (r.date_to IS NULL OR r.date_to > ${event}.date_start)), 0)`;

/** Recomputes events.level for the events matching `where` (a condition over `events`). */
export const recomputeLevelSql = (where: string): string => `UPDATE events SET level = ${LEVEL_OF('events')} WHERE ${where};`;

/**
 * An official linked to an event can only raise its level: only that person's offices are read,
 * and the row is written only if the level goes up. (An import links officials to most events:
 * a full recompute and row rewrite per link added 20–35% to the insert time of 200,000 entries;
 * this adds about 2%, within the noise.)
 */
const PERSON_LEVEL = `(SELECT max(CASE r.level WHEN 'leader' THEN 3 WHEN 'minister' THEN 2 ELSE 1 END)
    FROM person_roles AS r
   WHERE r.person_id = new.person_id AND r.date_from <= events.date_start AND (r.date_to IS NULL OR r.date_to > events.date_start))`;
const raiseLevelSql = `UPDATE events SET level = ${PERSON_LEVEL} WHERE id = new.event_id AND level < coalesce(${PERSON_LEVEL}, 0);`;

/** The person's events that fall inside one office's dates. */
const inOffice = (role: 'new' | 'old') =>
  `id IN (SELECT event_id FROM event_people WHERE person_id = ${role}.person_id)
   AND date_start >= ${role}.date_from AND (${role}.date_to IS NULL OR date_start < ${role}.date_to)`;

export const m005EngagementLevel: Migration = {
  version: 5,
  name: 'engagement level of events',
  up: (db) => {
    db.exec(`
      ALTER TABLE events ADD COLUMN level INTEGER NOT NULL DEFAULT 0 CHECK (level BETWEEN 0 AND 3);
      ${recomputeLevelSql('id IN (SELECT event_id FROM event_people)')}
      -- Dashboards count by level and month, with the pairing decided on the index entry
      -- (like events_by_type and events_by_category).
      CREATE INDEX events_by_level ON events (level, date_start, id, participants);

      CREATE TRIGGER event_people_level_insert AFTER INSERT ON event_people BEGIN
        ${raiseLevelSql}
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
    `);
  },
};
