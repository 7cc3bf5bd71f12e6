import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { splitChronology } from './chronology.ts';

const sample = fs.readFileSync(new URL('../../assets/sample/us-japan-2023-jan-apr.md', import.meta.url), 'utf8');

test('the sample chronology: heading, period and every entry, nothing reported', () => {
  const doc = splitChronology(sample);
  assert.deepEqual(doc.heading?.file, ['US', 'Japan']);
  assert.equal(doc.period?.start, '2023-01-01');
  assert.equal(doc.period?.end, '2023-04-30');
  assert.equal(doc.entries.length, 35);
  assert.deepEqual(doc.problems, []);
  const first = doc.entries[0]!;
  assert.equal(first.dateText, 'Jan. 11, 2023');
  assert.equal(first.keyVerb, 'convenes');
  assert.ok(first.text.endsWith('Defense Minister Hamada Yasukazu.'), first.text);
  assert.deepEqual(first.links.at(-1), { label: 'Joint Statement', url: 'https://www.state.gov/', kind: 'document' });
  const range = doc.entries.find((e) => e.dateText === 'March 21-23, 2023')!;
  assert.deepEqual([range.dateStart, range.dateEnd, range.precision], ['2023-03-21', '2023-03-23', 'day']);
});

test('wrapped lines, bullets, a missing year and an unreadable date', () => {
  const text = [
    'Some introductory prose about the period,',
    'which is not part of the chronology.',
    '',
    'CHRONOLOGY OF JAPAN–SOUTH KOREA RELATIONS',
    'JANUARY—APRIL 2023',
    '',
    '- March 16: Kishida and Yoon hold a summit in Tokyo, the first such visit',
    '  in twelve years.',
    '',
    '- Marhc 17, 2023: A typo in the month makes this line unreadable.',
    '',
    'April 17, 2023 – The two governments resume their security dialogue.',
  ].join('\n');
  const doc = splitChronology(text);
  assert.deepEqual(doc.skipped, [{ from: 1, to: 3, reason: 'text before the chronology' }]);
  assert.equal(doc.entries.length, 2);
  const [summit, dialogue] = doc.entries;
  assert.equal(summit!.line, 7);
  assert.equal(summit!.dateStart, '2023-03-16');
  assert.equal(summit!.yearInferred, true);
  assert.equal(summit!.text, 'Kishida and Yoon hold a summit in Tokyo, the first such visit in twelve years.');
  assert.equal(dialogue!.dateStart, '2023-04-17');
  assert.equal(doc.problems.length, 1);
  assert.equal(doc.problems[0]!.line, 10);
});

test('text flattened from a PDF, with a running header spliced in mid-sentence', () => {
  const flat = splitChronology(sample).entries.map((e) => `${e.dateText}: ${e.text}`);
  const line = `${flat.slice(0, 6).join(' ')} US-Japan Relations 73 May 2023 ${flat.slice(6, 12).join(' ')}`;
  const doc = splitChronology(line);
  assert.equal(doc.entries.length, 12);
  assert.ok(doc.skipped.some((s) => s.reason.startsWith('page header or footer')));
  assert.ok(doc.entries.every((e) => !e.text.includes('Relations 73')));
});

test('CRLF, a byte-order mark and NUL bytes are tolerated', () => {
  const doc = splitChronology('\uFEFFJan. 11, 2023: First entry.\r\nJan. 12, 2023: Sec\u0000ond entry.\r\n');
  assert.deepEqual(
    doc.entries.map((e) => e.text),
    ['First entry.', 'Second entry.'],
  );
});

test('an empty document has no entries and says so', () => {
  const doc = splitChronology('Nothing dated here at all.\nJust prose.');
  assert.equal(doc.entries.length, 0);
  assert.deepEqual(doc.skipped, [{ from: 1, to: 2, reason: 'no dated entries found' }]);
});

test('a wrapped line that opens with a date inside a sentence continues its entry', () => {
  const text = [
    'JANUARY—APRIL 2023',
    'March 16, 2023: Kishida and Yoon agree to resume regular visits, building on Seoul’s',
    'March 6 plan to compensate wartime laborers, and on talks held on',
    'Jan. 30, 2023, in Tokyo.',
    'April 2, 2024: Biden and Xi speak by telephone about their Woodside meeting of',
    'Nov. 15 and about military channels.',
  ].join('\n');
  const doc = splitChronology(text);
  assert.deepEqual(doc.problems, []);
  assert.deepEqual(
    doc.entries.map((e) => e.dateText),
    ['March 16, 2023', 'April 2, 2024'],
  );
  assert.ok(doc.entries[0]!.text.endsWith('on talks held on Jan. 30, 2023, in Tokyo.'), doc.entries[0]!.text);
});

test('an impossible date alone on its line is reported, not joined to the entry before', () => {
  const doc = splitChronology(['Feb. 27, 2023: Talks in Tokyo.', 'Feb. 30, 2023', 'Officials meet on a day that does not exist.'].join('\n'));
  assert.deepEqual(doc.problems.map((p) => [p.line, p.reason]), [
    [2, 'looks like an entry but has no readable date'],
    [3, 'text outside any dated entry'],
  ]);
  assert.equal(doc.entries[0]!.text, 'Talks in Tokyo.');
});

test('headlines that open with a year, each over the paragraphs that tell it, are entries of that year', () => {
  const doc = splitChronology(
    ['Key dates on the border', '', '1962 Border War', 'Troops cross the line; a month of fighting follows.', '1967 Pass clashes', 'Artillery duels at a mountain pass.', 'More fire is exchanged later.'].join('\n'),
  );
  assert.deepEqual(
    doc.entries.map((e) => [e.dateText, e.dateStart, e.dateEnd, e.text]),
    [
      ['1962', '1962-01-01', '1962-12-31', 'Border War. Troops cross the line; a month of fighting follows.'],
      ['1967', '1967-01-01', '1967-12-31', 'Pass clashes. Artillery duels at a mountain pass. More fire is exchanged later.'],
    ],
  );
  // One such line alone is a heading or a title, not a layout.
  assert.equal(splitChronology('2017 Annual Review\nTalks went well.').entries.length, 0);
});

test('a date followed only by a clock time is the page’s time stamp, not an entry', () => {
  const doc = splitChronology(['History of discord', 'May 22, 2000: 3:46 p.m. ET', '', '1946 - Envoys meet.'].join('\n'));
  assert.deepEqual(doc.entries.map((e) => e.dateText), ['1946']);
  assert.ok(doc.skipped.some((s) => s.from === 2 && s.reason === 'a time stamp of the page'));
});
