import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import type { Database } from 'better-sqlite3';
import { commitImport } from '../import/commit.ts';
import { exportEvents } from './export-events.ts';
import { readEventsCsv } from './read-csv.ts';
import { readEventsJson } from './read-json.ts';
import { knownIds, type ExchangeRead, type ExchangeRow } from './schema.ts';
import { commitEntries, entry, eventContent, freshStore, parsedSample } from './test-support.ts';
import { writeEventsCsv } from './write-csv.ts';
import { writeEventsJson } from './write-json.ts';

/** Events that try every edge of the format: formulas, quotes, delimiters, RTL text, emoji, line breaks. */
const tricky = [
  entry({ dateStart: '2023-03-01', summary: '=HYPERLINK("http://x?"&A1)', location: '+1', dateText: '-2+3', links: [{ label: '@SUM(A1)', url: 'https://example.org/', kind: 'source' }] }),
  entry({ dateStart: '2023-03-02', summary: 'a";=1', location: '@home', warnings: ['=cmd|/C calc!A0', '-check'] }),
  entry({ dateStart: '2023-03-03', summary: 'x;=1+2, and "quotes"', dateText: `'=already apostrophed` }),
  entry({ dateStart: '2023-03-04', summary: '\tStarts with a tab', location: '\rStarts with CR' }),
  entry({
    dateStart: '2023-03-05',
    dateEnd: '2023-03-07',
    summary: 'وزير الخارجية يلتقي نظيره الياباني في القدس — 🇯🇵🤝🇺🇸 東京で会談',
    location: 'القدس',
    dateText: '٥ مارس',
    countries: [{ code: 'JP', via: 'name' }, { code: 'US', via: 'name' }],
    links: [
      { label: 'بيان <مشترك> | نص \\ كامل', url: 'https://example.org/a|b?q=%D8%A8', kind: 'document' },
      { label: '👉 here', url: null, kind: 'source' },
    ],
  }),
  entry({ dateStart: '2023-04-01', dateEnd: '2023-04-30', precision: 'month', dateText: 'April 2023', summary: 'Line one\nline two\r\nline three', sourceLine: null, location: null, countries: [] }),
  entry({ dateStart: '2022-01-01', dateEnd: '2022-12-31', precision: 'year', dateText: '2022', summary: 'A year of talks.', groupings: ['QUAD'], people: ['blinken-antony'], type: 'other', category: 'other' }),
];

async function storeWithSampleAndTricky(): Promise<Database> {
  const db = await freshStore('exchange-a');
  const sample = parsedSample();
  commitImport(db, sample.source, sample.entries);
  commitEntries(db, tricky);
  return db;
}

/** Reads `text` into a fresh store and returns that store. */
async function importInto(read: (text: string, known: ReturnType<typeof knownIds>) => ExchangeRead, text: string): Promise<Database> {
  const db = await freshStore('exchange-b');
  const result = read(text, knownIds(db));
  assert.deepEqual(result.problems, []);
  const outcome = commitImport(db, result.source, result.entries);
  assert.equal(outcome.duplicates, 0);
  return db;
}

const contentOf = (db: Database) => eventContent(exportEvents(db));

test('CSV round trip: sample chronology and tricky events come back identical', async () => {
  const a = await storeWithSampleAndTricky();
  const before = contentOf(a);
  assert.ok(before.length > 30);
  assert.ok(before.some((e) => e.people.length > 0) && before.some((e) => e.groupings.length > 0) && before.some((e) => e.links.some((l) => l.kind === 'document')));
  const csv = writeEventsCsv(exportEvents(a));
  const b = await importInto((text, known) => readEventsCsv(text, { title: 'export.csv', known }), csv);
  assert.deepEqual(contentOf(b), before);
  // And the second export is the first one, but for the store's ids and source titles.
  const ownColumns = (text: string) => text.replace(/(^\uFEFF.*?\r\n|\r\n)"\d+",/g, '$1,').replace(/,"(Chronology of US–Japan Relations|Test entries|export\.csv)",/g, ',,');
  assert.equal(ownColumns(writeEventsCsv(exportEvents(b))), ownColumns(csv));
  // Importing the export into the store it came from adds nothing.
  const again = readEventsCsv(csv, { known: knownIds(a) });
  assert.equal(commitImport(a, again.source, again.entries).added, 0);
});

test('JSON round trip: sample chronology and tricky events come back identical', async () => {
  const a = await storeWithSampleAndTricky();
  const before = contentOf(a);
  const json = writeEventsJson(exportEvents(a), { exportedAt: new Date('2023-05-01T00:00:00Z') });
  const parsed = JSON.parse(json) as { format: string; version: number; exported_at: string; events: ExchangeRow[] };
  assert.deepEqual([parsed.format, parsed.version, parsed.exported_at, parsed.events.length], ['briefing-book/events', 1, '2023-05-01T00:00:00.000Z', before.length]);
  const b = await importInto((text, known) => readEventsJson(text, { title: 'export.json', known }), json);
  assert.deepEqual(contentOf(b), before);
  // A bare array of the same events reads the same.
  const c = await importInto((text, known) => readEventsJson(text, { known }), JSON.stringify(parsed.events));
  assert.deepEqual(contentOf(c), before);
});

test('CSV export neutralises formula cells; import restores them exactly', async () => {
  const db = await freshStore('exchange-formula');
  commitEntries(db, tricky);
  const csv = writeEventsCsv(exportEvents(db));
  assert.ok(csv.startsWith('\uFEFF"id","date_start"'));
  assert.ok(csv.includes('\r\n'));
  const cells = (parse(csv.slice(1), { relax_column_count: true }) as string[][]).flat();
  for (const expected of [`'=HYPERLINK(""http://x?""&A1)`, `'+1`, `'-2+3`, `'@SUM(A1) <https://example.org/>`, `'@home`, `''=already apostrophed`, `'\tStarts with a tab`, `'\rStarts with CR`, `'=cmd|/C calc!A0\n-check`]) {
    assert.ok(cells.includes(expected.replaceAll('""', '"')), expected);
  }
  assert.ok(csv.includes('"a"";=1"'), 'quotes doubled inside a quoted cell');
  assert.ok(csv.includes('"x;=1+2, and ""quotes"""'));

  const read = readEventsCsv(csv, { known: knownIds(db) });
  assert.deepEqual(read.problems, []);
  const summaries = read.entries.map((e) => e.summary);
  for (const s of ['=HYPERLINK("http://x?"&A1)', 'a";=1', '\tStarts with a tab']) assert.ok(summaries.includes(s), s);
  const first = read.entries.find((e) => e.summary.startsWith('=HYPERLINK'));
  assert.deepEqual([first?.location, first?.dateText, first?.links[0]?.label], ['+1', '-2+3', '@SUM(A1)']);
  assert.deepEqual(read.entries.find((e) => e.summary === 'a";=1')?.warnings, ['=cmd|/C calc!A0', '-check']);
});

test('every character of content is inside quotes, so a spreadsheet splitting on ";" or tabs cannot start a cell mid-text', async () => {
  const db = await freshStore('exchange-delimiters');
  commitEntries(db, tricky);
  const csv = writeEventsCsv(exportEvents(db)).slice(1);
  // Spreadsheets toggle quoting at each '"' (a doubled quote toggles twice); only what lies
  // outside quotes can separate cells.
  const outside = new Set<string>();
  let quoted = false;
  for (const c of csv) {
    if (c === '"') quoted = !quoted;
    else if (!quoted) outside.add(c);
  }
  assert.deepEqual([...outside].sort(), ['\n', '\r', ',']);
  assert.ok(csv.includes('"x;=1+2, and ""quotes"""'));
});

test('export keeps the store\'s order and can be limited to one source', async () => {
  const db = await storeWithSampleAndTricky();
  const rows = [...exportEvents(db)];
  const dates = rows.map((r) => r.date_start);
  assert.deepEqual(dates, [...dates].sort());
  assert.equal(rows[0]?.date_start, '2022-01-01');
  const sampleOnly = [...exportEvents(db, { sourceId: 1 })];
  assert.equal(sampleOnly.length, parsedSample().entries.length);
  assert.ok(sampleOnly.every((r) => r.source === 'Chronology of US–Japan Relations'));
  assert.deepEqual([...exportEvents(db, { sourceId: 999 })], []);
});
