import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanJson } from './json-scan.ts';
import { readEventsJson } from './read-json.ts';

const event = (over: Record<string, unknown> = {}) => ({ date_start: '2023-01-11', summary: 'Ministers meet.', countries: ['JP'], ...over });
const doc = (events: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ format: 'briefing-book/events', version: 1, exported_at: '2023-05-01T00:00:00.000Z', events, ...extra }, null, 2);
const reasons = (text: string) => readEventsJson(text).problems.map((p) => p.reason);

test('the exported object and a bare array are both read, with the documented defaults', () => {
  const full = {
    id: 3,
    date_start: '2023-01-11',
    date_end: '2023-01-12',
    precision: 'day',
    date_text: 'Jan. 11-12, 2023',
    summary: 'Ministers meet.',
    type: 'meeting',
    category: 'diplomacy',
    location: 'Tokyo',
    countries: ['JP', 'us'],
    people: ['blinken-antony'],
    groupings: ['QUAD'],
    links: [{ label: 'meet', url: 'https://www.state.gov/', kind: 'source' }, { label: 'Joint Statement', url: null, kind: 'document' }],
    source: null,
    source_line: 5,
    warnings: ['check the date'],
  };
  for (const text of [doc([full]), JSON.stringify([full]), `\uFEFF${doc([full])}`]) {
    const read = readEventsJson(text, { title: 'events.json' });
    assert.deepEqual(read.problems, []);
    assert.deepEqual(read.notes, []);
    assert.deepEqual(read.entries, [
      {
        sourceLine: 5,
        dateText: 'Jan. 11-12, 2023',
        dateStart: '2023-01-11',
        dateEnd: '2023-01-12',
        precision: 'day',
        summary: 'Ministers meet.',
        type: 'meeting',
        category: 'diplomacy',
        location: 'Tokyo',
        countries: [{ code: 'JP', via: 'import' }, { code: 'US', via: 'import' }],
        people: ['blinken-antony'],
        groupings: ['QUAD'],
        links: full.links,
        warnings: ['check the date'],
      },
    ]);
    assert.equal(read.source.title, 'events.json');
  }
  const minimal = readEventsJson(JSON.stringify([{ date_start: '2023-01-11', summary: 'x' }])).entries[0];
  assert.deepEqual([minimal?.precision, minimal?.type, minimal?.category, minimal?.dateEnd, minimal?.countries], ['day', 'other', 'other', null, []]);
});

test('an empty file is a problem', () => {
  for (const text of ['', '\uFEFF', ' \n ']) assert.match(reasons(text)[0] ?? '', /^the file is empty/);
});

test('text that is not JSON is refused with its line and column, whatever the error', () => {
  const cases: Array<[string, string]> = [
    ['{\n  "events": [\n    {"summary": "x",}\n  ]\n}', 'not valid JSON at line 3, column 21: expected a property name in double quotes, found "}"'],
    ['{"events": [x]}', 'not valid JSON at line 1, column 13: expected a value (a string, number, object, array, true, false or null), found "x"'],
    ['[\n{"summary": "never closed}\n]', 'not valid JSON at line 2, column 27: a control character (such as a line break) inside a string; write it as \\n, \\t or \\u00XX'],
    ['[{"summary": "x"', 'not valid JSON at line 1, column 17: the file ends before the JSON value is complete'],
    ['[1,,2]', 'not valid JSON at line 1, column 4: expected a value (a string, number, object, array, true, false or null), found ","'],
    ['[] []', 'not valid JSON at line 1, column 4: more text after the end of the JSON value'],
    ['["\\x"]', 'not valid JSON at line 1, column 3: "\\x" is not a JSON escape'],
    ["{'events': []}", 'not valid JSON at line 1, column 2: expected a property name in double quotes, found "\'"'],
  ];
  for (const [text, reason] of cases) {
    const read = readEventsJson(text);
    assert.deepEqual(read.entries, []);
    assert.deepEqual(read.problems.map((p) => p.reason), [reason], text);
  }
  assert.equal(readEventsJson('{\n  "events": [\n    {"summary": "x",}\n  ]\n}').problems[0]?.text, '    {"summary": "x",}');
});

test('a document that is not an events file says why', () => {
  assert.deepEqual(reasons('42'), ['expected an object with "format": "briefing-book/events" and "events", or an array of events; found a number (42)']);
  assert.deepEqual(reasons(doc([], { format: 'someone-else/v2' })), ['"format" is "someone-else/v2"; expected "briefing-book/events"']);
  assert.deepEqual(reasons(doc([event()], { version: 2 })), ['the file is version 2 of the format, written by a newer Briefing Book; this one reads version 1']);
  assert.deepEqual(reasons(doc([event()], { version: '1' })), ['"version" is "1"; expected 1']);
  assert.deepEqual(reasons(doc({ a: 1 })), ['"events" should be an array of events; found an object']);
  assert.deepEqual(reasons(doc([])), ['the file has no events']);
  assert.deepEqual(reasons('[]'), ['the file has no events']);
});

test('a missing format or version, and unknown fields, are notes; the events are kept', () => {
  const read = readEventsJson(JSON.stringify({ events: [event({ analyst: 'kim' })], comment: 'hi' }));
  assert.equal(read.entries.length, 1);
  assert.deepEqual(read.notes, [
    'no "format" field: read as briefing-book/events',
    'no "version" field: read as version 1',
    'unknown top-level field "comment" is ignored',
    'unknown event field "analyst" is ignored',
  ]);
});

test('wrong types name the event, its line and the field; the valid events are kept', () => {
  const events = [
    event({ summary: 'Good one.' }),
    event({ countries: 'JP;US' }),
    'just a string',
    event({ summary: 5, id: '7' }),
    event({ links: [{ label: 'x', url: 'ftp://x.org/' }], warnings: 'one' }),
    event({ date_start: '2023-02-30', precision: 'week' }),
    event({ summary: 'Good two.' }),
  ];
  const read = readEventsJson(doc(events));
  assert.deepEqual(read.entries.map((e) => e.summary), ['Good one.', 'Good two.']);
  assert.deepEqual(
    read.problems.map((p) => [p.line, p.reason]),
    [
      [13, 'event 2: countries: Invalid input: expected array, received string'],
      [18, 'event 3: expected an object with the event\'s fields; found a string ("just a string")'],
      [19, 'event 4: id: Invalid input: expected number, received string; summary: Invalid input: expected string, received number'],
      [27, 'event 5: links[0].url: "ftp://x.org/" is not an http(s) URL; warnings: Invalid input: expected array, received string'],
      [41, 'event 6: date_start: February 2023 has no day 30 ("2023-02-30"); precision: "week" is not one of day, month, year'],
    ],
  );
  assert.equal(read.problems[0]?.text, '{"date_start":"2023-01-11","summary":"Ministers meet.","countries":"JP;US"}');
});

test('numbers beyond 2^53 − 1, fractions and zero in id and source_line are reported', () => {
  const text = `[${['{"date_start":"2023-01-11","summary":"a","id":9007199254740993}', '{"date_start":"2023-01-11","summary":"b","source_line":1.5}', '{"date_start":"2023-01-11","summary":"c","id":0}', '{"date_start":"2023-01-11","summary":"d","id":1e400}'].join(',\n')}]`;
  assert.deepEqual(reasons(text), [
    'event 1: id: about 9007199254740992 is beyond 2^53 − 1, the largest whole number kept exactly',
    'event 2: source_line: 1.5 is not a whole number from 1 to 2^53 − 1',
    'event 3: id: 0 is not a whole number from 1 to 2^53 − 1',
    'event 4: id: Invalid input: expected number, received Infinity',
  ]);
});

test('a repeated id is reported on the later event, naming the first', () => {
  const read = readEventsJson(doc([event({ id: 4, summary: 'One.' }), event({ id: 4, summary: 'Two.' })]));
  assert.deepEqual(read.entries.map((e) => e.summary), ['One.']);
  assert.deepEqual(read.problems.map((p) => p.reason), ['event 2: id: 4 is already used by event 1 (line 6)']);
});

test('NUL characters are reported with the field', () => {
  assert.deepEqual(reasons(doc([event({ summary: 'a\u0000b', links: [{ label: 'x\u0000', url: null }] })])), ['event 1: summary: contains a NUL character; links: contains a NUL character']);
});

test('the scanner finds each event, not the arrays inside them, and keeps the last "events"', () => {
  const text = '{"events": [1], "x": [[9]], "events": [ {"links": [{"a": [1]}]} , "b" ]}';
  assert.deepEqual(scanJson(text).eventOffsets, [text.indexOf('{"links"'), text.indexOf('"b"')]);
  assert.deepEqual(scanJson('[ 1, [2, 3], {"events": [4]} ]').eventOffsets, [2, 5, 13]);
  assert.equal(scanJson('['.repeat(100_000) + ']'.repeat(100_000)).error, null);
});
