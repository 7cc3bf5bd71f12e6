import assert from 'node:assert/strict';
import { test } from 'node:test';
import { relativeTime } from './relativeTime.ts';

const now = new Date(2026, 10, 20, 15, 0, 0);
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();

test('recent edits read as minutes and hours', () => {
  assert.equal(relativeTime(ago(10_000), now), 'just now');
  assert.equal(relativeTime(ago(60_000), now), '1 minute ago');
  assert.equal(relativeTime(ago(25 * 60_000), now), '25 minutes ago');
  assert.equal(relativeTime(ago(3 * 3_600_000), now), '3 hours ago');
});

test('older edits count calendar days, then show the date', () => {
  assert.equal(relativeTime(new Date(2026, 10, 19, 9, 0).toISOString(), now), 'yesterday');
  assert.equal(relativeTime(new Date(2026, 10, 16, 23, 0).toISOString(), now), '4 days ago');
  assert.match(relativeTime(new Date(2026, 9, 2).toISOString(), now), /2026/);
});

test('an unreadable stamp is shown as it is', () => {
  assert.equal(relativeTime('not a date', now), 'not a date');
});
