import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import type { Database } from 'better-sqlite3';
import { channels } from '../contract/channels.ts';
import { listActivity } from './activity.ts';
import { citeEvents, createBriefing, getBriefing, trashBriefing } from './briefings.ts';
import { isStoreError } from './errors.ts';
import { updateEvent } from './event-edits.ts';
import { deleteEvents, emptyEventsTrash, previewEventDeletion } from './events-trash.ts';
import { getEvent, queryEvents } from './event-queries.ts';
import { entry } from './exchange/test-support.ts';
import { commitImport } from './import/commit.ts';
import { createNote, listStandingNotes, listTrash, noteRevisions, trashNote } from './notes.ts';
import { openStore } from './open-store.ts';
import { tempDir } from './test/helpers.ts';

interface Seeded {
  db: Database;
  washington: number;
  seoul: number;
  tokyo: number;
  bare: number;
}

/*
 *   washington  Jan. 11, 2023  JP US  "Foreign ministers meet in Washington."  (Kishida named: leader level)
 *   seoul       Jan. 20, 2023  JP KR  "Shuttle diplomacy resumes in Seoul."
 *   tokyo       April 1-3 (year from the period)  JP US  "Two-plus-two talks in Tokyo."
 *   bare        Feb. 1, 2023   —      "A statement with no country named."
 */
async function seeded(): Promise<Seeded> {
  const { db } = await openStore(path.join(tempDir('event-edits'), 'store.sqlite'));
  const codes = (...cs: string[]) => cs.map((code) => ({ code, via: 'name' as const }));
  commitImport(db, { title: 'Chronology of US-Japan Relations', fileCountries: ['US', 'JP'], contentHash: 'event-edits' }, [
    entry({ sourceLine: 1, dateText: 'Jan. 11, 2023', dateStart: '2023-01-11', summary: 'Foreign ministers meet in Washington.', location: 'Washington', countries: codes('US', 'JP'), people: ['kishida-fumio'] }),
    entry({ sourceLine: 2, dateText: 'Jan. 20, 2023', dateStart: '2023-01-20', summary: 'Shuttle diplomacy resumes in Seoul.', location: 'Seoul', countries: codes('JP', 'KR') }),
    entry({
      sourceLine: 3,
      dateText: 'April 1-3',
      dateStart: '2023-04-01',
      dateEnd: '2023-04-03',
      summary: 'Two-plus-two talks in Tokyo.',
      location: 'Tokyo',
      countries: codes('JP', 'US'),
      warnings: ['no year in "April 1-3": taken from the period', 'an imported warning'],
    }),
    entry({ sourceLine: 4, dateText: 'Feb. 1, 2023', dateStart: '2023-02-01', summary: 'A statement with no country named.', location: null, countries: [] }),
  ]);
  const id = (summary: string) => db.prepare('SELECT id FROM events WHERE summary = ?').pluck().get(summary) as number;
  return {
    db,
    washington: id('Foreign ministers meet in Washington.'),
    seoul: id('Shuttle diplomacy resumes in Seoul.'),
    tokyo: id('Two-plus-two talks in Tokyo.'),
    bare: id('A statement with no country named.'),
  };
}

const found = (db: Database, search: string) => queryEvents(db, { filter: { search } }).rows.map((r) => r.id);
const row = (db: Database, id: number) => db.prepare('SELECT * FROM events WHERE id = ?').get(id) as Record<string, unknown> | undefined;
const count = (db: Database, table: string, where = '1') => db.prepare(`SELECT count(*) FROM ${table} WHERE ${where}`).pluck().get() as number;

function refusal(fn: () => unknown, code: string, message: RegExp): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(isStoreError(e), `a StoreError, not ${String(e)}`);
    assert.equal(e.code, code);
    assert.match(e.message, message);
    return true;
  });
}

function citedBriefing(db: Database, ...ids: number[]) {
  const b = createBriefing(db, { briefing: { title: 'Japan–US Q1', date: '2023-04-05' } });
  const section = b.sections[0]!;
  citeEvents(db, { sectionId: section.id, target: { ids }, withNotes: false });
  return { briefing: b, sectionId: section.id };
}

test('an edited summary and place are what search finds; the old words are not', async () => {
  const { db, washington } = await seeded();
  assert.deepEqual(found(db, 'Washington'), [washington]);
  const detail = updateEvent(db, { id: washington, edit: { summary: 'Foreign ministers confer in Annapolis.', location: 'Annapolis' } });
  assert.equal(detail.summary, 'Foreign ministers confer in Annapolis.');
  assert.equal(detail.location, 'Annapolis');
  assert.deepEqual(found(db, 'Washington'), []);
  assert.deepEqual(found(db, 'Annapolis'), [washington]);
  assert.deepEqual(found(db, 'confer'), [washington]);
  // The people named stay searchable after the row is rewritten.
  assert.deepEqual(found(db, 'Kishida'), [washington]);
  assert.equal(count(db, 'events_fts'), count(db, 'events'));
  const [log] = listActivity(db, { eventId: washington, limit: 1 });
  assert.equal(log?.action, 'edited the event: summary, place (Washington → Annapolis)');
});

test('an empty place clears it; an unchanged edit writes nothing', async () => {
  const { db, seoul } = await seeded();
  assert.equal(updateEvent(db, { id: seoul, edit: { location: '' } }).location, null);
  const logged = count(db, 'activity');
  updateEvent(db, { id: seoul, edit: { summary: 'Shuttle diplomacy resumes in Seoul.', dateText: 'Jan. 20, 2023' } });
  assert.equal(count(db, 'activity'), logged);
});

test('a new date text is read like an import: start, end and precision follow it', async () => {
  const { db, tokyo, washington } = await seeded();
  let d = updateEvent(db, { id: tokyo, edit: { dateText: 'March 6-7, 2023' } });
  assert.deepEqual(d.warnings, ['an imported warning'], 'the year is written now');
  assert.deepEqual([d.dateStart, d.dateEnd, d.precision, d.dateText], ['2023-03-06', '2023-03-07', 'day', 'March 6-7, 2023']);
  d = updateEvent(db, { id: tokyo, edit: { dateText: 'December 2022' } });
  assert.deepEqual([d.dateStart, d.dateEnd, d.precision], ['2022-12-01', '2022-12-31', 'month']);
  d = updateEvent(db, { id: tokyo, edit: { dateText: '2021' } });
  assert.deepEqual([d.dateStart, d.dateEnd, d.precision], ['2021-01-01', '2021-12-31', 'year']);
  d = updateEvent(db, { id: tokyo, edit: { dateText: '2023-05-02' } });
  assert.deepEqual([d.dateStart, d.dateEnd, d.precision], ['2023-05-02', null, 'day']);
  // No year: the event's own year, and a warning saying so.
  d = updateEvent(db, { id: tokyo, edit: { dateText: 'Jan. 9' } });
  assert.deepEqual([d.dateStart, d.dateEnd], ['2023-01-09', null]);
  assert.deepEqual(d.warnings, ['no year in "Jan. 9": taken from the event\'s earlier date', 'an imported warning']);
  d = updateEvent(db, { id: tokyo, edit: { dateText: 'Jan. 9, 2023' } });
  assert.deepEqual(d.warnings, ['an imported warning']);
  // The engagement level follows the date: Kishida was foreign minister, not prime minister, in 2015.
  assert.equal(row(db, washington)?.level, 3);
  updateEvent(db, { id: washington, edit: { dateText: 'Jan. 11, 2015' } });
  assert.equal(row(db, washington)?.level, 2);
});

test('an unreadable date is refused with a message and nothing changes', async () => {
  const { db, tokyo } = await seeded();
  const before = row(db, tokyo);
  const logged = count(db, 'activity');
  for (const text of ['sometime in spring', 'Feb. 30, 2023', '2023-02-30', 'Jan. 11, 2023 and after', '0999']) {
    refusal(() => updateEvent(db, { id: tokyo, edit: { dateText: text, summary: 'Changed too.' } }), 'INVALID_INPUT', /is not a date Briefing Book can read.*Nothing was changed/);
  }
  assert.deepEqual(row(db, tokyo), before);
  assert.equal(count(db, 'activity'), logged);
  refusal(() => updateEvent(db, { id: 9999, edit: { summary: 'x' } }), 'NOT_FOUND', /not in the store/);
});

test('an event neither cited nor annotated goes to the trash without asking', async () => {
  const { db, seoul } = await seeded();
  assert.deepEqual(previewEventDeletion(db, { ids: [seoul] }), { deleted: 0, needsConfirmation: false, citedBy: [], notes: 0, notesLost: 0 });
  assert.ok(row(db, seoul), 'a preview deletes nothing');
  const outcome = deleteEvents(db, { ids: [seoul], confirmed: false });
  assert.deepEqual(outcome, { deleted: 1, needsConfirmation: false, citedBy: [], notes: 0, notesLost: 0 });
  assert.equal(row(db, seoul), undefined);
  assert.deepEqual(found(db, 'Seoul'), []);
  assert.equal(count(db, 'event_countries', `event_id = ${seoul}`), 0);
  assert.equal(count(db, 'events_fts'), count(db, 'events'));
  assert.match(listActivity(db, { eventId: seoul, limit: 1 })[0]?.action ?? '', /moved the event to the trash: Jan\. 20, 2023 “Shuttle diplomacy/);
  refusal(() => deleteEvents(db, { ids: [seoul], confirmed: true }), 'NOT_FOUND', /no longer in the store/);
});

test('a cited event is not deleted until confirmed; afterwards its citation stays as a snapshot', async () => {
  const { db, washington, tokyo, seoul } = await seeded();
  const { briefing } = citedBriefing(db, washington, tokyo);
  const other = createBriefing(db, { briefing: { title: 'Old draft', date: '2023-02-01' } });
  citeEvents(db, { sectionId: other.sections[1]!.id, target: { ids: [washington] }, withNotes: false });
  trashBriefing(db, { id: other.id });

  const asked = deleteEvents(db, { ids: [washington, tokyo, seoul], confirmed: false });
  assert.deepEqual(previewEventDeletion(db, { ids: [washington, tokyo, seoul] }), asked);
  assert.deepEqual(asked, {
    deleted: 0,
    needsConfirmation: true,
    citedBy: [
      { briefingId: briefing.id, briefingTitle: 'Japan–US Q1', citations: 2, trashed: false },
      { briefingId: other.id, briefingTitle: 'Old draft', citations: 1, trashed: true },
    ],
    notes: 0,
    notesLost: 0,
  });
  assert.ok(row(db, washington) && row(db, tokyo) && row(db, seoul), 'nothing deleted');

  const done = deleteEvents(db, { ids: [washington, tokyo, seoul], confirmed: true });
  assert.equal(done.deleted, 3);
  assert.equal(done.needsConfirmation, false);
  assert.equal(count(db, 'events', `id IN (${washington}, ${tokyo}, ${seoul})`), 0);

  const citations = getBriefing(db, { id: briefing.id }).sections[0]!.citations;
  assert.deepEqual(
    citations.map((c) => [c.eventId, c.edited, c.snapshot.summary, c.snapshot.location]),
    [
      [null, false, 'Foreign ministers meet in Washington.', 'Washington'],
      [null, false, 'Two-plus-two talks in Tokyo.', 'Tokyo'],
    ],
  );
  assert.equal(getBriefing(db, { id: other.id }).sections[1]!.citations[0]?.eventId, null);
});

test('an edited then deleted event: the citation still shows the text as cited', async () => {
  const { db, washington } = await seeded();
  const { briefing } = citedBriefing(db, washington);
  updateEvent(db, { id: washington, edit: { summary: 'Corrected summary.' } });
  assert.equal(getBriefing(db, { id: briefing.id }).sections[0]!.citations[0]?.edited, true);
  deleteEvents(db, { ids: [washington], confirmed: true });
  const [c] = getBriefing(db, { id: briefing.id }).sections[0]!.citations;
  assert.deepEqual([c?.eventId, c?.edited, c?.snapshot.summary], [null, false, 'Foreign ministers meet in Washington.']);
});

test('notes ask first and go to the trash with their event; emptying it moves them to the notes trash as standing notes naming the event', async () => {
  const { db, washington, bare } = await seeded();
  const kept = createNote(db, { target: { eventId: washington }, body: 'Watch the **readout**.' });
  const trashed = createNote(db, { target: { eventId: washington }, body: 'An older thought.' });
  trashNote(db, { id: trashed.id });
  createNote(db, { target: { eventId: bare }, body: 'Nowhere to go.' });

  const asked = deleteEvents(db, { ids: [washington, bare], confirmed: false });
  assert.deepEqual([asked.deleted, asked.needsConfirmation, asked.notes, asked.notesLost], [0, true, 3, 0]);
  assert.equal(count(db, 'notes'), 3);

  const done = deleteEvents(db, { ids: [washington, bare], confirmed: true });
  assert.deepEqual([done.deleted, done.notes, done.notesLost], [2, 3, 0]);
  assert.equal(count(db, 'notes'), 0, 'the notes are in the events trash with their events');
  assert.deepEqual(emptyEventsTrash(db, {}), { deleted: 2, notesMoved: 2, notesLost: 1 });
  assert.equal(count(db, 'notes'), 2);
  const inTrash = listTrash(db).filter((n) => n.id === kept.id || n.id === trashed.id);
  assert.equal(inTrash.length, 2);
  for (const n of inTrash) {
    assert.deepEqual(n.subject, ['JP', 'US']);
    assert.equal(n.eventId, null);
  }
  const body = db.prepare('SELECT body FROM notes WHERE id = ?').pluck().get(kept.id) as string;
  assert.equal(body, 'On a deleted event — Jan. 11, 2023: Foreign ministers meet in Washington.\n\nWatch the **readout**.');
  // The original text is still a revision of its own.
  assert.deepEqual(noteRevisions(db, { noteId: kept.id }).map((r) => r.kind), ['edit', 'create']);
  assert.equal(listStandingNotes(db).some((n) => n.id === kept.id), false, 'in the trash, not among the standing notes');
  assert.equal(count(db, 'events_fts'), count(db, 'events'));
});

test('a deletion of unknown events says so; the contract refuses more than 10,000 ids', async () => {
  const { db, tokyo } = await seeded();
  refusal(() => deleteEvents(db, { ids: [9998, 9999], confirmed: true }), 'NOT_FOUND', /None of these events/);
  // Missing ids beside a present one are ignored.
  assert.equal(deleteEvents(db, { ids: [tokyo, 9999, tokyo], confirmed: false }).deleted, 1);

  const request = channels['events:delete'].request;
  const many = Array.from({ length: 10_001 }, (_, i) => i + 1);
  const refused = request.safeParse({ ids: many, confirmed: true });
  assert.equal(refused.success, false);
  assert.match(refused.error?.issues[0]?.message ?? '', /at most 10,000 events/);
  assert.equal(request.safeParse({ ids: many.slice(0, 10_000), confirmed: true }).success, true);
  assert.equal(request.safeParse({ ids: [], confirmed: true }).success, false);
  assert.equal(request.safeParse({ ids: [1] }).success, false, 'confirmed is required');
  assert.equal(channels['events:update'].request.safeParse({ id: 1, edit: {} }).success, false, 'an empty edit');
  assert.equal(channels['events:update'].request.safeParse({ id: 1, edit: { summary: '   ' } }).success, false, 'a blank summary');
  assert.equal(getEvent(db, { id: tokyo - 1 }).id, tokyo - 1);
});
