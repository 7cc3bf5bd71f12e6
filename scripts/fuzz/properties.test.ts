/**
 * The fuzz properties, 50 to 500 cases each, from a new seed every run (printed, and given
 * again with any failure: FUZZ_SEED=<seed> node --test scripts/fuzz/properties.test.ts replays it).
 * The long run is `npm run fuzz`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CASE_LIMIT_MS, PROPERTIES } from './properties.ts';
import { runProperty } from './run-property.ts';

const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31;
console.log(`fuzz seed ${seed} (FUZZ_SEED=${seed} replays it)`);

for (const property of PROPERTIES) {
  const runs = property.shortRuns;
  test(`${property.name}: ${runs} cases, no exception, none over ${CASE_LIMIT_MS} ms`, async () => {
    const outcome = await runProperty(property, runs, seed);
    assert.equal(outcome.failed, false, `seed ${seed}: ${outcome.report}`);
    assert.equal(outcome.cases, runs);
  });
}
