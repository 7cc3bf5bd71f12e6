import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { test } from 'node:test';
import type { Database } from 'better-sqlite3';
import { countEvents, queryEvents } from './event-queries.ts';
import { entry } from './exchange/test-support.ts';
import { commitImport } from './import/commit.ts';
import {
  createNote,
  emptyTrash,
  listNotes,
  listStandingNotes,
  listTrash,
  noteRevisionBody,
  noteRevisions,
  restoreNoteRevision,
  saveNote,
  trashNote,
  untrashNote,
} from './notes.ts';
import { openStore } from './open-store.ts';
import { getPreferences, savePreferences, systemUserName } from './preferences.ts';
import { tempDir } from './test/helpers.ts';

/*
 * Three events written by hand:
 *   usJp   2023-01-11  US JP  "Foreign ministers meet in Washington."
 *   jpKr   2023-01-20  JP KR  "Shuttle diplomacy resumes in Seoul."
 *   quad   2023-03-06  AU IN JP US  "Quad foreign ministers meet in New Delhi."
 */
interface Seeded {
  db: Database;
  usJp: number;
  jpKr: number;
  quad: number;
}

async function seededStore(label = 'notes'): Promise<Seeded> {
  const { db } = await openStore(path.join(tempDir(label), 'store.sqlite'));
  const codes = (...cs: string[]) => cs.map((code) => ({ code, via: 'name' as const }));
  commitImport(db, { title: 'US-Japan Relations', fileCountries: ['US', 'JP'], contentHash: 'notes-test' }, [
    entry({ dateStart: '2023-01-11', summary: 'Foreign ministers meet in Washington.', location: 'Washington', countries: codes('US', 'JP') }),
    entry({ dateStart: '2023-01-20', summary: 'Shuttle diplomacy resumes in Seoul.', location: 'Seoul', countries: codes('JP', 'KR') }),
    entry({ dateStart: '2023-03-06', summary: 'Quad foreign ministers meet in New Delhi.', location: 'New Delhi', countries: codes('AU', 'IN', 'JP', 'US') }),
  ]);
  const id = (summary: string) => db.prepare('SELECT id FROM events WHERE summary = ?').pluck().get(summary) as number;
  return {
    db,
    usJp: id('Foreign ministers meet in Washington.'),
    jpKr: id('Shuttle diplomacy resumes in Seoul.'),
    quad: id('Quad foreign ministers meet in New Delhi.'),
  };
}

const count = (db: Database, table: string, where = '1') => db.prepare(`SELECT count(*) FROM ${table} WHERE ${where}`).pluck().get() as number;
const revisionRows = (db: Database, noteId: number) =>
  db.prepare('SELECT id, body, author, kind FROM note_revisions WHERE note_id = ? ORDER BY id').all(noteId) as Array<{ id: number; body: string; author: string; kind: string }>;
const ids = (notes: Array<{ id: number }>) => notes.map((n) => n.id);
const searchHits = (db: Database, word: string) => queryEvents(db, { filter: { search: word }, limit: 100 }).rows.map((r) => r.id);
const searchCount = (db: Database, word: string) => countEvents(db, { filter: { search: word } }).total;

test('a note on an event and a standing note on a pair, whichever order the pair is given in', async () => {
  const { db, usJp, jpKr } = await seededStore();
  const onEvent = createNote(db, { target: { eventId: usJp }, body: 'Check the readout against the transcript.' });
  assert.equal(onEvent.eventId, usJp);
  assert.equal(onEvent.subject, null);
  assert.equal(onEvent.body, 'Check the readout against the transcript.');
  assert.equal(onEvent.author, systemUserName());
  assert.equal(onEvent.revisions, 1);
  assert.equal(onEvent.deletedAt, null);
  assert.equal(typeof onEvent.createdAt, 'string');
  // The note's revision id is its one 'create' revision.
  assert.deepEqual(revisionRows(db, onEvent.id), [{ id: onEvent.revisionId, body: 'Check the readout against the transcript.', author: systemUserName(), kind: 'create' }]);

  const standing = createNote(db, { target: { subject: ['US', 'JP'] }, body: 'Alliance management in 2023.' });
  assert.equal(standing.eventId, null);
  assert.deepEqual(standing.subject, ['JP', 'US']);
  assert.equal(db.prepare('SELECT subject FROM notes WHERE id = ?').pluck().get(standing.id), 'JP-US');
  const single = createNote(db, { target: { subject: ['JP'] }, body: 'Japan overall.' });
  const trilateral = createNote(db, { target: { subject: ['US', 'KR', 'JP'] }, body: 'Camp David follow-up.' });
  assert.deepEqual(trilateral.subject, ['JP', 'KR', 'US']);

  // Listed by either order of the pair; a single country or a trilateral is another subject.
  assert.deepEqual(ids(listNotes(db, { target: { subject: ['US', 'JP'] } })), [standing.id]);
  assert.deepEqual(ids(listNotes(db, { target: { subject: ['JP', 'US'] } })), [standing.id]);
  assert.deepEqual(ids(listNotes(db, { target: { subject: ['JP'] } })), [single.id]);
  assert.deepEqual(ids(listNotes(db, { target: { subject: ['KR', 'US', 'JP'] } })), [trilateral.id]);
  assert.deepEqual(listNotes(db, { target: { subject: ['JP', 'KR'] } }), []);
  // Notes on an event are listed by the event, in the order written; standing notes are not among them.
  const second = createNote(db, { target: { eventId: usJp }, body: 'Second thought.' });
  assert.deepEqual(ids(listNotes(db, { target: { eventId: usJp } })), [onEvent.id, second.id]);
  assert.deepEqual(listNotes(db, { target: { eventId: jpKr } }), []);
  assert.deepEqual(listNotes(db, { target: { eventId: usJp } })[0], onEvent);

  // The standing-notes list has the three standing notes and no note on an event.
  const standingList = listStandingNotes(db);
  assert.deepEqual(ids(standingList).sort(), [standing.id, single.id, trilateral.id].sort());
  const listed = standingList.find((n) => n.id === standing.id)!;
  assert.deepEqual(listed.subject, ['JP', 'US']);
  assert.equal(listed.event, null);
  assert.equal(listed.preview, 'Alliance management in 2023.');
  assert.equal(listed.chars, 'Alliance management in 2023.'.length);
  db.close();
});

test('each changed save is a revision, an unchanged save writes nothing; revisions list newest first', async () => {
  const { db, usJp } = await seededStore();
  const first = 'a'.repeat(150);
  const note = createNote(db, { target: { eventId: usJp }, body: first });

  const unchanged = saveNote(db, { id: note.id, body: first });
  assert.equal(unchanged.revisionId, note.revisionId);
  assert.equal(unchanged.revisions, 1);
  assert.equal(count(db, 'note_revisions', `note_id = ${note.id}`), 1);

  const second = `${'b'.repeat(250)} tail`;
  const saved = saveNote(db, { id: note.id, body: second });
  assert.equal(saved.body, second);
  assert.equal(saved.revisions, 2);
  assert.notEqual(saved.revisionId, note.revisionId);
  assert.ok(saved.updatedAt >= note.updatedAt);
  assert.equal(saveNote(db, { id: note.id, body: second }).revisions, 2);
  const third = saveNote(db, { id: note.id, body: 'short' });
  assert.equal(third.revisions, 3);
  assert.equal(count(db, 'note_revisions', `note_id = ${note.id}`), 3);

  const history = noteRevisions(db, { noteId: note.id });
  assert.deepEqual(
    history.map(({ savedAt: _at, ...r }) => r),
    [
      { id: third.revisionId, noteId: note.id, author: systemUserName(), kind: 'edit', chars: 5, preview: 'short' },
      { id: saved.revisionId, noteId: note.id, author: systemUserName(), kind: 'edit', chars: 255, preview: 'b'.repeat(200) },
      { id: note.revisionId, noteId: note.id, author: systemUserName(), kind: 'create', chars: 150, preview: first },
    ],
  );
  assert.ok(history.every((r) => typeof r.savedAt === 'string' && r.savedAt.length > 0));
  assert.ok(history[0]!.id > history[1]!.id && history[1]!.id > history[2]!.id);

  assert.deepEqual(noteRevisionBody(db, { revisionId: saved.revisionId }), { body: second });
  assert.deepEqual(noteRevisionBody(db, { revisionId: note.revisionId }), { body: first });
  assert.throws(() => noteRevisionBody(db, { revisionId: 987_654 }), { name: 'StoreError', code: 'NOT_FOUND' });
  assert.throws(() => noteRevisions(db, { noteId: 987_654 }), { name: 'StoreError', code: 'NOT_FOUND' });
  assert.throws(() => saveNote(db, { id: 987_654, body: 'x' }), { name: 'StoreError', code: 'NOT_FOUND' });
  db.close();
});

test('restoring a revision makes its text current as a new restore revision; the history keeps every version', async () => {
  const { db, usJp } = await seededStore();
  const note = createNote(db, { target: { eventId: usJp }, body: 'version one' });
  saveNote(db, { id: note.id, body: 'version two' });
  const v3 = saveNote(db, { id: note.id, body: 'version three' });

  const restored = restoreNoteRevision(db, { noteId: note.id, revisionId: note.revisionId });
  assert.equal(restored.body, 'version one');
  assert.equal(restored.revisions, 4);
  assert.ok(restored.revisionId > v3.revisionId);
  assert.equal(db.prepare('SELECT body FROM notes WHERE id = ?').pluck().get(note.id), 'version one');
  assert.deepEqual(
    noteRevisions(db, { noteId: note.id }).map((r) => [r.kind, r.preview]),
    [
      ['restore', 'version one'],
      ['edit', 'version three'],
      ['edit', 'version two'],
      ['create', 'version one'],
    ],
  );
  assert.deepEqual(noteRevisionBody(db, { revisionId: restored.revisionId }), { body: 'version one' });
  assert.deepEqual(listNotes(db, { target: { eventId: usJp } }).map((n) => n.body), ['version one']);
  // Saving after a restore continues the history.
  assert.equal(saveNote(db, { id: note.id, body: 'version four' }).revisions, 5);

  // A revision of another note is not this note's to restore, and changes nothing.
  const other = createNote(db, { target: { eventId: usJp }, body: 'other note' });
  assert.throws(() => restoreNoteRevision(db, { noteId: note.id, revisionId: other.revisionId }), {
    name: 'StoreError',
    code: 'NOT_FOUND',
    message: 'That revision is not one of this note’s.',
  });
  assert.equal(count(db, 'note_revisions', `note_id = ${note.id}`), 5);
  assert.equal(db.prepare('SELECT body FROM notes WHERE id = ?').pluck().get(note.id), 'version four');
  db.close();
});

test('a trashed note leaves the lists for the trash; it cannot be saved until it is restored', async () => {
  const { db, usJp } = await seededStore();
  const onEvent = createNote(db, { target: { eventId: usJp }, body: 'To be trashed.' });
  const kept = createNote(db, { target: { eventId: usJp }, body: 'Kept.' });
  const standing = createNote(db, { target: { subject: ['KR', 'JP'] }, body: 'Standing, to be trashed.' });

  const trashed = trashNote(db, { id: onEvent.id });
  assert.equal(typeof trashed.deletedAt, 'string');
  trashNote(db, { id: standing.id });
  assert.deepEqual(ids(listNotes(db, { target: { eventId: usJp } })), [kept.id]);
  assert.deepEqual(listNotes(db, { target: { subject: ['JP', 'KR'] } }), []);
  assert.deepEqual(listStandingNotes(db), []);

  const trash = listTrash(db);
  assert.deepEqual(ids(trash).sort(), [onEvent.id, standing.id].sort());
  const eventEntry = trash.find((n) => n.id === onEvent.id)!;
  assert.deepEqual(eventEntry.event, { dateStart: '2023-01-11', summary: 'Foreign ministers meet in Washington.' });
  assert.equal(eventEntry.eventId, usJp);
  assert.equal(eventEntry.preview, 'To be trashed.');
  assert.equal(eventEntry.chars, 14);
  assert.equal(eventEntry.deletedAt, trashed.deletedAt);
  const standingEntry = trash.find((n) => n.id === standing.id)!;
  assert.equal(standingEntry.event, null);
  assert.deepEqual(standingEntry.subject, ['JP', 'KR']);

  // Trashing twice is harmless.
  assert.equal(trashNote(db, { id: onEvent.id }).deletedAt, trashed.deletedAt);

  // An editor still showing the note cannot bring it back by saving, nor restore a revision.
  assert.throws(() => saveNote(db, { id: onEvent.id, body: 'Typed after trashing.' }), {
    name: 'StoreError',
    code: 'INVALID_INPUT',
    message: 'This note is in the trash; restore it before editing it.',
  });
  assert.throws(() => restoreNoteRevision(db, { noteId: onEvent.id, revisionId: onEvent.revisionId }), { name: 'StoreError', code: 'INVALID_INPUT', message: /in the trash/ });
  assert.equal(db.prepare('SELECT body FROM notes WHERE id = ?').pluck().get(onEvent.id), 'To be trashed.');
  assert.equal(count(db, 'note_revisions', `note_id = ${onEvent.id}`), 1);
  assert.ok(db.prepare('SELECT deleted_at FROM notes WHERE id = ?').pluck().get(onEvent.id));

  const back = untrashNote(db, { id: onEvent.id });
  assert.equal(back.deletedAt, null);
  assert.equal(back.body, 'To be trashed.');
  assert.deepEqual(ids(listNotes(db, { target: { eventId: usJp } })), [onEvent.id, kept.id]);
  assert.deepEqual(ids(listTrash(db)), [standing.id]);
  // Untrashing a live note is harmless; it can be edited again.
  assert.equal(untrashNote(db, { id: onEvent.id }).deletedAt, null);
  assert.equal(saveNote(db, { id: onEvent.id, body: 'Edited after restoring.' }).revisions, 2);
  db.close();
});

test('emptying the trash deletes only notes in the trash, the chosen ones or all, with their revisions', async () => {
  const { db, usJp, jpKr } = await seededStore();
  const a = createNote(db, { target: { eventId: usJp }, body: 'a' });
  const b = createNote(db, { target: { eventId: jpKr }, body: 'b' });
  const c = createNote(db, { target: { subject: ['JP'] }, body: 'c' });
  const live = createNote(db, { target: { eventId: usJp }, body: 'live' });
  for (const n of [a, b, c]) saveNote(db, { id: n.id, body: `${n.body} edited` });
  saveNote(db, { id: live.id, body: 'live edited' });
  for (const n of [a, b, c]) trashNote(db, { id: n.id });

  // A live note's id among the chosen ones is left alone.
  assert.deepEqual(emptyTrash(db, { ids: [a.id, live.id, 987_654] }), { deleted: 1 });
  assert.equal(count(db, 'notes', `id = ${a.id}`), 0);
  assert.equal(count(db, 'note_revisions', `note_id = ${a.id}`), 0);
  assert.throws(() => noteRevisions(db, { noteId: a.id }), { name: 'StoreError', code: 'NOT_FOUND' });
  assert.deepEqual(ids(listTrash(db)).sort(), [b.id, c.id].sort());
  assert.deepEqual(listNotes(db, { target: { eventId: usJp } }).map((n) => [n.id, n.body, n.revisions]), [[live.id, 'live edited', 2]]);

  // An empty choice deletes nothing (it must not be read as "everything").
  assert.deepEqual(emptyTrash(db, { ids: [] }), { deleted: 0 });
  assert.deepEqual(ids(listTrash(db)).sort(), [b.id, c.id].sort());
  // Choosing only live notes deletes nothing either.
  assert.deepEqual(emptyTrash(db, { ids: [live.id] }), { deleted: 0 });

  assert.deepEqual(emptyTrash(db, {}), { deleted: 2 });
  assert.deepEqual(listTrash(db), []);
  assert.equal(count(db, 'notes', `id IN (${b.id}, ${c.id})`), 0);
  assert.equal(count(db, 'note_revisions', `note_id IN (${a.id}, ${b.id}, ${c.id})`), 0);
  assert.equal(count(db, 'note_revisions', `note_id = ${live.id}`), 2);
  assert.equal(count(db, 'notes'), 1);
  assert.deepEqual(emptyTrash(db, {}), { deleted: 0 });
  db.close();
});

test('a note on an unknown event or a standing note on an unknown country is refused and nothing is written', async () => {
  const { db, usJp } = await seededStore();
  createNote(db, { target: { eventId: usJp }, body: 'existing' });
  const before = () => [count(db, 'notes'), count(db, 'note_revisions'), count(db, 'activity')];
  const snapshot = before();

  assert.throws(() => createNote(db, { target: { eventId: 987_654 }, body: 'lost' }), {
    name: 'StoreError',
    code: 'NOT_FOUND',
    message: 'That event no longer exists, so the note was not added.',
  });
  assert.throws(() => createNote(db, { target: { subject: ['JP', 'XX'] }, body: 'lost' }), {
    name: 'StoreError',
    code: 'INVALID_INPUT',
    message: 'A standing note needs known countries; JP-XX includes a code Briefing Book does not know.',
  });
  assert.throws(() => createNote(db, { target: { subject: ['ZZ'] }, body: 'lost' }), { name: 'StoreError', code: 'INVALID_INPUT' });
  assert.deepEqual(before(), snapshot);
  assert.equal(count(db, 'notes', "body = 'lost'"), 0);
  db.close();
});

test('search finds an event by its note, not while the note is in the trash, and again once restored', async () => {
  const { db, usJp, quad } = await seededStore();
  assert.equal(searchCount(db, 'heliotrope'), 0);
  const note = createNote(db, { target: { eventId: usJp }, body: 'The heliotrope paper is relevant here.' });
  assert.deepEqual(searchHits(db, 'heliotrope'), [usJp]);
  assert.equal(searchCount(db, 'heliotrope'), 1);
  // A standing note is about no event, so it makes no event match.
  createNote(db, { target: { subject: ['JP', 'US'] }, body: 'marigold' });
  assert.equal(searchCount(db, 'marigold'), 0);

  trashNote(db, { id: note.id });
  assert.deepEqual(searchHits(db, 'heliotrope'), []);
  assert.equal(searchCount(db, 'heliotrope'), 0);
  // The event itself is still found by its own words.
  assert.deepEqual(searchHits(db, 'Washington'), [usJp]);

  untrashNote(db, { id: note.id });
  assert.deepEqual(searchHits(db, 'heliotrope'), [usJp]);
  assert.equal(searchCount(db, 'heliotrope'), 1);

  // An edit re-indexes: the old word goes, the new one comes; restore brings it back.
  saveNote(db, { id: note.id, body: 'Now about lavender.' });
  assert.equal(searchCount(db, 'heliotrope'), 0);
  assert.deepEqual(searchHits(db, 'lavender'), [usJp]);
  restoreNoteRevision(db, { noteId: note.id, revisionId: note.revisionId });
  assert.deepEqual(searchHits(db, 'heliotrope'), [usJp]);
  assert.equal(searchCount(db, 'lavender'), 0);

  // Emptying the trash drops the word from the index for good.
  createNote(db, { target: { eventId: quad }, body: 'periwinkle' });
  const quadNote = listNotes(db, { target: { eventId: quad } })[0]!;
  assert.deepEqual(searchHits(db, 'periwinkle'), [quad]);
  trashNote(db, { id: quadNote.id });
  emptyTrash(db, {});
  assert.equal(searchCount(db, 'periwinkle'), 0);
  db.close();
});

test('a 5,000,000-character note round-trips byte for byte, as does its revision', async () => {
  const { db, usJp } = await seededStore();
  // Mixed one-, two- and three-byte UTF-8 characters with line breaks, all in the BMP so
  // that JavaScript's length and SQLite's character count agree.
  const chunk = 'Alliance ménage — 日米同盟 2+2\r\n\t"quoted" <b>&amp;</b>\n';
  const body = chunk.repeat(Math.ceil(5_000_000 / chunk.length)).slice(0, 5_000_000);
  assert.equal(body.length, 5_000_000);
  const digest = createHash('sha256').update(body, 'utf8').digest('hex');
  const sameBytes = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex') === digest;

  const note = createNote(db, { target: { eventId: usJp }, body });
  assert.ok(sameBytes(note.body));
  assert.ok(sameBytes(listNotes(db, { target: { eventId: usJp } })[0]!.body));
  assert.ok(sameBytes(noteRevisionBody(db, { revisionId: note.revisionId }).body));
  const [revision] = noteRevisions(db, { noteId: note.id });
  assert.equal(revision!.chars, 5_000_000);
  assert.equal(revision!.preview, body.slice(0, 200));

  // An edit at the very end is a new full revision; the first is unchanged.
  const edited = `${body.slice(0, -1)}!`;
  const saved = saveNote(db, { id: note.id, body: edited });
  assert.equal(saved.body, edited);
  assert.equal(noteRevisionBody(db, { revisionId: saved.revisionId }).body, edited);
  assert.ok(sameBytes(noteRevisionBody(db, { revisionId: note.revisionId }).body));
  assert.ok(sameBytes(restoreNoteRevision(db, { noteId: note.id, revisionId: note.revisionId }).body));
  db.close();
});

test('markup, right-to-left text and emoji are stored and returned unchanged', async () => {
  const { db, usJp } = await seededStore();
  const bodies = [
    '<img src=x onerror=alert(1)>',
    '<script>alert("x")</script> & &amp; \'; DROP TABLE notes; --',
    'שלום עולם — פגישת שרי החוץ',
    'مرحبا بالعالم: اجتماع وزراء الخارجية',
    'Mixed: English עברית العربية 123',
    '👍🏽 👨‍👩‍👧‍👦 🇯🇵🇺🇸 🙂',
    '\u200f\u202eRLO override\u202c and zero\u200bwidth',
  ];
  for (const body of bodies) {
    const note = createNote(db, { target: { eventId: usJp }, body });
    assert.equal(note.body, body);
    assert.equal(noteRevisionBody(db, { revisionId: note.revisionId }).body, body);
    const [revision] = noteRevisions(db, { noteId: note.id });
    assert.equal(revision!.preview, body);
    // SQLite counts characters (code points), not UTF-16 units.
    assert.equal(revision!.chars, [...body].length);
    const edited = `${body} ✓`;
    assert.equal(saveNote(db, { id: note.id, body: edited }).body, edited);
  }
  assert.deepEqual(
    listNotes(db, { target: { eventId: usJp } }).map((n) => n.body),
    bodies.map((b) => `${b} ✓`),
  );
  const standing = createNote(db, { target: { subject: ['JP'] }, body: bodies[0]! });
  assert.equal(listStandingNotes(db).find((n) => n.id === standing.id)!.preview, bodies[0]);

  // The preview is cut at 200 characters, never inside a surrogate pair.
  const emoji = '😀'.repeat(250);
  const long = createNote(db, { target: { eventId: usJp }, body: emoji });
  const [revision] = noteRevisions(db, { noteId: long.id });
  assert.equal(revision!.preview, '😀'.repeat(200));
  assert.equal(revision!.chars, 250);
  assert.equal(long.body, emoji);
  db.close();
});

test('the author is the one set in preferences, the computer user name by default', async () => {
  const { db, usJp } = await seededStore();
  assert.equal(getPreferences(db).author, systemUserName());
  const before = createNote(db, { target: { eventId: usJp }, body: 'by default' });
  assert.equal(before.author, systemUserName());

  assert.equal(savePreferences(db, { preferences: { author: 'K. Tanaka' } }).author, 'K. Tanaka');
  const after = createNote(db, { target: { subject: ['JP', 'US'] }, body: 'by Tanaka' });
  assert.equal(after.author, 'K. Tanaka');
  assert.equal(noteRevisions(db, { noteId: after.id })[0]!.author, 'K. Tanaka');

  // A later save of the earlier note is Tanaka's revision; the note keeps its first author.
  const saved = saveNote(db, { id: before.id, body: 'edited by Tanaka' });
  assert.equal(saved.author, systemUserName());
  assert.deepEqual(
    noteRevisions(db, { noteId: before.id }).map((r) => [r.kind, r.author]),
    [
      ['edit', 'K. Tanaka'],
      ['create', systemUserName()],
    ],
  );
  const restored = restoreNoteRevision(db, { noteId: before.id, revisionId: before.revisionId });
  assert.equal(noteRevisions(db, { noteId: before.id })[0]!.author, 'K. Tanaka');
  assert.equal(restored.body, 'by default');

  // An empty author is refused and the previous one stays.
  assert.throws(() => savePreferences(db, { preferences: { author: '   ' } }), { name: 'StoreError', code: 'INVALID_INPUT' });
  assert.equal(createNote(db, { target: { eventId: usJp }, body: 'still Tanaka' }).author, 'K. Tanaka');
  db.close();
});
