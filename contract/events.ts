import { z } from 'zod';

/** ISO calendar date, `YYYY-MM-DD`. Chronologies are day-precise at most. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written as YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: 'not a real calendar date',
  });

export const EventRow = z.object({
  id: z.number().int().positive(),
  dateStart: IsoDate,
  dateEnd: IsoDate.nullable(),
  precision: z.enum(['day', 'month', 'year']),
  dateText: z.string().nullable(),
  summary: z.string(),
  type: z.string(),
  category: z.string(),
  location: z.string().nullable(),
  /** Participating countries' codes, alphabetical. */
  countries: z.array(z.string()),
  sourceId: z.number().int().nullable(),
  /** The source document's title, e.g. "Chronology of US-Japan Relations". */
  source: z.string().nullable(),
  noteCount: z.number().int().min(0),
  tags: z.array(z.object({ id: z.number().int(), name: z.string(), color: z.string().nullable() })),
  /** 1–3, or null when unmarked. */
  importance: z.number().int().min(1).max(3).nullable(),
  inBriefing: z.boolean(),
  createdAt: z.string(),
});
export type EventRow = z.infer<typeof EventRow>;

export const NewEvent = z
  .object({
    dateStart: IsoDate,
    dateEnd: IsoDate.nullable().optional(),
    summary: z.string().trim().min(1, 'an event needs a summary').max(20_000, 'a summary is limited to 20,000 characters'),
  })
  .strict()
  .refine((e) => !e.dateEnd || e.dateEnd >= e.dateStart, { message: 'an event cannot end before it starts', path: ['dateEnd'] });
export type NewEvent = z.infer<typeof NewEvent>;

/** Everything known about one event, for the detail panel. */
export const EventDetail = EventRow.extend({
  participants: z.array(z.object({ code: z.string(), name: z.string(), via: z.string() })),
  people: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      country: z.string().nullable(),
      role: z.string().nullable(),
      /** Only mentioned in the entry, not taking part. */
      mentioned: z.boolean(),
    }),
  ),
  groupings: z.array(z.object({ id: z.string(), name: z.string() })),
  /** States the entry names only as place, topic or background: not participants. */
  mentionedCountries: z.array(z.object({ code: z.string(), name: z.string() })),
  provenance: z.object({
    sourceTitle: z.string().nullable(),
    publication: z.string().nullable(),
    issue: z.string().nullable(),
    fileCountries: z.array(z.string()),
    periodStart: z.string().nullable(),
    periodEnd: z.string().nullable(),
    importedAt: z.string().nullable(),
    line: z.number().int().nullable(),
  }),
  links: z.array(z.object({ label: z.string(), url: z.string().nullable(), kind: z.string() })),
  warnings: z.array(z.string()),
  notes: z.array(z.object({ id: z.number().int(), body: z.string(), author: z.string(), updatedAt: z.string() })),
});
export type EventDetail = z.infer<typeof EventDetail>;
