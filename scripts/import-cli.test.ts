/**
 * The import command-line tools, run as a user runs them (a child Node process), on the
 * fixtures in fixtures/chronologies and on broken files written to a temporary folder.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

const repo = path.resolve(import.meta.dirname, '..');
const fixtures = path.join(repo, 'fixtures/chronologies');
const markdown = path.join(fixtures, 'us-japan-2023-markdown.md');
const markdownTruth = path.join(fixtures, 'us-japan-2023-markdown.truth.jsonl');
const history = path.join(fixtures, 'japan-korea-history.txt');
const historyTruth = path.join(fixtures, 'japan-korea-history.truth.jsonl');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-cli-'));

function run(script: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(repo, 'scripts', script), ...args], { cwd: repo, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function write(name: string, content: string | Uint8Array): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
}

const SUMMARY = /^dates \d+\/\d+, countries F1 \d\.\d\d, types \d+\/\d+, missed \d+, spurious \d+$/;

test('import:parse prints one block per entry, then the unreadable lines with their numbers', () => {
  const r = run('import-parse.ts', markdown);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^.*us-japan-2023-markdown\.md: CHRONOLOGY OF US-JAPAN RELATIONS \[US-JP\], period 2023-01-01 to 2023-04-30\n12 entries, 1 problems\n/);
  assert.match(r.out, /line 15 {2}Jan\. 13 {2}→ {2}2023-01-13 \(day\)\n {2}summary {3}Prime Minister Kishida Fumio is received by President Joe Biden at the White House\.\n {2}countries JP, US\n {2}people {4}kishida-fumio, biden-joe\n {2}type {6}summit \/ diplomacy\n {2}location {2}the White House\n {2}warnings {2}no year in "Jan\. 13": taken from the period \(2023\)\n/);
  assert.match(r.out, /line 21 {2}March 21-23, 2023 {2}→ {2}2023-03-21 to 2023-03-23 \(day\)/);
  assert.match(r.out, /Problems \(not imported\):\n {2}line 18: looks like an entry but has no readable date: - Feb\. 30, 2023:/);
  assert.match(r.out, /Left out:\n {2}lines 1-3: text before the chronology/);
});

test('import:parse --json prints the entries only; problems go to stderr', () => {
  const r = run('import-parse.ts', markdown, '--json');
  assert.equal(r.code, 0, r.err);
  const entries = JSON.parse(r.out) as Array<Record<string, unknown>>;
  assert.equal(entries.length, 12);
  assert.deepEqual(entries[6], {
    line: 21,
    date_text: 'March 21-23, 2023',
    date_start: '2023-03-21',
    date_end: '2023-03-23',
    precision: 'day',
    countries: ['JP', 'UA'],
    people: ['kishida-fumio', 'zelenskyy-volodymyr'],
    type: 'visit',
    category: 'diplomacy',
    location: null,
    warnings: [],
    summary: 'Kishida travels by train via Poland to Kyiv, where he meets President Volodymyr Zelenskyy.',
  });
  assert.match(r.err, /^line 18: looks like an entry but has no readable date/);
});

test('import:parse refuses what it cannot read with exit 2 and a reason', () => {
  const cases: Array<[string[], RegExp]> = [
    [[path.join(tmp, 'missing.txt')], /cannot read .*missing\.txt: no such file/],
    [[write('nul.txt', 'Jan. 11, 2023: A\u0000B\n')], /nul\.txt is not a text file \(it holds a NUL byte at byte 17\)/],
    [[write('latin1.txt', Buffer.from([...Buffer.from('Jan. 11, 2023: caf'), 0xe9, 0x0a]))], /latin1\.txt is not UTF-8 text/],
    [[write('empty.txt', '')], /empty\.txt is empty/],
    [[write('events.csv', 'date,summary\n')], /expected chronology text \(\.txt or \.md\), not a \.csv file/],
    [[tmp + path.sep + '.'], /expected chronology text/],
    [[], /^usage: npm run import:parse/],
    [[markdown, '--yaml'], /unknown option --yaml/],
  ];
  for (const [args, message] of cases) {
    const r = run('import-parse.ts', ...args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
    assert.match(r.err, message);
    assert.equal(r.out, '');
  }
});

test('eval:import lists each mismatch above the figures; the last line is the total', () => {
  const lines = fs.readFileSync(markdownTruth, 'utf8').trimEnd().split('\n');
  // Two deliberate errors in a copy of the truth: a type and a country set.
  lines[1] = lines[1]!.replace('"type": "meeting"', '"type": "call"');
  lines[8] = lines[8]!.replace('"countries": ["JP"]', '"countries": ["JP", "KR"]');
  const truth = write('wrong.truth.jsonl', `${lines.join('\n')}\n`);
  const r = run('eval-import.ts', markdown, truth);
  assert.equal(r.code, 0, r.err);
  const out = r.out.trimEnd().split('\n');
  assert.equal(out.at(-1), 'dates 12/12, countries F1 0.98, types 11/12, missed 0, spurious 0');
  assert.match(out.at(-1)!, SUMMARY);
  assert.ok(out.includes('  type      line 10 "Jan. 11, 2023": expected call, got meeting'), r.out);
  assert.ok(out.includes('  countries line 23 "April 9, 2023": expected JP,KR, got JP'), r.out);
});

test('eval:import over several pairs, and as one JSON object', () => {
  const r = run('eval-import.ts', markdown, markdownTruth, history, historyTruth);
  assert.equal(r.code, 0, r.err);
  const out = r.out.trimEnd().split('\n');
  assert.match(out.at(-2)!, /^Total over 2 files: countries precision/);
  assert.equal(out.at(-1), 'dates 23/23, countries F1 1.00, types 23/23, missed 0, spurious 0');

  const j = run('eval-import.ts', markdown, markdownTruth, history, historyTruth, '--json');
  assert.equal(j.code, 0, j.err);
  const o = JSON.parse(j.out) as { files: Array<{ chronology: string; figures: { expected: number } }>; total: { summary: string; datesExact: number } };
  assert.deepEqual(o.files.map((f) => [path.basename(f.chronology), f.figures.expected]), [['us-japan-2023-markdown.md', 12], ['japan-korea-history.txt', 11]]);
  assert.equal(o.total.summary, 'dates 23/23, countries F1 1.00, types 23/23, missed 0, spurious 0');
});

test('eval:import refuses a bad truth file or unreadable input with exit 2 and a reason', () => {
  const badLine = write('bad.truth.jsonl', `${fs.readFileSync(markdownTruth, 'utf8').split('\n')[0]}\n{"date_text": "Jan. 11, 2023", "date_start": "2023-01-11", "countries": ["JP"], "type": "party"}\n`);
  const cases: Array<[string[], RegExp]> = [
    [[markdown, badLine], /bad\.truth\.jsonl: line 2: type must be one of meeting/],
    [[markdown, write('empty.truth.jsonl', '\n')], /empty\.truth\.jsonl: .*empty|no entries/],
    [[markdown, path.join(tmp, 'nowhere.jsonl')], /cannot read .*nowhere\.jsonl: no such file/],
    [[path.join(tmp, 'nowhere.txt'), markdownTruth], /cannot read .*nowhere\.txt: no such file/],
    [[markdown], /^usage: npm run eval:import/],
    [[markdown, markdownTruth, '--csv'], /unknown option --csv/],
  ];
  for (const [args, message] of cases) {
    const r = run('eval-import.ts', ...args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
    assert.match(r.err, message);
    assert.equal(r.out, '');
  }
});
