import assert from 'node:assert/strict';
import { test } from 'node:test';
import { numericDateOrder } from './date-forms.ts';
import { findDateStarts, inferYear, lastDayOfMonth, monthIndex, parseLeadingDate, type LeadingDate } from './dates.ts';

/** A day-precision date with its own year, written on one line with a colon. */
function day(dateText: string, dateStart: string, rest: string, extra: Partial<LeadingDate> = {}): LeadingDate {
  return { dateText, dateStart, dateEnd: null, precision: 'day', yearInferred: false, rest, separator: ':', ...extra };
}

const JAN_APR_2023 = { periodStart: '2023-01-01', periodEnd: '2023-04-30' };
const NOV_2022_FEB_2023 = { periodStart: '2022-11-01', periodEnd: '2023-02-28' };

// ---------------------------------------------------------------------------------------------
// monthIndex, lastDayOfMonth
// ---------------------------------------------------------------------------------------------

test('monthIndex reads full and abbreviated month names in any case, with or without a period', () => {
  const cases: Array<[string, number | null]> = [
    ['Jan', 1], ['Jan.', 1], ['January', 1], ['FEB.', 2], ['february', 2], ['Mar.', 3], ['March', 3],
    ['Apr.', 4], ['APRIL', 4], ['May', 5], ['MAY', 5], ['Jun.', 6], ['June', 6], ['Jul', 7], ['July', 7],
    ['Aug.', 8], ['August', 8], ['Sept.', 9], ['Sept', 9], ['Sep.', 9], ['SEPTEMBER', 9], ['Oct.', 10],
    ['October', 10], ['Nov.', 11], ['November', 11], ['Dec.', 12], ['December', 12], [' dec ', 12],
    ['Janu', null], ['Mai', null], ['Septem', null], ['', null], ['.', null], ['Jan..', null], ['Maybe', null],
  ];
  for (const [name, expected] of cases) assert.equal(monthIndex(name), expected, name);
});

test('lastDayOfMonth knows month lengths and Gregorian leap years', () => {
  assert.deepEqual(
    Array.from({ length: 12 }, (_, i) => lastDayOfMonth(2023, i + 1)),
    [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31],
  );
  assert.equal(lastDayOfMonth(2024, 2), 29);
  assert.equal(lastDayOfMonth(2000, 2), 29);
  assert.equal(lastDayOfMonth(1900, 2), 28);
  assert.equal(lastDayOfMonth(2100, 2), 28);
});

// ---------------------------------------------------------------------------------------------
// Single days
// ---------------------------------------------------------------------------------------------

test('the common chronology form: abbreviated month, day, comma, year, colon', () => {
  assert.deepEqual(
    parseLeadingDate('Jan. 11, 2023: Foreign and defense ministers of both sides convene their "2+2" in Washington.'),
    day('Jan. 11, 2023', '2023-01-11', 'Foreign and defense ministers of both sides convene their "2+2" in Washington.'),
  );
});

test('full month names, missing comma, ordinal suffix and day-first order', () => {
  assert.deepEqual(parseLeadingDate('January 11, 2023: Talks open.'), day('January 11, 2023', '2023-01-11', 'Talks open.'));
  assert.deepEqual(parseLeadingDate('Jan 11 2023: Talks open.'), day('Jan 11 2023', '2023-01-11', 'Talks open.'));
  assert.deepEqual(parseLeadingDate('Jan. 11th, 2023: Talks open.'), day('Jan. 11th, 2023', '2023-01-11', 'Talks open.'));
  assert.deepEqual(parseLeadingDate('Feb. 1st, 2023: Talks open.'), day('Feb. 1st, 2023', '2023-02-01', 'Talks open.'));
  assert.deepEqual(parseLeadingDate('11 January 2023: Talks open.'), day('11 January 2023', '2023-01-11', 'Talks open.'));
  assert.deepEqual(parseLeadingDate('3rd March 2023: Talks open.'), day('3rd March 2023', '2023-03-03', 'Talks open.'));
  assert.deepEqual(parseLeadingDate('Jan.11, 2023: Talks open.'), day('Jan.11, 2023', '2023-01-11', 'Talks open.'));
});

test('every month abbreviation, with and without a period, including Sept and Sep', () => {
  const cases: Array<[string, string]> = [
    ['Jan. 5, 2023', '2023-01-05'], ['Feb. 5, 2023', '2023-02-05'], ['Mar. 5, 2023', '2023-03-05'],
    ['Apr. 5, 2023', '2023-04-05'], ['May 5, 2023', '2023-05-05'], ['Jun. 5, 2023', '2023-06-05'],
    ['Jul. 5, 2023', '2023-07-05'], ['Aug. 5, 2023', '2023-08-05'], ['Sept. 5, 2023', '2023-09-05'],
    ['Sept 5, 2023', '2023-09-05'], ['Sep. 5, 2023', '2023-09-05'], ['Sep 5, 2023', '2023-09-05'],
    ['Oct. 5, 2023', '2023-10-05'], ['Nov 5, 2023', '2023-11-05'], ['Dec. 5, 2023', '2023-12-05'],
    ['June 5, 2023', '2023-06-05'], ['July 5, 2023', '2023-07-05'], ['August 5, 2023', '2023-08-05'],
    ['September 5, 2023', '2023-09-05'], ['October 5, 2023', '2023-10-05'], ['November 5, 2023', '2023-11-05'],
    ['December 5, 2023', '2023-12-05'], ['February 5, 2023', '2023-02-05'], ['April 5, 2023', '2023-04-05'],
  ];
  for (const [text, iso] of cases) {
    assert.deepEqual(parseLeadingDate(`${text}: Envoys confer.`), day(text, iso, 'Envoys confer.'), text);
  }
});

test('all-capitals and lowercase month names are dates too', () => {
  assert.deepEqual(parseLeadingDate('JAN. 11, 2023: TALKS OPEN.'), day('JAN. 11, 2023', '2023-01-11', 'TALKS OPEN.'));
  assert.deepEqual(parseLeadingDate('SEPTEMBER 30, 2022: TALKS OPEN.'), day('SEPTEMBER 30, 2022', '2022-09-30', 'TALKS OPEN.'));
  assert.deepEqual(parseLeadingDate('sept. 30, 2022: talks open.'), day('sept. 30, 2022', '2022-09-30', 'talks open.'));
});

// ---------------------------------------------------------------------------------------------
// Ranges
// ---------------------------------------------------------------------------------------------

test('a day range within one month, with hyphen, en dash, em dash or spaced hyphen', () => {
  const expected = (dateText: string) => day(dateText, '2023-03-06', 'A digital economy dialogue meets online.', { dateEnd: '2023-03-07' });
  for (const text of ['March 6-7, 2023', 'March 6–7, 2023', 'March 6 - 7, 2023', 'March 6—7, 2023', 'March 6 – 7, 2023']) {
    assert.deepEqual(parseLeadingDate(`${text}: A digital economy dialogue meets online.`), expected(text), text);
  }
  assert.deepEqual(
    parseLeadingDate('6-7 March 2023: A digital economy dialogue meets online.'),
    day('6-7 March 2023', '2023-03-06', 'A digital economy dialogue meets online.', { dateEnd: '2023-03-07' }),
  );
});

test('a day range across months, with the year at the end', () => {
  assert.deepEqual(
    parseLeadingDate('Oct. 29-Nov. 2, 2009: A trade delegation tours three cities.'),
    day('Oct. 29-Nov. 2, 2009', '2009-10-29', 'A trade delegation tours three cities.', { dateEnd: '2009-11-02' }),
  );
  assert.deepEqual(
    parseLeadingDate('June 30-July 2, 2023: A trade delegation tours three cities.'),
    day('June 30-July 2, 2023', '2023-06-30', 'A trade delegation tours three cities.', { dateEnd: '2023-07-02' }),
  );
  assert.deepEqual(
    parseLeadingDate('30 June - 2 July 2023: A trade delegation tours three cities.'),
    day('30 June - 2 July 2023', '2023-06-30', 'A trade delegation tours three cities.', { dateEnd: '2023-07-02' }),
  );
});

test('a day range across years, with both years written', () => {
  assert.deepEqual(
    parseLeadingDate('Dec. 30, 2022-Jan. 2, 2023: The prime minister holds year-end talks abroad.'),
    day('Dec. 30, 2022-Jan. 2, 2023', '2022-12-30', 'The prime minister holds year-end talks abroad.', { dateEnd: '2023-01-02' }),
  );
  assert.deepEqual(
    parseLeadingDate('30 December 2022 – 2 January 2023: Year-end talks.'),
    day('30 December 2022 – 2 January 2023', '2022-12-30', 'Year-end talks.', { dateEnd: '2023-01-02' }),
  );
});

test('a range across the new year with only the final year: the start is in the year before', () => {
  assert.deepEqual(
    parseLeadingDate('Dec. 30-Jan. 2, 2023: Year-end talks.'),
    day('Dec. 30-Jan. 2, 2023', '2022-12-30', 'Year-end talks.', { dateEnd: '2023-01-02' }),
  );
});

test('a range whose end is its start is a single day', () => {
  assert.deepEqual(parseLeadingDate('March 6-6, 2023: Talks.'), day('March 6-6, 2023', '2023-03-06', 'Talks.'));
});

test('a month range has month precision and ends on the last day of its last month', () => {
  assert.deepEqual(parseLeadingDate('March-April 2023: Coast guards of both sides run joint patrols.'), {
    dateText: 'March-April 2023',
    dateStart: '2023-03-01',
    dateEnd: '2023-04-30',
    precision: 'month',
    yearInferred: false,
    rest: 'Coast guards of both sides run joint patrols.',
    separator: ':',
  });
  assert.deepEqual(parseLeadingDate('Nov. 2022–Feb. 2023: Joint patrols.'), {
    dateText: 'Nov. 2022–Feb. 2023',
    dateStart: '2022-11-01',
    dateEnd: '2023-02-28',
    precision: 'month',
    yearInferred: false,
    rest: 'Joint patrols.',
    separator: ':',
  });
  assert.deepEqual(parseLeadingDate('Feb.-March 2024: Joint patrols.')?.dateEnd, '2024-03-31');
});

// ---------------------------------------------------------------------------------------------
// Month and year precision
// ---------------------------------------------------------------------------------------------

test('month only: month precision from the first to the last day of the month', () => {
  assert.deepEqual(parseLeadingDate('December 1991: The two sides open a consulate.'), {
    dateText: 'December 1991',
    dateStart: '1991-12-01',
    dateEnd: '1991-12-31',
    precision: 'month',
    yearInferred: false,
    rest: 'The two sides open a consulate.',
    separator: ':',
  });
  assert.deepEqual(parseLeadingDate('Dec. 1991: A consulate opens.')?.dateStart, '1991-12-01');
  assert.deepEqual(parseLeadingDate('Feb. 2024: A consulate opens.')?.dateEnd, '2024-02-29');
  assert.deepEqual(parseLeadingDate('February, 2023 – A consulate opens.')?.dateEnd, '2023-02-28');
});

test('year only at the start of a line needs a separator', () => {
  assert.deepEqual(parseLeadingDate('1991: The two sides open a consulate.'), {
    dateText: '1991',
    dateStart: '1991-01-01',
    dateEnd: '1991-12-31',
    precision: 'year',
    yearInferred: false,
    rest: 'The two sides open a consulate.',
    separator: ':',
  });
  assert.deepEqual(parseLeadingDate('1991 – A consulate opens.')?.separator, '–');
  assert.deepEqual(parseLeadingDate('1991-1992: Consulates open.'), {
    dateText: '1991-1992',
    dateStart: '1991-01-01',
    dateEnd: '1992-12-31',
    precision: 'year',
    yearInferred: false,
    rest: 'Consulates open.',
    separator: ':',
  });
  // A year alone on a line is a section heading rather than an entry; a year followed by
  // prose is a sentence.
  assert.equal(parseLeadingDate('1991'), null);
  assert.equal(parseLeadingDate('2023 opened with a flurry of summit diplomacy.'), null);
  assert.equal(parseLeadingDate('2023 Budget Outlook'), null);
  // A decade with a separator is an entry spanning its ten years (broadcasters' timelines use them).
  assert.deepEqual(parseLeadingDate('1990s: A decade of trade friction.'), {
    dateText: '1990s',
    dateStart: '1990-01-01',
    dateEnd: '1999-12-31',
    precision: 'year',
    yearInferred: false,
    rest: 'A decade of trade friction.',
    separator: ':',
  });
  assert.equal(parseLeadingDate('1990s saw trade friction.'), null);
  assert.equal(parseLeadingDate('2023-24: Budget talks.')?.dateEnd, '2024-12-31');
});

// ---------------------------------------------------------------------------------------------
// Separators, bullets and emphasis
// ---------------------------------------------------------------------------------------------

test('each separator is reported as written', () => {
  const cases: Array<[string, string]> = [
    ['Jan. 11, 2023: Talks.', ':'],
    ['Jan. 11, 2023:  Talks.', ':'],
    ['Jan. 11, 2023 : Talks.', ':'],
    ['Jan. 11, 2023:Talks.', ':'],
    ['Jan. 11, 2023 – Talks.', '–'],
    ['Jan. 11, 2023 - Talks.', '-'],
    ['Jan. 11, 2023 -- Talks.', '--'],
    ['Jan. 11, 2023 — Talks.', '—'],
    ['Jan. 11, 2023—Talks.', '—'],
  ];
  for (const [line, separator] of cases) {
    assert.deepEqual(parseLeadingDate(line), day('Jan. 11, 2023', '2023-01-11', 'Talks.', { separator }), line);
  }
});

test('a date at the end of the line: the text follows on the next line', () => {
  assert.deepEqual(parseLeadingDate('Jan. 11, 2023'), day('Jan. 11, 2023', '2023-01-11', '', { separator: 'newline' }));
  assert.deepEqual(parseLeadingDate('Jan. 11, 2023   '), day('Jan. 11, 2023', '2023-01-11', '', { separator: 'newline' }));
  assert.deepEqual(parseLeadingDate('Jan. 11, 2023\r'), day('Jan. 11, 2023', '2023-01-11', '', { separator: 'newline' }));
  assert.deepEqual(parseLeadingDate('Jan. 11, 2023:'), day('Jan. 11, 2023', '2023-01-11', '', { separator: ':' }));
});

test('a full date followed directly by a capitalised word: separator ""', () => {
  assert.deepEqual(parseLeadingDate('Jan. 11, 2023 Ministers meet in Tokyo.'), day('Jan. 11, 2023', '2023-01-11', 'Ministers meet in Tokyo.', { separator: '' }));
  assert.deepEqual(parseLeadingDate('Jan. 11, 2023 [Ministers](#) meet.')?.separator, '');
  assert.deepEqual(parseLeadingDate('Jan. 11, 2023 13th round of talks.')?.rest, '13th round of talks.');
  assert.deepEqual(
    parseLeadingDate('June 30-July 2, 2023 Ministers tour the region.'),
    day('June 30-July 2, 2023', '2023-06-30', 'Ministers tour the region.', { separator: '', dateEnd: '2023-07-02' }),
  );
});

test('a date followed by lowercase prose or a comma is a sentence, not a leading date', () => {
  assert.equal(parseLeadingDate('March 3, 2023 turned out to be a long day for the delegation.'), null);
  assert.equal(parseLeadingDate('March 3, 2023, the delegation landed late.'), null);
  assert.equal(parseLeadingDate('March 3, 2023, Tokyo and Seoul agreed.'), null);
  // Without its own year a date needs a real separator, even before a capital.
  assert.equal(parseLeadingDate('March 3 Tokyo and Seoul agree.', { fallbackYear: 2023 }), null);
  assert.equal(parseLeadingDate('**March 3** Tokyo and Seoul agree.', { fallbackYear: 2023 }), null);
  // Month precision needs a real separator too.
  assert.equal(parseLeadingDate('May 2023 Officials Meet', { fallbackYear: 2023 }), null);
});

test('bullets and whitespace before the date', () => {
  const expected = day('Jan. 11, 2023', '2023-01-11', 'Talks.');
  for (const line of ['- Jan. 11, 2023: Talks.', '* Jan. 11, 2023: Talks.', '• Jan. 11, 2023: Talks.', '– Jan. 11, 2023: Talks.', '   Jan. 11, 2023: Talks.', '\t-\tJan. 11, 2023: Talks.', '  •  Jan. 11, 2023: Talks.']) {
    assert.deepEqual(parseLeadingDate(line), expected, JSON.stringify(line));
  }
});

test('markdown emphasis around the date, with the colon outside or inside', () => {
  const expected = day('Jan. 11, 2023', '2023-01-11', 'Talks.');
  for (const line of ['**Jan. 11, 2023**: Talks.', '**Jan. 11, 2023:** Talks.', '*Jan. 11, 2023*: Talks.', '__Jan. 11, 2023__: Talks.', '- **Jan. 11, 2023**: Talks.', '**Jan. 11, 2023** : Talks.']) {
    assert.deepEqual(parseLeadingDate(line), expected, line);
  }
  assert.deepEqual(parseLeadingDate('**Jan. 11, 2023** – Talks.'), day('Jan. 11, 2023', '2023-01-11', 'Talks.', { separator: '–' }));
  assert.deepEqual(parseLeadingDate('**Jan. 11, 2023**'), day('Jan. 11, 2023', '2023-01-11', '', { separator: 'newline' }));
  assert.deepEqual(parseLeadingDate('**March 6-7, 2023**: Talks.')?.dateEnd, '2023-03-07');
});

test('a spaced dash after a single day is a separator, not a range, when no day or month follows', () => {
  assert.deepEqual(parseLeadingDate('Jan. 11, 2023 – 13 ships sail together.'), day('Jan. 11, 2023', '2023-01-11', '13 ships sail together.', { separator: '–' }));
  assert.deepEqual(
    parseLeadingDate('March 6 – 7 ships sail together.', { fallbackYear: 2023 }),
    day('March 6', '2023-03-06', '7 ships sail together.', { separator: '–', yearInferred: true }),
  );
  assert.deepEqual(
    parseLeadingDate('June 30 - Envoys confer.', { fallbackYear: 2023 }),
    day('June 30', '2023-06-30', 'Envoys confer.', { separator: '-', yearInferred: true }),
  );
});

// ---------------------------------------------------------------------------------------------
// Years from the context
// ---------------------------------------------------------------------------------------------

test('no year: the year comes from a period within one year', () => {
  assert.deepEqual(
    parseLeadingDate('Jan. 11: Ministers meet.', JAN_APR_2023),
    day('Jan. 11', '2023-01-11', 'Ministers meet.', { yearInferred: true }),
  );
  assert.deepEqual(
    parseLeadingDate('June 30-July 2: Ministers tour.', { periodStart: '2023-05-01', periodEnd: '2023-08-31' }),
    day('June 30-July 2', '2023-06-30', 'Ministers tour.', { yearInferred: true, dateEnd: '2023-07-02' }),
  );
  assert.deepEqual(
    parseLeadingDate('June 30 – July 2: Ministers tour.', { periodStart: '2023-05-01', periodEnd: '2023-08-31' })?.dateText,
    'June 30 – July 2',
  );
  assert.deepEqual(parseLeadingDate('11 January: Ministers meet.', JAN_APR_2023), day('11 January', '2023-01-11', 'Ministers meet.', { yearInferred: true }));
});

test('no year in a period spanning the new year: the month decides the year', () => {
  assert.equal(parseLeadingDate('Nov. 20: Talks.', NOV_2022_FEB_2023)?.dateStart, '2022-11-20');
  assert.equal(parseLeadingDate('Dec. 31: Talks.', NOV_2022_FEB_2023)?.dateStart, '2022-12-31');
  assert.equal(parseLeadingDate('Jan. 1: Talks.', NOV_2022_FEB_2023)?.dateStart, '2023-01-01');
  assert.equal(parseLeadingDate('Feb. 28: Talks.', NOV_2022_FEB_2023)?.dateStart, '2023-02-28');
  assert.deepEqual(
    parseLeadingDate('Dec. 30-Jan. 2: Talks.', NOV_2022_FEB_2023),
    day('Dec. 30-Jan. 2', '2022-12-30', 'Talks.', { yearInferred: true, dateEnd: '2023-01-02' }),
  );
});

test('a range that starts before the period takes its year from its end month', () => {
  assert.deepEqual(
    parseLeadingDate('Dec. 30-Jan. 2: Talks.', JAN_APR_2023),
    day('Dec. 30-Jan. 2', '2022-12-30', 'Talks.', { yearInferred: true, dateEnd: '2023-01-02' }),
  );
});

test('an entry just outside a one-year period keeps that year; outside a longer period it needs fallbackYear', () => {
  assert.equal(parseLeadingDate('May 2: Talks.', JAN_APR_2023)?.dateStart, '2023-05-02');
  assert.equal(parseLeadingDate('June 2: Talks.', NOV_2022_FEB_2023), null);
  assert.equal(parseLeadingDate('June 2: Talks.', { ...NOV_2022_FEB_2023, fallbackYear: 2023 })?.dateStart, '2023-06-02');
});

test('fallbackYear when there is no period; null when there is nothing to go on', () => {
  assert.deepEqual(parseLeadingDate('Jan. 11: Talks.', { fallbackYear: 2009 }), day('Jan. 11', '2009-01-11', 'Talks.', { yearInferred: true }));
  assert.equal(parseLeadingDate('Jan. 11: Talks.'), null);
  assert.equal(parseLeadingDate('Jan. 11: Talks.', {}), null);
  // A period wins over fallbackYear.
  assert.equal(parseLeadingDate('Jan. 11: Talks.', { ...JAN_APR_2023, fallbackYear: 2009 })?.dateStart, '2023-01-11');
});

test("an entry's own year always wins over the period", () => {
  assert.deepEqual(parseLeadingDate('Jan. 11, 2019: Talks.', JAN_APR_2023), day('Jan. 11, 2019', '2019-01-11', 'Talks.'));
  assert.deepEqual(parseLeadingDate('Nov. 3, 2023: Talks.', NOV_2022_FEB_2023)?.dateStart, '2023-11-03');
});

test('an inferred year is still checked against the calendar', () => {
  assert.equal(parseLeadingDate('Feb. 29: Talks.', JAN_APR_2023), null);
  assert.equal(parseLeadingDate('Feb. 29: Talks.', { fallbackYear: 2024 })?.dateStart, '2024-02-29');
});

test('inferYear on its own: earliest year of the period, a single start or end, bad periods fall back', () => {
  assert.equal(inferYear(3, null, { periodStart: '2021-01-01', periodEnd: '2022-12-31' }), 2021);
  assert.equal(inferYear(3, null, { periodStart: '2021-06-01', periodEnd: '2022-12-31' }), 2022);
  // A period of many years ('1970s') cannot say which year a day falls in.
  assert.equal(inferYear(3, null, { periodStart: '1970-01-01', periodEnd: '1979-12-31' }), null);
  assert.equal(inferYear(3, null, { periodStart: '2023-01-01' }), 2023);
  assert.equal(inferYear(3, null, { periodEnd: '2023-04-30' }), 2023);
  assert.equal(inferYear(3, null, { periodStart: 'soon', periodEnd: 'later', fallbackYear: 2001 }), 2001);
  assert.equal(inferYear(3, null, { periodStart: '2024-01-01', periodEnd: '2023-01-01' }), null);
});

// ---------------------------------------------------------------------------------------------
// What is not a leading date
// ---------------------------------------------------------------------------------------------

test('impossible calendar dates and reversed ranges are rejected', () => {
  for (const line of [
    'Feb. 30, 2023: Talks.',
    'Feb. 29, 2023: Talks.',
    'Feb. 29, 1900: Talks.',
    'April 31, 2023: Talks.',
    'Sept. 31, 2023: Talks.',
    'Jan. 0, 2023: Talks.',
    'Jan. 32, 2023: Talks.',
    'March 7-6, 2023: Talks.',
    'Dec. 30, 2023-Jan. 2, 2023: Talks.',
    'Nov. 2023–Feb. 2023: Talks.',
    '31 June 2023: Talks.',
  ]) {
    assert.equal(parseLeadingDate(line), null, line);
  }
  assert.equal(parseLeadingDate('Feb. 29, 2000: Talks.')?.dateStart, '2000-02-29');
});

test('years outside 1000–2100 are rejected', () => {
  for (const line of ['Jan. 11, 0000: Talks.', 'Jan. 11, 0: Talks.', 'Jan. 11, 0999: Talks.', 'Jan. 11, 2101: Talks.', '0000: Talks.', '0999: Talks.', 'December 9999: Talks.']) {
    assert.equal(parseLeadingDate(line), null, line);
  }
  assert.equal(parseLeadingDate('Jan. 11, 1800: Talks.')?.dateStart, '1800-01-11');
  assert.equal(parseLeadingDate('1592: A fleet sails.')?.dateStart, '1592-01-01');
  assert.equal(parseLeadingDate('Dec. 31, 2100: Talks.')?.dateStart, '2100-12-31');
  assert.equal(parseLeadingDate('Jan. 11: Talks.', { fallbackYear: 900 }), null);
});

test('lines that start with a number but not a date', () => {
  for (const line of [
    '2+2 meeting held in the capital.',
    '13 ships join the drill.',
    '10:30 a.m. — talks resume.',
    '1,200 troops take part.',
    '3 Japanese destroyers sail.',
    '12 Marines are injured.',
    '© 2023 A research firm.',
    '+1 (555) 010-0000',
  ]) {
    assert.equal(parseLeadingDate(line, { fallbackYear: 2023 }), null, line);
  }
});

test('"May" and other month words used as words are not dates', () => {
  for (const line of [
    'May officials meet in the capital.',
    'May Officials Meet In The Capital.',
    'May: officials meet.',
    'May Day rallies fill the streets.',
    'March on the capital draws thousands.',
    'Marines land on the island.',
    'Decades of friction ease.',
    'Augusta hosts a golf summit.',
    'June',
    'Jan.',
  ]) {
    assert.equal(parseLeadingDate(line, { fallbackYear: 2023 }), null, line);
  }
});

test('a date inside the text is not a leading date', () => {
  assert.equal(parseLeadingDate('Officials say the March 26 attack was planned abroad.', { fallbackYear: 2023 }), null);
  assert.equal(parseLeadingDate('On July 14, 2023: a note.', { fallbackYear: 2023 }), null);
  assert.equal(parseLeadingDate('The talks of Jan. 11, 2023: a summary.'), null);
  assert.equal(parseLeadingDate(''), null);
  assert.equal(parseLeadingDate('   '), null);
});

// ---------------------------------------------------------------------------------------------
// findDateStarts
// ---------------------------------------------------------------------------------------------

test('findDateStarts finds each entry in text flattened from a PDF, and no date inside a sentence', () => {
  const text =
    'Jan. 11, 2023: Defense and foreign ministers confer in Washington. [Joint Statement](#). ' +
    'Jan. 12, 2023: Officials say that on July 14, 2023, the ministers will meet again. ' +
    'March 6-7, 2023: A digital dialogue is held after the March 26 attack (online). ' +
    'Dec. 30, 2022-Jan. 2, 2023 – The premier travels. ' +
    '"We agree," the envoys say. December 1991: A consulate opens. ' +
    '11 January 2023: A day-first entry.';
  const starts = findDateStarts(text);
  assert.deepEqual(
    starts.map((i) => text.slice(i, i + 12)),
    ['Jan. 11, 202', 'Jan. 12, 202', 'March 6-7, 2', 'Dec. 30, 202', 'December 199', '11 January 2'],
  );
  assert.equal(starts[0], 0);
  assert.equal(starts[1], text.indexOf('Jan. 12, 2023:'));
});

test('findDateStarts accepts the sentence ends it is told about, and only those', () => {
  const after = (prefix: string) => findDateStarts(`${prefix} Feb. 8, 2023: Next entry.`);
  for (const prefix of ['Done.', 'Done)', 'Done]', 'Done."', 'Done.”', 'Done.’', 'Done?', 'Done!']) {
    assert.deepEqual(after(prefix), [prefix.length + 1], prefix);
  }
  for (const prefix of ['Done,', 'Done;', 'Done', 'done (', 'the']) assert.deepEqual(after(prefix), [], prefix);
  assert.deepEqual(findDateStarts('Done.\n\nFeb. 8, 2023: Next.'), [7]);
  assert.deepEqual(findDateStarts('  Feb. 8, 2023: First.'), [2]);
});

test('findDateStarts needs the year and a separator after the date', () => {
  assert.deepEqual(findDateStarts('Done. Feb. 8: No year.'), []);
  assert.deepEqual(findDateStarts('Done. Feb. 8, 2023 the ministers met.'), []);
  assert.deepEqual(findDateStarts('Done. Feb. 8, 2023, the ministers met.'), []);
  assert.deepEqual(findDateStarts('Done. Feb. 8, 2023-the ministers met.'), []);
  assert.deepEqual(findDateStarts('Done. Feb. 8, 2023 - Next.'), [6]);
  assert.deepEqual(findDateStarts('Done. Feb. 8, 2023 -- Next.'), [6]);
  assert.deepEqual(findDateStarts('Done. Feb. 8, 2023 — Next.'), [6]);
  assert.deepEqual(findDateStarts('Done. Feb. 8, 2023 : Next.'), [6]);
  assert.deepEqual(findDateStarts('Done. May officials: no.'), []);
  assert.deepEqual(findDateStarts(''), []);
});

test('findDateStarts still marks an impossible date, so that the caller can report it', () => {
  const text = 'Done. Feb. 30, 2023: A typo in the source. Feb. 28, 2023: Fine.';
  assert.deepEqual(findDateStarts(text), [6, text.indexOf('Feb. 28')]);
  assert.equal(parseLeadingDate(text.slice(6)), null);
});

test('findDateStarts is stateless between calls (global regex reset)', () => {
  const text = 'Feb. 8, 2023: A. Feb. 9, 2023: B.';
  assert.deepEqual(findDateStarts(text), [0, 17]);
  assert.deepEqual(findDateStarts(text), [0, 17]);
  assert.deepEqual(findDateStarts('Feb. 8, 2023: A.'), [0]);
});

// ---------------------------------------------------------------------------------------------
// Less common forms (date-forms.ts)
// ---------------------------------------------------------------------------------------------

const span = (line: string, context?: Parameters<typeof parseLeadingDate>[1]) => {
  const d = parseLeadingDate(line, context);
  return d && [d.dateText, d.dateStart, d.dateEnd, d.precision, d.rest];
};

test('numeric dates: month first as US chronologies write them, day first when it cannot be a month', () => {
  assert.deepEqual(span('11/25/1963: Leaders meet.'), ['11/25/1963', '1963-11-25', null, 'day', 'Leaders meet.']);
  assert.deepEqual(span('11/25/63 - Leaders meet.'), ['11/25/63', '1963-11-25', null, 'day', 'Leaders meet.']);
  assert.deepEqual(span('11/25-26/63: Talks.'), ['11/25-26/63', '1963-11-25', '1963-11-26', 'day', 'Talks.']);
  assert.deepEqual(span('12/30/63-1/2/64: Tour.'), ['12/30/63-1/2/64', '1963-12-30', '1964-01-02', 'day', 'Tour.']);
  assert.deepEqual(span('25/11/1963: Talks.'), ['25/11/1963', '1963-11-25', null, 'day', 'Talks.']);
  assert.deepEqual(span('25.11.1963: Talks.'), ['25.11.1963', '1963-11-25', null, 'day', 'Talks.']);
  assert.deepEqual(span('1963-11-25: Talks.'), ['1963-11-25', '1963-11-25', null, 'day', 'Talks.']);
  assert.deepEqual(span('3/4/2023 Ministers meet.', { numericOrder: 'md' }), ['3/4/2023', '2023-03-04', null, 'day', 'Ministers meet.']);
  assert.deepEqual(span('3/4/2023: Talks.', { numericOrder: 'dm' }), ['3/4/2023', '2023-04-03', null, 'day', 'Talks.']);
  assert.equal(parseLeadingDate('3/4/2023: Talks.'), null, 'ambiguous without the document');
  assert.equal(parseLeadingDate('4/4/2023: Talks.')?.dateStart, '2023-04-04');
});

test('numericDateOrder: a number above 12 in any numeric date of the document decides', () => {
  assert.equal(numericDateOrder(['11/25/63: Talks.', '3/4/64: Talks.']), 'md');
  assert.equal(numericDateOrder(['• 25/11/1963 – Talks.', '3/4/1964 – Talks.']), 'dm');
  assert.equal(numericDateOrder(['3/4/2022 – Talks.']), undefined);
  assert.equal(numericDateOrder(['11/25/63: Talks.', '25/11/63: Talks.']), undefined);
});

test('a two-digit year lands in the century nearest the document, else 1931–2030', () => {
  const md = { numericOrder: 'md' } as const;
  assert.equal(parseLeadingDate('3/4/05: Talks.', md)?.dateStart, '2005-03-04');
  assert.equal(parseLeadingDate('3/4/45: Talks.', md)?.dateStart, '1945-03-04');
  assert.equal(parseLeadingDate('3/4/05: Talks.', { ...md, periodStart: '1899-01-01', periodEnd: '1910-12-31' })?.dateStart, '1905-03-04');
  assert.equal(parseLeadingDate('3/4/99: Talks.', { ...md, fallbackYear: 2001 })?.dateStart, '1999-03-04');
});

test('numbers that are not numeric dates', () => {
  for (const line of ['24/7 coverage begins.', '1/2 of the troops leave.', '13/13/2023: Talks.', '2023-13-01: Talks.', '9/11 Commission reports.', '2023-02-30: Talks.']) {
    assert.equal(parseLeadingDate(line), null, line);
  }
});

test('seasons span their months; a winter across two years starts in December', () => {
  assert.deepEqual(span('Spring 1921: Talks.'), ['Spring 1921', '1921-03-01', '1921-05-31', 'month', 'Talks.']);
  assert.deepEqual(span('Spring-Summer 1921: Talks.'), ['Spring-Summer 1921', '1921-03-01', '1921-08-31', 'month', 'Talks.']);
  assert.deepEqual(span('Fall 1950 - Talks.'), ['Fall 1950', '1950-09-01', '1950-11-30', 'month', 'Talks.']);
  assert.deepEqual(span('Winter 1950-51: Talks.'), ['Winter 1950-51', '1950-12-01', '1951-02-28', 'month', 'Talks.']);
  assert.deepEqual(span('Late summer 1950: Talks.'), ['Late summer 1950', '1950-06-01', '1950-08-31', 'month', 'Talks.']);
  assert.equal(parseLeadingDate('Summer Davos opens in Tianjin.'), null);
  assert.equal(parseLeadingDate('Fall of Saigon: the embassy closes.'), null);
});

test('vague parts of a year or month are dated by the whole year, decade or month', () => {
  assert.deepEqual(span('Early 1950: Talks.'), ['Early 1950', '1950-01-01', '1950-12-31', 'year', 'Talks.']);
  assert.deepEqual(span('Mid-1950s: Talks.'), ['Mid-1950s', '1950-01-01', '1959-12-31', 'year', 'Talks.']);
  assert.deepEqual(span('c. 1950: Talks.'), ['c. 1950', '1950-01-01', '1950-12-31', 'year', 'Talks.']);
  assert.deepEqual(span('Late March 1950: Talks.'), ['Late March 1950', '1950-03-01', '1950-03-31', 'month', 'Talks.']);
  assert.equal(parseLeadingDate('Late talks resume.'), null);
});

test('a month running to a day, and a year range with its end abbreviated', () => {
  assert.deepEqual(span('May-September 16, 1939: Border war.'), ['May-September 16, 1939', '1939-05-01', '1939-09-16', 'day', 'Border war.']);
  assert.deepEqual(span('1950-53: War.'), ['1950-53', '1950-01-01', '1953-12-31', 'year', 'War.']);
  assert.equal(parseLeadingDate('1950-53 War.'), null);
  assert.equal(parseLeadingDate('1953-50: War.'), null);
});

test('year first, a weekday before the date, and "to" in a range', () => {
  assert.deepEqual(span('1994, July 8: Leader dies.'), ['1994, July 8', '1994-07-08', null, 'day', 'Leader dies.']);
  assert.deepEqual(span('1954 June: Premier visits.'), ['1954 June', '1954-06-01', '1954-06-30', 'month', 'Premier visits.']);
  assert.deepEqual(span('2023 March 3-5 - Talks.'), ['2023 March 3-5', '2023-03-03', '2023-03-05', 'day', 'Talks.']);
  assert.deepEqual(span('Friday, April 27, 2018: Leaders meet.'), ['Friday, April 27, 2018', '2018-04-27', null, 'day', 'Leaders meet.']);
  assert.deepEqual(span('Mon 3 March 2014 – Talks.'), ['Mon 3 March 2014', '2014-03-03', null, 'day', 'Talks.']);
  assert.deepEqual(span('November 28 to December 10, 1956: Tour.'), ['November 28 to December 10, 1956', '1956-11-28', '1956-12-10', 'day', 'Tour.']);
  assert.deepEqual(span('March 3 to 5, 2020: Talks.'), ['March 3 to 5, 2020', '2020-03-03', '2020-03-05', 'day', 'Talks.']);
  assert.equal(parseLeadingDate('Sun Yat-sen founds a party.'), null);
  assert.equal(parseLeadingDate('1954 Geneva Conference opens.'), null);
});
