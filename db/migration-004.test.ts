import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { listActivity } from './activity.ts';
import { countEvents } from './event-queries.ts';
import { LATEST_SCHEMA_VERSION, migrations } from './migrations/index.ts';
import { listNotes, listTrash, noteRevisionBody, noteRevisions, saveNote } from './notes.ts';
import { openStore } from './open-store.ts';
import { listTags } from './tags.ts';
import { tempDir } from './test/helpers.ts';

interface NoteRow {
  id: number;
  event_id: number | null;
  subject: string | null;
  body: string;
  author: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

const NOTES: Array<Omit<NoteRow, 'id' | 'event_id'> & { event: number | null }> = [
  { event: 1, subject: null, body: 'Check the readout against the transcript.', author: 'Analyst', created_at: '2023-05-01T09:00:00.000Z', updated_at: '2023-05-03T10:30:00.000Z', deleted_at: null },
  { event: 1, subject: null, body: 'Second note on the same event: <img src=x onerror=alert(1)> שלום 👍🏽', author: 'K. Tanaka', created_at: '2023-05-02T09:00:00.000Z', updated_at: '2023-05-02T09:00:00.000Z', deleted_at: null },
  { event: 2, subject: null, body: 'A trashed note about pelicans.', author: 'Analyst', created_at: '2023-05-01T09:00:00.000Z', updated_at: '2023-05-04T00:00:00.000Z', deleted_at: '2023-06-01T00:00:00.000Z' },
  { event: null, subject: 'JP-US', body: 'Standing note on the alliance.', author: 'Analyst', created_at: '2023-04-01T09:00:00.000Z', updated_at: '2023-04-02T09:00:00.000Z', deleted_at: null },
  { event: null, subject: 'JP', body: 'x'.repeat(300_000), author: 'Analyst', created_at: '2023-04-01T09:00:00.000Z', updated_at: '2023-04-01T09:00:00.000Z', deleted_at: null },
  { event: 2, subject: null, body: '', author: 'Analyst', created_at: '2023-05-05T09:00:00.000Z', updated_at: '2023-05-05T09:00:00.000Z', deleted_at: null },
];

test('a version-3 store with notes upgrades to 4: one create revision per note, equal to its body; nothing lost', async () => {
  const dir = tempDir('migration-004');
  const file = path.join(dir, 'store.sqlite');
  const v3 = await openStore(file, { migrations: migrations.slice(0, 3) });
  assert.equal(v3.schemaVersion, 3);
  const db3 = v3.db;
  db3.prepare("INSERT INTO events (id, date_start, summary, location) VALUES (1, '2023-01-11', 'Foreign ministers meet in Washington.', 'Washington')").run();
  db3.prepare("INSERT INTO events (id, date_start, summary, importance, in_briefing) VALUES (2, '2023-03-01', 'Trade consultations in Beijing.', 2, 1)").run();
  const insertNote = db3.prepare('INSERT INTO notes (event_id, subject, body, author, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const n of NOTES) insertNote.run(n.event, n.subject, n.body, n.author, n.created_at, n.updated_at, n.deleted_at);
  db3.prepare("INSERT INTO tags (id, name, color) VALUES (1, 'alliance', '#2563eb')").run();
  db3.prepare('INSERT INTO event_tags (event_id, tag_id) VALUES (1, 1), (2, 1)').run();
  db3.prepare("INSERT INTO settings (key, value) VALUES ('preferences', '{\"author\":\"K. Tanaka\",\"keepBackups\":5}')").run();
  const notesBefore = db3.prepare('SELECT * FROM notes ORDER BY id').all() as NoteRow[];
  const eventsBefore = db3.prepare('SELECT id, date_start, summary, location, importance, in_briefing FROM events ORDER BY id').all();
  assert.equal(notesBefore.length, NOTES.length);
  assert.equal(db3.prepare("SELECT count(*) FROM sqlite_schema WHERE name IN ('note_revisions', 'activity')").pluck().get(), 0);
  db3.close();

  const store = await openStore(file);
  const { db } = store;
  try {
    // Migrated through 4 to the latest version (5 adds events.level).
    assert.equal(store.schemaVersion, LATEST_SCHEMA_VERSION);
    assert.equal(db.pragma('user_version', { simple: true }), LATEST_SCHEMA_VERSION);
    assert.ok(store.backupPath, 'the version-3 file was backed up first');
    const backup = new Database(store.backupPath, { readonly: true });
    assert.equal(backup.pragma('user_version', { simple: true }), 3);
    assert.equal(backup.prepare('SELECT count(*) FROM notes').pluck().get(), NOTES.length);
    backup.close();

    // Every note as it was, with its revision id set.
    const notesAfter = db.prepare('SELECT * FROM notes ORDER BY id').all() as Array<NoteRow & { revision_id: number | null }>;
    assert.deepEqual(
      notesAfter.map(({ revision_id: _r, ...n }) => n),
      notesBefore,
    );
    const revisions = db.prepare('SELECT id, note_id, body, author, saved_at, kind FROM note_revisions ORDER BY id').all() as Array<{
      id: number;
      note_id: number;
      body: string;
      author: string;
      saved_at: string;
      kind: string;
    }>;
    assert.equal(revisions.length, NOTES.length);
    for (const note of notesAfter) {
      const own = revisions.filter((r) => r.note_id === note.id);
      assert.equal(own.length, 1, `note ${note.id} has one revision`);
      const [revision] = own;
      assert.deepEqual(
        { body: revision!.body, author: revision!.author, savedAt: revision!.saved_at, kind: revision!.kind },
        { body: note.body, author: note.author, savedAt: note.updated_at, kind: 'create' },
      );
      assert.equal(note.revision_id, revision!.id);
      // The same through the store's own functions.
      const history = noteRevisions(db, { noteId: note.id });
      assert.deepEqual(history.map((r) => [r.id, r.kind, r.chars]), [[note.revision_id, 'create', [...note.body].length]]);
      assert.equal(noteRevisionBody(db, { revisionId: note.revision_id! }).body, note.body);
    }
    assert.equal(db.prepare('SELECT count(*) FROM notes WHERE revision_id IS NULL').pluck().get(), 0);

    // Events, tags, marks and settings are untouched; the trash and search still work.
    assert.deepEqual(db.prepare('SELECT id, date_start, summary, location, importance, in_briefing FROM events ORDER BY id').all(), eventsBefore);
    assert.deepEqual(listTags(db).map((t) => [t.name, t.color, t.events]), [['alliance', '#2563eb', 2]]);
    assert.deepEqual(listTrash(db).map((n) => [n.preview, n.event?.summary, n.revisions]), [['A trashed note about pelicans.', 'Trade consultations in Beijing.', 1]]);
    assert.deepEqual(listNotes(db, { target: { subject: ['US', 'JP'] } }).map((n) => [n.body, n.revisions]), [['Standing note on the alliance.', 1]]);
    assert.equal(countEvents(db, { filter: { search: 'transcript' } }).total, 1);
    assert.equal(countEvents(db, { filter: { search: 'pelicans' } }).total, 0);
    assert.deepEqual(listActivity(db, { limit: 10 }), [], 'the log starts empty');

    // An upgraded note is edited as any other: its next save is its second revision.
    const first = notesAfter[0]!;
    const saved = saveNote(db, { id: first.id, body: 'Edited after the upgrade.' });
    assert.equal(saved.revisions, 2);
    assert.equal(saved.author, 'Analyst');
    assert.deepEqual(noteRevisions(db, { noteId: first.id }).map((r) => [r.kind, r.author]), [
      ['edit', 'K. Tanaka'],
      ['create', 'Analyst'],
    ]);
    assert.deepEqual(db.pragma('foreign_key_check'), []);
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
  } finally {
    db.close();
  }

  // Reopening the upgraded store does not migrate again or add revisions.
  const again = await openStore(file);
  try {
    assert.equal(again.backupPath, null);
    assert.equal(again.db.prepare('SELECT count(*) FROM note_revisions').pluck().get(), NOTES.length + 1);
  } finally {
    again.db.close();
  }
});

test('a version-3 store without notes upgrades to an empty history', async () => {
  const file = path.join(tempDir('migration-004-empty'), 'store.sqlite');
  const v3 = await openStore(file, { migrations: migrations.slice(0, 3) });
  v3.db.prepare("INSERT INTO events (date_start, summary) VALUES ('2023-01-11', 'An event without notes.')").run();
  v3.db.close();
  const { db } = await openStore(file);
  try {
    assert.equal(db.prepare('SELECT count(*) FROM note_revisions').pluck().get(), 0);
    assert.equal(db.prepare('SELECT count(*) FROM activity').pluck().get(), 0);
    assert.equal(db.prepare('SELECT count(*) FROM events').pluck().get(), 1);
    assert.ok(db.prepare("SELECT 1 FROM pragma_table_info('notes') WHERE name = 'revision_id'").get(), 'notes.revision_id exists');
  } finally {
    db.close();
  }
});
