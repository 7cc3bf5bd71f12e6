import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { tempDir } from '../db/test/helpers.ts';
import type { Service } from './service.ts';
import { errorOf, fromApp, startTestService, valueOf } from './test/test-service.ts';

const dir = tempDir('import-channels');
let chosen: string | null = null;
const progress: unknown[] = [];
let service: Service;

before(async () => {
  service = await startTestService('import-channels', { chooseImportFile: async () => chosen, emit: (event, payload) => void (event === 'import-progress' && progress.push(payload)) }, path.join(dir, 'store.sqlite'));
});
after(() => service.close());

const call = (channel: string, payload?: unknown) => service.dispatch(channel, payload, fromApp);

test('a chosen file is read by the main process and previewed; Cancel in the dialog is not an error', async () => {
  chosen = null;
  assert.deepEqual(valueOf(await call('import:choose-file')), { cancelled: true });
  chosen = path.join(import.meta.dirname, '..', 'assets', 'sample', 'us-japan-2023-jan-apr.md');
  const preview = valueOf<{ previewId: string; total: number; cancelled: boolean }>(await call('import:choose-file'));
  assert.equal(preview.cancelled, false);
  assert.equal(preview.total, 35);
  const outcome = valueOf<{ added: number }>(await call('import:commit', { previewId: preview.previewId }));
  assert.equal(outcome.added, 35);
  assert.ok(progress.length > 0, 'progress was pushed to the page');
});

test('files that are not UTF-8 text are refused with the reason, and nothing is read into the store', async () => {
  const cases: Array<[string, Buffer, RegExp]> = [
    ['empty.txt', Buffer.alloc(0), /empty\.txt is empty/],
    ['nul.txt', Buffer.from('Jan. 1, 2023: a\0b'), /not a text file \(it holds a NUL byte at byte 16\)/],
    ['latin1.txt', Buffer.from([0x4a, 0x61, 0x6e, 0x2e, 0x20, 0xe9, 0x74, 0xe9]), /not UTF-8 text/],
  ];
  for (const [name, bytes, reason] of cases) {
    chosen = path.join(dir, name);
    fs.writeFileSync(chosen, bytes);
    const e = errorOf(await call('import:choose-file'));
    assert.equal(e.code, 'BAD_REQUEST', name);
    assert.match(e.message, reason);
  }
  chosen = path.join(dir, 'missing.txt');
  assert.match(errorOf(await call('import:choose-file')).message, /missing\.txt could not be read/);
});

test('bad requests get clear errors: empty or oversized text, unknown previews, impossible corrections', async () => {
  assert.equal(errorOf(await call('import:preview-text', { text: '' })).code, 'BAD_REQUEST');
  const big = errorOf(await call('import:preview-text', { text: 'x'.repeat(6_000_001) }));
  assert.equal(big.code, 'BAD_REQUEST');
  assert.match(big.issues?.join(' ') ?? '', /File → Import chronology/);
  assert.equal(errorOf(await call('import:page', { previewId: 'not-a-uuid' })).code, 'BAD_REQUEST');
  const gone = errorOf(await call('import:commit', { previewId: '00000000-0000-4000-8000-000000000000' }));
  assert.equal(gone.code, 'NOT_FOUND');
  assert.match(gone.message, /no longer open/);

  const preview = valueOf<{ previewId: string }>(await call('import:preview-text', { text: 'Feb. 9, 2023: Japan and the US hold talks in Tokyo.', name: 'x.txt' }));
  const bad = errorOf(await call('import:edit', { previewId: preview.previewId, index: 0, patch: { countries: ['ZZ'] } }));
  assert.equal(bad.code, 'BAD_REQUEST');
  assert.match(bad.message, /Unknown country code: ZZ/);
  assert.equal(errorOf(await call('import:edit', { previewId: preview.previewId, index: 0, patch: {} })).code, 'BAD_REQUEST');
  assert.equal(errorOf(await call('import:edit', { previewId: preview.previewId, index: 0, patch: { type: 'party' } })).code, 'BAD_REQUEST');
  const fixed = valueOf<{ type: string; countries: string[] }>(await call('import:edit', { previewId: preview.previewId, index: 0, patch: { type: 'meeting', countries: ['JP'] } }));
  assert.deepEqual([fixed.type, fixed.countries], ['meeting', ['JP']]);
});

test('people: the analyst adds and edits officials; bad ones are refused with the reason', async () => {
  const added = valueOf<{ id: string; builtIn: boolean }>(
    await call('people:save', { person: { name: 'Yamada Shigeo', country: 'JP', aliases: ['Shigeo Yamada'], roles: [{ title: 'Ambassador to the United States', level: 'official', from: '2023-12-01', to: null }] } }),
  );
  assert.deepEqual(added, { ...added, id: 'yamada-shigeo', builtIn: false });
  const found = valueOf<{ total: number; people: Array<{ id: string }> }>(await call('people:list', { query: 'Yamada' }));
  assert.ok(found.people.some((p) => p.id === 'yamada-shigeo'));
  assert.match(errorOf(await call('people:save', { person: { name: 'X', country: 'QQ', aliases: [], roles: [] } })).message, /Unknown country code "QQ"/);
  const backwards = errorOf(await call('people:save', { person: { name: 'Y', country: 'JP', aliases: [], roles: [{ title: 'Envoy', level: 'official', from: '2024-01-01', to: '2023-01-01' }] } }));
  assert.match(backwards.message, /end date must come after the start date/);
  assert.equal(errorOf(await call('people:save', { person: { name: '', country: 'JP', aliases: [], roles: [] } })).code, 'BAD_REQUEST');
  // A wildcard typed by the analyst is a character, not a pattern.
  assert.equal(valueOf<{ total: number }>(await call('people:list', { query: '%' })).total, 0);
});
