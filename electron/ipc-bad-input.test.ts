/**
 * Whatever reaches the main process's one door — any channel, any shape, any size — gets
 * an error envelope that names the problem, never a crash or a half-done write.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { channels } from '../contract/channels.ts';
import type { Service } from './service.ts';
import { errorOf, fromApp, startTestService } from './test/test-service.ts';

const asked: string[] = [];
let service: Service;

before(async () => {
  service = await startTestService('ipc-bad-input', {
    openExternal: async (url) => void asked.push(`open ${url}`),
    chooseImportFile: async () => (asked.push('import dialog'), null),
    chooseExportFile: async () => (asked.push('export dialog'), null),
    chooseBackupFile: async () => (asked.push('backup dialog'), null),
    chooseRestoreFile: async () => (asked.push('restore dialog'), null),
    choosePdfFile: async () => (asked.push('pdf dialog'), null),
  });
});
after(() => service.close());

const call = (channel: unknown, payload?: unknown) => service.dispatch(channel, payload, fromApp);
const total = async () => ((await call('events:list', { limit: 1 })) as { value: { total: number } }).value.total;

test('every channel refuses payloads of the wrong type as a bad request, and nothing is written or asked', async () => {
  const before = await total();
  // None of these is a valid request to any channel: no channel takes a bare number, string,
  // array or null, and every request object is strict.
  const wrong: unknown[] = [42, 'text', [1, 2], null, true, { unexpected: 1 }, JSON.parse('{"__proto__": {"polluted": 1}}')];
  for (const channel of Object.keys(channels)) {
    for (const payload of wrong) {
      const error = errorOf(await call(channel, payload));
      assert.equal(error.code, 'BAD_REQUEST', `${channel} ← ${JSON.stringify(payload)}`);
      assert.equal(error.message, `The request to ${channel} is not valid.`);
      assert.ok(error.issues && error.issues.length > 0, channel);
    }
  }
  assert.equal(({} as Record<string, unknown>).polluted, undefined, 'no prototype was changed');
  assert.deepEqual(asked, [], 'no dialog opened, no link followed');
  assert.equal(await total(), before);
});

test('a 100 MB payload is refused by its size with the limit named, and the app carries on', async () => {
  const hundredMb = 'x'.repeat(100 * 1024 * 1024);
  for (const [channel, payload] of [
    ['events:add', { events: [{ dateStart: '2023-01-11', summary: hundredMb }] }],
    ['import:preview-text', { text: hundredMb, name: 'huge.txt' }],
    ['no:such-channel', { text: hundredMb }],
  ] as const) {
    const error = errorOf(await call(channel, payload));
    if (channel === 'no:such-channel') {
      assert.equal(error.code, 'UNKNOWN_CHANNEL');
      continue;
    }
    assert.equal(error.code, 'PAYLOAD_TOO_LARGE', channel);
    assert.equal(error.message, `The request to ${channel} is larger than 16 MB and was refused.`);
  }
  assert.equal(await total(), 0);
  const added = await call('events:add', { events: [{ dateStart: '2023-01-11', summary: 'After the flood, the store still writes.' }] });
  assert.equal(added.ok, true);
  assert.equal(await total(), 1);
});
