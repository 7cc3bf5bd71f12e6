import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import type { Database } from 'better-sqlite3';
import { fillSyntheticEvents } from '../bench/synthetic-events.ts';
import { EventFilter as EventFilterSchema, type EventFilter, type EventSort, type PairingMode, type SortColumn } from '../contract/query.ts';
import { countryDashboard } from './dashboards/country.ts';
import { pairDashboard } from './dashboards/pair.ts';
import { filterSql } from './event-filter-sql.ts';
import { countEvents, getEvent, pageSql, queryEvents } from './event-queries.ts';
import { setInBriefing } from './tags.ts';
import { entry } from './exchange/test-support.ts';
import type { Category, EventType } from './import/classify.ts';
import { commitImport, type ImportEntry, type ImportSource } from './import/commit.ts';
import { parseDocument } from './import/parse-document.ts';
import { openReader, openStore } from './open-store.ts';
import { tempDir } from './test/helpers.ts';

/*
 * A small store written by hand, so every expectation below can be checked by eye.
 *
 *   key          date               countries       type          category    location    file
 *   usJp         2023-01-11         US JP           meeting       diplomacy   Washington  US–Japan
 *   usJpKr       2023-01-13         US JP KR        meeting       security    Tokyo       US–Japan
 *   quad         2023-03-06…03-07   AU IN JP US     summit        diplomacy   New Delhi   US–Japan
 *   usJpEu       2023-02-01         US JP EU        statement     technology  —           US–Japan
 *   jpAlone      2023-04-10         JP              announcement  security    Tokyo       US–Japan
 *   jpKr         2023-01-20         JP KR           meeting       diplomacy   Seoul       Japan–Korea
 *   usJpCall     2023-02-15         JP US           call          diplomacy   —           Japan–Korea
 *   krUsJp       2023-03-16         KR US JP        exercise      security    busan       Japan–Korea
 *   usCn         2023-02-20         US CN           meeting       technology  Geneva      digest
 *   krCn         2023-03-01         KR CN           meeting       economy     Beijing     digest
 *   bush1991     Dec 1991 (month)   US JP           visit         diplomacy   Tokyo       digest
 *   quadPartial  2023-03-07         US JP AU        meeting       security    Canberra    digest
 *   twoPlusTwo   2023-03-07         US JP           meeting       security    Tokyo       digest
 *   manual       2023-02-10         —               other         other       —           (none)
 *
 * Annotations: importance usJp 1, krCn 2, quad 3; tags alliance (usJp, quad) and watch
 * (quad, krCn); notes on usJp (one), quad (two) and krCn (one, in the trash).
 */
const KEYS = ['usJp', 'usJpKr', 'quad', 'usJpEu', 'jpAlone', 'jpKr', 'usJpCall', 'krUsJp', 'usCn', 'krCn', 'bush1991', 'quadPartial', 'twoPlusTwo', 'manual'] as const;
type Key = (typeof KEYS)[number];

type File = 'usJapan' | 'japanKorea' | 'digest';
const SOURCES: Record<File, ImportSource> = {
  usJapan: {
    title: 'Chronology of US-Japan Relations',
    publication: 'Comparative Connections',
    issue: 'Vol. 25, No. 1',
    fileCountries: ['US', 'JP'],
    periodStart: '2023-01-01',
    periodEnd: '2023-04-30',
    contentHash: 'us-japan',
  },
  // Stored in the other order: pairing is unordered, file pairing too.
  japanKorea: { title: 'Japan-Korea Relations', fileCountries: ['KR', 'JP'], contentHash: 'japan-korea' },
  // Lower-case, so sorting by source shows whether case is ignored ("digest" between "Chronology" and "Japan").
  digest: { title: 'digest of US-China relations', fileCountries: ['US', 'CN'], contentHash: 'digest' },
};

interface Spec {
  key: Exclude<Key, 'manual'>;
  file: File;
  date: string;
  summary: string;
  countries: string[];
  type: EventType;
  category: Category;
  location: string | null;
}

const SPECS: Spec[] = [
  { key: 'usJp', file: 'usJapan', date: '2023-01-11', summary: 'Foreign ministers meet in Washington.', countries: ['US', 'JP'], type: 'meeting', category: 'diplomacy', location: 'Washington' },
  { key: 'usJpKr', file: 'usJapan', date: '2023-01-13', summary: 'Trilateral security talks on missile launches.', countries: ['US', 'JP', 'KR'], type: 'meeting', category: 'security', location: 'Tokyo' },
  { key: 'quad', file: 'usJapan', date: '2023-03-06', summary: 'Quad foreign ministers meet in New Delhi.', countries: ['AU', 'IN', 'JP', 'US'], type: 'summit', category: 'diplomacy', location: 'New Delhi' },
  { key: 'usJpEu', file: 'usJapan', date: '2023-02-01', summary: "Joint statement on export controls: partners don't ship advanced chips.", countries: ['US', 'JP', 'EU'], type: 'statement', category: 'technology', location: null },
  { key: 'jpAlone', file: 'usJapan', date: '2023-04-10', summary: 'Japan announces a record defense budget.', countries: ['JP'], type: 'announcement', category: 'security', location: 'Tokyo' },
  { key: 'jpKr', file: 'japanKorea', date: '2023-01-20', summary: 'Shuttle diplomacy resumes in Seoul.', countries: ['JP', 'KR'], type: 'meeting', category: 'diplomacy', location: 'Seoul' },
  { key: 'usJpCall', file: 'japanKorea', date: '2023-02-15', summary: 'Officials speak by telephone.', countries: ['JP', 'US'], type: 'call', category: 'diplomacy', location: null },
  { key: 'krUsJp', file: 'japanKorea', date: '2023-03-16', summary: 'Trilateral naval exercise off Busan.', countries: ['KR', 'US', 'JP'], type: 'exercise', category: 'security', location: 'busan' },
  { key: 'usCn', file: 'digest', date: '2023-02-20', summary: 'Talks on multi-agent AI safety.', countries: ['US', 'CN'], type: 'meeting', category: 'technology', location: 'Geneva' },
  { key: 'krCn', file: 'digest', date: '2023-03-01', summary: 'Trade consultations in Beijing.', countries: ['KR', 'CN'], type: 'meeting', category: 'economy', location: 'Beijing' },
  { key: 'bush1991', file: 'digest', date: '1991-12-01', summary: 'Presidential visit to Japan.', countries: ['US', 'JP'], type: 'visit', category: 'diplomacy', location: 'Tokyo' },
  { key: 'quadPartial', file: 'digest', date: '2023-03-07', summary: 'Trilateral defense talks with Australia.', countries: ['US', 'JP', 'AU'], type: 'meeting', category: 'security', location: 'Canberra' },
  { key: 'twoPlusTwo', file: 'digest', date: '2023-03-07', summary: '2+2 meeting of defense and foreign ministers.', countries: ['US', 'JP'], type: 'meeting', category: 'security', location: 'Tokyo' },
];

/** Extra fields of a few entries, for the detail panel. */
const DETAIL: Partial<Record<Key, Partial<ImportEntry>>> = {
  usJp: {
    sourceLine: 12,
    countries: [{ code: 'JP', via: 'name' }, { code: 'US', via: 'person' }],
    people: ['hayashi-yoshimasa', 'blinken-antony'],
    links: [{ label: 'Joint Statement', url: 'https://example.gov/joint', kind: 'document' }, { label: 'Readout', url: null, kind: 'source' }],
    warnings: ['the day was read from the heading'],
  },
  quad: { dateEnd: '2023-03-07', groupings: ['QUAD'] },
  bush1991: { dateEnd: '1991-12-31', precision: 'month', dateText: 'December 1991' },
};

interface Seeded {
  db: Database;
  id: (key: Key) => number;
  key: (id: number) => Key;
}

async function seededStore(): Promise<Seeded> {
  const { db } = await openStore(path.join(tempDir('queries'), 'store.sqlite'));
  for (const file of Object.keys(SOURCES) as File[]) {
    const entries = SPECS.filter((s) => s.file === file).map((s) =>
      entry({
        dateStart: s.date,
        dateText: null,
        summary: s.summary,
        type: s.type,
        category: s.category,
        location: s.location,
        countries: s.countries.map((code) => ({ code, via: 'name' })),
        ...DETAIL[s.key],
      }),
    );
    commitImport(db, SOURCES[file], entries);
  }
  // Typed in by an analyst: no source, no place, no participants.
  db.prepare("INSERT INTO events (date_start, summary) VALUES ('2023-02-10', 'Analyst entry without a source.')").run();

  const ids = new Map<Key, number>();
  const summaries = new Map<string, Key>([...SPECS.map((s) => [s.summary, s.key] as const), ['Analyst entry without a source.', 'manual']]);
  for (const r of db.prepare('SELECT id, summary FROM events').all() as Array<{ id: number; summary: string }>) ids.set(summaries.get(r.summary)!, r.id);
  assert.equal(ids.size, KEYS.length);
  const keys = new Map([...ids].map(([k, v]) => [v, k]));
  const s: Seeded = { db, id: (k) => ids.get(k)!, key: (id) => keys.get(id)! };

  db.prepare('UPDATE events SET importance = ? WHERE id = ?').run(1, s.id('usJp'));
  db.prepare('UPDATE events SET importance = ? WHERE id = ?').run(2, s.id('krCn'));
  db.prepare('UPDATE events SET importance = ? WHERE id = ?').run(3, s.id('quad'));
  db.prepare("INSERT INTO tags (id, name, color) VALUES (1, 'alliance', '#3b82f6'), (2, 'watch', NULL)").run();
  const tag = db.prepare('INSERT INTO event_tags (event_id, tag_id) VALUES (?, ?)');
  tag.run(s.id('usJp'), 1);
  tag.run(s.id('quad'), 1);
  tag.run(s.id('quad'), 2);
  tag.run(s.id('krCn'), 2);
  const note = db.prepare("INSERT INTO notes (event_id, body, author, created_at) VALUES (?, ?, 'Analyst', ?)");
  note.run(s.id('usJp'), 'Check the readout against the transcript.', '2023-05-01T09:00:00.000Z');
  note.run(s.id('quad'), 'Watch for the follow-up summit.', '2023-05-01T09:00:00.000Z');
  note.run(s.id('quad'), 'Cited in the March briefing.', '2023-05-02T09:00:00.000Z');
  note.run(s.id('krCn'), 'Obsolete remark about pelicans.', '2023-05-01T09:00:00.000Z');
  db.prepare("UPDATE notes SET deleted_at = '2023-06-01T00:00:00.000Z' WHERE body LIKE 'Obsolete%'").run();
  return s;
}

const countries = (mode: PairingMode, codes: string[], fileOnly = false): EventFilter => ({ pairing: { kind: 'countries', mode, countries: codes, fileOnly } });
const grouping = (id: string, mode: 'all' | 'any'): EventFilter => ({ pairing: { kind: 'grouping', grouping: id, mode } });

/** Keys of the events a filter finds, in the table's order; the count must agree with them. */
function listed(s: Seeded, filter: EventFilter, sort?: EventSort): Key[] {
  const { rows } = queryEvents(s.db, { filter, sort, limit: 1000 });
  assert.equal(countEvents(s.db, { filter }).total, rows.length, `count of ${JSON.stringify(filter)}`);
  return rows.map((r) => s.key(r.id));
}
/** The same, as a set (alphabetical), where only membership is being tested. */
const found = (s: Seeded, filter: EventFilter): Key[] => listed(s, filter).sort();
const sorted = (keys: Key[]): Key[] => [...keys].sort();
const allBut = (...except: Key[]): Key[] => sorted(KEYS.filter((k) => !except.includes(k)));

test('country pairings: both, bilateral, all and any, in any order of the countries', async () => {
  const s = await seededStore();
  const bothUsJp = sorted(['usJp', 'usJpKr', 'quad', 'usJpEu', 'usJpCall', 'krUsJp', 'bush1991', 'quadPartial', 'twoPlusTwo']);
  assert.deepEqual(found(s, countries('both', ['US', 'JP'])), bothUsJp);
  assert.deepEqual(found(s, countries('both', ['JP', 'US'])), bothUsJp);
  // Exactly the two: no Korea, no EU, no Australia.
  assert.deepEqual(found(s, countries('bilateral', ['US', 'JP'])), sorted(['usJp', 'usJpCall', 'bush1991', 'twoPlusTwo']));
  assert.deepEqual(found(s, countries('bilateral', ['JP', 'US'])), sorted(['usJp', 'usJpCall', 'bush1991', 'twoPlusTwo']));
  assert.deepEqual(found(s, countries('bilateral', ['JP', 'KR'])), ['jpKr']);
  assert.deepEqual(found(s, countries('all', ['US', 'JP', 'KR'])), sorted(['usJpKr', 'krUsJp']));
  assert.deepEqual(found(s, countries('all', ['KR', 'JP', 'US'])), sorted(['usJpKr', 'krUsJp']));
  assert.deepEqual(found(s, countries('any', ['KR', 'CN'])), sorted(['usJpKr', 'jpKr', 'krUsJp', 'usCn', 'krCn']));
  assert.deepEqual(found(s, countries('any', ['JP'])), allBut('usCn', 'krCn', 'manual'));
  assert.deepEqual(found(s, countries('all', ['EU'])), ['usJpEu']);
  assert.deepEqual(found(s, countries('any', ['FR'])), []);
  // Rows list their participants alphabetically.
  const [row] = queryEvents(s.db, { filter: countries('all', ['EU']) }).rows;
  assert.deepEqual(row?.countries, ['EU', 'JP', 'US']);
  s.db.close();
});

test('groupings expand to their members: QUAD all / any, JUSROK all; an unknown grouping is refused', async () => {
  const s = await seededStore();
  assert.deepEqual(found(s, grouping('QUAD', 'all')), ['quad']);
  assert.deepEqual(found(s, grouping('QUAD', 'any')), allBut('krCn', 'manual'));
  assert.deepEqual(found(s, grouping('JUSROK', 'all')), sorted(['usJpKr', 'krUsJp']));
  // The G7 counts the EU as a member: no event here has all eight.
  assert.deepEqual(found(s, grouping('G7', 'all')), []);
  for (const run of [() => queryEvents(s.db, { filter: grouping('NOPE', 'all') }), () => countEvents(s.db, { filter: grouping('NOPE', 'any') })]) {
    assert.throws(run, { name: 'StoreError', code: 'INVALID_INPUT', message: 'There is no grouping "NOPE" with members in this store.' });
  }
  s.db.close();
});

test('a grouping "all" filter finds events of the grouping as it was on their date', async () => {
  const { db } = await openStore(path.join(tempDir('queries-since'), 'store.sqlite'));
  // Imported as the app imports them: the matcher adds the members of the day.
  const doc = parseDocument(
    '# Chronology of ASEAN Relations\n\n**Oct. 10, 2024:** ASEAN leaders hold their summit in Vientiane.\n\n**Nov. 16, 2022:** G20 leaders meet in Bali.\n',
    { title: 'asean.md' },
  );
  commitImport(db, doc.source, doc.entries);
  const summit = db.prepare("SELECT id FROM events WHERE summary LIKE 'ASEAN%'").pluck().get() as number;
  const bali = db.prepare("SELECT id FROM events WHERE summary LIKE 'G20%'").pluck().get() as number;
  // Timor-Leste joined ASEAN on 2025-10-26 and the African Union the G20 on 2023-09-09, so neither takes part.
  assert.equal(db.prepare("SELECT count(*) FROM event_countries WHERE country_code IN ('TL', 'AFU')").pluck().get(), 0);
  // Indonesia is in both.
  assert.deepEqual(queryEvents(db, { filter: grouping('ASEAN', 'any') }).rows.map((r) => r.id), [summit, bali]);
  // "All members" means the members as of the event's date.
  const allOf = (id: string) => queryEvents(db, { filter: grouping(id, 'all') }).rows.map((r) => r.id);
  assert.deepEqual({ ASEAN: allOf('ASEAN'), G20: allOf('G20') }, { ASEAN: [summit], G20: [bali] });
  db.close();
});

test('fileOnly keeps the events of that relationship file, whichever order its countries are stored in', async () => {
  const s = await seededStore();
  assert.deepEqual(found(s, countries('both', ['US', 'JP'], true)), sorted(['usJp', 'usJpKr', 'quad', 'usJpEu']));
  assert.deepEqual(found(s, countries('both', ['JP', 'US'], true)), sorted(['usJp', 'usJpKr', 'quad', 'usJpEu']));
  // The Japan–Korea file is stored as ["KR","JP"].
  assert.deepEqual(found(s, countries('any', ['JP', 'KR'], true)), sorted(['jpKr', 'usJpCall', 'krUsJp']));
  assert.deepEqual(found(s, countries('both', ['JP', 'KR'], true)), sorted(['jpKr', 'krUsJp']));
  // No file is about Korea and China.
  assert.deepEqual(found(s, countries('any', ['KR', 'CN'], true)), []);
  s.db.close();
});

test('otherFilesOnly keeps the shared events not from that file (typed-in ones too): with fileOnly, every shared event once', async () => {
  const s = await seededStore();
  const other = (mode: PairingMode, codes: string[]): EventFilter => ({ pairing: { kind: 'countries', mode, countries: codes, fileOnly: false, otherFilesOnly: true } });
  assert.deepEqual(found(s, other('both', ['US', 'JP'])), sorted(['usJpCall', 'krUsJp', 'bush1991', 'quadPartial', 'twoPlusTwo']));
  assert.deepEqual(found(s, other('both', ['JP', 'US'])), found(s, other('both', ['US', 'JP'])));
  // Own file + other files = all shared events, none twice.
  for (const [mode, codes] of [['both', ['US', 'JP']], ['both', ['JP', 'KR']], ['any', ['JP']], ['all', ['US', 'JP', 'KR']]] as Array<[PairingMode, string[]]>) {
    const own = found(s, countries(mode, codes, true));
    const rest = found(s, other(mode, codes));
    assert.deepEqual(sorted([...own, ...rest]), found(s, countries(mode, codes)), `${mode} ${codes.join(' ')}`);
    assert.equal(own.filter((k) => rest.includes(k)).length, 0);
  }
  // No file is about Korea and China: nothing is from it, so every event of the pairing is "other"; the analyst's entry (no source) is never from a file.
  assert.deepEqual(found(s, other('any', ['KR', 'CN'])), found(s, countries('any', ['KR', 'CN'])));
  assert.deepEqual(found(s, { ...other('any', ['US', 'JP']), types: ['other'] }), []);
  assert.ok(listed(s, { dateFrom: '2023-02-10', dateTo: '2023-02-10' }).includes('manual'));
  // Both at once is refused, by the contract and by the store.
  const both: NonNullable<EventFilter['pairing']> = { kind: 'countries', mode: 'both', countries: ['US', 'JP'], fileOnly: true, otherFilesOnly: true };
  const parsed = EventFilterSchema.safeParse({ pairing: both });
  assert.equal(parsed.success, false);
  assert.match(parsed.error!.issues[0]!.message, /either only their relationship file or only other files/);
  assert.throws(() => queryEvents(s.db, { filter: { pairing: both } }), { name: 'StoreError', code: 'INVALID_INPUT' });
  // Saved views from before the field stay valid.
  assert.equal(EventFilterSchema.safeParse({ pairing: { kind: 'countries', mode: 'both', countries: ['US', 'JP'], fileOnly: true } }).success, true);
  s.db.close();
});

test('levels: events by the highest office named (leader, minister, official, no one), alone and with a pairing', async () => {
  const s = await seededStore();
  // usJp names Hayashi and Blinken (ministers on 2023-01-11); link Kishida (Prime Minister from 2021-10-04) to the Quad meeting and
  // his wife (an official) to the call; the triggers of migration 005 set events.level. Nothing else names anyone.
  const link = s.db.prepare('INSERT INTO event_people (event_id, person_id) VALUES (?, ?)');
  link.run(s.id('quad'), 'kishida-fumio');
  link.run(s.id('usJpCall'), 'kishida-yuko');
  assert.deepEqual(found(s, { levels: ['leader'] }), ['quad']);
  assert.deepEqual(found(s, { levels: ['minister'] }), ['usJp']);
  assert.deepEqual(found(s, { levels: ['official'] }), ['usJpCall']);
  assert.deepEqual(found(s, { levels: ['leader', 'minister'] }), sorted(['quad', 'usJp']));
  assert.deepEqual(found(s, { levels: ['unnamed'] }), allBut('quad', 'usJp', 'usJpCall'));
  assert.deepEqual(found(s, { levels: ['leader', 'minister', 'official', 'unnamed'] }), allBut());
  assert.deepEqual(found(s, { ...countries('bilateral', ['US', 'JP']), levels: ['minister', 'official'] }), sorted(['usJp', 'usJpCall']));
  assert.deepEqual(found(s, { ...countries('any', ['KR']), levels: ['leader', 'minister'] }), []);
  // A dashboard's drill-through: the pairing, the period by start, the level.
  const drill: EventFilter = { ...countries('any', ['JP']), dateFrom: '2023-03-01', dateTo: '2023-03-31', dateMatch: 'start', levels: ['leader'] };
  assert.deepEqual(found(s, drill), ['quad']);
  // Counted on events_by_level: one stretch of the index per level, the pairing decided on its entries.
  const { where, params } = filterSql(s.db, drill, 'count');
  const plan = (s.db.prepare(`EXPLAIN QUERY PLAN SELECT count(*) FROM events AS e WHERE ${where}`).all(...params) as Array<{ detail: string }>).map((r) => r.detail);
  assert.deepEqual(plan, ['SEARCH e USING COVERING INDEX events_by_level (level=? AND date_start>? AND date_start<?)']);
  assert.equal(EventFilterSchema.safeParse({ levels: ['president'] }).success, false);
  s.db.close();
});

test('ids: exactly the events listed; unknown ids match nothing; more than 10,000 are refused', async () => {
  const s = await seededStore();
  assert.deepEqual(found(s, { ids: [s.id('usJp'), s.id('krCn')] }), sorted(['usJp', 'krCn']));
  assert.deepEqual(found(s, { ids: [s.id('usJp'), 999_999, s.id('usJp')] }), ['usJp']);
  assert.deepEqual(found(s, { ids: [999_999] }), []);
  assert.deepEqual(found(s, { ids: [] }), []);
  // With other filters, the intersection.
  assert.deepEqual(found(s, { ...countries('any', ['CN']), ids: [s.id('usJp'), s.id('krCn')] }), ['krCn']);
  assert.deepEqual(found(s, { ids: KEYS.map(s.id), types: ['visit'] }), ['bush1991']);
  // Ten thousand is the limit: the contract refuses one more, and so does the store if asked directly.
  const many = Array.from({ length: 10_000 }, (_, i) => i + 1);
  assert.equal(EventFilterSchema.safeParse({ ids: many }).success, true);
  assert.equal(countEvents(s.db, { filter: { ids: many } }).total, KEYS.length);
  const tooMany = EventFilterSchema.safeParse({ ids: [...many, 10_001] });
  assert.equal(tooMany.success, false);
  assert.match(tooMany.error!.issues[0]!.message, /at most 10,000 events/);
  assert.throws(() => countEvents(s.db, { filter: { ids: [...many, 10_001] } }), { name: 'StoreError', code: 'INVALID_INPUT' });
  for (const bad of [[0], [-1], [1.5]]) assert.equal(EventFilterSchema.safeParse({ ids: bad }).success, false, String(bad));
  s.db.close();
});

test('dates: an event is in a range it overlaps, including month-precision events', async () => {
  const s = await seededStore();
  // The Quad meeting (Mar 6–7) ends on the range's first day.
  assert.deepEqual(found(s, { dateFrom: '2023-03-07', dateTo: '2023-03-31' }), sorted(['quad', 'quadPartial', 'twoPlusTwo', 'krUsJp']));
  assert.deepEqual(found(s, { dateFrom: '2023-03-08', dateTo: '2023-03-31' }), ['krUsJp']);
  // December 1991 (1991-12-01 to 1991-12-31) overlaps Dec 15–20.
  assert.deepEqual(found(s, { dateFrom: '1991-12-15', dateTo: '1991-12-20' }), ['bush1991']);
  assert.deepEqual(found(s, { dateFrom: '1992-01-01', dateTo: '2022-12-31' }), []);
  assert.deepEqual(found(s, { dateTo: '2023-01-13' }), sorted(['bush1991', 'usJp', 'usJpKr']));
  assert.deepEqual(found(s, { dateFrom: '2023-04-01' }), ['jpAlone']);
  assert.deepEqual(found(s, { ...countries('bilateral', ['US', 'JP']), dateFrom: '2023-02-01', dateTo: '2023-03-31' }), sorted(['usJpCall', 'twoPlusTwo']));
  s.db.close();
});

test('dateMatch "start": events starting in the range, bounded on the date index; a dashboard month opens with its exact count', async () => {
  const s = await seededStore();
  const start = (filter: EventFilter): EventFilter => ({ ...filter, dateMatch: 'start' });
  // The Quad meeting (Mar 6–7) overlaps Mar 7–31 but started before it.
  assert.deepEqual(found(s, start({ dateFrom: '2023-03-07', dateTo: '2023-03-31' })), sorted(['quadPartial', 'twoPlusTwo', 'krUsJp']));
  assert.deepEqual(found(s, start({ dateFrom: '2023-03-06', dateTo: '2023-03-06' })), ['quad']);
  // December 1991 (month precision) starts on the 1st: not in Dec 15–20 by its start.
  assert.deepEqual(found(s, start({ dateFrom: '1991-12-15', dateTo: '1991-12-20' })), []);
  assert.deepEqual(found(s, start({ dateFrom: '1991-12-01', dateTo: '1991-12-31' })), ['bush1991']);
  // Either end open; 'overlap' is the default.
  assert.deepEqual(found(s, start({ dateFrom: '2023-04-01' })), ['jpAlone']);
  assert.deepEqual(found(s, start({ dateTo: '2023-01-13' })), sorted(['bush1991', 'usJp', 'usJpKr']));
  assert.deepEqual(found(s, { dateFrom: '2023-03-07', dateTo: '2023-03-31', dateMatch: 'overlap' }), found(s, { dateFrom: '2023-03-07', dateTo: '2023-03-31' }));

  const { where, params } = filterSql(s.db, start({ ...countries('both', ['US', 'JP']), dateFrom: '2023-03-01', dateTo: '2023-03-31' }), 'count');
  const plan = (s.db.prepare(`EXPLAIN QUERY PLAN SELECT count(*) FROM events AS e WHERE ${where}`).all(...params) as Array<{ detail: string }>).map((r) => r.detail);
  assert.deepEqual(plan, ['SEARCH e USING COVERING INDEX events_by_date (date_start>? AND date_start<?)']);

  // What the dashboards show per month is what the table counts for that month.
  const period = { from: '2023-01-01', to: '2023-04-30' };
  const japan = countryDashboard(s.db, { country: 'JP', period, now: '2023-05-01' });
  const usJapan = pairDashboard(s.db, { countries: ['US', 'JP'], period });
  const months: Array<[string, string, string]> = [['2023-01', '2023-01-01', '2023-01-31'], ['2023-02', '2023-02-01', '2023-02-28'], ['2023-03', '2023-03-01', '2023-03-31'], ['2023-04', '2023-04-01', '2023-04-30']];
  const onChart = (perMonth: Array<{ month: string; events: number }>, month: string) => perMonth.filter((m) => m.month === month).reduce((n, m) => n + m.events, 0);
  for (const [month, dateFrom, dateTo] of months) {
    assert.equal(countEvents(s.db, { filter: start({ ...countries('any', ['JP']), dateFrom, dateTo }) }).total, onChart(japan.perMonth, month), `JP ${month}`);
    assert.equal(countEvents(s.db, { filter: start({ ...countries('both', ['JP', 'US']), dateFrom, dateTo }) }).total, onChart(usJapan.perMonth, month), `US–JP ${month}`);
  }
  // March by hand: quad (from the 6th), quadPartial, twoPlusTwo, krUsJp.
  assert.equal(onChart(japan.perMonth, '2023-03'), 4);
  s.db.close();
});

test('types, categories, tags, importance, notes and sources, alone and with a pairing', async () => {
  const s = await seededStore();
  const sourceId = (title: string) => s.db.prepare('SELECT id FROM sources WHERE title = ?').pluck().get(title) as number;

  assert.deepEqual(found(s, { types: ['call', 'exercise'] }), sorted(['usJpCall', 'krUsJp']));
  assert.deepEqual(found(s, { ...countries('bilateral', ['US', 'JP']), types: ['call'] }), ['usJpCall']);
  assert.deepEqual(found(s, { categories: ['security'] }), sorted(['usJpKr', 'jpAlone', 'krUsJp', 'quadPartial', 'twoPlusTwo']));
  assert.deepEqual(found(s, { ...countries('any', ['KR']), categories: ['security'] }), sorted(['usJpKr', 'krUsJp']));
  assert.deepEqual(found(s, { categories: ['other'], types: ['other'] }), ['manual']);

  // Any of the tags; an event with both is listed once.
  assert.deepEqual(found(s, { tags: [1] }), sorted(['usJp', 'quad']));
  assert.deepEqual(found(s, { tags: [1, 2] }), sorted(['usJp', 'quad', 'krCn']));
  assert.deepEqual(found(s, { ...countries('any', ['CN']), tags: [2] }), ['krCn']);
  assert.deepEqual(found(s, { tags: [99] }), []);

  assert.deepEqual(found(s, { minImportance: 1 }), sorted(['usJp', 'krCn', 'quad']));
  assert.deepEqual(found(s, { minImportance: 2 }), sorted(['krCn', 'quad']));
  assert.deepEqual(found(s, { minImportance: 3 }), ['quad']);
  assert.deepEqual(found(s, { ...countries('both', ['US', 'JP']), minImportance: 1 }), sorted(['usJp', 'quad']));

  // A note in the trash does not count.
  assert.deepEqual(found(s, { hasNotes: true }), sorted(['usJp', 'quad']));
  assert.deepEqual(found(s, { hasNotes: false }), allBut('usJp', 'quad'));
  assert.deepEqual(found(s, { ...countries('any', ['CN']), hasNotes: false }), sorted(['usCn', 'krCn']));

  const japanKorea = sourceId('Japan-Korea Relations');
  const digest = sourceId('digest of US-China relations');
  assert.deepEqual(found(s, { sources: [japanKorea] }), sorted(['jpKr', 'usJpCall', 'krUsJp']));
  assert.deepEqual(found(s, { sources: [japanKorea, digest], ...countries('bilateral', ['US', 'JP']) }), sorted(['usJpCall', 'bush1991', 'twoPlusTwo']));

  // Everything at once.
  const all: EventFilter = { ...countries('both', ['US', 'JP']), dateFrom: '2023-01-01', dateTo: '2023-03-31', types: ['summit', 'meeting'], categories: ['diplomacy'], tags: [1, 2], minImportance: 3, hasNotes: true, sources: [sourceId('Chronology of US-Japan Relations')], search: 'ministers' };
  assert.deepEqual(found(s, all), ['quad']);
  s.db.close();
});

test('rows carry what the table shows: participants, source, notes, tags, importance', async () => {
  const s = await seededStore();
  const byKey = new Map(queryEvents(s.db, { limit: 1000 }).rows.map((r) => [s.key(r.id), r]));
  const quad = byKey.get('quad')!;
  assert.deepEqual(
    { ...quad, createdAt: typeof quad.createdAt },
    {
      id: s.id('quad'),
      dateStart: '2023-03-06',
      dateEnd: '2023-03-07',
      precision: 'day',
      dateText: null,
      summary: 'Quad foreign ministers meet in New Delhi.',
      type: 'summit',
      category: 'diplomacy',
      location: 'New Delhi',
      countries: ['AU', 'IN', 'JP', 'US'],
      sourceId: s.db.prepare("SELECT id FROM sources WHERE content_hash = 'us-japan'").pluck().get(),
      source: 'Chronology of US-Japan Relations',
      noteCount: 2,
      tags: [{ id: 1, name: 'alliance', color: '#3b82f6' }, { id: 2, name: 'watch', color: null }],
      importance: 3,
      inBriefing: false,
      createdAt: 'string',
    },
  );
  const manual = byKey.get('manual')!;
  assert.deepEqual([manual.countries, manual.source, manual.sourceId, manual.noteCount, manual.tags, manual.importance], [[], null, null, 0, [], null]);
  // The note in the trash is not counted.
  assert.equal(byKey.get('krCn')!.noteCount, 0);
  s.db.close();
});

/** The events in date order, newest first (ties: the later id first). */
const DATE_DESC: Key[] = ['jpAlone', 'krUsJp', 'twoPlusTwo', 'quadPartial', 'quad', 'krCn', 'usCn', 'usJpCall', 'manual', 'usJpEu', 'jpKr', 'usJpKr', 'usJp', 'bush1991'];

const EXPECTED_ORDER: Record<SortColumn, { asc: Key[]; desc: Key[] }> = {
  date: { desc: DATE_DESC, asc: [...DATE_DESC].reverse() },
  // Ties (the meetings) stay newest first in both directions.
  type: {
    asc: ['jpAlone', 'usJpCall', 'krUsJp', 'twoPlusTwo', 'quadPartial', 'krCn', 'usCn', 'jpKr', 'usJpKr', 'usJp', 'manual', 'usJpEu', 'quad', 'bush1991'],
    desc: ['bush1991', 'quad', 'usJpEu', 'manual', 'twoPlusTwo', 'quadPartial', 'krCn', 'usCn', 'jpKr', 'usJpKr', 'usJp', 'krUsJp', 'usJpCall', 'jpAlone'],
  },
  category: {
    asc: ['quad', 'usJpCall', 'jpKr', 'usJp', 'bush1991', 'krCn', 'manual', 'jpAlone', 'krUsJp', 'twoPlusTwo', 'quadPartial', 'usJpKr', 'usCn', 'usJpEu'],
    desc: ['usCn', 'usJpEu', 'jpAlone', 'krUsJp', 'twoPlusTwo', 'quadPartial', 'usJpKr', 'manual', 'krCn', 'quad', 'usJpCall', 'jpKr', 'usJp', 'bush1991'],
  },
  // Case is ignored ("busan" among the B's); events without a place come last either way.
  location: {
    asc: ['krCn', 'krUsJp', 'quadPartial', 'usCn', 'quad', 'jpKr', 'jpAlone', 'twoPlusTwo', 'usJpKr', 'bush1991', 'usJp', 'usJpCall', 'manual', 'usJpEu'],
    desc: ['usJp', 'jpAlone', 'twoPlusTwo', 'usJpKr', 'bush1991', 'jpKr', 'quad', 'usCn', 'quadPartial', 'krUsJp', 'krCn', 'usJpCall', 'manual', 'usJpEu'],
  },
  // "Chronology…" < "digest…" < "Japan-Korea…" ignoring case; the analyst's own entry has no source and comes last.
  source: {
    asc: ['jpAlone', 'quad', 'usJpEu', 'usJpKr', 'usJp', 'twoPlusTwo', 'quadPartial', 'krCn', 'usCn', 'bush1991', 'krUsJp', 'usJpCall', 'jpKr', 'manual'],
    desc: ['krUsJp', 'usJpCall', 'jpKr', 'twoPlusTwo', 'quadPartial', 'krCn', 'usCn', 'bush1991', 'jpAlone', 'quad', 'usJpEu', 'usJpKr', 'usJp', 'manual'],
  },
  // Unmarked events come last either way, newest first.
  importance: {
    asc: ['usJp', 'krCn', 'quad', 'jpAlone', 'krUsJp', 'twoPlusTwo', 'quadPartial', 'usCn', 'usJpCall', 'manual', 'usJpEu', 'jpKr', 'usJpKr', 'bush1991'],
    desc: ['quad', 'krCn', 'usJp', 'jpAlone', 'krUsJp', 'twoPlusTwo', 'quadPartial', 'usCn', 'usJpCall', 'manual', 'usJpEu', 'jpKr', 'usJpKr', 'bush1991'],
  },
};

test('every sort column, ascending and descending, with ties newest first and missing values last', async () => {
  const s = await seededStore();
  for (const [column, orders] of Object.entries(EXPECTED_ORDER) as Array<[SortColumn, { asc: Key[]; desc: Key[] }]>) {
    for (const direction of ['asc', 'desc'] as const) {
      assert.deepEqual(listed(s, {}, { column, direction }), orders[direction], `${column} ${direction}`);
    }
  }
  // Sorting applies to the filtered rows, and paging walks the same order.
  assert.deepEqual(listed(s, countries('any', ['KR']), { column: 'location', direction: 'asc' }), ['krCn', 'krUsJp', 'jpKr', 'usJpKr']);
  const pages = [0, 5, 10].flatMap((offset) => queryEvents(s.db, { sort: { column: 'type', direction: 'desc' }, offset, limit: 5 }).rows.map((r) => s.key(r.id)));
  assert.deepEqual(pages, EXPECTED_ORDER.type.desc);
  assert.deepEqual(queryEvents(s.db, { offset: 14 }).rows, []);
  s.db.close();
});

test('search finds words in the summary, the place, the people named and the notes', async () => {
  const s = await seededStore();
  const search = (text: string) => found(s, { search: text });
  assert.deepEqual(search('ministers'), sorted(['usJp', 'quad', 'twoPlusTwo']));
  assert.deepEqual(search('Ministers meet'), sorted(['usJp', 'quad']));
  assert.deepEqual(search('"ministers meet"'), sorted(['usJp', 'quad']));
  assert.deepEqual(search('"meet ministers"'), []);
  assert.deepEqual(search('minist*'), sorted(['usJp', 'quad', 'twoPlusTwo']));
  // Only in the location column.
  assert.deepEqual(search('canberra'), ['quadPartial']);
  assert.deepEqual(search('tokyo'), sorted(['usJpKr', 'jpAlone', 'bush1991', 'twoPlusTwo']));
  // Officials linked at import, by name and by alias.
  assert.deepEqual(search('Blinken'), ['usJp']);
  assert.deepEqual(search('Yoshimasa Hayashi'), ['usJp']);
  // Notes, but not those in the trash.
  assert.deepEqual(search('transcript'), ['usJp']);
  assert.deepEqual(search('briefing'), ['quad']);
  assert.deepEqual(search('pelicans'), []);
  // Combined with a pairing, and with the other filters.
  assert.deepEqual(found(s, { ...countries('bilateral', ['US', 'JP']), search: 'ministers' }), sorted(['usJp', 'twoPlusTwo']));
  assert.deepEqual(found(s, { types: ['summit'], search: 'ministers' }), ['quad']);

  const page = queryEvents(s.db, { filter: { search: 'Foreign MINISTERS "New Delhi"' } });
  assert.deepEqual(page.rows.map((r) => s.key(r.id)), ['quad']);
  assert.deepEqual(page.terms, ['foreign', 'ministers', 'new', 'delhi']);
  assert.equal(page.searchIgnored, false);
  s.db.close();
});

test('search follows changes to people and notes', async () => {
  const s = await seededStore();
  const search = (text: string) => found(s, { search: text });
  // An official without aliases, so the old name has nowhere else to be found.
  const person = s.db.prepare("SELECT id, name, aliases FROM people WHERE id = 'le-yucheng'").get() as { id: string; name: string; aliases: string };
  assert.deepEqual(person, { id: 'le-yucheng', name: 'Le Yucheng', aliases: '[]' });
  s.db.prepare('INSERT INTO event_people (event_id, person_id) VALUES (?, ?)').run(s.id('krCn'), person.id);
  assert.deepEqual(search('Yucheng'), ['krCn']);

  s.db.prepare('UPDATE people SET name = ? WHERE id = ?').run('Lio Quillfeather', person.id);
  assert.deepEqual(search('Quillfeather'), ['krCn']);
  assert.deepEqual(search('Yucheng'), []);

  s.db.prepare('DELETE FROM event_people WHERE event_id = ? AND person_id = ?').run(s.id('krCn'), person.id);
  assert.deepEqual(search('Quillfeather'), []);

  const note = s.db.prepare("INSERT INTO notes (event_id, body, author) VALUES (?, 'Ask about the heliotrope memo.', 'Analyst')").run(s.id('usCn'));
  assert.deepEqual(search('heliotrope'), ['usCn']);
  s.db.prepare('UPDATE notes SET body = ? WHERE id = ?').run('Ask about the marigold memo.', note.lastInsertRowid);
  assert.deepEqual(search('heliotrope'), []);
  assert.deepEqual(search('marigold'), ['usCn']);
  s.db.prepare("UPDATE notes SET deleted_at = '2023-06-01T00:00:00.000Z' WHERE id = ?").run(note.lastInsertRowid);
  assert.deepEqual(search('marigold'), []);
  // Restored from the trash.
  s.db.prepare('UPDATE notes SET deleted_at = NULL WHERE id = ?').run(note.lastInsertRowid);
  assert.deepEqual(search('marigold'), ['usCn']);

  // A deleted event leaves nothing behind in the index.
  s.db.prepare('DELETE FROM events WHERE id = ?').run(s.id('usCn'));
  assert.deepEqual(search('marigold'), []);
  assert.deepEqual(search('multi-agent'), []);
  s.db.close();
});

test('whatever is typed, search returns rows or nothing and never fails', async () => {
  const s = await seededStore();
  // Text in other scripts, in a note.
  s.db.prepare("INSERT INTO notes (event_id, body, author) VALUES (?, 'שיחה עם השגריר — مكالمة مع السفير', 'Analyst')").run(s.id('krCn'));
  const everything = sorted([...KEYS]);
  const expected: Array<[string, Key[], boolean]> = [
    ['multi-agent', ['usCn'], false],
    ["don't", ['usJpEu'], false],
    ['a.b', [], false],
    ['AND', ['twoPlusTwo'], false],
    ['OR NOT', [], false],
    ['"', everything, true],
    ['""', everything, true],
    ['body:x', [], false],
    ['NEAR(a b', [], false],
    ['*', everything, true],
    ['a*', sorted(['jpAlone', 'manual']), false],
    ['^x', [], false],
    ['(', everything, true],
    ['', everything, false],
    ['   ', everything, false],
    ['a'.repeat(10_000), [], false],
    ['השגריר', ['krCn'], false],
    ['السفير', ['krCn'], false],
    ['🇯🇵🤝🇺🇸', everything, true],
    ['\u0000', everything, true],
    ['2+2', ['twoPlusTwo'], false],
  ];
  for (const [text, keys, ignored] of expected) {
    const label = JSON.stringify(text.slice(0, 20));
    const page = queryEvents(s.db, { filter: { search: text }, limit: 1000 });
    assert.deepEqual(page.rows.map((r) => s.key(r.id)).sort(), keys, label);
    assert.equal(page.searchIgnored, ignored, label);
    assert.equal(countEvents(s.db, { filter: { search: text } }).total, keys.length, label);
    // With another filter the count takes its general path; it must agree too.
    const withPairing: EventFilter = { ...countries('any', ['KR']), search: text };
    const paired = queryEvents(s.db, { filter: withPairing, limit: 1000 }).rows.length;
    assert.equal(countEvents(s.db, { filter: withPairing }).total, paired, label);
  }
  // Longer than the contract allows: refused with a message, not an SQL error.
  assert.throws(() => queryEvents(s.db, { filter: { search: 'a'.repeat(10_001) } }), /search text is limited to 10,000 characters/);
  s.db.close();
});

test('counts follow changes to the store', async () => {
  const s = await seededStore();
  assert.equal(countEvents(s.db, {}).total, 14);
  assert.equal(countEvents(s.db, { filter: { search: 'latecomer' } }).total, 0);
  assert.equal(countEvents(s.db, { filter: countries('bilateral', ['US', 'JP']) }).total, 4);
  assert.equal(countEvents(s.db, { filter: { hasNotes: true } }).total, 2);

  const added = commitImport(s.db, { ...SOURCES.usJapan, contentHash: 'later' }, [entry({ dateStart: '2023-04-20', summary: 'A latecomer event.', countries: [{ code: 'US', via: 'name' }, { code: 'JP', via: 'name' }] })]);
  assert.equal(added.added, 1);
  assert.equal(countEvents(s.db, {}).total, 15);
  assert.equal(countEvents(s.db, { filter: { search: 'latecomer' } }).total, 1);
  assert.equal(countEvents(s.db, { filter: countries('bilateral', ['US', 'JP']) }).total, 5);

  s.db.prepare("INSERT INTO notes (event_id, body, author) VALUES (?, 'New note.', 'Analyst')").run(s.id('jpKr'));
  assert.equal(countEvents(s.db, { filter: { hasNotes: true } }).total, 3);
  s.db.prepare('DELETE FROM events WHERE id = ?').run(s.id('jpKr'));
  assert.equal(countEvents(s.db, {}).total, 14);
  assert.equal(countEvents(s.db, { filter: { hasNotes: true } }).total, 2);
  s.db.close();
});

test('counts on a second connection follow what the other connection commits, both ways', async () => {
  const s = await seededStore();
  // The app counts on a read-only connection; its own total_changes() never moves.
  const reader = openReader(s.db.name).db;
  const bilateral = countries('bilateral', ['US', 'JP']);
  assert.equal(countEvents(reader, { filter: bilateral }).total, 4);
  assert.equal(countEvents(s.db, { filter: bilateral }).total, 4);
  const insert = (db: Database, summary: string) =>
    commitImport(db, { title: 'Later', fileCountries: [], contentHash: summary }, [entry({ dateStart: '2023-04-20', summary, countries: [{ code: 'US', via: 'name' }, { code: 'JP', via: 'name' }] })]);
  insert(s.db, 'Written by the main connection.');
  assert.equal(countEvents(reader, { filter: bilateral }).total, 5);
  assert.equal(countEvents(s.db, { filter: bilateral }).total, 5);

  // Another writer (another process, say): the main connection's own counter does not move either.
  const other = (await openStore(s.db.name)).db;
  insert(other, 'Written by another connection.');
  other.close();
  assert.equal(countEvents(s.db, { filter: bilateral }).total, 6);
  assert.equal(countEvents(reader, { filter: bilateral }).total, 6);
  assert.equal(queryEvents(reader, { filter: bilateral }).rows.length, 6);
  reader.close();
  s.db.close();
});

test('getEvent gives the event in full: participants, people in office that day, provenance, links, warnings, notes', async () => {
  const s = await seededStore();
  const detail = getEvent(s.db, { id: s.id('usJp') });
  assert.equal(detail.summary, 'Foreign ministers meet in Washington.');
  assert.deepEqual(detail.countries, ['JP', 'US']);
  assert.deepEqual(detail.participants, [{ code: 'JP', name: 'Japan', via: 'name' }, { code: 'US', name: 'United States', via: 'person' }]);
  assert.deepEqual(detail.people, [
    { id: 'blinken-antony', name: 'Antony Blinken', country: 'US', role: 'Secretary of State', mentioned: false },
    { id: 'hayashi-yoshimasa', name: 'Yoshimasa Hayashi', country: 'JP', role: 'Foreign Minister', mentioned: false },
  ]);
  assert.deepEqual(detail.groupings, []);
  assert.deepEqual({ ...detail.provenance, importedAt: typeof detail.provenance.importedAt }, {
    sourceTitle: 'Chronology of US-Japan Relations',
    publication: 'Comparative Connections',
    issue: 'Vol. 25, No. 1',
    fileCountries: ['US', 'JP'],
    periodStart: '2023-01-01',
    periodEnd: '2023-04-30',
    importedAt: 'string',
    line: 12,
  });
  assert.deepEqual(detail.links, [
    { label: 'Joint Statement', url: 'https://example.gov/joint', kind: 'document' },
    { label: 'Readout', url: null, kind: 'source' },
  ]);
  assert.deepEqual(detail.warnings, ['the day was read from the heading']);
  assert.deepEqual(detail.notes.map((n) => [n.body, n.author]), [['Check the readout against the transcript.', 'Analyst']]);

  const quad = getEvent(s.db, { id: s.id('quad') });
  assert.deepEqual(quad.groupings, [{ id: 'QUAD', name: 'Quadrilateral Security Dialogue' }]);
  assert.deepEqual(quad.notes.map((n) => n.body), ['Watch for the follow-up summit.', 'Cited in the March briefing.']);
  // Only the note that is not in the trash.
  assert.deepEqual(getEvent(s.db, { id: s.id('krCn') }).notes, []);

  const manual = getEvent(s.db, { id: s.id('manual') });
  assert.deepEqual([manual.participants, manual.people, manual.links, manual.warnings], [[], [], [], []]);
  assert.deepEqual(manual.provenance, { sourceTitle: null, publication: null, issue: null, fileCountries: [], periodStart: null, periodEnd: null, importedAt: null, line: null });

  assert.throws(() => getEvent(s.db, { id: 9999 }), { name: 'StoreError', code: 'NOT_FOUND', message: 'Event 9999 is not in the store; it may have been deleted.' });
  s.db.close();
});

test('getEvent gives the role a person held on the event date, not one that ended that day', async () => {
  const { db } = await openStore(path.join(tempDir('queries-roles'), 'store.sqlite'));
  // Hayashi was Foreign Minister until 2023-09-13, Kamikawa's first day (people.ts: a role
  // covers from <= date < to). Xie Feng's second office began the day his first ended.
  commitImport(db, { title: 'Roles', fileCountries: [], contentHash: 'roles' }, [
    entry({ dateStart: '2023-09-12', summary: 'Hayashi and Xie Feng meet.', people: ['hayashi-yoshimasa', 'xie-feng'] }),
    entry({ dateStart: '2023-05-23', summary: 'Xie Feng takes up his post.', people: ['xie-feng'] }),
    entry({ dateStart: '2023-09-13', summary: 'Foreign ministers hand over.', people: ['hayashi-yoshimasa', 'kamikawa-yoko'] }),
  ]);
  const roles = (summary: string) => {
    const id = db.prepare('SELECT id FROM events WHERE summary = ?').pluck().get(summary) as number;
    return getEvent(db, { id }).people.map((p) => [p.id, p.role]);
  };
  assert.deepEqual(roles('Hayashi and Xie Feng meet.'), [['xie-feng', 'Ambassador to the United States'], ['hayashi-yoshimasa', 'Foreign Minister']]);
  assert.deepEqual(roles('Xie Feng takes up his post.'), [['xie-feng', 'Ambassador to the United States']]);
  // An office's end date is its successor's first day: on the handover day only the successor holds it.
  assert.deepEqual(roles('Foreign ministers hand over.'), [['kamikawa-yoko', 'Foreign Minister'], ['hayashi-yoshimasa', null]]);
  db.close();
});

test('setInBriefing marks and unmarks events, and rows report it', async () => {
  const s = await seededStore();
  const marked = () => queryEvents(s.db, { limit: 1000 }).rows.filter((r) => r.inBriefing).map((r) => s.key(r.id)).sort();
  assert.deepEqual(marked(), []);
  // An id that is gone is skipped, not an error.
  assert.deepEqual(setInBriefing(s.db, { ids: [s.id('usJp'), s.id('quad'), 9999], inBriefing: true }), { changed: 2 });
  assert.deepEqual(marked(), sorted(['usJp', 'quad']));
  assert.equal(getEvent(s.db, { id: s.id('quad') }).inBriefing, true);
  assert.deepEqual(setInBriefing(s.db, { ids: [s.id('usJp')], inBriefing: false }), { changed: 1 });
  assert.deepEqual(marked(), ['quad']);
  assert.deepEqual(setInBriefing(s.db, { ids: [], inBriefing: true }), { changed: 0 });
  s.db.close();
});

test('pages far from the front are read from the far end and equal the same slice read in order', async () => {
  const { db } = await openStore(path.join(tempDir('queries-far'), 'store.sqlite'));
  // Just over 50,000, so that a search for a word in every summary takes its per-row plan too.
  fillSyntheticEvents(db, 52_000);
  const all = db.prepare('SELECT id, date_start, type FROM events').all() as Array<{ id: number; date_start: string; type: string }>;
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const dateDesc = all.toSorted((a, b) => cmp(b.date_start, a.date_start) || b.id - a.id).map((r) => r.id);
  const japan = new Set(db.prepare("SELECT event_id FROM event_countries WHERE country_code = 'JP'").pluck().all() as number[]);
  const japanByType = all
    .filter((r) => japan.has(r.id))
    .toSorted((a, b) => cmp(a.type, b.type) || cmp(b.date_start, a.date_start) || b.id - a.id)
    .map((r) => r.id);

  const views: Array<{ name: string; filter: EventFilter; sort: EventSort; expected: number[] }> = [
    { name: 'date desc', filter: {}, sort: { column: 'date', direction: 'desc' }, expected: dateDesc },
    { name: 'date asc', filter: {}, sort: { column: 'date', direction: 'asc' }, expected: dateDesc.toReversed() },
    { name: 'any JP by type', filter: countries('any', ['JP']), sort: { column: 'type', direction: 'asc' }, expected: japanByType },
    // Every summary says "… in <place>": the search keeps every row.
    { name: 'search "in"', filter: { search: 'in' }, sort: { column: 'date', direction: 'desc' }, expected: dateDesc },
    { name: 'search "in", any JP by type', filter: { ...countries('any', ['JP']), search: 'in' }, sort: { column: 'type', direction: 'asc' }, expected: japanByType },
  ];
  assert.match(pageSql(db, { filter: { search: 'in' }, offset: 30_000 }).sql, /EXISTS \(SELECT 1 FROM events_fts AS f/);

  for (const { name, filter, sort, expected } of views) {
    const total = expected.length;
    assert.equal(countEvents(db, { filter }).total, total, name);
    const page = (offset: number, limit: number) => queryEvents(db, { filter, sort, offset, limit }).rows.map((r) => r.id);
    // Just past the threshold, the middle, near the end, a short last page, the very last row.
    for (const [offset, limit] of [[20_001, 200], [Math.floor(total / 2) + 1, 200], [total - 200, 200], [total - 37, 200], [total - 1, 50]] as const) {
      assert.deepEqual(page(offset, limit), expected.slice(offset, offset + limit), `${name} at ${offset}`);
    }
    // The last thousand rows, page by page, are the tail in order.
    const tail = [0, 1, 2, 3, 4].flatMap((i) => page(total - 1000 + i * 200, 200));
    assert.deepEqual(tail, expected.slice(total - 1000), `${name} tail`);
    assert.deepEqual(page(total, 200), [], `${name} at the end`);
    assert.deepEqual(page(total + 5_000, 200), [], `${name} past the end`);
  }
  db.close();
});
