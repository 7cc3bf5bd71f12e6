/**
 * The analyst teaches the reader from a preview: the year of a timeline that gives none, one
 * correction for many entries, and a name kept for every later import.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import type { Database } from 'better-sqlite3';
import { untracked } from '../backup-state.ts';
import { openStore } from '../open-store.ts';
import type { OperationContext } from '../operation-context.ts';
import { analystMentionFinder } from '../people.ts';
import { forgetReaderTerm, learnReaderTerm, listReaderTerms } from '../reader-terms.ts';
import { tempDir } from '../test/helpers.ts';
import type { MentionFinder } from './parse-document.ts';
import { commitPreview, editPreviewEntries, previewImport, previewPage, rereadPreview, setPreviewYear } from './import-operations.ts';
import { PreviewStore } from './previews.ts';

/** A news-agency timeline: no year anywhere in it. */
const YEARLESS = [
  'Key moments between the two Koreas',
  '',
  'March 5 - A South Korean envoy meets Kim Jong Un in Pyongyang.',
  'April 27 - Moon Jae-in and Kim Jong Un hold a summit at Panmunjom.',
  'May 26 - The two leaders meet again, at short notice.',
  'Sept. 18-20 - Moon visits Pyongyang.',
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
  return (await openStore(path.join(tempDir('teach'), 'store.sqlite'))).db;
}

test('a timeline that gives no year asks for one; the answer dates every entry, turning at December', async () => {
  const db = await store();
  const ctx = context(db);
  const first = previewImport(db, { text: `${YEARLESS}\nJan. 9 - Talks resume at the border.`, name: 'Pasted text' }, ctx);
  assert.equal(first.total, 0);
  assert.equal(first.yearNeeded, 5);
  // Asked about, not reported as unreadable.
  assert.equal(first.problemCount, 0);

  const dated = setPreviewYear(db, { previewId: first.previewId, year: 2018 }, ctx);
  assert.equal(dated.yearNeeded, 0);
  assert.equal(dated.yearGiven, 2018);
  assert.equal(dated.problemCount, 0);
  const { entries } = previewPage(db, { previewId: first.previewId, offset: 0, limit: 10, filter: 'all' }, ctx);
  assert.deepEqual(entries.map((e) => [e.dateStart, e.dateEnd]), [
    ['2018-03-05', null],
    ['2018-04-27', null],
    ['2018-05-26', null],
    ['2018-09-18', '2018-09-20'],
    ['2019-01-09', null],
  ]);
  assert.match(entries[0]!.warnings[0]!, /no year in "March 5": as given for this document \(2018\)/);
  assert.equal(commitPreview(db, { previewId: first.previewId }, ctx).added, 5);
});

test('a title that names the year dates the entries without asking', async () => {
  const db = await store();
  const ctx = context(db);
  const s = previewImport(db, { text: YEARLESS.replace('Key moments between the two Koreas', 'Key moments between the two Koreas in 2018'), name: 'Pasted text' }, ctx);
  assert.equal(s.yearNeeded, 0);
  assert.equal(s.total, 4);
  const { entries } = previewPage(db, { previewId: s.previewId, offset: 0, limit: 10, filter: 'all' }, ctx);
  assert.match(entries[0]!.warnings[0]!, /taken from the title \(2018\)/);
});

test('one correction for many entries is all or nothing', async () => {
  const db = await store();
  const ctx = context(db);
  const s = previewImport(db, { text: YEARLESS.replace('two Koreas', 'two Koreas, 2018'), name: 'Pasted text' }, ctx);
  assert.deepEqual(editPreviewEntries(db, { previewId: s.previewId, indices: [0, 2], patch: { type: 'statement' } }, ctx), { edited: 2 });
  const { entries } = previewPage(db, { previewId: s.previewId, offset: 0, limit: 10, filter: 'all' }, ctx);
  assert.deepEqual(entries.map((e) => [e.type, e.edited]), [
    ['statement', true],
    ['summit', false],
    ['statement', true],
    ['visit', false],
  ]);
  assert.throws(() => editPreviewEntries(db, { previewId: s.previewId, indices: [1, 99], patch: { type: 'other' } }, ctx), /no entry 100/);
  assert.equal(previewPage(db, { previewId: s.previewId, offset: 1, limit: 1, filter: 'all' }, ctx).entries[0]!.type, 'summit');
  assert.throws(() => editPreviewEntries(db, { previewId: s.previewId, indices: [1, 3], patch: { countries: ['ZZ'] } }, ctx), /Unknown country code/);
});

test('a name taught from a preview is read in this preview and in every later import, until forgotten', async () => {
  const db = await store();
  const ctx = context(db);
  const text = 'Chronology of Japan-China Relations\nJanuary 2014\n\nJan. 6, 2014: The Global Lantern, a state-run daily, attacks Tokyo over the shrine visit.\n';
  const before = previewImport(db, { text, name: 'Pasted text' }, ctx);
  const entry = () => previewPage(db, { previewId: before.previewId, offset: 0, limit: 1, filter: 'all' }, ctx).entries[0]!;
  assert.deepEqual(entry().countries, ['JP']);
  // The analyst corrects the type of the entry, then teaches the reader the paper's name.
  editPreviewEntries(db, { previewId: before.previewId, indices: [0], patch: { type: 'statement' } }, ctx);
  learnReaderTerm(db, { term: 'Global Lantern', country: 'CN', kind: 'institution' }, ctx);
  rereadPreview(db, { previewId: before.previewId }, ctx);
  // The corrected entry keeps the analyst's version; a fresh import reads the new name.
  assert.equal(entry().type, 'statement');
  const again = previewImport(db, { text, name: 'Pasted text' }, ctx);
  assert.deepEqual(previewPage(db, { previewId: again.previewId, offset: 0, limit: 1, filter: 'all' }, ctx).entries[0]!.countries.sort(), ['CN', 'JP']);
  assert.deepEqual(listReaderTerms(db).terms.map((t) => [t.term, t.country, t.kind]), [['Global Lantern', 'CN', 'institution']]);
  assert.throws(() => learnReaderTerm(db, { term: 'Global Lantern', country: 'ZZ', kind: 'name' }, ctx), /Unknown state code "ZZ"/);
  assert.throws(() => learnReaderTerm(db, { term: '  ', country: 'CN', kind: 'name' }, ctx), /as the chronology writes it/);
  assert.deepEqual(forgetReaderTerm(db, { term: 'Global Lantern' }, ctx), { forgotten: true });
  const after = previewImport(db, { text, name: 'Pasted text' }, ctx);
  assert.deepEqual(previewPage(db, { previewId: after.previewId, offset: 0, limit: 1, filter: 'all' }, ctx).entries[0]!.countries, ['JP']);
});
