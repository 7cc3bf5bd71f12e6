/**
 * npm run crash in small: three kill -9 trials of each kind, all of which must leave the
 * store consistent, and a tally that says so.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runAllCrashTrials } from './crash-trials.ts';

test('imports and annotation saves killed with SIGKILL at random moments leave a consistent store and lose no answered save', async () => {
  const lines: string[] = [];
  const tally = await runAllCrashTrials({ seed: 20230111, importTrials: 3, noteTrials: 3, entries: 3000, log: (line) => lines.push(line) });
  const failed = [...tally.imports, ...tally.saves].filter((r) => r.problems.length > 0);
  assert.deepEqual(failed, [], lines.join('\n'));
  assert.equal(tally.ok, true);
  assert.equal(tally.imports.length, 3);
  assert.equal(tally.saves.length, 3);
  assert.ok(tally.saves.every((r) => r.acknowledged > 0), 'every saving process had saves answered before it was killed');
  assert.match(tally.lines[0]!, /^import: 3\/3 consistent \(\d before commit, \d mid-import, \d after\)$/);
  assert.match(tally.lines[1]!, /^annotation saves: 3\/3 consistent, [\d,]+ acknowledged saves, 0 lost \(unanswered at the kill: \d+ there whole, \d+ absent\)$/);
});
