/**
 * Correcting and removing events. An edit changes the summary, the place or the date as written
 * (re-read by the importer's date reader, so start, end and precision always agree with the
 * text); a deletion asks first whenever a briefing cites the events or they carry notes.
 */
import { z } from 'zod';
import { EventDetail } from './events.ts';

/** Most events one deletion may remove: a table selection, not a whole store. */
export const MAX_DELETE_IDS = 10_000;

export const EventEdit = z
  .object({
    summary: z.string().trim().min(1, 'an event needs a summary').max(20_000, 'a summary is limited to 20,000 characters'),
    /** Empty text clears the place. */
    location: z.string().trim().max(500, 'a place is limited to 500 characters'),
    /** The date as the analyst writes it: "Jan. 13, 2023", "March 6-7, 2023", "December 1991", "1991", "2023-01-13". */
    dateText: z.string().trim().min(1, 'an event needs a date').max(200, 'a date is limited to 200 characters'),
  })
  .partial()
  .strict()
  .refine((e) => Object.keys(e).length > 0, { message: 'nothing to change' });
export type EventEdit = z.infer<typeof EventEdit>;

/** One briefing that cites some of the events a deletion would remove. */
export const CitingBriefing = z.object({
  briefingId: z.number().int().positive(),
  briefingTitle: z.string(),
  /** Citations in it of the events being deleted. */
  citations: z.number().int().min(1),
  /** Set when the briefing is in the trash. */
  trashed: z.boolean(),
});
export type CitingBriefing = z.infer<typeof CitingBriefing>;

export const DeleteOutcome = z.object({
  deleted: z.number().int().min(0),
  /** Nothing was deleted: the events are cited or have notes, and the request was not confirmed. */
  needsConfirmation: z.boolean(),
  citedBy: z.array(CitingBriefing),
  /** Notes on the events (in the notes trash or not). */
  notes: z.number().int().min(0),
  /**
   * Of those, the notes that go with the events because an event names no country to file them
   * under; the others move to the notes trash as standing notes on the event's countries.
   */
  notesLost: z.number().int().min(0),
});
export type DeleteOutcome = z.infer<typeof DeleteOutcome>;

const Id = z.number().int().positive();
const DeleteIds = z
  .array(Id)
  .min(1, 'choose at least one event')
  .max(MAX_DELETE_IDS, `at most ${MAX_DELETE_IDS.toLocaleString('en-US')} events can be deleted at once`);

/** Request and response schemas of the edit and delete channels (spread into `channels`). */
export const eventEditChannels = {
  'events:update': { request: z.object({ id: Id, edit: EventEdit }).strict(), response: EventDetail },
  'events:delete': {
    request: z.object({ ids: DeleteIds, confirmed: z.boolean() }).strict(),
    response: DeleteOutcome,
  },
  /** What a deletion would touch, deleting nothing: the dialog reads it before asking. */
  'events:delete-preview': { request: z.object({ ids: DeleteIds }).strict(), response: DeleteOutcome },
} as const;
