import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import type { Database } from 'better-sqlite3';
import { localToday, MAX_CITATIONS_PER_BRIEFING, type Briefing, type BriefingInput } from '../contract/briefings.ts';
import { listActivity } from './activity.ts';
import {
  addSection,
  briefingChronology,
  briefingSources,
  citationsOfEvent,
  citeEvents,
  createBriefing,
  deleteBriefingForGood,
  duplicateBriefing,
  getBriefing,
  listBriefings,
  moveCitation,
  moveSection,
  refreshCitation,
  removeSection,
  setCitationWithNote,
  trashBriefing,
  uncite,
  untrashBriefing,
  updateBriefing,
  updateSection,
} from './briefings.ts';
import { isStoreError } from './errors.ts';
import { addEvents } from './events.ts';
import { entry } from './exchange/test-support.ts';
import { commitImport } from './import/commit.ts';
import { createNote } from './notes.ts';
import { openStore } from './open-store.ts';
import { systemUserName } from './preferences.ts';
import { setInBriefing } from './tags.ts';
import { tempDir } from './test/helpers.ts';

/*
 * Five events from two source documents:
 *   quad   2023-03-06  AU IN JP US  "Quad foreign ministers meet in New Delhi."   US–Japan chronology, issue 12
 *   usJp   2023-01-11  US JP        "Foreign ministers meet in Washington."       US–Japan chronology, issue 12
 *   jpKr   2023-01-20  JP KR        "Shuttle diplomacy resumes in Seoul."         US–Japan chronology, issue 12
 *   krUs   2023-02-15  KR US        "Vice ministers confer by phone."             Korea digest
 *   late   2023-04-01…04-03 JP US   "Two-plus-two talks in Tokyo."                Korea digest
 */
interface Seeded {
  db: Database;
  usJp: number;
  jpKr: number;
  quad: number;
  krUs: number;
  late: number;
}

async function seededStore(label = 'briefings'): Promise<Seeded> {
  const { db } = await openStore(path.join(tempDir(label), 'store.sqlite'));
  const codes = (...cs: string[]) => cs.map((code) => ({ code, via: 'name' as const }));
  commitImport(
    db,
    { title: 'Chronology of US-Japan Relations', publication: 'Comparative Connections', issue: 'Vol. 25, No. 1', url: 'https://example.org/cc-25-1', fileCountries: ['US', 'JP'], contentHash: 'briefings-a' },
    [
      entry({ sourceLine: 3, dateStart: '2023-03-06', summary: 'Quad foreign ministers meet in New Delhi.', location: 'New Delhi', countries: codes('AU', 'IN', 'JP', 'US') }),
      entry({
        sourceLine: 1,
        dateStart: '2023-01-11',
        summary: 'Foreign ministers meet in Washington.',
        location: 'Washington',
        countries: codes('US', 'JP'),
        links: [{ label: 'State Department readout', url: 'https://example.org/readout', kind: 'source' }],
      }),
      entry({ sourceLine: 2, dateStart: '2023-01-20', summary: 'Shuttle diplomacy resumes in Seoul.', location: 'Seoul', countries: codes('JP', 'KR') }),
    ],
  );
  commitImport(db, { title: 'Korea Digest', fileCountries: ['KR', 'US'], contentHash: 'briefings-b' }, [
    entry({ dateStart: '2023-02-15', summary: 'Vice ministers confer by phone.', location: null, countries: codes('KR', 'US') }),
    entry({ dateStart: '2023-04-01', dateEnd: '2023-04-03', summary: 'Two-plus-two talks in Tokyo.', location: 'Tokyo', countries: codes('JP', 'US') }),
  ]);
  const id = (summary: string) => db.prepare('SELECT id FROM events WHERE summary = ?').pluck().get(summary) as number;
  return {
    db,
    usJp: id('Foreign ministers meet in Washington.'),
    jpKr: id('Shuttle diplomacy resumes in Seoul.'),
    quad: id('Quad foreign ministers meet in New Delhi.'),
    krUs: id('Vice ministers confer by phone.'),
    late: id('Two-plus-two talks in Tokyo.'),
  };
}

const INPUT: BriefingInput = { title: 'Japan–US alliance, Q1 2023', date: '2023-04-05', subject: ['US', 'JP'], period: { from: '2023-01-01', to: '2023-03-31' } };

const count = (db: Database, table: string, where = '1') => db.prepare(`SELECT count(*) FROM ${table} WHERE ${where}`).pluck().get() as number;
const summaries = (section: Briefing['sections'][number]) => section.citations.map((c) => c.snapshot.summary);
const sectionTitles = (b: Briefing) => b.sections.map((s) => s.title);

function refusal(fn: () => unknown, code: string, message: RegExp): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(isStoreError(e), `a StoreError, not ${String(e)}`);
    assert.equal(e.code, code);
    assert.match(e.message, message);
    return true;
  });
}

test('a new briefing has its fields, the defaults and the four default sections', async () => {
  const { db } = await seededStore();
  const b = createBriefing(db, { briefing: INPUT });
  assert.equal(b.title, 'Japan–US alliance, Q1 2023');
  assert.equal(b.subtitle, '');
  assert.equal(b.marking, 'UNCLASSIFIED');
  assert.equal(b.author, systemUserName());
  assert.equal(b.date, '2023-04-05');
  assert.deepEqual(b.subject, ['JP', 'US']);
  assert.deepEqual(b.period, { from: '2023-01-01', to: '2023-03-31' });
  assert.equal(b.template, 'client-note');
  assert.equal(b.paper, 'a4');
  assert.deepEqual(b.keyPoints, []);
  assert.equal(b.deletedAt, null);
  assert.deepEqual(sectionTitles(b), ['Diplomacy', 'Security and defence', 'Economy and trade', 'Politics']);
  assert.deepEqual(
    b.sections.map((s) => [s.position, s.body, s.chart, s.citations.length]),
    [0, 1, 2, 3].map((i) => [i, '', null, 0]),
  );

  const full = createBriefing(db, {
    briefing: {
      title: '  Client note  ',
      subtitle: 'For the board',
      marking: 'CLIENT CONFIDENTIAL',
      author: 'K. Tanaka',
      date: '2023-05-01',
      subject: ['KR', 'JP', 'US'],
      period: null,
      template: 'briefing-book',
      paper: 'letter',
      keyPoints: ['Alliance steady.', 'Trilateral momentum.'],
    },
  });
  assert.equal(full.title, 'Client note');
  assert.equal(full.marking, 'CLIENT CONFIDENTIAL');
  assert.equal(full.author, 'K. Tanaka');
  assert.deepEqual(full.subject, ['JP', 'KR', 'US']);
  assert.equal(full.template, 'briefing-book');
  assert.equal(full.paper, 'letter');
  assert.deepEqual(full.keyPoints, ['Alliance steady.', 'Trilateral momentum.']);
  assert.deepEqual(getBriefing(db, { id: full.id }), full);

  const listing = listBriefings(db, {});
  assert.deepEqual(
    listing.map((l) => [l.id, l.title, l.sections, l.citations]),
    [
      [full.id, 'Client note', 4, 0],
      [b.id, 'Japan–US alliance, Q1 2023', 4, 0],
    ],
  );
  assert.ok(listActivity(db, { kinds: ['briefing'], limit: 10 }).some((a) => a.action === 'created the briefing “Client note”'));

  // Only a title is needed: the date is today's on this computer's calendar.
  const before = localToday();
  const quick = createBriefing(db, { briefing: { title: 'Quick note' } });
  assert.ok([before, localToday()].includes(quick.date), `dated ${quick.date}`);
});

test('bad input is refused with a message and writes nothing', async () => {
  const { db } = await seededStore();
  refusal(() => createBriefing(db, { briefing: { ...INPUT, title: '   ' } }), 'INVALID_INPUT', /needs a title/);
  refusal(() => createBriefing(db, { briefing: { ...INPUT, title: 'x'.repeat(201) } }), 'INVALID_INPUT', /200 characters/);
  refusal(() => createBriefing(db, { briefing: { ...INPUT, keyPoints: Array(13).fill('point') } }), 'INVALID_INPUT', /at most 12 key points/);
  refusal(() => createBriefing(db, { briefing: { ...INPUT, date: '2023-02-30' } }), 'INVALID_INPUT', /not a real calendar date/);
  refusal(() => createBriefing(db, { briefing: { ...INPUT, period: { from: '2023-03-01', to: '2023-01-01' } } }), 'INVALID_INPUT', /ends before it starts/);
  refusal(() => createBriefing(db, { briefing: { ...INPUT, subject: ['JP', 'XQ'] } }), 'INVALID_INPUT', /does not know/);
  assert.equal(count(db, 'briefings'), 0);
  assert.equal(count(db, 'briefing_sections'), 0);
});

test('a path or a script in a title is kept as text', async () => {
  const { db } = await seededStore();
  const title = '../../etc/passwd <script>alert(1)</script>';
  const b = createBriefing(db, { briefing: { ...INPUT, title } });
  assert.equal(getBriefing(db, { id: b.id }).title, title);
  const s = addSection(db, { briefingId: b.id, title: '<img src=x onerror=alert(1)>' });
  assert.equal(s.title, '<img src=x onerror=alert(1)>');
  assert.equal(db.prepare('SELECT title FROM briefings WHERE id = ?').pluck().get(b.id), title);
});

test('the briefing is edited; a change that changes nothing writes nothing', async () => {
  const { db } = await seededStore();
  const b = createBriefing(db, { briefing: INPUT });
  const edited = updateBriefing(db, { id: b.id, patch: { title: 'Renamed', marking: 'CLIENT CONFIDENTIAL', subject: ['KR'], period: null, keyPoints: ['One.'], paper: 'letter' } });
  assert.equal(edited.title, 'Renamed');
  assert.equal(edited.marking, 'CLIENT CONFIDENTIAL');
  assert.deepEqual(edited.subject, ['KR']);
  assert.equal(edited.period, null);
  assert.deepEqual(edited.keyPoints, ['One.']);
  assert.equal(edited.paper, 'letter');
  assert.ok(edited.updatedAt >= b.updatedAt);
  const actions = listActivity(db, { kinds: ['briefing'], limit: 10 }).map((a) => a.action);
  assert.ok(actions.includes('renamed the briefing “Japan–US alliance, Q1 2023” to “Renamed”'));
  const entries = count(db, 'activity');
  assert.deepEqual(updateBriefing(db, { id: b.id, patch: { title: 'Renamed' } }), getBriefing(db, { id: b.id }));
  assert.equal(count(db, 'activity'), entries);
  refusal(() => updateBriefing(db, { id: b.id, patch: {} }), 'INVALID_INPUT', /nothing to change/);
  refusal(() => updateBriefing(db, { id: 999, patch: { title: 'x' } }), 'NOT_FOUND', /no longer exists/);
});

test('sections are added, renamed, written, reordered and removed', async () => {
  const { db, usJp } = await seededStore();
  const b = createBriefing(db, { briefing: INPUT });
  const [diplomacy, security, economy, politics] = b.sections.map((s) => s.id) as [number, number, number, number];

  const tech = addSection(db, { briefingId: b.id, title: 'Technology' });
  assert.equal(tech.position, 4);
  const outlook = addSection(db, { briefingId: b.id, title: 'Outlook', position: 0 });
  assert.equal(outlook.position, 0);
  assert.deepEqual(sectionTitles(getBriefing(db, { id: b.id })), ['Outlook', 'Diplomacy', 'Security and defence', 'Economy and trade', 'Politics', 'Technology']);

  const renamed = updateSection(db, { id: security, title: 'Defence', body: '## Deterrence\n\nThe *alliance* holds.' });
  assert.equal(renamed.title, 'Defence');
  assert.equal(renamed.body, '## Deterrence\n\nThe *alliance* holds.');
  const chart = { kind: 'pair-per-month' as const, countries: ['JP', 'US'], period: { from: '2023-01-01', to: '2023-03-31' } };
  assert.deepEqual(updateSection(db, { id: security, chart }).chart, chart);
  assert.equal(updateSection(db, { id: security, chart: null }).chart, null);
  refusal(() => updateSection(db, { id: security, title: '' }), 'INVALID_INPUT', /needs a title/);
  refusal(() => updateSection(db, { id: security, body: 'x'.repeat(200_001) }), 'INVALID_INPUT', /200,000 characters/);
  refusal(() => updateSection(db, { id: security, chart: { ...chart, kind: 'country-per-month' } }), 'INVALID_INPUT', /one country/);

  // Typing in a section saves often: one "edited" entry per sitting.
  for (const body of ['a', 'ab', 'abc']) updateSection(db, { id: economy, body });
  assert.equal(listActivity(db, { kinds: ['briefing'], limit: 50 }).filter((a) => a.action === `edited the section “Economy and trade” in “${b.title}”`).length, 1);

  let moved = moveSection(db, { id: politics, position: 1 });
  assert.deepEqual(sectionTitles(moved), ['Outlook', 'Politics', 'Diplomacy', 'Defence', 'Economy and trade', 'Technology']);
  moved = moveSection(db, { id: outlook.id, position: 99 });
  assert.deepEqual(sectionTitles(moved), ['Politics', 'Diplomacy', 'Defence', 'Economy and trade', 'Technology', 'Outlook']);
  assert.deepEqual(
    moved.sections.map((s) => s.position),
    [0, 1, 2, 3, 4, 5],
  );

  citeEvents(db, { sectionId: diplomacy, target: { ids: [usJp] } });
  const removed = removeSection(db, { id: diplomacy });
  assert.deepEqual(sectionTitles(removed), ['Politics', 'Defence', 'Economy and trade', 'Technology', 'Outlook']);
  assert.deepEqual(
    removed.sections.map((s) => s.position),
    [0, 1, 2, 3, 4],
  );
  assert.equal(count(db, 'briefing_citations'), 0, 'its citations went with it');
  assert.equal(count(db, 'events', `id = ${usJp}`), 1, 'the event itself stays');
  assert.ok(listActivity(db, { kinds: ['briefing'], limit: 5 }).some((a) => a.action === `removed the section “Diplomacy” and its 1 citation from “${b.title}”`));
  refusal(() => updateSection(db, { id: diplomacy, title: 'Back' }), 'NOT_FOUND', /no longer exists/);
});

test('events are cited by ids, by a filter and by the briefing flag, in date order, each once per section', async () => {
  const { db, usJp, jpKr, quad, krUs, late } = await seededStore();
  const b = createBriefing(db, { briefing: INPUT });
  const [diplomacy, security, economy] = b.sections.map((s) => s.id) as [number, number, number];

  const byIds = citeEvents(db, { sectionId: diplomacy, target: { ids: [quad, usJp] } });
  assert.deepEqual([byIds.added, byIds.skipped], [2, 0]);
  assert.deepEqual(summaries(byIds.section), ['Foreign ministers meet in Washington.', 'Quad foreign ministers meet in New Delhi.']);

  // Appended after what is there, in date order; the two already cited are skipped.
  const again = citeEvents(db, { sectionId: diplomacy, target: { ids: [late, quad, jpKr, usJp] } });
  assert.deepEqual([again.added, again.skipped], [2, 2]);
  assert.deepEqual(summaries(again.section), [
    'Foreign ministers meet in Washington.',
    'Quad foreign ministers meet in New Delhi.',
    'Shuttle diplomacy resumes in Seoul.',
    'Two-plus-two talks in Tokyo.',
  ]);
  assert.deepEqual(
    again.section.citations.map((c) => c.position),
    [0, 1, 2, 3],
  );

  // A filter (or a saved view's filter): KR events in Q1.
  const byFilter = citeEvents(db, { sectionId: security, target: { filter: { pairing: { kind: 'countries', mode: 'any', countries: ['KR'], fileOnly: false }, dateFrom: '2023-01-01', dateTo: '2023-03-31' } } });
  assert.deepEqual(summaries(byFilter.section), ['Shuttle diplomacy resumes in Seoul.', 'Vice ministers confer by phone.']);
  assert.equal(citeEvents(db, { sectionId: security, target: { filter: { pairing: { kind: 'countries', mode: 'any', countries: ['KR'], fileOnly: false } } } }).added, 0);

  // The events marked "add to briefing".
  setInBriefing(db, { ids: [krUs, usJp], inBriefing: true });
  const flagged = citeEvents(db, { sectionId: economy, target: { inBriefing: true } });
  assert.deepEqual(summaries(flagged.section), ['Foreign ministers meet in Washington.', 'Vice ministers confer by phone.']);

  const whole = getBriefing(db, { id: b.id });
  assert.equal(whole.sections.flatMap((s) => s.citations).length, 8);
  assert.equal(listBriefings(db, {})[0]!.citations, 8);
  const cited = whole.sections[0]!.citations[0]!;
  assert.equal(cited.eventId, usJp);
  assert.equal(cited.edited, false);
  assert.deepEqual(cited.snapshot, {
    dateStart: '2023-01-11',
    dateEnd: null,
    precision: 'day',
    dateText: 'Jan. 11, 2023',
    summary: 'Foreign ministers meet in Washington.',
    location: 'Washington',
    countries: ['JP', 'US'],
    source: 'Chronology of US-Japan Relations',
    sourceLine: 1,
    sourceDocument: { title: 'Chronology of US-Japan Relations', publication: 'Comparative Connections', issue: 'Vol. 25, No. 1', url: 'https://example.org/cc-25-1' },
    links: [{ label: 'State Department readout', url: 'https://example.org/readout' }],
    notes: [],
  });
  // The event's history says where it is cited.
  assert.ok(listActivity(db, { eventId: usJp, limit: 10 }).some((a) => a.action === `cited in the briefing “${b.title}” (Diplomacy)`));

  // Which briefings cite an event.
  assert.deepEqual(
    citationsOfEvent(db, { eventId: usJp }).map((c) => [c.briefingId, c.sectionTitle]),
    [
      [b.id, 'Diplomacy'],
      [b.id, 'Economy and trade'],
    ],
  );
  assert.deepEqual(citationsOfEvent(db, { eventId: late }).length, 1);
});

test('citations with and without notes; turning notes on takes them as they are', async () => {
  const { db, usJp, jpKr } = await seededStore();
  const note = createNote(db, { target: { eventId: usJp }, body: 'Check the readout against the transcript.' });
  const b = createBriefing(db, { briefing: INPUT });
  const [diplomacy, security] = b.sections.map((s) => s.id) as [number, number];
  const withNotes = citeEvents(db, { sectionId: diplomacy, target: { ids: [usJp, jpKr] }, withNotes: true }).section.citations;
  assert.deepEqual(
    withNotes.map((c) => [c.withNote, c.snapshot.notes.map((n) => [n.body, n.author])]),
    [
      [true, [['Check the readout against the transcript.', systemUserName()]]],
      [true, []],
    ],
  );
  assert.equal(withNotes[0]!.snapshot.notes[0]!.updatedAt, note.updatedAt);
  const without = citeEvents(db, { sectionId: security, target: { ids: [usJp] } }).section.citations[0]!;
  assert.equal(without.withNote, false);
  assert.deepEqual(without.snapshot.notes, []);

  createNote(db, { target: { eventId: usJp }, body: 'A second thought.' });
  const on = setCitationWithNote(db, { citationId: without.id, withNote: true });
  assert.equal(on.withNote, true);
  assert.deepEqual(
    on.snapshot.notes.map((n) => n.body),
    ['Check the readout against the transcript.', 'A second thought.'],
  );
  const off = setCitationWithNote(db, { citationId: without.id, withNote: false });
  assert.equal(off.withNote, false);
  assert.deepEqual(off.snapshot.notes, []);
});

test('an event edited after it was cited: the citation keeps its text, says so, and a refresh takes the new text', async () => {
  const { db, usJp } = await seededStore();
  const b = createBriefing(db, { briefing: INPUT });
  const cited = citeEvents(db, { sectionId: b.sections[0]!.id, target: { ids: [usJp] } }).section.citations[0]!;
  db.prepare("UPDATE events SET summary = 'Foreign ministers meet in Washington and sign a pact.', location = 'Washington, D.C.' WHERE id = ?").run(usJp);

  const after = getBriefing(db, { id: b.id }).sections[0]!.citations[0]!;
  assert.equal(after.snapshot.summary, 'Foreign ministers meet in Washington.');
  assert.equal(after.snapshot.location, 'Washington');
  assert.equal(after.edited, true);
  assert.equal(after.id, cited.id);

  const refreshed = refreshCitation(db, { citationId: cited.id });
  assert.equal(refreshed.snapshot.summary, 'Foreign ministers meet in Washington and sign a pact.');
  assert.equal(refreshed.snapshot.location, 'Washington, D.C.');
  assert.equal(refreshed.edited, false);

  db.prepare("UPDATE events SET date_start = '2023-01-12' WHERE id = ?").run(usJp);
  assert.equal(getBriefing(db, { id: b.id }).sections[0]!.citations[0]!.edited, true, 'a changed date counts as an edit');
});

test('an event deleted after it was cited: the citation stays as its snapshot, without an event', async () => {
  const { db, usJp, jpKr } = await seededStore();
  const b = createBriefing(db, { briefing: INPUT });
  const section = b.sections[0]!.id;
  citeEvents(db, { sectionId: section, target: { ids: [usJp, jpKr] } });
  assert.equal(citationsOfEvent(db, { eventId: usJp }).length, 1, 'the app asks before deleting this one');
  db.prepare('DELETE FROM events WHERE id = ?').run(usJp);

  const citations = getBriefing(db, { id: b.id }).sections[0]!.citations;
  assert.deepEqual(
    citations.map((c) => [c.eventId, c.snapshot.summary, c.edited]),
    [
      [null, 'Foreign ministers meet in Washington.', false],
      [jpKr, 'Shuttle diplomacy resumes in Seoul.', false],
    ],
  );
  refusal(() => refreshCitation(db, { citationId: citations[0]!.id }), 'INVALID_INPUT', /was deleted/);
  assert.deepEqual(citationsOfEvent(db, { eventId: usJp }), []);
  assert.equal(briefingChronology(db, { id: b.id }).length, 2);
});

test(`more than ${MAX_CITATIONS_PER_BRIEFING.toLocaleString('en-US')} citations are refused with a message, and nothing is added`, async () => {
  const { db, usJp } = await seededStore();
  const b = createBriefing(db, { briefing: INPUT });
  const [diplomacy, security] = b.sections.map((s) => s.id) as [number, number];
  citeEvents(db, { sectionId: diplomacy, target: { ids: [usJp] } });
  const { ids } = addEvents(db, {
    events: Array.from({ length: MAX_CITATIONS_PER_BRIEFING }, (_, i) => ({ dateStart: `2022-${String((i % 12) + 1).padStart(2, '0')}-01`, summary: `Bulk event ${i}.` })),
  });
  const before = { citations: count(db, 'briefing_citations'), activity: count(db, 'activity'), updatedAt: getBriefing(db, { id: b.id }).updatedAt };

  // 2,000 new and one already in the briefing: 2,001 in all.
  refusal(() => citeEvents(db, { sectionId: security, target: { ids } }), 'INVALID_INPUT', /at most 2,000 events; this one has room for 1,999 more\. .*nothing was added/);
  // A filter matching the whole store (2,005 events) is refused the same way.
  refusal(() => citeEvents(db, { sectionId: security, target: { filter: {} } }), 'INVALID_INPUT', /at most 2,000 events/);
  assert.equal(count(db, 'briefing_citations'), before.citations);
  assert.equal(count(db, 'activity'), before.activity);
  assert.equal(getBriefing(db, { id: b.id }).updatedAt, before.updatedAt);

  // Up to the limit is accepted; then the briefing is full.
  assert.equal(citeEvents(db, { sectionId: security, target: { ids: ids.slice(0, MAX_CITATIONS_PER_BRIEFING - 1) } }).added, MAX_CITATIONS_PER_BRIEFING - 1);
  assert.equal(listBriefings(db, {})[0]!.citations, MAX_CITATIONS_PER_BRIEFING);
  refusal(() => citeEvents(db, { sectionId: security, target: { ids: [ids.at(-1)!] } }), 'INVALID_INPUT', /this one is full/);
  // Citing only events already there is not past the limit.
  assert.deepEqual(
    (({ added, skipped }) => ({ added, skipped }))(citeEvents(db, { sectionId: diplomacy, target: { ids: [usJp] } })),
    { added: 0, skipped: 1 },
  );
});

test('citations are moved within and between sections, and removed', async () => {
  const { db, usJp, jpKr, quad } = await seededStore();
  const b = createBriefing(db, { briefing: INPUT });
  const other = createBriefing(db, { briefing: { ...INPUT, title: 'Other' } });
  const [diplomacy, security] = b.sections.map((s) => s.id) as [number, number];
  const [first, second, third] = citeEvents(db, { sectionId: diplomacy, target: { ids: [usJp, jpKr, quad] } }).section.citations as [
    Briefing['sections'][number]['citations'][number],
    Briefing['sections'][number]['citations'][number],
    Briefing['sections'][number]['citations'][number],
  ];
  let now = moveCitation(db, { citationId: third.id, position: 0 });
  assert.deepEqual(
    now.sections[0]!.citations.map((c) => [c.id, c.position]),
    [
      [third.id, 0],
      [first.id, 1],
      [second.id, 2],
    ],
  );
  now = moveCitation(db, { citationId: first.id, position: 0, sectionId: security });
  assert.deepEqual(
    now.sections[0]!.citations.map((c) => [c.id, c.position]),
    [
      [third.id, 0],
      [second.id, 1],
    ],
  );
  assert.deepEqual(
    now.sections[1]!.citations.map((c) => c.id),
    [first.id],
  );
  citeEvents(db, { sectionId: security, target: { ids: [jpKr] } });
  refusal(() => moveCitation(db, { citationId: second.id, position: 0, sectionId: security }), 'INVALID_INPUT', /already cites this event/);
  refusal(() => moveCitation(db, { citationId: second.id, position: 0, sectionId: other.sections[0]!.id }), 'INVALID_INPUT', /same briefing/);

  const left = uncite(db, { citationId: third.id });
  assert.deepEqual(
    left.citations.map((c) => [c.id, c.position]),
    [[second.id, 0]],
  );
  refusal(() => uncite(db, { citationId: third.id }), 'NOT_FOUND', /no longer in the briefing/);
});

test('a duplicate copies everything, under a new title; the original is untouched', async () => {
  const { db, usJp, jpKr } = await seededStore();
  createNote(db, { target: { eventId: usJp }, body: 'Noted.' });
  const b = createBriefing(db, { briefing: { ...INPUT, subtitle: 'Sub', keyPoints: ['A.', 'B.'], template: 'briefing-book', paper: 'letter' } });
  const [diplomacy, security] = b.sections.map((s) => s.id) as [number, number];
  updateSection(db, { id: diplomacy, body: 'Text.', chart: { kind: 'country-per-month', countries: ['JP'], period: { from: '2023-01-01', to: '2023-03-31' } } });
  citeEvents(db, { sectionId: diplomacy, target: { ids: [usJp, jpKr] }, withNotes: true });
  citeEvents(db, { sectionId: security, target: { ids: [jpKr] } });
  moveSection(db, { id: security, position: 0 });
  const original = getBriefing(db, { id: b.id });

  const copy = duplicateBriefing(db, { id: b.id });
  assert.notEqual(copy.id, b.id);
  assert.equal(copy.title, `Copy of ${b.title}`);
  const strip = (x: Briefing) => ({
    ...x,
    id: 0,
    title: '',
    createdAt: '',
    updatedAt: '',
    sections: x.sections.map((s) => ({ ...s, id: 0, briefingId: 0, citations: s.citations.map((c) => ({ ...c, id: 0, sectionId: 0 })) })),
  });
  assert.deepEqual(strip(copy), strip(original));
  assert.deepEqual(getBriefing(db, { id: b.id }), original);
  assert.equal(duplicateBriefing(db, { id: copy.id }).title, `Copy of Copy of ${b.title}`);
  const long = createBriefing(db, { briefing: { ...INPUT, title: 'x'.repeat(200) } });
  assert.equal(duplicateBriefing(db, { id: long.id }).title.length, 200);
});

test('trash, untrash and delete for good (only from the trash)', async () => {
  const { db, usJp } = await seededStore();
  const b = createBriefing(db, { briefing: INPUT });
  citeEvents(db, { sectionId: b.sections[0]!.id, target: { ids: [usJp] } });
  refusal(() => deleteBriefingForGood(db, { id: b.id }), 'INVALID_INPUT', /to the trash first/);

  const trashed = trashBriefing(db, { id: b.id });
  assert.ok(trashed.deletedAt);
  assert.deepEqual(listBriefings(db, {}), []);
  assert.deepEqual(
    listBriefings(db, { includeTrashed: true }).map((l) => [l.id, l.deletedAt !== null]),
    [[b.id, true]],
  );
  assert.equal(citationsOfEvent(db, { eventId: usJp })[0]!.deletedAt, trashed.deletedAt);
  refusal(() => updateBriefing(db, { id: b.id, patch: { title: 'Edit' } }), 'INVALID_INPUT', /in the trash; restore it/);
  refusal(() => addSection(db, { briefingId: b.id, title: 'More' }), 'INVALID_INPUT', /in the trash/);
  refusal(() => citeEvents(db, { sectionId: b.sections[1]!.id, target: { ids: [usJp] } }), 'INVALID_INPUT', /in the trash/);

  const back = untrashBriefing(db, { id: b.id });
  assert.equal(back.deletedAt, null);
  assert.equal(back.sections[0]!.citations.length, 1, 'nothing was lost in the trash');
  assert.equal(listBriefings(db, {}).length, 1);

  trashBriefing(db, { id: b.id });
  assert.deepEqual(deleteBriefingForGood(db, { id: b.id }), { deleted: true });
  assert.equal(count(db, 'briefings'), 0);
  assert.equal(count(db, 'briefing_sections'), 0);
  assert.equal(count(db, 'briefing_citations'), 0);
  assert.equal(count(db, 'events', `id = ${usJp}`), 1);
  refusal(() => getBriefing(db, { id: b.id }), 'NOT_FOUND', /no longer exists/);
  const actions = listActivity(db, { kinds: ['briefing'], limit: 10 }).map((a) => a.action);
  assert.ok(actions.includes(`deleted the briefing “${b.title}” for good`));
  assert.ok(actions.includes(`moved the briefing “${b.title}” to the trash`));
  assert.ok(actions.includes(`restored the briefing “${b.title}” from the trash`));
});

test('the sources list is de-duplicated; the chronology has every cited event once, in date order', async () => {
  const { db, usJp, jpKr, quad, krUs, late } = await seededStore();
  const b = createBriefing(db, { briefing: INPUT });
  const [diplomacy, security] = b.sections.map((s) => s.id) as [number, number];
  citeEvents(db, { sectionId: diplomacy, target: { ids: [late, quad, usJp] } });
  citeEvents(db, { sectionId: security, target: { ids: [jpKr, usJp, krUs] } });

  assert.deepEqual(briefingSources(db, { id: b.id }), [
    { title: 'Chronology of US-Japan Relations', publication: 'Comparative Connections', issue: 'Vol. 25, No. 1', url: 'https://example.org/cc-25-1', citations: 4 },
    { title: 'Korea Digest', publication: null, issue: null, url: null, citations: 2 },
  ]);
  const chronology = briefingChronology(db, { id: b.id });
  assert.deepEqual(
    chronology.map((c) => [c.eventId, c.snapshot.dateStart]),
    [
      [usJp, '2023-01-11'],
      [jpKr, '2023-01-20'],
      [krUs, '2023-02-15'],
      [quad, '2023-03-06'],
      [late, '2023-04-01'],
    ],
  );
  assert.equal(chronology.at(-1)!.snapshot.dateEnd, '2023-04-03');
  const empty = createBriefing(db, { briefing: { ...INPUT, title: 'Empty' } });
  assert.deepEqual(briefingSources(db, { id: empty.id }), []);
  assert.deepEqual(briefingChronology(db, { id: empty.id }), []);
});

test('the schema: strict tables, cascades, and the event link cleared on delete', async () => {
  const { db } = await seededStore();
  const sql = (name: string) => db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').pluck().get(name) as string;
  for (const table of ['briefings', 'briefing_sections', 'briefing_citations']) assert.match(sql(table), /\) STRICT$/);
  assert.match(sql('briefing_citations'), /event_id\s+INTEGER REFERENCES events \(id\) ON DELETE SET NULL/);
  assert.match(sql('briefing_sections'), /ON DELETE CASCADE/);
  assert.throws(() => db.prepare("INSERT INTO briefing_citations (section_id, position, snapshot) VALUES (1, 0, 'not json')").run(), /constraint/i);
  const plan = db.prepare('EXPLAIN QUERY PLAN SELECT id FROM briefing_citations WHERE event_id = ?').all(1) as Array<{ detail: string }>;
  assert.ok(plan.some((p) => /briefing_citations_by_event/.test(p.detail)));
});
