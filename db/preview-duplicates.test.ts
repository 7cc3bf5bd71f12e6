import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { editPreviewEntry, importText, previewImport, previewPage } from './import/import-operations.ts';
import { openStore } from './open-store.ts';
import { tempDir } from './test/helpers.ts';
import { eventWith, sampleText, testContext } from './test/sample-store.ts';

async function store(label: string) {
  const { db } = await openStore(path.join(tempDir(label), 'store.sqlite'));
  return { db, ctx: testContext() };
}

test('a preview whose entries are all stored has nothing to add', async () => {
  const { db, ctx } = await store('preview-nothing');
  const text = sampleText('us-japan-2023-jan-apr.md');
  importText(db, { text, name: 'us-japan.md' }, ctx);
  const again = previewImport(db, { text, name: 'us-japan.md' }, ctx);
  assert.equal(again.total, 35);
  assert.equal(again.duplicates, 35);
  assert.equal(again.toAdd, 0);
});

test('toAdd counts entries neither stored nor left out', async () => {
  const { db, ctx } = await store('preview-to-add');
  const preview = previewImport(db, { text: sampleText('other-pairs-2023.md'), name: 'other.md' }, ctx);
  assert.equal(preview.toAdd, 5);
  editPreviewEntry(db, { previewId: preview.previewId, index: 0, patch: { excluded: true } }, ctx);
  assert.equal(ctx.previews.summary(preview.previewId).toAdd, 4);
});

test('the preview flags an entry that reports a stored event in other words, and names the event', async () => {
  const { db, ctx } = await store('preview-similar');
  importText(db, { text: sampleText('us-japan-2023-jan-apr.md'), name: 'us-japan.md' }, ctx);
  const preview = previewImport(db, { text: sampleText('other-pairs-2023.md'), name: 'other.md' }, ctx);
  assert.equal(preview.similar, 1);
  assert.equal(preview.duplicates, 0);
  assert.equal(preview.toAdd, 5, 'a possible duplicate is still imported unless left out');
  const { entries } = previewPage(db, { previewId: preview.previewId, offset: 0, limit: 10, filter: 'similar' }, ctx);
  assert.equal(entries.length, 1);
  assert.match(entries[0]!.summary, /^President Yoon Suk Yeol travels to Tokyo/);
  assert.equal(entries[0]!.similar!.eventId, eventWith(db, 'hosts South Korean President Yoon'));
  assert.equal(entries[0]!.similar!.source, 'Chronology of US–Japan Relations');
  assert.ok(entries[0]!.similar!.score >= 0.3);
});
