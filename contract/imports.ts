/**
 * What crosses the boundary for importing: previews of parsed entries, corrections,
 * and the outcome of a commit. Mirrors db/import/previews.ts.
 */
import { z } from 'zod';
import { SimilarEvent } from './duplicates.ts';
import { IsoDate } from './events.ts';

export const EVENT_TYPES = ['meeting', 'visit', 'call', 'summit', 'statement', 'agreement', 'exercise', 'election', 'announcement', 'incident', 'other'] as const;
export const CATEGORIES = ['diplomacy', 'security', 'economy', 'politics', 'technology', 'other'] as const;
export const EventType = z.enum(EVENT_TYPES);
export const Category = z.enum(CATEGORIES);
export const Precision = z.enum(['day', 'month', 'year']);
export const ImportFormat = z.enum(['chronology', 'csv', 'json']);

/** Pasted or dropped text travels over IPC; bigger files go through File → Import, read by the main process. */
export const MAX_PASTED_CHARS = 6_000_000;

export const CountryCode = z.string().regex(/^[A-Z]{2,5}$/, 'expected a country code such as JP or US');

export const ImportProblem = z.object({ line: z.number().int(), text: z.string(), reason: z.string() });

export const PreviewSummary = z.object({
  previewId: z.string(),
  name: z.string(),
  title: z.string(),
  fileCountries: z.array(z.string()),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  total: z.number().int().min(0),
  withWarnings: z.number().int().min(0),
  duplicates: z.number().int().min(0),
  /** Entries that probably repeat a stored event in other words. */
  similar: z.number().int().min(0),
  excluded: z.number().int().min(0),
  /** Entries the import would add: not left out, not already stored, not repeated in the file. */
  toAdd: z.number().int().min(0),
  problems: z.array(ImportProblem),
  problemCount: z.number().int().min(0),
  skipped: z.array(z.object({ from: z.number().int(), to: z.number().int(), reason: z.string() })),
  yearNeeded: z.number().int().min(0),
  yearGiven: z.number().int().nullable(),
  /** True once the analyst has set the title and relationship file. */
  named: z.boolean(),
  /** False when the reader found no heading it recognises and the title is only the file's or paste's name. */
  titleFound: z.boolean(),
  /** Titles and relationship files to offer: from the headings, the file name, the countries most named. */
  suggestions: z.object({ titles: z.array(z.string()), files: z.array(z.array(z.string())) }),
});
export type PreviewSummary = z.infer<typeof PreviewSummary>;

export const PreviewEntry = z.object({
  index: z.number().int().min(0),
  line: z.number().int().nullable(),
  dateText: z.string().nullable(),
  dateStart: z.string(),
  dateEnd: z.string().nullable(),
  precision: Precision,
  summary: z.string(),
  type: EventType,
  category: Category,
  location: z.string().nullable(),
  countries: z.array(z.string()),
  people: z.array(z.object({ id: z.string(), name: z.string() })),
  groupings: z.array(z.object({ id: z.string(), name: z.string() })),
  /** The link the entry gives as its source, if any. */
  sourceUrl: z.string().nullable(),
  warnings: z.array(z.string()),
  excluded: z.boolean(),
  edited: z.boolean(),
  duplicate: z.enum(['store', 'file']).nullable(),
  /** A stored event this entry probably reports too, in other words. */
  similar: SimilarEvent.nullable(),
});
export type PreviewEntry = z.infer<typeof PreviewEntry>;

export const PreviewId = z.string().uuid();

export const EntryPatch = z
  .object({
    dateStart: IsoDate.optional(),
    dateEnd: IsoDate.nullable().optional(),
    precision: Precision.optional(),
    countries: z.array(CountryCode).max(300).optional(),
    type: EventType.optional(),
    category: Category.optional(),
    summary: z.string().trim().min(1, 'an entry needs its text').max(20_000, 'an entry is limited to 20,000 characters').optional(),
    /** Empty text clears the place. */
    location: z.string().trim().max(500, 'a place is limited to 500 characters').optional(),
    /** An http(s) address; empty text clears the source link. */
    sourceUrl: z.string().trim().max(2000, 'a link is limited to 2,000 characters').optional(),
    /** Warnings the analyst has read and accepts: they are dropped from the entry. */
    acceptWarnings: z.array(z.string().max(1000)).min(1).max(50).optional(),
    excluded: z.boolean().optional(),
  })
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'a correction must change something' });
export type EntryPatch = z.infer<typeof EntryPatch>;

/** The analyst's name for what is imported: the document's title and its relationship file. */
export const PreviewNaming = z
  .object({
    title: z.string().trim().min(1, 'the document needs a title').max(300, 'a title is limited to 300 characters'),
    fileCountries: z.array(CountryCode).max(12, 'a relationship file names at most 12 countries'),
  })
  .strict();
export type PreviewNaming = z.infer<typeof PreviewNaming>;

export const ImportOutcome = z.object({
  added: z.number().int().min(0),
  duplicates: z.number().int().min(0),
  excluded: z.number().int().min(0),
  cancelled: z.boolean(),
});
export type ImportOutcome = z.infer<typeof ImportOutcome>;

export const PersonRole = z
  .object({
    title: z.string().trim().min(1).max(200),
    level: z.enum(['leader', 'minister', 'official']),
    from: IsoDate,
    to: IsoDate.nullable(),
  })
  .strict();

export const Person = z.object({
  id: z.string(),
  name: z.string(),
  country: z.string().nullable(),
  aliases: z.array(z.string()),
  roles: z.array(PersonRole),
  builtIn: z.boolean(),
  edited: z.boolean(),
});
export type Person = z.infer<typeof Person>;

export const PersonInput = z
  .object({
    id: z.string().min(1).max(200).optional(),
    name: z.string().trim().min(1, 'a person needs a name').max(200),
    country: CountryCode,
    aliases: z.array(z.string().max(200)).max(50),
    roles: z.array(PersonRole).max(50),
  })
  .strict();
