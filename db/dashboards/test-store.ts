/**
 * A store built by hand for the dashboard tests (real SQLite, the app's schema), so every
 * expected figure can be counted by eye from the table below.
 *
 *   key  date                 countries                 type       category    level     file    notes
 *   e1   2023-01-05           JP US                     meeting    diplomacy   official  US–JP   1
 *   e2   2023-01-20           JP US KR                  meeting    security    minister  US–JP
 *   e3   2023-02-01           JP US                     call       diplomacy   unnamed   JP–KR
 *   e4   2023-02-10           JP KR                     visit      diplomacy   minister  JP–KR          Yoon travels to Tokyo
 *   e5   2023-03-14           JP UA                     visit      diplomacy   minister  JP–KR   2 (+1 in the trash)  Kyiv
 *   e6   2023-03-15           JP CN                     visit      economy     leader    digest         travels to Beijing
 *   e7   2023-03-20           JP US EU CA DE FR GB IT   statement  technology  unnamed   digest
 *   e8   2023-03-31           JP AU                     visit      security    leader    digest         in New Delhi
 *   e9   2023-01-15…01-17     JP US                     summit     diplomacy   leader    JP–US (stored ["JP","US"])
 *   e10  2022-12-30…2023-01-02 JP US                    meeting    diplomacy   unnamed   US–JP
 *   e11  2022-11-10           JP US                     visit      diplomacy   minister  US–JP   1      Washington
 *   e12  2022-10-03           JP KR                     meeting    security    unnamed   JP–KR
 *   e13  2022-10-02           JP KR                     meeting    security    unnamed   JP–KR
 *   e14  2023-02-15           KR US                     meeting    diplomacy   unnamed   digest
 *   e15  2023-04-01           JP US                     meeting    diplomacy   unnamed   US–JP
 *   e16  2024-01-10           JP US                     meeting    diplomacy   unnamed   US–JP
 *
 * Officials (ids test-…, with offices ending on date_to exclusive):
 *   leader-jp    JP  leader 2020-01-01 →
 *   switch-jp    JP  minister 2023-01-01 → 2023-03-15, then leader 2023-03-15 → (changes office mid-quarter)
 *   official-us  US  official 2010-01-01 →
 *   minister-us  US  minister 2022-06-01 → 2023-02-01, then out of office
 *   nobody       US  no office
 * Named: e1 official-us; e2 minister-us + official-us; e3 minister-us (office ended that day);
 * e4 e5 e6 switch-jp; e7 nobody; e8 leader-jp; e9 leader-jp + official-us; e11 minister-us.
 *
 * Standing notes: JP, JP-US, JP (in the trash), JP-KR-US.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { commitImport } from '../import/commit.ts';
import { parseDocument } from '../import/parse-document.ts';
import { createNote, trashNote } from '../notes.ts';
import { openStore } from '../open-store.ts';
import { tempDir } from '../test/helpers.ts';

export const KEYS = ['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7', 'e8', 'e9', 'e10', 'e11', 'e12', 'e13', 'e14', 'e15', 'e16'] as const;
export type Key = (typeof KEYS)[number];

type File = 'usJp' | 'jpUs' | 'jpKr' | 'digest';
const FILES: Record<File, string[]> = { usJp: ['US', 'JP'], jpUs: ['JP', 'US'], jpKr: ['JP', 'KR'], digest: ['US', 'CN'] };

interface Spec {
  date: string;
  end?: string;
  countries: string[];
  type: string;
  category: string;
  file: File;
  people?: string[];
  location?: string;
  summary?: string;
}

export const EVENTS: Record<Key, Spec> = {
  e1: { date: '2023-01-05', countries: ['JP', 'US'], type: 'meeting', category: 'diplomacy', file: 'usJp', people: ['official-us'], location: 'Tokyo' },
  e2: { date: '2023-01-20', countries: ['JP', 'US', 'KR'], type: 'meeting', category: 'security', file: 'usJp', people: ['minister-us', 'official-us'] },
  e3: { date: '2023-02-01', countries: ['JP', 'US'], type: 'call', category: 'diplomacy', file: 'jpKr', people: ['minister-us'] },
  e4: { date: '2023-02-10', countries: ['JP', 'KR'], type: 'visit', category: 'diplomacy', file: 'jpKr', people: ['switch-jp'], summary: 'President Yoon Suk Yeol travels to Tokyo for talks.' },
  e5: { date: '2023-03-14', countries: ['JP', 'UA'], type: 'visit', category: 'diplomacy', file: 'jpKr', people: ['switch-jp'], location: 'Kyiv', summary: 'The foreign minister travels to Ukraine and meets the president in Kyiv.' },
  e6: { date: '2023-03-15', countries: ['JP', 'CN'], type: 'visit', category: 'economy', file: 'digest', people: ['switch-jp'], summary: 'The new prime minister travels to Beijing.' },
  e7: { date: '2023-03-20', countries: ['JP', 'US', 'EU', 'CA', 'DE', 'FR', 'GB', 'IT'], type: 'statement', category: 'technology', file: 'digest', people: ['nobody'] },
  e8: { date: '2023-03-31', countries: ['JP', 'AU'], type: 'visit', category: 'security', file: 'digest', people: ['leader-jp'], location: 'New Delhi', summary: 'Japanese and Australian leaders meet in New Delhi.' },
  e9: { date: '2023-01-15', end: '2023-01-17', countries: ['JP', 'US'], type: 'summit', category: 'diplomacy', file: 'jpUs', people: ['leader-jp', 'official-us'] },
  e10: { date: '2022-12-30', end: '2023-01-02', countries: ['JP', 'US'], type: 'meeting', category: 'diplomacy', file: 'usJp' },
  e11: { date: '2022-11-10', countries: ['JP', 'US'], type: 'visit', category: 'diplomacy', file: 'usJp', people: ['minister-us'], location: 'Washington' },
  e12: { date: '2022-10-03', countries: ['JP', 'KR'], type: 'meeting', category: 'security', file: 'jpKr' },
  e13: { date: '2022-10-02', countries: ['JP', 'KR'], type: 'meeting', category: 'security', file: 'jpKr' },
  e14: { date: '2023-02-15', countries: ['KR', 'US'], type: 'meeting', category: 'diplomacy', file: 'digest' },
  e15: { date: '2023-04-01', countries: ['JP', 'US'], type: 'meeting', category: 'diplomacy', file: 'usJp' },
  e16: { date: '2024-01-10', countries: ['JP', 'US'], type: 'meeting', category: 'diplomacy', file: 'usJp' },
};

const PEOPLE: Array<{ id: string; country: string; roles: Array<[level: string, from: string, to: string | null]> }> = [
  { id: 'leader-jp', country: 'JP', roles: [['leader', '2020-01-01', null]] },
  { id: 'switch-jp', country: 'JP', roles: [['minister', '2023-01-01', '2023-03-15'], ['leader', '2023-03-15', null]] },
  { id: 'official-us', country: 'US', roles: [['official', '2010-01-01', null]] },
  { id: 'minister-us', country: 'US', roles: [['minister', '2022-06-01', '2023-02-01']] },
  { id: 'nobody', country: 'US', roles: [] },
];

export interface DashboardStore {
  db: Database;
  id: (key: Key) => number;
  key: (id: number) => Key;
}

/** Ids follow the keys (e1 is 1 …), so rows can be named back. */
export async function dashboardStore(label = 'dashboards'): Promise<DashboardStore> {
  const { db } = await openStore(path.join(tempDir(label), 'store.sqlite'));
  db.transaction(() => {
    const source = db.prepare("INSERT INTO sources (title, file_countries, content_hash) VALUES (?, ?, ?) RETURNING id").pluck();
    const sources = Object.fromEntries((Object.keys(FILES) as File[]).map((f) => [f, source.get(`File ${f}`, JSON.stringify(FILES[f]), f) as number])) as Record<File, number>;
    const person = db.prepare('INSERT INTO people (id, name, country_code) VALUES (?, ?, ?)');
    const role = db.prepare('INSERT INTO person_roles (person_id, title, level, date_from, date_to) VALUES (?, ?, ?, ?, ?)');
    for (const p of PEOPLE) {
      person.run(`test-${p.id}`, `Test ${p.id}`, p.country);
      for (const [level, from, to] of p.roles) role.run(`test-${p.id}`, `Test ${level}`, level, from, to);
    }
    const event = db.prepare('INSERT INTO events (id, date_start, date_end, summary, type, category, location, source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    const country = db.prepare("INSERT INTO event_countries (event_id, country_code, via) VALUES (?, ?, 'name')");
    const named = db.prepare('INSERT INTO event_people (event_id, person_id) VALUES (?, ?)');
    for (const [i, key] of KEYS.entries()) {
      const e = EVENTS[key];
      const id = i + 1;
      event.run(id, e.date, e.end ?? null, e.summary ?? `Event ${key}.`, e.type, e.category, e.location ?? null, sources[e.file]);
      for (const code of e.countries) country.run(id, code);
      for (const p of e.people ?? []) named.run(id, `test-${p}`);
    }
  })();
  // Notes the way the app writes them (with their first revision), some then moved to the trash.
  const onEvent = (eventId: number, body: string) => createNote(db, { target: { eventId }, body });
  const standing = (subject: string[], body: string) => createNote(db, { target: { subject }, body });
  onEvent(1, 'On e1.');
  onEvent(5, 'On e5.');
  onEvent(5, 'On e5 again.');
  trashNote(db, { id: onEvent(5, 'On e5, in the trash.').id });
  onEvent(11, 'On e11, the previous period.');
  standing(['JP'], 'Standing note on Japan.');
  standing(['US', 'JP'], 'Standing note on the alliance.');
  trashNote(db, { id: standing(['JP'], 'Standing note on Japan, in the trash.').id });
  standing(['US', 'KR', 'JP'], 'Standing note on the trilateral.');
  return { db, id: (key) => KEYS.indexOf(key) + 1, key: (id) => KEYS[id - 1]! };
}

/** The bundled sample (assets/sample), imported as the app loads it: ids 1–35 the US–Japan file, 36–40 the other pairs. */
export async function sampleStore(label = 'dashboards-sample'): Promise<Database> {
  const { db } = await openStore(path.join(tempDir(label), 'store.sqlite'));
  for (const file of ['us-japan-2023-jan-apr.md', 'other-pairs-2023.md']) {
    const doc = parseDocument(fs.readFileSync(new URL(`../../assets/sample/${file}`, import.meta.url), 'utf8'), { title: file });
    commitImport(db, doc.source, doc.entries);
  }
  return db;
}
