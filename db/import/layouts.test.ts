/**
 * Layouts met in real chronologies beyond the journal's: table rows pasted from web pages, a
 * year on its own line above its event, decades, and single-country timelines.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitChronology } from './chronology.ts';
import { parseDocument } from './parse-document.ts';

const dates = (text: string) => splitChronology(text).entries.map((e) => [e.dateText, e.dateStart, e.dateEnd, e.text]);

test('table rows: a day cell takes its year from the year cell; a whole date stands alone; a header row is not an entry', () => {
  const text = ['Year\tDate\tEvent', '1965\tJune 22\tThe two governments sign the basic treaty.[1]', '1998\t\tA joint declaration on partnership.', '\tOctober 8, 1998\tThe leaders issue the declaration.'].join('\n');
  assert.deepEqual(dates(text), [
    ['June 22', '1965-06-22', null, 'The two governments sign the basic treaty.'],
    ['1998', '1998-01-01', '1998-12-31', 'A joint declaration on partnership.'],
    ['October 8, 1998', '1998-10-08', null, 'The leaders issue the declaration.'],
  ]);
  assert.deepEqual(splitChronology(text).problems, []);
});

test('a year alone on a line dates the line after it; above dated entries it is their heading', () => {
  assert.deepEqual(dates('Hong Kong chronology\n\n1842\nThe Treaty of Nanking cedes the island to Britain.\n\n1860\nKowloon is ceded as well.'), [
    ['1842', '1842-01-01', '1842-12-31', 'The Treaty of Nanking cedes the island to Britain.'],
    ['1860', '1860-01-01', '1860-12-31', 'Kowloon is ceded as well.'],
  ]);
  assert.deepEqual(dates('1840-42\nThe First Opium War.'), [['1840-42', '1840-01-01', '1842-12-31', 'The First Opium War.']]);
  assert.deepEqual(dates('=== 1950 ===\nJune 25: War breaks out.\nSept. 15: The Inchon landing.'), [
    ['June 25', '1950-06-25', null, 'War breaks out.'],
    ['Sept. 15', '1950-09-15', null, 'The Inchon landing.'],
  ]);
});

test('a single-country timeline: an entry that names no state is about the title’s country, and says so', () => {
  const doc = parseDocument('Timeline of Mongolian history\n\n- July 29, 1990: The first democratic elections take place.\n- 1991: Relations with Japan deepen.\n');
  assert.deepEqual(doc.entries.map((e) => e.countries.map((c) => `${c.code}:${c.via}`)), [['MN:file'], ['JP:name', 'MN:file']]);
  assert.match(doc.entries[0]!.warnings.join(), /no country named: MN, the subject of the title/);
  // A relationship's chronology has no single subject.
  const pair = parseDocument('Chronology of Japan-Korea Relations\n\nMarch 3, 2023: Elections take place.\n');
  assert.deepEqual(pair.entries[0]!.countries, []);
});

test('a table of trips: the header names the destination column, and each row reads as a visit there', () => {
  const text = ['Secretary Travels', '', 'Name\tLocale\tRemarks\tDate', 'Dean Acheson\tParis\tAttended the Foreign Ministers meeting.\tMay 10-15, 1949'].join('\n');
  const doc = parseDocument(text);
  assert.equal(doc.entries.length, 1);
  const e = doc.entries[0]!;
  assert.deepEqual([e.dateStart, e.dateEnd, e.type], ['1949-05-10', '1949-05-15', 'visit']);
  assert.equal(e.summary, 'Dean Acheson visits Paris: Attended the Foreign Ministers meeting.');
  assert.ok(e.countries.some((c) => c.code === 'FR'));
});

test('a table of a traveller’s trips: each row takes the traveller the title names; a middle name does not hide a known official', () => {
  const text = ['Travels of President Lyndon B. Johnson', '', 'Country\tLocale\tRemarks\tDate', 'Canada\tVancouver\tSigned the river treaty proclamation.\tSeptember 16, 1964'].join('\n');
  const e = parseDocument(text).entries[0]!;
  assert.deepEqual(e.countries.map((c) => c.code).sort(), ['CA', 'US']);
  const row = ['Secretary Travels to China', '', 'Name\tLocale\tRemarks\tDate', 'Cyrus Roberts Vance\tPeking\tHeld talks with senior officials.\tAugust 20-26, 1977'].join('\n');
  const vance = parseDocument(row).entries[0]!;
  assert.deepEqual(vance.people, ['vance-cyrus']);
  assert.deepEqual(vance.countries.map((c) => c.code).sort(), ['CN', 'US']);
});

test('a table the title calls visits: each row is a visit by the title’s state, unless it says more', () => {
  const doc = parseDocument(
    [
      'Visits by Foreign Leaders of Australia',
      '',
      'Visitor\tDescription\tDate',
      'Prime Minister Jane Doe\tCame for a round of conferences on economic relations.\tMay 9–12, 1941',
      'Prime Minister Jane Doe\tTook part in a summit of Pacific leaders.\tJuly 8, 1942',
    ].join('\n'),
  );
  assert.deepEqual(doc.entries.map((e) => [e.type, e.countries.map((c) => c.code)]), [
    ['visit', ['AU']],
    ['summit', ['AU']],
  ]);
});

test('in a timeline of one state, relations "with" another state are that state’s', () => {
  const text = ['Timeline of Mongolian history', '', '- January 27, 1987: Diplomatic relations with the United States are established.'].join('\n');
  assert.deepEqual(parseDocument(text).entries[0]!.countries.map((c) => c.code).sort(), ['MN', 'US']);
});
