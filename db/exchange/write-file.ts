/**
 * Writes an export chunk by chunk, so a million events never sit in memory as one string.
 * The text goes to a temporary file beside the target and is renamed over it only when
 * complete: a failed or interrupted export never leaves a truncated file under the name.
 */
import fs from 'node:fs';
import { refuseLiveStoreTarget } from '../store-identity.ts';

/** Chunks are gathered up to about this many characters before each write. */
const WRITE_BATCH_CHARS = 1 << 20;

export interface WrittenFile {
  path: string;
  bytes: number;
}

/**
 * `liveStore` is the open store's path: a `file` that is the store or one of its working
 * files, by whatever path, is refused before anything is written (see store-identity.ts).
 */
export function writeChunksToFile(file: string, chunks: Iterable<string>, liveStore: string): WrittenFile {
  refuseLiveStoreTarget(file, liveStore, 'The export was not saved');
  const partial = `${file}.${process.pid}.partial`;
  const fd = fs.openSync(partial, 'w');
  let bytes = 0;
  try {
    let pending: string[] = [];
    let pendingChars = 0;
    const flush = () => {
      const buffer = Buffer.from(pending.join(''), 'utf8');
      for (let at = 0; at < buffer.length; ) at += fs.writeSync(fd, buffer, at);
      bytes += buffer.length;
      pending = [];
      pendingChars = 0;
    };
    for (const chunk of chunks) {
      pending.push(chunk);
      pendingChars += chunk.length;
      if (pendingChars >= WRITE_BATCH_CHARS) flush();
    }
    flush();
    fs.fsyncSync(fd);
    fs.closeSync(fd);
  } catch (e) {
    fs.closeSync(fd);
    fs.rmSync(partial, { force: true });
    throw e;
  }
  try {
    // Again, just before the rename: a folder can be swapped for a symlink while the export runs.
    refuseLiveStoreTarget(file, liveStore, 'The export was not saved');
    fs.renameSync(partial, file);
  } catch (e) {
    // E.g. the name is a folder, or (on Windows) the file is open elsewhere: keep nothing half-done.
    fs.rmSync(partial, { force: true });
    throw e;
  }
  return { path: file, bytes };
}
