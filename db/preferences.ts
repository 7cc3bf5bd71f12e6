/**
 * Preferences kept in the store's settings table: who the analyst is (written on every note
 * and activity entry), how many automatic backups to keep, and how a Briefing book's sections meet.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import type { Database } from 'better-sqlite3';
import { Preferences, type LoadedPreferences } from '../contract/annotations.ts';
import { StoreError } from './errors.ts';

const KEY = 'preferences';
const DEFAULT_KEEP_BACKUPS = 10;
/** Written when the analyst has given no name and the account has no full name. */
const NO_NAME = 'Analyst';

/** The full name in a passwd file's line for `uid`: the GECOS field up to its first comma ('' if none). */
export function gecosName(passwd: string, uid: number): string {
  for (const line of passwd.split('\n')) {
    const fields = line.split(':');
    if (fields.length >= 7 && Number(fields[2]) === uid) return (fields[4] ?? '').split(',')[0]!.trim();
  }
  return '';
}

/**
 * The account's full name, not its login (a login such as "root" or "jsmith" is no signature):
 * Linux keeps it in the GECOS field of /etc/passwd, macOS answers `id -F`; elsewhere, or when the
 * system does not say, ''.
 */
export function accountFullName(): string {
  try {
    if (process.platform === 'linux') return gecosName(fs.readFileSync('/etc/passwd', 'utf8'), os.userInfo().uid);
    if (process.platform === 'darwin') return execFileSync('id', ['-F'], { encoding: 'utf8', timeout: 2000 }).trim();
  } catch {
    // No passwd file, no `id`: the analyst is asked.
  }
  return '';
}

let fullName: string | null = null;
const defaultAuthor = () => (fullName ??= accountFullName());

/** The name written on what the analyst does before giving one: the account's full name, else "Analyst". */
export function systemUserName(): string {
  return defaultAuthor() || NO_NAME;
}

export function getPreferences(db: Database): LoadedPreferences {
  const value = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(KEY) as string | undefined;
  const stored = value === undefined ? {} : (JSON.parse(value) as Record<string, unknown>);
  // A value a later version wrote in another shape falls back to the default, field by field.
  const author = Preferences.shape.author.safeParse(stored.author);
  const keep = Preferences.shape.keepBackups.safeParse(stored.keepBackups);
  const breaks = Preferences.shape.sectionBreaks.safeParse(stored.sectionBreaks);
  return {
    author: author.success ? author.data : systemUserName(),
    keepBackups: keep.success ? keep.data : DEFAULT_KEEP_BACKUPS,
    sectionBreaks: breaks.success ? breaks.data : 'run-on',
    defaultAuthor: defaultAuthor(),
    authorChosen: author.success,
  };
}

export function savePreferences(db: Database, args: { preferences: Partial<Preferences> }): LoadedPreferences {
  const value = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(KEY) as string | undefined;
  const stored = value === undefined ? {} : (JSON.parse(value) as Record<string, unknown>);
  const { defaultAuthor: _name, authorChosen: _chosen, ...current } = getPreferences(db);
  const parsed = Preferences.safeParse({ ...current, ...args.preferences });
  if (!parsed.success) throw new StoreError('INVALID_INPUT', parsed.error.issues[0]!.message);
  // The author is kept only once the analyst has given it: until then it is asked for on the first note.
  const { author, ...rest } = parsed.data;
  const chosen = args.preferences.author !== undefined || Preferences.shape.author.safeParse(stored.author).success;
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY, JSON.stringify(chosen ? { author, ...rest } : rest));
  return getPreferences(db);
}

/** The name written on notes and activity entries. */
export function currentAuthor(db: Database): string {
  return getPreferences(db).author;
}
