/**
 * Tags and marks on events: create, rename, colour, merge and delete tags; tag or untag many
 * events at once (a selection, or everything a filter matches); set importance. Every
 * change is logged per event in the same transaction.
 */
import type { Database } from 'better-sqlite3';
import type { TagInfo } from '../contract/annotations.ts';
import type { EventFilter } from '../contract/query.ts';
import { logActivity } from './activity.ts';
import { StoreError } from './errors.ts';
import { filterSql } from './event-filter-sql.ts';
import { currentAuthor } from './preferences.ts';

/** Most events one "tag everything that matches" may touch, so a slip cannot tag a million. */
export const MAX_BULK_EVENTS = 100_000;

interface TagRecord {
  id: number;
  name: string;
  color: string | null;
  events: number;
  created_at: string;
}

const TAG_SELECT = 'SELECT t.id, t.name, t.color, (SELECT count(*) FROM event_tags AS et WHERE et.tag_id = t.id) AS events, t.created_at FROM tags AS t';

const toTag = (r: TagRecord): TagInfo => ({ id: r.id, name: r.name, color: r.color, events: r.events, createdAt: r.created_at });

function tagById(db: Database, id: number): TagInfo {
  const row = db.prepare(`${TAG_SELECT} WHERE t.id = ?`).get(id) as TagRecord | undefined;
  if (!row) throw new StoreError('NOT_FOUND', 'That tag no longer exists.');
  return toTag(row);
}

export function listTags(db: Database): TagInfo[] {
  return (db.prepare(`${TAG_SELECT} ORDER BY t.name COLLATE NOCASE`).all() as TagRecord[]).map(toTag);
}

function checkNameFree(db: Database, name: string, except: number | null): void {
  const clash = db.prepare('SELECT name FROM tags WHERE name = ? COLLATE NOCASE AND id IS NOT ?').pluck().get(name, except) as string | undefined;
  if (clash !== undefined) throw new StoreError('INVALID_INPUT', `A tag called "${clash}" already exists. To bring the two together, merge them.`);
}

export function createTag(db: Database, args: { name: string; color: string | null }): TagInfo {
  const author = currentAuthor(db);
  return db.transaction(() => {
    checkNameFree(db, args.name, null);
    const id = Number(db.prepare('INSERT INTO tags (name, color) VALUES (?, ?)').run(args.name, args.color?.toLowerCase() ?? null).lastInsertRowid);
    logActivity(db, { kind: 'tag', action: `created the tag “${args.name}”`, author, tagId: id });
    return tagById(db, id);
  })();
}

export function updateTag(db: Database, args: { id: number; name?: string; color?: string | null }): TagInfo {
  const author = currentAuthor(db);
  return db.transaction(() => {
    const tag = tagById(db, args.id);
    if (args.name !== undefined && args.name !== tag.name) {
      checkNameFree(db, args.name, args.id);
      db.prepare('UPDATE tags SET name = ? WHERE id = ?').run(args.name, args.id);
      logActivity(db, { kind: 'tag', action: `renamed the tag “${tag.name}” to “${args.name}”`, author, tagId: args.id });
    }
    if (args.color !== undefined && (args.color?.toLowerCase() ?? null) !== tag.color) {
      db.prepare('UPDATE tags SET color = ? WHERE id = ?').run(args.color?.toLowerCase() ?? null, args.id);
      logActivity(db, { kind: 'tag', action: `changed the colour of “${args.name ?? tag.name}”`, author, tagId: args.id });
    }
    return tagById(db, args.id);
  })();
}

/** Moves every event of the `from` tags onto `into`, then deletes the `from` tags. */
export function mergeTags(db: Database, args: { from: number[]; into: number }): { into: TagInfo; removed: number } {
  const author = currentAuthor(db);
  return db.transaction(() => {
    const into = tagById(db, args.into);
    const from = [...new Set(args.from)].filter((id) => id !== args.into).map((id) => tagById(db, id));
    if (from.length === 0) throw new StoreError('INVALID_INPUT', 'Choose at least one other tag to merge into this one.');
    const ids = JSON.stringify(from.map((t) => t.id));
    // Events that gain the tag, logged before the old tags go.
    const gained = db
      .prepare(
        `SELECT DISTINCT event_id FROM event_tags WHERE tag_id IN (SELECT value FROM json_each(?))
           AND event_id NOT IN (SELECT event_id FROM event_tags WHERE tag_id = ?)`,
      )
      .pluck()
      .all(ids, args.into) as number[];
    db.prepare('INSERT OR IGNORE INTO event_tags (event_id, tag_id) SELECT event_id, ? FROM event_tags WHERE tag_id IN (SELECT value FROM json_each(?))').run(args.into, ids);
    db.prepare('DELETE FROM tags WHERE id IN (SELECT value FROM json_each(?))').run(ids);
    const names = from.map((t) => `“${t.name}”`).join(', ');
    logActivity(db, { kind: 'tag', action: `merged ${names} into “${into.name}”`, author, tagId: into.id });
    const perEvent = db.prepare("INSERT INTO activity (kind, action, author, event_id, tag_id) VALUES ('tag', ?, ?, ?, ?)");
    for (const eventId of gained) perEvent.run(`tagged “${into.name}” (merged from ${names})`, author, eventId, into.id);
    return { into: tagById(db, args.into), removed: from.length };
  })();
}

export function deleteTag(db: Database, args: { id: number }): { events: number } {
  const author = currentAuthor(db);
  return db.transaction(() => {
    const tag = tagById(db, args.id);
    db.prepare(
      `INSERT INTO activity (kind, action, author, event_id, tag_id)
         SELECT 'tag', ?, ?, event_id, tag_id FROM event_tags WHERE tag_id = ?`,
    ).run(`untagged “${tag.name}” (tag deleted)`, author, args.id);
    db.prepare('DELETE FROM tags WHERE id = ?').run(args.id);
    logActivity(db, { kind: 'tag', action: `deleted the tag “${tag.name}” from ${tag.events} ${tag.events === 1 ? 'event' : 'events'}`, author, tagId: args.id });
    return { events: tag.events };
  })();
}

type BulkTarget = { ids: number[] } | { filter: EventFilter };

/** The events a bulk change applies to, in a temp table, refusing more than MAX_BULK_EVENTS. */
function collectTargets(db: Database, target: BulkTarget): number {
  db.exec('CREATE TEMP TABLE IF NOT EXISTS bulk_targets (id INTEGER PRIMARY KEY)');
  db.exec('DELETE FROM bulk_targets');
  if ('ids' in target) {
    db.prepare('INSERT OR IGNORE INTO bulk_targets (id) SELECT e.id FROM events AS e WHERE e.id IN (SELECT value FROM json_each(?))').run(JSON.stringify(target.ids));
  } else {
    const { where, params } = filterSql(db, target.filter, 'count');
    db.prepare(`INSERT INTO bulk_targets (id) SELECT e.id FROM events AS e WHERE ${where} LIMIT ${MAX_BULK_EVENTS + 1}`).run(...params);
  }
  const n = db.prepare('SELECT count(*) FROM bulk_targets').pluck().get() as number;
  if (n > MAX_BULK_EVENTS) {
    throw new StoreError('INVALID_INPUT', `That would change more than ${MAX_BULK_EVENTS.toLocaleString('en-US')} events at once; narrow the filter first.`);
  }
  return n;
}

export function tagEvents(
  db: Database,
  args: { target: BulkTarget; add: number[]; addNew: string[]; remove: number[] },
): { events: number; added: number; removed: number } {
  const author = currentAuthor(db);
  return db.transaction(() => {
    const events = collectTargets(db, args.target);
    const addIds = args.add.map((id) => tagById(db, id).id);
    for (const name of args.addNew) {
      const existing = db.prepare('SELECT id FROM tags WHERE name = ? COLLATE NOCASE').pluck().get(name) as number | undefined;
      addIds.push(existing ?? createTag(db, { name, color: null }).id);
    }
    let added = 0;
    for (const tagId of new Set(addIds)) {
      const name = tagById(db, tagId).name;
      db.exec('CREATE TEMP TABLE IF NOT EXISTS bulk_changed (id INTEGER PRIMARY KEY)');
      db.exec('DELETE FROM bulk_changed');
      db.prepare('INSERT INTO bulk_changed (id) SELECT id FROM bulk_targets WHERE id NOT IN (SELECT event_id FROM event_tags WHERE tag_id = ?)').run(tagId);
      added += db.prepare('INSERT INTO event_tags (event_id, tag_id) SELECT id, ? FROM bulk_changed').run(tagId).changes;
      db.prepare("INSERT INTO activity (kind, action, author, event_id, tag_id) SELECT 'tag', ?, ?, id, ? FROM bulk_changed").run(`tagged “${name}”`, author, tagId);
    }
    let removed = 0;
    for (const tagId of new Set(args.remove)) {
      const name = tagById(db, tagId).name;
      db.prepare(
        "INSERT INTO activity (kind, action, author, event_id, tag_id) SELECT 'tag', ?, ?, event_id, tag_id FROM event_tags WHERE tag_id = ? AND event_id IN (SELECT id FROM bulk_targets)",
      ).run(`untagged “${name}”`, author, tagId);
      removed += db.prepare('DELETE FROM event_tags WHERE tag_id = ? AND event_id IN (SELECT id FROM bulk_targets)').run(tagId).changes;
    }
    return { events, added, removed };
  })();
}

export function setImportance(db: Database, args: { ids: number[]; importance: number | null }): { changed: number } {
  const author = currentAuthor(db);
  return db.transaction(() => {
    collectTargets(db, { ids: args.ids });
    const action = args.importance === null ? 'cleared the importance mark' : `marked importance ${args.importance}`;
    db.prepare(
      "INSERT INTO activity (kind, action, author, event_id) SELECT 'importance', ?, ?, e.id FROM events AS e JOIN bulk_targets AS b ON b.id = e.id WHERE e.importance IS NOT ?",
    ).run(action, author, args.importance);
    const changed = db.prepare('UPDATE events SET importance = ? WHERE id IN (SELECT id FROM bulk_targets) AND importance IS NOT ?').run(args.importance, args.importance).changes;
    return { changed };
  })();
}

export function setInBriefing(db: Database, args: { ids: number[]; inBriefing: boolean }): { changed: number } {
  const author = currentAuthor(db);
  const flag = args.inBriefing ? 1 : 0;
  return db.transaction(() => {
    collectTargets(db, { ids: args.ids });
    db.prepare(
      "INSERT INTO activity (kind, action, author, event_id) SELECT 'briefing', ?, ?, e.id FROM events AS e JOIN bulk_targets AS b ON b.id = e.id WHERE e.in_briefing <> ?",
    ).run(args.inBriefing ? 'added to the briefing' : 'removed from the briefing', author, flag);
    const changed = db.prepare('UPDATE events SET in_briefing = ? WHERE id IN (SELECT id FROM bulk_targets) AND in_briefing <> ?').run(flag, flag).changes;
    return { changed };
  })();
}
