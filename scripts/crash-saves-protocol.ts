/**
 * What the annotation-saving process (crash-saves-child.ts) tells the trial on stdout, one
 * line each: `ready` once the store is open, `send {…}` just before a request goes to the
 * store, `ack {…}` once the store has answered it. Writes to a pipe are synchronous on
 * POSIX, so a line written before the kill is a line the trial reads.
 */
import { createHash } from 'node:crypto';
import type { NoteTarget } from '../contract/annotations.ts';

export type SaveRequest =
  | { op: 'create'; lane: number; target: NoteTarget; hash: string }
  | { op: 'save'; lane: number; note: number; hash: string }
  | { op: 'tag'; lane: number; event: number; tag: string }
  | { op: 'importance'; lane: number; event: number; value: number | null };

/** A note request's answer names the note and the revision the store made current. */
export type SaveAck =
  | { op: 'create' | 'save'; lane: number; note: number; rev: number; hash: string }
  | { op: 'tag'; lane: number; event: number; tag: string }
  | { op: 'importance'; lane: number; event: number; value: number | null };

/** The store the process starts from; each lane writes only to its own events and notes. */
export interface SavesLayout {
  lanes: number;
  events: number[];
  notes: { id: number; eventId: number | null }[];
}

export const laneOfEvent = (layout: SavesLayout, eventId: number): number => layout.events.indexOf(eventId) % layout.lanes;

/** A note the store started with belongs to the lane of its event; a standing note, by its id. */
export const laneOfNote = (layout: SavesLayout, note: SavesLayout['notes'][number]): number =>
  note.eventId === null ? note.id % layout.lanes : laneOfEvent(layout, note.eventId);

export const bodyHash = (body: string): string => createHash('sha256').update(body).digest('base64url');
