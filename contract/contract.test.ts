import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildBridge, methodTable } from './bridge.ts';
import { channels } from './channels.ts';
import { methods } from './methods.ts';

test('every channel has exactly one method name, and method names are unique', () => {
  assert.deepEqual(Object.keys(methods).sort(), Object.keys(channels).sort());
  const names = Object.values(methods);
  assert.equal(new Set(names).size, names.length);
});

test('the bridge exposes one function per channel plus on(), and nothing else', async () => {
  const calls: Array<[string, unknown]> = [];
  const api = buildBridge(
    async (channel, request) => {
      calls.push([channel, request]);
      return { ok: true, value: null };
    },
    () => () => {},
  );
  assert.deepEqual(Object.keys(api).sort(), [...methodTable.map(([m]) => m), 'on'].sort());
  assert.ok(Object.isFrozen(api));
  await api.listEvents({ offset: 0, limit: 1 });
  assert.deepEqual(calls, [['events:list', { offset: 0, limit: 1 }]]);
});
