/** A store holding the bundled sample (both files), read by the real importer, for the duplicate and merge tests. */
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { untracked } from '../backup-state.ts';
import { findMentions } from '../gazetteer/match.ts';
import { importText } from '../import/import-operations.ts';
import { PreviewStore } from '../import/previews.ts';
import { openStore } from '../open-store.ts';
import type { OperationContext } from '../operation-context.ts';
import { tempDir } from './helpers.ts';

export const SAMPLE_FILES = ['us-japan-2023-jan-apr.md', 'other-pairs-2023.md'];

export const sampleText = (file: string): string => fs.readFileSync(new URL(`../../assets/sample/${file}`, import.meta.url), 'utf8');

export function testContext(): OperationContext {
  return {
    previews: new PreviewStore(),
    mentionFinder: () => findMentions,
    forgetMentionFinder: () => {},
    progress: () => {},
    isCancelled: () => false,
    clearCancel: () => {},
    backups: { storePath: '', folder: '', changes: untracked },
  };
}

export async function sampleStore(label: string): Promise<{ db: Database; ctx: OperationContext }> {
  const { db } = await openStore(path.join(tempDir(label), 'store.sqlite'));
  const ctx = testContext();
  for (const file of SAMPLE_FILES) importText(db, { text: sampleText(file), name: file }, ctx);
  return { db, ctx };
}

/** The one event whose summary contains `words`. */
export function eventWith(db: Database, words: string): number {
  const ids = db.prepare("SELECT id FROM events WHERE summary LIKE '%' || ? || '%'").pluck().all(words) as number[];
  if (ids.length !== 1) throw new Error(`${ids.length} events contain “${words}”`);
  return ids[0]!;
}
