import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDateStarts } from './dates.ts';
import { isRunningHeader, parseHeading, parsePeriod, parseYearLine, splitInlineHeading, stripRunningHeaders, type Heading, type Period } from './headings.ts';

const title = (file: string[], text: string): Heading => ({ kind: 'title', file, text });
const period = (start: string, end: string, text: string): Period => ({ kind: 'period', start, end, text });

// ---------------------------------------------------------------------------------------------
// Titles
// ---------------------------------------------------------------------------------------------

test('chronology titles in the forms journals and analysts use', () => {
  const cases: Array<[string, Heading]> = [
    ['CHRONOLOGY OF US-JAPAN RELATIONS', title(['US', 'JAPAN'], 'CHRONOLOGY OF US-JAPAN RELATIONS')],
    ['Chronology of U.S.-China Relations', title(['US', 'China'], 'Chronology of U.S.-China Relations')],
    ['Japan-Korea Relations Chronology', title(['Japan', 'Korea'], 'Japan-Korea Relations Chronology')],
    ['Chronology of US - China Relations', title(['US', 'China'], 'Chronology of US - China Relations')],
    ['CHRONOLOGY OF JAPAN–SOUTH KOREA RELATIONS', title(['JAPAN', 'SOUTH KOREA'], 'CHRONOLOGY OF JAPAN–SOUTH KOREA RELATIONS')],
    ['# Chronology of US-Japan Relations', title(['US', 'Japan'], 'Chronology of US-Japan Relations')],
    ['### Chronology of US-Japan Relations', title(['US', 'Japan'], 'Chronology of US-Japan Relations')],
    ['US–Japan chronology', title(['US', 'Japan'], 'US–Japan chronology')],
    ['**Chronology of US-Japan Relations**', title(['US', 'Japan'], 'Chronology of US-Japan Relations')],
    ['Chronology of US-Japan Relations:', title(['US', 'Japan'], 'Chronology of US-Japan Relations')],
    ['  Chronology of the US-India Relationship  ', title(['US', 'India'], 'Chronology of the US-India Relationship')],
    ['Chronology of US-Japan-Korea Relations', title(['US', 'Japan', 'Korea'], 'Chronology of US-Japan-Korea Relations')],
    ['China—Southeast Asia Relations Chronology', title(['China', 'Southeast Asia'], 'China—Southeast Asia Relations Chronology')],
    ['Japan/US chronology', title(['Japan', 'US'], 'Japan/US chronology')],
    ['Chronology of U. S.-Russia Relations', title(['US', 'Russia'], 'Chronology of U. S.-Russia Relations')],
  ];
  for (const [line, expected] of cases) assert.deepEqual(parseHeading(line), expected, line);
});

test('lines that are not chronology titles', () => {
  for (const line of [
    'US-JAPAN RELATIONS',
    'CHRONOLOGY',
    'Chronology of events',
    'Japan chronology',
    'The chronology of US-Japan relations is long.',
    'Chronology of US-Japan Relations shows a busy spring.',
    'JAPAN/US: Ties at a new high',
    'Jan. 11, 2023: A chronology of US-Japan relations is published.',
    '',
  ]) {
    assert.equal(parseHeading(line), null, line);
  }
});

// ---------------------------------------------------------------------------------------------
// Periods
// ---------------------------------------------------------------------------------------------

test('period lines within one year, with any dash and in any case', () => {
  const cases: Array<[string, Period]> = [
    ['JANUARY—APRIL 2023', period('2023-01-01', '2023-04-30', 'JANUARY—APRIL 2023')],
    ['January-April 2023', period('2023-01-01', '2023-04-30', 'January-April 2023')],
    ['July-September 2009', period('2009-07-01', '2009-09-30', 'July-September 2009')],
    ['SEPTEMBER–DECEMBER 2022', period('2022-09-01', '2022-12-31', 'SEPTEMBER–DECEMBER 2022')],
    ['May–August 2024', period('2024-05-01', '2024-08-31', 'May–August 2024')],
    ['January to April 2023', period('2023-01-01', '2023-04-30', 'January to April 2023')],
    ['Jan.-Feb. 2024', period('2024-01-01', '2024-02-29', 'Jan.-Feb. 2024')],
    ['## January – April 2023', period('2023-01-01', '2023-04-30', 'January – April 2023')],
    ['**JANUARY—APRIL 2023**', period('2023-01-01', '2023-04-30', 'JANUARY—APRIL 2023')],
  ];
  for (const [line, expected] of cases) assert.deepEqual(parsePeriod(line), expected, line);
});

test('periods that span the new year', () => {
  assert.deepEqual(parsePeriod('November 2022—February 2023'), period('2022-11-01', '2023-02-28', 'November 2022—February 2023'));
  assert.deepEqual(parsePeriod('NOVEMBER 2022–FEBRUARY 2023'), period('2022-11-01', '2023-02-28', 'NOVEMBER 2022–FEBRUARY 2023'));
  assert.deepEqual(parsePeriod('September 2023-February 2024'), period('2023-09-01', '2024-02-29', 'September 2023-February 2024'));
  // With only the final year, a start month after the end month is in the year before.
  assert.deepEqual(parsePeriod('November—February 2023'), period('2022-11-01', '2023-02-28', 'November—February 2023'));
});

test('a single month is a period only when it is the whole line', () => {
  assert.deepEqual(parsePeriod('MAY 2023'), period('2023-05-01', '2023-05-31', 'MAY 2023'));
  assert.deepEqual(parsePeriod('February 2024'), period('2024-02-01', '2024-02-29', 'February 2024'));
  assert.equal(parsePeriod('MAY 2023 officials meet'), null);
  assert.equal(parsePeriod('May 2023: A consulate opens.'), null);
});

test('lines that are not periods', () => {
  for (const line of [
    'JANUARY—APRIL 2023 Jan. 11, 2023: Talks.',
    'March-April 2023: Joint patrols.',
    'Smarch-April 2023',
    'Mayday 2023',
    'February 2023—January 2023',
    'January-April 0999',
    'January-April 2101',
    'January-April',
    'January 11-April 2023',
    'Jan. 11, 2023: Talks.',
    'The January-April 2023 period was busy.',
    '',
  ]) {
    assert.equal(parsePeriod(line), null, line);
  }
});

// ---------------------------------------------------------------------------------------------
// splitInlineHeading
// ---------------------------------------------------------------------------------------------

test('a title and period run into the first entry are peeled off', () => {
  assert.deepEqual(splitInlineHeading('CHRONOLOGY OF US-JAPAN RELATIONS JANUARY—APRIL 2023 Jan. 11, 2023: Ministers confer in Washington.'), {
    heading: title(['US', 'JAPAN'], 'CHRONOLOGY OF US-JAPAN RELATIONS'),
    period: period('2023-01-01', '2023-04-30', 'JANUARY—APRIL 2023'),
    rest: 'Jan. 11, 2023: Ministers confer in Washington.',
  });
});

test('a title alone, a period alone, or a title with a single month', () => {
  assert.deepEqual(splitInlineHeading('CHRONOLOGY OF US-JAPAN RELATIONS'), {
    heading: title(['US', 'JAPAN'], 'CHRONOLOGY OF US-JAPAN RELATIONS'),
    period: null,
    rest: '',
  });
  assert.deepEqual(splitInlineHeading('JANUARY—APRIL 2023'), {
    heading: null,
    period: period('2023-01-01', '2023-04-30', 'JANUARY—APRIL 2023'),
    rest: '',
  });
  assert.deepEqual(splitInlineHeading('CHRONOLOGY OF US-JAPAN RELATIONS MAY 2023'), {
    heading: title(['US', 'JAPAN'], 'CHRONOLOGY OF US-JAPAN RELATIONS'),
    period: period('2023-05-01', '2023-05-31', 'MAY 2023'),
    rest: '',
  });
});

test('a title followed directly by an entry, and a period followed by an entry without a year', () => {
  assert.deepEqual(splitInlineHeading('Chronology of US-China Relations Jan. 5, 2023: Envoys confer.'), {
    heading: title(['US', 'China'], 'Chronology of US-China Relations'),
    period: null,
    rest: 'Jan. 5, 2023: Envoys confer.',
  });
  assert.deepEqual(splitInlineHeading('November 2022—February 2023 Dec. 2: Envoys confer.'), {
    heading: null,
    period: period('2022-11-01', '2023-02-28', 'November 2022—February 2023'),
    rest: 'Dec. 2: Envoys confer.',
  });
  assert.deepEqual(splitInlineHeading('US–Japan chronology Jan. 5, 2023: Envoys confer.').heading, title(['US', 'Japan'], 'US–Japan chronology'));
});

test('an inline title ends at its own keyword even when the entry mentions relations', () => {
  assert.deepEqual(splitInlineHeading('CHRONOLOGY OF US-JAPAN RELATIONS Jan. 5, 2023: Japan-Korea relations thaw; Seoul-Tokyo relations warm.'), {
    heading: title(['US', 'JAPAN'], 'CHRONOLOGY OF US-JAPAN RELATIONS'),
    period: null,
    rest: 'Jan. 5, 2023: Japan-Korea relations thaw; Seoul-Tokyo relations warm.',
  });
});

test('lines that only look like a title or period at the front are left whole', () => {
  for (const line of [
    'Jan. 11, 2023: Ministers confer.',
    'March-April 2023: Joint patrols.',
    'March-April 2023 Joint patrols take place.',
    'US-Japan chronology of events is long.',
    'Chronology of US-Japan Relations prepared by the desk.',
    'CHRONOLOGY OF US-JAPAN RELATIONS JANUARY—APRIL 2023 prepared by the desk.',
    'JANUARY—APRIL 2023 was a busy period.',
    'MAY 2023 Jan. 5, 2023: Envoys confer.',
    '',
  ]) {
    assert.deepEqual(splitInlineHeading(line), { heading: null, period: null, rest: line }, line);
  }
});

// ---------------------------------------------------------------------------------------------
// Running headers and footers
// ---------------------------------------------------------------------------------------------

test('running headers and footers the journal prints on each page', () => {
  for (const fragment of [
    'China-Korea Relations 105 April 2009',
    'US-Japan Relations 12 May 2023',
    'Comparative Connections 87',
    'COMPARATIVE CONNECTIONS | MAY 2023',
    'US-JAPAN RELATIONS | JANUARY 2023 73',
    'US-JAPAN RELATIONS | JANUARY 2023',
    '72 US-JAPAN RELATIONS | JANUARY 2023',
    'JANUARY 2023 | US-JAPAN RELATIONS 73',
    '87 COMPARATIVE CONNECTIONS | MAY 2023',
    'MAY 2023 | COMPARATIVE CONNECTIONS 87',
    'Comparative Connections 87 May 2023',
    'JAPAN–SOUTH KOREA RELATIONS | SEPTEMBER 2022 101',
    'U.S.-China Relations 45 May 2023',
    '  US-Japan Relations 12 May 2023  ',
  ]) {
    assert.equal(isRunningHeader(fragment), true, fragment);
  }
});

test('prose, titles and citations are not running headers', () => {
  for (const fragment of [
    'Japan-Korea relations improved in April 2009',
    'Japan-Korea Relations improved in April 2009',
    'US-JAPAN RELATIONS',
    'CHRONOLOGY OF US-JAPAN RELATIONS',
    'US-Japan Relations 12',
    'US-Japan Relations May 2023',
    'US-Japan Relations 2023',
    'Comparative Connections',
    'Comparative Connections 2023',
    'Comparative Connections: A journal of bilateral relations',
    'comparative connections 87',
    'US-Japan Relations 12 May 2023 and more',
    'Council on Foreign Relations 12 May 2023',
    // The journal prints 'Relations' or 'RELATIONS'; lowercase is prose.
    'Japan-Korea relations 12 May 2023',
    'US-Japan relations | May 2023',
    '',
  ]) {
    assert.equal(isRunningHeader(fragment), false, fragment);
  }
});

test('stripRunningHeaders removes headers mid-sentence and reports them with their offsets', () => {
  const text =
    'Ministers meet in Tokyo and US-Japan Relations 12 May 2023 agree on a plan. ' +
    'Japan-Korea relations improved in April 2009, officials say. ' +
    'COMPARATIVE CONNECTIONS | MAY 2023 Feb. 9, 2023: Envoys confer.';
  const out = stripRunningHeaders(text);
  assert.deepEqual(out, {
    text:
      'Ministers meet in Tokyo and   agree on a plan. ' +
      'Japan-Korea relations improved in April 2009, officials say. ' +
      '  Feb. 9, 2023: Envoys confer.',
    removed: [
      { text: 'US-Japan Relations 12 May 2023', index: 28 },
      { text: 'COMPARATIVE CONNECTIONS | MAY 2023', index: text.indexOf('COMPARATIVE') },
    ],
  });
  assert.equal(text.slice(28, 28 + 'US-Japan Relations 12 May 2023'.length), 'US-Japan Relations 12 May 2023');
});

test('a capitalised word before a header stays in the text', () => {
  assert.deepEqual(stripRunningHeaders('in Washington US-Japan Relations 13 May 2023 the talks end').removed, [{ text: 'US-Japan Relations 13 May 2023', index: 14 }]);
  assert.deepEqual(stripRunningHeaders('in Washington US-Japan Relations 13 May 2023 the talks end').text, 'in Washington   the talks end');
});

test('stripRunningHeaders leaves text without headers unchanged', () => {
  const text = 'Japan-Korea relations improved in April 2009. CHRONOLOGY OF US-JAPAN RELATIONS';
  assert.deepEqual(stripRunningHeaders(text), { text, removed: [] });
  assert.deepEqual(stripRunningHeaders(''), { text: '', removed: [] });
});

test('stripRunningHeaders is stateless between calls (global regex reset)', () => {
  const text = 'a Comparative Connections 87 b';
  assert.deepEqual(stripRunningHeaders(text).removed, [{ text: 'Comparative Connections 87', index: 2 }]);
  assert.deepEqual(stripRunningHeaders(text).removed, [{ text: 'Comparative Connections 87', index: 2 }]);
});

test('a flattened page: strip the headers, then each entry start is found', () => {
  const page =
    'Feb. 8, 2023: Four partners announce a cyber awareness challenge. Feb. 9, 2023: A dialogue on democratic ' +
    'US-JAPAN RELATIONS | MAY 2023 14 resilience opens in Tokyo. Feb. 13, 2023: Vice ministers of three countries confer.';
  const stripped = stripRunningHeaders(page);
  assert.deepEqual(stripped.removed, [{ text: 'US-JAPAN RELATIONS | MAY 2023 14', index: page.indexOf('US-JAPAN') }]);
  const starts = findDateStarts(stripped.text);
  assert.deepEqual(
    starts.map((i) => stripped.text.slice(i, i + 13)),
    ['Feb. 8, 2023:', 'Feb. 9, 2023:', 'Feb. 13, 2023'],
  );
});

test('a decade alone on a line is a heading of ten years', () => {
  assert.deepEqual(parseYearLine('1970s'), { kind: 'period', start: '1970-01-01', end: '1979-12-31', text: '1970s' });
  assert.deepEqual(parseYearLine('== 2000s =='), { kind: 'period', start: '2000-01-01', end: '2009-12-31', text: '2000s' });
  assert.equal(parseYearLine('1970s policy'), null);
});
