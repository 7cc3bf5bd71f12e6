import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import type { Database } from 'better-sqlite3';
import { listActivity } from './activity.ts';
import { citeEvents, createBriefing, getBriefing } from './briefings.ts';
import { countryDashboard } from './dashboards/country.ts';
import { isStoreError } from './errors.ts';
import { editEvents, eventHistory, restoreEventVersion, undoEventChange, updateEvent } from './event-edits.ts';
import { getEvent, queryEvents, countEvents } from './event-queries.ts';
import { deleteEvents, emptyEventsTrash, listEventsTrash, untrashEvents } from './events-trash.ts';
import { entry } from './exchange/test-support.ts';
import { commitImport } from './import/commit.ts';
import { createNote, listNotes } from './notes.ts';
import { openStore } from './open-store.ts';
import { createTag, tagEvents } from './tags.ts';
import { tempDir } from './test/helpers.ts';

/*
 *   summit   Jan. 11, 2023  JP US  meeting   Kishida named (leader)    "Leaders meet in Washington."
 *   talks    Jan. 20, 2023  JP CN  meeting   —                         "Vice ministers talk in Beijing."
 *   visit    Feb. 2, 2023   JP     visit     —                         "Delegation visits Tokyo."
 */
async function seeded() {
  const { db } = await openStore(path.join(tempDir('event-corrections'), 'store.sqlite'));
  const codes = (...cs: string[]) => cs.map((code) => ({ code, via: 'name' as const }));
  commitImport(db, { title: 'Chronology of US-Japan Relations', fileCountries: ['US', 'JP'], contentHash: 'corrections-1' }, [
    entry({ sourceLine: 1, dateStart: '2023-01-11', summary: 'Leaders meet in Washington.', location: 'Washington', countries: codes('JP', 'US'), people: ['kishida-fumio'] }),
    entry({ sourceLine: 2, dateText: 'Jan. 20, 2023', dateStart: '2023-01-20', summary: 'Vice ministers talk in Beijing.', location: 'Beijing', countries: codes('JP', 'CN') }),
    entry({ sourceLine: 3, dateText: 'Feb. 2, 2023', dateStart: '2023-02-02', summary: 'Delegation visits Tokyo.', type: 'visit', countries: codes('JP') }),
  ]);
  commitImport(db, { title: 'Chronology of Japan-Korea Relations', fileCountries: ['JP', 'KR'], contentHash: 'corrections-2' }, [
    entry({ sourceLine: 1, dateStart: '2023-03-01', summary: 'Ministers meet in Seoul.', countries: codes('JP', 'KR') }),
  ]);
  const id = (summary: string) => db.prepare('SELECT id FROM events WHERE summary = ?').pluck().get(summary) as number;
  const source = (title: string) => db.prepare('SELECT id FROM sources WHERE title = ?').pluck().get(title) as number;
  return {
    db,
    summit: id('Leaders meet in Washington.'),
    talks: id('Vice ministers talk in Beijing.'),
    visit: id('Delegation visits Tokyo.'),
    koreaFile: source('Chronology of Japan-Korea Relations'),
  };
}

const stored = (db: Database, id: number) => db.prepare('SELECT participants, level, type, category, source_id FROM events WHERE id = ?').get(id) as
  | { participants: string; level: number; type: string; category: string; source_id: number | null }
  | undefined;
const bilateral = (db: Database, ...countries: string[]) =>
  queryEvents(db, { filter: { pairing: { kind: 'countries', countries, mode: 'bilateral', fileOnly: false, otherFilesOnly: false } } }).rows.map((r) => r.id);
const searched = (db: Database, search: string) => queryEvents(db, { filter: { search } }).rows.map((r) => r.id);
const PERIOD = { from: '2023-01-01', to: '2023-03-31' };

function refusal(fn: () => unknown, code: string, message: RegExp): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(isStoreError(e), `a StoreError, not ${String(e)}`);
    assert.equal(e.code, code);
    assert.match(e.message, message);
    return true;
  });
}

test('participants by name or code, type, category and source: the table, filters and dashboards follow', async () => {
  const { db, talks, koreaFile } = await seeded();
  assert.deepEqual(bilateral(db, 'CN', 'JP'), [talks]);
  const before = countryDashboard(db, { country: 'KR', period: PERIOD });
  const d = updateEvent(db, {
    id: talks,
    edit: { addParticipants: ['South Korea', 'quad'], removeParticipants: ['China'], type: 'statement', category: 'security', sourceId: koreaFile },
  });
  assert.deepEqual(d.countries, ['JP', 'KR']);
  assert.deepEqual(d.groupings.map((g) => g.id), ['QUAD']);
  assert.deepEqual(d.participants.find((p) => p.code === 'KR')?.via, 'analyst');
  assert.deepEqual([d.type, d.category, d.provenance.fileCountries], ['statement', 'security', ['JP', 'KR']]);
  assert.deepEqual(stored(db, talks), { participants: ' JP KR ', level: 0, type: 'statement', category: 'security', source_id: koreaFile });
  assert.deepEqual(bilateral(db, 'CN', 'JP'), []);
  assert.ok(bilateral(db, 'JP', 'KR').includes(talks));
  assert.equal(countEvents(db, { filter: { types: ['statement'] } }).total, 1);
  const after = countryDashboard(db, { country: 'KR', period: PERIOD });
  assert.equal(after.types.reduce((n, t) => n + t.events, 0), before.types.reduce((n, t) => n + t.events, 0) + 1, 'the dashboard counts the corrected event');
  assert.ok(after.types.some((t) => t.type === 'statement' && t.events === 1));
  const [log] = listActivity(db, { eventId: talks, limit: 1 });
  assert.match(log?.action ?? '', /^edited the event: type \(meeting → statement\), category \(diplomacy → security\), source, participants \(\+ KR, − CN\), groupings \(\+ QUAD\)$/);
});

test('officials added, removed and marked mentioned: the level of engagement and the search follow', async () => {
  const { db, summit, talks } = await seeded();
  assert.equal(stored(db, summit)?.level, 3);
  const d = updateEvent(db, { id: summit, edit: { mentioned: [{ person: 'Kishida Fumio', mentioned: true }] } });
  assert.deepEqual(d.people.map((p) => [p.id, p.mentioned]), [['kishida-fumio', true]]);
  assert.equal(stored(db, summit)?.level, 0, 'a mentioned official does not make it a leaders’ event');
  updateEvent(db, { id: summit, edit: { mentioned: [{ person: 'kishida-fumio', mentioned: false }] } });
  assert.equal(stored(db, summit)?.level, 3);
  updateEvent(db, { id: talks, edit: { addPeople: ['Yoon Suk Yeol'] } });
  assert.equal(stored(db, talks)?.level, 3);
  assert.deepEqual(searched(db, 'Yoon'), [talks]);
  updateEvent(db, { id: talks, edit: { removePeople: ['yoon-suk-yeol'] } });
  assert.equal(stored(db, talks)?.level, 0);
  assert.deepEqual(searched(db, 'Yoon'), []);
});

test('a name Briefing Book does not know is refused, saying what to write, and nothing changes', async () => {
  const { db, talks } = await seeded();
  const logged = listActivity(db, { limit: 1000 }).length;
  refusal(() => updateEvent(db, { id: talks, edit: { type: 'statement', addParticipants: ['Atlantis'] } }), 'INVALID_INPUT', /“Atlantis” is not a country or grouping.*South Korea.*KR.*Nothing was changed/);
  refusal(() => updateEvent(db, { id: talks, edit: { addPeople: ['Nobody Atall'] } }), 'INVALID_INPUT', /not an official Briefing Book knows.*People screen/);
  refusal(() => updateEvent(db, { id: talks, edit: { addPeople: ['Kishida'] } }), 'INVALID_INPUT', /names 2 officials \(kishida-fumio, kishida-yuko\)/);
  refusal(() => updateEvent(db, { id: talks, edit: { sourceId: 999 } }), 'NOT_FOUND', /no source 999/);
  refusal(() => editEvents(db, { ids: [talks], edit: { addParticipants: ['Atlantis'] } }), 'INVALID_INPUT', /Atlantis/);
  assert.equal(stored(db, talks)?.type, 'meeting');
  assert.equal(listActivity(db, { limit: 1000 }).length, logged);
  assert.deepEqual(eventHistory(db, { id: talks }), []);
});

test('a bulk edit changes every selected event as one batch; one undo puts them all back', async () => {
  const { db, summit, talks, visit } = await seeded();
  const done = editEvents(db, { ids: [summit, talks, visit], edit: { type: 'statement', addParticipants: ['KR'] } });
  assert.equal(done.changed, 3);
  assert.equal(done.unchanged, 0);
  for (const id of [summit, talks, visit]) {
    assert.equal(stored(db, id)?.type, 'statement');
    assert.ok(stored(db, id)?.participants.includes(' KR '));
  }
  const again = editEvents(db, { ids: [summit, talks], edit: { type: 'statement' } });
  assert.deepEqual(again, { changed: 0, unchanged: 2, batch: null }, 'nothing to change is not a version');
  const undone = undoEventChange(db, { batch: done.batch! });
  assert.deepEqual([undone.undone, undone.changedSince], [3, 0]);
  assert.deepEqual([stored(db, summit)?.type, stored(db, visit)?.type], ['meeting', 'visit']);
  assert.deepEqual([stored(db, summit)?.participants, stored(db, talks)?.participants, stored(db, visit)?.participants], [' JP US ', ' CN JP ', ' JP ']);
  assert.equal(stored(db, summit)?.level, 3);
  // The undo is itself a change: undoing it redoes the edit.
  undoEventChange(db, { batch: undone.batch! });
  assert.equal(stored(db, talks)?.type, 'statement');
});

test('undo leaves an event changed again since as it is, and says so', async () => {
  const { db, summit, talks } = await seeded();
  const bulk = editEvents(db, { ids: [summit, talks], edit: { category: 'economy' } });
  updateEvent(db, { id: talks, edit: { summary: 'Vice ministers talk trade in Beijing.' } });
  const undone = undoEventChange(db, { batch: bulk.batch! });
  assert.deepEqual([undone.undone, undone.changedSince], [1, 1]);
  assert.equal(stored(db, summit)?.category, 'diplomacy');
  assert.equal(stored(db, talks)?.category, 'economy');
  assert.equal(getEvent(db, { id: talks }).summary, 'Vice ministers talk trade in Beijing.');
  refusal(() => undoEventChange(db, { batch: 99_999 }), 'NOT_FOUND', /no longer in the history/);
});

test('the history lists each version with before and after; restoring one is a logged change of its own', async () => {
  const { db, talks } = await seeded();
  updateEvent(db, { id: talks, edit: { type: 'call', location: '' } });
  updateEvent(db, { id: talks, edit: { addParticipants: ['KR'], summary: 'Vice ministers talk by phone.' } });
  const history = eventHistory(db, { id: talks });
  assert.equal(history.length, 2);
  assert.deepEqual(history[1]!.changes, [
    { field: 'type', before: 'meeting', after: 'call' },
    { field: 'place', before: 'Beijing', after: 'none' },
  ]);
  assert.deepEqual(history[0]!.changes, [
    { field: 'summary', before: 'Vice ministers talk in Beijing.', after: 'Vice ministers talk by phone.' },
    { field: 'participants', before: 'China (CN), Japan (JP)', after: 'China (CN), Japan (JP), South Korea (KR)' },
  ]);
  // Back to how it was before the first change: as imported.
  const restored = restoreEventVersion(db, { versionId: history[1]!.id, side: 'before' });
  assert.deepEqual([restored.type, restored.location, restored.summary, restored.countries], ['meeting', 'Beijing', 'Vice ministers talk in Beijing.', ['CN', 'JP']]);
  assert.deepEqual(searched(db, 'phone'), []);
  assert.deepEqual(searched(db, 'Beijing'), [talks]);
  const newest = eventHistory(db, { id: talks })[0]!;
  assert.equal(newest.kind, 'restore');
  assert.equal(newest.changes.length, 4);
  assert.match(listActivity(db, { eventId: talks, limit: 1 })[0]?.action ?? '', /^restored an earlier version of the event: /);
  assert.equal(restoreEventVersion(db, { versionId: history[1]!.id, side: 'before' }).batch, null, 'already so: nothing written');
});

test('the trash: deleted events leave the table, dashboards and search, and come back whole with their citations', async () => {
  const { db, summit, talks } = await seeded();
  const tag = createTag(db, { name: 'Watch', color: null });
  tagEvents(db, { target: { ids: [summit] }, add: [tag.id], addNew: [], remove: [] });
  const note = createNote(db, { target: { eventId: summit }, body: 'Read the readout.' });
  const b = createBriefing(db, { briefing: { title: 'Q1', date: '2023-04-01' } });
  citeEvents(db, { sectionId: b.sections[0]!.id, target: { ids: [summit] }, withNotes: false });
  updateEvent(db, { id: summit, edit: { type: 'summit' } });
  const levels = () => countryDashboard(db, { country: 'US', period: PERIOD }).engagement;

  assert.equal(levels().leader, 1);
  assert.equal(deleteEvents(db, { ids: [summit, talks], confirmed: true }).deleted, 2);
  assert.equal(countEvents(db, {}).total, 2);
  assert.deepEqual(searched(db, 'Washington'), []);
  assert.equal(levels().leader, 0);
  assert.equal(getBriefing(db, { id: b.id }).sections[0]!.citations[0]?.eventId, null);
  assert.deepEqual(
    listEventsTrash(db).map((t) => [t.id, t.summary, t.countries, t.notes]),
    [
      [talks, 'Vice ministers talk in Beijing.', ['CN', 'JP'], 0],
      [summit, 'Leaders meet in Washington.', ['JP', 'US'], 1],
    ],
  );

  assert.deepEqual(untrashEvents(db, { ids: [summit] }), { restored: 1 });
  const back = getEvent(db, { id: summit });
  assert.deepEqual([back.type, back.countries, back.tags.map((t) => t.name), back.people.map((p) => p.id)], ['summit', ['JP', 'US'], ['Watch'], ['kishida-fumio']]);
  assert.deepEqual(listNotes(db, { target: { eventId: summit } }).map((n) => [n.id, n.body]), [[note.id, 'Read the readout.']]);
  assert.deepEqual(searched(db, 'readout'), [summit], 'its note is searchable again');
  assert.equal(levels().leader, 1);
  assert.equal(getBriefing(db, { id: b.id }).sections[0]!.citations[0]?.eventId, summit);
  assert.equal(eventHistory(db, { id: summit }).length, 1, 'the history came back with it');
  assert.deepEqual(listEventsTrash(db).map((t) => t.id), [talks]);

  assert.deepEqual(emptyEventsTrash(db, {}), { deleted: 1, notesMoved: 0, notesLost: 0 });
  assert.deepEqual(listEventsTrash(db), []);
  refusal(() => untrashEvents(db, { ids: [talks] }), 'NOT_FOUND', /not in the trash any more/);
});

test('an event imported again while in the trash is not restored twice; a reused id gets a new one', async () => {
  const { db, talks, visit } = await seeded();
  deleteEvents(db, { ids: [talks], confirmed: true });
  commitImport(db, { title: 'Again', fileCountries: [], contentHash: 'again' }, [
    entry({ dateText: 'Jan. 20, 2023', dateStart: '2023-01-20', summary: 'Vice ministers talk in Beijing.', countries: [] }),
  ]);
  refusal(() => untrashEvents(db, { ids: [talks] }), 'INVALID_INPUT', /imported again after it went to the trash.*Nothing was restored/);

  // The newest event leaves; a new event takes its id; restoring gives the trashed one a new id.
  const newest = db.prepare('SELECT max(id) FROM events').pluck().get() as number;
  deleteEvents(db, { ids: [newest], confirmed: true });
  commitImport(db, { title: 'New', fileCountries: [], contentHash: 'new' }, [entry({ dateStart: '2024-01-01', summary: 'Something new.', countries: [] })]);
  assert.equal(db.prepare('SELECT max(id) FROM events').pluck().get(), newest, 'SQLite reused the id');
  untrashEvents(db, { ids: [newest] });
  const again = db.prepare("SELECT id FROM events WHERE summary = 'Vice ministers talk in Beijing.'").pluck().all() as number[];
  assert.equal(again.length, 1);
  assert.ok(getEvent(db, { id: visit }));
  assert.equal(countEvents(db, {}).total, 5);
});
