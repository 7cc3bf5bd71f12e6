import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntryLink } from '../import/links.ts';
import { decodeLinks, decodeList, decodeWarnings, encodeLinks, encodeList, encodeWarnings } from './csv-cells.ts';

test('id lists are separated by ";", with blanks and spaces dropped on reading', () => {
  assert.equal(encodeList(['JP', 'US']), 'JP;US');
  assert.deepEqual(decodeList(' JP ; US;;'), ['JP', 'US']);
  assert.deepEqual(decodeList(''), []);
});

test('warnings are one per line', () => {
  const warnings = ['no year in "Jan. 5": taken from the period', 'ambiguous | name'];
  assert.deepEqual(decodeWarnings(encodeWarnings(warnings)), warnings);
  assert.deepEqual(decodeWarnings('a\r\nb\n\n'), ['a', 'b']);
});

test('links are `label <url>` items separated by " | ", documents marked', () => {
  const links: EntryLink[] = [
    { label: 'convenes', url: 'https://www.state.gov/', kind: 'source' },
    { label: 'Joint Statement', url: 'https://www.state.gov/js', kind: 'document' },
  ];
  assert.equal(encodeLinks(links), 'convenes <https://www.state.gov/> | Joint Statement <https://www.state.gov/js> (document)');
  assert.deepEqual(decodeLinks(encodeLinks(links)), links);
});

test('labels holding the format characters, URLs holding "|" and links without a URL survive', () => {
  const links: EntryLink[] = [
    { label: 'a <b> | c \\ d', url: 'https://example.org/a|b?q=1|2', kind: 'document' },
    { label: 'hold', url: null, kind: 'source' },
    { label: 'بيان مشترك 🇯🇵', url: 'https://example.org/%D8%A8', kind: 'source' },
  ];
  assert.deepEqual(decodeLinks(encodeLinks(links)), links);
});

test('hand-written link cells: kind marker in any case, bare labels, empty cells', () => {
  assert.deepEqual(decodeLinks('Fact Sheet <https://x.org/> (Document)'), [{ label: 'Fact Sheet', url: 'https://x.org/', kind: 'document' }]);
  assert.deepEqual(decodeLinks('just a label'), [{ label: 'just a label', url: null, kind: 'source' }]);
  assert.deepEqual(decodeLinks(''), []);
});

test('malformed link cells say what is wrong', () => {
  assert.throws(() => decodeLinks('Statement <https://x.org/'), /never closed/);
  assert.throws(() => decodeLinks('Statement <https://x.org/> (memo)'), /link 1: "\(memo\)" after the URL/);
});
