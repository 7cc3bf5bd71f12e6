import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element } from 'hast';
import { splitElementAt, textLength } from './hast-split.ts';

const p: Element = {
  type: 'element',
  tagName: 'p',
  properties: {},
  children: [
    { type: 'text', value: 'The ministers met in ' },
    { type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: 'Washington' }] },
    { type: 'text', value: ' on Jan. 11.' },
  ],
};

const text = (e: Element): string => e.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? text(c) : '')).join('');

test('cutting inside an emphasised word keeps the emphasis on both sides', () => {
  const [a, b] = splitElementAt(p, 25);
  assert.equal(text(a), 'The ministers met in Wash');
  assert.equal(text(b), 'ington on Jan. 11.');
  assert.equal((a.children[1] as Element).tagName, 'strong');
  assert.equal((b.children[0] as Element).tagName, 'strong');
  assert.equal(textLength(a) + textLength(b), textLength(p));
});

test('cutting at a node boundary does not leave an empty copy of the element', () => {
  const [a, b] = splitElementAt(p, 21);
  assert.equal(text(a), 'The ministers met in ');
  assert.equal(a.children.length, 1);
  assert.equal(text(b), 'Washington on Jan. 11.');
});

test('the original element is left untouched', () => {
  splitElementAt(p, 5);
  assert.equal(text(p), 'The ministers met in Washington on Jan. 11.');
});
