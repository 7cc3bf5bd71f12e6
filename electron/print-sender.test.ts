/**
 * The hidden window (or page) that prints a briefing loads the app's own page with the same
 * preload, so it could call any channel; it needs only to read the briefing. Calls from it
 * are limited to the channels that read.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { READ_CHANNELS } from '../contract/read-channels.ts';
import { channels, type ChannelName } from '../contract/channels.ts';
import { printSheetPath } from '../contract/print-sheet.ts';
import type { Service } from './service.ts';
import { errorOf, fromApp, startTestService, valueOf } from './test/test-service.ts';

let service: Service;
before(async () => (service = await startTestService('print-sender')));
after(() => service.close());

const fromPrintWindow = { url: `app://briefing${printSheetPath(1)}`, isMainFrame: true, readOnly: true };

test('a write from the print window is refused and changes nothing', async () => {
  const briefing = valueOf<{ id: number }>(await service.dispatch('briefings:create', { briefing: { title: 'Quad', date: '2023-05-22' } }, fromApp));
  const writes: Array<[ChannelName, unknown]> = [
    ['events:add', { events: [{ dateStart: '2023-01-11', summary: 'written by the print window' }] }],
    ['briefings:update', { id: briefing.id, patch: { title: 'Changed by the print window' } }],
    ['briefings:trash', { id: briefing.id }],
    ['backup:now', undefined],
    ['settings:save', { preferences: { keepBackups: 1 } }],
    ['events:export', { filter: {}, sort: { column: 'date', direction: 'desc' }, format: 'csv' }],
    ['shell:open-external', { url: 'https://example.org/' }],
  ];
  for (const [channel, payload] of writes) {
    const error = errorOf(await service.dispatch(channel, payload, fromPrintWindow));
    assert.equal(error.code, 'FORBIDDEN_SENDER', channel);
    assert.equal(error.message, `The print window only reads the briefing it prints; ${channel} was refused.`);
  }
  assert.equal(valueOf<{ total: number }>(await service.dispatch('events:list', { limit: 5 }, fromApp)).total, 0);
  assert.equal(valueOf<{ title: string }>(await service.dispatch('briefings:get', { id: briefing.id }, fromApp)).title, 'Quad');
});

test('the print window still reads what the sheet needs', async () => {
  const briefing = valueOf<{ id: number }>(await service.dispatch('briefings:create', { briefing: { title: 'G7', date: '2023-05-22' } }, fromApp));
  for (const [channel, payload] of [
    ['app:info', undefined],
    ['briefings:get', { id: briefing.id }],
    ['briefings:sources', { id: briefing.id }],
    ['briefings:chronology', { id: briefing.id }],
    ['countries:list', undefined],
  ] as const) {
    valueOf(await service.dispatch(channel, payload, fromPrintWindow));
  }
});

test('every read channel is a channel, and none of them writes by its name', () => {
  for (const channel of READ_CHANNELS) {
    assert.ok(Object.hasOwn(channels, channel), channel);
    assert.doesNotMatch(channel, /:(add|save|create|update|delete|trash|untrash|merge|tag|export|now|restore|commit|edit|cancel|discard|learn|forget|cite|uncite|flushed|reread)$/, channel);
    assert.doesNotMatch(channel, /:(set|edit|delete|export|restore|empty|open|choose|preview|load|citation|section)-/, channel);
  }
});
