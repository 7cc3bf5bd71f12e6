import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findLocation } from './location.ts';

test('the last place named after "in" or "at", with its qualifier and article', () => {
  assert.equal(findLocation('Blinken and Hayashi meet in Washington, DC.'), 'Washington, DC');
  assert.equal(findLocation('The two sign a framework at NASA Headquarters in Washington, DC.'), 'Washington, DC');
  assert.equal(findLocation('G7 foreign ministers gather in Karuizawa, Nagano.'), 'Karuizawa, Nagano');
  assert.equal(findLocation('Hicks and Kahl meet Suzuki at the Pentagon.'), 'the Pentagon');
  assert.equal(findLocation('Kishida is received at the White House.'), 'the White House');
  assert.equal(findLocation('In Tokyo, the ministers agree to meet again.'), 'Tokyo');
});

test('a person, a month or a season is not a place', () => {
  assert.equal(findLocation('A suspect throws an explosive device at Prime Minister Kishida in an assassination attempt.'), null);
  assert.equal(findLocation('An explosive is thrown at Mr. Kishida during a campaign stop in Wakayama.'), 'Wakayama');
  assert.equal(findLocation('The talks resume in March.'), null);
  assert.equal(findLocation('Elections are due in Spring.'), null);
});
