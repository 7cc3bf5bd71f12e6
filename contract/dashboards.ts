/**
 * Country and pair dashboards: the state of a relationship over a period, aggregated in the
 * store. Every figure here can be reached in the table with a filter (see `drill` in the
 * renderer), so the dashboards and the table always agree on what an event is.
 */
import { z } from 'zod';
import { NoteListing } from './annotations.ts';
import { EventRow, IsoDate } from './events.ts';
import { Category, CountryCode, EventType } from './imports.ts';
import { EngagementLevel } from './query.ts';

export const DashboardPeriod = z
  .object({ from: IsoDate, to: IsoDate })
  .strict()
  .refine((p) => p.from <= p.to, { message: 'the period ends before it starts', path: ['to'] });
export type DashboardPeriod = z.infer<typeof DashboardPeriod>;

/** Level of engagement of an event (defined with the table's filter, which can select by it). */
export { ENGAGEMENT_LEVELS, EngagementLevel } from './query.ts';

/** The monthly intensity index: leader-level events weigh 3, minister-level 2, any other 1. */
export const INTENSITY_WEIGHTS = { leader: 3, minister: 2, other: 1 } as const;

const Named = z.object({ code: z.string(), name: z.string() });
const Month = z.string().regex(/^\d{4}-\d{2}$/);

/** Events in a month (by the month they start in), by category; every month of the period is present. */
export const MonthCategoryCount = z.object({ month: Month, category: Category, events: z.number().int().min(0) });

export const Headline = z.object({
  key: z.enum(['events', 'leader', 'minister', 'visits', 'counterparts', 'intensity']),
  label: z.string(),
  value: z.number().int().min(0),
  /** The same figure over the previous period of the same length. */
  previous: z.number().int().min(0),
});
export type Headline = z.infer<typeof Headline>;

const PeriodPair = { period: DashboardPeriod, previousPeriod: DashboardPeriod };

const TravelCount = Named.extend({ events: z.number().int().min(0), ids: z.array(z.number().int()) });

export const CountryDashboardQuery = z.object({ country: CountryCode, period: DashboardPeriod }).strict();

export const CountryDashboard = z.object({
  country: Named,
  ...PeriodPair,
  headlines: z.array(Headline),
  perMonth: z.array(MonthCategoryCount),
  types: z.array(z.object({ type: EventType, events: z.number().int().min(0) })),
  /** Countries sharing most events with this one, most first (ten at most). */
  counterparts: z.array(Named.extend({ events: z.number().int().min(0) })),
  engagement: z.object({ leader: z.number().int(), minister: z.number().int(), official: z.number().int(), unnamed: z.number().int() }),
  /**
   * Visits by the country's side to others, and others' visits to it; `unknown` where the host
   * could not be told. `ids` are the visits behind each figure, for the table's `ids` filter.
   */
  travel: z.object({
    made: z.array(TravelCount),
    received: z.array(TravelCount),
    unknown: z.number().int().min(0),
    unknownIds: z.array(z.number().int()),
  }),
  recent: z.array(EventRow),
  /** Events dated after today, soonest first. */
  upcoming: z.array(EventRow),
  /** Notes written on the period's events, and the standing notes on the country. */
  notes: z.object({ onEvents: z.number().int().min(0), standing: z.array(NoteListing) }),
});
export type CountryDashboard = z.infer<typeof CountryDashboard>;

export const PairDashboardQuery = z
  .object({ countries: z.array(CountryCode).min(2).max(6), period: DashboardPeriod })
  .strict()
  .refine((q) => new Set(q.countries).size === q.countries.length, { message: 'a country is chosen twice', path: ['countries'] });

export const PairDashboard = z.object({
  countries: z.array(Named),
  ...PeriodPair,
  headlines: z.array(Headline),
  /** Shared events (every chosen country takes part) per month, by category. */
  perMonth: z.array(MonthCategoryCount),
  intensity: z.array(
    z.object({ month: Month, leader: z.number().int(), minister: z.number().int(), other: z.number().int(), index: z.number().int() }),
  ),
  categories: z.array(z.object({ category: Category, events: z.number().int().min(0) })),
  /** Leader- and minister-level shared events, newest first (fifty at most). */
  keyMeetings: z.array(EventRow.extend({ level: EngagementLevel })),
  /** Shared events from the chronology of exactly these countries, and from other files. */
  files: z.object({ own: z.number().int().min(0), other: z.number().int().min(0) }),
  standingNotes: z.array(NoteListing),
});
export type PairDashboard = z.infer<typeof PairDashboard>;
