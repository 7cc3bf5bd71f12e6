import assert from 'node:assert/strict';
import { test } from 'node:test';
import { subjectInTitleOrder, subjectLine } from './subject-order.ts';

const NAMES = new Map([
  ['CN', 'China'],
  ['US', 'United States'],
  ['JP', 'Japan'],
  ['KR', 'South Korea'],
  ['IN', 'India'],
]);

test('a briefing titled US–China prints its subject as United States – China', () => {
  // The store keeps a subject sorted (CN-US); the sheet prints it as the title reads.
  assert.equal(subjectLine(['CN', 'US'], 'US–China relations, spring 2024', NAMES), 'United States – China');
  assert.equal(subjectLine(['CN', 'US'], 'China and the United States', NAMES), 'China – United States');
});

test('names, codes and short forms in the title decide the order; countries it does not name follow', () => {
  assert.deepEqual(subjectInTitleOrder(['CN', 'JP', 'US'], 'U.S.-Japan alliance and China', NAMES), ['US', 'JP', 'CN']);
  assert.deepEqual(subjectInTitleOrder(['IN', 'JP', 'US'], 'Japan in the Quad', NAMES), ['JP', 'IN', 'US']);
  assert.deepEqual(subjectInTitleOrder(['JP', 'KR'], 'ROK–Japan thaw', NAMES), ['KR', 'JP']);
  assert.deepEqual(subjectInTitleOrder(['CN', 'US'], 'Weekly note', NAMES), ['CN', 'US']);
});
