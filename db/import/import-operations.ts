/**
 * The store operations behind the import screen: read into a preview, page it, correct
 * entries, then commit it whole or not at all.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { knownIds } from '../exchange/schema.ts';
import type { OperationContext } from '../operation-context.ts';
import { diskFullError } from '../storage-errors.ts';
import { ImportCancelled } from './commit.ts';
import type { EntryPatch, PageFilter, PreviewNaming } from './previews.ts';
import { formatFor, readImport, type ImportFormat } from './read-import.ts';

export interface ImportOutcomeView {
  added: number;
  duplicates: number;
  excluded: number;
  cancelled: boolean;
}

export function previewImport(db: Database, args: { text: string; name: string; format?: ImportFormat }, ctx: OperationContext) {
  const task = randomUUID();
  ctx.progress({ task, phase: 'parsing', done: 0, total: args.text.length });
  const parsed = readImport(args.text, { name: args.name, format: args.format, findMentions: ctx.mentionFinder(), known: knownIds(db) });
  ctx.progress({ task, phase: 'parsing', done: args.text.length, total: args.text.length });
  // Chronology text can be read again, with the analyst's year or what the reader was since taught.
  const reread =
    (args.format ?? formatFor(args.name)) === 'chronology'
      ? (year: number | null) => readImport(args.text, { name: args.name, format: 'chronology', findMentions: ctx.mentionFinder(), ...(year !== null ? { year } : {}) })
      : null;
  return ctx.previews.create(db, args.name, parsed, reread, { headings: headingLines(args.text, parsed.entries) });
}

/** Short lines above the first entry: a heading the reader did not recognise ('China - Japan disputes') may be among them. */
function headingLines(text: string, entries: ReadonlyArray<{ sourceLine: number | null }>): string[] {
  let first = Infinity;
  for (const e of entries) if (e.sourceLine !== null && e.sourceLine < first) first = e.sourceLine;
  if (first === Infinity) return [];
  const out: string[] = [];
  const lines = text.slice(0, 20_000).split(/\r?\n/, Math.min(first - 1, 40));
  for (const line of lines) {
    const clean = line.replace(/^#+\s*/, '').replace(/[*_]{1,3}/g, '').trim();
    if (clean.length >= 3 && clean.length <= 120 && /\p{L}/u.test(clean)) out.push(clean);
    if (out.length === 3) break;
  }
  return out;
}

/** The analyst's title and relationship file for the import. */
export function namePreview(db: Database, args: { previewId: string; naming: PreviewNaming }, ctx: OperationContext) {
  return ctx.previews.name(db, args.previewId, args.naming);
}

/** The analyst's answer to "which year?" for entries nothing in the document dates. */
export function setPreviewYear(db: Database, args: { previewId: string; year: number }, ctx: OperationContext) {
  return ctx.previews.reread(db, args.previewId, args.year);
}

/** Reads the preview again with what the analyst has since taught the reader. */
export function rereadPreview(db: Database, args: { previewId: string }, ctx: OperationContext) {
  return ctx.previews.reread(db, args.previewId);
}

export function editPreviewEntries(db: Database, args: { previewId: string; indices: number[]; patch: EntryPatch }, ctx: OperationContext) {
  return ctx.previews.editMany(db, args.previewId, args.indices, args.patch);
}

export function previewSummary(_db: Database, args: { previewId: string }, ctx: OperationContext) {
  return ctx.previews.summary(args.previewId);
}

export function previewPage(db: Database, args: { previewId: string; offset: number; limit: number; filter: PageFilter }, ctx: OperationContext) {
  return ctx.previews.page(db, args.previewId, args.offset, args.limit, args.filter);
}

export function editPreviewEntry(db: Database, args: { previewId: string; index: number; patch: EntryPatch }, ctx: OperationContext) {
  return ctx.previews.edit(db, args.previewId, args.index, args.patch);
}

export function discardPreview(_db: Database, args: { previewId: string }, ctx: OperationContext) {
  ctx.previews.discard(args.previewId);
  return { discarded: true };
}

export function commitPreview(db: Database, args: { previewId: string }, ctx: OperationContext): ImportOutcomeView {
  ctx.clearCancel();
  const task = args.previewId;
  try {
    const outcome = ctx.previews.commit(db, args.previewId, {
      onProgress: (done, total) => ctx.progress({ task, phase: 'writing', done, total }),
      isCancelled: ctx.isCancelled,
    });
    return { added: outcome.added, duplicates: outcome.duplicates, excluded: outcome.excluded, cancelled: false };
  } catch (e) {
    if (e instanceof ImportCancelled) return { added: 0, duplicates: 0, excluded: 0, cancelled: true };
    throw diskFullError(e, 'Nothing was imported and the store is as it was; the preview is still open, so you can import it again.') ?? e;
  }
}

/** Reads and commits in one step, for text that needs no review (the bundled sample). */
export function importText(db: Database, args: { text: string; name: string; format?: ImportFormat }, ctx: OperationContext): ImportOutcomeView {
  const summary = previewImport(db, args, ctx);
  return commitPreview(db, { previewId: summary.previewId }, ctx);
}
