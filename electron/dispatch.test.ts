import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Result } from '../contract/result.ts';
import { migrations } from '../db/migrations/index.ts';
import { tempDir } from '../db/test/helpers.ts';
import { MAX_REQUEST_BYTES } from './dispatch.ts';
import { startService, type Service } from './service.ts';

const ORIGIN = 'app://briefing';
const fromApp = { url: `${ORIGIN}/index.html`, isMainFrame: true };
let service: Service;
const opened: string[] = [];

before(async () => {
  service = await startService({
    storePath: path.join(tempDir('dispatch'), 'store.sqlite'),
    workerFile: new URL('../db/worker.ts', import.meta.url),
    ports: { openExternal: async (url) => void opened.push(url), emit: () => {}, chooseImportFile: async () => null, chooseExportFile: async () => null, chooseBackupFile: async () => null, chooseRestoreFile: async () => null, choosePdfFile: async () => null, renderSheetPdf: () => Promise.reject(new Error('nothing is printed in this test')) },
    assetsDir: path.join(import.meta.dirname, '..', 'assets'),
    identity: { name: 'Briefing Book', version: '0.0.0-test', shell: 'chromium-harness' },
    trustedOrigin: ORIGIN,
    log: () => {},
  });
});
after(() => service.close());

const errorOf = (r: Result<unknown>) => {
  assert.equal(r.ok, false, `expected an error, got ${JSON.stringify(r)}`);
  return (r as Extract<Result<unknown>, { ok: false }>).error;
};

test('a valid call returns its value in an ok envelope', async () => {
  const added = await service.dispatch('events:add', { events: [{ dateStart: '2023-05-19', summary: 'G7 summit opens in Hiroshima' }] }, fromApp);
  assert.deepEqual(added, { ok: true, value: { added: 1, ids: [1] } });
  const listed = await service.dispatch('events:list', { limit: 5 }, fromApp);
  assert.equal(listed.ok, true);
  assert.equal((listed as { value: { total: number } }).value.total, 1);
});

test('an unknown channel is refused with a clear error', async () => {
  const error = errorOf(await service.dispatch('events:drop-all', {}, fromApp));
  assert.equal(error.code, 'UNKNOWN_CHANNEL');
  assert.equal(error.message, 'There is no channel named "events:drop-all".');
  assert.equal(errorOf(await service.dispatch(42, {}, fromApp)).code, 'UNKNOWN_CHANNEL');
  assert.equal(errorOf(await service.dispatch('__proto__', {}, fromApp)).code, 'UNKNOWN_CHANNEL');
  assert.equal(errorOf(await service.dispatch('toString', {}, fromApp)).code, 'UNKNOWN_CHANNEL');
});

test('a malformed payload is refused with field-level reasons, and nothing is written', async () => {
  const cases: Array<[unknown, RegExp]> = [
    [{ limit: 'all' }, /limit: Invalid input: expected number/],
    [{ limit: -1 }, /limit: Too small/],
    [{ limit: 5, sql: 'DROP TABLE events' }, /Unrecognized key: "sql"/],
    ['a string', /\(request\): Invalid input: expected object/],
  ];
  for (const [payload, reason] of cases) {
    const error = errorOf(await service.dispatch('events:list', payload, fromApp));
    assert.equal(error.code, 'BAD_REQUEST');
    assert.equal(error.message, 'The request to events:list is not valid.');
    assert.match(error.issues!.join('\n'), reason);
  }
  const badEvents = errorOf(
    await service.dispatch('events:add', { events: [{ dateStart: '2023-02-30', summary: 'x' }, { dateStart: '2023-01-01', summary: '   ' }] }, fromApp),
  );
  assert.equal(badEvents.code, 'BAD_REQUEST');
  assert.deepEqual(badEvents.issues, ['events.0.dateStart: not a real calendar date', 'events.1.summary: an event needs a summary']);
  const total = await service.dispatch('events:list', {}, fromApp);
  assert.equal((total as { value: { total: number } }).value.total, 1, 'the bad batch added nothing');
});

test('calls from another origin, a subframe or an unknown frame are refused', async () => {
  for (const sender of [
    { url: 'https://evil.example/index.html', isMainFrame: true },
    { url: 'app://briefing.evil/index.html', isMainFrame: true },
    { url: 'file:///etc/passwd', isMainFrame: true },
    { url: `${ORIGIN}/index.html`, isMainFrame: false },
    { url: null, isMainFrame: true },
    { url: 'not a url', isMainFrame: true },
  ]) {
    const error = errorOf(await service.dispatch('events:add', { events: [{ dateStart: '2023-01-01', summary: 'planted' }] }, sender));
    assert.equal(error.code, 'FORBIDDEN_SENDER', JSON.stringify(sender));
  }
  const total = await service.dispatch('events:list', {}, fromApp);
  assert.equal((total as { value: { total: number } }).value.total, 1);
});

test('an oversized payload is refused before validation', async () => {
  const huge = { events: [{ dateStart: '2023-01-01', summary: 'x'.repeat(MAX_REQUEST_BYTES + 1) }] };
  const error = errorOf(await service.dispatch('events:add', huge, fromApp));
  assert.equal(error.code, 'PAYLOAD_TOO_LARGE');
});

test('openExternal hands only web links to the shell', async () => {
  assert.deepEqual(await service.dispatch('shell:open-external', { url: 'https://www.mofa.go.jp/' }, fromApp), { ok: true, value: { opened: true } });
  for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'app://briefing/index.html', 'https://user:pw@example.com/', 'not a url']) {
    assert.deepEqual(await service.dispatch('shell:open-external', { url }, fromApp), { ok: true, value: { opened: false } }, url);
  }
  assert.deepEqual(opened, ['https://www.mofa.go.jp/']);
});

test('app:info names the store and its schema version', async () => {
  const info = await service.dispatch('app:info', undefined, fromApp);
  assert.equal(info.ok, true);
  const value = (info as { value: { storePath: string; schemaVersion: number; version: string } }).value;
  assert.equal(value.storePath, service.store.path);
  assert.equal(value.schemaVersion, migrations.at(-1)!.version);
  assert.equal(value.version, '0.0.0-test');
});

test('store failures reach the page as an error envelope, not a crash', async () => {
  const dir = tempDir('closing');
  const doomed = await startService({
    storePath: path.join(dir, 's.sqlite'),
    workerFile: new URL('../db/worker.ts', import.meta.url),
    ports: { openExternal: async () => {}, emit: () => {}, chooseImportFile: async () => null, chooseExportFile: async () => null, chooseBackupFile: async () => null, chooseRestoreFile: async () => null, choosePdfFile: async () => null, renderSheetPdf: () => Promise.reject(new Error('nothing is printed in this test')) },
    assetsDir: path.join(import.meta.dirname, '..', 'assets'),
    identity: { name: 'Briefing Book', version: '0', shell: 'chromium-harness' },
    trustedOrigin: ORIGIN,
    log: () => {},
  });
  await doomed.close();
  const error = errorOf(await doomed.dispatch('events:list', {}, fromApp));
  assert.equal(error.code, 'STORE_UNAVAILABLE');
  assert.equal(error.message, 'The store is closed.');
});
