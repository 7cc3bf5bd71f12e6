import type { Migration } from './index.ts';

/**
 * States an entry names only as the place, the topic or the background of its news ('talks on
 * North Korea', 'a week after the summit with Trump'): kept apart from the participants, so
 * that the table, filters and dashboards count only those taking part while the analyst can
 * still see what the entry mentioned.
 */
export const m011MentionedCountries: Migration = {
  version: 11,
  name: 'states an event only mentions',
  up: (db) => {
    db.exec(`
      CREATE TABLE event_mentioned_countries (
        event_id      INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        country_code  TEXT NOT NULL REFERENCES countries (code),
        PRIMARY KEY (event_id, country_code)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
