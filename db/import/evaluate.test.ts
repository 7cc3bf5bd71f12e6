import assert from 'node:assert/strict';
import { test } from 'node:test';
import { combine, evaluate, normaliseDateText, parseTruth, summaryLine, TruthError, type EvaluatedEntry } from './evaluate.ts';

const truthLine = (o: Record<string, unknown>) => JSON.stringify({ date_end: null, type: 'meeting', ...o });

function entry(dateText: string, dateStart: string, codes: string[], type = 'meeting', dateEnd: string | null = null, sourceLine = 1): EvaluatedEntry {
  return { sourceLine, dateText, dateStart, dateEnd, countries: codes.map((code) => ({ code })), type };
}

test('a truth file: single days with date_end null or equal, alternatives, blank lines', () => {
  const truth = parseTruth(
    [
      truthLine({ date_text: 'Jan. 11, 2023', date_start: '2023-01-11', countries: ['JP', 'US'] }),
      '',
      truthLine({ date_text: 'Jan. 12, 2023', date_start: '2023-01-12', date_end: '2023-01-12', countries: ['JP'], alt_countries: [['CN', 'JP']], alt_type: ['call'] }),
    ].join('\n'),
  );
  assert.equal(truth.length, 2);
  assert.equal(truth[0]!.dateEnd, '2023-01-11');
  assert.equal(truth[1]!.dateEnd, '2023-01-12');
  assert.equal(truth[1]!.line, 3);
  assert.deepEqual(truth[1]!.altCountries, [['CN', 'JP']]);
  assert.deepEqual(truth[1]!.altTypes, ['call']);
});

test('bad truth lines are refused with their line number and what is wrong', () => {
  const ok = { date_text: 'Jan. 11, 2023', date_start: '2023-01-11', countries: ['JP', 'US'] };
  const cases: Array<[string, RegExp]> = [
    ['{not json', /line 2: not valid JSON/],
    ['[1, 2]', /line 2: each line must be one JSON object/],
    [truthLine({ ...ok, date_text: '' }), /line 2: date_text/],
    [truthLine({ ...ok, date_start: '2023-02-30' }), /line 2: date_start must be a real date/],
    [truthLine({ ...ok, date_end: '2023-01-10' }), /line 2: date_end 2023-01-10 is before date_start/],
    [truthLine({ ...ok, countries: ['US', 'JP'] }), /line 2: countries must be sorted: \["JP","US"\]/],
    [truthLine({ ...ok, countries: ['JP', 'XX'] }), /line 2: countries: unknown country code "XX"/],
    [truthLine({ ...ok, countries: 'JP' }), /line 2: countries must be an array/],
    [truthLine({ ...ok, type: 'party' }), /line 2: type must be one of meeting, visit/],
    [truthLine({ ...ok, alt_type: 'call' }), /line 2: alt_type must be an array/],
    [truthLine({ ...ok, alt_countries: [['US', 'CN']] }), /line 2: alt_countries\[0\] must be sorted/],
    [truthLine({ ...ok, alt_country: [] }), /line 2: unknown field "alt_country"/],
  ];
  for (const [bad, message] of cases) {
    assert.throws(() => parseTruth(`${truthLine(ok)}\n${bad}`), (e: unknown) => e instanceof TruthError && e.line === 2 && message.test(e.message), bad);
  }
});

test('date texts compare without regard to dashes, dots, commas, spacing or case', () => {
  assert.equal(normaliseDateText('Oct. 29–Nov. 2, 2009'), normaliseDateText('oct 29 - nov 2 2009'));
  assert.notEqual(normaliseDateText('March 6-7, 2023'), normaliseDateText('March 6, 2023'));
});

test('a perfect reading', () => {
  const truth = parseTruth(
    [
      truthLine({ date_text: 'March 6-7, 2023', date_start: '2023-03-06', date_end: '2023-03-07', countries: ['JP', 'US'] }),
      truthLine({ date_text: 'December 1991', date_start: '1991-12-01', date_end: '1991-12-31', countries: ['RU'], type: 'other' }),
    ].join('\n'),
  );
  const f = evaluate([entry('March 6-7, 2023', '2023-03-06', ['US', 'JP'], 'meeting', '2023-03-07'), entry('December 1991', '1991-12-01', ['RU'], 'other', '1991-12-31')], truth);
  assert.equal(summaryLine(f), 'dates 2/2, countries F1 1.00, types 2/2, missed 0, spurious 0');
  assert.deepEqual(f.mismatches, []);
});

test('several entries on one date align in order; missed and spurious entries are counted and listed', () => {
  const truth = parseTruth(
    [
      truthLine({ date_text: 'Jan. 11, 2023', date_start: '2023-01-11', countries: ['JP', 'US'] }),
      truthLine({ date_text: 'Jan. 11, 2023', date_start: '2023-01-11', countries: ['JP', 'KR', 'US'] }),
      truthLine({ date_text: 'Jan. 12, 2023', date_start: '2023-01-12', countries: ['JP'] }),
      truthLine({ date_text: 'Jan. 14, 2023', date_start: '2023-01-14', countries: ['JP'] }),
    ].join('\n'),
  );
  const parsed = [
    entry('Jan. 11, 2023', '2023-01-11', ['JP', 'US'], 'meeting', null, 10),
    entry('Jan. 11, 2023', '2023-01-11', ['JP', 'KR', 'US'], 'meeting', null, 11),
    entry('Jan. 13, 2023', '2023-01-13', ['JP'], 'meeting', null, 12),
    entry('Jan. 14, 2023', '2023-01-14', ['JP'], 'meeting', null, 13),
  ];
  const f = evaluate(parsed, truth);
  assert.equal(summaryLine(f), 'dates 3/4, countries F1 1.00, types 3/4, missed 1, spurious 1');
  assert.deepEqual(
    f.mismatches.map((m) => [m.kind, m.line, m.dateText]),
    [
      ['missed', 3, 'Jan. 12, 2023'],
      ['spurious', 12, 'Jan. 13, 2023'],
    ],
  );
});

test('a misread range still pairs with its entry and counts as a wrong date', () => {
  const truth = parseTruth(truthLine({ date_text: 'March 6-7, 2023', date_start: '2023-03-06', date_end: '2023-03-07', countries: ['JP'] }));
  const f = evaluate([entry('March 6', '2023-03-06', ['JP'])], truth);
  assert.equal(summaryLine(f), 'dates 0/1, countries F1 1.00, types 1/1, missed 0, spurious 0');
  assert.deepEqual(f.mismatches[0], { kind: 'date', line: 1, dateText: 'March 6', expected: '2023-03-06..2023-03-07', got: '2023-03-06' });
});

test('countries: micro-averaged over entries, organisations ignored, the closest accepted set counts', () => {
  const truth = parseTruth(
    [
      truthLine({ date_text: 'Jan. 1, 2023', date_start: '2023-01-01', countries: ['JP', 'US'] }),
      truthLine({ date_text: 'Jan. 2, 2023', date_start: '2023-01-02', countries: ['JP', 'NL', 'US'], alt_countries: [['CN', 'JP', 'NL', 'US']] }),
      truthLine({ date_text: 'Jan. 3, 2023', date_start: '2023-01-03', countries: ['CA', 'DE', 'EU', 'FR', 'GB', 'IT', 'JP', 'US'], type: 'statement', alt_type: ['meeting'] }),
    ].join('\n'),
  );
  const parsed = [
    // one false positive (DE), one false negative (US)
    entry('Jan. 1, 2023', '2023-01-01', ['JP', 'DE']),
    // matches the alternative exactly
    entry('Jan. 2, 2023', '2023-01-02', ['CN', 'JP', 'NL', 'US'], 'agreement'),
    // EU on neither side counts; missing IT is one false negative
    entry('Jan. 3, 2023', '2023-01-03', ['CA', 'DE', 'FR', 'GB', 'JP', 'US', 'NATO'], 'meeting'),
  ];
  const f = evaluate(parsed, truth);
  // tp = 1 + 4 + 6, fp = 1, fn = 1 + 1
  assert.deepEqual([f.countries.truePositives, f.countries.falsePositives, f.countries.falseNegatives], [11, 1, 2]);
  assert.equal(f.countries.f1, 22 / 25);
  assert.equal(summaryLine(f), 'dates 3/3, countries F1 0.88, types 2/3, missed 0, spurious 0');
  const byKind = f.mismatches.map((m) => `${m.kind} ${m.dateText}: ${m.expected} / ${m.got}`);
  assert.deepEqual(byKind, [
    'countries Jan. 1, 2023: JP,US / DE,JP',
    'type Jan. 2, 2023: meeting / agreement',
    'countries Jan. 3, 2023: CA,DE,FR,GB,IT,JP,US / CA,DE,FR,GB,JP,US',
  ]);
});

test('totals add the counts and average the country scores again', () => {
  const truth = parseTruth(truthLine({ date_text: 'Jan. 1, 2023', date_start: '2023-01-01', countries: ['JP', 'US'] }));
  const a = evaluate([entry('Jan. 1, 2023', '2023-01-01', ['JP', 'US'])], truth);
  const b = evaluate([entry('Jan. 1, 2023', '2023-01-01', ['JP'], 'call')], truth);
  const total = combine([a, b]);
  assert.equal(summaryLine(total), 'dates 2/2, countries F1 0.85, types 1/2, missed 0, spurious 0');
  assert.equal(total.countries.f1, 6 / 7);
});

test('nothing expected and nothing found is a perfect country score', () => {
  const truth = parseTruth(truthLine({ date_text: '1991', date_start: '1991-01-01', date_end: '1991-12-31', countries: [], type: 'other' }));
  const f = evaluate([entry('1991', '1991-01-01', [], 'other', '1991-12-31')], truth);
  assert.equal(summaryLine(f), 'dates 1/1, countries F1 1.00, types 1/1, missed 0, spurious 0');
});
