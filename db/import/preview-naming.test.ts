/**
 * Naming what is imported, and correcting the rest of an entry in the preview: pasted text whose
 * heading the reader does not know is not filed under "Pasted text"; summary, place and source
 * link can be corrected; a warning can be accepted.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import type { Database } from 'better-sqlite3';
import { untracked } from '../backup-state.ts';
import { openStore } from '../open-store.ts';
import type { OperationContext } from '../operation-context.ts';
import { analystMentionFinder } from '../people.ts';
import { tempDir } from '../test/helpers.ts';
import type { MentionFinder } from './parse-document.ts';
import { commitPreview, editPreviewEntry, namePreview, previewImport, previewPage, rereadPreview } from './import-operations.ts';
import { InvalidCorrection, PreviewStore } from './previews.ts';

const DISPUTES = [
  'China - Japan disputes',
  '',
  'Sept. 7, 2010 - A Chinese trawler collides with Japan Coast Guard vessels near the Senkaku Islands.',
  'Sept. 11, 2012 - Japan buys three of the islands from a private owner; China protests.',
  'Nov. 23, 2013 - China declares an air defence identification zone over the East China Sea.',
].join('\n');

function context(db: Database): OperationContext {
  let finder: MentionFinder | null = null;
  return {
    previews: new PreviewStore(),
    mentionFinder: () => (finder ??= analystMentionFinder(db)),
    forgetMentionFinder: () => void (finder = null),
    progress: () => {},
    isCancelled: () => false,
    clearCancel: () => {},
    backups: { storePath: '', folder: '', changes: untracked },
  };
}

async function store(): Promise<Database> {
  return (await openStore(path.join(tempDir('naming'), 'store.sqlite'))).db;
}

test('pasted text with a heading the reader does not know offers that heading and the countries most named', async () => {
  const db = await store();
  const ctx = context(db);
  const s = previewImport(db, { text: DISPUTES, name: 'Pasted text' }, ctx);
  assert.equal(s.total, 3);
  assert.equal(s.titleFound, false);
  assert.equal(s.named, false);
  assert.equal(s.suggestions.titles[0], 'China - Japan disputes');
  assert.ok(!s.suggestions.titles.includes('Pasted text'));
  assert.ok(s.suggestions.titles.includes('China–Japan relations'), s.suggestions.titles.join(' | '));
  assert.deepEqual(s.suggestions.files[0], ['CN', 'JP']);
});

test('the analyst names the document and its file; the events are filed under that title, and a re-read keeps it', async () => {
  const db = await store();
  const ctx = context(db);
  const s = previewImport(db, { text: DISPUTES, name: 'Pasted text' }, ctx);
  const named = namePreview(db, { previewId: s.previewId, naming: { title: 'China – Japan disputes', fileCountries: ['jp', 'CN'] } }, ctx);
  assert.equal(named.title, 'China – Japan disputes');
  assert.deepEqual(named.fileCountries, ['JP', 'CN']);
  assert.equal(named.named, true);
  assert.equal(rereadPreview(db, { previewId: s.previewId }, ctx).title, 'China – Japan disputes');

  assert.throws(() => namePreview(db, { previewId: s.previewId, naming: { title: 'x', fileCountries: ['ZZ'] } }, ctx), InvalidCorrection);

  const outcome = commitPreview(db, { previewId: s.previewId }, ctx);
  assert.equal(outcome.added, 3);
  const sources = db.prepare('SELECT title, file_countries FROM sources').all() as Array<{ title: string; file_countries: string }>;
  assert.deepEqual(sources, [{ title: 'China – Japan disputes', file_countries: '["JP","CN"]' }]);
});

test('summary, place and source link are corrected in the preview; a bad link is refused and changes nothing', async () => {
  const db = await store();
  const ctx = context(db);
  const { previewId } = previewImport(db, { text: DISPUTES, name: 'Pasted text' }, ctx);
  const edited = editPreviewEntry(db, { previewId, index: 0, patch: { summary: '  A Chinese trawler rams two  Japan Coast Guard vessels. ', location: 'Senkaku Islands', sourceUrl: 'https://example.org/2010/trawler' } }, ctx);
  assert.equal(edited.summary, 'A Chinese trawler rams two Japan Coast Guard vessels.');
  assert.equal(edited.location, 'Senkaku Islands');
  assert.equal(edited.sourceUrl, 'https://example.org/2010/trawler');
  assert.equal(edited.edited, true);

  assert.throws(() => editPreviewEntry(db, { previewId, index: 0, patch: { sourceUrl: 'javascript:alert(1)' } }, ctx), InvalidCorrection);
  assert.throws(() => editPreviewEntry(db, { previewId, index: 0, patch: { summary: '   ' } }, ctx), InvalidCorrection);
  const [kept] = previewPage(db, { previewId, offset: 0, limit: 1, filter: 'all' }, ctx).entries;
  assert.equal(kept!.sourceUrl, 'https://example.org/2010/trawler');
  assert.equal(kept!.summary, 'A Chinese trawler rams two Japan Coast Guard vessels.');

  const cleared = editPreviewEntry(db, { previewId, index: 0, patch: { location: '', sourceUrl: '' } }, ctx);
  assert.equal(cleared.location, null);
  assert.equal(cleared.sourceUrl, null);

  commitPreview(db, { previewId }, ctx);
  assert.equal(db.prepare("SELECT count(*) FROM events WHERE summary = 'A Chinese trawler rams two Japan Coast Guard vessels.'").pluck().get(), 1);
});

test('an accepted warning leaves the entry, and the count of entries with warnings falls', async () => {
  const db = await store();
  const ctx = context(db);
  const text = ['Chronology', '', 'Jan. 5, 2021 - Talks are held.', 'Jan. 9, 2021 - Japan and China hold talks in Beijing.'].join('\n');
  const s = previewImport(db, { text, name: 'Pasted text' }, ctx);
  const [first] = previewPage(db, { previewId: s.previewId, offset: 0, limit: 1, filter: 'all' }, ctx).entries;
  assert.ok(first!.warnings.length > 0, 'the first entry names no country');
  const before = s.withWarnings;
  const accepted = editPreviewEntry(db, { previewId: s.previewId, index: 0, patch: { acceptWarnings: first!.warnings } }, ctx);
  assert.deepEqual(accepted.warnings, []);
  assert.equal(ctx.previews.summary(s.previewId).withWarnings, before - 1);
});

test('imported without being named, pasted text is filed under its own heading, not "Pasted text"', async () => {
  const db = await store();
  const ctx = context(db);
  const { previewId } = previewImport(db, { text: DISPUTES.replace('China - Japan disputes', 'North Korea–South Korea relations'), name: 'Pasted text' }, ctx);
  commitPreview(db, { previewId }, ctx);
  assert.deepEqual(db.prepare('SELECT title FROM sources').pluck().all(), ['North Korea–South Korea relations']);
});
