/**
 * A store of synthetic events shaped like an analyst's: many relationship files (US–Japan,
 * Japan–ROK, the Quad …) with their events spread over 2000–2026, participants, types,
 * categories, places, officials named (a few hundred synthetic people whose offices of each
 * level change over the years), some tags, notes and importance marks, and the full-text index. Written
 * in a few set-based statements so a million events take seconds, not an import's minutes.
 *
 * Which countries take part follows a fixed pattern list, so tests can compute exact
 * expectations with plain SQL over the same store.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { participantsKey } from '../db/import/commit.ts';
import { recomputeLevelSql } from '../db/migrations/005-engagement-level.ts';
import { openStore } from '../db/open-store.ts';

/** Participant sets; repeats weight a set. The first two codes name the file it comes from. */
export const PATTERNS: readonly (readonly string[])[] = [
  ['JP', 'US'], ['JP', 'US'], ['JP', 'US'], ['JP', 'US'], ['JP', 'US'], ['JP', 'US'],
  ['JP', 'KR'], ['JP', 'KR'], ['JP', 'KR'],
  ['CN', 'US'], ['CN', 'US'], ['CN', 'US'],
  ['CN', 'JP'], ['CN', 'JP'],
  ['KR', 'US'], ['KR', 'US'],
  ['JP', 'US', 'KR'], ['JP', 'US', 'KR'],
  ['AU', 'IN', 'JP', 'US'],
  ['AU', 'JP'], ['IN', 'JP'], ['JP'], ['KP', 'KR'], ['JP', 'US', 'PH'], ['CN', 'KR'], ['GB', 'JP'],
  ['CA', 'DE', 'FR', 'GB', 'IT', 'JP', 'US'],
  ['JP', 'VN'], ['ID', 'JP'], ['JP', 'RU'], ['CN', 'RU'], ['AU', 'US'],
];

const SUBJECTS = ['Foreign ministers', 'Defense chiefs', 'Senior officials', 'Leaders', 'Trade negotiators', 'Vice ministers', 'Coast guard heads', 'Envoys', 'National security advisers', 'Finance ministers', 'Deputy foreign ministers'];
const VERBS = ['meet', 'hold talks', 'speak by telephone', 'sign an agreement', 'issue a joint statement', 'agree to deepen cooperation', 'discuss', 'confer', 'exchange views', 'review progress', 'announce a plan', 'hold consultations', 'conduct a joint exercise'];
const TOPICS = ['export controls on advanced semiconductors', 'the Taiwan Strait', 'North Korean missile launches', 'critical minerals', 'extended deterrence', 'US forces in Okinawa', 'the South China Sea', 'climate finance', 'energy security', 'economic coercion', 'cyber defense', 'space cooperation', 'defense industrial cooperation', 'aid to Ukraine', 'food security', 'quantum research', 'artificial intelligence safety', 'undersea cables', 'tariffs on steel', 'investment screening', "the multi-agent 2+2 framework", "Japan's don't-ask export rules", 'nuclear nonproliferation', 'disaster relief', 'fisheries', 'shipbuilding', 'rare earths'];
const PLACES = ['Tokyo', 'Washington, DC', 'Seoul', 'Beijing', 'Canberra', 'New Delhi', 'Manila', 'Jakarta', 'Hanoi', 'London', 'Brussels', 'Hiroshima', 'Honolulu', 'Singapore', 'Osaka', 'Busan', 'New York', 'Geneva'];
const TYPES = ['meeting', 'visit', 'call', 'summit', 'statement', 'agreement', 'exercise', 'election', 'announcement', 'incident', 'other'];
const CATEGORIES = ['diplomacy', 'security', 'economy', 'politics', 'technology', 'other'];
export const SYNTHETIC_TAGS = ['alliance', 'watch', 'follow-up', 'cited', 'trade'];

/** Synthetic officials: how many, and their countries (person k is from SYNTHETIC_PEOPLE_COUNTRIES[k % 8]). */
export const SYNTHETIC_PEOPLE = 300;
const SYNTHETIC_PEOPLE_COUNTRIES = ['JP', 'US', 'KR', 'CN', 'AU', 'IN', 'GB', 'PH'];
const GIVEN = ['Aiko', 'Ben', 'Chae', 'Dara', 'Emil', 'Fumi', 'Grace', 'Hiro', 'Ines', 'Jun', 'Kavi', 'Lena', 'Min', 'Noor', 'Oren', 'Priya', 'Quinn', 'Rin', 'Sami', 'Taro'];
const FAMILY = ['Abe', 'Baker', 'Cho', 'Diaz', 'Endo', 'Fox', 'Gupta', 'Han', 'Ito', 'Joshi', 'Kato', 'Lim', 'Mori', 'Nair', 'Ota'];
const LEVELS = ['leader', 'minister', 'minister', 'official', 'official', 'official'] as const;

const DEFERRED_TRIGGERS = ['events_fts_insert', 'event_people_fts_insert', 'event_countries_participants_insert', 'event_people_level_insert'];

/**
 * Person k holds a run of offices from a staggered start in 1999–2001 to 2027, each 3–6 years
 * long; the level of office j is LEVELS[(k + j) % 6] (leaders rarest), and every fifth office is
 * a gap out of office, so some linked officials have no role on an event's date. Offices end on
 * the next one's first day (date_to exclusive), as in the built-in gazetteer. Ids are
 * `bench-official-<k>`; a re-run (a second fill into the same store) keeps them.
 */
function addSyntheticPeople(db: Database): void {
  const person = db.prepare("INSERT INTO people (id, name, country_code, aliases) VALUES (?, ?, ?, '[]') ON CONFLICT (id) DO NOTHING");
  const role = db.prepare('INSERT INTO person_roles (person_id, title, level, date_from, date_to) VALUES (?, ?, ?, ?, ?)');
  const hasRoles = db.prepare('SELECT 1 FROM person_roles WHERE person_id = ?').pluck();
  const day = (offset: number) => new Date(Date.UTC(1999, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
  for (let k = 0; k < SYNTHETIC_PEOPLE; k++) {
    const id = `bench-official-${k}`;
    person.run(id, `${GIVEN[k % GIVEN.length]} ${FAMILY[Math.floor(k / GIVEN.length) % FAMILY.length]} ${k}`, SYNTHETIC_PEOPLE_COUNTRIES[k % SYNTHETIC_PEOPLE_COUNTRIES.length]);
    if (hasRoles.get(id)) continue;
    let start = (k * 37) % 1000;
    for (let j = 0; day(start) < '2027-01-01'; j++) {
      const end = start + 365 * (3 + ((k + j) % 4)) + (k % 29);
      const level = LEVELS[(k + j) % LEVELS.length]!;
      if ((k + j) % 5 !== 4) role.run(id, `Synthetic ${level} office ${j}`, level, day(start), day(end));
      start = end;
    }
  }
}

/** Adds `count` events to an open store at the current schema. */
export function fillSyntheticEvents(db: Database, count: number): void {
  const n = Math.floor(count);
  const pick = (list: readonly string[], expr: string) => `json_extract('${JSON.stringify(list).replaceAll("'", "''")}', '$[' || ((${expr}) % ${list.length}) || ']')`;
  db.transaction(() => {
    const triggers = DEFERRED_TRIGGERS.map((name) => db.prepare("SELECT sql FROM sqlite_schema WHERE name = ?").pluck().get(name) as string);
    for (const name of DEFERRED_TRIGGERS) db.exec(`DROP TRIGGER ${name}`);
    const lastId = db.prepare('SELECT coalesce(max(id), 0) FROM events').pluck().get() as number;

    db.exec('CREATE TEMP TABLE bench_patterns (k INTEGER PRIMARY KEY, codes TEXT NOT NULL, file TEXT NOT NULL, participants TEXT NOT NULL)');
    const addPattern = db.prepare('INSERT INTO bench_patterns (k, codes, file, participants) VALUES (?, ?, ?, ?)');
    PATTERNS.forEach((codes, k) => addPattern.run(k, JSON.stringify(codes), JSON.stringify([...codes.slice(0, 2)].sort()), participantsKey(codes)));
    // One source per relationship file.
    db.exec(`
      INSERT OR IGNORE INTO sources (title, file_countries, content_hash)
        SELECT DISTINCT 'Synthetic chronology ' || replace(replace(replace(file, '["', ''), '"]', ''), '","', '-'), file, 'synthetic:' || file FROM bench_patterns;
    `);
    db.exec(`
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${n})
      INSERT INTO events (id, date_start, date_end, precision, date_text, summary, type, category, location, source_id, source_line, importance, in_briefing, participants)
      SELECT ${lastId} + i,
             date('2000-01-01', '+' || ((i * 7919) % 9700) || ' days'),
             CASE WHEN i % 9 = 0 THEN date('2000-01-01', '+' || ((i * 7919) % 9700 + 1 + i % 3) || ' days') END,
             'day', NULL,
             ${pick(SUBJECTS, 'i / 7')} || ' ' || ${pick(VERBS, 'i / 3')} || ' on ' || ${pick(TOPICS, 'i / 11')} || ' in ' || ${pick(PLACES, 'i / 5')} || ' (item ' || i || ')',
             ${pick(TYPES, 'i / 13')}, ${pick(CATEGORIES, 'i / 17')}, ${pick(PLACES, 'i / 5')},
             -- One event in five is found in another relationship's file.
             (SELECT s.id FROM sources AS s JOIN bench_patterns AS p ON s.file_countries = p.file
               WHERE p.k = CASE WHEN i % 5 = 0 THEN (i + 7) % ${PATTERNS.length} ELSE i % ${PATTERNS.length} END),
             i,
             CASE WHEN i % 97 = 0 THEN 1 + i % 3 END,
             CASE WHEN i % 1009 = 0 THEN 1 ELSE 0 END,
             (SELECT participants FROM bench_patterns WHERE k = i % ${PATTERNS.length})
        FROM n;
      INSERT INTO event_countries (event_id, country_code, via)
        SELECT e.id, j.value, 'name' FROM events AS e JOIN bench_patterns AS p ON p.k = (e.id - ${lastId}) % ${PATTERNS.length}, json_each(p.codes) AS j
         WHERE e.id > ${lastId};
    `);
    const tag = db.prepare('INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id').pluck();
    const tagIds = SYNTHETIC_TAGS.map((name) => tag.get(name) as number);
    // A third of events name one synthetic official, a sixth a second one too (never the same twice).
    addSyntheticPeople(db);
    db.exec(`
      INSERT INTO event_people (event_id, person_id)
        SELECT id, 'bench-official-' || ((id - ${lastId}) / 3 * 7919 % ${SYNTHETIC_PEOPLE}) FROM events WHERE id > ${lastId} AND (id - ${lastId}) % 3 = 0;
      INSERT INTO event_people (event_id, person_id)
        SELECT id, 'bench-official-' || ((((id - ${lastId}) / 3 * 7919 % ${SYNTHETIC_PEOPLE}) + 1 + (id - ${lastId}) / 6 % ${SYNTHETIC_PEOPLE - 1}) % ${SYNTHETIC_PEOPLE})
          FROM events WHERE id > ${lastId} AND (id - ${lastId}) % 6 = 0;
      -- What the deferred trigger would have done link by link, in one pass.
      ${recomputeLevelSql(`id IN (SELECT event_id FROM event_people WHERE event_id > ${lastId})`)}
    `);
    db.exec(`
      INSERT INTO event_tags (event_id, tag_id)
        SELECT id, json_extract('${JSON.stringify(tagIds)}', '$[' || (id % ${tagIds.length}) || ']') FROM events WHERE id > ${lastId} AND id % 53 = 0;
      INSERT INTO events_fts (rowid, summary, location, people, notes)
        SELECT id, summary, location, people, notes FROM event_search_text WHERE id > ${lastId};
      -- After the bulk index: the notes' own trigger re-indexes the events they are on.
      INSERT INTO notes (event_id, body, author)
        SELECT id, 'Worth watching: a follow-up meeting is likely (note ' || id || ').', 'Analyst' FROM events WHERE id > ${lastId} AND id % 211 = 0;
      DROP TABLE temp.bench_patterns;
    `);
    for (const sql of triggers) db.exec(sql);
    // As after a large import: one index segment per term keeps common-word searches quick.
    db.exec("INSERT INTO events_fts (events_fts) VALUES ('optimize')");
  })();
}

/** Bump when fillSyntheticEvents changes, so a kept bench store (BENCH_STORE) is rebuilt. */
const SYNTHETIC_FORMAT = 3;

export interface SyntheticStore {
  file: string;
  /** False when a kept store was reused. */
  built: boolean;
  buildMs: number;
  /** Removes the store unless it is kept. */
  dispose(): void;
}

/**
 * A store file holding `count` synthetic events, for the benches. It is built in a temporary
 * folder and removed by `dispose`, unless BENCH_STORE names a file: that one is kept and
 * reused by later runs while it holds `count` events of this generator's format (a ~1 GB file
 * at a million events that takes about a minute to build).
 */
export async function syntheticStore(count: number): Promise<SyntheticStore> {
  const kept = process.env.BENCH_STORE ? path.resolve(process.env.BENCH_STORE) : null;
  const dir = kept ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-synthetic-'));
  const file = kept ?? path.join(dir!, 'synthetic.sqlite');
  const dispose = () => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  };
  const wanted = `${SYNTHETIC_FORMAT}:${Math.floor(count)}`;
  const started = performance.now();
  if (kept && fs.existsSync(kept)) {
    // Opening migrates a store kept from an older schema.
    const store = await openStore(kept);
    const format = store.db.prepare("SELECT value FROM app_meta WHERE key = 'bench:synthetic'").pluck().get() as string | undefined;
    store.db.close();
    if (format === wanted) return { file, built: false, buildMs: performance.now() - started, dispose };
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${kept}${suffix}`, { force: true });
  }
  const store = await openStore(file);
  fillSyntheticEvents(store.db, count);
  if (kept) store.db.prepare("INSERT OR REPLACE INTO app_meta (key, value) VALUES ('bench:synthetic', ?)").run(wanted);
  store.db.close();
  return { file, built: true, buildMs: performance.now() - started, dispose };
}
