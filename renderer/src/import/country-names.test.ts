import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countriesText, readCountries } from './country-names.ts';

const COUNTRIES = [
  { code: 'JP', name: 'Japan' },
  { code: 'KR', name: 'South Korea' },
  { code: 'KP', name: 'North Korea' },
  { code: 'US', name: 'United States' },
];

test('a preview entry\'s countries are shown by name and read back from names', () => {
  assert.equal(countriesText(['JP', 'KR'], COUNTRIES), 'Japan, South Korea');
  assert.deepEqual(readCountries('Japan, south korea', COUNTRIES), { codes: ['JP', 'KR'], unknown: [] });
  assert.deepEqual(readCountries('North Korea; United States', COUNTRIES), { codes: ['KP', 'US'], unknown: [] });
});

test('codes still work, with commas or spaces, and repeats are dropped', () => {
  assert.deepEqual(readCountries('jp us', COUNTRIES), { codes: ['JP', 'US'], unknown: [] });
  assert.deepEqual(readCountries('JP, Japan, KR', COUNTRIES), { codes: ['JP', 'KR'], unknown: [] });
});

test('a name that is no country is reported, not dropped', () => {
  assert.deepEqual(readCountries('Japan, Atlantis', COUNTRIES), { codes: ['JP'], unknown: ['Atlantis'] });
  assert.deepEqual(readCountries('', COUNTRIES), { codes: [], unknown: [] });
});
