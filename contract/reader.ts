/**
 * Teaching the reader from an import preview: the year for entries nothing dates, one
 * correction for many entries, and names kept for every later import ('Xinhua' → CN).
 */
import { z } from 'zod';
import { CountryCode, EntryPatch, PreviewId, PreviewNaming, PreviewSummary } from './imports.ts';

export const ReaderTerm = z.object({
  term: z.string(),
  country: z.string(),
  kind: z.enum(['name', 'institution']),
  createdAt: z.string(),
});
export type ReaderTerm = z.infer<typeof ReaderTerm>;

/** A preview holds at most this many entries on a page; a bulk correction covers a selection. */
export const MAX_BULK_ENTRIES = 100_000;

export const readerChannels = {
  'import:set-year': {
    // The reader's MIN_YEAR and MAX_YEAR (db/import/dates.ts), which the contract cannot import.
    request: z.object({ previewId: PreviewId, year: z.number().int().min(1000, 'a year from 1000 on').max(2100, 'a year up to 2100') }).strict(),
    response: PreviewSummary,
  },
  /** The title and relationship file the import is filed under. */
  'import:name': { request: z.object({ previewId: PreviewId, naming: PreviewNaming }).strict(), response: PreviewSummary },
  'import:reread': { request: z.object({ previewId: PreviewId }).strict(), response: PreviewSummary },
  'import:edit-many': {
    request: z
      .object({
        previewId: PreviewId,
        indices: z.array(z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)).min(1, 'choose the entries to correct').max(MAX_BULK_ENTRIES),
        patch: EntryPatch,
      })
      .strict(),
    response: z.object({ edited: z.number().int().min(0) }),
  },
  'reader:terms': { request: z.object({}).strict().default({}), response: z.object({ terms: z.array(ReaderTerm) }) },
  'reader:learn': {
    request: z
      .object({ term: z.string().trim().min(1, 'write the name as the chronology writes it').max(120), country: CountryCode, kind: z.enum(['name', 'institution']).default('name') })
      .strict(),
    response: ReaderTerm,
  },
  'reader:forget': { request: z.object({ term: z.string().min(1).max(120) }).strict(), response: z.object({ forgotten: z.boolean() }) },
} as const;
