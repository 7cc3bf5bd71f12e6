/**
 * The judge of the annotation-save trials must catch what it is there to catch: an answered
 * save that is gone, a note whose body is not its revision's, a save nobody sent; and must
 * accept an unanswered save found whole.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { addEvents } from '../db/events.ts';
import { createNote, saveNote } from '../db/notes.ts';
import { openStore } from '../db/open-store.ts';
import { tempDir } from '../db/test/helpers.ts';
import { checkSaves } from './crash-saves-check.ts';
import { SaveLedger } from './crash-saves-ledger.ts';
import { bodyHash, type SaveAck, type SaveRequest, type SavesLayout } from './crash-saves-protocol.ts';

async function setUp() {
  const { db } = await openStore(path.join(tempDir('crash-check'), 's.sqlite'));
  const { ids } = addEvents(db, { events: [{ dateStart: '2023-01-11', summary: '2+2 in Washington' }, { dateStart: '2023-01-13', summary: 'Kishida at the White House' }] });
  const note = createNote(db, { target: { eventId: ids[0]! }, body: 'first' });
  const layout: SavesLayout = { lanes: 1, events: ids, notes: [{ id: note.id, eventId: note.eventId }] };
  const ledger = SaveLedger.fromStore(db, layout);
  const send = (q: SaveRequest) => ledger.read(`send ${JSON.stringify(q)}\n`);
  const ack = (a: SaveAck) => ledger.read(`ack ${JSON.stringify(a)}\n`);
  return { db, ledger, note, send, ack };
}

test('a store holding every answered save, and an unanswered one whole, passes', async () => {
  const { db, ledger, note, send, ack } = await setUp();
  send({ op: 'save', lane: 0, note: note.id, hash: bodyHash('second') });
  const saved = saveNote(db, { id: note.id, body: 'second' });
  ack({ op: 'save', lane: 0, note: note.id, rev: saved.revisionId, hash: bodyHash('second') });
  send({ op: 'save', lane: 0, note: note.id, hash: bodyHash('third') });
  saveNote(db, { id: note.id, body: 'third' });
  // The kill cut this line short: it was never read as an answer.
  ledger.read('ack {"op":"sa');
  const verdict = checkSaves(db, ledger);
  assert.deepEqual(verdict, { problems: [], lost: 0, landed: 1, absent: 0 });
  assert.equal(ledger.acknowledged, 1);
});

test('an answered save that is gone is counted lost', async () => {
  const { db, note, send, ack, ledger } = await setUp();
  send({ op: 'save', lane: 0, note: note.id, hash: bodyHash('second') });
  ack({ op: 'save', lane: 0, note: note.id, rev: note.revisionId + 1, hash: bodyHash('second') });
  const verdict = checkSaves(db, ledger);
  assert.equal(verdict.lost, 1, verdict.problems.join('\n'));
  assert.match(verdict.problems.join('\n'), /answered revision \d+ is gone/);
});

test('a note whose body went back to an older answered revision has lost the later one', async () => {
  const { db, note, send, ack, ledger } = await setUp();
  send({ op: 'save', lane: 0, note: note.id, hash: bodyHash('second') });
  const saved = saveNote(db, { id: note.id, body: 'second' });
  ack({ op: 'save', lane: 0, note: note.id, rev: saved.revisionId, hash: bodyHash('second') });
  db.prepare('UPDATE notes SET body = ?, revision_id = ? WHERE id = ?').run('first', note.revisionId, note.id);
  const verdict = checkSaves(db, ledger);
  assert.equal(verdict.lost, 1, verdict.problems.join('\n'));
  assert.match(verdict.problems.join('\n'), /its body is not the last one saved/);
});

test('a note whose body is not its revision’s, or that nobody wrote, fails', async () => {
  const { db, note, ledger } = await setUp();
  db.prepare('UPDATE notes SET body = ? WHERE id = ?').run('half a save', note.id);
  createNote(db, { target: { eventId: 2 }, body: 'never sent' });
  db.prepare('UPDATE events SET importance = 3 WHERE id = 1').run();
  const problems = checkSaves(db, ledger).problems.join('\n');
  assert.match(problems, /current revision \d+ is missing, another note's, or not its body/);
  assert.match(problems, /note \d+ was never created/);
  assert.match(problems, /event 1: importance 3 where null was saved/);
});
