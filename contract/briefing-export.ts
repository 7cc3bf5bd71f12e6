/**
 * Exporting a briefing as a PDF: the main process asks where to save, prints the app's own
 * sheet page (see print-sheet.ts), stamps the document's metadata and writes the file.
 */
import { z } from 'zod';

/** Request and response schemas of the export channel (spread into `channels`). */
export const briefingExportChannels = {
  'briefings:export-pdf': {
    request: z.object({ id: z.number().int().positive() }).strict(),
    response: z.union([
      z.object({ cancelled: z.literal(true) }).strict(),
      z
        .object({
          cancelled: z.literal(false),
          /** Where the PDF was written: exactly the path the analyst chose (with .pdf added if it had no extension). */
          path: z.string(),
          pages: z.number().int().min(1),
          bytes: z.number().int().min(1),
          /** From the save dialog's answer to the file being in place. */
          ms: z.number().min(0),
        })
        .strict(),
    ]),
  },
} as const;
