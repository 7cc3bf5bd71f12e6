/**
 * Preferences kept in the store's settings table: who the analyst is (written on every note
 * and activity entry) and how many automatic backups to keep.
 */
import os from 'node:os';
import type { Database } from 'better-sqlite3';
import { Preferences } from '../contract/annotations.ts';
import { StoreError } from './errors.ts';

const KEY = 'preferences';
const DEFAULT_KEEP_BACKUPS = 10;

/** The computer's user name, or "Analyst" where the system will not say. */
export function systemUserName(): string {
  try {
    const name = os.userInfo().username.trim();
    return name.length > 0 ? name : 'Analyst';
  } catch {
    return 'Analyst';
  }
}

export function getPreferences(db: Database): Preferences & { defaultAuthor: string } {
  const defaultAuthor = systemUserName();
  const value = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(KEY) as string | undefined;
  const stored = value === undefined ? {} : (JSON.parse(value) as Record<string, unknown>);
  const merged = { author: defaultAuthor, keepBackups: DEFAULT_KEEP_BACKUPS, ...stored };
  // A value a later version wrote in another shape falls back to the default, field by field.
  const author = Preferences.shape.author.safeParse(merged.author);
  const keep = Preferences.shape.keepBackups.safeParse(merged.keepBackups);
  return { author: author.success ? author.data : defaultAuthor, keepBackups: keep.success ? keep.data : DEFAULT_KEEP_BACKUPS, defaultAuthor };
}

export function savePreferences(db: Database, args: { preferences: Partial<Preferences> }): Preferences & { defaultAuthor: string } {
  const { defaultAuthor, ...current } = getPreferences(db);
  const parsed = Preferences.safeParse({ ...current, ...args.preferences });
  if (!parsed.success) throw new StoreError('INVALID_INPUT', parsed.error.issues[0]!.message);
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY, JSON.stringify(parsed.data));
  return { ...parsed.data, defaultAuthor };
}

/** The name written on notes and activity entries. */
export function currentAuthor(db: Database): string {
  return getPreferences(db).author;
}
