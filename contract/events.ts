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
