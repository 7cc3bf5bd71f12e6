/**
 * npm run crash:import in small: a few kill -9 trials on a small import, each of which must
 * leave the store with all of the import or none of it, and sound.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCrashTrials, summary } from './crash-import.ts';

test('an import killed with SIGKILL at a random moment leaves all of it or none of it, and a sound store', async () => {
  const lines: string[] = [];
  const results = await runCrashTrials({ trials: 3, entries: 5000, priorEntries: 200, log: (line) => lines.push(line) });
  assert.equal(results.length, 3);
  assert.deepEqual(
    results.filter((r) => r.problems.length > 0),
    [],
    lines.join('\n'),
  );
  assert.match(summary(results), /^crash trials: 3\/3 consistent \(\d before commit, \d mid-import, \d after\)$/);
});
