import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeGrowth, slope } from './growth.ts';

const minutes = Array.from({ length: 30 }, (_, i) => i + 1);
const MB = 1024 * 1024;

test('the slope of a straight line is its rate', () => {
  assert.equal(slope([0, 1, 2, 3], [5, 7, 9, 11]), 2);
  assert.equal(slope([1, 2, 3], [4, 4, 4]), 0);
});

test('memory that rises while warming up and then holds levels off', () => {
  const warming = minutes.map((m) => (m < 10 ? 100 * MB + m * 8 * MB : 180 * MB + ((m * 7919) % 5) * 0.2 * MB));
  assert.equal(judgeGrowth(minutes, warming, { share: 0.1, floor: 0 }).levelsOff, true);
});

test('memory that keeps rising to the end does not, even when the rise is slow', () => {
  const leaking = minutes.map((m) => 150 * MB + m * 1 * MB);
  const verdict = judgeGrowth(minutes, leaking, { share: 0.1, floor: 0 });
  assert.equal(verdict.levelsOff, false);
  assert.ok(Math.abs(verdict.slopePerMinute - MB) < 1);
});

test('a few more file handles are under the floor; a handle per minute is not', () => {
  const steady = minutes.map((m) => 40 + (m > 25 ? 2 : 0));
  assert.equal(judgeGrowth(minutes, steady, { share: 0.1, floor: 10 }).levelsOff, true);
  const leaking = minutes.map((m) => 40 + m);
  assert.equal(judgeGrowth(minutes, leaking, { share: 0.1, floor: 10 }).levelsOff, false);
});

test('a short run judges its last three samples', () => {
  const v = judgeGrowth([1, 2, 3, 4, 5], [10, 20, 30, 30, 30], { share: 0.1, floor: 0 });
  assert.equal(v.slopePerMinute, 0);
  assert.equal(v.levelsOff, true);
});
