/**
 * Merging two events that report the same thing, and undoing it.
 *
 * The kept event stays as it is — its date, words, countries and officials — and gains what
 * the analyst put on the other: its notes, its tags, the higher importance mark and the
 * briefing flag. Citations of the other move to the kept event (their snapshots are left
 * alone, so a briefing reads as it did), and so do the other's own earlier merges. The other
 * event's report is kept in `event_sources` — document, line, date as written, words and
 * dedupe key — so both sources stay as provenance and importing its chronology again does
 * not bring it back; then it is deleted.
 *
 * `event_merges` keeps a snapshot of the deleted event with every row that hung on it, and
 * of what the merge changed on the kept event, so undoing restores both as they were: the
 * event under its old id (a new one only if another event has taken it since), its rows, and
 * its notes and citations moved back — those still on the kept event. Both steps are logged.
 */
import type { Database } from 'better-sqlite3';
import type { MergeOutcome, OtherSource, UndoMergeOutcome } from '../contract/duplicates.ts';
import { logActivity } from './activity.ts';
import { StoreError } from './errors.ts';
import { currentAuthor } from './preferences.ts';

type Row = Record<string, unknown>;

interface MergeSnapshot {
  /** The merged-away event's row, every column. */
  event: Row;
  countries: Row[];
  people: Row[];
  groupings: Row[];
  links: Row[];
  /** Older snapshots have none. */
  mentionedCountries?: Row[];
  tags: number[];
  /** Rows moved to the kept event, by id (rowid for event_sources). */
  notes: number[];
  citations: number[];
  sources: number[];
  /** What the merge changed on the kept event. */
  kept: { tagsAdded: number[]; importance: number | null; inBriefing: number; importanceAfter: number | null; inBriefingAfter: number };
}

const quoteShort = (text: string, max = 60): string => `“${text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text}”`;

function eventRow(db: Database, id: number, role: string): Row {
  const row = db.prepare('SELECT * FROM events WHERE id = ?').get(id) as Row | undefined;
  if (!row) throw new StoreError('NOT_FOUND', `The ${role} event is no longer in the store; nothing was merged.`);
  return row;
}

/** An event's rows of one table; links in the order they were written (the others are keyed, WITHOUT ROWID). */
const rowsOf = (db: Database, table: string, id: number): Row[] =>
  db.prepare(`SELECT * FROM ${table} WHERE event_id = ?${table === 'event_links' ? ' ORDER BY rowid' : ''}`).all(id) as Row[];
const idsOf = (db: Database, sql: string, ...params: unknown[]): number[] => db.prepare(sql).pluck().all(...params) as number[];
const describe = (e: Row): string => `${(e.date_text as string | null) ?? (e.date_start as string)}: ${quoteShort(e.summary as string)}`;

export function mergeEvents(db: Database, args: { keep: number; merge: number }): MergeOutcome {
  if (args.keep === args.merge) throw new StoreError('INVALID_INPUT', 'An event cannot be merged into itself; choose two different events.');
  const author = currentAuthor(db);
  return db.transaction((): MergeOutcome => {
    const kept = eventRow(db, args.keep, 'kept');
    const merged = eventRow(db, args.merge, 'other');
    const tags = idsOf(db, 'SELECT tag_id FROM event_tags WHERE event_id = ? ORDER BY tag_id', args.merge);
    const keptTags = new Set(idsOf(db, 'SELECT tag_id FROM event_tags WHERE event_id = ?', args.keep));
    const importanceAfter = Math.max((kept.importance as number | null) ?? 0, (merged.importance as number | null) ?? 0) || null;
    const inBriefingAfter = Math.max(kept.in_briefing as number, merged.in_briefing as number);
    const snapshot: MergeSnapshot = {
      event: merged,
      countries: rowsOf(db, 'event_countries', args.merge),
      people: rowsOf(db, 'event_people', args.merge),
      groupings: rowsOf(db, 'event_groupings', args.merge),
      links: rowsOf(db, 'event_links', args.merge),
      mentionedCountries: rowsOf(db, 'event_mentioned_countries', args.merge),
      tags,
      notes: idsOf(db, 'SELECT id FROM notes WHERE event_id = ? ORDER BY id', args.merge),
      citations: idsOf(db, 'SELECT id FROM briefing_citations WHERE event_id = ? ORDER BY id', args.merge),
      sources: idsOf(db, 'SELECT rowid FROM event_sources WHERE event_id = ? ORDER BY rowid', args.merge),
      kept: {
        tagsAdded: tags.filter((t) => !keptTags.has(t)),
        importance: kept.importance as number | null,
        inBriefing: kept.in_briefing as number,
        importanceAfter,
        inBriefingAfter,
      },
    };
    const mergeId = Number(
      db.prepare('INSERT INTO event_merges (kept_id, merged_id, snapshot, author) VALUES (?, ?, ?, ?)').run(args.keep, args.merge, JSON.stringify(snapshot), author)
        .lastInsertRowid,
    );
    const addTag = db.prepare('INSERT INTO event_tags (event_id, tag_id) VALUES (?, ?)');
    for (const tag of snapshot.kept.tagsAdded) addTag.run(args.keep, tag);
    db.prepare('UPDATE events SET importance = ?, in_briefing = ? WHERE id = ? AND (importance IS NOT ? OR in_briefing <> ?)').run(
      importanceAfter,
      inBriefingAfter,
      args.keep,
      importanceAfter,
      inBriefingAfter,
    );
    db.prepare('UPDATE notes SET event_id = ? WHERE event_id = ?').run(args.keep, args.merge);
    db.prepare('UPDATE briefing_citations SET event_id = ? WHERE event_id = ?').run(args.keep, args.merge);
    db.prepare('UPDATE event_sources SET event_id = ? WHERE event_id = ?').run(args.keep, args.merge);
    db.prepare(
      `INSERT INTO event_sources (event_id, source_id, source_line, date_text, date_start, summary, dedupe_key, merge_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(args.keep, merged.source_id, merged.source_line, merged.date_text, merged.date_start, merged.summary, merged.dedupe_key, mergeId);
    db.prepare('DELETE FROM events WHERE id = ?').run(args.merge);
    logActivity(db, { kind: 'event', action: `merged in the duplicate ${describe(merged)}`, author, eventId: args.keep });
    logActivity(db, { kind: 'event', action: `merged into ${describe(kept)}`, author, eventId: args.merge });
    return { mergeId, keptId: args.keep, mergedId: args.merge, notes: snapshot.notes.length, tags: snapshot.kept.tagsAdded.length, citations: snapshot.citations.length };
  })();
}

function insertRow(db: Database, table: string, row: Row): number {
  const columns = Object.keys(row);
  return Number(db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(...columns.map((c) => row[c])).lastInsertRowid);
}

export function undoMerge(db: Database, args: { mergeId: number }): UndoMergeOutcome {
  const author = currentAuthor(db);
  return db.transaction((): UndoMergeOutcome => {
    const merge = db.prepare('SELECT kept_id, merged_id, snapshot, undone_at FROM event_merges WHERE id = ?').get(args.mergeId) as
      | { kept_id: number; merged_id: number; snapshot: string; undone_at: string | null }
      | undefined;
    if (!merge) throw new StoreError('NOT_FOUND', 'There is no such merge to undo.');
    if (merge.undone_at) throw new StoreError('INVALID_INPUT', 'This merge was already undone.');
    const keptId = merge.kept_id;
    if (!db.prepare('SELECT 1 FROM events WHERE id = ?').get(keptId)) {
      throw new StoreError('NOT_FOUND', 'The event this merge kept has since been deleted, so the merge cannot be undone; nothing was changed.');
    }
    const s = JSON.parse(merge.snapshot) as MergeSnapshot;
    // The merged-away entry's dedupe key lives in event_sources until the event has it again.
    db.prepare('DELETE FROM event_sources WHERE merge_id = ?').run(args.mergeId);
    const idFree = !db.prepare('SELECT 1 FROM events WHERE id = ?').get(merge.merged_id);
    const { id: _id, ...columns } = s.event;
    const restoredId = insertRow(db, 'events', idFree ? s.event : columns);
    for (const row of s.countries) insertRow(db, 'event_countries', { ...row, event_id: restoredId });
    for (const row of s.people) insertRow(db, 'event_people', { ...row, event_id: restoredId });
    for (const row of s.groupings) insertRow(db, 'event_groupings', { ...row, event_id: restoredId });
    for (const row of s.links) insertRow(db, 'event_links', { ...row, event_id: restoredId });
    for (const row of s.mentionedCountries ?? []) insertRow(db, 'event_mentioned_countries', { ...row, event_id: restoredId });
    // A tag deleted since the merge cannot come back with it.
    const addTag = db.prepare('INSERT INTO event_tags (event_id, tag_id) SELECT ?, id FROM tags WHERE id = ?');
    for (const tag of s.tags) addTag.run(restoredId, tag);
    const json = (ids: number[]) => JSON.stringify(ids);
    db.prepare('UPDATE notes SET event_id = ? WHERE event_id = ? AND id IN (SELECT value FROM json_each(?))').run(restoredId, keptId, json(s.notes));
    db.prepare('UPDATE briefing_citations SET event_id = ? WHERE event_id = ? AND id IN (SELECT value FROM json_each(?))').run(restoredId, keptId, json(s.citations));
    db.prepare('UPDATE event_sources SET event_id = ? WHERE event_id = ? AND rowid IN (SELECT value FROM json_each(?))').run(restoredId, keptId, json(s.sources));
    db.prepare('DELETE FROM event_tags WHERE event_id = ? AND tag_id IN (SELECT value FROM json_each(?))').run(keptId, json(s.kept.tagsAdded));
    // Marks go back only where the analyst has not changed them since.
    db.prepare('UPDATE events SET importance = ? WHERE id = ? AND importance IS ?').run(s.kept.importance, keptId, s.kept.importanceAfter);
    db.prepare('UPDATE events SET in_briefing = ? WHERE id = ? AND in_briefing = ?').run(s.kept.inBriefing, keptId, s.kept.inBriefingAfter);
    db.prepare("UPDATE event_merges SET undone_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?").run(args.mergeId);
    logActivity(db, { kind: 'event', action: `undid the merge of ${describe(s.event)}`, author, eventId: keptId });
    logActivity(db, { kind: 'event', action: 'restored: a merge was undone', author, eventId: restoredId });
    return { keptId, restoredId };
  })();
}

/** The other documents that reported an event, kept by merges into it (newest first). */
export function otherSources(db: Database, args: { id: number }): OtherSource[] {
  const rows = db
    .prepare(
      `SELECT es.merge_id, s.title, es.source_line, es.date_text, es.date_start, es.summary, m.merged_at
         FROM event_sources AS es JOIN event_merges AS m ON m.id = es.merge_id LEFT JOIN sources AS s ON s.id = es.source_id
        WHERE es.event_id = ? ORDER BY es.merge_id DESC`,
    )
    .all(args.id) as Array<{ merge_id: number; title: string | null; source_line: number | null; date_text: string | null; date_start: string; summary: string; merged_at: string }>;
  return rows.map((r) => ({ mergeId: r.merge_id, source: r.title, line: r.source_line, dateText: r.date_text, dateStart: r.date_start, summary: r.summary, mergedAt: r.merged_at }));
}
