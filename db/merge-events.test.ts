import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Database } from 'better-sqlite3';
import { listActivity } from './activity.ts';
import { citeEvents, createBriefing, getBriefing } from './briefings.ts';
import { deleteEvents, untrashEvents } from './events-trash.ts';
import { isStoreError } from './errors.ts';
import { listDuplicates } from './duplicates.ts';
import { importText, previewImport } from './import/import-operations.ts';
import { mergeEvents, otherSources, undoMerge } from './merge-events.ts';
import { createNote } from './notes.ts';
import { createTag, setImportance, setInBriefing, tagEvents } from './tags.ts';
import { eventWith, sampleStore, sampleText } from './test/sample-store.ts';

/** Everything stored about one event, as rows, for comparing before and after. */
function dump(db: Database, id: number): unknown {
  const rows = (sql: string) => db.prepare(sql).all(id);
  return {
    event: db.prepare('SELECT * FROM events WHERE id = ?').get(id),
    countries: rows('SELECT * FROM event_countries WHERE event_id = ? ORDER BY country_code'),
    people: rows('SELECT * FROM event_people WHERE event_id = ? ORDER BY person_id'),
    groupings: rows('SELECT * FROM event_groupings WHERE event_id = ? ORDER BY grouping_id'),
    links: rows('SELECT * FROM event_links WHERE event_id = ? ORDER BY rowid'),
    tags: rows('SELECT tag_id FROM event_tags WHERE event_id = ? ORDER BY tag_id'),
    notes: rows('SELECT id, body, revision_id FROM notes WHERE event_id = ? ORDER BY id'),
    citations: rows('SELECT id, snapshot FROM briefing_citations WHERE event_id = ? ORDER BY id'),
    sources: rows('SELECT source_id, source_line, summary FROM event_sources WHERE event_id = ? ORDER BY rowid'),
    search: db.prepare("SELECT rowid FROM events_fts WHERE events_fts MATCH 'yoon' AND rowid = ?").all(id),
  };
}

function refusal(fn: () => unknown, code: string, message: RegExp): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(isStoreError(e), `a StoreError, not ${String(e)}`);
    assert.equal(e.code, code);
    assert.match(e.message, message);
    return true;
  });
}

/** The sample's two reports of Yoon in Tokyo, each annotated: notes, tags, marks, a citation. */
async function annotated(label: string) {
  const { db, ctx } = await sampleStore(label);
  const keep = eventWith(db, 'hosts South Korean President Yoon');
  const merge = eventWith(db, 'travels to Tokyo');
  const shared = createTag(db, { name: 'shuttle diplomacy', color: null });
  const own = createTag(db, { name: 'JP-KR thaw', color: null });
  tagEvents(db, { target: { ids: [keep, merge] }, add: [shared.id], addNew: [], remove: [] });
  tagEvents(db, { target: { ids: [merge] }, add: [own.id], addNew: [], remove: [] });
  setImportance(db, { ids: [merge], importance: 3 });
  setImportance(db, { ids: [keep], importance: 1 });
  setInBriefing(db, { ids: [merge], inBriefing: true });
  const note = createNote(db, { target: { eventId: merge }, body: 'Yoon came with a business delegation.' });
  const briefing = createBriefing(db, { briefing: { title: 'Japan–Korea thaw' } });
  const sectionId = briefing.sections[0]!.id;
  citeEvents(db, { sectionId, target: { ids: [merge] } });
  return { db, ctx, keep, merge, tags: { shared: shared.id, own: own.id }, note: note.id, briefingId: briefing.id };
}

test('a merge keeps one event with both sources, the notes, tags, marks and citations of both', async () => {
  const { db, keep, merge, tags, note, briefingId } = await annotated('merge');
  const citedBefore = getBriefing(db, { id: briefingId }).sections[0]!.citations;
  const outcome = mergeEvents(db, { keep, merge });
  assert.deepEqual({ ...outcome, mergeId: 0 }, { mergeId: 0, keptId: keep, mergedId: merge, notes: 1, tags: 1, citations: 1 });

  assert.equal(db.prepare('SELECT count(*) FROM events WHERE id = ?').pluck().get(merge), 0);
  const kept = db.prepare('SELECT importance, in_briefing FROM events WHERE id = ?').get(keep);
  assert.deepEqual(kept, { importance: 3, in_briefing: 1 });
  assert.deepEqual(db.prepare('SELECT tag_id FROM event_tags WHERE event_id = ? ORDER BY tag_id').pluck().all(keep), [tags.shared, tags.own].sort((a, b) => a - b));
  assert.equal(db.prepare('SELECT event_id FROM notes WHERE id = ?').pluck().get(note), keep);
  // The note's words are found on the kept event now.
  assert.deepEqual(db.prepare("SELECT rowid FROM events_fts WHERE events_fts MATCH 'delegation'").pluck().all(), [keep]);

  const citedAfter = getBriefing(db, { id: briefingId }).sections[0]!.citations;
  assert.equal(citedAfter[0]!.eventId, keep);
  assert.deepEqual(citedAfter[0]!.snapshot, citedBefore[0]!.snapshot, 'the briefing keeps its snapshot');

  const [other] = otherSources(db, { id: keep });
  assert.equal(other!.source, 'Other pairs: Japan–ROK, US–ROK and China–Japan, early 2023', 'named by its heading');
  assert.equal(other!.dateText, 'March 16-17, 2023');
  assert.match(other!.summary, /^President Yoon Suk Yeol travels to Tokyo/);

  const log = listActivity(db, { eventId: keep, limit: 5 }).map((a) => a.action);
  assert.match(log[0]!, /^merged in the duplicate March 16-17, 2023: “President Yoon/);
  assert.match(listActivity(db, { eventId: merge, limit: 1 })[0]!.action, /^merged into March 16, 2023: /);
  assert.deepEqual(listDuplicates(db, { limit: 10 }).pairs, [], 'the pair is no longer offered');
});

test('undoing a merge restores both events exactly', async () => {
  const { db, keep, merge } = await annotated('undo');
  const before = { keep: dump(db, keep), merge: dump(db, merge) };
  const { mergeId } = mergeEvents(db, { keep, merge });
  assert.notDeepEqual(dump(db, keep), before.keep);
  assert.deepEqual(undoMerge(db, { mergeId }), { keptId: keep, restoredId: merge });
  assert.deepEqual({ keep: dump(db, keep), merge: dump(db, merge) }, before);
  assert.deepEqual(otherSources(db, { id: keep }), []);
  assert.match(listActivity(db, { eventId: keep, limit: 1 })[0]!.action, /^undid the merge of March 16-17, 2023/);
  assert.equal(listDuplicates(db, { limit: 10 }).pairs.length, 1, 'offered again');
  refusal(() => undoMerge(db, { mergeId }), 'INVALID_INPUT', /already undone/);
});

test('a merged-away entry is not imported again, and the preview says it is stored', async () => {
  const { db, ctx, keep, merge } = await annotated('reimport');
  mergeEvents(db, { keep, merge });
  const text = sampleText('other-pairs-2023.md').replace('# Other pairs', '# Other pairs, again');
  const preview = previewImport(db, { text, name: 'again.md' }, ctx);
  assert.equal(preview.total, 5);
  assert.equal(preview.duplicates, 5);
  assert.equal(preview.toAdd, 0);
  const outcome = importText(db, { text, name: 'again.md' }, ctx);
  assert.deepEqual({ added: outcome.added, duplicates: outcome.duplicates }, { added: 0, duplicates: 5 });
});

test('merging refuses the same event twice and events no longer stored; undo refuses when the kept event is gone', async () => {
  const { db, keep, merge } = await annotated('refusals');
  refusal(() => mergeEvents(db, { keep, merge: keep }), 'INVALID_INPUT', /cannot be merged into itself/);
  refusal(() => mergeEvents(db, { keep, merge: 999_999 }), 'NOT_FOUND', /other event is no longer in the store; nothing was merged/);
  refusal(() => undoMerge(db, { mergeId: 999 }), 'NOT_FOUND', /no such merge/);
  const { mergeId } = mergeEvents(db, { keep, merge });
  refusal(() => mergeEvents(db, { keep, merge }), 'NOT_FOUND', /nothing was merged/);
  deleteEvents(db, { ids: [keep], confirmed: true });
  refusal(() => undoMerge(db, { mergeId }), 'NOT_FOUND', /has since been deleted/);
  assert.equal(db.prepare('SELECT count(*) FROM events WHERE id = ?').pluck().get(merge), 0, 'nothing restored');
});

test('undo gives the event a new id when another event has taken its old one', async () => {
  const { db, ctx } = await sampleStore('undo-new-id');
  const keep = eventWith(db, 'hosts South Korean President Yoon');
  const newest = db.prepare('SELECT max(id) FROM events').pluck().get() as number;
  const { mergeId } = mergeEvents(db, { keep, merge: newest });
  importText(db, { text: 'Chronology of X\n\nJune 1, 2023: Japan and India hold talks in Delhi.', name: 'x.md' }, ctx);
  assert.equal(db.prepare('SELECT max(id) FROM events').pluck().get(), newest, 'SQLite reused the id');
  const { restoredId } = undoMerge(db, { mergeId });
  assert.ok(restoredId > newest);
  assert.equal(db.prepare('SELECT count(*) FROM event_countries WHERE event_id = ?').pluck().get(restoredId) as number > 0, true);
});

test('a kept event sent to the trash and restored keeps the report merged into it', async () => {
  const { db, ctx, keep, merge } = await annotated('trash-kept');
  mergeEvents(db, { keep, merge });
  const before = otherSources(db, { id: keep });
  deleteEvents(db, { ids: [keep], confirmed: true });
  untrashEvents(db, { ids: [keep] });
  assert.deepEqual(otherSources(db, { id: keep }), before);
  const text = sampleText('other-pairs-2023.md').replace('# Other pairs', '# Other pairs, again');
  assert.equal(previewImport(db, { text, name: 'again.md' }, ctx).toAdd, 0);
});
