import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readEventsCsv } from '../exchange/read-csv.ts';
import { writeEventsCsv } from '../exchange/write-csv.ts';
import { parseDocument } from './parse-document.ts';

// Found by the fuzz run (scripts/fuzz): such an entry was stored with an empty summary, which an
// export then wrote and the CSV and JSON readers refused ("summary: is empty"), so it was lost.
test('a date with nothing after it is reported with its line, not kept as an event without text', () => {
  const doc = parseDocument('Jan. 11, 2023: Ministers meet in Tokyo.\nJanuary 12, 2023:\n\nJan. 13, 2023 – \n', { title: 'cut.md' });
  assert.deepEqual(
    doc.entries.map((e) => [e.dateStart, e.summary]),
    [['2023-01-11', 'Ministers meet in Tokyo.']],
  );
  assert.deepEqual(
    doc.problems.map((p) => [p.line, p.text, p.reason]),
    [
      [2, 'January 12, 2023', 'a date with no text after it: there is no event to record'],
      [4, 'Jan. 13, 2023', 'a date with no text after it: there is no event to record'],
    ],
  );
});

test('every entry the chronology reader keeps survives an export and a re-import', () => {
  const doc = parseDocument('January 12, 2023:\nJan. 13, 2023: Talks.', { title: 'x.md' });
  const csv = writeEventsCsv(
    doc.entries.map((e) => ({ id: null, date_start: e.dateStart, date_end: e.dateEnd, precision: e.precision, date_text: e.dateText, summary: e.summary, type: e.type, category: e.category, location: e.location, countries: [], people: [], groupings: [], links: [], source: null, source_line: e.sourceLine, warnings: [] })),
  );
  const back = readEventsCsv(csv);
  assert.deepEqual(back.problems, []);
  assert.equal(back.entries.length, doc.entries.length);
});
