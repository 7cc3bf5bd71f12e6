/**
 * What the trial has read from the annotation-saving process: every answered save (what
 * the app had reported saved) and, per lane, the one request still unanswered at the kill.
 */
import type { Database } from 'better-sqlite3';
import { bodyHash, laneOfNote, type SaveAck, type SaveRequest, type SavesLayout } from './crash-saves-protocol.ts';

export interface NoteLedger {
  lane: number;
  /** Every revision the store has answered for, by id: the hash of its body. */
  revisions: Map<number, string>;
  /** The last answered revision: the note's body unless a later, unanswered save landed whole. */
  current: { rev: number; hash: string };
}

export class SaveLedger {
  readonly notes = new Map<number, NoteLedger>();
  /** Per lane, the request sent and not answered before the kill, if any. */
  readonly pending = new Map<number, SaveRequest>();
  /** `${eventId} ${tag}` of every answered tagging. */
  readonly tags = new Set<string>();
  /** The last answered importance of each event; null where none was set. */
  readonly importance = new Map<number, number | null>();
  readonly answered = { create: 0, save: 0, tag: 0, importance: 0 };
  ready = false;
  #partial = '';

  /** The notes, revisions and marks the store starts with count as answered saves. */
  static fromStore(db: Database, layout: SavesLayout): SaveLedger {
    const ledger = new SaveLedger();
    for (const note of layout.notes) {
      const revisions = db.prepare('SELECT id, body FROM note_revisions WHERE note_id = ?').all(note.id) as { id: number; body: string }[];
      const current = db.prepare('SELECT revision_id AS rev, body FROM notes WHERE id = ?').get(note.id) as { rev: number; body: string };
      ledger.notes.set(note.id, {
        lane: laneOfNote(layout, note),
        revisions: new Map(revisions.map((r) => [r.id, bodyHash(r.body)])),
        current: { rev: current.rev, hash: bodyHash(current.body) },
      });
    }
    for (const id of layout.events) ledger.importance.set(id, db.prepare('SELECT importance FROM events WHERE id = ?').pluck().get(id) as number | null);
    return ledger;
  }

  get acknowledged(): number {
    const a = this.answered;
    return a.create + a.save + a.tag + a.importance;
  }

  /** Takes a chunk of the process's stdout; a line cut short by the kill is never counted. */
  read(chunk: string): void {
    const lines = (this.#partial + chunk).split('\n');
    this.#partial = lines.pop()!;
    for (const line of lines) this.#line(line);
  }

  #line(line: string): void {
    if (line === 'ready') {
      this.ready = true;
      return;
    }
    const space = line.indexOf(' ');
    const kind = line.slice(0, space);
    if (kind === 'send') {
      const request = JSON.parse(line.slice(space + 1)) as SaveRequest;
      this.pending.set(request.lane, request);
    } else if (kind === 'ack') {
      this.#answer(JSON.parse(line.slice(space + 1)) as SaveAck);
    } else throw new Error(`unexpected line from the saving process: ${line}`);
  }

  #answer(ack: SaveAck): void {
    this.pending.delete(ack.lane);
    this.answered[ack.op]++;
    if (ack.op === 'tag') this.tags.add(`${ack.event} ${ack.tag}`);
    else if (ack.op === 'importance') this.importance.set(ack.event, ack.value);
    else {
      const note = this.notes.get(ack.note) ?? { lane: ack.lane, revisions: new Map<number, string>(), current: { rev: 0, hash: '' } };
      note.revisions.set(ack.rev, ack.hash);
      note.current = { rev: ack.rev, hash: ack.hash };
      this.notes.set(ack.note, note);
    }
  }
}
