import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import type { Database } from 'better-sqlite3';
import type { Activity } from '../contract/annotations.ts';
import type { EventFilter } from '../contract/query.ts';
import { listActivity } from './activity.ts';
import { entry } from './exchange/test-support.ts';
import { commitImport } from './import/commit.ts';
import { createNote, emptyTrash, restoreNoteRevision, saveNote, trashNote, untrashNote } from './notes.ts';
import { openStore } from './open-store.ts';
import { savePreferences, systemUserName } from './preferences.ts';
import { createTag, deleteTag, mergeTags, setImportance, setInBriefing, tagEvents, updateTag } from './tags.ts';
import { tempDir } from './test/helpers.ts';

/*
 * Four events written by hand:
 *   usJp    2023-01-11  US JP     "Foreign ministers meet in Washington."
 *   usJpKr  2023-01-13  US JP KR  "Trilateral talks in Tokyo."
 *   jpKr    2023-01-20  JP KR     "Shuttle diplomacy resumes in Seoul."
 *   quad    2023-03-06  AU IN JP US  "Quad ministers meet in New Delhi."
 */
const SPECS = [
  { key: 'usJp', date: '2023-01-11', summary: 'Foreign ministers meet in Washington.', codes: ['US', 'JP'] },
  { key: 'usJpKr', date: '2023-01-13', summary: 'Trilateral talks in Tokyo.', codes: ['US', 'JP', 'KR'] },
  { key: 'jpKr', date: '2023-01-20', summary: 'Shuttle diplomacy resumes in Seoul.', codes: ['JP', 'KR'] },
  { key: 'quad', date: '2023-03-06', summary: 'Quad ministers meet in New Delhi.', codes: ['AU', 'IN', 'JP', 'US'] },
] as const;
type Key = (typeof SPECS)[number]['key'];

interface Seeded {
  db: Database;
  id: (key: Key) => number;
  key: (id: number | null) => Key | null;
}

async function seededStore(label = 'activity'): Promise<Seeded> {
  const { db } = await openStore(path.join(tempDir(label), 'store.sqlite'));
  commitImport(
    db,
    { title: 'Activity test chronology', fileCountries: [], contentHash: 'activity-test' },
    SPECS.map((s) => entry({ dateStart: s.date, summary: s.summary, countries: s.codes.map((code) => ({ code, via: 'name' as const })) })),
  );
  const ids = new Map<Key, number>();
  for (const s of SPECS) ids.set(s.key, db.prepare('SELECT id FROM events WHERE summary = ?').pluck().get(s.summary) as number);
  const keys = new Map([...ids].map(([k, v]) => [v, k]));
  return { db, id: (k) => ids.get(k)!, key: (id) => (id === null ? null : keys.get(id)!) };
}

const ALL = 500;
const all = (db: Database) => listActivity(db, { limit: ALL });
const maxId = (db: Database) => db.prepare('SELECT coalesce(max(id), 0) FROM activity').pluck().get() as number;
/** Entries written after `since`, oldest first, without their time stamps. */
function since(db: Database, since: number): Array<Omit<Activity, 'id' | 'at'>> {
  return all(db)
    .filter((a) => a.id > since)
    .reverse()
    .map(({ id: _id, at: _at, ...rest }) => rest);
}
const me = systemUserName();
const none = { eventId: null, noteId: null, tagId: null, event: null, subject: null };
const jpUs: EventFilter = { pairing: { kind: 'countries', mode: 'both', countries: ['JP', 'US'], fileOnly: false } };

test('every note operation logs who did what to which note, event or subject', async () => {
  const { db, id } = await seededStore();
  const usJpEvent = { dateStart: '2023-01-11', summary: 'Foreign ministers meet in Washington.' };
  assert.deepEqual(all(db), []);

  let mark = maxId(db);
  const onEvent = createNote(db, { target: { eventId: id('usJp') }, body: 'one' });
  const standing = createNote(db, { target: { subject: ['US', 'JP'] }, body: 'standing' });
  assert.deepEqual(since(db, mark), [
    { ...none, author: me, kind: 'note', action: 'wrote a note', eventId: id('usJp'), noteId: onEvent.id, event: usJpEvent },
    { ...none, author: me, kind: 'note', action: 'wrote a standing note', noteId: standing.id, subject: ['JP', 'US'] },
  ]);
  assert.equal(db.prepare('SELECT subject FROM activity WHERE note_id = ?').pluck().get(standing.id), 'JP-US');

  // Another author, so that every entry below names who made it.
  savePreferences(db, { preferences: { author: 'K. Tanaka' } });
  mark = maxId(db);
  saveNote(db, { id: onEvent.id, body: 'one' }); // unchanged: nothing logged
  assert.deepEqual(since(db, mark), []);
  saveNote(db, { id: onEvent.id, body: 'two' });
  saveNote(db, { id: standing.id, body: 'standing, edited' });
  restoreNoteRevision(db, { noteId: onEvent.id, revisionId: onEvent.revisionId });
  trashNote(db, { id: onEvent.id });
  trashNote(db, { id: onEvent.id }); // already in the trash: nothing logged
  untrashNote(db, { id: onEvent.id });
  untrashNote(db, { id: onEvent.id }); // not in the trash: nothing logged
  trashNote(db, { id: standing.id });
  const tanaka = { ...none, author: 'K. Tanaka', kind: 'note' as const };
  const onUsJp = { eventId: id('usJp'), noteId: onEvent.id, event: usJpEvent };
  const entries = since(db, mark);
  const savedAt = (db.prepare('SELECT saved_at FROM note_revisions WHERE id = ?').pluck().get(onEvent.revisionId) as string).slice(0, 16).replace('T', ' ');
  assert.deepEqual(entries, [
    { ...tanaka, action: 'edited a note', ...onUsJp },
    { ...tanaka, action: 'edited a note', noteId: standing.id, subject: ['JP', 'US'] },
    { ...tanaka, action: `restored the version of ${savedAt} UTC`, ...onUsJp },
    { ...tanaka, action: 'moved a note to the trash', ...onUsJp },
    { ...tanaka, action: 'restored a note from the trash', ...onUsJp },
    { ...tanaka, action: 'moved a note to the trash', noteId: standing.id, subject: ['JP', 'US'] },
  ]);
  assert.match(entries[2]!.action, /^restored the version of \d{4}-\d\d-\d\d \d\d:\d\d UTC$/);

  // Refused operations log nothing.
  mark = maxId(db);
  assert.throws(() => saveNote(db, { id: standing.id, body: 'refused' }), { code: 'INVALID_INPUT' });
  assert.throws(() => createNote(db, { target: { eventId: 987_654 }, body: 'refused' }), { code: 'NOT_FOUND' });
  assert.throws(() => createNote(db, { target: { subject: ['XX'] }, body: 'refused' }), { code: 'INVALID_INPUT' });
  assert.deepEqual(emptyTrash(db, { ids: [onEvent.id] }), { deleted: 0 });
  assert.deepEqual(since(db, mark), []);

  // Emptying the trash is one entry about no particular note.
  const extra = createNote(db, { target: { eventId: id('quad') }, body: 'extra' });
  trashNote(db, { id: extra.id });
  mark = maxId(db);
  emptyTrash(db, { ids: [standing.id] });
  trashNote(db, { id: onEvent.id });
  emptyTrash(db, {});
  assert.deepEqual(since(db, mark).filter((a) => a.action.startsWith('deleted')), [
    { ...tanaka, action: 'deleted a note from the trash for good' },
    { ...tanaka, action: 'deleted 2 notes from the trash for good' },
  ]);
  // The history outlives the notes it is about.
  assert.ok(all(db).some((a) => a.noteId === standing.id && a.action === 'wrote a standing note'));
  db.close();
});

test('every tag and mark operation logs the tag and each event it changed', async () => {
  const s = await seededStore();
  const { db, id } = s;
  savePreferences(db, { preferences: { author: 'A. Analyst' } });
  const by = { ...none, author: 'A. Analyst' };
  const ev = (key: Key) => {
    const spec = SPECS.find((x) => x.key === key)!;
    return { eventId: id(key), event: { dateStart: spec.date, summary: spec.summary } };
  };

  let mark = maxId(db);
  const alliance = createTag(db, { name: 'Alliance', color: null });
  const watch = createTag(db, { name: 'watch', color: null });
  updateTag(db, { id: alliance.id, name: 'US–Japan alliance' });
  updateTag(db, { id: alliance.id, color: '#2563EB' });
  updateTag(db, { id: alliance.id, name: 'US–Japan alliance', color: '#2563eb' }); // no change: nothing logged
  assert.deepEqual(since(db, mark), [
    { ...by, kind: 'tag', action: 'created the tag “Alliance”', tagId: alliance.id },
    { ...by, kind: 'tag', action: 'created the tag “watch”', tagId: watch.id },
    { ...by, kind: 'tag', action: 'renamed the tag “Alliance” to “US–Japan alliance”', tagId: alliance.id },
    { ...by, kind: 'tag', action: 'changed the colour of “US–Japan alliance”', tagId: alliance.id },
  ]);

  mark = maxId(db);
  tagEvents(db, { target: { ids: [id('usJp'), id('jpKr')] }, add: [alliance.id], addNew: [], remove: [] });
  tagEvents(db, { target: { ids: [id('jpKr')] }, add: [alliance.id], addNew: [], remove: [] }); // already tagged: nothing logged
  tagEvents(db, { target: { ids: [id('jpKr')] }, add: [], addNew: [], remove: [alliance.id] });
  tagEvents(db, { target: { ids: [id('jpKr')] }, add: [], addNew: [], remove: [alliance.id] }); // not tagged: nothing logged
  const sortedByEvent = (list: ReturnType<typeof since>) => [...list].sort((a, b) => (a.eventId ?? 0) - (b.eventId ?? 0));
  const bulk = since(db, mark);
  assert.deepEqual(sortedByEvent(bulk.slice(0, 2)), sortedByEvent([
    { ...by, kind: 'tag', action: 'tagged “US–Japan alliance”', tagId: alliance.id, ...ev('usJp') },
    { ...by, kind: 'tag', action: 'tagged “US–Japan alliance”', tagId: alliance.id, ...ev('jpKr') },
  ]));
  assert.deepEqual(bulk.slice(2), [{ ...by, kind: 'tag', action: 'untagged “US–Japan alliance”', tagId: alliance.id, ...ev('jpKr') }]);

  // addNew logs the tag's creation, then each event.
  mark = maxId(db);
  tagEvents(db, { target: { ids: [id('quad')] }, add: [], addNew: ['Follow-up'], remove: [] });
  const followUp = db.prepare("SELECT id FROM tags WHERE name = 'Follow-up'").pluck().get() as number;
  assert.deepEqual(since(db, mark), [
    { ...by, kind: 'tag', action: 'created the tag “Follow-up”', tagId: followUp },
    { ...by, kind: 'tag', action: 'tagged “Follow-up”', tagId: followUp, ...ev('quad') },
  ]);

  // A merge logs the merge and each event that gained the tag, not the ones that had it.
  tagEvents(db, { target: { ids: [id('usJp'), id('usJpKr')] }, add: [watch.id], addNew: [], remove: [] });
  mark = maxId(db);
  mergeTags(db, { from: [watch.id, followUp], into: alliance.id });
  const merged = since(db, mark);
  assert.deepEqual(merged[0], { ...by, kind: 'tag', action: 'merged “watch”, “Follow-up” into “US–Japan alliance”', tagId: alliance.id });
  assert.deepEqual(sortedByEvent(merged.slice(1)), sortedByEvent([
    { ...by, kind: 'tag', action: 'tagged “US–Japan alliance” (merged from “watch”, “Follow-up”)', tagId: alliance.id, ...ev('usJpKr') },
    { ...by, kind: 'tag', action: 'tagged “US–Japan alliance” (merged from “watch”, “Follow-up”)', tagId: alliance.id, ...ev('quad') },
  ]));

  // Deleting a tag logs each event it leaves, then the deletion.
  mark = maxId(db);
  assert.deepEqual(deleteTag(db, { id: alliance.id }), { events: 3 });
  const deleted = since(db, mark);
  assert.deepEqual(sortedByEvent(deleted.slice(0, 3)), sortedByEvent(
    (['usJp', 'usJpKr', 'quad'] as const).map((k) => ({ ...by, kind: 'tag' as const, action: 'untagged “US–Japan alliance” (tag deleted)', tagId: alliance.id, ...ev(k) })),
  ));
  assert.deepEqual(deleted.slice(3), [{ ...by, kind: 'tag', action: 'deleted the tag “US–Japan alliance” from 3 events', tagId: alliance.id }]);

  // Importance and the briefing flag: one entry per event that changed.
  mark = maxId(db);
  setImportance(db, { ids: [id('usJp'), id('quad')], importance: 3 });
  setImportance(db, { ids: [id('usJp'), id('jpKr')], importance: 3 });
  setImportance(db, { ids: [id('quad'), id('usJpKr')], importance: null });
  setInBriefing(db, { ids: [id('usJp'), id('jpKr')], inBriefing: true });
  setInBriefing(db, { ids: [id('usJp'), id('quad')], inBriefing: false });
  const marks = since(db, mark).map((a) => [a.kind, a.action, s.key(a.eventId), a.author]);
  assert.deepEqual(sortedMarks(marks), sortedMarks([
    ['importance', 'marked importance 3', 'usJp', 'A. Analyst'],
    ['importance', 'marked importance 3', 'quad', 'A. Analyst'],
    ['importance', 'marked importance 3', 'jpKr', 'A. Analyst'],
    ['importance', 'cleared the importance mark', 'quad', 'A. Analyst'],
    ['briefing', 'added to the briefing', 'usJp', 'A. Analyst'],
    ['briefing', 'added to the briefing', 'jpKr', 'A. Analyst'],
    ['briefing', 'removed from the briefing', 'usJp', 'A. Analyst'],
  ]));
  // In the order they were made, operation by operation.
  assert.deepEqual(since(db, mark).map((a) => a.action), [
    'marked importance 3',
    'marked importance 3',
    'marked importance 3',
    'cleared the importance mark',
    'added to the briefing',
    'added to the briefing',
    'removed from the briefing',
  ]);
  db.close();
});
const sortedMarks = (rows: unknown[][]) => rows.map((r) => JSON.stringify(r)).sort();

test('bulk tagging by filter logs every event it tagged and none that already had the tag', async () => {
  const s = await seededStore();
  const { db, id } = s;
  const watch = createTag(db, { name: 'watch', color: null });
  tagEvents(db, { target: { ids: [id('usJpKr')] }, add: [watch.id], addNew: [], remove: [] });
  const mark = maxId(db);
  assert.deepEqual(tagEvents(db, { target: { filter: jpUs }, add: [watch.id], addNew: [], remove: [] }), { events: 3, added: 2, removed: 0 });
  const entries = since(db, mark);
  assert.deepEqual(entries.map((a) => s.key(a.eventId)).sort(), ['quad', 'usJp']);
  assert.ok(entries.every((a) => a.kind === 'tag' && a.action === 'tagged “watch”' && a.tagId === watch.id && a.author === me));
  // Per event, the log reads as that event's history.
  assert.deepEqual(listActivity(db, { eventId: id('usJpKr'), limit: 10 }).map((a) => a.action), ['tagged “watch”']);
  assert.deepEqual(listActivity(db, { eventId: id('quad'), limit: 10 }).map((a) => a.action), ['tagged “watch”']);
  assert.deepEqual(listActivity(db, { eventId: id('jpKr'), limit: 10 }), []);

  // Untagging by filter: one entry per event that had the tag.
  const before = maxId(db);
  assert.deepEqual(tagEvents(db, { target: { filter: { pairing: { kind: 'countries', mode: 'any', countries: ['KR'], fileOnly: false } } }, add: [], addNew: [], remove: [watch.id] }), {
    events: 2,
    added: 0,
    removed: 1,
  });
  assert.deepEqual(since(db, before).map((a) => [a.action, s.key(a.eventId)]), [['untagged “watch”', 'usJpKr']]);
  db.close();
});

test('saves of one note in one sitting by one author make one "edited" entry; another author or a pause makes another', async () => {
  const { db, id } = await seededStore();
  const note = createNote(db, { target: { eventId: id('usJp') }, body: 'v1' });
  const other = createNote(db, { target: { eventId: id('jpKr') }, body: 'other v1' });
  const edits = (noteId: number) =>
    db.prepare("SELECT id, author FROM activity WHERE note_id = ? AND action = 'edited a note' ORDER BY id").all(noteId) as Array<{ id: number; author: string }>;

  saveNote(db, { id: note.id, body: 'v2' });
  const [firstEdit] = edits(note.id);
  saveNote(db, { id: note.id, body: 'v3' });
  saveNote(db, { id: note.id, body: 'v4' });
  const afterSitting = edits(note.id);
  assert.equal(afterSitting.length, 1);
  // The sitting's entry is the newest one, so the log stays in id order.
  assert.ok(afterSitting[0]!.id >= firstEdit!.id);
  assert.equal(afterSitting[0]!.id, maxId(db));
  assert.equal(afterSitting[0]!.author, me);
  // Its time is the last save's, not the first's.
  assert.equal(listActivity(db, { limit: 1 })[0]!.noteId, note.id);
  // Every save is still a revision.
  assert.equal(db.prepare('SELECT count(*) FROM note_revisions WHERE note_id = ?').pluck().get(note.id), 4);
  // The creation entry is kept.
  assert.equal(db.prepare("SELECT count(*) FROM activity WHERE note_id = ? AND action = 'wrote a note'").pluck().get(note.id), 1);

  // Editing another note in between does not split this note's sitting, and the sitting's
  // entry moves after the other note's.
  saveNote(db, { id: other.id, body: 'other v2' });
  const otherEdit = edits(other.id)[0]!.id;
  assert.ok(otherEdit > afterSitting[0]!.id);
  saveNote(db, { id: note.id, body: 'v5' });
  assert.equal(edits(note.id).length, 1);
  assert.equal(edits(other.id).length, 1);
  assert.ok(edits(note.id)[0]!.id > otherEdit);
  assert.equal(edits(note.id)[0]!.id, maxId(db));
  assert.deepEqual(listActivity(db, { limit: 2 }).map((a) => [a.noteId, a.action]), [
    [note.id, 'edited a note'],
    [other.id, 'edited a note'],
  ]);

  // A save by another author is another entry; the first author's next save is another again.
  savePreferences(db, { preferences: { author: 'K. Tanaka' } });
  saveNote(db, { id: note.id, body: 'v6' });
  saveNote(db, { id: note.id, body: 'v7' });
  assert.deepEqual(edits(note.id).map((e) => e.author), [me, 'K. Tanaka']);
  savePreferences(db, { preferences: { author: me } });
  saveNote(db, { id: note.id, body: 'v8' });
  assert.deepEqual(edits(note.id).map((e) => e.author), [me, 'K. Tanaka', me]);

  // Another kind of entry in between (here trash and restore) ends the sitting.
  trashNote(db, { id: note.id });
  untrashNote(db, { id: note.id });
  saveNote(db, { id: note.id, body: 'v9' });
  assert.deepEqual(edits(note.id).map((e) => e.author), [me, 'K. Tanaka', me, me]);

  // More than ten minutes after the last save is a new sitting; less is the same one.
  const last = edits(note.id).at(-1)!.id;
  db.prepare("UPDATE activity SET at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-9 minutes') WHERE id = ?").run(last);
  saveNote(db, { id: note.id, body: 'v10' });
  assert.equal(edits(note.id).length, 4);
  const latest = edits(note.id).at(-1)!.id;
  db.prepare("UPDATE activity SET at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-11 minutes') WHERE id = ?").run(latest);
  saveNote(db, { id: note.id, body: 'v11' });
  assert.equal(edits(note.id).length, 5);
  assert.ok(edits(note.id).some((e) => e.id === latest), 'the older sitting is kept');
  db.close();
});

test('listActivity filters by event and kind, pages with "before", newest first', async () => {
  const s = await seededStore();
  const { db, id } = s;
  const tag = createTag(db, { name: 'watch', color: null });
  createNote(db, { target: { eventId: id('usJp') }, body: 'n1' });
  tagEvents(db, { target: { ids: [id('usJp'), id('quad')] }, add: [tag.id], addNew: [], remove: [] });
  setImportance(db, { ids: [id('usJp')], importance: 2 });
  setInBriefing(db, { ids: [id('quad'), id('usJp')], inBriefing: true });
  createNote(db, { target: { subject: ['JP'] }, body: 'n2' });
  createNote(db, { target: { eventId: id('quad') }, body: 'n3' });

  const everything = all(db);
  assert.equal(everything.length, db.prepare('SELECT count(*) FROM activity').pluck().get());
  assert.equal(everything.length, 9);
  const everyId = everything.map((a) => a.id);
  assert.deepEqual(everyId, [...everyId].sort((a, b) => b - a), 'newest first');
  assert.deepEqual(everything.at(-1)!.action, 'created the tag “watch”');
  assert.deepEqual(everything[0]!.action, 'wrote a note');
  assert.equal(everything[0]!.eventId, id('quad'));

  // By event: that event's entries only, newest first, with its date and summary.
  const usJp = listActivity(db, { eventId: id('usJp'), limit: 100 });
  assert.deepEqual(usJp.map((a) => a.action), ['added to the briefing', 'marked importance 2', 'tagged “watch”', 'wrote a note']);
  assert.ok(usJp.every((a) => a.eventId === id('usJp') && a.event?.summary === 'Foreign ministers meet in Washington.' && a.event.dateStart === '2023-01-11'));
  assert.deepEqual(listActivity(db, { eventId: id('jpKr'), limit: 100 }), []);

  // By kind, one or several.
  assert.deepEqual(listActivity(db, { kinds: ['importance'], limit: 100 }).map((a) => s.key(a.eventId)), ['usJp']);
  const notesAndBriefing = listActivity(db, { kinds: ['note', 'briefing'], limit: 100 });
  assert.deepEqual(notesAndBriefing.map((a) => a.kind), ['note', 'note', 'briefing', 'briefing', 'note']);
  assert.deepEqual(notesAndBriefing, everything.filter((a) => a.kind === 'note' || a.kind === 'briefing'));
  assert.deepEqual(listActivity(db, { kinds: [], limit: 100 }), everything, 'no kinds is every kind');
  assert.deepEqual(listActivity(db, { kinds: ['backup'], limit: 100 }), []);
  assert.deepEqual(listActivity(db, { eventId: id('usJp'), kinds: ['tag', 'note'], limit: 100 }).map((a) => a.action), ['tagged “watch”', 'wrote a note']);

  // Pages of four, each older than the last entry of the page before, add up to the whole log.
  const pages: Activity[][] = [];
  let before: number | undefined;
  // Bounded, so that a "before" that does not move on fails instead of looping.
  for (let i = 0; i < 10; i++) {
    const page = listActivity(db, { before, limit: 4 });
    if (page.length === 0) break;
    assert.ok(page.length <= 4);
    pages.push(page);
    before = page.at(-1)!.id;
  }
  assert.deepEqual(pages.map((p) => p.length), [4, 4, 1]);
  assert.deepEqual(pages.flat(), everything);
  // "before" combines with the other filters.
  const firstUsJp = listActivity(db, { eventId: id('usJp'), limit: 2 });
  assert.deepEqual(listActivity(db, { eventId: id('usJp'), before: firstUsJp.at(-1)!.id, limit: 2 }), usJp.slice(2));
  db.close();
});
