/**
 * Whether a file the analyst chose to write is the open store, or one of the files SQLite
 * keeps beside it. Every writer of a chosen file (backups, restore, exports of events and
 * briefings) calls `refuseLiveStoreTarget` before it writes and again before it renames:
 * a temp file renamed over the store, or over its -wal, loses everything the store held
 * since, with no error at the time.
 *
 * A path string says little: a symlinked folder, a hard link, a bind mount or a different
 * letter case reach the same file under another name. So the target is compared by its
 * real path (symlinks resolved) and by device and inode — of the file when it exists, and
 * of its folder plus its name when it does not (a -journal that is not there yet).
 */
import fs from 'node:fs';
import path from 'node:path';
import { StoreError } from './errors.ts';

/** The files SQLite keeps beside a store, the copy a restore stages there, and the store's lock. */
export const STORE_COMPANION_SUFFIXES = ['', '-wal', '-shm', '-journal', '.restoring', '.lock'] as const;

interface FileId {
  dev: bigint;
  ino: bigint;
}

const caseInsensitive = process.platform === 'win32' || process.platform === 'darwin';
const sameName = (a: string, b: string) => (caseInsensitive ? a.toLowerCase() === b.toLowerCase() : a === b);

function idOf(file: string): FileId | null {
  try {
    const s = fs.statSync(file, { bigint: true });
    // Some file systems (FAT on Windows, a few network ones) report no inode: an id of 0 says nothing.
    return s.ino === 0n ? null : { dev: s.dev, ino: s.ino };
  } catch {
    return null;
  }
}

const sameId = (a: FileId | null, b: FileId | null) => a !== null && b !== null && a.dev === b.dev && a.ino === b.ino;

function realPathOr(file: string): string {
  try {
    return fs.realpathSync.native(file);
  } catch {
    return file;
  }
}

/** The target's folder with symlinks resolved, plus its name: where a rename would land. */
function realTarget(target: string): { folder: string; name: string } {
  const absolute = path.resolve(target);
  // A target that is itself a symlink to the store: a write through it reaches the store.
  const resolved = fs.existsSync(absolute) ? realPathOr(absolute) : absolute;
  return { folder: realPathOr(path.dirname(resolved)), name: path.basename(resolved) };
}

/**
 * Which of the store's files `target` is ('' for the store itself, '-wal' …), or null when
 * it is none of them. Reads only.
 */
export function liveStoreFileOf(target: string, storePath: string): (typeof STORE_COMPANION_SUFFIXES)[number] | null {
  const store = path.resolve(storePath);
  const storeFolder = realPathOr(path.dirname(store));
  const storeFolderId = idOf(storeFolder);
  const storeName = path.basename(store);
  const wanted = realTarget(target);
  const wantedFolderId = idOf(wanted.folder);
  const targetId = idOf(path.join(wanted.folder, wanted.name));

  for (const suffix of STORE_COMPANION_SUFFIXES) {
    const name = `${storeName}${suffix}`;
    const sameFolder = sameName(wanted.folder, storeFolder) || sameId(wantedFolderId, storeFolderId);
    if (sameFolder && sameName(wanted.name, name)) return suffix;
    // A hard link, or the file reached through a mount under another name.
    if (sameId(targetId, idOf(path.join(storeFolder, name)))) return suffix;
  }
  return null;
}

/**
 * Throws INVALID_INPUT, with a message the analyst can act on, when `target` is the open
 * store or one of its working files. `refusal` opens the message ("The backup was not saved").
 */
export function refuseLiveStoreTarget(target: string, storePath: string, refusal: string): void {
  const which = liveStoreFileOf(target, storePath);
  if (which === null) return;
  const store = path.resolve(storePath);
  const file =
    which === ''
      ? `the store itself (${store}, open in Briefing Book), and writing there would replace it`
      : `one of the store's working files (${store}${which}, beside the open store), and writing there would damage the store`;
  throw new StoreError('INVALID_INPUT', `${refusal}: ${target} is ${file}. Nothing was written; choose another file.`);
}
