import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractLinks } from './links.ts';

test('an inline link keeps its words and becomes the source; the first one is the key verb', () => {
  const out = extractLinks('Blinken and Hayashi [meet](https://www.state.gov/x) in Tokyo and [agree](https://www.mofa.go.jp/y) on a plan.');
  assert.equal(out.text, 'Blinken and Hayashi meet in Tokyo and agree on a plan.');
  assert.equal(out.keyVerb, 'meet');
  assert.deepEqual(out.links, [
    { label: 'meet', url: 'https://www.state.gov/x', kind: 'source' },
    { label: 'agree', url: 'https://www.mofa.go.jp/y', kind: 'source' },
  ]);
});

test('trailing links after the sentence are documents and leave the summary', () => {
  const out = extractLinks('Leaders [meet](#) in Washington, DC. [Joint Statement](https://example.gov/js). [Fact Sheet](https://example.gov/fs).');
  assert.equal(out.text, 'Leaders meet in Washington, DC.');
  assert.deepEqual(out.links, [
    { label: 'meet', url: null, kind: 'source' },
    { label: 'Joint Statement', url: 'https://example.gov/js', kind: 'document' },
    { label: 'Fact Sheet', url: 'https://example.gov/fs', kind: 'document' },
  ]);
});

test('a link mid-sentence at the end of the text is not mistaken for a document', () => {
  const out = extractLinks('The ministers release a [joint statement](https://example.gov/js)');
  assert.equal(out.text, 'The ministers release a joint statement');
  assert.deepEqual(out.links, [{ label: 'joint statement', url: 'https://example.gov/js', kind: 'source' }]);
});

test('only http(s) URLs are kept', () => {
  const out = extractLinks('They [meet](javascript:alert(1)) and [talk](file:///etc/passwd).');
  assert.deepEqual(
    out.links.map((l) => l.url),
    [null, null],
  );
  assert.equal(out.text.includes('javascript'), false);
});
