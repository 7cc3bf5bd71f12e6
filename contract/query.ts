/**
 * What the events table asks of the store: a filter, a sort and a window of rows. Filtering,
 * sorting, counting and paging all happen in SQLite; the renderer only ever holds a window.
 */
import { z } from 'zod';
import { IsoDate } from './events.ts';
import { Category, CountryCode, EventType } from './imports.ts';

/**
 * How the chosen countries must take part. Pairing is unordered.
 * - both: the two countries are among the participants (others may join);
 * - bilateral: exactly the two countries and no one else;
 * - all: every country of the set takes part (a trilateral such as US–Japan–ROK);
 * - any: at least one of the set takes part.
 */
export const PAIRING_MODES = ['both', 'bilateral', 'all', 'any'] as const;
export const PairingMode = z.enum(PAIRING_MODES);
export type PairingMode = z.infer<typeof PairingMode>;

export const CountryPairing = z
  .object({
    kind: z.literal('countries'),
    mode: PairingMode,
    countries: z.array(CountryCode).min(1, 'choose at least one country').max(60),
    /** Only events from the chronology of exactly these countries (the "US–Japan file"). */
    fileOnly: z.boolean().default(false),
    /** Only events not from that file (from other chronologies, or typed in): the complement of fileOnly. */
    otherFilesOnly: z.boolean().optional(),
  })
  .strict()
  .refine((p) => !(p.fileOnly && p.otherFilesOnly), {
    message: 'choose either only their relationship file or only other files, not both',
    path: ['otherFilesOnly'],
  })
  .refine((p) => new Set(p.countries).size === p.countries.length, { message: 'a country is chosen twice', path: ['countries'] })
  .refine((p) => (p.mode === 'both' || p.mode === 'bilateral' ? p.countries.length === 2 : true), {
    message: 'a pair needs exactly two countries',
    path: ['countries'],
  });

export const GroupingPairing = z
  .object({
    kind: z.literal('grouping'),
    grouping: z.string().min(1).max(60),
    /** all: every member takes part; any: at least one member does. */
    mode: z.enum(['all', 'any']),
  })
  .strict();

export const Pairing = z.union([CountryPairing, GroupingPairing]);
export type Pairing = z.infer<typeof Pairing>;

/**
 * Level of engagement of an event: the highest office among the officials it names, on its
 * date (events.level: 3 leader, 2 minister, 1 official, 0 unnamed).
 */
export const ENGAGEMENT_LEVELS = ['leader', 'minister', 'official', 'unnamed'] as const;
export const EngagementLevel = z.enum(ENGAGEMENT_LEVELS);
export type EngagementLevel = z.infer<typeof EngagementLevel>;

/** Most event ids a filter may list (a drill-through to a small exact set, such as a travel bar's visits). */
export const MAX_FILTER_IDS = 10_000;

/** Longest search text accepted; longer text is refused with a message, never an SQL error. */
export const MAX_SEARCH_CHARS = 10_000;

export const EventFilter = z
  .object({
    pairing: Pairing.optional(),
    /** Events overlapping [dateFrom, dateTo], both inclusive (or starting in it: see dateMatch). */
    dateFrom: IsoDate.optional(),
    dateTo: IsoDate.optional(),
    /**
     * How the date range selects events: 'overlap' (the default) keeps every event overlapping
     * it; 'start' keeps events whose first day is in it, as the dashboards count them (an event
     * belongs to the month it starts in), so a click on a chart opens exactly its events.
     */
    dateMatch: z.enum(['overlap', 'start']).optional(),
    types: z.array(EventType).max(20).optional(),
    categories: z.array(Category).max(20).optional(),
    /** Events carrying any of these tags. */
    tags: z.array(z.number().int().positive()).max(200).optional(),
    /** Events marked at least this important (1–3). */
    minImportance: z.number().int().min(1).max(3).optional(),
    hasNotes: z.boolean().optional(),
    sources: z.array(z.number().int().positive()).max(500).optional(),
    /** Events at any of these levels of engagement. */
    levels: z.array(EngagementLevel).max(ENGAGEMENT_LEVELS.length).optional(),
    /** Exactly these events (ids that match nothing are simply not found). */
    ids: z
      .array(z.number().int().positive())
      .max(MAX_FILTER_IDS, `a filter can list at most ${MAX_FILTER_IDS.toLocaleString('en-US')} events`)
      .optional(),
    search: z.string().max(MAX_SEARCH_CHARS, `search text is limited to ${MAX_SEARCH_CHARS.toLocaleString('en-US')} characters`).optional(),
  })
  .strict()
  .refine((f) => !f.dateFrom || !f.dateTo || f.dateFrom <= f.dateTo, { message: 'the date range ends before it starts', path: ['dateTo'] });
export type EventFilter = z.infer<typeof EventFilter>;

export const SORT_COLUMNS = ['date', 'type', 'category', 'location', 'source', 'importance'] as const;
export const SortColumn = z.enum(SORT_COLUMNS);
export type SortColumn = z.infer<typeof SortColumn>;

export const EventSort = z.object({ column: SortColumn, direction: z.enum(['asc', 'desc']) }).strict();
export type EventSort = z.infer<typeof EventSort>;
export const DEFAULT_SORT: EventSort = { column: 'date', direction: 'desc' };

export const EventQuery = z
  .object({
    filter: EventFilter.default({}),
    sort: EventSort.default(DEFAULT_SORT),
    offset: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
    limit: z.number().int().min(1).max(1000).default(200),
  })
  .strict();
export type EventQuery = z.input<typeof EventQuery>;

export const TagRef = z.object({ id: z.number().int(), name: z.string(), color: z.string().nullable() });
export type TagRef = z.infer<typeof TagRef>;

/** Every column the table can show, in the default order. */
export const TABLE_COLUMNS = ['date', 'participants', 'type', 'category', 'summary', 'location', 'source', 'notes', 'tags', 'importance'] as const;
export const TableColumn = z.enum(TABLE_COLUMNS);
export type TableColumn = z.infer<typeof TableColumn>;

export const TableLayout = z
  .object({
    order: z.array(TableColumn).max(TABLE_COLUMNS.length),
    hidden: z.array(TableColumn).max(TABLE_COLUMNS.length),
    widths: z.partialRecord(TableColumn, z.number().int().min(40).max(2000)),
    /** Compact: one line per event. Comfortable: taller rows, the summary wrapped over up to three lines. */
    density: z.enum(['compact', 'comfortable']).optional(),
  })
  .strict();
export type TableLayout = z.infer<typeof TableLayout>;
export type TableDensity = NonNullable<TableLayout['density']>;

/** Date presets stay relative in a saved view: "this quarter" means the quarter it is opened in. */
export const DatePreset = z.enum(['last-30-days', 'this-quarter', 'this-year', 'custom']);
export type DatePreset = z.infer<typeof DatePreset>;

export const ViewState = z
  .object({
    filter: EventFilter,
    datePreset: DatePreset.nullable().default(null),
    sort: EventSort,
    layout: TableLayout.optional(),
  })
  .strict();
export type ViewState = z.infer<typeof ViewState>;

export const SavedView = z.object({ id: z.number().int(), name: z.string(), state: ViewState, updatedAt: z.string() });
export type SavedView = z.infer<typeof SavedView>;
export const ViewName = z.string().trim().min(1, 'a view needs a name').max(120, 'a view name is limited to 120 characters');
