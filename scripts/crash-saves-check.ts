/**
 * Judges a store reopened after the annotation-saving process was killed, against what the
 * process had reported: the store is sound; every answered save is there, whole; the one
 * unanswered request of each lane is there whole or not at all; nothing else is there.
 */
import type { Database } from 'better-sqlite3';
import type { SaveLedger } from './crash-saves-ledger.ts';
import { bodyHash, type SaveRequest } from './crash-saves-protocol.ts';

export interface SavesVerdict {
  problems: string[];
  /** Answered saves not found as answered. */
  lost: number;
  /** Unanswered requests found whole in the store, and not found at all. */
  landed: number;
  absent: number;
}

interface NoteRow {
  id: number;
  event_id: number | null;
  subject: string | null;
  body: string;
  revision_id: number | null;
  deleted_at: string | null;
  revision_note: number | null;
  revision_body: string | null;
}

export function checkSaves(db: Database, ledger: SaveLedger): SavesVerdict {
  const verdict: SavesVerdict = { problems: [], lost: 0, landed: 0, absent: 0 };
  const problem = (text: string) => verdict.problems.push(text);
  const lose = (text: string) => {
    verdict.lost++;
    problem(text);
  };
  checkSoundness(db, problem);

  const rows = db
    .prepare(
      `SELECT n.id, n.event_id, n.subject, n.body, n.revision_id, n.deleted_at, r.note_id AS revision_note, r.body AS revision_body
         FROM notes AS n LEFT JOIN note_revisions AS r ON r.id = n.revision_id`,
    )
    .all() as NoteRow[];
  const revisions = new Map<number, Map<number, string>>();
  for (const r of db.prepare('SELECT id, note_id, body FROM note_revisions').all() as { id: number; note_id: number; body: string }[]) {
    if (!revisions.has(r.note_id)) revisions.set(r.note_id, new Map());
    revisions.get(r.note_id)!.set(r.id, bodyHash(r.body));
  }
  for (const row of rows) {
    if (row.revision_note !== row.id || row.revision_body !== row.body) problem(`note ${row.id}: its current revision ${row.revision_id} is missing, another note's, or not its body`);
    if (row.deleted_at !== null) problem(`note ${row.id} is in the trash, yet nothing trashed it`);
  }
  const byId = new Map(rows.map((r) => [r.id, r]));
  // Each lane's unanswered request may be used once: to explain one thing found in the store.
  const unanswered = new Map(ledger.pending);
  const take = (lane: number, matches: (request: SaveRequest) => boolean): boolean => {
    const request = unanswered.get(lane);
    if (!request || !matches(request)) return false;
    unanswered.delete(lane);
    verdict.landed++;
    return true;
  };

  for (const [id, note] of ledger.notes) {
    const row = byId.get(id);
    const found = revisions.get(id) ?? new Map<number, string>();
    if (!row) {
      lose(`note ${id} is gone, with its ${note.revisions.size} answered revisions`);
      continue;
    }
    for (const [rev, hash] of note.revisions) {
      if (found.get(rev) !== hash) lose(`note ${id}: answered revision ${rev} is ${found.has(rev) ? 'not the body that was saved' : 'gone'}`);
    }
    let landed: number | null = null;
    for (const [rev, hash] of found) {
      if (note.revisions.has(rev)) continue;
      if (rev > note.current.rev && take(note.lane, (q) => q.op === 'save' && q.note === id && q.hash === hash)) landed = rev;
      else problem(`note ${id}: revision ${rev} was never saved, or not with that body`);
    }
    const current = row.revision_id === note.current.rev && bodyHash(row.body) === note.current.hash;
    if (!current && row.revision_id !== landed) {
      const text = `note ${id}: its body is not the last one saved (revision ${note.current.rev}) but revision ${row.revision_id}`;
      // A last revision that is gone altogether was counted lost above.
      if (found.get(note.current.rev) === note.current.hash) lose(text);
      else problem(text);
    }
  }

  for (const row of rows) {
    if (ledger.notes.has(row.id)) continue;
    const hash = bodyHash(row.body);
    const target = (q: SaveRequest) =>
      q.op === 'create' && q.hash === hash && ('eventId' in q.target ? q.target.eventId === row.event_id : [...q.target.subject].sort().join('-') === row.subject);
    const lane = [...unanswered.keys()].find((l) => target(unanswered.get(l)!));
    const only = revisions.get(row.id);
    if (lane === undefined || !take(lane, target)) problem(`note ${row.id} was never created, or not with that body`);
    else if (only?.size !== 1 || only.get(row.revision_id!) !== hash) problem(`note ${row.id}, created as the process was killed, has revisions beyond its first`);
  }

  checkMarks(db, ledger, unanswered, take, problem, lose);
  verdict.absent = unanswered.size;
  return verdict;
}

function checkSoundness(db: Database, problem: (text: string) => void): void {
  const quick = db.pragma('quick_check', { simple: true });
  if (quick !== 'ok') problem(`quick_check: ${String(quick)}`);
  const fk = db.pragma('foreign_key_check') as unknown[];
  if (fk.length > 0) problem(`foreign_key_check: ${fk.length} violations`);
  try {
    db.exec("INSERT INTO events_fts (events_fts) VALUES ('integrity-check')");
  } catch (e) {
    problem(`FTS integrity-check: ${(e as Error).message}`);
  }
  // A note and the activity entry that records its writing commit together.
  const unlogged = db.prepare('SELECT count(*) FROM notes AS n WHERE NOT EXISTS (SELECT 1 FROM activity AS a WHERE a.note_id = n.id)').pluck().get() as number;
  if (unlogged > 0) problem(`${unlogged} notes without their activity entry`);
  const bare = db.prepare('SELECT count(*) FROM tags AS t WHERE NOT EXISTS (SELECT 1 FROM event_tags AS et WHERE et.tag_id = t.id)').pluck().get() as number;
  if (bare > 0) problem(`${bare} tags on no event (created without the tagging that created them)`);
}

function checkMarks(
  db: Database,
  ledger: SaveLedger,
  unanswered: Map<number, SaveRequest>,
  take: (lane: number, matches: (q: SaveRequest) => boolean) => boolean,
  problem: (text: string) => void,
  lose: (text: string) => void,
): void {
  const tagged = new Set((db.prepare('SELECT et.event_id, t.name FROM event_tags AS et JOIN tags AS t ON t.id = et.tag_id').raw().all() as [number, string][]).map(([e, t]) => `${e} ${t}`));
  for (const key of ledger.tags) if (!tagged.has(key)) lose(`answered tagging is gone: event ${key}`);
  for (const key of tagged) {
    if (ledger.tags.has(key)) continue;
    const lane = [...unanswered.keys()].find((l) => {
      const q = unanswered.get(l)!;
      return q.op === 'tag' && `${q.event} ${q.tag}` === key;
    });
    if (lane === undefined || !take(lane, () => true)) problem(`event ${key} was never tagged so`);
  }
  for (const [id, importance] of db.prepare('SELECT id, importance FROM events').raw().all() as [number, number | null][]) {
    const answered = ledger.importance.get(id) ?? null;
    if (importance === answered) continue;
    const lane = [...unanswered.keys()].find((l) => {
      const q = unanswered.get(l)!;
      return q.op === 'importance' && q.event === id && q.value === importance;
    });
    if (lane === undefined || !take(lane, () => true)) lose(`event ${id}: importance ${importance} where ${answered} was saved`);
  }
}
