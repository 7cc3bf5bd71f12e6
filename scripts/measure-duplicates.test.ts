import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LIKELY_DUPLICATE } from '../db/duplicates.ts';
import { precisionRecall } from './measure-duplicates.ts';

// The figures docs/DUPLICATES.md reports: a change to the scoring or the gates that loses them fails here.
test('on the overlapping chronologies the detector finds every labelled duplicate and flags at most one other pair', async () => {
  const { precision, recall, flagged } = await precisionRecall(LIKELY_DUPLICATE);
  assert.equal(recall, 1, 'every labelled duplicate is flagged');
  assert.ok(precision >= 0.9, `precision ${precision.toFixed(2)} from ${flagged} flagged pairs`);
});
