import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import type { Database } from 'better-sqlite3';
import type { EventFilter } from '../contract/query.ts';
import { entry } from './exchange/test-support.ts';
import { commitImport } from './import/commit.ts';
import { openStore } from './open-store.ts';
import { createTag, deleteTag, listTags, MAX_BULK_EVENTS, mergeTags, setImportance, setInBriefing, tagEvents, updateTag } from './tags.ts';
import { tempDir } from './test/helpers.ts';

/*
 * Five events written by hand:
 *   usJp    2023-01-11  US JP
 *   usJpKr  2023-01-13  US JP KR
 *   jpKr    2023-01-20  JP KR
 *   usCn    2023-02-20  US CN
 *   quad    2023-03-06  AU IN JP US
 * A pairing "both JP and US" finds usJp, usJpKr and quad.
 */
const KEYS = ['usJp', 'usJpKr', 'jpKr', 'usCn', 'quad'] as const;
type Key = (typeof KEYS)[number];

interface Seeded {
  db: Database;
  id: (key: Key) => number;
  key: (id: number) => Key;
}

async function seededStore(label = 'tags'): Promise<Seeded> {
  const { db } = await openStore(path.join(tempDir(label), 'store.sqlite'));
  const specs: Array<[Key, string, string[]]> = [
    ['usJp', '2023-01-11', ['US', 'JP']],
    ['usJpKr', '2023-01-13', ['US', 'JP', 'KR']],
    ['jpKr', '2023-01-20', ['JP', 'KR']],
    ['usCn', '2023-02-20', ['US', 'CN']],
    ['quad', '2023-03-06', ['AU', 'IN', 'JP', 'US']],
  ];
  commitImport(
    db,
    { title: 'Tag test chronology', fileCountries: [], contentHash: 'tags-test' },
    specs.map(([key, date, codes]) => entry({ dateStart: date, summary: `Event ${key}.`, countries: codes.map((code) => ({ code, via: 'name' as const })) })),
  );
  const ids = new Map<Key, number>();
  for (const key of KEYS) ids.set(key, db.prepare('SELECT id FROM events WHERE summary = ?').pluck().get(`Event ${key}.`) as number);
  const keys = new Map([...ids].map(([k, v]) => [v, k]));
  return { db, id: (k) => ids.get(k)!, key: (id) => keys.get(id)! };
}

const jpUs: EventFilter = { pairing: { kind: 'countries', mode: 'both', countries: ['JP', 'US'], fileOnly: false } };
const count = (db: Database, table: string, where = '1') => db.prepare(`SELECT count(*) FROM ${table} WHERE ${where}`).pluck().get() as number;
/** Keys of the events carrying a tag, alphabetically. */
const tagged = (s: Seeded, tagId: number): Key[] =>
  (s.db.prepare('SELECT event_id FROM event_tags WHERE tag_id = ?').pluck().all(tagId) as number[]).map(s.key).sort();
const sorted = (keys: Key[]) => [...keys].sort();
const tagCounts = (db: Database) => listTags(db).map((t) => [t.name, t.events]);
const invalid = (message: string | RegExp) => ({ name: 'StoreError', code: 'INVALID_INPUT', message });

test('tags are created with a lower-case colour; a name taken in any case is refused with a hint to merge', async () => {
  const { db } = await seededStore();
  const alliance = createTag(db, { name: 'Alliance', color: '#3B82F6' });
  assert.deepEqual({ ...alliance, createdAt: typeof alliance.createdAt }, { id: alliance.id, name: 'Alliance', color: '#3b82f6', events: 0, createdAt: 'string' });
  assert.equal(db.prepare('SELECT color FROM tags WHERE id = ?').pluck().get(alliance.id), '#3b82f6');
  const watch = createTag(db, { name: 'watch', color: null });
  assert.equal(watch.color, null);

  for (const name of ['Alliance', 'ALLIANCE', 'alliance']) {
    assert.throws(() => createTag(db, { name, color: null }), invalid('A tag called "Alliance" already exists. To bring the two together, merge them.'));
  }
  assert.equal(count(db, 'tags'), 2);

  // Listed by name, ignoring case.
  createTag(db, { name: 'cited', color: '#DC2626' });
  assert.deepEqual(listTags(db).map((t) => [t.name, t.color]), [['Alliance', '#3b82f6'], ['cited', '#dc2626'], ['watch', null]]);
  db.close();
});

test('updateTag renames and recolours; a rename onto another tag in any case is refused', async () => {
  const { db } = await seededStore();
  const alliance = createTag(db, { name: 'Alliance', color: null });
  const watch = createTag(db, { name: 'watch', color: '#059669' });

  assert.throws(() => updateTag(db, { id: watch.id, name: 'ALLIANCE' }), invalid(/A tag called "Alliance" already exists\. To bring the two together, merge them\./));
  assert.equal(db.prepare('SELECT name FROM tags WHERE id = ?').pluck().get(watch.id), 'watch');

  // A tag may take its own name in another case.
  assert.equal(updateTag(db, { id: alliance.id, name: 'alliance' }).name, 'alliance');
  const renamed = updateTag(db, { id: alliance.id, name: 'US–Japan alliance' });
  assert.deepEqual([renamed.id, renamed.name, renamed.color], [alliance.id, 'US–Japan alliance', null]);

  assert.equal(updateTag(db, { id: watch.id, color: '#7C3AED' }).color, '#7c3aed');
  assert.equal(db.prepare('SELECT color FROM tags WHERE id = ?').pluck().get(watch.id), '#7c3aed');
  // Name and colour together; a missing field is left as it is.
  const both = updateTag(db, { id: watch.id, name: 'Watch list', color: '#CA8A04' });
  assert.deepEqual([both.name, both.color], ['Watch list', '#ca8a04']);
  assert.equal(updateTag(db, { id: watch.id }).color, '#ca8a04');
  assert.equal(updateTag(db, { id: watch.id, color: null }).color, null);
  assert.equal(updateTag(db, { id: watch.id, name: 'Watch list' }).name, 'Watch list');

  assert.throws(() => updateTag(db, { id: 987_654, name: 'x' }), { name: 'StoreError', code: 'NOT_FOUND' });
  db.close();
});

test('tagEvents tags a selection or a filter, creates or reuses tags by name, never counts twice, and removes', async () => {
  const s = await seededStore();
  const { db, id } = s;
  const alliance = createTag(db, { name: 'Alliance', color: null });

  // A selection; ids of events that do not exist are ignored.
  assert.deepEqual(tagEvents(db, { target: { ids: [id('usJp'), id('jpKr'), 987_654] }, add: [alliance.id], addNew: [], remove: [] }), { events: 2, added: 2, removed: 0 });
  assert.deepEqual(tagged(s, alliance.id), sorted(['usJp', 'jpKr']));

  // A filter: every event with both Japan and the United States. usJp already has the tag.
  assert.deepEqual(tagEvents(db, { target: { filter: jpUs }, add: [alliance.id], addNew: [], remove: [] }), { events: 3, added: 2, removed: 0 });
  assert.deepEqual(tagged(s, alliance.id), sorted(['usJp', 'jpKr', 'usJpKr', 'quad']));
  // The same again adds nothing and counts nothing.
  assert.deepEqual(tagEvents(db, { target: { filter: jpUs }, add: [alliance.id, alliance.id], addNew: [], remove: [] }), { events: 3, added: 0, removed: 0 });
  assert.equal(count(db, 'event_tags', `tag_id = ${alliance.id}`), 4);
  assert.deepEqual(tagCounts(db), [['Alliance', 4]]);

  // addNew creates a tag; the same name in another case reuses it, as does a name matching the existing tag.
  assert.deepEqual(tagEvents(db, { target: { ids: [id('usCn')] }, add: [], addNew: ['Follow-up'], remove: [] }), { events: 1, added: 1, removed: 0 });
  const followUp = listTags(db).find((t) => t.name === 'Follow-up')!;
  assert.deepEqual(tagEvents(db, { target: { ids: [id('usCn'), id('quad')] }, add: [followUp.id], addNew: ['FOLLOW-UP', 'alliance'], remove: [] }), {
    events: 2,
    added: 2, // quad gains Follow-up; usCn gains Alliance; nothing twice
    removed: 0,
  });
  assert.deepEqual(tagCounts(db), [['Alliance', 5], ['Follow-up', 2]]);
  assert.equal(count(db, 'tags'), 2);

  // Removing takes the tag off the targets only, and counts what was there.
  assert.deepEqual(tagEvents(db, { target: { filter: jpUs }, add: [], addNew: [], remove: [alliance.id, followUp.id] }), { events: 3, added: 0, removed: 4 });
  assert.deepEqual(tagged(s, alliance.id), sorted(['jpKr', 'usCn']));
  assert.deepEqual(tagged(s, followUp.id), ['usCn']);
  assert.deepEqual(tagEvents(db, { target: { filter: jpUs }, add: [], addNew: [], remove: [alliance.id] }), { events: 3, added: 0, removed: 0 });
  // A filter matching nothing changes nothing.
  assert.deepEqual(tagEvents(db, { target: { filter: { pairing: { kind: 'countries', mode: 'both', countries: ['FR', 'JP'], fileOnly: false } } }, add: [alliance.id], addNew: [], remove: [] }), {
    events: 0,
    added: 0,
    removed: 0,
  });
  db.close();
});

test('tagEvents with an unknown tag fails as a whole: no tags added, no tag created', async () => {
  const s = await seededStore();
  const { db, id } = s;
  const alliance = createTag(db, { name: 'Alliance', color: null });
  const before = [count(db, 'tags'), count(db, 'event_tags'), count(db, 'activity')];
  assert.throws(() => tagEvents(db, { target: { ids: [id('usJp')] }, add: [alliance.id], addNew: ['Brand new'], remove: [987_654] }), { name: 'StoreError', code: 'NOT_FOUND' });
  assert.throws(() => tagEvents(db, { target: { ids: [id('usJp')] }, add: [987_654], addNew: ['Brand new'], remove: [] }), { name: 'StoreError', code: 'NOT_FOUND' });
  assert.deepEqual([count(db, 'tags'), count(db, 'event_tags'), count(db, 'activity')], before);
  assert.deepEqual(listTags(db).map((t) => t.name), ['Alliance']);
  db.close();
});

test(`tagEvents refuses to touch more than ${MAX_BULK_EVENTS.toLocaleString('en-US')} events at once and changes nothing`, async () => {
  const { db } = await openStore(path.join(tempDir('tags-bulk'), 'store.sqlite'));
  // Bare events, written in one statement: one more than the limit.
  db.transaction(() => {
    db.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
       INSERT INTO events (date_start, summary) SELECT date('2000-01-01', '+' || (i % 9000) || ' days'), 'Synthetic event ' || i FROM n`,
    ).run(MAX_BULK_EVENTS + 1);
  })();
  const watch = createTag(db, { name: 'watch', color: null });
  const before = [count(db, 'tags'), count(db, 'event_tags'), count(db, 'activity')];
  const tooMany = invalid('That would change more than 100,000 events at once; narrow the filter first.');

  assert.throws(() => tagEvents(db, { target: { filter: {} }, add: [watch.id], addNew: ['Everything'], remove: [] }), tooMany);
  assert.throws(() => tagEvents(db, { target: { filter: { dateFrom: '1999-01-01' } }, add: [], addNew: [], remove: [watch.id] }), tooMany);
  const allIds = db.prepare('SELECT id FROM events').pluck().all() as number[];
  assert.equal(allIds.length, MAX_BULK_EVENTS + 1);
  assert.throws(() => tagEvents(db, { target: { ids: allIds }, add: [watch.id], addNew: [], remove: [] }), tooMany);
  assert.deepEqual([count(db, 'tags'), count(db, 'event_tags'), count(db, 'activity')], before);

  // Exactly the limit is allowed.
  db.prepare('DELETE FROM events WHERE id = ?').run(allIds.at(-1));
  assert.deepEqual(tagEvents(db, { target: { filter: {} }, add: [watch.id], addNew: [], remove: [] }), { events: MAX_BULK_EVENTS, added: MAX_BULK_EVENTS, removed: 0 });
  assert.equal(listTags(db)[0]!.events, MAX_BULK_EVENTS);
  db.close();
});

test('mergeTags moves the events onto one tag without duplicates and deletes the others', async () => {
  const s = await seededStore();
  const { db, id } = s;
  const alliance = createTag(db, { name: 'Alliance', color: '#2563eb' });
  const allianceDup = createTag(db, { name: 'alliance (old)', color: null });
  const watch = createTag(db, { name: 'watch', color: null });
  const other = createTag(db, { name: 'other', color: null });
  tagEvents(db, { target: { ids: [id('usJp')] }, add: [alliance.id], addNew: [], remove: [] });
  tagEvents(db, { target: { ids: [id('usJp'), id('usJpKr')] }, add: [allianceDup.id], addNew: [], remove: [] });
  tagEvents(db, { target: { ids: [id('quad'), id('usJp')] }, add: [watch.id], addNew: [], remove: [] });
  tagEvents(db, { target: { ids: [id('usCn')] }, add: [other.id], addNew: [], remove: [] });

  // The target among the sources, and a source named twice, count once.
  const merged = mergeTags(db, { from: [allianceDup.id, watch.id, watch.id, alliance.id], into: alliance.id });
  assert.equal(merged.removed, 2);
  assert.deepEqual([merged.into.id, merged.into.name, merged.into.color, merged.into.events], [alliance.id, 'Alliance', '#2563eb', 3]);
  assert.deepEqual(tagged(s, alliance.id), sorted(['usJp', 'usJpKr', 'quad']));
  // usJp carried all three tags and now has one row.
  assert.equal(count(db, 'event_tags', `event_id = ${id('usJp')}`), 1);
  assert.equal(count(db, 'tags', `id IN (${allianceDup.id}, ${watch.id})`), 0);
  assert.equal(count(db, 'event_tags', `tag_id IN (${allianceDup.id}, ${watch.id})`), 0);
  assert.deepEqual(tagCounts(db), [['Alliance', 3], ['other', 1]]);
  assert.equal(count(db, 'events'), KEYS.length);

  // Merging a tag only into itself, or an unknown tag, is refused.
  assert.throws(() => mergeTags(db, { from: [alliance.id], into: alliance.id }), invalid('Choose at least one other tag to merge into this one.'));
  assert.throws(() => mergeTags(db, { from: [987_654], into: alliance.id }), { name: 'StoreError', code: 'NOT_FOUND' });
  assert.throws(() => mergeTags(db, { from: [other.id], into: 987_654 }), { name: 'StoreError', code: 'NOT_FOUND' });
  assert.deepEqual(tagCounts(db), [['Alliance', 3], ['other', 1]]);
  db.close();
});

test('deleteTag says how many events it touched and leaves the events and other tags alone', async () => {
  const s = await seededStore();
  const { db, id } = s;
  const watch = createTag(db, { name: 'watch', color: null });
  const keep = createTag(db, { name: 'keep', color: null });
  const unused = createTag(db, { name: 'unused', color: null });
  tagEvents(db, { target: { filter: jpUs }, add: [watch.id], addNew: [], remove: [] });
  tagEvents(db, { target: { ids: [id('usJp'), id('jpKr')] }, add: [keep.id], addNew: [], remove: [] });

  assert.deepEqual(deleteTag(db, { id: watch.id }), { events: 3 });
  assert.equal(count(db, 'tags', `id = ${watch.id}`), 0);
  assert.equal(count(db, 'event_tags', `tag_id = ${watch.id}`), 0);
  assert.equal(count(db, 'events'), KEYS.length);
  assert.deepEqual(tagged(s, keep.id), sorted(['usJp', 'jpKr']));
  assert.deepEqual(deleteTag(db, { id: unused.id }), { events: 0 });
  assert.deepEqual(tagCounts(db), [['keep', 2]]);
  assert.throws(() => deleteTag(db, { id: watch.id }), { name: 'StoreError', code: 'NOT_FOUND' });
  db.close();
});

test('setImportance and setInBriefing set and clear, counting only events that really changed', async () => {
  const s = await seededStore();
  const { db, id } = s;
  const importance = (key: Key) => db.prepare('SELECT importance FROM events WHERE id = ?').pluck().get(id(key));
  const inBriefing = (key: Key) => db.prepare('SELECT in_briefing FROM events WHERE id = ?').pluck().get(id(key));

  assert.deepEqual(setImportance(db, { ids: [id('usJp')], importance: 3 }), { changed: 1 });
  assert.deepEqual(setImportance(db, { ids: [id('usJp'), id('quad'), id('jpKr'), 987_654], importance: 3 }), { changed: 2 });
  assert.deepEqual(KEYS.map(importance), [3, null, 3, null, 3]);
  assert.deepEqual(setImportance(db, { ids: [id('usJp'), id('quad')], importance: 3 }), { changed: 0 });
  assert.deepEqual(setImportance(db, { ids: [id('usJp'), id('usCn')], importance: 1 }), { changed: 2 });
  assert.deepEqual(setImportance(db, { ids: [id('usJp'), id('usJpKr'), id('quad')], importance: null }), { changed: 2 });
  assert.deepEqual(KEYS.map(importance), [null, null, 3, 1, null]);
  assert.deepEqual(setImportance(db, { ids: [id('usJp')], importance: null }), { changed: 0 });

  assert.deepEqual(setInBriefing(db, { ids: [id('usJp'), id('quad'), 987_654], inBriefing: true }), { changed: 2 });
  assert.deepEqual(setInBriefing(db, { ids: [id('usJp'), id('jpKr')], inBriefing: true }), { changed: 1 });
  assert.deepEqual(KEYS.map(inBriefing), [1, 0, 1, 0, 1]);
  assert.deepEqual(setInBriefing(db, { ids: [id('usJp'), id('usCn')], inBriefing: false }), { changed: 1 });
  assert.deepEqual(setInBriefing(db, { ids: [id('usCn')], inBriefing: false }), { changed: 0 });
  assert.deepEqual(KEYS.map(inBriefing), [0, 0, 1, 0, 1]);
  db.close();
});
