import type { Migration } from './index.ts';

/**
 * What the analyst taught the reader from an import preview: a name as written ('Xinhua',
 * 'the Blue House', 'Seoul's spy agency') and the state it stands for, read in every later import.
 */
export const m008ReaderTerms: Migration = {
  version: 8,
  name: 'names the analyst taught the reader',
  up: (db) => {
    db.exec(`
      CREATE TABLE reader_terms (
        term         TEXT PRIMARY KEY,
        country_code TEXT NOT NULL REFERENCES countries (code),
        kind         TEXT NOT NULL CHECK (kind IN ('name', 'institution')),
        created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      ) STRICT;
    `);
  },
};
