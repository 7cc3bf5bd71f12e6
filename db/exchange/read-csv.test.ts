import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { readEventsCsv } from './read-csv.ts';

const HEADER = 'id,date_start,date_end,precision,date_text,summary,type,category,location,countries,people,groupings,links,source,source_line,warnings';
const row = (over: Partial<Record<string, string>> = {}) => {
  const cells: Record<string, string> = { id: '', date_start: '2023-01-11', date_end: '', precision: '', date_text: '', summary: 'Ministers meet.', type: '', category: '', location: '', countries: 'JP', people: '', groupings: '', links: '', source: '', source_line: '', warnings: '', ...over };
  return HEADER.split(',').map((c) => cells[c]).join(',');
};
const csv = (...lines: string[]) => [HEADER, ...lines].join('\n');
const summaries = (text: string) => readEventsCsv(text).entries.map((e) => e.summary);

test('a minimal row gets the documented defaults, and the source is the caller\'s file', () => {
  const text = 'date_start,summary\n2023-01-11,Ministers meet.\n';
  const read = readEventsCsv(text, { title: 'events.csv' });
  assert.deepEqual(read.problems, []);
  assert.deepEqual(read.entries, [
    { sourceLine: null, dateText: null, dateStart: '2023-01-11', dateEnd: null, precision: 'day', summary: 'Ministers meet.', type: 'other', category: 'other', location: null, countries: [], people: [], groupings: [], links: [], warnings: [] },
  ]);
  assert.equal(read.source.title, 'events.csv');
  assert.equal(read.source.contentHash, createHash('sha256').update(text).digest('hex'));
});

test('every field is read: lists, links, warnings, numbers, tokens in any case', () => {
  const line =
    '7,2023-01-11,2023-01-12,Day,"Jan. 11-12, 2023",Ministers meet.,SUMMIT,Security,Tokyo,jp; US,blinken-antony,QUAD,' +
    '"meet <https://www.state.gov/> | ""Joint Statement"" <https://www.state.gov/js> (document)",,12,"first\nsecond"';
  const read = readEventsCsv(csv(line));
  assert.deepEqual(read.problems, []);
  const [e] = read.entries;
  assert.deepEqual(
    { ...e, links: e?.links.map((l) => l.kind) },
    {
      sourceLine: 12,
      dateText: 'Jan. 11-12, 2023',
      dateStart: '2023-01-11',
      dateEnd: '2023-01-12',
      precision: 'day',
      summary: 'Ministers meet.',
      type: 'summit',
      category: 'security',
      location: 'Tokyo',
      countries: [{ code: 'JP', via: 'import' }, { code: 'US', via: 'import' }],
      people: ['blinken-antony'],
      groupings: ['QUAD'],
      links: ['source', 'document'],
      warnings: ['first', 'second'],
    },
  );
  assert.equal(e?.links[1]?.label, '"Joint Statement"');
});

test('an empty file, or one with only a BOM or blank lines, is a problem on line 1', () => {
  for (const text of ['', '\uFEFF', '\r\n\r\n  \n']) {
    const read = readEventsCsv(text);
    assert.deepEqual(read.entries, []);
    assert.equal(read.problems.length, 1);
    assert.equal(read.problems[0]?.line, 1);
    assert.match(read.problems[0]!.reason, /the file is empty/);
  }
});

test('a header with no rows says so', () => {
  const read = readEventsCsv(`\uFEFF${HEADER}\r\n`);
  assert.deepEqual(read.entries, []);
  assert.deepEqual(read.problems.map((p) => [p.line, p.reason]), [[1, 'the file has a header but no events']]);
});

test('a BOM, CRLF line ends and blank lines are read through', () => {
  const text = `\uFEFF${HEADER}\r\n${row({ summary: 'One.' })}\r\n\r\n${row({ summary: 'Two.' })}\r\n`;
  const read = readEventsCsv(text);
  assert.deepEqual(read.problems, []);
  assert.deepEqual(read.notes, []);
  assert.deepEqual(read.entries.map((e) => e.summary), ['One.', 'Two.']);
});

test('missing required columns refuse the file, naming them', () => {
  const read = readEventsCsv('id,date,text\n1,2023-01-11,Ministers meet.\n');
  assert.deepEqual(read.entries, []);
  assert.equal(read.problems.length, 1);
  assert.equal(read.problems[0]?.line, 1);
  assert.match(read.problems[0]!.reason, /missing required columns date_start, summary \(the header has: id, date, text\)/);
});

test('a column named twice refuses the file', () => {
  const read = readEventsCsv('date_start,summary,Summary\n2023-01-11,a,b\n');
  assert.deepEqual(read.entries, []);
  assert.match(read.problems[0]!.reason, /column "summary" appears twice \(columns 2 and 3\)/);
});

test('unknown columns are ignored with a note; the rows are kept', () => {
  const read = readEventsCsv('date_start,Analyst,summary,\n2023-01-11,kim,Ministers meet.,\n');
  assert.deepEqual(read.problems, []);
  assert.deepEqual(read.notes, ['unknown column "Analyst" (column 2) is ignored', 'column 4 has no name and is ignored']);
  assert.equal(read.entries.length, 1);
});

test('rows with too few or too many cells are reported with their line; the others are kept', () => {
  const read = readEventsCsv('date_start,summary,location\n2023-01-11,One.,Tokyo\n2023-01-12,Two.\n2023-01-13,Three, with a comma,Seoul\n2023-01-14,Four.,Paris,,\n');
  assert.deepEqual(read.entries.map((e) => e.summary), ['One.', 'Four.']);
  assert.deepEqual(
    read.problems.map((p) => [p.line, p.text, p.reason]),
    [
      [3, '2023-01-12,Two.', 'the row has 2 cells but the header has 3 (a missing delimiter, or a line break outside quotes?)'],
      [4, '2023-01-13,Three, with a comma,Seoul', 'the row has 4 cells but the header has 3 (an unquoted delimiter in a cell?)'],
    ],
  );
});

test('a repeated id is reported on the later row, naming the first', () => {
  const read = readEventsCsv(csv(row({ id: '5', summary: 'One.' }), row({ id: '6', summary: 'Two.' }), row({ id: '5', summary: 'Three.' })));
  assert.deepEqual(read.entries.map((e) => e.summary), ['One.', 'Two.']);
  assert.deepEqual(read.problems.map((p) => [p.line, p.reason]), [[4, 'id: 5 is already used on line 2']]);
});

test('impossible and out-of-range dates are reported with the field', () => {
  const cases: Array<[Partial<Record<string, string>>, RegExp]> = [
    [{ date_start: '2023-13-01' }, /^date_start: month 13 in "2023-13-01" does not exist$/],
    [{ date_start: '2023-02-30' }, /^date_start: February 2023 has no day 30/],
    [{ date_start: '1900-02-29' }, /^date_start: February 1900 has no day 29/],
    [{ date_start: '0000-01-01' }, /^date_start: year 0 in "0000-01-01" is outside 1000–2100$/],
    [{ date_start: '9999-01-01' }, /^date_start: year 9999 .* outside 1000–2100$/],
    [{ date_start: '0999-12-31' }, /outside 1000–2100/],
    [{ date_start: '2023/01/11' }, /^date_start: "2023\/01\/11" is not a date written YYYY-MM-DD$/],
    [{ date_start: '' }, /^date_start: /],
    [{ date_end: '2023-04-31' }, /^date_end: April 2023 has no day 31/],
    [{ date_end: '2023-01-10' }, /^date_end: 2023-01-10 is before date_start 2023-01-11$/],
  ];
  for (const [over, reason] of cases) {
    const read = readEventsCsv(csv(row(over)));
    assert.equal(read.entries.length, 0, JSON.stringify(over));
    assert.equal(read.problems[0]?.line, 2);
    assert.match(read.problems[0]!.reason, reason);
  }
  assert.deepEqual(summaries(csv(row({ date_start: '2024-02-29', date_end: '2100-12-31' }), row({ date_start: '1800-01-01' }))), ['Ministers meet.', 'Ministers meet.']);
});

test('ids and source lines beyond 2^53 − 1, or not whole numbers, are reported', () => {
  const cases: Array<[Partial<Record<string, string>>, string]> = [
    [{ id: '9007199254740993' }, 'id: 9007199254740993 is beyond 2^53 − 1, the largest whole number kept exactly'],
    [{ source_line: '99999999999999999999' }, 'source_line: 99999999999999999999 is beyond 2^53 − 1, the largest whole number kept exactly'],
    [{ id: '1.5' }, 'id: "1.5" is not a whole number'],
    [{ id: '-3' }, 'id: "-3" is not a whole number'],
    [{ id: '0' }, 'id: 0 is not a whole number from 1 to 2^53 − 1'],
  ];
  for (const [over, reason] of cases) assert.deepEqual(readEventsCsv(csv(row(over))).problems.map((p) => p.reason), [reason]);
  assert.deepEqual(readEventsCsv(csv(row({ id: '9007199254740991', source_line: '9007199254740991' }))).problems, []);
});

test('unknown countries, people and groupings are problems for their row, not a crash at commit', () => {
  const read = readEventsCsv(csv(row({ countries: 'JP;ZZ', people: 'nobody-at-all', groupings: 'NOPE' }), row({ summary: 'Fine.' })));
  assert.deepEqual(read.entries.map((e) => e.summary), ['Fine.']);
  assert.equal(
    read.problems[0]?.reason,
    'countries: unknown country code "ZZ" (not in this store); people: unknown person id "nobody-at-all" (not in this store); groupings: unknown grouping id "NOPE" (not in this store)',
  );
  // The store's own lists can be passed in (people an analyst added live only there).
  const known = { countries: new Set(['JP', 'ZZ']), people: new Set(['nobody-at-all']), groupings: new Set(['NOPE']) };
  assert.deepEqual(readEventsCsv(csv(row({ countries: 'JP;ZZ', people: 'nobody-at-all', groupings: 'NOPE' })), { known }).problems, []);
});

test('wrong values for type, category, precision, summary and links name the field', () => {
  const cases: Array<[Partial<Record<string, string>>, RegExp]> = [
    [{ type: 'party' }, /^type: "party" is not one of meeting, visit/],
    [{ category: 'sports' }, /^category: "sports" is not one of diplomacy/],
    [{ precision: 'week' }, /^precision: "week" is not one of day, month, year$/],
    [{ summary: '   ' }, /^summary: is empty$/],
    [{ links: 'Statement <javascript:alert(1)>' }, /^links\[0\]\.url: "javascript:alert\(1\)" is not an http\(s\) URL$/],
    [{ links: 'Statement <https://x.org/' }, /^links: "<" opens a URL that is never closed/],
  ];
  for (const [over, reason] of cases) assert.match(readEventsCsv(csv(row(over))).problems[0]?.reason ?? '', reason);
});

test('NUL bytes are reported with the field; the other rows are kept', () => {
  const read = readEventsCsv(csv(row({ summary: 'Bad\0summary' }), row({ summary: 'Good.' })));
  assert.deepEqual(read.entries.map((e) => e.summary), ['Good.']);
  assert.deepEqual(read.problems.map((p) => [p.line, p.reason]), [[2, 'summary: contains a NUL byte']]);
});

test('line numbers count the lines inside quoted cells (LF, CRLF and CR)', () => {
  for (const eol of ['\n', '\r\n', '\r']) {
    const text = [HEADER, row({ summary: `"One${eol}two${eol}three"` }), row({ date_start: '2023-02-30' })].join(eol);
    const read = readEventsCsv(text);
    assert.equal(read.entries[0]?.summary, `One${eol}two${eol}three`);
    assert.deepEqual(read.problems.map((p) => p.line), [5], JSON.stringify(eol));
  }
});

test('an unclosed quote is reported where it starts; the rows before it are kept', () => {
  const read = readEventsCsv(csv(row({ summary: 'One.' }), row({ summary: '"Two, never closed' }), row({ summary: 'Three.' })));
  assert.deepEqual(read.entries.map((e) => e.summary), ['One.']);
  assert.deepEqual(read.problems.map((p) => p.line), [3]);
  assert.match(read.problems[0]!.reason, /quoted cell that starts here is never closed/);
});

test('a stray quote inside an unquoted cell is kept as text', () => {
  assert.deepEqual(summaries(csv(row({ summary: 'The 5" gun' }), row({ summary: 'Next.' }))), ['The 5" gun', 'Next.']);
});

test('files saved with ";" or tab delimiters (Excel in many locales) are read', () => {
  const semicolon = 'date_start;summary;countries\n2023-01-11;"Ministers meet; agree.";"JP;US"\n';
  const tab = 'date_start\tsummary\tcountries\n2023-01-11\tMinisters meet, agree.\tJP;US\n';
  for (const text of [semicolon, tab]) {
    const read = readEventsCsv(text);
    assert.deepEqual(read.problems, []);
    assert.deepEqual(read.entries[0]?.countries.map((c) => c.code), ['JP', 'US']);
  }
});

test('a row\'s source title is not kept, and the note says so', () => {
  const read = readEventsCsv(csv(row({ source: 'Old chronology' })), { title: 'events.csv' });
  assert.deepEqual(read.notes, ['the source column is not kept: the imported events are filed under "events.csv"']);
});
