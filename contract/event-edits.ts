/**
 * Correcting and removing events. An edit changes any correctable field of one event — the date
 * as written (re-read by the importer's date reader, so start, end and precision always agree
 * with the text), summary, place, type, category, source, participants and officials — or, as a
 * bulk edit, the same fields but the summary and date of many. Every change is a version that can
 * be undone or restored. A deletion asks first whenever a briefing cites the events or they carry
 * notes, and moves them to the events trash, from which they can be restored until it is emptied.
 */
import { z } from 'zod';
import { EventDetail } from './events.ts';
import { CATEGORIES, EVENT_TYPES } from './imports.ts';

/** Most events one deletion may remove: a table selection, not a whole store. */
export const MAX_DELETE_IDS = 10_000;

const Name = z.string().trim().min(1, 'a name or code cannot be empty').max(200, 'a name or code is limited to 200 characters');
const Names = z.array(Name).max(200, 'at most 200 names at once');

const EditFields = z
  .object({
    summary: z.string().trim().min(1, 'an event needs a summary').max(20_000, 'a summary is limited to 20,000 characters'),
    /** Empty text clears the place. */
    location: z.string().trim().max(500, 'a place is limited to 500 characters'),
    /** The date as the analyst writes it: "Jan. 13, 2023", "March 6-7, 2023", "December 1991", "1991", "2023-01-13". */
    dateText: z.string().trim().min(1, 'an event needs a date').max(200, 'a date is limited to 200 characters'),
    type: z.enum(EVENT_TYPES),
    category: z.enum(CATEGORIES),
    /** The chronology the event is filed under (and with it its relationship file); null: entered by hand. */
    sourceId: z.number().int().positive().nullable(),
    /** Countries or groupings by name or code: "South Korea", "KR", "ASEAN". */
    addParticipants: Names,
    removeParticipants: Names,
    /** Officials by name (or alias) or id, as on the People screen. */
    addPeople: Names,
    removePeople: Names,
    /** Marks officials as only mentioned in the entry (true) or taking part (false); added ones too. */
    mentioned: z.array(z.object({ person: Name, mentioned: z.boolean() }).strict()).max(200),
  })
  .partial()
  .strict();

const somethingToChange = (e: object) => Object.values(e).some((v) => v !== undefined && !(Array.isArray(v) && v.length === 0));

export const EventEdit = EditFields.refine(somethingToChange, { message: 'nothing to change' });
export type EventEdit = z.infer<typeof EventEdit>;

/** A change to many events at once: the same fields, less the summary and the date, which are each event's own. */
export const BulkEdit = EditFields.omit({ summary: true, dateText: true }).refine(somethingToChange, { message: 'nothing to change' });
export type BulkEdit = z.infer<typeof BulkEdit>;

/** One field of an event as it was before a change and after it, in words. */
export const EventChange = z.object({ field: z.string(), before: z.string(), after: z.string() });
export type EventChange = z.infer<typeof EventChange>;

/** One version in an event's history: the change that made it. */
export const EventVersion = z.object({
  id: z.number().int().positive(),
  /** Versions written by one request (one bulk edit) share it; undoing undoes the batch. */
  batch: z.number().int().positive(),
  at: z.string(),
  author: z.string(),
  kind: z.enum(['edit', 'undo', 'restore']),
  changes: z.array(EventChange),
});
export type EventVersion = z.infer<typeof EventVersion>;

/** An event in the events trash. */
export const TrashedEvent = z.object({
  id: z.number().int().positive(),
  dateStart: z.string(),
  dateText: z.string().nullable(),
  summary: z.string(),
  countries: z.array(z.string()),
  notes: z.number().int().min(0),
  trashedAt: z.string(),
  author: z.string(),
});
export type TrashedEvent = z.infer<typeof TrashedEvent>;

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
const Batch = z.number().int().positive();
const DeleteIds = z
  .array(Id)
  .min(1, 'choose at least one event')
  .max(MAX_DELETE_IDS, `at most ${MAX_DELETE_IDS.toLocaleString('en-US')} events can be deleted at once`);

/** Request and response schemas of the edit and delete channels (spread into `channels`). */
export const eventEditChannels = {
  /** `batch` names the change for an undo; null when nothing changed. */
  'events:update': { request: z.object({ id: Id, edit: EventEdit }).strict(), response: EventDetail.extend({ batch: Batch.nullable() }) },
  'events:edit-many': {
    request: z.object({ ids: DeleteIds, edit: BulkEdit }).strict(),
    response: z.object({ changed: z.number().int().min(0), unchanged: z.number().int().min(0), batch: Batch.nullable() }),
  },
  /** Puts back what a change replaced, on each event not changed again since. */
  'events:undo': {
    request: z.object({ batch: Batch }).strict(),
    response: z.object({ undone: z.number().int().min(0), changedSince: z.number().int().min(0), batch: Batch.nullable() }),
  },
  'events:history': { request: z.object({ id: Id }).strict(), response: z.array(EventVersion) },
  /** Brings back the event as it was before (or after) a version's change; itself a logged change. */
  'events:restore-version': {
    request: z.object({ versionId: Id, side: z.enum(['before', 'after']) }).strict(),
    response: EventDetail.extend({ batch: Batch.nullable() }),
  },
  'events:untrash': { request: z.object({ ids: DeleteIds }).strict(), response: z.object({ restored: z.number().int().min(0) }) },
  'events:trash-list': { request: z.undefined().or(z.object({}).strict()).transform(() => undefined), response: z.array(TrashedEvent) },
  /** Deletes trashed events for good (all of them without `ids`); their notes go to the notes trash where they can. */
  'events:empty-trash': {
    request: z.object({ ids: DeleteIds.optional() }).strict().default({}),
    response: z.object({ deleted: z.number().int().min(0), notesMoved: z.number().int().min(0), notesLost: z.number().int().min(0) }),
  },
  'events:delete': {
    request: z.object({ ids: DeleteIds, confirmed: z.boolean() }).strict(),
    response: DeleteOutcome,
  },
  /** What a deletion would touch, deleting nothing: the dialog reads it before asking. */
  'events:delete-preview': { request: z.object({ ids: DeleteIds }).strict(), response: DeleteOutcome },
} as const;
