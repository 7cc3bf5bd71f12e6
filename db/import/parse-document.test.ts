import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createMentionFinder } from '../gazetteer/match.ts';
import type { Person } from '../gazetteer/people.ts';
import { parseDocument } from './parse-document.ts';

const one = (text: string, findMentions?: ReturnType<typeof createMentionFinder>) => parseDocument(text, { findMentions }).entries[0]!;

test('leaders count by whom their office acts for: an EU president and a German chancellor are two sides', () => {
  const e = one('Jan. 10, 2023: Commission President von der Leyen meets Chancellor Scholz in Berlin.');
  assert.deepEqual(e.countries.map((c) => c.code), ['EU', 'DE']);
  assert.equal(e.type, 'summit');
});

test('the analyst’s own people take part through the finder passed in', () => {
  const taro: Person = {
    id: 'example-taro',
    name: 'Taro Example',
    country: 'JP',
    aliases: ['Example'],
    roles: [{ title: 'Prime Minister', level: 'leader', from: '2030-01-01', to: null }],
  };
  const text = 'Feb. 1, 2030: Prime Minister Example meets President Trump in Washington.';
  const withTaro = one(text, createMentionFinder([taro]));
  assert.deepEqual(withTaro.people, ['example-taro', 'trump-donald']);
  assert.deepEqual(withTaro.countries.map((c) => c.code), ['JP', 'US']);
  assert.equal(withTaro.type, 'summit');
  const without = one(text);
  assert.deepEqual(without.countries.map((c) => c.code), ['US']);
  assert.equal(without.type, 'meeting');
});
