/**
 * The importer against every hand-made truth file in fixtures/chronologies: every date exact,
 * nothing missed or invented, and country and type scores no lower than when the truth files
 * were written. The seed chronology lives outside the repository and is scored when present.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { combine, evaluate, parseTruth, summaryLine, type Figures } from './evaluate.ts';
import { parseDocument } from './parse-document.ts';

const repo = path.resolve(import.meta.dirname, '../..');
const dir = path.join(repo, 'fixtures/chronologies');
const SEED = path.resolve(repo, '../shared/seeds/comparative-connections-us-japan-2023-05.txt');

/** Chronology for each truth file, and the lines the reader must report as unreadable. */
const PAIRS: Array<{ truth: string; chronology: string; problemLines: number[] }> = [
  { truth: 'us-japan-2023-markdown.truth.jsonl', chronology: path.join(dir, 'us-japan-2023-markdown.md'), problemLines: [18] },
  { truth: 'us-china-2009-q3.truth.jsonl', chronology: path.join(dir, 'us-china-2009-q3.txt'), problemLines: [4, 22] },
  { truth: 'china-korea-2009-flattened.truth.jsonl', chronology: path.join(dir, 'china-korea-2009-flattened.txt'), problemLines: [] },
  { truth: 'japan-korea-history.truth.jsonl', chronology: path.join(dir, 'japan-korea-history.txt'), problemLines: [] },
  { truth: 'us-china-2024-inline-heading.truth.jsonl', chronology: path.join(dir, 'us-china-2024-inline-heading.txt'), problemLines: [] },
  { truth: 'no-heading-problems.truth.jsonl', chronology: path.join(dir, 'no-heading-problems.txt'), problemLines: [2, 3] },
  { truth: 'us-korea-2025-heldout.truth.jsonl', chronology: path.join(dir, 'us-korea-2025-heldout.txt'), problemLines: [] },
  { truth: 'japan-australia-2024-heldout.truth.jsonl', chronology: path.join(dir, 'japan-australia-2024-heldout.md'), problemLines: [] },
  { truth: 'seed-us-japan-2023.truth.jsonl', chronology: SEED, problemLines: [] },
];

/** Every file reached country F1 1.00 and every type right; per file, this little slack is allowed. */
const MIN_COUNTRY_F1 = 0.97;
const MAX_TYPE_MISSES = 1;

test('every truth file in fixtures/chronologies has its chronology listed here', () => {
  const listed = new Set(PAIRS.map((p) => p.truth));
  const found = fs.readdirSync(dir).filter((f) => f.endsWith('.truth.jsonl'));
  assert.deepEqual(found.filter((f) => !listed.has(f)), []);
});

const all: Figures[] = [];

for (const pair of PAIRS) {
  test(`the importer against ${pair.truth}`, (t) => {
    if (!fs.existsSync(pair.chronology)) {
      t.skip(`${pair.chronology} is not available here`);
      return;
    }
    const doc = parseDocument(fs.readFileSync(pair.chronology, 'utf8'));
    const f = evaluate(doc.entries, parseTruth(fs.readFileSync(path.join(dir, pair.truth), 'utf8')));
    all.push(f);
    const detail = `${summaryLine(f)}\n${f.mismatches.map((m) => `  ${m.kind} line ${m.line} "${m.dateText}": ${m.expected} / ${m.got}`).join('\n')}`;
    assert.equal(f.datesExact, f.expected, detail);
    assert.equal(f.missed, 0, detail);
    assert.equal(f.spurious, 0, detail);
    assert.ok(f.countries.f1 >= MIN_COUNTRY_F1, detail);
    assert.ok(f.typesRight >= f.expected - MAX_TYPE_MISSES, detail);
    assert.deepEqual(doc.problems.map((p) => p.line), pair.problemLines);
  });
}

test('over all files: country F1 at least 0.99, types at least 99%', () => {
  const total = combine(all);
  assert.ok(total.expected >= 50, summaryLine(total));
  assert.ok(total.countries.f1 >= 0.99, summaryLine(total));
  assert.ok(total.typesRight >= 0.99 * total.expected, summaryLine(total));
});
