/**
 * Possible duplicates and merging: the same event reported by two chronologies. The store
 * lists pairs that look alike (dates within a day, a shared country, similar words); the
 * analyst merges a pair into one event — both sources kept as provenance, notes, tags, marks
 * and citations moved to it — or says they differ. A merge can be undone.
 */
import { z } from 'zod';
import { IsoDate } from './events.ts';

const Id = z.number().int().positive();

/** One side of a possible pair, as the list shows it. */
export const DuplicateSide = z.object({
  id: Id,
  dateStart: IsoDate,
  dateEnd: IsoDate.nullable(),
  dateText: z.string().nullable(),
  summary: z.string(),
  countries: z.array(z.string()),
  /** The title of the document it came from; null for an event entered by hand. */
  source: z.string().nullable(),
});
export type DuplicateSide = z.infer<typeof DuplicateSide>;

export const DuplicatePair = z.object({
  /** How alike the summaries are, 0–1 (see docs/DUPLICATES.md). */
  score: z.number().min(0).max(1),
  /** The later event (by date, then id). */
  first: DuplicateSide,
  second: DuplicateSide,
});
export type DuplicatePair = z.infer<typeof DuplicatePair>;

export const DuplicatePage = z.object({
  pairs: z.array(DuplicatePair),
  /** The day the next page starts from (pass it as `before`); null when the oldest event was reached. */
  next: IsoDate.nullable(),
  /** Events walked for this page. */
  scanned: z.number().int().min(0),
});
export type DuplicatePage = z.infer<typeof DuplicatePage>;

/** A stored event an import entry probably repeats. */
export const SimilarEvent = z.object({
  eventId: Id,
  dateStart: IsoDate,
  dateText: z.string().nullable(),
  summary: z.string(),
  source: z.string().nullable(),
  score: z.number().min(0).max(1),
});
export type SimilarEvent = z.infer<typeof SimilarEvent>;

export const MergeOutcome = z.object({
  mergeId: Id,
  keptId: Id,
  mergedId: Id,
  /** What moved to the kept event. */
  notes: z.number().int().min(0),
  tags: z.number().int().min(0),
  citations: z.number().int().min(0),
});
export type MergeOutcome = z.infer<typeof MergeOutcome>;

export const UndoMergeOutcome = z.object({
  keptId: Id,
  /** The id the merged-away event has again (its old one, unless a new event took it since). */
  restoredId: Id,
});
export type UndoMergeOutcome = z.infer<typeof UndoMergeOutcome>;

/** Another document that reported the event, kept when a duplicate was merged into it. */
export const OtherSource = z.object({
  mergeId: Id,
  source: z.string().nullable(),
  line: z.number().int().nullable(),
  dateText: z.string().nullable(),
  dateStart: IsoDate,
  summary: z.string(),
  mergedAt: z.string(),
});
export type OtherSource = z.infer<typeof OtherSource>;

/** Request and response schemas of the duplicate channels (spread into `channels`). */
export const duplicateChannels = {
  'duplicates:list': {
    /** `before`: walk back from this day, inclusive (the newest event's day when absent). */
    request: z.object({ before: IsoDate.optional(), limit: z.number().int().min(1).max(500) }).strict(),
    response: DuplicatePage,
  },
  'duplicates:dismiss': {
    request: z.object({ ids: z.tuple([Id, Id]) }).strict(),
    response: z.object({ dismissed: z.boolean() }),
  },
  'events:merge': {
    request: z
      .object({ keep: Id, merge: Id })
      .strict()
      .refine((r) => r.keep !== r.merge, { message: 'choose two different events' }),
    response: MergeOutcome,
  },
  'events:undo-merge': { request: z.object({ mergeId: Id }).strict(), response: UndoMergeOutcome },
  'events:other-sources': { request: z.object({ id: Id }).strict(), response: z.array(OtherSource) },
} as const;
