import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BriefingError } from '../../../contract/result.ts';
import { messageOf, plural } from './messages.ts';

test('a refused request shows the reasons, without where they sat in the request', () => {
  const e = new BriefingError({ code: 'BAD_REQUEST', message: 'The request to briefings:update is not valid.', issues: ['patch.title: a briefing needs a title'] });
  assert.equal(messageOf(e), 'A briefing needs a title.');
});

test('the store’s own refusals are shown as it words them', () => {
  const limit = 'A briefing can cite at most 2,000 events; this one is full. Narrow the filter, or cite fewer events; nothing was added.';
  assert.equal(messageOf(new BriefingError({ code: 'BAD_REQUEST', message: limit })), limit);
  assert.equal(messageOf(new BriefingError({ code: 'NOT_FOUND', message: 'No briefing 7.' })), 'No briefing 7.');
  assert.equal(messageOf(new Error('disk full')), 'disk full');
});

test('counts read naturally', () => {
  assert.equal(plural(1, 'cited event'), '1 cited event');
  assert.equal(plural(2000, 'event'), '2,000 events');
});
